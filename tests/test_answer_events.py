"""action_answer on the small fixture knowledge base (tests/fixtures.py), and on the real one
where the data decides: the events it returns, and that every figure and citation in a reply
comes from the database."""

import asyncio
from urllib.parse import unquote

import pytest
from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.answer import ActionAnswer
from components.entities import entity


def run(kb, text, intent, slots=None, entities=None):
    """One turn: the messages sent and the events returned."""
    if entities is None:
        entities = [entity(m) for m in kb.mentions(text)]
    tracker = Tracker(
        "test",
        slots or {},
        {"text": text, "intent": {"name": intent, "confidence": 1.0}, "entities": entities},
        [],
        False,
        None,
        {},
        "action_listen",
    )
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ActionAnswer(kb).run(dispatcher, tracker, {}))
    return dispatcher.messages, events


def test_an_answer_remembers_topic_place_and_occupation(fixture_kb):
    messages, events = run(fixture_kb, "how much do electricians make in Texas?", "ask_pay")
    [answer, chart] = messages
    assert answer["text"] == (
        "Electricians in Texas: median pay $65,000 a year ($31.25/hour); mean $66,000; the middle 80% earn "
        "$42,000 to $99,000 (BLS OEWS, May 2031)."
    )
    # The pay range beside the national one, its key figures in the alt text (the URL's fragment).
    address, alt = chart["image"].split("#")
    assert address.startswith("http://localhost:5005/webhooks/charts/pay.png?o=47-2111.00&p=Texas&v=")
    assert "Texas: median $65,000, 10th to 90th percentile $42,000 to $99,000" in unquote(alt)
    assert events == [  # what it was about, and what changes: industries, choices and pending stay empty
        SlotSet("topic", "pay"),
        SlotSet("places", ["Texas"]),
        SlotSet("occupations", ["47-2111.00"]),
        SlotSet("recent", ["47-2111.00"]),
    ]


def test_a_follow_up_keeps_the_topic_and_the_place(fixture_kb):
    slots = {"topic": "pay", "places": ["Texas"], "occupations": ["47-2111.00"], "recent": ["47-2111.00"]}
    messages, events = run(fixture_kb, "how about pipe fitters?", "inform", slots)
    assert [m["text"] for m in messages[:2]] == [
        "“Pipe Fitter” is one of the titles counted in the broader occupation Plumbers, Pipefitters, and "
        "Steamfitters; the answer below is for that occupation.",
        "BLS has no wage estimate for Plumbers, Pipefitters, and Steamfitters in Texas.",
    ]
    assert "Plumbers, Pipefitters, and Steamfitters in the US: median pay $71,000 a year" in messages[2]["text"]
    assert SlotSet("recent", ["47-2111.00", "47-2152.00||Pipe Fitter"]) in events


def test_an_ambiguous_title_offers_buttons_and_keeps_the_question_pending(fixture_kb):
    messages, events = run(fixture_kb, "electrician or installer, which pays more?", "ask_compare")
    assert messages[0]["text"] == "“installer” could mean several occupations. Which one do you mean?"
    assert [b["payload"] for b in messages[0]["buttons"]] == [
        '/choose{"choice":"47-2111.00"}',
        '/choose{"choice":"47-2152.00"}',
    ]
    assert events == [
        SlotSet("topic", "compare"),
        SlotSet("places", None),
        SlotSet("choices", ["47-2111.00", "47-2152.00"]),
        SlotSet("pending", ["47-2111.00"]),
    ]


def test_a_click_continues_the_pending_question(fixture_kb):
    slots = {"topic": "compare", "choices": ["47-2111.00", "47-2152.00"], "pending": ["47-2111.00"]}
    messages, events = run(
        fixture_kb, '/choose{"choice":"47-2152.00"}', "choose", slots, [{"entity": "choice", "value": "47-2152.00"}]
    )
    assert messages[0]["text"] == (
        "Plumbers, Pipefitters, and Steamfitters pay more in the US: median $71,000 a year ($34.13/hour) vs "
        "$70,000 ($33.65/hour) for Electricians, a gap of $1,000 (BLS OEWS, May 2031)."
    )
    assert SlotSet("occupations", ["47-2111.00", "47-2152.00"]) in events and SlotSet("choices", None) in events


