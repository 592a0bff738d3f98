"""action_answer against the real knowledge base, turn by turn, as the Rasa server would
call it: the entities are the ones the OccupationExtractor finds in the text. Expected
figures come from the source files (tests/expected.py)."""

import asyncio
import json

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.answer import ActionAnswer
from components.entities import entity

from . import expected as E


class Conversation:
    """Runs action_answer for each message, carrying slots over as Rasa would."""

    def __init__(self, kb):
        self.kb, self.slots, self.action, self.said = kb, {}, ActionAnswer(kb), []

    def say(self, text, intent, entities=None):
        if entities is None:
            entities = [entity(m) for m in self.kb.mentions(text)]
        parsed = {"text": text, "intent": {"name": intent, "confidence": 1.0}, "entities": entities}
        self.said.append({"event": "user", "text": text, "parse_data": parsed})
        tracker = Tracker(
            "test",
            dict(self.slots),
            parsed,
            list(self.said),
            False,
            None,
            {},
            "action_listen",
        )
        dispatcher = CollectingDispatcher()
        self.events = asyncio.run(self.action.run(dispatcher, tracker, {}))
        self.slots.update({e["name"]: e["value"] for e in self.events if e["event"] == "slot"})
        self.replies = dispatcher.messages
        # the tracker's events, as Rasa keeps them: the action's slots and what the bot said
        self.said += self.events + [{"event": "bot", "text": m["text"]} for m in dispatcher.messages]
        return "\n".join(m["text"] for m in dispatcher.messages if m["text"])

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
    assert (
        f"Computer User Support Specialists in the US: median pay {E.annual(E.HELP_DESK)} a year "
        f"({E.hourly(E.HELP_DESK)})" in reply
    )
    assert f"mean {E.annual(E.HELP_DESK, 'A_MEAN')}" in reply
    assert f"{E.annual(E.HELP_DESK, 'A_PCT10')} to {E.annual(E.HELP_DESK, 'A_PCT90')}" in reply
    assert "(BLS OEWS, May 2025)" in reply


def test_pay_in_a_state_and_a_metro_area(chat):
    assert (
        f"Electricians in Texas: median pay {E.annual(E.ELECTRICIANS, area=E.TEXAS)} a year "
        f"({E.hourly(E.ELECTRICIANS, area=E.TEXAS)})" in chat.say("how much do electricians make in Texas", "ask_pay")
    )
    assert f"in Denver-Aurora-Centennial, CO: median pay {E.annual(E.ELECTRICIANS, area=E.DENVER)} a year" in chat.say(
        "what about the Denver area?", "inform"
    )


def test_follow_ups_keep_occupation_topic_and_place(chat):
    chat.say("how much do electricians make in Texas?", "ask_pay")
    assert f"Electricians in Florida: median pay {E.annual(E.ELECTRICIANS, area=E.FLORIDA)}" in chat.say(
        "What about in Florida?", "inform"
    )
    assert "What Electricians need most" in chat.say("and what skills do they need?", "ask_skills")
    assert "What Registered Nurses need most" in chat.say("how about nurses?", "inform")


def test_which_of_them_pays_more_uses_the_last_two_occupations(chat):
    chat.say("how much do electricians make?", "ask_pay")
    chat.say("how about plumbers?", "inform")
    reply = chat.say("which of them pays more?", "ask_compare")
    gap = E.dollars(E.wage(E.PLUMBERS) - E.wage(E.ELECTRICIANS))
    assert (
        f"Plumbers, Pipefitters, and Steamfitters pay more in the US: median {E.annual(E.PLUMBERS)} a year "
        f"({E.hourly(E.PLUMBERS)}) vs {E.annual(E.ELECTRICIANS)} ({E.hourly(E.ELECTRICIANS)}) for "
        f"Electricians, a gap of {gap} (BLS OEWS, May 2025)" in reply
    )


def test_comparison_of_the_article_titles_shows_both_sources(chat):
    reply = chat.say("which pays more, a program support technician or a customer support technician?", "ask_compare")
    program = E.article_fact("Program Support Technician", "average_salary")
    customer = E.article_fact("Customer Support Technician", "average_salary")
    assert (
        f"a Program Support Technician earns more: {E.dollars(program)} vs {E.dollars(customer)} a year for a "
        f"Customer Support Technician, {E.dollars(program - customer)} more (a career-comparison site, "
        f"year not stated)" in reply
    )
    gap = E.dollars(E.wage(E.HELP_DESK) - E.wage(E.OFFICE_CLERKS))
    assert (
        f"By BLS figures for the broader occupations, Computer User Support Specialists pay more in the US: "
        f"median {E.annual(E.HELP_DESK)} a year ({E.hourly(E.HELP_DESK)}) vs {E.annual(E.OFFICE_CLERKS)} "
        f"({E.hourly(E.OFFICE_CLERKS)}) for Office Clerks, General, "
        f"a gap of {gap}" in reply
    )
    assert "Side by side" not in reply  # a pay question gets a pay answer


def test_a_general_comparison_covers_pay_outlook_education_and_skills(chat):
    reply = chat.say("electricians vs plumbers", "ask_compare")
    electricians = E.projected(E.ELECTRICIANS)
    assert "Side by side" in reply and f"growth 2024-34 {electricians['change_percent']:+.1f}%" in reply
    assert f"entry education: {electricians['entry_education']}" in reply and "top skills:" in reply
    assert (
        "(Sources: BLS OEWS May 2025, BLS Employment Projections 2024-34, O*NET 30.1 December 2025 release.)" in reply
    )


def test_ambiguous_title_asks_with_buttons_and_a_click_continues(chat):
    reply = chat.say("how much does a technician make?", "ask_pay")
    assert "could mean several occupations" in reply
    assert "Pharmacy Technicians" in chat.buttons
    assert f"Pharmacy Technicians in the US: median pay {E.annual(E.PHARMACY_TECHS)}" in chat.click(
        "Pharmacy Technicians"
    )


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
    title = "Customer Support Technician"
    salary, rate = E.article_fact(title, "average_salary"), E.article_fact(title, "hourly_rate")
    low, high = E.article_fact(title, "salary_range_low"), E.article_fact(title, "salary_range_high")
    assert (
        f"average salary {E.dollars(salary)} a year (${rate:.2f}/hour), range {E.dollars(low)}-{E.dollars(high)}"
        in reply
    )
    assert (
        f"median salary {E.dollars(E.article_fact(title, 'median_salary'))} for all computer user support "
        f"specialists (BLS via an education site, 2016)" in reply
    )
    assert (
        f"BLS figures for the broader occupation, Computer User Support Specialists in the US: median pay "
        f"{E.annual(E.HELP_DESK)}" in reply
    )


def test_article_skills_come_with_their_shares(chat):
    reply = chat.say("what skills does a customer support technician need?", "ask_skills")
    skills = next(p for p in E.articles()["profiles"] if p["title"] == "Customer Support Technician")["skills"]
    assert ", ".join(f"{s['name']} {s['share']}%" for s in skills[:3]) in reply
    assert "Skills: " in reply and "(O*NET 30.1, December 2025 release)" in reply


def test_education_answer(chat):
    reply = chat.say("what degree do I need to be a dental hygienist?", "ask_education")
    assert f"Typical entry education: {E.projected(E.DENTAL_HYGIENISTS)['entry_education']}" in reply
    assert "(BLS Employment Projections, 2024-34)" in reply and "Dental Hygiene/Hygienist" in reply


def test_outlook_answer_compares_with_all_occupations(chat):
    reply = chat.say("is computer user support growing?", "ask_outlook")
    p, overall = E.projected(E.HELP_DESK), E.projected("00-0000")
    assert (
        f"projected to change {p['change_percent']:+.1f}% from 2024 to 2034, from {E.jobs(p['employment_base'])} "
        f"to {E.jobs(p['employment_projected'])} jobs, with about {E.jobs(p['openings'])} openings a year "
        f"(BLS Employment Projections, 2024-34)" in reply
    )
    assert f"slower than the {overall['change_percent']}% projected for all occupations" in reply


def test_best_paying_places_and_industries(chat):
    reply = chat.say("where do electricians make the most?", "ask_best_paying")
    state, median = E.top_state(E.ELECTRICIANS)
    assert f"States: {state} {median}" in reply and "Metro areas:" in reply
    assert "Industries (of those employing at least 1,000): " in reply


def test_demographics_of_a_group_say_so(chat):
    reply = chat.say("how old are help desk technicians?", "ask_demographics")
    assert "Computer support specialists (a Census group that includes Computer User Support Specialists)" in reply
    assert f"median age {E.median_age('Computer support specialists')} (BLS CPS, 2025)" in reply
    assert "(BLS CPS, 2022)" in reply


def test_skills_not_rated_by_onet_say_so(chat):
    reply = chat.say("what skills do data scientists need", "ask_skills")
    assert "O*NET has not rated the general skills of Data Scientists yet" in reply
    assert "In-demand technology:" in reply and "Skills:" not in reply
    assert "The closest occupation in the same group that O*NET has rated, " in reply
    assert "That is a related occupation's rating, not one for Data Scientists." in reply


def test_duties_related_and_overview(chat):
    assert "Typical tasks (O*NET 30.1" in chat.say("what does a paralegal do?", "ask_duties")
    assert "Careers related to Paralegals and Legal Assistants" in chat.say("similar careers?", "ask_related")
    assert f"Median pay {E.annual(E.ELECTRICIANS)} a year in the US" in chat.say(
        "tell me about electricians", "ask_overview"
    )


def test_no_occupation_asks_for_one(chat):
    assert "Which occupation are you asking about?" in chat.say("how much do they make?", "ask_pay")


def test_nonsense_gets_a_helpful_answer(chat):
    assert "I answer questions about US occupations" in chat.say("🙂🙂🙂", "nlu_fallback")


ASKS_FOR_AN_OCCUPATION = "Which occupation are you asking about?"


@pytest.mark.parametrize(
    "text,answer",
    [
        ("", ASKS_FOR_AN_OCCUPATION),
        ("x" * 20_000, ASKS_FOR_AN_OCCUPATION),
        ("¿Cuánto gana un enfermero?", ASKS_FOR_AN_OCCUPATION),
        ("電気技師の給料", ASKS_FOR_AN_OCCUPATION),
        ("'; DROP TABLE wages; --", ASKS_FOR_AN_OCCUPATION),
        ("\x00\x1b[31m", ASKS_FOR_AN_OCCUPATION),
    ],
)
def test_abusive_input_gets_a_polite_reply_and_keeps_no_occupation(chat, text, answer):
    assert chat.say(text, "ask_pay").startswith(answer)
    assert not chat.slots.get("occupations")


def test_all_occupations_is_the_baseline_for_pay_and_growth(chat):
    all_jobs = "00-0000"
    assert chat.say("median wage for all occupations", "ask_pay").startswith(
        f"All Occupations in the US: median pay {E.annual(all_jobs)} a year"
    )
    overall = E.projected(all_jobs)
    assert f"employment is projected to change {overall['change_percent']:+.1f}%" in chat.say(
        "how fast are jobs growing overall", "ask_outlook"
    )
    assert f"vs {E.annual(all_jobs)} ({E.hourly(all_jobs)}) for All Occupations" in chat.say(
        "how do nurses compare to the average worker", "ask_compare"
    )


def test_the_articles_difference_between_the_support_titles(chat):
    reply = chat.say(
        "whats the difference between a customer support technician and a technical support technician", "ask_compare"
    )
    assert "a Customer Support Technician works mostly with consumer computer owners" in reply
    assert "a Technical Support Technician works mostly with equipment" in reply


def test_time_to_become_and_college_from_the_articles(chat):
    reply = chat.say("how long does it take to become a customer support technician", "ask_education")
    title = "Customer Support Technician"
    assert f"{E.article_fact(title, 'time_to_become')} to become one" in reply
    assert f"most common college {E.article_fact(title, 'most_common_college')}" in reply


@pytest.mark.parametrize("text", ["which one grows faster", "which 1 has more jobs comin"])
def test_which_one_grows_faster_compares_those_discussed(chat, text):
    chat.say("how much do electricians and plumbers make", "ask_compare")
    reply = chat.say(text, "ask_list")
    assert reply.startswith("Electricians grow fastest in the US")


def test_growth_comparison_and_the_second_one(chat):
    chat.say("how much do electricians and plumbers make in ohio", "ask_compare")
    reply = chat.say("which one grows faster", "ask_compare")
    assert (
        f"Electricians grow fastest in the US: employment {E.projected(E.ELECTRICIANS)['change_percent']:+.1f}%"
        in reply
    )
    reply = chat.say("the second one in ohio", "inform")
    assert reply.startswith(
        f"Plumbers, Pipefitters, and Steamfitters in Ohio: median pay {E.annual(E.PLUMBERS, area='3900000')}"
    )


def test_a_title_counted_in_a_broader_occupation_says_so(chat):
    reply = chat.say("how much do zookeepers make", "ask_pay")
    assert reply.startswith("“Zookeeper” is one of the titles counted in the broader occupation Animal Caretakers")


def test_a_specialty_names_its_parent_occupations_figures(chat):
    reply = chat.say("how much do blockchain engineers make", "ask_pay")
    assert (
        "Blockchain Engineers in the US (BLS publishes pay only for the broader group “Computer Occupations, "
        "All Other”)" in reply
    )
    assert "(figures for the group “Computer occupations, all other”)" in chat.say("is it growing", "ask_outlook")


def test_an_overview_and_a_comparison_say_when_a_figure_is_a_broader_group_s(chat):
    reply = chat.say("tell me about blockchain engineers", "ask_overview")
    assert (
        f"Median pay {E.annual('15-1299')} a year in the US for the broader group “Computer Occupations, All Other”, "
        "the narrowest BLS publishes (BLS OEWS, May 2025)." in reply
    )
    reply = chat.say("blockchain engineers vs electricians, who makes more?", "ask_compare")
    assert (
        "The figures for Blockchain Engineers are those of the broader group “Computer Occupations, All Other”, "
        "the narrowest BLS publishes." in reply
    )


def test_what_the_data_cannot_measure_is_said(chat):
    chat.say("how much do nurses make", "ask_pay")
    reply = chat.say("is it boring", "ask_overview")
    assert reply.startswith("The data I have doesn't measure how boring a job is. Here is what it does say.")
    assert "Registered Nurses (29-1141)" in reply


def test_is_it_stressful_gets_onets_stress_tolerance_rating_and_its_limit(chat):
    rows = E.source_rows("onet/Work Styles.txt.gz", delimiter="\t")
    impact = next(
        float(r["Data Value"])
        for r in rows
        if r["O*NET-SOC Code"] == "29-1141.00" and r["Element Name"] == "Stress Tolerance" and r["Scale ID"] == "WI"
    )
    chat.say("how much do nurses make", "ask_pay")
    reply = chat.say("is it stressful", "ask_overview")
    assert reply.startswith(
        f"Registered Nurses: O*NET rates how much stress tolerance matters to doing the job well at {impact:+.1f} "
        "on a scale of -3 to +3"
    )
    assert "rated by AI and experts). It does not measure how stressful workers find the job." in reply


