"""Bad input gets a clean no-match, never an exception, and never changes the database."""

import hashlib
import sqlite3

import pytest

from knowledge import NONE, KnowledgeBase, UnknownOccupation
from knowledge.api import DEFAULT_DB

BAD = [
    "",
    "   ",
    "x" * 20_000,
    "nurse " * 4_000,
    "'; DROP TABLE titles; --",
    '" OR 1=1 --',
    "%",
    "_",
    "%_%' UNION SELECT * FROM sources --",
    "\x00\x01\x02\x1b[31m",
    "nurse\x00; DELETE FROM wages",
    "🙂🙂🙂",
    "¿Cuánto gana un enfermero?",
    "電気技師",
    None,
    42,
]


def database_digest():
    return hashlib.sha256(DEFAULT_DB.read_bytes()).hexdigest()


@pytest.mark.parametrize("text", BAD)
def test_bad_input_is_a_clean_no_match(kb, text):
    result = kb.resolve(text)
    assert result.status == NONE
    assert result.note


@pytest.mark.parametrize("text", BAD[:10])
def test_bad_input_to_the_facets_raises_unknown_occupation_only(kb, text):
    with pytest.raises(UnknownOccupation):
        kb.pay(text)


@pytest.mark.parametrize("place", ["'; DROP TABLE areas; --", "%", "_", "x" * 20_000, "\x00"])
def test_bad_place_names_find_no_area(kb, place):
    assert kb.area(place) is None
    assert kb.pay("electrician", place).wages is None


def test_bad_input_leaves_the_database_unchanged(kb):
    before = database_digest()
    for text in BAD:
        kb.resolve(text)
        try:
            kb.compare(text, "electrician")
        except UnknownOccupation:
            pass
    assert database_digest() == before
    assert kb.query_one("SELECT count(*) AS n FROM titles")["n"] > 60_000


def test_the_knowledge_base_is_opened_read_only(kb):
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        kb.db.execute("DELETE FROM wages")


def test_a_missing_database_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="make knowledge"):
        KnowledgeBase(tmp_path / "missing.db")
