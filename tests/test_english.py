"""Ordinary English (knowledge.english): words typed with letters held down."""

import pytest

from knowledge.english import has_words, unstretched


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