def test_pay_in_an_industry(chat):
    reply = chat.say("how much do accountants make in the federal government", "ask_pay")
    assert reply.startswith(
        "Accountants and Auditors in Federal Government, including the U.S. Postal Service (US): "
        f"median pay {E.industry_annual('13-2011', '999101')} a year"
    )
    assert f"Across all industries:\nAccountants and Auditors in the US: median pay {E.annual('13-2011')}" in reply
    reply = chat.say("what about in Texas", "inform")
    assert reply.startswith("BLS publishes pay by industry for the nation only, not for Texas.")
    # the industry's national figure, then the one for the place asked, across industries
    texas = E.annual("13-2011", area="4800000")
    assert f"Across all industries:\nAccountants and Auditors in Texas: median pay {texas}" in reply


def test_pay_in_an_industry_beside_the_average(chat):
    reply = chat.say("do hospitals pay medical coders more than average?", "ask_pay")
    assert reply.count("median pay") == 2 and "in Hospitals (US)" in reply
    assert f"Medical Records Specialists in the US: median pay {E.annual('29-2072')}" in reply


def test_an_industry_without_a_figure_says_so(chat):
    reply = chat.say("how much do baristas make at the post office", "ask_pay")
    assert reply.startswith(
        "BLS publishes no pay figure for Baristas in Postal Service (Federal Government). Across all industries:"
    )


def test_two_questions_in_one_message(chat):
    reply = chat.say("how much do welders make and what's the outlook", "ask_pay")
    assert "Welders, Cutters, Solderers, and Brazers in the US: median pay" in reply
    assert "Welders, Cutters, Solderers, and Brazers in the US: employment is projected to change" in reply


def test_three_occupations_compared(chat):
    reply = chat.say("electricians vs plumbers vs carpenters, who makes the most", "ask_compare")
    assert reply.startswith("Plumbers, Pipefitters, and Steamfitters pay the most in the US: median")
    assert "for Electricians and " in reply and " for Carpenters, " in reply and "more than the next" in reply


def test_five_occupations_are_compared_and_a_sixth_is_said_to_be_left_out(chat):
    reply = chat.say("nurses vs pharmacists vs dentists vs vets vs PAs vs dental hygienists pay", "ask_compare")
    assert reply.startswith("Dentists, General pay the most in the US")
    for title in ("Pharmacists", "Veterinarians", "Physician Assistants", "Registered Nurses"):
        assert f" for {title}" in reply
    assert "I answer for at most 5 occupations at a time, so I left out Dental Hygienists." in reply


def test_a_title_before_a_comma_borrows_the_last_word_of_the_next(chat):
    reply = chat.say("mechanical, civil or electrical engineers - which pays most", "ask_compare")
    assert "Mechanical Engineers" in reply and "Civil Engineers" in reply and "Electrical Engineers" in reply


def test_a_word_for_many_jobs_is_the_one_discussed_or_of_the_kind_named_beside_it(kb):
    chat = Conversation(kb)
    chat.say("what do construction laborers make in chicago", "ask_pay")
    assert chat.say("what does a laborer do all day", "ask_duties").startswith("Construction Laborers:")
    asked = "out of laborer, roofer, ironworker, electrician which is growing fastest"
    reply = Conversation(kb).say(asked, "ask_compare")
    assert reply.startswith("Electricians grow fastest in the US") and "for Construction Laborers, " in reply


def test_vs_one_more_occupation_compares_it_with_the_one_before(chat):
    chat.say("how much do cnas make in florida", "ask_pay")
    reply = chat.say("vs lpn", "ask_compare")
    assert reply.startswith(
        "Licensed Practical and Licensed Vocational Nurses pay more in Florida: median "
        f"{E.annual('29-2061', area=E.FLORIDA)} a year ({E.hourly('29-2061', area=E.FLORIDA)}) "
        f"vs {E.annual('31-1131', area=E.FLORIDA)}"
    )


def test_the_occupation_said_not_to_be_meant_is_left_out(chat):
    reply = chat.say("no wait, I meant PT not PA. PT pay in Pennsylvania", "ask_pay")
    assert reply.startswith("Physical Therapists in Pennsylvania: median pay") and "Physician Assistants" not in reply


def test_each_and_the_three_mean_the_occupations_discussed(chat):
    for title in ("civil engineers", "mechanical engineers", "electrical engineers"):
        chat.say(f"how much do {title} make", "ask_pay")
    reply = chat.say("which of the three is projected to grow fastest", "ask_compare")
    assert all(t in reply for t in ("Civil Engineers", "Mechanical Engineers", "Electrical Engineers"))


def test_a_title_whose_meanings_share_one_published_figure_is_answered(chat):
    reply = chat.say("what do teacher's aides earn in Minnesota?", "ask_pay")
    assert "(BLS publishes pay only for the broader group “Teaching Assistants, Except Postsecondary”)" in reply
    assert f"median pay {E.annual('25-9045', area='2700000')} a year" in reply


def test_a_message_with_no_word_is_not_understood_even_after_a_question(chat):
    chat.say("how much do nurses make", "ask_pay")
    assert chat.say("asdfgh", "nlu_fallback").startswith("Sorry, I didn't understand that.")


def test_a_message_of_typos_that_names_an_occupation_is_answered(chat):
    chat.say("how much do nurses make", "ask_pay")
    assert chat.say("elctrician slary flordia", "ask_pay").startswith("Electricians in Florida: median pay")


def test_a_follow_up_naming_an_industry_asks_for_pay_there(chat):
    chat.say("how much do truck drivers make", "ask_pay")
    chat.say("is it stressful", "ask_overview")
    reply = chat.say("nurses at hospitals", "inform")
    assert reply.startswith(f"Registered Nurses in Hospitals (US): median pay {E.industry_annual('29-1141', '622000')}")


def test_nationally_and_in_a_state_answers_both(chat):
    reply = chat.say("Civil engineers, nationally and in Texas.", "ask_pay")
    assert f"Civil Engineers in Texas: median pay {E.annual('17-2051', area=E.TEXAS)} a year" in reply
    assert f"Civil Engineers in the US: median pay {E.annual('17-2051')} a year" in reply


def test_two_industries_in_one_question(chat):
    reply = chat.say("registered nurses at hospitals versus in home health care?", "ask_pay")
    assert f"Registered Nurses in Hospitals (US): median pay {E.industry_annual('29-1141', '622000')}" in reply
    assert f"median pay {E.industry_annual('29-1141', '621600')}" in reply
    assert "Home Health Care Services (US)" in reply


def test_the_industry_carries_on_into_a_comparison_and_all_industries_drops_it(chat):
    chat.say("accountants pay if they worked for the state", "ask_pay")
    assert chat.slots["industries"] == ["999201"]
    reply = chat.say("vs financial analysts same industry", "ask_compare")
    assert "in State Government" in reply and E.industry_annual("13-2051", "999201") in reply
    reply = chat.say("how about accountants across all industries", "ask_pay")
    assert reply.startswith(f"Accountants and Auditors in the US: median pay {E.annual('13-2011')}")


def test_one_occupation_named_after_a_comparison_is_answered_on_its_own(chat):
    chat.say("how much do cnas make in florida", "ask_pay")
    chat.say("vs lpn", "ask_compare")
    reply = chat.say("and rns? same state", "inform")
    assert reply.startswith(f"Registered Nurses in Florida: median pay {E.annual('29-1141', area=E.FLORIDA)}")
    reply = chat.say("which pays more, rns or lpns", "ask_compare")
    assert reply.startswith("Registered Nurses pay more in the US")  # a new question: no place carried


def test_a_list_question_ranks_names_its_set_and_sources_and_opens_one(chat):
    reply = chat.say("jobs over $60k without a degree in Texas", "ask_list")
    assert reply.startswith(
        "Highest paying occupations that need no degree to start (up to a postsecondary certificate) paying over "
        "$60,000 in Texas (BLS OEWS, May 2025; BLS Employment Projections, 2024-34), 1-10 of "
    )
    assert f"1. Commercial Pilots: median pay {E.annual('53-2012', area=E.TEXAS)}" in reply
    assert chat.buttons[0] == "Commercial Pilots" and len(chat.buttons) == 5
    third = chat.buttons[2]
    assert chat.say("the 3rd one", "inform").startswith(f"{third} (")
    chat.say("jobs over $60k without a degree in Texas", "ask_list")
    assert "11-20 of" in chat.say("show more", "inform")
    assert chat.say("only in Ohio", "inform").split(" (BLS")[0].endswith("in Ohio")


def test_growth_lists_are_national_and_a_place_is_said_to_be_dropped(chat):
    reply = chat.say("fastest growing jobs in Ohio", "ask_list")
    assert reply.startswith("BLS projects employment for the nation only, not for Ohio: this list is for the US.")
    assert "Fastest growing occupations in the US (BLS Employment Projections, 2024-34)" in reply
    assert "All occupations: +3.1% projected growth, the average." in reply


def test_nothing_meeting_a_filter_says_why_and_what_comes_nearest(chat):
    reply = chat.say("jobs that pay over $5 million", "ask_list")
    assert reply.startswith("No occupation in the BLS data is among the occupations paying over $5,000,000 in the US.")
    assert f"The highest median pay there is {E.annual('29-1243')} (Pediatric Surgeons)." in reply
    assert "Without the pay floor: highest paying occupations" in reply


def test_a_list_question_does_not_carry_the_last_place_and_notes_pay_above_the_cap(chat):
    chat.say("fastest growing jobs in Texas", "ask_list")
    assert chat.say("highest paying jobs", "ask_list").startswith("Highest paying occupations in the US")
    reply = chat.say("highest paying jobs in Texas", "ask_list")
    assert "Not ranked: 1 whose median pay is $239,200 or more, which BLS does not publish as a figure" in reply
    assert "(Pediatric Surgeons)" in reply


def test_a_major_lists_the_occupations_its_program_prepares_for_with_the_crosswalk_caveat(chat):
    reply = chat.say("what can i do with a psych degree", "ask_majors")
    assert reply.startswith(
        "Occupations the program Psychology, General (CIP 42.0101) prepares for, by median pay in the US "
        "(NCES CIP-SOC crosswalk, 2020; BLS OEWS, May 2025; BLS Employment Projections, 2024-34), all 6 that qualify:"
    )
    assert f"1. Industrial-Organizational Psychologists: median pay {E.annual('19-3032')}" in reply
    assert "shows what a program prepares for, not where its graduates end up" in reply
    assert "Clinical and Counseling Psychologists" in chat.say("sort by growth", "inform")
    first = chat.buttons[0]
    assert chat.say("the 1st one", "inform").startswith(f"{first} (")


def test_the_majors_for_an_occupation(chat):
    reply = chat.say("what should I major in to become a physical therapist", "ask_majors")
    assert reply.startswith("Majors that prepare for Physical Therapists (NCES CIP-SOC crosswalk, 2020): ")
    assert "Physical Therapy/Therapist" in reply


def test_a_major_nobody_offers_says_so(chat):
    reply = chat.say("what can i do with a quidditch degree", "ask_majors")
    assert reply.startswith("I don't know a college major called “quidditch” in the CIP-SOC crosswalk")


def test_jobs_that_use_a_technology_with_its_onet_flags(chat):
    reply = chat.say("Which occupations that use Python pay the most?", "ask_technology")
    assert reply.startswith(
        "Occupations whose workers use Python, by median pay in the US (O*NET 30.1, December 2025 release; "
        "BLS OEWS, May 2025; BLS Employment Projections, 2024-34), 1-10 of "
    )
    assert "Python is a Hot Technology in O*NET" in reply and "In Demand (often asked for in job postings)" in reply
    assert "in Ohio" in chat.say("only in Ohio", "inform").split("(")[0]


def test_a_technologys_users_narrowed_say_whose_they_are_and_jobs_of_their_own_are_a_new_list(chat):
    chat.say("Which occupations use Salesforce?", "ask_technology")
    narrowed = chat.say("which of those pay over 90k", "inform")
    assert narrowed.startswith("Highest paying occupations whose workers use Salesforce software paying over $90,000")
    fresh = chat.say("business and finance jobs over 90k", "inform")
    assert fresh.startswith(
        "Highest paying Business and Financial Operations occupations paying over $90,000 in the US"
    )
    assert chat.slots["topic"] == "list"


def test_a_number_after_need_is_no_technology(chat):
    reply = chat.say("What are the highest paying healthcare jobs that need 2 years of college or less?", "ask_list")
    assert reply.startswith("Highest paying Healthcare Practitioners and Technical and Healthcare Support occupations")


def test_better_paid_related_occupations_and_what_a_move_takes(chat):
    reply = chat.say("i'm a retail salesperson, what better paid jobs could i move into", "ask_career_move")
    assert reply.startswith(
        f"Better paid occupations related to Retail Salespersons (median {E.annual('41-2031')} a year), among the 20 "
        "O*NET lists as related (O*NET 30.1, December 2025 release):\n"
        f"1. Sales Managers: median {E.annual('11-2022')}; typical entry education: Bachelor's degree"
    )
    reply = chat.click("Sales Managers")
    assert reply.startswith("From Retail Salespersons to Sales Managers:")
    gap = E.wage("11-2022") - E.wage("41-2031")
    assert f"+{E.dollars(gap)}" in reply


def onet_description(code):
    rows = E.source_rows("onet/Occupation Data.txt", delimiter="\t")
    return next(r["Description"] for r in rows if r["O*NET-SOC Code"] == code)


def test_what_one_does_that_another_does_not_is_their_work_side_by_side(chat):
    reply = chat.say("what do LPNs do that CNAs dont", "ask_duties")
    assert chat.slots["topic"] == "compare"
    assert reply.startswith("What each does (O*NET 30.1, December 2025 release):\nLicensed Practical and Licensed")
    assert onet_description("31-1131.00").split(". ")[0] in reply
    assert "pays more" not in reply and "Side by side" not in reply  # their work, not their pay


def test_the_difference_between_two_says_what_each_does_before_the_figures(chat):
    reply = chat.say("whats the difference between a PA and an NP", "ask_compare")
    assert reply.startswith("What each does (O*NET 30.1, December 2025 release):\nPhysician Assistants: ")
    assert onet_description("29-1171.00").split(". ")[0] in reply
    assert f"median {E.annual('29-1071')} a year" in reply and "Side by side" in reply


