"""Ordinary English (knowledge.english): words typed with letters held down."""

import pytest

from knowledge.english import has_words, respelt, unstretched


@pytest.mark.parametrize(
    "typed,word",
    [("hiii", "hi"), ("heyy", "hey"), ("goood", "good"), ("thanksss", "thanks"), ("Hiii", "hi")],
)
def test_a_stretched_word_is_the_everyday_word_it_stretches(typed, word):
    assert unstretched(typed) == word


@pytest.mark.parametrize("typed", ["hello", "nurse", "xxxx", "zzzzz", "asdfgh"])
def test_other_words_stay_as_typed(typed):
    assert unstretched(typed) == typed


def test_a_stretched_greeting_has_words_and_one_letter_held_has_none():
    assert has_words("heyy") and has_words("hiii")
    assert not has_words("zzzzz") and not has_words("qqqq")


def test_chat_thanks_are_words():
    assert has_words("tysm") and has_words("ttyl!") and has_words("k") and not has_words("jkfdsl")


def test_keyboard_mashing_with_a_lone_letter_has_no_words():
    assert not has_words("jkfdsl;a") and not has_words("x y z") and has_words("a nurse")


@pytest.mark.parametrize(
    "typed,meant",
    [
        ("are they hirin more or is it flat", "are they hiring more or is it flat"),
        ("vs the natinal number", "vs the national number"),
        ("Whats the eduction needed", "Whats the education needed"),
        ("is it growin", "is it growing"),
        ("Simlar jobs?", "Similar jobs?"),
        ("wat do they mak abt", "what do they mak about"),  # chat spellings; "mak" is too many things
        ("hrly pay r u makin", "hourly pay r you making"),  # "r" is the language R too
    ],
)
def test_typos_of_everyday_words_are_corrected(typed, meant):
    assert respelt(typed)[0] == meant


@pytest.mark.parametrize(
    "typed",
    [
        "OTR pay",  # capitals: a short form
        "compair them",  # too far from any everyday word to say which ("complain")
        "took a paycut",  # two everyday words run together
        "mi hija quiere ser electricista",  # Spanish
    ],
)
def test_short_forms_far_typos_run_together_words_and_spanish_stay_as_typed(typed):
    assert respelt(typed)[0] == typed


def test_kept_spans_and_known_words_stay_and_positions_move_with_the_words_before():
    text = "natinal pay for elctricians in flordia"
    corrected, moved = respelt(text, kept=[(16, 27)], known=lambda word: word == "flordia")
    assert corrected == "national pay for elctricians in flordia"
    assert corrected[moved(16) : moved(27)] == "elctricians"
