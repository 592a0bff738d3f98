"""The tracker store's cost per message: Rasa's SQLTrackerStore against this project's
(ops/tracker_store.py), on the same SQLite workload.

    .venv/bin/python bench/bench_tracker_store.py

Each message loads the conversation's current session and saves the turn's new events, as
Rasa's processor does. 300 conversations of 12 turns fill the table first; then 400 turns
of one conversation are timed (its sessions stay bounded in both: each turn is written as
this assistant writes one, and a session of Rasa's store is ended by the same events).
Prints the median load and save, in ms.
"""

import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, SlotSet, UserUttered

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ops.tracker_store import BoundedSQLTrackerStore, new_session  # noqa: E402


async def turn(store, sender, text, times):
    started = time.perf_counter()
    tracker = await store.get_or_create_tracker(sender)
    loaded = time.perf_counter()
    tracker.update(UserUttered(text, {"name": "ask_pay", "confidence": 1.0}))
    tracker.update(ActionExecuted("action_answer"))
    tracker.update(BotUttered(f"answer to {text} " * 5, {"buttons": [{"title": "a", "payload": "/x"}]}))
    tracker.update(SlotSet("topic", "pay" if len(text) % 2 else "skills"))
    tracker.update(ActionExecuted("action_listen"))
    if len(tracker.events) >= 100 and not isinstance(store, BoundedSQLTrackerStore):
        for event in new_session(tracker):  # bounded sessions for Rasa's store too
            tracker.update(event)
    saving = time.perf_counter()
    await store.save(tracker)
    times.append(((loaded - started) * 1000, (time.perf_counter() - saving) * 1000))


async def measure(kind, folder, domain):
    store = kind(domain, dialect="sqlite", db=str(folder / f"{kind.__name__}.db"))
    for number in range(300):
        for question in range(12):
            await turn(store, f"other{number}", f"q{question}", [])
    times = []
    for question in range(400):
        await turn(store, "timed", f"question {question}", times)
    return statistics.median(t[0] for t in times), statistics.median(t[1] for t in times)


def main():
    domain = Domain.load(ROOT / "domain.yml")
    with tempfile.TemporaryDirectory() as tmp:
        rows = [
            (kind.__name__, *asyncio.run(measure(kind, Path(tmp), domain)))
            for kind in (SQLTrackerStore, BoundedSQLTrackerStore)
        ]
    print("| store | load (ms) | save (ms) |\n|---|---|---|")
    for name, load, save in rows:
        print(f"| {name} | {load:.2f} | {save:.2f} |")


if __name__ == "__main__":
    main()