def test_a_career_move_asked_after_a_story_with_a_place_and_a_wage(chat):
    reply = chat.say(
        "help desk 3 yrs in st louis, stuck around 50k. what jobs do help desk people move up into", "ask_list"
    )
    assert reply.startswith("Better paid occupations related to Computer User Support Specialists")


def test_a_list_is_of_the_question_s_place_not_the_industry_the_person_works_in(chat):
    reply = chat.say("i pick orders at a warehouse. what jobs in ohio pay 60k+ without a degree", "ask_list")
    assert "paying over $60,000 in Ohio (BLS OEWS" in reply and "Warehousing" not in reply


def test_a_job_held_before_does_not_narrow_a_list_to_its_field(chat):
    reply = chat.say(
        "been a stay at home mom 10 yrs, used to be an accounting clerk. are there low stress jobs out there?",
        "out_of_scope",
    )
    assert reply.startswith("Highest paying occupations where stress tolerance matters least")


def test_a_field_named_as_dying_is_its_workers_outlook(chat):
    reply = chat.say("is journalism really dying or is that just vibes", "thanks")
    assert reply.startswith("News Analysts, Reporters, and Journalists in the US: employment is projected to change")


def test_a_published_projection_for_a_state_is_asked_as_outlook(chat):
    reply = chat.say(
        "Is there a published employment projection for police officers in Virginia specifically?", "ask_pay"
    )
    assert reply.startswith("BLS projects employment for the nation only, not for Virginia")


def test_what_they_are_making_asks_pay_though_the_story_tells_of_ai(chat):
    reply = chat.say(
        "graphic designer in LA, clients drying up bc of AI. what are ux / digital interface designers making in LA",
        "ask_pay",
    )
    la = "0031080"
    assert f"in Los Angeles-Long Beach-Anaheim, CA: median pay {E.annual('15-1255', area=la)}" in reply


@pytest.mark.parametrize(
    "text, intent, start",
    [
        (
            "burned out elementary teacher, 9 yrs in. what are my options outside the classroom?",
            "nlu_fallback",
            "Better paid occupations related to Elementary School Teachers",
        ),
        (
            "RN 12 yrs, done with bedside nursing. what else can a nurse do?",
            "ask_related",
            "Better paid occupations related to Registered Nurses",
        ),
        (
            "army vet, i was a diesel mechanic in the service. what civilian jobs could i go for?",
            "ask_list",
            "Better paid occupations related to Bus and Truck Mechanics and Diesel Engine Specialists",
        ),
        (
            "been driving trucks 15 years and my back is shot. what else is out there for someone like me",
            "out_of_scope",
            "Better paid occupations related to Heavy and Tractor-Trailer Truck Drivers",
        ),
        (
            "been drivin trucks 15 yrs, back is shot. wat else is out there for someone like me",
            "out_of_scope",
            "Better paid occupations related to Heavy and Tractor-Trailer Truck Drivers",
        ),
    ],
)
def test_a_job_told_and_what_else_it_leads_to_is_a_career_move(chat, text, intent, start):
    assert chat.say(text, intent).startswith(start)


def test_jobs_related_to_a_field_are_those_related_to_its_workers(chat):
    reply = chat.say("what careers are related to accounting", "ask_related")
    assert reply.startswith("Careers related to Accountants and Auditors (O*NET 30.1")


def test_around_here_is_where_the_person_said_they_are(chat):
    chat.say("hi! im a senior in houston", "greet")
    reply = chat.say("how much do elementary school teachers make around here", "ask_pay")
    houston = "0026420"
    assert f"in Houston-Pasadena-The Woodlands, TX: median pay {E.annual('25-2021', area=houston)}" in reply


def test_a_state_code_that_is_a_word_set_against_another_state(chat):
    reply = chat.say("pharmacist pay wa vs or", "ask_pay")
    for area in ("5300000", "4100000"):
        assert E.annual("29-1051", area=area) in reply


def test_pay_at_accounting_firms_is_that_industry_s(chat):
    chat.say("how much do accountants make working for the federal government?", "ask_pay")
    reply = chat.say("and at accounting firms?", "inform")
    assert reply.startswith(
        "Accountants and Auditors in Accounting, Tax Preparation, Bookkeeping, and Payroll Services (US): median pay "
        f"{E.industry_annual('13-2011', '541200')}"
    )


def test_future_pay_in_a_few_years_is_not_published(chat):
    chat.say("infosec analyst pay in sf", "ask_pay")
    reply = chat.say("what will they be making in like 5 years", "ask_pay")
    assert reply.startswith("BLS projects jobs, not pay, so I can't say what it will pay then")


def test_src_alone_asks_for_the_sources(chat):
    assert "names its source and period" in chat.say("src?", "greet")


def test_which_of_those_after_career_moves_narrows_them_as_a_list(chat):
    chat.say("im a CNA, want to make more but cant do 4 yrs of school. what can i move into", "ask_education")
    reply = chat.say("which of those pay the most in alabama", "ask_best_paying")
    assert reply.startswith(
        "Highest paying occupations among the better paid ones O*NET lists as related to Nursing Assistants in Alabama"
    )
    assert f"Registered Nurses: median pay {E.annual('29-1141', area=E.ALABAMA)}" in reply


def test_one_picked_from_a_list_answers_what_is_asked_and_the_list_stays_to_pick_from(chat):
    chat.say("Which healthcare support occupations are growing fastest?", "ask_list")
    listed = chat.slots["choices"]
    reply = chat.say("What is the median pay for the second one on that list?", "ask_pay")
    assert reply.startswith(f"{chat.kb.occupation(listed[1]).title} in the US: median pay")
    chat.say("the 3rd one", "choose")
    assert chat.slots["occupations"] == [listed[2]] and chat.slots["topic"] == "pay"


def test_a_title_asked_as_one_of_a_list(chat):
    chat.say("what jobs can u get w/o a degree that pay over 50k", "ask_list")
    reply = chat.say("electrician is one right? how much in atl", "ask_pay")
    assert (
        f"Electricians in Atlanta-Sandy Springs-Roswell, GA: median pay {E.annual(E.ELECTRICIANS, area='0012060')}"
        in reply
    )


def test_sorry_and_another_city_of_the_same_name_corrects_the_place(chat):
    chat.say("how much do logisticians make around columbus", "ask_pay")
    reply = chat.say("sorry, columbus georgia, my husband is stationed at fort moore", "out_of_scope")
    assert reply.startswith(f"Logisticians in Columbus, GA-AL: median pay {E.annual('13-1081', area='0017980')}")


def test_is_that_a_dying_job_asks_the_outlook_of_the_one_discussed(chat):
    chat.say("whats a medical transcriptionist make", "inform")
    reply = chat.say("is that a dying job lol", "ask_outlook")
    assert reply.startswith("Medical Transcriptionists in the US: employment is projected to change")


def test_a_title_with_a_school_level_in_it_is_a_title(chat):
    reply = chat.say("jobs similar to high school teacher?", "ask_related")
    assert "Careers related to Secondary School Teachers" in reply


def test_the_source_of_a_list_asked_in_other_words(chat):
    chat.say("which occupations will have the most openings per year over the next decade?", "ask_list")
    reply = chat.say("What is the source for the openings projections?", "nlu_fallback")
    assert "BLS Employment Projections" in reply and chat.slots["topic"] == "sources"


def test_after_what_a_move_between_two_takes_which_grows_more_compares_them(chat):
    chat.say("Would I make more as a medical assistant or a pharmacy tech?", "ask_compare")
    chat.say("which one can I get into quicker", "ask_career_move")
    reply = chat.say("and which is growing more", "ask_compare")
    assert reply.startswith("Medical Assistants grow fastest in the US")


def test_an_industry_asked_of_one_named_after_career_moves_is_not_the_list_s_field(chat):
    chat.say(
        "RN here, 7 yrs bedside and totally burnt out. what can nurses do that isnt hospital floor work",
        "ask_career_move",
    )
    reply = chat.say("how much do RNs make working for home health agencies", "ask_pay")
    assert reply.startswith(
        f"Registered Nurses in Home Health Care Services (US): median pay {E.industry_annual('29-1141', '621600')}"
    )


def test_a_field_of_the_list_shown_narrows_it_though_it_reads_as_a_title(chat):
    chat.say("which jobs use salesforce", "ask_technology")
    reply = chat.say("sales rep pay", "ask_pay")
    assert reply.startswith("Highest paying Sales and Related occupations whose workers use Salesforce software")


def test_what_an_lpn_needs_to_learn_to_become_an_rn(chat):
    reply = chat.say("what would an LPN need to learn to become an RN", "ask_career_move")
    assert reply.startswith("From Licensed Practical and Licensed Vocational Nurses to Registered Nurses:")
    assert (
        "Typical entry education: Licensed Practical and Licensed Vocational Nurses: Postsecondary nondegree award"
        in reply
    )
    assert "Registered Nurses: Bachelor's degree" in reply
    level = {
        r["O*NET-SOC Code"]: float(r["Data Value"])
        for r in E.source_rows("onet_xlsx_30x/Skills.tsv.gz", delimiter="\t")
        if r["Element Name"] == "Active Learning" and r["Scale ID"] == "LV"
    }
    assert f"Active Learning (skill): level {level['29-2061.00']:.1f} → {level['29-1141.00']:.1f} of 7" in reply


def test_the_interest_quiz_asks_six_questions_then_lists_occupations_that_fit(chat):
    hands_on = {"Fixing or building something", "Building a model or a robot", "A workshop or outdoors", "Practical"}
    reply = chat.say("take the interest quiz", "start_quiz")
    assert reply.startswith("Question 1 of 6: ")
    for _ in range(6):  # the hands-on answer where there is one (4 of 6 questions), else the first
        chat.click(next((b for b in chat.buttons if b in hands_on), chat.buttons[0]))
    reply = "\n".join(m["text"] for m in chat.replies if m["text"])
    assert reply.startswith("Your top interest areas: Realistic (hands-on, practical work with tools, machines, plants")
    assert "4 of 6" in reply and "main O*NET interest area is Realistic or " in reply
    assert "only job zone 2" in [b["payload"] for m in chat.replies for b in m.get("buttons") or []]
    assert "in O*NET Job Zone 2" in chat.say("only job zone 2", "inform")


def test_a_technology_nobody_lists_says_so(chat):
    reply = chat.say("what jobs use zorblatt", "ask_technology")
    assert reply.startswith("O*NET lists no occupation whose workers use “zorblatt” (O*NET 30.1")


def test_a_list_within_an_industry_uses_the_oews_industry_figures(chat):
    rows = E.industry_rows()
    line_items = {c for c, r in E.projections().items() if r[2] == "Line item"}
    paid = [
        (float(r["A_MEDIAN"].replace(",", "")), soc)
        for (naics, soc), r in rows.items()
        if naics == "622000" and soc in line_items and r["A_MEDIAN"].replace(",", "").replace(".", "").isdigit()
    ]
    best, soc = max(paid)
    reply = chat.say("highest paying jobs in hospitals", "ask_list")
    assert reply.startswith("Highest paying occupations in Hospitals (US) (BLS OEWS, May 2025;")
    assert f"1. {E.oews_rows()[(E.NATION, soc)]['OCC_TITLE']}: median pay {E.dollars(best)}" in reply


def test_a_place_after_an_answer_that_does_not_vary_by_place_asks_for_pay_there(chat):
    chat.say("how long does it take to become an electrician", "ask_education")
    reply = chat.say("what about in Pennsylvania?", "inform")
    assert reply.startswith(f"Electricians in Pennsylvania: median pay {E.annual('47-2111', area='4200000')}")


def test_how_much_more_than_my_own_job_compares_the_two(chat):
    reply = chat.say("I work as a pharmacy tech in Ohio. How much more would I make as a pharmacist?", "ask_pay")
    assert reply.startswith(f"Pharmacists pay more in Ohio: median {E.annual('29-1051', area='3900000')} a year")
    assert E.annual("29-2052", area="3900000") in reply


def test_which_of_those_after_a_list_changes_the_list_whatever_the_intent(chat):
    chat.say("which trades pay best in new jersey", "ask_list")
    reply = chat.say("which of those needs the least school", "ask_compare")
    assert reply.startswith("Construction and Extraction and Installation, Maintenance, and Repair occupations")
    assert "least schooling to start in New Jersey" in reply


def test_what_the_person_says_of_themselves_after_a_list_narrows_it_whatever_the_intent(chat):
    chat.say("what jobs are hiring the most in ohio", "ask_list")
    reply = chat.say("i dont have a degree btw", "goodbye")
    assert "no degree to start (up to a postsecondary certificate)" in reply and "Goodbye" not in reply
    reply = chat.say("I also love gardening and being outside.", "nlu_fallback")
    assert "Realistic" in reply and "up to a postsecondary certificate" in reply


def test_a_field_named_in_a_list_question_is_no_title_asked_back(chat):
    reply = chat.say("whats the fastest growing jobs in tech", "ask_list")
    assert reply.startswith("Fastest growing Computer and Mathematical occupations")
    reply = chat.say("which ones pay the most", "ask_list")  # the list's
    assert reply.startswith("Highest paying Computer and Mathematical occupations")
    chat.say("occupations w/ highest projected growth", "ask_list")
    assert chat.say("tech only", "inform").startswith("Fastest growing Computer and Mathematical occupations")
    chat.say("jobs without a degree in Georgia", "ask_list")
    reply = chat.say("any of those in healthcare?", "out_of_scope")  # the field, not the industry's pay
    assert reply.startswith("Highest paying Healthcare Practitioners and Technical and Healthcare Support occupations")
    reply = chat.say("Can you pull a list of occupations that require a doctoral or professional degree?", "ask_list")
    assert "doctoral or professional degree" in reply.split("\n")[0]  # no title "doctoral" asked back
    reply = chat.say("got my GED inside. what jobs pay over 45k with just a GED", "ask_compare")
    assert reply.startswith("Highest paying occupations that need at most: high school diploma")


def test_an_impossible_ceiling_shows_the_list_without_it(chat):
    reply = chat.say("jobs under $0", "ask_list")
    assert reply.startswith("No occupation in the BLS data is among the occupations paying under $0 in the US.")
    assert "Without the pay ceiling: highest paying occupations in the US" in reply


@pytest.mark.parametrize(
    "entities",
    [
        [{"entity": "place", "value": [1]}],
        [{"entity": "choice", "value": {"code": 1}}],
        [{"entity": "occupation", "value": None}],
        [{"entity": "industry", "value": 42}],
        [{"entity": "choice", "value": "x" * 5000}],
        [{"entity": "choice", "value": "99-9999.99"}],  # no such occupation
        [{"entity": "choice", "value": "quiz:Nonsense"}],  # no such interest area
        [{"value": "Texas"}],
        ["not a dict"],
    ],
)
def test_malformed_typed_entities_get_a_polite_reply_and_keep_the_conversation(chat, entities):
    chat.say("how much do nurses make in Texas", "ask_pay")
    slots = dict(chat.slots)
    assert chat.say('/choose{"place": [1]}', "choose", entities).startswith("Sorry, I didn't understand that.")
    assert chat.slots == slots and chat.events == []  # nothing lost or changed
    assert chat.say("and in Ohio?", "inform").startswith("Registered Nurses in Ohio: median pay")


