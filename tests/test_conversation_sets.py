"""The realistic conversation sets are sound: every expectation names real occupations,
places and published figures, and the held-out set stays out of the training data."""

import yaml

from . import expected as E
from .conftest import ROOT
from .realistic import SMALL_TALK, conversations

TOPICS = set(SMALL_TALK) | {
    "pay",
    "compare",
    "skills",
    "duties",
    "education",
    "outlook",
    "best_paying",
    "demographics",
    "related",
    "overview",
    "discovery",
    "choose",
}
# Short greetings and one question that were training examples before the held-out set was written.
IN_TRAINING_BEFORE = {"do they need a degree", "hey", "thx", "ty"}


def training_messages():
    blocks = yaml.safe_load((ROOT / "data" / "nlu.yml").read_text())["nlu"]
    return {line.strip()[2:].lower() for b in blocks for line in b["examples"].splitlines() if line.strip()}


def test_the_sets_are_large_enough():
    dev, holdout = conversations("dev"), conversations("holdout")
    turns = sum(len(c["turns"]) for c in dev + holdout)
    assert len(dev) + len(holdout) >= 40 and turns >= 200
    assert len(holdout) >= 20 and sum(len(c["turns"]) for c in holdout) >= 100


def test_no_held_out_message_is_a_training_example():
    held_out = {t["say"].lower() for c in conversations("holdout") for t in c["turns"]}
    assert held_out & training_messages() <= IN_TRAINING_BEFORE


def test_every_expectation_names_real_occupations_places_and_figures(kb):
    areas = {r["name"] for r in kb.query("SELECT name FROM areas")}
    socs = {r["soc_code"] for r in kb.query("SELECT DISTINCT soc_code FROM occupations")} | {"00-0000"}
    for name in ("dev", "holdout"):
        for conversation in conversations(name):
            for turn in conversation["turns"]:
                where = f"{name} {conversation['id']}: {turn['say']!r}"
                assert turn["topic"] in TOPICS, where
                assert set(turn.get("occupations") or []) <= socs, where
                for place in turn.get("places") or [turn["place"]] if turn.get("place") else []:
                    assert place in areas, where
                for figure in turn.get("figures") or []:
                    if figure["soc"] != "00-0000" or (figure["area"], figure["soc"]) in E.oews_rows():
                        assert E.wage(figure["soc"], figure["column"], figure["area"]) > 0, where
