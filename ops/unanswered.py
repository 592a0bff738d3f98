"""What people asked that the assistant could not answer, most frequent first, from the
transcript: the tracker store, which keeps every event of every conversation
(ops/tracker_store.py):

    python -m ops.unanswered [--db state/conversations.db] [--limit 30]
    python -m ops.unanswered --forget SENDER     # delete one conversation, every event of it

--db takes a SQLite file or a database URL: the cluster's (ops/cluster.py) is
postgresql://career:PASSWORD@127.0.0.1:5433/conversations.

A message counts when the reply said it could not answer: an unknown title, a message not
understood, one outside what the assistant knows, or a question with no occupation.
"""

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import sqlalchemy as sa

# The openings of replies that answer nothing (actions/replies.py, domain.yml).
CANNOT = (
    "I don't know an occupation called",
    "Sorry, I didn't understand that.",
    "Sorry, that's outside what I know.",
    "Which occupation are you asking about?",
)


def unanswered(store):
    """(message, how many times) for the messages whose reply answered nothing."""
    asked, found = {}, Counter()
    with engine(store).connect() as db:
        rows = db.execute(sa.text("SELECT sender_id, data FROM events ORDER BY id")).fetchall()
    for sender, data in rows:
        event = json.loads(data)
        if event.get("event") == "user":
            asked[sender] = " ".join(str(event.get("text") or "").lower().split())[:200]
        elif event.get("event") == "bot" and asked.get(sender) and str(event.get("text") or "").startswith(CANNOT):
            found[asked.pop(sender)] += 1
    return found.most_common()


def forget(sender, store):
    """Delete every event of one conversation."""
    with engine(store).begin() as db:
        return db.execute(sa.text("DELETE FROM events WHERE sender_id = :sender"), {"sender": sender}).rowcount


def engine(store):
    """A SQLite file's path or a database URL."""
    return sa.create_engine(store if "://" in str(store) else f"sqlite:///{store}")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", default="state/conversations.db", help="the store (default: state/conversations.db)")
    parser.add_argument("--limit", type=int, default=30)
    parser.add_argument("--forget", metavar="SENDER", help="delete this conversation everywhere")
    args = parser.parse_args(argv)
    if "://" not in args.db and not Path(args.db).exists():
        parser.error(f"no such file: {args.db} (the servers create it on the first message)")
    if args.forget:
        print(f"deleted {forget(args.forget, args.db)} events of {args.forget}")
        return 0
    rows = unanswered(args.db)
    for message, count in rows[: args.limit]:
        print(f"{count:5}  {message}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