def test_two_titles_in_one_message_are_not_taken_for_one_discussed_earlier(chat):
    chat.say("what do truck drivers make in Tennessee?", "ask_pay")
    chat.say("and medical lab technicians?", "inform")
    reply = chat.say("typical education for lab technicians versus lab technologists?", "ask_compare")
    assert "Truck Drivers" not in reply  # not made up to two with an occupation discussed before
    assert reply.startswith("“lab technologists” could mean several occupations. Which one do you mean?")


def test_the_industry_figure_beside_the_all_industry_one(chat):
    reply = chat.say("How does the RN median in hospitals compare with the all-industry figure?", "ask_compare")
    assert reply.startswith(f"Registered Nurses in Hospitals (US): median pay {E.industry_annual('29-1141', '622000')}")
    assert f"Across all industries:\nRegistered Nurses in the US: median pay {E.annual('29-1141')}" in reply
    chat.say("accountants and auditors employed by the federal government?", "ask_pay")
    reply = chat.say("How does that compare with the national median across all industries?", "ask_compare")
    assert E.industry_annual("13-2011", "999101") in reply and f"median pay {E.annual('13-2011')}" in reply


def test_an_industry_named_in_a_follow_up_is_not_replaced_by_the_last_one(chat):
    chat.say("In which state do nursing assistants earn the most?", "ask_best_paying")
    reply = chat.say("What is their median wage when employed in hospitals specifically?", "ask_pay")
    assert reply.startswith(
        f"Nursing Assistants in Hospitals (US): median pay {E.industry_annual('31-1131', '622000')}"
    )
    reply = chat.say("What do they make when employed by local government, nationally?", "ask_best_paying")
    assert reply.startswith("Nursing Assistants in Local Government")


def test_the_source_of_the_figures_just_given(chat):
    chat.say("median annual wage for registered nurses in Texas and Florida?", "ask_pay")
    reply = chat.say("Which survey and reference period are those wage figures from?", "ask_sources")
    assert reply.startswith("These figures come from the BLS Occupational Employment and Wage Statistics")
    assert (
        "May 2025 estimates" in reply
        and f"Registered Nurses in Florida: median pay {E.annual('29-1141', area=E.FLORIDA)}" in reply
    )
    reply = chat.say("where does your data come from?", "ask_sources")
    assert reply.startswith("Every figure I give names its source and period")  # no figures asked about: all datasets


def test_the_persons_own_job_with_words_before_the_title_is_not_asked_about(chat):
    reply = chat.say("I'm a high school career counselor. What do registered nurses make in Texas?", "ask_pay")
    assert reply.startswith("Registered Nurses in Texas") and "Counselors" not in reply


def test_the_persons_own_job_said_in_a_sentence_of_its_own_is_not_asked_about(chat):
    chat.say("sry pocket. uber driver here, whats the official pay for taxi drivers", "ask_pay")
    assert chat.slots["occupations"] == ["53-3054.00"]


def test_an_unclear_title_made_clear_by_the_words_beside_it(chat):
    chat.say("what do counselors make, the mental health kind", "ask_pay")
    assert chat.slots["occupations"] == ["21-1014.00"]


def test_what_the_person_drives_now_is_their_own_job(chat):
    chat.say("Hi. I drive taxi 10 year in my country. In Chicago I want drive the city bus. How much?", "ask_pay")
    assert [c[:10] for c in chat.slots["occupations"]] == ["53-3052.00"]


def test_around_here_is_the_place_said_before(chat):
    chat.say("what do welders make in Michigan", "ask_pay")
    chat.say("What do electricians make around here?", "ask_pay")
    assert chat.slots["places"] == ["Michigan"]


def test_a_list_asked_by_someone_who_says_their_job_first(chat):
    chat.say(
        "I'm a high school counselor putting together a careers unit. Which healthcare careers grow the fastest?",
        "ask_related",
    )
    assert chat.slots["topic"] == "list"


def test_an_industry_after_what_if_is_asked_about(chat):
    chat.say("What if I work for the federal government as a civilian? Do accountants make more there?", "ask_pay")
    assert chat.slots["industries"] == ["999101"]


def test_a_question_read_as_goodbye_with_no_farewell_in_it_is_answered(chat):
    chat.say("what do bus drivers make", "ask_pay")
    chat.say("This work have future or no?", "goodbye")
    assert chat.slots["topic"] == "outlook"


def test_thanks_with_nothing_asked_is_thanks_whatever_the_guess(chat):
    chat.say("what do plumbers make", "ask_pay")
    before = dict(chat.slots)
    chat.say("Thank you very much for help.", "ask_pay")
    assert [m.get("response") for m in chat.replies] == ["utter_thanks"] and chat.slots == before


def test_a_choice_typed_as_a_word_of_its_title(chat):
    chat.say("engineer pay", "ask_pay")
    reply = chat.say("mechanical", "inform")
    assert reply.startswith(f"Mechanical Engineers in the US: median pay {E.annual('17-2141')}")
    reply = chat.say("vs electrical", "ask_compare")  # the title's last word is understood
    assert {c[:7] for c in chat.slots["occupations"]} == {"17-2141", "17-2071"}
    reply = chat.say("the mechanical one", "ask_skills")  # picks one of the two; the question as before
    assert chat.slots["occupations"] == ["17-2141.00"] and chat.slots["topic"] == "pay"


def test_a_level_said_alone_after_teachers_is_its_teachers(chat):
    chat.say("Elementary vs high school teacher salary in New Jersey?", "ask_compare")
    reply = chat.say("what about middle school", "inform")  # "school" is also a question's word
    assert reply.startswith("Middle School Teachers, Except Special and Career/Technical Education in New Jersey:")
    reply = chat.say("kindergarten?", "ask_demographics")  # the classifier's guess
    assert reply.startswith("Kindergarten Teachers, Except Special Education in New Jersey: median pay")


def test_an_occupation_set_aside_is_not_asked_about(chat):
    reply = chat.say("what can u actually do w a psychology degree besides be a therapist", "ask_majors")
    assert reply.startswith("Occupations the program Psychology, General (CIP 42.0101) prepares for")
    reply = chat.say("What careers use AutoCAD besides architect?", "ask_list")
    assert reply.startswith("Occupations whose workers use Autodesk AutoCAD")
    reply = chat.say("my roommate's a chem major, what's out there for her", "out_of_scope")  # the classifier's guess
    assert reply.startswith("Occupations the program Chemistry")


def test_a_technology_said_alone_after_another_is_its_users(chat):
    chat.say("which jobs use python", "ask_technology")
    assert chat.say("SQL?", "nlu_fallback").startswith("Occupations whose workers use Structured query language SQL")
    assert chat.say("what about R", "inform").startswith("Occupations whose workers use R,")
    assert chat.say("hubspot?", "capabilities").startswith("Occupations whose workers use HubSpot software")


def test_starting_pay_is_said_to_be_unpublished_and_a_place_compared_is_added(chat):
    reply = chat.say("whats the starting pay for a dental hygienist in florida", "ask_pay")
    assert reply.startswith("BLS publishes no starting or entry-level pay") and "Dental Hygienists in Florida" in reply
    reply = chat.say("ok is it better in georgia", "out_of_scope")  # the classifier's guess
    assert "Dental Hygienists earn more in Georgia" in reply and E.annual("29-1292", area=E.FLORIDA) in reply
    reply = chat.say("and how much less does a dental assistant get in FL", "ask_pay")
    assert reply.startswith("Dental Hygienists pay more in Florida")  # the two compared
    chat.say("what do truck drivers make", "ask_pay")
    reply = chat.say("in Illinois is more money?", "inform")  # beside the nation's
    assert "in Illinois" in reply and "in the US" in reply and "earn more" in reply


def test_a_place_added_to_those_compared_and_the_nation_beside_one(chat):
    chat.say("welder pay LA vs houston", "ask_compare")
    reply = chat.say("add louisiana", "ask_pay")
    assert "in Los Angeles-Long Beach-Anaheim, CA: median pay" in reply and "in Louisiana: median pay" in reply
    assert "Welders, Cutters, Solderers, and Brazers earn more in Louisiana" in reply
    chat.say("hvac techs in denver", "ask_pay")
    reply = chat.say("vs the national number", "ask_pay")
    assert "in Denver-Aurora-Centennial, CO: median pay" in reply and "in the US: median pay" in reply


def test_pay_in_the_future_is_said_unpublished_and_todays_given(chat):
    reply = chat.say("What will SLPs be earning by 2030?", "ask_outlook")  # the classifier's guess
    assert reply.startswith("BLS projects jobs, not pay, so I can't say what it will pay then")
    assert f"Speech-Language Pathologists in the US: median pay {E.annual('29-1127')} a year" in reply
    reply = chat.say("self driving trucks gonna kill this job for truckers?", "nlu_fallback")
    assert reply.startswith("Heavy and Tractor-Trailer Truck Drivers in the US: employment is projected")


def test_schooling_asked_in_other_words_of_the_occupation_discussed(chat):
    chat.say("diesel mechanics pay in texas", "ask_pay")
    reply = chat.say("do i need some kind of cert or can i just get hired", "ask_list")  # the classifier's guess
    assert reply.startswith("Bus and Truck Mechanics and Diesel Engine Specialists:\n• Typical entry education")
    chat.say("what do technical writers do", "ask_duties")
    assert chat.say("need a specific degree?", "ask_education").startswith("Technical Writers:\n• Typical entry")
    chat.say("how much do software developers make", "ask_pay")
    reply = chat.say("what should i major in for that", "ask_majors")
    assert reply.startswith("Software Developers:\n• Typical entry education") and "Majors that lead there" in reply
    assert chat.say("welding cert how long", "ask_education").startswith("Welders, Cutters, Solderers, and Brazers:")


def test_the_end_of_a_title_discussed_means_that_occupation(chat):
    chat.say("how do you become an air traffic controller", "ask_education")
    reply = chat.say("are they hiring more controllers or is it flat", "ask_compare")  # the classifier's guess
    assert reply.startswith("Air Traffic Controllers in the US: employment is projected")  # not Treasurers and ...
    chat.say("actors vs musicians hourly", "ask_compare")
    chat.say("how do you become an air traffic controller", "ask_education")
    reply = chat.say("are they hiring more controllers or is it flat", "ask_compare")  # no musicians beside them
    assert reply.startswith("Air Traffic Controllers in the US: employment is projected")


def test_typos_and_chat_spellings_of_question_words_ask_what_they_would_spelt_right(chat):
    chat.say("actors vs musicians hourly", "ask_compare")
    chat.say("how do u becom an air trafic controller", "ask_education")
    reply = chat.say("are they hirin more controllers or is it flat", "ask_compare")  # the classifier's guess
    assert reply.startswith("Air Traffic Controllers in the US: employment is projected")  # no musicians
    chat.say("hvac tech pay in denver", "ask_pay")
    reply = chat.say("vs the natinal number", "inform")
    assert "Installers in the US: median pay" in reply
    reply = chat.say("wich state pays welders the most", "ask_pay")
    assert reply.startswith("Where Welders, Cutters, Solderers, and Brazers earn the most")


def test_a_job_and_place_told_first_are_context_for_the_two_compared_after(chat):
    reply = chat.say("laid off swe 6 yoe seattle. how does infosec pay vs data science here", "ask_compare")
    median = E.annual("15-2051", area="0042660")
    assert reply.startswith(f"Data Scientists pay more in Seattle-Tacoma-Bellevue, WA: median {median}")
    assert "Software" not in reply  # the job held, not asked
    said = "dental assistant in salt lake, 4 yrs. xray tech vs sonographer, which pays more here"
    reply = chat.say(said, "ask_compare")
    assert reply.startswith("Diagnostic Medical Sonographers pay more in Salt Lake City-Murray, UT")
    assert E.annual("29-2032", area="0041620") in reply and "Dental" not in reply


def test_an_age_before_ones_job_keeps_it_the_job_held(chat):
    said = "im 22 and a cashier at meijer, want to get into a trade. thinking hvac or electrician. how long is training"
    reply = chat.say(said, "ask_education")
    assert "Cashiers" not in reply and "Electricians:" in reply
    reply = chat.say("the 2nd one what does it pay in michigan", "ask_pay")
    assert reply.startswith(f"Electricians in Michigan: median pay {E.annual('47-2111', area='2600000')}")


def test_the_place_goes_on_with_the_occupation_discussed_and_after_and(chat):
    chat.say("been a laborer on sites in denver for 7 yrs. what do construction managers make here", "ask_pay")
    chat.say("what about building inspectors", "inform")  # their schooling, national
    reply = chat.say("pay for inspectors?", "ask_pay")
    assert reply.startswith("Construction and Building Inspectors in Denver-Aurora-Centennial, CO: median pay")
    chat.say("What do graphic designers make around Chicago?", "ask_pay")
    reply = chat.say("and how much do electricians earn?", "ask_pay")  # after an answer there
    assert reply.startswith("Electricians in Chicago-Naperville-Elgin, IL-IN: median pay")
    chat.say("Is electrical work a shrinking field?", "ask_outlook")
    reply = chat.say("and how much do art directors earn?", "ask_pay")  # after a national answer
    assert reply.startswith("Art Directors in the US: median pay")


def test_my_job_now_is_the_job_told_earlier_and_it_after_is_the_one_considered(chat):
    chat.say("auto tech in iowa, 9 yrs. heard wind turbine techs make good money, do they?", "ask_pay")
    chat.say("what about lineman", "inform")
    chat.say("growth on the wind one?", "ask_outlook")
    chat.say("is it growing in iowa specifically tho", "ask_outlook")
    chat.say("what about pay in des moines", "ask_pay")  # five messages later, among a hundred events
    reply = chat.say("how does lineman pay compare to my job now", "ask_compare")
    assert reply.startswith("Electrical Power-Line Installers and Repairers pay more in Des Moines-West Des Moines")
    assert f"vs {E.annual('49-3023', area='0019780')}" in reply and "for Automotive Service Technicians" in reply
    reply = chat.say("how do i get into it", "ask_education")
    assert reply.startswith("Electrical Power-Line Installers and Repairers:") and "Automotive" not in reply
    reply = chat.say("are they hirin more or is it flat", "ask_compare")  # found in the widget
    assert reply.startswith("Electrical Power-Line Installers and Repairers in the US: employment is projected")