def test_wage_cap_and_projection_years_come_from_the_data(fixture_kb):
    messages, _ = run(fixture_kb, "plumber pay in Alaska", "ask_pay")
    assert "median pay is $312,000 a year or more (BLS does not publish figures above that)" in messages[0]["text"]
    messages, _ = run(fixture_kb, "are electricians growing", "ask_outlook")
    assert messages[0]["text"] == (
        "Electricians in the US: employment is projected to change +10.0% from 2030 to 2040, "
        "from 800,000 to 880,000 jobs, with about 80,000 openings a year (BLS Employment Projections, 2030-40). "
        "That is faster than the 2% projected for all occupations."
    )


def test_a_broader_groups_pay_says_so(fixture_kb):
    messages, _ = run(fixture_kb, "what do farm products buyers earn", "ask_pay")
    assert messages[0]["text"].startswith(
        "Buyers and Purchasing Agents, Farm Products in the US (BLS publishes pay only for the broader group "
        "“Buyers and Purchasing Agents”): median pay $75,000 a year"
    )


def test_an_article_title_shows_the_article_beside_bls(fixture_kb):
    messages, _ = run(fixture_kb, "what does a wire wizard make", "ask_pay")
    assert messages[0]["text"] == (
        "For the exact title “Wire Wizard”, the source articles say:\n• average salary "
        "$50,000 a year (a career-comparison site, year not stated): a title-level "
        "estimate, not BLS"
    )
    assert messages[1]["text"].startswith(
        "BLS figures for the broader occupation, Electricians in the US: median pay $70,000"
    )


@pytest.mark.parametrize(
    "intent,start",
    [
        ("ask_skills", "What Electricians need most:\n• Skills: Troubleshooting (O*NET 30.1, June 2031 release)"),
        (
            "ask_education",
            "Electricians:\n• Typical entry education: High school diploma or equivalent; work experience: "
            "None; training: Apprenticeship (BLS Employment Projections, 2030-40).",
        ),
        ("ask_duties", "Electricians: Electricians do the work of electricians.\nTypical tasks (O*NET 30.1, June 2031"),
        ("ask_related", "Careers related to Electricians (O*NET 30.1, June 2031 release): Plumbers"),
        ("ask_demographics", "Electricians: median age 40.5 (BLS CPS, 2031); 3.0% women (BLS CPS, 2030)."),
        (
            "ask_best_paying",
            "Where Electricians earn the most (median annual pay, BLS OEWS, May 2031):\n"
            "• States: Alaska $80,000; Texas",
        ),
        (
            "ask_overview",
            "Electricians (47-2111): Electricians do the work of electricians. Median pay $70,000 a year in the US "
            "(BLS OEWS, May 2031). US employment +10.0% projected 2030-40",
        ),
    ],
)
def test_every_kind_of_question_cites_the_release_in_the_data(fixture_kb, intent, start):
    messages, events = run(fixture_kb, "electricians", intent)
    assert messages[0]["text"].startswith(start)
    assert SlotSet("occupations", ["47-2111.00"]) in events


def test_no_occupation_asks_for_one_and_forgets_pending_choices(fixture_kb):
    messages, events = run(fixture_kb, "how much do they make?", "ask_pay", {"choices": ["47-2111.00"]})
    assert messages[0]["text"].startswith("Which occupation are you asking about?")
    assert events == [SlotSet("topic", "pay"), SlotSet("places", None), SlotSet("choices", None)]


