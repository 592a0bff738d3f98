"""action_answer against the real knowledge base, turn by turn, as the Rasa server would
call it: the entities are the ones the OccupationExtractor finds in the text."""
import asyncio

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.answer import ActionAnswer


class Conversation:
    """Runs action_answer for each message, carrying slots over as Rasa would."""

    def __init__(self, kb):
        self.kb, self.slots = kb, {}

    def say(self, text, intent, entities=None):
        if entities is None:
            entities = [{"entity": m.kind, "value": m.value or m.text, "start": m.start, "end": m.end}
                        for m in self.kb.mentions(text)]
        tracker = Tracker("test", dict(self.slots), {"text": text, "intent": {"name": intent, "confidence": 1.0},
                                                     "entities": entities}, [], False, None, {}, "action_listen")
        dispatcher = CollectingDispatcher()
        events = asyncio.run(ActionAnswer().run(dispatcher, tracker, {}))
        self.slots.update({e["name"]: e["value"] for e in events if e["event"] == "slot"})
        self.replies = dispatcher.messages
        return "\n".join(m["text"] for m in dispatcher.messages)

    def click(self, button_title):
        button = next(b for m in self.replies for b in m["buttons"] if b["title"] == button_title)
        code = button["payload"].split('"choice":"')[1].split('"')[0]
        return self.say(button["payload"], "choose", [{"entity": "choice", "value": code}])

    @property
    def buttons(self):
        return [b["title"] for m in self.replies for b in m["buttons"]]


@pytest.fixture
def chat(kb):
    return Conversation(kb)


def test_pay_names_figures_source_and_period(chat):
    reply = chat.say("how much do help desk technicians make?", "ask_pay")
    assert "Computer User Support Specialists: median pay $61,860 a year ($29.74/hour)" in reply
    assert "mean $67,330" in reply and "$40,980 to $100,540" in reply and "(BLS OEWS, May 2025)" in reply


def test_pay_in_a_state_and_a_metro_area(chat):
    assert "Electricians in Texas: median pay $58,570 a year ($28.16/hour)" in chat.say(
        "how much do electricians make in Texas", "ask_pay")
    assert "in Denver-Aurora-Centennial, CO: median pay" in chat.say("what about the Denver area?", "inform")


def test_follow_ups_keep_occupation_topic_and_place(chat):
    chat.say("how much do electricians make in Texas?", "ask_pay")
    assert "Electricians in Florida: median pay" in chat.say("What about in Florida?", "inform")
    assert "What Electricians need most" in chat.say("and what skills do they need?", "ask_skills")
    assert "What Registered Nurses need most" in chat.say("how about nurses?", "inform")


def test_which_of_them_pays_more_uses_the_last_two_occupations(chat):
    chat.say("how much do electricians make?", "ask_pay")
    chat.say("how about plumbers?", "inform")
    reply = chat.say("which of them pays more?", "ask_compare")
    assert "Plumbers, Pipefitters, and Steamfitters pay more: median $63,800 a year vs $63,190 for " \
           "Electricians, a gap of $610 (BLS OEWS, May 2025)" in reply


def test_comparison_of_the_article_titles_shows_both_sources(chat):
    reply = chat.say("which pays more, a program support technician or a customer support technician?",
                     "ask_compare")
    assert "a Program Support Technician earns more: $36,653 vs $36,361 a year for a Customer Support " \
           "Technician, $292 more (a career-comparison site, year not stated)" in reply
    assert "By BLS figures for the broader occupations, Computer User Support Specialists pay more: " \
           "median $61,860 a year vs $45,010 for Office Clerks, General, a gap of $16,850" in reply
    assert "Side by side" not in reply  # a pay question gets a pay answer


def test_a_general_comparison_covers_pay_outlook_education_and_skills(chat):
    reply = chat.say("electricians vs plumbers", "ask_compare")
    assert "Side by side" in reply and "growth 2024-34 +9.5%" in reply
    assert "entry education: High school diploma or equivalent" in reply and "top skills:" in reply


def test_ambiguous_title_asks_with_buttons_and_a_click_continues(chat):
    reply = chat.say("how much does a technician make?", "ask_pay")
    assert "could mean several occupations" in reply
    assert "Pharmacy Technicians" in chat.buttons
    assert "Pharmacy Technicians: median pay" in chat.click("Pharmacy Technicians")