def test_my_job_with_no_job_told_asks_which(chat):
    chat.say("Hi there. What jobs pay over 60k without a degree?", "ask_list")  # two sentences, no title
    reply = chat.say("vs my job now?", "ask_compare")
    assert "Which occupation" in reply or "name another occupation" in reply


def test_one_employer_compared_is_owned_up_to_and_the_pay_there_given(chat):
    chat.say("what do pharmacists make in charlotte", "ask_pay")
    reply = chat.say("does cvs pay pharmacists more than walgreens", "ask_compare")
    assert reply.startswith("BLS publishes pay by occupation and place, not by employer, so I can't say what CVS pays")
    assert "Pharmacists in Charlotte-Concord-Gastonia, NC-SC: median pay" in reply
    reply = chat.say("do hospitals pay more", "ask_compare")  # an industry, not an employer
    assert "not by employer" not in reply and "Hospitals" in reply


def test_education_shares_left_after_suppression_are_not_shown_as_what_workers_say(chat):
    reply = chat.say("how long is school for a school counselor", "ask_education")
    assert "What workers say is required: too few reliable figures (O*NET 30.1" in reply
    assert "3% Associate's" not in reply and "Master's degree" in reply  # BLS's entry level still given


def test_a_verb_after_keeps_is_no_title(kb):
    said = "Should my son major in computer science? Everyone keeps telling me AI will write all the code."
    assert [m.text for m in kb.mentions(said)] == []  # no Tellers


def test_ones_own_job_said_in_passing_is_not_compared_with_places(chat):
    reply = chat.say("Tech recruiter here. Median data scientist comp, Seattle vs Austin?", "ask_compare")
    assert reply.startswith("Data Scientists in Seattle-Tacoma-Bellevue, WA: median pay")
    assert "Human Resources" not in reply


def test_a_field_someone_wants_is_its_workers(chat):
    said = "My twins: one wants nursing, the other physical therapy. Long term, which of the two pays better?"
    reply = chat.say(said, "ask_compare")
    assert reply.startswith("Physical Therapists pay more in the US") and "for Registered Nurses" in reply


def test_school_needed_is_no_technology(chat):
    chat.say("what do hotel desk clerks make", "ask_pay")
    assert chat.say("Need school for this?", "ask_technology").startswith("Hotel, Motel, and Resort Desk Clerks:\n")
    chat.say("what do interpreters make in el paso", "ask_pay")
    reply = chat.say("do you need a degree para eso", "ask_technology")  # no ESO-MIDAS users
    assert reply.startswith("Interpreters and Translators:\n• Typical entry education")


def test_the_top_end_of_pay_is_its_90th_percentile(chat):
    chat.say("what do film editors make in nashville", "ask_pay")
    reply = chat.say("whats the top end look like", "capabilities")  # the classifier's guess
    assert "The top 10% (90th percentile) of Film and Video Editors in Nashville" in reply
    reply = chat.say("thats lower than i thought, whats it for the whole country", "ask_pay")
    assert reply.startswith("Film and Video Editors in the US: median pay")


def test_where_the_data_comes_from_read_as_capabilities(chat):
    chat.say("what do film editors make", "ask_pay")
    chat.say("Where does your wage data come from?", "capabilities")
    assert chat.slots["topic"] == "sources"


def test_work_growing_is_no_grower_and_one_bridging_to_another_compares_them(chat):
    reply = chat.say("is LPN work growing or shrinking", "ask_outlook")
    assert reply.startswith("Licensed Practical and Licensed Vocational Nurses in the US: employment is projected")
    assert "Grower" not in reply
    said = "I'm an LPN in Kentucky thinking about bridging to RN. How much more do RNs make here?"
    reply = chat.say(said, "ask_pay")
    assert reply.startswith("Registered Nurses pay more in Kentucky") and "Licensed Practical" in reply
    reply = chat.say("is locksmithing even a real career lol", "ask_overview")
    assert reply.startswith("Locksmiths and Safe Repairers")


def test_an_industry_typed_with_a_slash(chat):
    reply = chat.say("software developer pay in finance/insurance", "ask_pay")
    assert reply.startswith("Software Developers in Finance and Insurance (US): median pay")


def test_one_occupation_here_compared_with_the_nation_is_its_pay_in_both(chat):
    chat.say("What is the typical entry-level education for librarians?", "ask_education")
    reply = chat.say("How do librarian wages in Ohio compare with the national median?", "ask_compare")
    assert "Librarians and Media Collections Specialists earn more in the US" in reply
    assert chat.slots["topic"] == "pay"


def test_an_industry_named_alone_after_pay_in_another_is_pay_there(chat):
    chat.say("Do RNs make more working in a hospital? what's the median there", "ask_pay")
    reply = chat.say("and nursing homes?", "ask_demographics")  # the classifier's guess
    assert reply.startswith("Registered Nurses in Nursing Care Facilities")
    reply = chat.say("home health?", "out_of_scope")  # not Home Health Aides
    assert reply.startswith("Registered Nurses in Home Health Care Services")


@pytest.mark.parametrize(
    "text, intent, starts",
    [
        ("How many weeks is the course usually?", "ask_pay", "Nursing Assistants:\n• Typical entry education"),
        ("what does a CNA need to get hired", "ask_overview", "Nursing Assistants:\n• Typical entry education"),
        ("what's the actual work like", "ask_overview", "Nursing Assistants: Provide"),
        ("is she going to be way older than everyone else", "ask_overview", "Nursing Assistants: median age"),
        ("how much math is involved honestly", "ask_pay", "What Nursing Assistants need most"),
        ("i heard hospitals are phasing out CNAs, true?", "ask_overview", "Nursing Assistants in the US: employment"),
        ("are robots going to take these jobs?", "ask_overview", "Nursing Assistants in the US: employment"),
    ],
)
def test_the_words_of_a_question_tell_its_kind(chat, text, intent, starts):
    chat.say("what do CNAs make", "ask_pay")
    assert chat.say(text, intent).startswith(starts)


def test_a_digit_is_an_ordinal_only_as_one(chat):
    chat.say("whats the diff between a PA and a nurse practitioner", "ask_compare")
    chat.say("which 1 pays more", "ask_compare")
    assert {c[:7] for c in chat.slots["occupations"]} == {"29-1071", "29-1171"}
    chat.say("Tell me more about the second one.", "ask_overview")
    assert chat.slots["occupations"] == ["29-1171.00"]


def test_there_is_the_place_asked_before(chat):
    chat.say("How much do surgical technologists make in North Carolina?", "ask_pay")
    reply = chat.say("Also, what about medical coding? What does that pay there?", "ask_pay")
    assert f"Medical Records Specialists in North Carolina: median pay {E.annual('29-2072', area='3700000')}" in reply


def test_which_of_those_discussed_is_no_list_of_all(chat):
    chat.say("lpn vs cna pay tx", "ask_compare")
    chat.say("and rns", "inform")
    chat.say("add lpns and cnas", "ask_compare")
    reply = chat.say("which grows fastest", "ask_list")  # the three, not all occupations
    assert chat.slots["topic"] == "outlook" and len(chat.slots["occupations"]) == 3
    assert "not for Texas" not in reply  # a place carried from before, not asked now, goes unsaid
    chat.say("which pays more, a database administrator or a network architect?", "ask_compare")
    chat.say("pay cali both", "ask_list")
    assert chat.slots["topic"] == "compare" and chat.slots["places"] == ["California"]


def test_the_same_places_named_in_other_words(chat):
    chat.say("nurse pay in seattle and denver", "ask_pay")
    reply = chat.say("How about information security analysts in the same two metros?", "ask_pay")
    assert "Information Security Analysts in Seattle-Tacoma-Bellevue, WA" in reply
    assert "Information Security Analysts in Denver-Aurora-Centennial, CO" in reply


def test_asking_for_bls_figures_is_no_question_about_sources(chat):
    chat.say("customer support technician vs technical support technician", "ask_compare")
    chat.say("What are the current BLS median wages for them, nationally and in Georgia?", "ask_sources")
    assert chat.slots["topic"] != "sources" and chat.slots["places"] == ["Georgia", "United States"]


def test_a_word_the_titles_after_it_spell_out_is_not_asked_about(chat):
    chat.say("Now the assistants: OT assistants versus PT assistants, same comparison please.", "ask_compare")
    assert {c[:7] for c in chat.slots["occupations"]} == {"31-2011", "31-2021"}
    chat.say("compare nurses and nurse practitioners", "ask_compare")  # a sure title stays
    assert {c[:7] for c in chat.slots["occupations"]} == {"29-1141", "29-1171"}


def test_the_question_of_the_last_sentence(chat):
    reply = chat.say(
        "Let's look at zoologists and wildlife biologists. What's the typical entry education?", "ask_overview"
    )
    assert chat.slots["topic"] == "education" and "Typical entry education" in reply


def test_a_comparison_asked_on_pay_and_growth_is_a_comparison(chat):
    chat.say(
        "Could you compare occupational therapists and physical therapists on median pay and growth?", "ask_compare"
    )
    assert chat.slots["topic"] == "compare"


def test_how_much_more_with_the_persons_own_job_named_too(chat):
    reply = chat.say(
        "I've been an ER nurse for years and may become a nurse practitioner. How much more do NPs make than RNs?",
        "ask_education",
    )
    assert chat.slots["topic"] == "compare" and E.annual("29-1171") in reply and E.annual("29-1141") in reply


def test_the_source_asked_in_slang(chat):
    chat.say("how much do graphic designers make", "ask_pay")
    reply = chat.say("where did u get those numbers", "ask_sources")
    assert reply.startswith("These figures come from the BLS Occupational Employment and Wage Statistics")


def test_two_places_named_replace_the_one_before(chat):
    chat.say("elctrician slary flordia", "ask_pay")
    chat.say("MN vs WI", "inform")
    assert chat.slots["places"] == ["Minnesota", "Wisconsin"]
    reply = chat.say("hrly", "nlu_fallback")  # the pay again, hourly figures included
    assert chat.slots["topic"] == "pay" and E.hourly("47-2111", area="2700000") in reply


def test_places_compared_with_the_one_before(chat):
    chat.say("software developer pay in seattle", "ask_pay")
    chat.say("Compare that with Austin and Denver.", "ask_compare")
    assert len(chat.slots["places"]) == 3 and chat.slots["places"][0].startswith("Seattle")


def test_the_fastest_growing_jobs_overall_are_a_list(chat):
    chat.say("fastest growing jobs overall?", "ask_best_paying")
    assert chat.slots["topic"] == "list"


def test_a_long_message_asks_the_question_of_its_last_sentence(chat):
    chat.say(
        "I'm a welder with six years in and my family wants to move. What do welders make in Denver?", "ask_related"
    )
    assert chat.slots["topic"] == "pay" and chat.slots["places"] == ["Denver-Aurora-Centennial, CO"]
    chat.say("I earn 40k now. What jobs pay more without a degree?", "ask_list")  # a list stays a list
    assert chat.slots["topic"] == "list"


def test_a_question_about_them_is_no_list_of_all_jobs(chat):
    chat.say("what do paralegals do", "ask_duties")
    chat.say("Are most of them women? Just curious who does this work.", "ask_list")
    assert chat.slots["topic"] == "demographics"
    chat.say("What's the most common degree people in that job have?", "ask_list")
    assert chat.slots["topic"] == "education"
    chat.say("which jobs pay the most in healthcare", "ask_list")  # a list question stays one
    assert chat.slots["topic"] == "list"


def test_same_question_for_another_in_an_industry_named_in_parentheses(chat):
    chat.say("What do home health aides make in hospitals?", "ask_pay")
    reply = chat.say("Same question for nursing assistants in skilled nursing facilities.", "ask_skills")
    nursing_homes = E.industry_annual("31-1131", "623100")
    assert reply.startswith("Nursing Assistants in Nursing Care Facilities (Skilled Nursing Facilities) (US)")
    assert f"median pay {nursing_homes}" in reply


def test_a_title_with_and_in_it(chat):
    chat.say("tell me about zoologists and wildlife biologists", "ask_overview")
    chat.say("Compare their pay with environmental scientists and specialists.", "ask_compare")
    assert {c[:7] for c in chat.slots["occupations"]} == {"19-1023", "19-2041"}


def test_a_comparison_on_several_aspects_gets_all_of_them(chat):
    reply = chat.say("compare electricians and plumbers on pay, job growth and the schooling needed", "ask_compare")
    assert E.annual(E.ELECTRICIANS) in reply and E.annual(E.PLUMBERS) in reply
    assert "Side by side, in the US:" in reply and "entry education" in reply


def test_a_comparison_asks_what_its_last_sentence_asks(chat):
    reply = chat.say(
        "I might go back to school next year. How much more do electricians make than plumbers?", "ask_compare"
    )
    assert E.annual(E.ELECTRICIANS) in reply and E.annual(E.PLUMBERS) in reply
    assert "Typical education to start" not in reply


def test_what_about_another_one_how_do_they_compare(chat):
    chat.say("what do plumbers make", "ask_pay")
    reply = chat.say("What about electricians? How do they compare?", "ask_compare")
    assert {c.split("|")[0][:7] for c in chat.slots["occupations"]} == {E.PLUMBERS, E.ELECTRICIANS}
    assert E.annual(E.PLUMBERS) in reply and E.annual(E.ELECTRICIANS) in reply


def test_compared_with_another_in_the_same_places(chat):
    chat.say("plumber pay in texas and florida", "ask_pay")
    reply = chat.say("How does that compare with electricians in the same two states?", "ask_compare")
    assert len(chat.slots["occupations"]) == 2
    for area in (E.TEXAS, E.FLORIDA):
        assert E.annual(E.PLUMBERS, area=area) in reply and E.annual(E.ELECTRICIANS, area=area) in reply


def test_which_states_pay_them_most_is_about_the_last_one(chat):
    chat.say("electricians vs plumbers vs carpenters", "ask_compare")
    chat.say("what do plumbers do all day", "ask_duties")
    reply = chat.say("Which states pay them the most?", "ask_best_paying")
    assert chat.slots["topic"] == "best_paying" and [c[:7] for c in chat.slots["occupations"]] == [E.PLUMBERS]
    assert E.top_state(E.PLUMBERS)[0] in reply


def test_a_question_not_understood_asked_by_its_words(chat):
    chat.say("electricians in texas", "ask_pay")
    chat.say("What software and technology tools show up most for electricians?", "nlu_fallback")
    assert chat.slots["topic"] == "skills"


def test_the_source_of_one_occupations_figures_after_a_list(chat):
    chat.say("what do plumbers make", "ask_pay")
    chat.say("highest paying construction jobs", "ask_list")
    reply = chat.say("where are the electrician numbers from?", "ask_sources")
    assert chat.slots["topic"] == "pay" and E.annual(E.ELECTRICIANS) in reply and "Occupational Employment" in reply


