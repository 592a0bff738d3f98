"""Rasa's SQL tracker store, with conversation sessions of bounded length.

Every message, Rasa loads the current session's events, replays them, featurises them and
sends them to the action server, so a message costs more the longer the session. Rasa
ends a session after an hour of silence and carries the slots over; this store also ends
one once it holds `session_events` events, the same way (session_started, then the
slots' current values). The context the answers use lives in slots, so nothing is lost;
the store keeps every event of every session.

It also costs less per message than Rasa's own (bench/RESULTS.md): events are read back
through a table of event types rather than a scan of every Event subclass per event, and
new events are written in one insert, counted from what was loaded rather than by a query,
both in SQL built once rather than through the ORM.
"""

import json
import time
from functools import cache

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.constants import ACTION_LISTEN_NAME, ACTION_SESSION_START_NAME
from rasa.shared.core.events import ActionExecuted, Event, SessionStarted, SlotSet
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT_NAME_KEY
from rasa.shared.utils.common import all_subclasses

SESSION_EVENTS = 100  # about ten turns of this assistant
# Rasa indexes events by sender only: finding the latest session read a whole conversation.
INDEXES = {
    "ix_events_session_start": "sender_id, type_name, timestamp",
    "ix_events_sender_time": "sender_id, timestamp",
}


class BoundedSQLTrackerStore(SQLTrackerStore):
    def __init__(self, *args, session_events=SESSION_EVENTS, **kwargs):
        super().__init__(*args, **kwargs)
        self.session_events = session_events
        self.events = self.SQLEvent.__table__
        self.create_indexes()
        # Rasa's query (SQLTrackerStore._event_query), built once in SQL rather than per
        # message through the ORM: the events from the latest session_started on.
        sender = self.events.c.sender_id == sa.bindparam("sender_id")
        started = (
            sa.select(sa.func.max(self.events.c.timestamp))
            .where(sender, self.events.c.type_name == SessionStarted.type_name)
            .scalar_subquery()
        )
        history = sa.select(self.events.c.data).where(sender).order_by(self.events.c.id)
        self.queries = {
            True: history,
            # Rasa's "timestamp >= started OR started IS NULL", in a form the index serves.
            False: history.where(self.events.c.timestamp >= sa.func.coalesce(started, 0)),
        }

    def create_indexes(self):
        for name, columns in INDEXES.items():
            try:
                with self.engine.begin() as connection:
                    connection.execute(sa.text(f"CREATE INDEX IF NOT EXISTS {name} ON {self.events.name} ({columns})"))
            except sa.exc.DBAPIError:  # a replica starting at the same moment created it first
                pass

    async def save(self, tracker):
        if self.session_is_full(tracker):
            for event in new_session(tracker):
                tracker.update(event)
        stored = getattr(tracker, STORED, None)
        if stored is None:  # a tracker this store did not load: Rasa's save counts what is stored
            await super().save(tracker)
        else:
            await self.stream_events(tracker)
            rows = [row(tracker.sender_id, event) for event in list(tracker.events)[stored:]]
            if rows:
                with self.engine.begin() as connection:
                    connection.execute(self.events.insert(), rows)
        setattr(tracker, STORED, len(tracker.events))

    async def _retrieve(self, sender_id, fetch_events_from_all_sessions):
        with self.engine.connect() as connection:
            query = self.queries[fetch_events_from_all_sessions]
            data = [json.loads(d) for (d,) in connection.execute(query, {"sender_id": sender_id})]
        if not (self.domain and data):
            return None
        tracker = DialogueStateTracker.from_events(sender_id, [e for e in map(event, data) if e], self.domain.slots)
        if not fetch_events_from_all_sessions:
            setattr(tracker, STORED, len(tracker.events))
        return tracker

    def session_is_full(self, tracker):
        """Full, and between turns: a session ends only after the assistant has answered."""
        latest = tracker.events[-1] if tracker.events else None
        return (
            len(tracker.events) >= self.session_events
            and isinstance(latest, ActionExecuted)
            and latest.action_name == ACTION_LISTEN_NAME
        )


STORED = "stored_events"  # how many of a loaded tracker's events the store holds


def row(sender_id, event):
    """An event as Rasa's SQLTrackerStore writes it."""
    data = event.as_dict()
    return {
        "sender_id": sender_id,
        "type_name": event.type_name,
        "timestamp": data.get("timestamp"),
        "intent_name": data.get("parse_data", {}).get("intent", {}).get(INTENT_NAME_KEY),
        "action_name": data.get("name"),
        "data": json.dumps(data),
    }


@cache
def event_type(name):
    """Rasa's Event.resolve_by_type, which walks every Event subclass each call."""
    return next((cls for cls in all_subclasses(Event) if cls.type_name == name), None)


def event(data):
    """Event.from_parameters, with the event type looked up once per name."""
    cls = event_type(data.get("event"))
    return cls._from_parameters(data) if cls else Event.from_parameters(data)


def new_session(tracker):
    """What Rasa's action_session_start logs, with each slot set once, to its current value."""
    latest = {e.key: e for e in tracker.applied_events() if isinstance(e, SlotSet)}
    # One timestamp: the store finds a session's events as those from its session_started on.
    now = time.time()
    return [
        ActionExecuted(ACTION_SESSION_START_NAME, timestamp=now),
        SessionStarted(timestamp=now),
        *(SlotSet(e.key, e.value, timestamp=now, metadata=e.metadata) for e in latest.values()),
        ActionExecuted(ACTION_LISTEN_NAME, timestamp=now),
    ]
