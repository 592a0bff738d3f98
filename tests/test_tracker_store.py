"""The tracker store the servers use (ops/tracker_store.py): a long conversation
is loaded a bounded number of events at a time, keeps its context, and loses nothing
from its stored history. A real SQLite store, the project's domain, turns written as
Rasa's processor writes them."""

import asyncio
import sqlite3

import pytest
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, SessionStarted, SlotSet, UserUttered

from ops.tracker_store import BoundedSQLTrackerStore

from .conftest import ROOT


@pytest.fixture(scope="module")
def domain():
    return Domain.load(ROOT / "domain.yml")


def store(domain, folder, session_events=40):
    return BoundedSQLTrackerStore(
        domain, dialect="sqlite", db=str(folder / "conversations.db"), session_events=session_events
    )


def turn(store, sender, text, slots):
    """One message: retrieve, the user's words, the answer and its slots, action_listen, save."""

    async def run():
        tracker = await store.get_or_create_tracker(sender)
        tracker.update(UserUttered(text, {"name": "ask_pay", "confidence": 1.0}))
        tracker.update(ActionExecuted("action_answer"))
        tracker.update(BotUttered(f"answer to {text}"))
        for key, value in slots.items():
            tracker.update(SlotSet(key, value))
        tracker.update(ActionExecuted("action_listen"))
        await store.save(tracker)

    asyncio.run(run())


def test_a_long_conversation_is_loaded_in_bounded_sessions_with_its_context(domain, tmp_path):
    conversations = store(domain, tmp_path)
    turn(conversations, "ana", "nurses in texas?", {"occupations": ["29-1141.00"], "places": ["Texas"]})
    loaded = []
    for number in range(2, 61):
        turn(conversations, "ana", f"question {number}", {"topic": "pay" if number % 2 else "skills"})
        loaded.append(len(asyncio.run(conversations.retrieve("ana")).events))

    assert max(loaded) < 40 + 7  # a session ends at the first turn's end past 40 events
    tracker = asyncio.run(conversations.retrieve("ana"))
    assert [type(e) for e in list(tracker.events)[:2]] == [ActionExecuted, SessionStarted]
    assert tracker.get_slot("occupations") == ["29-1141.00"]  # set at turn 1, carried through every session
    assert tracker.get_slot("places") == ["Texas"]
    assert tracker.get_slot("topic") == "skills"  # the latest value, not the first


def test_the_stored_history_keeps_every_message_once(domain, tmp_path):
    conversations = store(domain, tmp_path)
    for number in range(1, 31):
        turn(conversations, "ben", f"question {number}", {"topic": "pay"})
    full = asyncio.run(conversations.retrieve_full_tracker("ben"))
    said = [e.text for e in full.events if isinstance(e, UserUttered)]
    assert said == [f"question {number}" for number in range(1, 31)]
    assert sum(isinstance(e, SessionStarted) for e in full.events) >= 3


def test_a_new_session_starts_only_between_turns(domain, tmp_path):
    conversations = store(domain, tmp_path, session_events=3)

    async def mid_turn():
        tracker = await conversations.get_or_create_tracker("cy")
        for text in ("a", "b", "c"):
            tracker.update(UserUttered(text))
        await conversations.save(tracker)  # saved with the user's message not yet answered
        return await conversations.retrieve("cy")

    assert not any(isinstance(e, SessionStarted) for e in asyncio.run(mid_turn()).events)


def test_what_it_writes_and_reads_back_is_what_rasas_own_store_does(domain, tmp_path):
    conversations = store(domain, tmp_path)
    for number in range(1, 25):
        turn(conversations, "dee", f"question {number}", {"topic": "pay", "places": ["Ohio"]})
    rasas = SQLTrackerStore(domain, dialect="sqlite", db=str(tmp_path / "conversations.db"))
    for read in ("retrieve", "retrieve_full_tracker"):
        ours, theirs = (asyncio.run(getattr(s, read)("dee")) for s in (conversations, rasas))
        assert list(ours.events) == list(theirs.events)
        assert ours.current_slot_values() == theirs.current_slot_values()

    # The same events saved by Rasa's store into an empty database: the same rows.
    history = asyncio.run(conversations.retrieve_full_tracker("dee"))
    copy = SQLTrackerStore(domain, dialect="sqlite", db=str(tmp_path / "copy.db"))
    asyncio.run(copy.save(history))
    assert rows(tmp_path / "conversations.db") == rows(tmp_path / "copy.db")


def test_a_tracker_saved_twice_in_one_turn_stores_each_event_once(domain, tmp_path):
    conversations = store(domain, tmp_path)

    async def twice():
        tracker = await conversations.get_or_create_tracker("eve")  # created, and saved
        tracker.update(UserUttered("hi"))
        await conversations.save(tracker)
        tracker.update(ActionExecuted("action_listen"))
        await conversations.save(tracker)

    asyncio.run(twice())
    asyncio.run(twice())
    names = [row[1] for row in rows(tmp_path / "conversations.db")]
    assert names == ["action", "user", "action", "user", "action"]  # listen, hi, listen, hi, listen


def rows(path):
    with sqlite3.connect(path) as database:
        return database.execute(
            "SELECT sender_id, type_name, timestamp, intent_name, action_name, data FROM events ORDER BY id"
        ).fetchall()


def test_loading_a_session_reads_that_session_not_the_whole_conversation(domain, tmp_path):
    conversations = store(domain, tmp_path)
    turn(conversations, "ana", "nurses in texas?", {"topic": "pay"})
    query = conversations.queries[False].params(sender_id="ana")
    query = query.compile(conversations.engine, compile_kwargs={"literal_binds": True})
    plan = sqlite3.connect(tmp_path / "conversations.db").execute(f"EXPLAIN QUERY PLAN {query}").fetchall()

    searches = [detail for *_, detail in plan if detail.startswith("SEARCH")]
    assert any("(sender_id=? AND timestamp>?)" in s for s in searches)  # from the session's start on
    assert any("(sender_id=? AND type_name=?)" in s for s in searches)  # its start found by index
