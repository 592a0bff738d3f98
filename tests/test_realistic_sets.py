"""The realistic conversation sets through the served bot: the share of turns answered
right must not fall below where it stands (the target is 95%; see README, Measuring
understanding). The held-out sets are only ever scored here, never tuned to."""

import pytest

from .conftest import API_TOKEN
from .realistic import report, run

pytestmark = pytest.mark.slow

# Measured on 2026-11-24, second session (dev 93%, dev2 96%, dev3 95%, dev4 95%, dev5 94%,
# dev6 87%, held-out 76%, discovery held-out 73%); floors a little under, for the noise
# between trainings.
FLOORS = {
    "dev": 0.90,
    "dev2": 0.93,
    "dev3": 0.92,
    "dev4": 0.92,
    "dev5": 0.91,
    "dev6": 0.84,
    "dev7": 0.74,
    "dev8": 0.68,
    "holdout": 0.73,
    "discovery_holdout": 0.70,
}


@pytest.mark.parametrize("name", list(FLOORS))
def test_realistic_conversations_are_understood(assistant, name):
    turns = run(assistant, name, API_TOKEN)
    right = sum(t.right for t in turns) / len(turns)
    print(f"\n{name}: {report(turns)}")
    assert right >= FLOORS[name], report(turns)
