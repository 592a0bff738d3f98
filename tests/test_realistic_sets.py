"""The realistic conversation sets through the served bot: the share of turns answered
right must not fall below where it stands (the target is 95%; see README, Measuring
understanding). The held-out sets are only ever scored here, never tuned to."""

import pytest

from .conftest import API_TOKEN
from .realistic import report, run

pytestmark = pytest.mark.slow

# Measured on 2026-11-24, sixth session (dev 94%, dev2 97%, dev3 96%, dev4 96%, dev5 97%, dev6 92%, dev7 87%,
# dev8 81%, dev9 95%, dev10 87%, dev11 83%, dev12 93%, dev13 98%, dev14 90%, dev15 95%, dev16 96%, dev17 96%,
# dev18 77%, dev19 93%, held-out 80%, discovery held-out 84%), and at the end of the seventh (dev10 88%, dev11 84%,
# dev14 91%, dev18 86%, dev20 82%, the first held-out set, now dev21, 91%, the second held-out set 85%), and of the
# eighth (dev7 89%, dev20 87%, dev22 92%, dev23 96%), and of the ninth (dev24 90%, dev25 82%,
# held-out 87%), and in the tenth (dev26 98%, dev27 90%); floors a little under.
FLOORS = {
    "dev": 0.91,
    "dev2": 0.93,
    "dev3": 0.93,
    "dev4": 0.93,
    "dev5": 0.93,
    "dev6": 0.89,
    "dev7": 0.86,
    "dev8": 0.75,
    "dev9": 0.90,
    "dev10": 0.86,
    "dev11": 0.81,
    "dev12": 0.90,
    "dev13": 0.95,
    "dev14": 0.89,
    "dev15": 0.91,
    "dev16": 0.93,
    "dev17": 0.93,
    "dev18": 0.84,
    "dev19": 0.90,
    "dev20": 0.85,
    "dev21": 0.89,  # the first held-out set
    "dev22": 0.90,
    "dev23": 0.94,
    "dev24": 0.87,
    "dev25": 0.83,
    "dev26": 0.95,
    "dev27": 0.87,
    "holdout": 0.85,  # the second, from the seventh session
    "discovery_holdout": 0.81,
}


@pytest.mark.parametrize("name", list(FLOORS))
def test_realistic_conversations_are_understood(assistant, name):
    turns = run(assistant, name, API_TOKEN)
    right = sum(t.right for t in turns) / len(turns)
    print(f"\n{name}: {report(turns)}")
    assert right >= FLOORS[name], report(turns)
