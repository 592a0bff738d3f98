"""Questions across occupations through the served bot over REST, one test per kind, with
follow-ups on the list shown: ranked lists and filters, majors, technology, interests and
the interest quiz, work styles, career moves. Figures come from the source files."""

import pytest

from . import expected as E

pytestmark = pytest.mark.slow


def test_a_ranked_list_and_its_follow_ups(user):
    reply = user.ask("what jobs pay over 60k without a degree in texas")
    assert reply.startswith("Highest paying occupations that need no degree to start")
    assert "in Texas (BLS OEWS, May 2025; BLS Employment Projections, 2024-34)" in reply
    assert f"1. Commercial Pilots: median pay {E.annual('53-2012', area=E.TEXAS)}" in reply
    assert "11-20 of" in user.ask("show more")
    assert user.ask("only in ohio").split(" (BLS")[0].endswith("in Ohio")
    assert user.ask("sort by growth").startswith("BLS projects employment for the nation only, not for Ohio")
    first = user.buttons[0]["title"]
    assert user.ask("the 1st one").startswith(f"{first} (")


def test_fastest_growing_and_most_openings(user):
    assert user.ask("fastest growing jobs?").startswith("Fastest growing occupations in the US")
    reply = user.ask("which jobs have the most openings")
    assert reply.startswith("Occupations with the most openings a year in the US")
    assert "Fast Food and Counter Workers" in reply


def test_a_major_and_a_technology(user):
    reply = user.ask("what can i do with a psych degree")
    assert reply.startswith("Occupations the program Psychology, General (CIP 42.0101) prepares for")
    assert "not where its graduates end up" in reply
    reply = user.ask("what jobs use python")
    assert reply.startswith("Occupations whose workers use Python, by median pay in the US")


def test_the_interest_quiz_over_rest(user):
    assert user.ask("take the interest quiz").startswith("Question 1 of 6:")
    for _ in range(6):
        reply = user.click(user.buttons[0]["title"])
    assert reply.startswith("Your top interest areas: Realistic")


def test_work_styles_and_career_moves(user):
    reply = user.ask("low stress jobs that pay well")
    assert "where stress tolerance matters least (O*NET work styles, lowest quarter)" in reply
    reply = user.ask("im a cashier, what better paid jobs could i move into")
    assert reply.startswith("Better paid occupations related to Cashiers")
    assert user.click(user.buttons[0]["title"]).startswith("From Cashiers to ")
