"""The realistic conversation sets through the served bot: the share of turns answered
right must not fall below where it stands (the target is 95%; see README, Measuring
understanding). The held-out sets are only ever scored here, never tuned to."""

import pytest

from .conftest import API_TOKEN
from .realistic import report, run

pytestmark = pytest.mark.slow

# Measured on 2026-11-24, late (dev 92%, dev2 95%, dev3 93%, dev4 85%, held-out 71%, discovery
# held-out 73%); floors a little under, for the noise between trainings.
FLOORS = {"dev": 0.88, "dev2": 0.91, "dev3": 0.89, "dev4": 0.81, "holdout": 0.68, "discovery_holdout": 0.70}


@pytest.mark.parametrize("name", list(FLOORS))
def test_realistic_conversations_are_understood(assistant, name):
    turns = run(assistant, name, API_TOKEN)
    right = sum(t.right for t in turns) / len(turns)
    print(f"\n{name}: {report(turns)}")
    assert right >= FLOORS[name], report(turns)
