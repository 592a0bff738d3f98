"""What people asked that the assistant could not answer, most frequent first, from the
transcript the Rasa server writes (the SQL event broker in endpoints.yml):

    python -m ops.unanswered [--db state/events.db] [--limit 30]
    python -m ops.unanswered --forget SENDER     # delete one conversation's events and tracker

A message counts when the reply said it could not answer: an unknown title, a message not
understood, one outside what the assistant knows, or a question with no occupation.
"""

import argparse
import json
import sqlite3
import sys
from collections import Counter

# The openings of replies that answer nothing (actions/replies.py, domain.yml).
CANNOT = (
    "I don't know an occupation called",
    "Sorry, I didn't understand that.",
    "Sorry, that's outside what I know.",
    "Which occupation are you asking about?",
)


def unanswered(db):
    """(message, how many times) for the messages whose reply answered nothing."""
    asked, found = {}, Counter()
    for sender, data in db.execute("SELECT sender_id, data FROM events ORDER BY id"):
        event = json.loads(data)
        if event.get("event") == "user":
            asked[sender] = " ".join(str(event.get("text") or "").lower().split())[:200]
        elif event.get("event") == "bot" and asked.get(sender) and str(event.get("text") or "").startswith(CANNOT):
            found[asked.pop(sender)] += 1
    return found.most_common()


def forget(sender, events, trackers):
    """Delete every event of one conversation, from the transcript and the tracker store."""
    removed = 0
    for path, table in ((events, "events"), (trackers, "events")):
        with sqlite3.connect(path) as db:
            removed += db.execute(f"DELETE FROM {table} WHERE sender_id = ?", (sender,)).rowcount
    return removed


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", default="state/events.db", help="the transcript (default: state/events.db)")
    parser.add_argument("--trackers", default="state/conversations.db", help="the tracker store, for --forget")
    parser.add_argument("--limit", type=int, default=30)
    parser.add_argument("--forget", metavar="SENDER", help="delete this conversation everywhere")
    args = parser.parse_args(argv)
    if args.forget:
        print(f"deleted {forget(args.forget, args.db, args.trackers)} events of {args.forget}")
        return 0
    with sqlite3.connect(f"file:{args.db}?mode=ro", uri=True) as db:
        rows = unanswered(db)
    for message, count in rows[: args.limit]:
        print(f"{count:5}  {message}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