def test_and_among_another_occupation_asks_the_same(chat):
    chat.say("what share of electricians are women", "ask_demographics")
    chat.say("And among plumbers?", "ask_outlook")
    assert chat.slots["topic"] == "demographics" and chat.slots["occupations"][0][:7] == E.PLUMBERS


def test_will_there_be_jobs_for_that_asks_the_outlook(chat):
    chat.say("what do plumbers make", "ask_pay")
    reply = chat.say("will there even be jobs for that in like 5 yrs", "ask_list")
    assert chat.slots["topic"] == "outlook" and "Plumbers, Pipefitters, and Steamfitters in the US: employment" in reply


def test_a_job_described_by_how_it_is_done_is_a_list(chat):
    chat.say("what do plumbers make", "ask_pay")
    chat.say("I want a quieter job where I can work by myself. Any ideas?", "ask_demographics")
    assert chat.slots["topic"] == "list"


def test_schooling_asked_in_the_last_sentence(chat):
    chat.say("My desk job bores me. Could I become a plumber, and how much schooling would that take?", "ask_pay")
    assert chat.slots["topic"] == "education"


def test_in_which_state_is_where_it_pays_best(chat):
    reply = chat.say("In which state do plumbers earn the highest median wage?", "ask_pay")
    assert chat.slots["topic"] == "best_paying" and E.top_state(E.PLUMBERS)[0] in reply


def test_an_interest_area_named_is_its_list_not_the_quiz(chat):
    reply = chat.say("which careers fit someone strong on the Artistic holland code?", "start_quiz")
    assert chat.slots["topic"] == "list" and "Artistic" in reply


def test_how_do_both_compare_to_my_job(chat):
    chat.say("what do plumbers make", "ask_pay")
    chat.say("and electricians", "inform")
    reply = chat.say("how do both compare to what I make as a carpenter in Texas?", "ask_compare")
    assert len(chat.slots["occupations"]) == 3
    for code in (E.PLUMBERS, E.ELECTRICIANS, "47-2031"):
        assert E.annual(code, area=E.TEXAS) in reply


def test_is_that_the_same_as_another_asks_what_it_is(chat):
    chat.say("what do logisticians make", "ask_pay")
    chat.say("Is that the same thing as a supply chain manager?", "inform")
    assert chat.slots["topic"] == "overview"


def test_a_correction_replaces_the_one_not_meant(chat):
    chat.say("what do dietitians make", "ask_pay")
    chat.say("how does that compare with cooks", "ask_compare")
    reply = chat.say("Sorry, I meant compared to bakers, not cooks. I bake for a living.", "ask_compare")
    assert {c[:7] for c in chat.slots["occupations"]} == {"29-1031", "51-3011"}
    assert E.annual("51-3011") in reply and E.annual("29-1031") in reply


def test_a_program_said_before_the_question_is_no_majors_question(chat):
    chat.say("what does an instructional coordinator do", "ask_duties")
    chat.say("I already have a bachelor's in psychology. Is that usually enough schooling?", "ask_education")
    assert chat.slots["topic"] == "education"


def test_a_place_in_a_message_not_understood_asks_the_last_question_there(chat):
    chat.say("what do plumbers make in texas", "ask_pay")
    reply = chat.say("we'd likely end up near Denver, so what about that area?", "nlu_fallback")
    assert chat.slots["topic"] == "pay" and E.annual(E.PLUMBERS, area=E.DENVER) in reply


def test_what_is_that_job_really_asks_what_it_is(chat):
    chat.say(
        "I've worked retail for years and I like science. Could I become a pharmacist, and what is that job really?",
        "ask_education",
    )
    assert chat.slots["topic"] == "overview"
    chat.say("what is the job outlook for them", "ask_outlook")
    assert chat.slots["topic"] == "outlook"


def test_a_place_said_not_to_be_meant_is_left_out(chat):
    chat.say("what do plumbers make in Texas", "ask_pay")
    reply = chat.say("sorry, I meant Denver, not Texas", "inform")
    assert chat.slots["places"] == ["Denver-Aurora-Centennial, CO"] and E.annual(E.PLUMBERS, area=E.DENVER) in reply


def test_who_the_person_is_is_not_what_they_ask_about(chat):
    chat.say("Army medic here, out in the spring. how much do paramedics make?", "ask_pay")
    assert [c[:7] for c in chat.slots["occupations"]] == ["29-2043"]
    chat.say("I've been a retail cashier for years. Would I earn more as a bookkeeper than I do now?", "ask_compare")
    assert {c[:7] for c in chat.slots["occupations"]} == {"41-2011", "43-3031"}


def test_the_civil_ones_after_mechanical_engineers(chat):
    chat.say("how fast are mechanical engineer jobs growing", "ask_outlook")
    chat.say("and for the civil ones?", "inform")
    assert [c[:7] for c in chat.slots["occupations"]] == ["17-2051"]


def test_where_the_person_works_now_is_no_industry_asked(chat):
    reply = chat.say("I work in a hospital and I'm tired of it. What do electricians make?", "ask_pay")
    assert (
        not chat.slots.get("industries") and f"Electricians in the US: median pay {E.annual(E.ELECTRICIANS)}" in reply
    )


def test_out_of_scope_is_said_and_changes_nothing(chat):
    chat.say("what do plumbers make", "ask_pay")
    before = dict(chat.slots)
    chat.say("can you order me a pizza", "out_of_scope")
    assert [m.get("response") for m in chat.replies] == ["utter_out_of_scope"] and chat.slots == before


def test_a_career_question_the_classifier_put_out_of_scope_is_answered(chat):
    reply = chat.say(
        "I've run a bakery for years and I'm done with 4am starts. "
        "What does a welder earn, and how long is the training?",
        "out_of_scope",
    )
    assert chat.slots["topic"] == "pay" and E.annual("51-4121") in reply and "Typical entry education" in reply
    chat.say("please also give the projected change in employment", "out_of_scope")
    assert chat.slots["topic"] == "outlook"
    chat.say("hmm, in Denver, not Texas I mean", "out_of_scope")
    assert chat.slots["places"] == ["Denver-Aurora-Centennial, CO"]


@pytest.mark.parametrize(
    "text, intent, response",
    [
        ("hey there", "greet", "utter_greet"),
        ("hi, I'm a nurse", "greet", "utter_greet"),
        ("ok bye", "goodbye", "utter_goodbye"),
        ("Thanks, have a good one.", "goodbye", "utter_thanks_goodbye"),  # thanked, and taking leave
        ("thank you, have a nice day", "thanks", "utter_thanks_goodbye"),
        ("ok thanks, signing off", "goodbye", "utter_thanks_goodbye"),
        ("thanks, that's the pay I needed", "thanks", "utter_thanks"),
        ("Thank you so much, this gives me a place to start.", "nlu_fallback", "utter_thanks"),
        ("r u a bot", "bot_challenge", "utter_bot_challenge"),
        ("what can you do?", "capabilities", "utter_capabilities"),
        ("Thank you for your help.", "capabilities", "utter_thanks"),
        ("Thanks for being straight with me.", "goodbye", "utter_thanks"),  # no farewell in it
        ("thx man", "nlu_fallback", "utter_thanks"),  # "thx man" guessed as a title
        ("thx man", "thanks", "utter_thanks"),
        ("Can you write a job description for a phlebotomist for me?", "ask_duties", "utter_out_of_scope"),
        ("Could you draft a job posting for the machinist opening?", "ask_outlook", "utter_out_of_scope"),
        ("can you pull up job openings near me", "ask_list", "utter_out_of_scope"),
        ("ok ty, lots to think about", "out_of_scope", "utter_thanks"),
        ("thanks, but what's the weather like", "out_of_scope", "utter_out_of_scope"),
        ("tell me an actuary joke", "out_of_scope", "utter_out_of_scope"),  # though it names one
    ],
)
def test_small_talk_is_answered_with_its_response_and_changes_nothing(chat, text, intent, response):
    chat.say("what do plumbers make", "ask_pay")
    before = dict(chat.slots)
    chat.say(text, intent)
    assert [m.get("response") for m in chat.replies] == [response] and chat.slots == before


def test_a_place_opening_a_short_message_goes_on_with_the_last_question(chat):
    chat.say("what does an HVAC tech make in Phoenix", "ask_pay")
    reply = chat.say("tucson just for kicks", "thanks")  # the classifier's guess
    assert "Heating, Air Conditioning, and Refrigeration Mechanics and Installers in Tucson, AZ: median pay" in reply
    chat.say("CNA vs medical assistant, which one makes more money in california", "ask_compare")
    assert "pay more in Los Angeles-Long Beach-Anaheim, CA" in chat.say("LA?", "goodbye")
    chat.say("is it gonna rain in nyc tmrw", "out_of_scope")
    assert [m.get("response") for m in chat.replies] == ["utter_out_of_scope"]


def test_the_question_after_sentences_that_ask_nothing_is_the_one_answered(chat):
    text = (
        "My son is graduating in May and wants to go to welding school, his best friend is doing HVAC. "
        "Which of those two pays better here in Ohio?"
    )
    reply = chat.say(text, "out_of_scope")  # the classifier's guess
    assert "Welders, Cutters, Solderers, and Brazers in Ohio: median pay" in reply and "Typical entry" not in reply
    assert chat.slots["places"] == ["Ohio"]  # a question about two jobs in one place, not about two places
    reply = chat.say("vegas pays more or less?", "ask_compare")  # beside the last place
    assert "pay more in Ohio" in reply and "pay more in Las Vegas-Henderson-North Las Vegas, NV" in reply
    chat.say("CNA vs medical assistant, which one makes more money", "ask_compare")
    reply = chat.say("in Illinois is more money?", "inform")  # beside the nation
    assert "pay more in the US" in reply and "pay more in Illinois" in reply


def test_a_question_the_classifier_took_for_small_talk_is_answered(chat):
    chat.say("what do plumbers make", "ask_pay")
    reply = chat.say("vs electricians", "goodbye")
    assert E.annual(E.ELECTRICIANS) in reply and E.annual(E.PLUMBERS) in reply
    reply = chat.say("hi! what do welders make?", "greet")
    assert chat.slots["topic"] == "pay" and E.annual("51-4121") in reply
    chat.say("My client is very detail-oriented and likes to work alone. Which occupations might suit her?", "goodbye")
    assert chat.slots["topic"] == "list" and '"style": "Attention to Detail"' in chat.slots["list"]


def test_the_question_sentence_names_what_is_asked(chat):
    chat.say("My son wants to be a welder someday. What do plumbers make in Texas?", "ask_pay")
    assert [c[:7] for c in chat.slots["occupations"]] == [E.PLUMBERS]


def test_a_place_follow_up_in_other_words(chat):
    chat.say("what do plumbers make", "ask_pay")
    reply = chat.say("wat about down in texas", "inform")
    assert E.annual(E.PLUMBERS, area=E.TEXAS) in reply
    reply = chat.say("What would that look like in Florida?", "ask_duties")
    assert chat.slots["topic"] == "pay" and E.annual(E.PLUMBERS, area=E.FLORIDA) in reply


def test_the_last_sentence_asks_pay_though_the_story_is_a_career_move(chat):
    chat.say("Leaving the Army after years as a combat medic. What do paramedics make in Texas?", "ask_career_move")
    assert chat.slots["topic"] == "pay" and [c[:7] for c in chat.slots["occupations"]] == ["29-2043"]


def test_a_comparison_of_one_occupation_answers_it_and_asks_for_another(chat):
    reply = chat.say("im in plumbing school rn, what do electricians make in texas", "ask_compare")
    assert chat.slots["topic"] == "pay" and E.annual(E.ELECTRICIANS, area=E.TEXAS) in reply  # no comparison asked
    reply = chat.say("compare electricians", "ask_compare")  # the place carries on
    assert E.annual(E.ELECTRICIANS, area=E.TEXAS) in reply and "To compare, name another occupation" in reply


def test_pay_and_how_long_it_takes_to_train(chat):
    reply = chat.say("what does a plumber earn, and how long does it take to train?", "ask_pay")
    assert E.annual(E.PLUMBERS) in reply and "Typical entry education" in reply


def test_the_words_of_a_question_beat_a_misread_intent(chat):
    chat.say("what do actuaries make", "ask_pay")
    chat.say("r there a lot of girls in that job", "ask_outlook")
    assert chat.slots["topic"] == "demographics"
    chat.say("and training and development specialists, what do they actually do?", "ask_duties")
    assert chat.slots["topic"] == "duties"


def test_which_of_those_2_is_the_last_two(chat):
    chat.say("what do plumbers make", "ask_pay")
    chat.say("and electricians", "inform")
    chat.say("and carpenters", "inform")
    chat.say("which one of those 2 is growing more", "ask_outlook")
    assert [c[:7] for c in chat.slots["occupations"]] == [E.ELECTRICIANS, "47-2031"]


def test_a_kind_not_among_the_choices_offered(chat):
    chat.say("how much do therapists make", "ask_pay")
    reply = chat.say("marriage and family ones i guess", "inform")
    assert [c[:7] for c in chat.slots["occupations"]] == ["21-1013"] and E.annual("21-1013") in reply


def test_a_technology_asked_after_a_story(chat):
    chat.say("Army medic here, did a lot of admin work too. Which jobs use Excel?", "ask_list")
    assert chat.slots["topic"] == "technology"


def test_a_field_asked_about_by_its_growth(chat):
    chat.say("how fast are software developer jobs growing", "ask_outlook")
    chat.say("is data science growing faster than that", "ask_outlook")
    assert {c[:7] for c in chat.slots["occupations"]} >= {"15-2051"}


def test_two_kinds_asked_are_answered_in_the_order_asked(chat):
    reply = chat.say("And plumbers, both pay and outlook please.", "ask_outlook")
    assert chat.slots["topic"] == "pay"
    assert reply.index(E.annual(E.PLUMBERS)) < reply.index("employment is projected to change")


def test_top_state_carries_no_place(chat):
    chat.say("plumber pay in Maryland", "ask_pay")
    chat.say("top state?", "ask_best_paying")
    assert chat.slots["topic"] == "best_paying" and not chat.slots.get("places")


def test_thanks_for_the_help_read_as_capabilities_is_thanks(chat):
    chat.say("what do plumbers make", "ask_pay")
    chat.say("Thank you for your help.", "capabilities")
    assert [m.get("response") for m in chat.replies] == ["utter_thanks"]
    chat.say("what can you help me with?", "capabilities")
    assert [m.get("response") for m in chat.replies] == ["utter_capabilities"]


