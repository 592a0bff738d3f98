"""The facets and comparisons the assistant will ask for, on the real knowledge base."""
import pytest

from knowledge import UnknownOccupation


def test_occupation_accepts_onet_code_soc_code_or_title(kb):
    assert kb.occupation("15-1232.00")["title"] == kb.occupation("15-1232")["title"] == \
        kb.occupation("help desk tech")["title"] == "Computer User Support Specialists"


def test_an_ambiguous_title_raises_with_its_candidates(kb):
    with pytest.raises(UnknownOccupation) as raised:
        kb.occupation("technician")
    assert raised.value.resolution.status == "ambiguous"
    assert len(raised.value.resolution.candidates) >= 3


def test_pay_names_its_source_and_period(kb):
    pay = kb.pay("15-1232")
    assert pay["figures"]["annual_median"] == 61860
    assert pay["figures"]["hourly_median"] == 29.74
    assert pay["source"] == {"id": "oews_2025", "name": "BLS Occupational Employment and Wage Statistics",
                             "short": "BLS OEWS", "period": "May 2025"}


def test_pay_falls_back_to_the_broad_group_and_says_so(kb):
    pay = kb.pay("13-1021")  # farm-products buyers: BLS publishes only the broad group
    assert pay["level"] == "broad" and pay["soc_code"] == "13-1020"
    assert pay["figures"]["annual_median"] > 0


def test_pay_says_when_bls_publishes_nothing(kb):
    pay = kb.pay("55-1011")  # military officers are outside OEWS
    assert pay["figures"] is None and pay["level"] is None


def test_areas_by_state_name_postal_code_and_metro_name(kb):
    assert kb.area("texas")["name"] == kb.area("TX")["name"] == "Texas"
    assert kb.area("Denver")["name"] == "Denver-Aurora-Centennial, CO"
    assert kb.area("Atlantis") is None


def test_top_states_are_ordered_by_median_pay(kb):
    states = kb.top_areas("electrician")["areas"]
    assert len(states) == 5
    assert [s["value"] for s in states] == sorted((s["value"] for s in states), reverse=True)
    assert states[0]["area"] == "Oregon"


def test_top_metro_areas(kb):
    metros = kb.top_areas("15-1232", kind="metro", limit=3)["areas"]
    assert len(metros) == 3 and all(", " in m["area"] for m in metros)


def test_best_paying_industries_are_sectors_of_some_size(kb):
    industries = kb.top_industries("15-1232")["industries"]
    assert industries[0]["industry"] == "Sector 22 - Utilities"
    assert all(i["employment"] >= 1000 for i in industries)


def test_education_brings_bls_entry_level_onet_distribution_and_majors(kb):
    education = kb.education("dental hygienist")
    assert education["entry_education"] == "Associate's degree"
    assert education["required_education"][0]["percent"] >= education["required_education"][-1]["percent"]
    assert "Dental Hygiene/Hygienist" in education["majors"]
    assert education["job_zone"]["zone"] == kb.occupation("29-1292")["job_zone"]


def test_skills_knowledge_and_technology(kb):
    skills = kb.skills("15-1232")
    assert skills["skills"][0]["importance"] >= skills["skills"][-1]["importance"]
    assert {"name", "importance", "level"} <= set(skills["skills"][0])
    assert skills["knowledge"] and skills["knowledge_source"]["id"] == "onet_29_0"
    assert any(t["hot"] for t in skills["technology"])


def test_duties_list_core_tasks_first(kb):
    tasks = kb.duties("47-2111")["tasks"]
    types = [t["task_type"] for t in tasks]
    assert types == sorted(types, key=lambda t: t != "Core")


def test_related_occupations_are_ranked(kb):
    related = kb.related("15-1232")["related"]
    assert related[0]["title"] == "Computer Network Support Specialists"


def test_interests_give_a_holland_code(kb):
    assert len(kb.interests("47-2111")["code_letters"]) == 3


def test_comparison_names_the_winner_and_the_gap(kb):
    comparison = kb.compare("electrician", "plumber")
    assert comparison["winner"] == "Plumbers, Pipefitters, and Steamfitters"
    assert comparison["gap"] == 63800 - 63190
    assert [o["entry_education"] for o in comparison["occupations"]] == ["High school diploma or equivalent"] * 2


def test_comparison_of_three(kb):
    comparison = kb.compare("15-1232", "15-1231", "43-9061")
    assert len(comparison["occupations"]) == 3
    assert comparison["winner"] == "Computer Network Support Specialists"


def test_profile_gathers_every_facet(kb):
    profile = kb.profile("29-1141")
    assert set(profile) == {"occupation", "pay", "outlook", "education", "skills", "duties",
                            "related", "interests", "demographics"}
