"""What people actually type, through the served bot over REST, one test per kind of
misunderstanding seen when new users tried it: ordinary words taken for titles, places
dropped, broader groups shown under the title asked, context lost, one way of handling
ambiguity, slang, baselines, and the source articles' facts. Figures come from the source
files (tests/expected.py)."""

import pytest

from . import expected as E

pytestmark = pytest.mark.slow


# -- ordinary words are not job titles ---------------------------------------------------------


def test_everyday_words_are_not_taken_for_titles(user):
    user.ask("how much do plumbers make?")
    reply = user.ask("actually, what about electricians")
    assert "Electricians in the US: median pay" in reply and "Actuar" not in reply
    assert "Meat" not in user.ask("no I meant in Texas")
    assert "It does not measure how stressful workers find the job." in user.ask("is it stressful")


# -- constraints are kept, and the scope is said -------------------------------------------------


def test_a_misspelt_state_is_kept(user):
    assert f"Electricians in Florida: median pay {E.annual(E.ELECTRICIANS, area=E.FLORIDA)}" in user.ask(
        "elctrician slary flordia"
    )


def test_one_occupation_in_two_states(user):
    reply = user.ask("RN pay Texas vs California")
    assert f"Registered Nurses in Texas: median pay {E.annual('29-1141', area=E.TEXAS)}" in reply
    assert f"Registered Nurses in California: median pay {E.annual('29-1141', area='0600000')}" in reply
    assert "Registered Nurses earn more in California" in reply


def test_national_answers_say_so(user):
    assert "Electricians in the US: median pay" in user.ask("how much do electricians make")


def test_projections_asked_for_a_state_say_they_are_national(user):
    reply = user.ask("are electricians in demand in Ohio?")
    assert reply.startswith("BLS projects employment for the nation only, not for Ohio")


# -- a broader group is named as such ----------------------------------------------------------


def test_a_narrow_title_names_the_broader_group(user):
    reply = user.ask("how much do blockchain engineers make")
    assert "(BLS publishes pay only for the broader group “Computer Occupations, All Other”)" in reply


def test_the_tightest_published_group_is_used(user):
    reply = user.ask("how much do special education teaching assistants make")
    assert "broader group “Teaching Assistants, Except Postsecondary”" in reply


# -- context ---------------------------------------------------------------------------------------


def test_follow_ups_about_places(user):
    user.ask("how much do electricians make in Florida?")
    assert "Electricians earn more in" in user.ask("vs texas?")
    assert f"Electricians in New Jersey: median pay {E.annual(E.ELECTRICIANS, area='3400000')}" in user.ask(
        "and in jersey"
    )
    assert "Electricians in Portland-Vancouver-Hillsboro, OR-WA" in user.ask("I meant Portland Oregon")


def test_follow_ups_about_the_occupations_discussed(user):
    user.ask("how much do electricians and plumbers make in Ohio")
    assert "grow fastest in the US" in user.ask("which of them grows faster")
    assert user.ask("the 2nd one").startswith("Plumbers, Pipefitters, and Steamfitters in Ohio: median pay")


# -- ambiguity handled both ways -----------------------------------------------------------------


def test_a_dominant_occupation_is_answered_and_the_others_offered(user):
    reply = user.ask("how much does a truck driver make")
    assert reply.startswith("Heavy and Tractor-Trailer Truck Drivers in the US: median pay")
    assert "Light Truck Drivers" in [b["title"] for b in user.buttons]
    assert user.click("Light Truck Drivers").startswith("Light Truck Drivers in the US: median pay")


def test_when_none_dominates_the_bot_asks(user):
    assert "could mean several occupations" in user.ask("how much does a technician make?")


# -- abbreviations and slang -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "message,answer",
    [
        ("yo how much do SWEs make", "Software Developers in the US: median pay"),
        ("cna pay in cali", "Nursing Assistants in California: median pay"),
        ("LPN salary NYC", "Licensed Practical and Licensed Vocational Nurses in New York-Newark-Jersey City"),
        ("how much does a PA make in PA", "Physician Assistants in Pennsylvania: median pay"),
        ("PT vs OT which pays more", "Physical Therapists pay more in the US"),
        ("mech engr salary", "Mechanical Engineers in the US: median pay"),
        ("how much do cdl drivers make", "Heavy and Tractor-Trailer Truck Drivers in the US: median pay"),
    ],
)
def test_abbreviations_and_slang(user, message, answer):
    assert answer in user.ask(message)


# -- baselines ---------------------------------------------------------------------------------------


def test_all_occupations_is_the_baseline(user):
    assert f"All Occupations in the US: median pay {E.annual('00-0000')}" in user.ask(
        "what is the median wage for all occupations"
    )


# -- the source articles' facts ---------------------------------------------------------------------


def test_the_source_articles_facts(user):
    title = "Customer Support Technician"
    reply = user.ask("how long does it take to become a customer support technician")
    assert f"{E.article_fact(title, 'time_to_become')} to become one" in reply
    assert f"most common college {E.article_fact(title, 'most_common_college')}" in reply
    reply = user.ask("whats the difference between a customer support technician and a technical support technician")
    assert "works mostly with consumer computer owners" in reply and "works mostly with equipment" in reply
