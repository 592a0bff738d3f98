"""Ordinary words are not job titles or places: at most 1% of ordinary messages
(tests/false_mentions.txt, written by someone who had not seen the bot's training data)
may have a title or place found in them, while held-out O*NET titles are still found."""

import pytest

from knowledge import SURE

from . import expected as E
from .conftest import ROOT

ORDINARY = [line for line in (ROOT / "tests" / "false_mentions.txt").read_text().splitlines() if line.strip()]


def found(kb, message):
    """The mentions, and the fields named for the work the action reads after the classifier."""
    mentions = kb.mentions(message)
    added = kb.mentions_beside(message, [(m.start, m.end) for m in mentions if m.known])
    return [(m.kind, m.text) for m in mentions + added]


def test_at_most_one_percent_of_ordinary_messages_name_a_title_or_place(kb):
    wrong = [(line, found(kb, line)) for line in ORDINARY if found(kb, line)]
    assert len(ORDINARY) >= 300
    assert len(wrong) / len(ORDINARY) <= 0.01, "\n".join(f"{line!r}: {m}" for line, m in wrong)


@pytest.mark.parametrize(
    "message",
    [
        "actually, what about the other one",  # once Actuaries
        "no I meant the first one",  # once Meat Cutters
        "i dont know",
        "what does that job involve",
        "do they work outside",
        "is it growing fast",
        "is it stressful",
        "in general, is it worth it",
        "my time management is terrible",
        "do they work outsdie",  # a misspelt everyday word is no misspelt title
        "acually nvm",
        "lol idk tbh",
        "I like working with my hands",
        "on the other hand",
    ],
)
def test_everyday_words_are_not_titles(kb, message):
    assert found(kb, message) == []


@pytest.mark.parametrize(
    "message,title",
    [
        ("how much does an electrision make", "electrision"),
        ("is a nurse paid well", "nurse"),
        ("cook salary", "cook"),
        ("welders?", "welders"),
        ("tell me about aircraft mechanics", "aircraft mechanics"),
        ("is computer user support growing?", "computer user support"),
        ("how much do dragon tamers make", "dragon tamers"),
    ],
)
def test_titles_with_support_from_the_sentence_are_still_found(kb, message, title):
    assert ("occupation", title) in found(kb, message)


def test_no_one_word_qualifier_from_parentheses_is_a_title(kb):
    """'Grinder (Surface)' gives 'Grinder', not 'Surface'; abbreviations like '(CPA)' stay.
    ('Officer' and 'Analyst' are O*NET alternate titles in their own right.)"""
    for qualifier in ("Surface", "Burning", "General", "Management", "R", "V"):
        assert kb.query("SELECT 1 FROM titles WHERE title = ?", qualifier) == [], qualifier
    assert kb.resolve("CPA").best.soc_code == "13-2011"


def test_held_out_onet_titles_are_found_in_sentences(kb):
    """2,000 alternate titles of exactly one SOC occupation, none in the training data."""
    right = 0
    sample = E.held_out_titles(2000)
    templates = E.TITLE_TEMPLATES
    for i, (title, soc_code) in enumerate(sample):
        named = [m.text for m in kb.mentions(templates[i % len(templates)].format(title)) if m.kind == "occupation"]
        best = kb.resolve(named[0]) if named else None
        right += bool(best) and best.status == SURE and best.best.soc_code == soc_code
    assert right / len(sample) >= 0.98, f"{right} of {len(sample)}"