def test_a_typed_ordinal_picks_from_the_buttons(chat):
    chat.say("what skills does a technician need?", "ask_skills")
    second = chat.buttons[1]
    assert f"What {second} need most" in chat.say("the second one", "choose")


def test_ambiguity_inside_a_comparison_keeps_the_other_occupation(chat):
    chat.say("which pays more, an electrician or a technician?", "ask_compare")
    assert chat.buttons
    reply = chat.click("Pharmacy Technicians")
    assert "Electricians pay more" in reply and "Pharmacy Technicians" in reply


def test_unknown_title_says_so_with_near_ones(chat):
    reply = chat.say("how much does a dragon tamer make?", "ask_pay")
    assert "I don't know an occupation called “dragon tamer”" in reply
    assert "Animal Trainers" in chat.buttons


def test_article_title_shows_its_figures_beside_bls(chat):
    reply = chat.say("how much does a customer support technician make", "ask_pay")
    assert "average salary $36,361 a year ($17.48/hour), range $23,000-$56,000" in reply
    assert "median salary $49,390 for all computer user support specialists (BLS via an education site, 2016)" in reply
    assert "BLS figures for the broader occupation, Computer User Support Specialists: median pay $61,860" in reply


def test_article_skills_come_with_their_shares(chat):
    reply = chat.say("what skills does a customer support technician need?", "ask_skills")
    assert "Customer Service 12%, Customer Support 12%, SQL 9%" in reply
    assert "Skills: " in reply and "(O*NET 30.1, December 2025 release)" in reply


def test_education_answer(chat):
    reply = chat.say("what degree do I need to be a dental hygienist?", "ask_education")
    assert "Typical entry education: Associate's degree" in reply
    assert "(BLS Employment Projections, 2024-34)" in reply and "Dental Hygiene/Hygienist" in reply


def test_outlook_answer_compares_with_all_occupations(chat):
    reply = chat.say("is computer user support growing?", "ask_outlook")
    assert "projected to change -3.7% from 2024 to 2034, from 729,500 to 702,500 jobs, " \
           "with about 40,800 openings a year (BLS Employment Projections, 2024-34)" in reply
    assert "slower than the 3.1% projected for all occupations" in reply


def test_best_paying_places_and_industries(chat):
    reply = chat.say("where do electricians make the most?", "ask_best_paying")
    assert "Oregon $101,310" in reply and "Metro areas:" in reply and "Industries:" in reply


def test_demographics_of_a_group_say_so(chat):
    reply = chat.say("how old are help desk technicians?", "ask_demographics")
    assert "Computer support specialists (a Census group that includes Computer User Support Specialists)" in reply
    assert "median age 42.4 (BLS CPS, 2025)" in reply and "(BLS CPS, 2022)" in reply


def test_skills_not_rated_by_onet_say_so(chat):
    reply = chat.say("what skills do data scientists need", "ask_skills")
    assert "O*NET has not rated the general skills of Data Scientists yet" in reply
    assert "In-demand technology:" in reply and "Skills:" not in reply


def test_duties_related_and_overview(chat):
    assert "Typical tasks (O*NET 30.1" in chat.say("what does a paralegal do?", "ask_duties")
    assert "Careers related to Paralegals and Legal Assistants" in chat.say("similar careers?", "ask_related")
    assert "Median pay" in chat.say("tell me about electricians", "ask_overview")


def test_no_occupation_asks_for_one(chat):
    assert "Which occupation are you asking about?" in chat.say("how much do they make?", "ask_pay")


def test_nonsense_gets_a_helpful_answer(chat):
    assert "I answer questions about US occupations" in chat.say("🙂🙂🙂", "nlu_fallback")


@pytest.mark.parametrize("text", ["", "x" * 20_000, "'; DROP TABLE wages; --", "\x00\x1b[31m",
                                  "¿Cuánto gana un enfermero?", "電気技師の給料"])
def test_abusive_input_gets_a_polite_reply(chat, text):
    reply = chat.say(text, "ask_pay")
    assert reply and "Traceback" not in reply
