"""The realistic conversation sets through the served bot: the share of turns answered
right must not fall below where it stands (the target is 95%; see README, Measuring
understanding). The held-out sets are only ever scored here, never tuned to."""

import pytest

from .conftest import API_TOKEN
from .realistic import report, run

pytestmark = pytest.mark.slow

# Measured on 2026-11-24, third session (dev 94%, dev2 96%, dev3 96%, dev4 95%, dev5 96%,
# dev6 89%, dev7 85%, dev8 76%, held-out 77%, discovery held-out 74%); floors a little under.
FLOORS = {
    "dev": 0.91,
    "dev2": 0.93,
    "dev3": 0.93,
    "dev4": 0.92,
    "dev5": 0.93,
    "dev6": 0.86,
    "dev7": 0.82,
    "dev8": 0.73,
    "holdout": 0.74,
    "discovery_holdout": 0.71,
}


@pytest.mark.parametrize("name", list(FLOORS))
def test_realistic_conversations_are_understood(assistant, name):
    turns = run(assistant, name, API_TOKEN)
    right = sum(t.right for t in turns) / len(turns)
    print(f"\n{name}: {report(turns)}")
    assert right >= FLOORS[name], report(turns)