def test_a_field_named_for_the_work_is_its_workers(chat):
    reply = chat.say("mechanical vs electrical engineering salary", "ask_compare")
    assert sorted(c[:7] for c in chat.slots["occupations"]) == ["17-2071", "17-2141"]
    assert E.annual("17-2071") in reply and E.annual("17-2141") in reply
    # read as a list question: one occupation named, and outside it the words ask its pay
    chat.say("hey, looking at medical coding so i can work around my kids schedule. how much does it pay", "ask_list")
    assert chat.slots["topic"] == "pay" and [c[:7] for c in chat.slots["occupations"]] == ["29-2072"]


def test_a_family_of_jobs_before_jobs_is_the_field_of_a_list(chat):
    chat.say("which tech jobs r growing the fastest", "ask_list")
    assert chat.slots["topic"] == "list" and json.loads(chat.slots["list"])["fields"] == ["15"]


def test_the_sources_of_a_list(chat):
    chat.say("fastest growing healthcare support jobs", "ask_list")
    reply = chat.say("Where do these figures come from?", "ask_sources")
    assert reply.startswith("These figures come from") and "Employment Projections" in reply
    assert chat.slots["topic"] == "list"


def test_the_next_page_of_a_list(chat):
    chat.say("highest paying construction jobs", "ask_list")
    first = chat.slots["choices"]
    chat.say("next page", "inform")
    assert chat.slots["topic"] == "list" and chat.slots["choices"] != first


def test_it_is_the_occupation_discussed_last(chat):
    chat.say("What percentage of software developers are women?", "ask_demographics")
    chat.say("How about computer and information systems managers?", "inform")
    chat.say("Which skills does it emphasize?", "ask_skills")
    assert [c[:7] for c in chat.slots["occupations"]] == ["11-3021"]
    reply = chat.say("and pay?", "inform")
    assert chat.slots["topic"] == "pay" and E.annual("11-3021") in reply
    chat.say("which one pays more? is it worth it", "ask_compare")
    assert sorted(c[:7] for c in chat.slots["occupations"]) == ["11-3021", "15-1252"]


def test_pay_counted_but_not_released_says_so_and_gives_the_nation(chat):
    reply = chat.say("what do crnas make in colorado", "ask_pay")
    assert "BLS has no wage estimate for Nurse Anesthetists in Colorado" in reply
    assert "does not release their wages" in reply and f"in the US: median pay {E.annual('29-1151')}" in reply


def test_a_follow_up_whose_words_ask_another_kind(chat):
    chat.say("what training do surgical technologists need", "ask_education")
    reply = chat.say("and surg techs in atlanta make?", "inform")
    assert chat.slots["topic"] == "pay" and "Atlanta" in reply
    reply = chat.say("surveyors are outside a lot right? what do they make and do u need a degree", "ask_duties")
    assert chat.slots["topic"] == "pay" and E.annual("17-1022") in reply and "Typical entry education" in reply
    chat.say("im in phoenix so what about arizona", "out_of_scope")
    assert "Arizona" in chat.slots["places"] and chat.slots["topic"] == "pay"


def test_a_major_named_before_a_plain_question_for_jobs(chat):
    chat.say("my parents keep asking what im gonna do with a history degree lol. what jobs are there", "ask_list")
    assert chat.slots["topic"] == "majors"
    chat.say("and if i went back to school, what can you do with a criminal justice degree", "ask_majors")
    assert chat.slots["topic"] == "majors" and not chat.slots.get("occupations")


def test_police_alone_is_asked_back_not_a_secretary(chat):
    chat.say("how much do police make", "ask_pay")
    assert "Police and Sheriff's Patrol Officers" in chat.buttons
    assert not chat.slots.get("occupations")


def test_the_question_sentence_names_the_lists_field(chat):
    chat.say(
        "Hello. I'm putting together a handout on healthcare careers. "
        "Which healthcare support occupations are projected to grow the fastest?",
        "ask_list",
    )
    assert json.loads(chat.slots["list"])["fields"] == ["31"]


def test_pay_in_a_state_beside_the_rest_of_the_country(chat):
    reply = chat.say("whats MA pay in georgia compared to the rest of the country", "ask_pay")
    assert E.annual("31-9092", area="1300000") in reply and E.annual("31-9092") in reply


def test_one_occupation_in_an_industry_paid_less_than_in_another(chat):
    chat.say("what do nurse anesthetists make", "ask_pay")
    reply = chat.say("random q but do RNs in home health get paid less than hospital", "ask_compare")
    assert [c[:7] for c in chat.slots["occupations"]] == ["29-1141"]
    assert E.industry_annual("29-1141", "621600") in reply and E.industry_annual("29-1141", "622000") in reply


def test_an_employers_pay_and_remote_pay_are_said_to_be_unpublished(chat):
    reply = chat.say("what does google pay swes", "ask_pay")
    assert reply.startswith(
        "BLS publishes pay by occupation and place, not by employer, so I can't say what Google pays; "
        "this is across all employers."
    )
    assert f"Software Developers in the US: median pay {E.annual('15-1252')}" in reply
    reply = chat.say("what does a remote coder make", "ask_pay")
    assert reply.startswith("BLS publishes pay by where people work, not for remote jobs")
    assert "employer" not in chat.say("how much do hospitals pay nurses", "ask_pay")  # an industry, answered


def test_a_greeting_that_introduces_the_person_is_a_greeting(chat):
    chat.say("Hello, I'm a career counselor at a community college.", "ask_education")
    assert [m.get("response") for m in chat.replies] == ["utter_greet"]


def test_short_follow_ups_that_name_a_place(chat):
    chat.say("what do paralegals make in chicago", "ask_pay")
    assert chat.say("natl?", "ask_overview").startswith("Paralegals and Legal Assistants in the US: median pay")
    assert chat.say("we live in oklahoma", "out_of_scope").startswith("Paralegals and Legal Assistants in Oklahoma")
    assert chat.say("in la", "goodbye").startswith(
        "Paralegals and Legal Assistants in Los Angeles-Long Beach-Anaheim, CA"
    )


def test_an_occupation_and_a_place_after_an_education_answer_ask_pay(chat):
    chat.say("how long is paramedic school", "ask_education")
    reply = chat.say("emts in the phoenix area", "inform")
    assert reply.startswith("Emergency Medical Technicians in Phoenix-Mesa-Chandler, AZ: median pay")


def test_which_one_should_i_pick_after_two_compares_them_not_a_quiz(chat):
    chat.say("civil engineer pay", "ask_pay")
    chat.say("mechanical engineers?", "inform")
    reply = chat.say("so which one should i pick", "start_quiz")
    assert "Side by side" in reply and chat.slots["topic"] == "compare"


def test_more_in_an_industry_for_one_occupation_is_its_pay_there_beside_all_industries(chat):
    chat.say("whats the pay difference between an RN and a nurse practitioner", "ask_compare")
    reply = chat.say("do RNs get paid more working in hospitals?", "ask_compare")
    assert reply.startswith("Registered Nurses in Hospitals (US): median pay")
    assert "Across all industries:" in reply and "Nurse Practitioners" not in reply


def test_a_major_with_a_pay_question_about_a_job_is_the_jobs_pay(chat):
    reply = chat.say("supply chain major, what does a logistician make", "ask_majors")
    assert reply.startswith(f"Logisticians in the US: median pay {E.annual('13-1081')}")


def test_a_place_stays_through_answers_that_have_none(chat):
    chat.say("logistician pay in the kc area", "ask_pay")
    chat.say("growth outlook for logisticians", "ask_outlook")
    chat.say("related careers", "ask_related")
    reply = chat.say("what do purchasing agents make there", "ask_pay")
    assert reply.startswith("Purchasing Agents, Except Wholesale, Retail, and Farm Products in Kansas City, MO-KS")


def test_another_major_said_alone_after_a_majors_list(chat):
    chat.say("what jobs can u get w a bio degree", "ask_list")
    assert chat.slots["topic"] == "majors"
    assert chat.say("what about chemistry", "inform").startswith("Occupations the program Chemistry, General")


def test_keep_going_after_a_list_is_its_next_page(chat):
    chat.say("construction jobs by pay", "ask_list")
    assert "11-20 of" in chat.say("keep going", "nlu_fallback")  # not "Sorry, I didn't understand"


def test_jobs_set_aside_in_a_list_question_are_no_titles_asked_back(chat):
    reply = chat.say("i want to help ppl but not be a doctor or nurse. what jobs r there", "nlu_fallback")
    assert reply.startswith("Highest paying occupations whose main O*NET interest area is Social")


def test_they_in_a_first_message_refers_to_nothing_asked(chat):
    asked = "I like working with my hands, been at an auto plant 20 yrs and they closed it. what else is out there"
    assert "whose main O*NET interest area is Realistic" in chat.say(asked, "ask_pay")


def test_pa_versus_another_title_is_a_physician_assistant(chat):
    reply = chat.say("PA vs OT salary", "ask_compare")
    assert reply.startswith(f"Physician Assistants pay more in the US: median {E.annual('29-1071')}")


def test_a_place_opening_a_short_message_goes_on_whatever_the_intent(chat):
    chat.say("software dev or data scientist, which one pays more in Seattle?", "ask_compare")
    reply = chat.say("ok now san jose lol", "ask_list")
    assert reply.startswith("Software Developers pay more in San Jose-Sunnyvale-Santa Clara, CA")


def test_which_job_after_two_discussed_is_one_of_them(chat):
    chat.say("Pilot vs flight attendant salary?", "ask_compare")
    chat.say("what do pilots make in Las Vegas", "ask_pay")
    reply = chat.say("which job is growing more", "nlu_fallback")
    assert "Flight Attendants" in reply and "Airline Pilots" in reply


def test_comp_in_a_follow_up_is_pay(chat):
    chat.say("data scientist growth", "ask_outlook")
    assert chat.say("austin comp?", "ask_compare").startswith("Data Scientists in Austin-Round Rock-San Marcos, TX")


def test_a_field_said_for_its_job_is_no_head_for_the_words_before(chat):
    reply = chat.say("cybersecurity or software engineering - which pays more?", "ask_compare")
    assert "Information Security Analysts" in reply and "Penetration Testers" not in reply


def test_an_everyday_phrase_after_to_is_no_title(chat):
    chat.say("what do data scientists make", "ask_pay")
    assert chat.say("what skills would i need to pick up for it", "ask_skills").startswith("What Data Scientists need")


def test_a_short_form_in_capitals_after_her_is_a_title(chat):
    chat.say("my wife's a medical asst in boston, what do they usually make", "ask_pay")
    reply = chat.say("she's thinking of going back for her RN, how long does that take", "ask_outlook")
    assert reply.startswith("Registered Nurses:\n• Typical entry education")


def test_older_folks_driving_school_buses_asks_who_does_the_job(chat):
    reply = chat.say("Do a lot of older folks drive school buses?", "ask_education")
    assert reply.startswith("Bus Drivers, School: median age")


def test_pay_at_a_named_employer_and_in_a_future_year_are_said_to_be_unpublished(chat):
    assert chat.say("what do nurses make at kaiser", "ask_pay").startswith(
        "BLS publishes pay by occupation and place, not by employer, so I can't say what Kaiser pays"
    )
    assert "employer" not in chat.say("what do nurses make at night", "ask_pay")
    reply = chat.say("what will software developers make in 2030", "ask_pay")
    assert reply.startswith("BLS projects jobs, not pay, so I can't say what it will pay then")


def test_the_top_ten_percent_in_a_state_is_the_pay_answers_90th_percentile(chat):
    reply = chat.say("top 10% for realtors in arizona?", "ask_best_paying")
    assert f"to {E.annual('41-9022', 'A_PCT90', area='0400000')} (BLS OEWS, May 2025)" in reply


def test_a_place_said_specifically_goes_on_with_the_last_question(chat):
    chat.say("what do RNs make in california", "ask_pay")
    assert chat.say("LA specifically?", "ask_overview").startswith("Registered Nurses in Los Angeles")


def test_back_to_that_list_after_other_questions_narrows_it(chat):
    chat.say("healthcare jobs that need an associates", "ask_list")
    chat.say("what do OT assistants make in michigan", "ask_pay")
    reply = chat.say("ok go back to that list, which of those pay best in michigan", "ask_best_paying")
    assert reply.startswith(
        "Highest paying Healthcare Practitioners and Technical and Healthcare Support occupations that typically "
        "need an associate's degree to start in Michigan"
    )


def test_by_the_hour_after_pay_is_the_hourly_pay(chat):
    chat.say("dental hygienist salary texas", "ask_pay")
    reply = chat.say("wait is that a year?? whats it by the hour", "ask_education")
    assert reply.startswith(f"Dental Hygienists in Texas: median pay {E.annual('29-1292', area='4800000')} a year")


def test_what_a_person_hates_doing_is_no_job_asked_about(chat):
    reply = chat.say("i like being outside and i hate sitting at a desk. what jobs would fit me", "ask_career_move")
    assert reply.startswith("Highest paying occupations whose main O*NET interest area is Realistic")


def test_the_place_in_the_sentence_that_asks_is_the_one_asked_about(chat):
    asked = (
        "Hello, I'm a school counselor in eastern Kentucky. Could you show me occupations in Kentucky that pay "
        "at least $50,000 a year?"
    )
    assert "in Kentucky (BLS OEWS" in chat.say(asked, "ask_list")


def test_similar_to_a_field_named_for_its_job_is_that_jobs_related_careers(chat):
    reply = chat.say("what jobs are similar to project management", "ask_related")
    assert reply.startswith("Careers related to Project Management Specialists")


def test_farmers_are_those_who_run_farms(kb):
    assert kb.resolve("farmers").best.code == "11-9013.00"


def test_two_cities_in_lower_case_joined_by_vs_and_the_state_of_the_last(chat):
    reply = chat.say("electrician wages seattle vs spokane", "ask_compare")
    assert "Seattle-Tacoma-Bellevue, WA" in reply and "Spokane-Spokane Valley, WA" in reply
    reply = chat.say("st louis vs kansas city", "inform")
    assert "St. Louis, MO-IL" in reply and "Kansas City, MO-KS" in reply
    chat.say("electrician pay in spokane", "ask_pay")
    assert chat.say("whats the statewide number", "inform").startswith("Electricians in Washington: median pay")


def test_a_percentile_after_pay_asks_pay_again(chat):
    chat.say("data scientist pay in san jose", "ask_pay")
    reply = chat.say("90th percentile?", "out_of_scope")
    assert f"to {E.annual('15-2051', 'A_PCT90', area='0041940')} (BLS OEWS" in reply


def test_titles_listed_with_commas_are_each_asked(chat):
    chat.say("compare nurses, electricians and plumbers", "ask_compare")
    assert [code[:7] for code in chat.slots["occupations"]] == ["29-1141", "47-2111", "47-2152"]


