"""Reply time by turn: does a message cost more the longer the conversation?

    .venv/bin/python bench/bench_turns.py [--turns 300] [--conversations 3]

Serves the model twice over REST with the action server and the project's endpoints.yml
(SQLite tracker store): once with Rasa's own SQL tracker store ("before":
every message loads the whole conversation), once as configured (ops/tracker_store.py:
sessions bounded, slots carried over). Each time,
conversations of `--turns` messages cycle through bench_assistant.MESSAGES, one after the
other; the reply times of the 16 turns (one full cycle) ending at turn 16, 100 and 300 are
pooled over the conversations. Prints a Markdown section for bench/RESULTS.md.
"""

import argparse
import os
import platform
import statistics
import subprocess
import tempfile
import time
import uuid
from pathlib import Path

from bench_assistant import MESSAGES, MODEL, RASA, ROOT, ask, rss_mb, stop, wait_for

RASA_PORT, ACTIONS_PORT = 25105, 25155
BOUNDED = "type: ops.tracker_store.BoundedSQLTrackerStore"


def serve(folder, endpoints_text):
    endpoints = folder / "endpoints.yml"
    endpoints.write_text(endpoints_text)
    log = open(folder / "servers.log", "a")
    actions = subprocess.Popen([RASA, "run", "actions", "--port", str(ACTIONS_PORT)], cwd=ROOT, stdout=log, stderr=log)
    rasa = subprocess.Popen(
        [RASA, "run", "--model", str(MODEL), "--port", str(RASA_PORT), "--endpoints", str(endpoints)],
        cwd=ROOT,
        stdout=log,
        stderr=log,
    )
    wait_for(f"http://localhost:{ACTIONS_PORT}/health", actions)
    wait_for(f"http://localhost:{RASA_PORT}/", rasa)
    return actions, rasa


def reply_times(turns, conversations):
    """Milliseconds per reply, turn by turn, for each conversation."""
    base = f"http://localhost:{RASA_PORT}"
    ask(base, "warm-up", MESSAGES[0])
    runs = []
    for _ in range(conversations):
        sender = uuid.uuid4().hex
        runs.append([ask(base, sender, MESSAGES[turn % len(MESSAGES)]) for turn in range(turns)])
    return runs


def window(runs, last_turn):
    """The reply times of the full message cycle ending at `last_turn` (1-based), pooled."""
    first = max(0, last_turn - len(MESSAGES))
    return [ms for run in runs for ms in run[first:last_turn]]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--turns", type=int, default=300)
    parser.add_argument("--conversations", type=int, default=3)
    args = parser.parse_args()
    marks = sorted({mark for mark in (len(MESSAGES), 100, args.turns) if mark <= args.turns})
    project = (ROOT / "endpoints.yml").read_text().replace("localhost:5055", f"localhost:{ACTIONS_PORT}")
    rows = []
    for name, store in (
        ("Rasa's SQLTrackerStore (before)", "SQL"),
        ("ops.tracker_store.BoundedSQLTrackerStore (after)", "ops.tracker_store.BoundedSQLTrackerStore"),
    ):
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            endpoints = project.replace("state/", f"{folder}/").replace(BOUNDED, f"type: {store}")
            actions, rasa = serve(folder, endpoints)
            try:
                runs = reply_times(args.turns, args.conversations)
                medians = [statistics.median(window(runs, mark)) for mark in marks]
                rows.append((name, *medians, medians[-1] / medians[0], rss_mb(rasa.pid)))
            finally:
                stop(rasa, actions)
    print(
        f"## Reply time by turn ({time.strftime('%Y-%m-%d')}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()})\n\n"
        f"`.venv/bin/python bench/bench_turns.py --turns {args.turns} --conversations {args.conversations}`: "
        f"{args.conversations} conversations of {args.turns} messages over REST, one at a time; median reply "
        f"time of the {len(MESSAGES)} turns ending at each mark, pooled.\n"
    )
    header = " | ".join(f"turn {mark}" for mark in marks)
    print(f"| tracker store | {header} | turn {marks[-1]} / turn {marks[0]} | Rasa server RSS after |")
    print("|---|" + "---|" * (len(marks) + 2))
    for name, *medians, ratio, rss in rows:
        cells = " | ".join(f"{ms:.0f} ms" for ms in medians)
        print(f"| {name} | {cells} | {ratio:.2f}x | {rss:.0f} MB |")


if __name__ == "__main__":
    main()