def test_one_occupation_in_two_places_is_answered_for_both_and_compared(fixture_kb):
    messages, events = run(fixture_kb, "electrician pay Texas vs Alaska", "ask_pay")
    assert [m["text"].split(":")[0] for m in messages[:2]] == ["Electricians in Texas", "Electricians in Alaska"]
    assert messages[2]["text"] == (
        "Electricians earn more in Alaska: median $80,000 a year ($38.46/hour) vs $65,000 ($31.25/hour) in Texas "
        "(BLS OEWS, May 2031)."
    )
    assert SlotSet("places", ["Texas", "Alaska"]) in events


def test_vs_a_place_adds_it_to_the_one_asked_before(fixture_kb):
    slots = {"topic": "pay", "places": ["Texas"], "occupations": ["47-2111.00"], "recent": ["47-2111.00"]}
    messages, events = run(fixture_kb, "vs alaska?", "inform", slots)
    assert "Electricians earn more in Alaska" in messages[-2]["text"]
    assert "/webhooks/charts/compare.png?o=47-2111.00&p=Texas%7CAlaska&" in messages[-1]["image"]
    assert SlotSet("places", ["Texas", "Alaska"]) in events


def test_figures_published_only_for_the_nation_say_so_when_a_place_is_asked(fixture_kb):
    messages, _ = run(fixture_kb, "are electricians in demand in Texas", "ask_outlook")
    assert messages[0]["text"] == (
        "BLS projects employment for the nation only, not for Texas: the figures below are for the whole US."
    )
    assert messages[1]["text"].startswith("Electricians in the US: employment is projected")


def test_an_ambiguous_city_is_answered_for_the_larger_and_offers_the_other(fixture_kb):
    messages, events = run(fixture_kb, "electrician pay in portland", "ask_pay")
    assert messages[0]["text"].startswith("Electricians in Portland-Vancouver-Hillsboro, OR-WA: median pay $85,000")
    assert messages[2]["text"] == "That was for Portland-Vancouver-Hillsboro, OR-WA. Did you mean another?"
    assert "/webhooks/charts/pay.png?o=47-2111.00&p=Portland-Vancouver-Hillsboro" in messages[1]["image"]
    assert messages[2]["buttons"] == [
        {"title": "Portland-South Portland, ME", "payload": '/inform{"place":"Portland-South Portland, ME"}'}
    ]
    assert SlotSet("places", ["Portland-Vancouver-Hillsboro, OR-WA"]) in events


def test_a_title_that_may_mean_another_occupation_answers_and_offers_it(kb):
    """'truck driver': heavy truck drivers employ twice the light ones; the bot answers for
    them and offers the others, and a click answers the same question for the one picked."""
    messages, events = run(kb, "how much does a truck driver make", "ask_pay")
    assert messages[0]["text"].startswith("Heavy and Tractor-Trailer Truck Drivers in the US: median pay")
    assert messages[-1]["text"] == "“truck driver” can also mean another occupation. Not the one you meant?"
    assert "Light Truck Drivers" in [b["title"] for b in messages[-1]["buttons"]]
    light = next(b for b in messages[-1]["buttons"] if b["title"] == "Light Truck Drivers")
    assert SlotSet("pending", []) in events
    slots = {e["name"]: e["value"] for e in events if e["event"] == "slot"}
    code = light["payload"].split('"choice":"')[1].split('"')[0]
    messages, _ = run(kb, light["payload"], "choose", slots, [{"entity": "choice", "value": code}])
    assert messages[0]["text"].startswith("Light Truck Drivers in the US: median pay")


def test_a_follow_up_naming_only_a_place_asks_the_last_question_again(fixture_kb):
    """'alaska?' after a pay question is a follow-up, whatever intent the classifier chose."""
    slots = {"topic": "pay", "places": ["Texas"], "occupations": ["47-2111.00"], "recent": ["47-2111.00"]}
    messages, events = run(fixture_kb, "alaska?", "ask_best_paying", slots)
    assert messages[0]["text"].startswith("Electricians in Alaska: median pay $80,000")
    assert events == [SlotSet("topic", "pay"), SlotSet("places", ["Alaska"]), SlotSet("occupations", ["47-2111.00"])]