def test_the_nth_one_of_a_list_in_a_longer_question(chat):
    chat.say("which computer jobs are growing fastest", "ask_list")
    second = chat.buttons[1]
    assert chat.say("the 2nd one, what does it pay in virginia", "ask_pay").startswith(f"{second} in Virginia: median")
    chat.say("which computer jobs are growing fastest", "ask_list")
    top = chat.buttons[0]
    assert chat.say("the top one, what does it pay", "ask_pay").startswith(f"{top} in the US")


def test_an_industry_alone_after_pay_is_the_pay_there(chat):
    chat.say("how much do accountants make", "ask_pay")
    reply = chat.say("federal government?", "out_of_scope")  # the classifier's guess
    assert reply.startswith("Accountants and Auditors in Federal Government, including the U.S. Postal Service (US)")
    assert "in State Government, including Schools" in chat.say("what about state government", "inform")


def test_a_correction_naming_another_job_asks_the_last_question_of_it(chat):
    chat.say("how much do carpenters make in texas", "ask_pay")
    assert chat.say("scratch that, boilermakers", "ask_overview").startswith("Boilermakers in Texas: median pay")


def test_a_job_said_before_instead_is_asked(chat):
    chat.say("how much do pharmacists make", "ask_pay")
    assert "Police and Sheriff's Patrol Officers in the US: median pay" in chat.say(
        "hmm what about being a cop instead", "inform"
    )


def test_a_kind_named_after_the_ask_back_is_the_one_whose_title_it_makes(chat):
    chat.say("how much do social workers make", "ask_pay")
    assert chat.say("the hospital kind", "ask_demographics").startswith("Healthcare Social Workers in the US: median")


def test_a_word_of_a_title_asks_nothing_of_a_comparison(chat):
    chat.say("city transit bus driver pay in seattle", "ask_pay")
    reply = chat.say("vs school bus drivers there", "ask_compare")  # "school" asks no schooling
    assert reply.startswith("Bus Drivers, Transit and Intercity pay more in Seattle-Tacoma-Bellevue, WA")


def test_the_namesake_of_the_last_city_in_the_state_named(chat):
    chat.say("carpenter pay portland maine", "ask_pay")
    assert chat.say("ugh wrong portland, i meant the oregon one", "inform").startswith(
        "Carpenters in Portland-Vancouver-Hillsboro, OR-WA"
    )
    assert chat.say("whats it nationwide", "ask_overview").startswith("Carpenters in the US: median pay")


def test_a_degree_asked_of_the_job_discussed_and_where_a_figure_is_from(chat):
    chat.say("how much do school social workers make", "ask_pay")
    assert "Typical entry education: Bachelor's degree" in chat.say("do i need an MSW", "goodbye")
    assert chat.say("wheres that number from", "ask_overview").startswith("Every figure I give names its source")


def test_projections_asked_state_by_state_say_they_are_national(chat):
    reply = chat.say("Is there a state-by-state breakdown of RN job growth?", "ask_outlook")
    assert reply.startswith("BLS projects employment for the nation only, not state by state")


def test_the_source_of_the_figures_just_given_whatever_the_words(chat):
    chat.say("how much do electricians make", "ask_pay")
    reply = chat.say("Could you tell me where these numbers come from so I can cite them on my slides?", "ask_sources")
    assert reply.startswith("These figures come from the BLS Occupational Employment and Wage Statistics")


def test_a_word_of_the_offered_titles_picks_the_one_it_says_most_of(chat):
    chat.say("what do therapists make in michigan", "ask_pay")
    assert chat.say("physical", "inform").startswith("Physical Therapists in Michigan")


def test_a_place_said_just_in_general_goes_on_with_the_last_question(chat):
    chat.say("how much do nurses at kaiser make", "ask_pay")
    reply = chat.say("ok then just in california in general", "ask_overview")  # the classifier's guess
    assert reply.startswith("Registered Nurses in California: median pay")
    assert chat.say("LA specifically?", "ask_overview").startswith(
        "Registered Nurses in Los Angeles-Long Beach-Anaheim"
    )


def test_an_ambiguous_title_beside_another_is_the_meaning_that_shares_its_word(chat):
    reply = chat.say("Compare social worker and school counselor salaries in California, please.", "ask_compare")
    assert "for Child, Family, and School Social Workers" in reply  # "school", of the counselor


def test_the_top_ten_percent_of_each_compared(chat):
    chat.say("physical therapists vs occupational therapists pay", "ask_compare")
    reply = chat.say("And what does the top 10 percent earn in each?", "ask_pay")
    assert (
        f"The top 10% (90th percentile) in the US earn at least: {E.annual('29-1123', 'A_PCT90')} a year "
        f"({E.hourly('29-1123', 'H_PCT90')}) for Physical Therapists and {E.annual('29-1122', 'A_PCT90')} a year "
        f"({E.hourly('29-1122', 'H_PCT90')}) for Occupational Therapists (BLS OEWS, May 2025)." in reply
    )


def test_occupations_paid_by_the_hour_are_compared_by_the_hour(chat):
    reply = chat.say("actors vs musicians hourly", "ask_compare")
    assert reply.startswith(
        f"Musicians and Singers pay more per hour in the US: median {E.hourly('27-2042')} vs "
        f"{E.hourly('27-2011')} for Actors (BLS OEWS, May 2025). BLS publishes hourly wages only, no annual pay, "
        "for these occupations."
    )
    assert f"• Actors: median pay {E.hourly('27-2011')};" in reply


def test_a_percentile_asked_of_one_occupation_is_said_by_name(chat):
    reply = chat.say("top 10% hourly for hvac techs in denver", "ask_pay")
    assert (
        "The top 10% (90th percentile) of Heating, Air Conditioning, and Refrigeration Mechanics and Installers in "
        f"Denver-Aurora-Centennial, CO earn at least {E.annual('49-9021', 'A_PCT90', area='0019740')} a year "
        f"({E.hourly('49-9021', 'H_PCT90', area='0019740')}) (BLS OEWS, May 2025)." in reply
    )
    reply = chat.say("and the bottom 25 percent nationally?", "ask_pay")
    assert "The bottom 25% (25th percentile) of Heating" in reply
    assert f"in the US earn at most {E.annual('49-9021', 'A_PCT25')} a year" in reply


def test_typed_as_people_type_after_a_comparison(chat):
    chat.say("hows a diesel mech paid in tulsa", "ask_pay")
    chat.say("vs auto mech", "ask_compare")
    reply = chat.say("and the top 10 percent in each?", "out_of_scope")  # the classifier's guess
    assert f"to {E.annual('49-3023', 'A_PCT90', area='0046140')} (BLS OEWS" in reply
    reply = chat.say("wich one should i pick", "ask_quiz")  # "which", not the quiz
    assert reply.startswith("Bus and Truck Mechanics and Diesel Engine Specialists pay more in Tulsa, OK")


def test_one_occupation_in_states_typed_as_lower_case_codes(chat):
    reply = chat.say("paralegal va vs md", "ask_compare")
    assert f"Paralegals and Legal Assistants in Virginia: median pay {E.annual('23-2011', area='5100000')}" in reply
    assert f"Paralegals and Legal Assistants in Maryland: median pay {E.annual('23-2011', area='2400000')}" in reply
    reply = chat.say("rn pay cali vs tx vs ny", "ask_compare")
    assert all(f"Registered Nurses in {state}: median pay" in reply for state in ("California", "Texas", "New York"))


def test_a_title_just_before_another_is_a_kind_of_that_one(chat):
    reply = chat.say("how much do OTR truckers make", "ask_pay")  # over the road, not an occupational therapist
    assert reply.startswith("Heavy and Tractor-Trailer Truck Drivers in the US: median pay")
    assert "Occupational Therapists" not in reply


def test_per_hr_asks_the_hourly_pay_of_the_same_occupation(chat):
    chat.say("paralegal pay dc", "ask_pay")
    assert chat.say("per hr?", "inform").startswith("Paralegals and Legal Assistants in Washington-Arlington")


def test_one_added_at_the_end_then_all_three_compared(chat):
    chat.say("civil vs mechanical engineer salary", "ask_compare")
    reply = chat.say("what about electrical, add that in", "inform")
    assert reply.startswith("Electrical Engineers pay the most in the US")
    assert "for Mechanical Engineers and" in reply and "for Civil Engineers" in reply
    reply = chat.say("which of the 3 has the best growth", "ask_best_paying")  # the classifier's guess
    assert "for Electrical Engineers and" in reply or "vs +7.2% for Electrical Engineers" in reply
    assert reply.startswith("Mechanical Engineers grow fastest in the US")


def test_an_occupation_in_two_states_after_growth_asks_its_pay(chat):
    chat.say("civil vs mechanical engineer salary", "ask_compare")
    chat.say("which grows faster", "ask_outlook")
    reply = chat.say("civil engineers in texas vs california", "ask_compare")
    assert f"Civil Engineers in Texas: median pay {E.annual('17-2051', area='4800000')}" in reply
    assert f"Civil Engineers in California: median pay {E.annual('17-2051', area='0600000')}" in reply


def test_one_occupation_named_after_a_comparison_is_asked_on_its_own(chat):
    chat.say("cops vs firefighters salary", "ask_compare")
    reply = chat.say("cops chicago", "ask_compare")  # the classifier's guess
    assert "Police and Sheriff's Patrol Officers in Chicago-Naperville-Elgin, IL-IN: median pay" in reply
    assert "Firefighters" not in reply
    chat.say("web dev vs programmer", "ask_compare")
    reply = chat.say("programmers are shrinking right?", "ask_compare")
    assert reply.startswith("Computer Programmers in the US: employment is projected to change -6.0%")
    assert chat.say("how does that stack up against web developers", "ask_compare").startswith(
        "Computer Programmers pay more in the US"
    )


def test_an_occupation_in_a_place_read_as_growth_asks_its_pay(chat):
    reply = chat.say("lol ok. web devs in denver?", "ask_outlook")  # the classifier's guess
    assert f"Web Developers in Denver-Aurora-Centennial, CO: median pay {E.annual('15-1254', area='0019740')}" in reply


def test_a_place_ending_a_message_after_a_percentile(chat):
    reply = chat.say("accountants top 10% nyc", "ask_pay")
    assert reply.startswith("Accountants and Auditors in New York-Newark-Jersey City, NY-NJ")
    assert E.annual("13-2011", "A_PCT90", area="0035620") in reply


def test_a_place_after_one_occupations_growth_gets_its_pay_there(chat):
    chat.say("is vet tech a growing field", "ask_outlook")
    reply = chat.say("and in portland or", "inform")
    assert reply.startswith("BLS projects employment for the nation only, not for Portland-Vancouver-Hillsboro, OR-WA;")
    assert "Veterinary Technologists and Technicians in Portland-Vancouver-Hillsboro, OR-WA: median pay " in reply


def test_a_place_after_growth_compared_is_still_growth(chat):
    chat.say("welders vs plumbers", "ask_compare")
    chat.say("which one grows faster", "ask_outlook")
    assert chat.say("in ohio tho?", "inform").startswith("BLS projects employment for the nation only, not for Ohio")


def test_a_job_the_person_says_they_are_not_is_not_asked_about(chat):
    reply = chat.say(
        "I'm not a labor market analyst, so keep it simple: what do respiratory therapists earn in Florida?", "ask_pay"
    )
    assert reply.startswith(f"Respiratory Therapists in Florida: median pay {E.annual('29-1126', area='1200000')}")


def test_one_more_too_joins_those_compared(chat):
    chat.say("sysadmin vs swe pay", "ask_compare")
    reply = chat.say("dba too", "inform")
    assert "for Database Administrators and" in reply and "for Network and Computer Systems Administrators" in reply


def test_a_thumbs_up_is_thanks(chat):
    chat.say("nurse pay", "ask_pay")
    chat.say("👍", "nlu_fallback")
    assert [m["response"] for m in chat.replies] == ["utter_thanks"]


def test_a_kind_typed_after_the_ask_back_read_before_the_titles_qualifier(chat):
    chat.say("how much do teachers make in jersey", "ask_pay")
    assert chat.say("high school", "inform").startswith(
        f"Secondary School Teachers, Except Special and Career/Technical Education in New Jersey: median pay "
        f"{E.annual('25-2031', area='3400000')}"
    )


def test_going_back_for_my_rn_compares_it_with_the_job_held(chat):
    reply = chat.say(
        "I'm an LPN in Oregon thinking about going back to get my RN. How much more would I make?", "ask_pay"
    )
    assert reply.startswith(f"Registered Nurses pay more in Oregon: median {E.annual('29-1141', area='4100000')}")
    chat.say("Hmm, and if we moved to Portland, Maine instead?", "inform")
    reply = chat.say("Do RNs get paid more at hospitals?", "ask_pay")  # the same nurses, still in Maine
    assert reply.startswith("BLS publishes pay by industry for the nation only, not for Portland-South Portland, ME.")


def test_who_works_in_it_compared_and_where_those_figures_come_from(chat):
    chat.say("customer support technician vs program support technician", "ask_compare")
    reply = chat.say("How does the gender split compare for program support technicians?", "ask_compare")
    assert "67.8% female" in reply
    reply = chat.say("Where do these demographic figures come from? Are they BLS?", "ask_sources")
    assert reply.startswith("These figures come from the BLS Current Population Survey")


def test_a_kind_of_question_said_not_to_be_asked(chat):
    chat.say("what do medical coders make", "ask_pay")
    reply = chat.say("no sorry I meant what does a medical coder do, not pay", "ask_pay")
    assert "Medical Records Specialists: Compile, process, and maintain" in reply


def test_one_occupation_in_two_cities_typed_as_people_type_them(chat):
    reply = chat.say("welder pay LA vs houston", "ask_compare")
    assert "Welders, Cutters, Solderers, and Brazers in Los Angeles-Long Beach-Anaheim, CA: median pay" in reply
    assert "Welders, Cutters, Solderers, and Brazers in Houston-Pasadena-The Woodlands, TX: median pay" in reply
    reply = chat.say("ok fine. electricians boston vs nyc", "ask_compare")
    assert "Electricians in Boston-Cambridge-Newton, MA-NH: median pay" in reply


def test_pay_in_two_industries_joined_by_or(chat):
    reply = chat.say("do nurses make more in hospitals or home health", "ask_compare")
    assert "Registered Nurses in Hospitals (US): median pay $100,220" in reply
    assert "Registered Nurses in Home Health Care Services (US): median pay $84,930" in reply


def test_throw_one_in_continues_the_comparison(chat):
    chat.say("lpn vs rn how big is the pay gap", "ask_compare")
    reply = chat.say("throw cnas in there too", "ask_outlook")  # the classifier's guess
    assert reply.startswith("Registered Nurses pay the most in the US")
    assert "for Nursing Assistants" in reply
