"""The assistant end to end: a real Rasa server with the trained model and a real action
server, asked over the REST channel as a web page or script would."""

import pytest

from . import expected as E
from .conftest import API_TOKEN, post

pytestmark = pytest.mark.slow


def test_which_pays_more_over_rest(user):
    reply = user.ask("which pays more, a program support technician or a customer support technician?")
    program = E.dollars(E.article_fact("Program Support Technician", "average_salary"))
    customer = E.dollars(E.article_fact("Customer Support Technician", "average_salary"))
    assert f"a Program Support Technician earns more: {program} vs {customer}" in reply
    assert (
        f"Computer User Support Specialists pay more in the US: median {E.annual(E.HELP_DESK)} a year "
        f"({E.hourly(E.HELP_DESK)}) vs {E.annual(E.OFFICE_CLERKS)} ({E.hourly(E.OFFICE_CLERKS)})" in reply
    )


def test_follow_ups_over_rest(user):
    assert f"Electricians in Texas: median pay {E.annual(E.ELECTRICIANS, area=E.TEXAS)} a year" in user.ask(
        "how much do electricians make in Texas?"
    )
    assert f"Electricians in Florida: median pay {E.annual(E.ELECTRICIANS, area=E.FLORIDA)}" in user.ask(
        "What about in Florida?"
    )
    assert "What Electricians need most" in user.ask("and what skills do they need?")
    assert "What Registered Nurses need most" in user.ask("how about nurses?")


def test_ambiguity_buttons_over_rest(user):
    assert "could mean several occupations" in user.ask("how much does a technician make?")
    assert f"Pharmacy Technicians in the US: median pay {E.annual(E.PHARMACY_TECHS)}" in user.click(
        "Pharmacy Technicians"
    )


def test_small_talk_over_rest(user):
    assert user.ask("hello").startswith("Hi!")
    assert "How much do electricians make in Texas?" in user.ask("what can you do?")
    assert "I'm a bot" in user.ask("are you a bot?")


NOT_UNDERSTOOD = "Sorry, I didn't understand that."
ASKS_FOR_AN_OCCUPATION = "Which occupation are you asking about?"
OUT_OF_SCOPE = "Sorry, that's outside what I know."
GREETING = "Hi! I answer questions about US occupations"  # says what the bot can do
CAPABILITIES = "I know about 1,000 US occupations"
POLITE = (NOT_UNDERSTOOD, ASKS_FOR_AN_OCCUPATION, OUT_OF_SCOPE, GREETING, CAPABILITIES)


@pytest.mark.parametrize(
    "text,answers",
    [
        ("", (NOT_UNDERSTOOD,)),  # no word at all: not understood (components/fallback.py)
        pytest.param("x" * 20_000, (NOT_UNDERSTOOD,), id="x*20000"),
        ("'; DROP TABLE wages; --", POLITE + ("I don't know an occupation called “DROP TABLE”",)),
        ("🙂🙂🙂", (NOT_UNDERSTOOD,)),
        ("¿Cuánto gana un enfermero?", POLITE),
        ("<script>alert(1)</script>", POLITE),
    ],
)
def test_abusive_input_gets_a_polite_reply_and_the_conversation_goes_on(user, text, answers):
    """Each gets one of the replies that say what the bot can do, never an empty reply or
    a figure, and a real question afterwards is answered as usual."""
    reply = user.ask(text)
    assert reply.startswith(answers), reply[:200]
    assert "$" not in reply
    assert f"Electricians in the US: median pay {E.annual(E.ELECTRICIANS)}" in user.ask(
        "how much do electricians make?"
    )


def test_titles_never_seen_in_training_resolve_in_sentences(assistant, kb):
    """Through the served NLU pipeline: the occupation entity, resolved, is the right one."""
    templates = E.TITLE_TEMPLATES
    sample = E.held_out_titles(300)
    right = 0
    for i, (title, soc_code) in enumerate(sample):
        parsed = post(
            f"{assistant}/model/parse?token={API_TOKEN}", {"text": templates[i % len(templates)].format(title)}
        )
        named = [e["value"] for e in parsed["entities"] if e["entity"] == "occupation"]
        best = kb.resolve(named[0]).best if named else None
        right += bool(best) and best.soc_code == soc_code
    assert right / len(sample) >= 0.95, f"{right} of {len(sample)}"