def test_where_the_figures_come_from_needs_no_occupation(fixture_kb):
    messages, events = run(fixture_kb, "where do your numbers come from?", "ask_sources")
    assert messages[0]["text"].startswith(
        "Every figure I give names its source and period in brackets, for example (BLS OEWS, May 2031)."
    )
    assert "• BLS Occupational Employment and Wage Statistics: May 2025 estimates (May 2031)" in messages[0]["text"]
    assert SlotSet("topic", "sources") in events


def test_an_occupation_named_after_a_list_is_about_that_occupation(fixture_kb):
    slots = {"topic": "list", "list": '{"by": "pay"}', "choices": ["47-2111.00", "47-2152.00"]}
    messages, events = run(fixture_kb, "what about electricians", "inform", slots)
    assert messages[0]["text"].startswith("Electricians (47-2111")
    assert SlotSet("topic", "overview") in events and SlotSet("occupations", ["47-2111.00"]) in events


def test_pay_in_a_named_place_is_pay_even_if_taken_for_where_it_pays_most(fixture_kb):
    messages, events = run(fixture_kb, "what do electricians make in Alaska? that's where I live", "ask_best_paying")
    assert messages[0]["text"].startswith("Electricians in Alaska: median pay $80,000")
    assert SlotSet("topic", "pay") in events


def test_a_place_alone_goes_on_with_the_question_even_when_not_understood(fixture_kb):
    slots = {"topic": "pay", "occupations": ["47-2111.00"], "recent": ["47-2111.00"]}
    messages, _ = run(fixture_kb, "alaska", "nlu_fallback", slots)
    assert messages[0]["text"].startswith("Electricians in Alaska: median pay $80,000")
    messages, _ = run(fixture_kb, "asdfgh", "nlu_fallback", slots)
    assert messages[0]["text"].startswith("Sorry, I didn't understand")


def test_add_puts_more_occupations_beside_those_before(fixture_kb):
    slots = {"topic": "pay", "occupations": ["47-2111.00"], "recent": ["47-2111.00"]}
    messages, events = run(fixture_kb, "add plumbers", "inform", slots)
    assert messages[0]["text"].startswith("Plumbers, Pipefitters, and Steamfitters pay more in the US")
    assert SlotSet("occupations", ["47-2111.00", "47-2152.00"]) in events and SlotSet("topic", "compare") in events


def test_which_grows_faster_is_an_outlook_question_that_follow_ups_go_on_with(fixture_kb):
    slots = {"topic": "pay", "occupations": ["47-2152.00"], "recent": ["47-2111.00", "47-2152.00"]}
    messages, events = run(fixture_kb, "which one grows faster", "ask_compare", slots)
    assert " grow fastest in the US" in messages[-1]["text"]
    assert SlotSet("topic", "outlook") in events and SlotSet("occupations", ["47-2111.00", "47-2152.00"]) in events

    slots.update(topic="outlook", occupations=["47-2111.00", "47-2152.00"])
    messages, _ = run(fixture_kb, "in alaska tho?", "inform", slots)
    assert messages[0]["text"].startswith("BLS projects employment for the nation only, not for Alaska")


def test_an_industry_that_filtered_a_list_is_not_carried_to_an_occupation_opened_from_it(fixture_kb):
    after_list = {"topic": "list", "list": '{"by": "pay"}', "industries": ["221000"]}
    messages, events = run(fixture_kb, "how much do electricians make", "ask_pay", after_list)
    assert messages[0]["text"].startswith("Electricians in the US: median pay $70,000")
    assert SlotSet("industries", None) in events
    after_pay = {"topic": "pay", "occupations": ["47-2111.00"], "recent": ["47-2111.00"], "industries": ["221000"]}
    messages, _ = run(fixture_kb, "and plumbers?", "inform", after_pay)  # a follow-up keeps the industry
    assert messages[0]["text"].startswith(
        "BLS publishes no pay figure for Plumbers, Pipefitters, and Steamfitters in Utilities"
    )
