"""Rasa's SQL tracker store, with conversation sessions of bounded length.

Every message, Rasa loads the current session's events, replays them, featurises them and
sends them to the action server, so a message costs more the longer the session. Rasa
ends a session after an hour of silence and carries the slots over; this store also ends
one once it holds `session_events` events, the same way (session_started, then the
slots' current values). The context the answers use lives in slots, so nothing is lost;
the store and the event broker keep every event of every session.
"""

import time

from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.constants import ACTION_LISTEN_NAME, ACTION_SESSION_START_NAME
from rasa.shared.core.events import ActionExecuted, SessionStarted, SlotSet

SESSION_EVENTS = 100  # about ten turns of this assistant


class BoundedSQLTrackerStore(SQLTrackerStore):
    def __init__(self, *args, session_events=SESSION_EVENTS, **kwargs):
        super().__init__(*args, **kwargs)
        self.session_events = session_events

    async def save(self, tracker):
        if self.session_is_full(tracker):
            for event in new_session(tracker):
                tracker.update(event)
        await super().save(tracker)

    def session_is_full(self, tracker):
        """Full, and between turns: a session ends only after the assistant has answered."""
        latest = tracker.events[-1] if tracker.events else None
        return (
            len(tracker.events) >= self.session_events
            and isinstance(latest, ActionExecuted)
            and latest.action_name == ACTION_LISTEN_NAME
        )


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
