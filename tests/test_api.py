"""The knowledge API on the real knowledge base: typed records, each citing its sources."""

import pytest

from knowledge import UnknownOccupation
from knowledge.records import Record, Source

from . import expected as E


def test_occupation_accepts_onet_code_soc_code_or_title(kb):
    assert (
        kb.occupation("15-1232.00").title
        == kb.occupation("15-1232").title
        == kb.occupation("help desk tech").title
        == "Computer User Support Specialists"
    )


def test_an_ambiguous_title_raises_with_its_candidates(kb):
    with pytest.raises(UnknownOccupation) as raised:
        kb.occupation("technician")
    assert raised.value.resolution.status == "ambiguous"
    assert len(raised.value.resolution.candidates) >= 3


def test_pay_names_its_source_and_period(kb):
    pay = kb.pay("15-1232")
    assert pay.wages.annual_median == E.wage(E.HELP_DESK) and pay.wages.hourly_median == E.wage(E.HELP_DESK, "H_MEDIAN")
    assert pay.area.national and pay.wages.level == "detailed"
    assert pay.source.cite() == "BLS OEWS, May 2025"
    assert pay.source.name == "BLS Occupational Employment and Wage Statistics"


def test_the_wage_cap_is_the_one_bls_states(kb):
    assert (kb.wage_cap.hourly, kb.wage_cap.annual) == (115.0, 239200)


def test_pay_falls_back_to_the_broad_group_and_says_so(kb):
    wages = kb.pay("13-1021").wages  # farm-products buyers: BLS publishes only the broad group
    assert wages.level == "group" and wages.soc_code == "13-1020"
    assert wages.annual_median == E.wage("13-1020")


def test_pay_says_when_bls_publishes_nothing(kb):
    pay = kb.pay("55-1011")  # military officers are outside OEWS
    assert pay.wages is None and pay.area.national


def test_pay_in_a_place_bls_does_not_publish(kb):
    pay = kb.pay("electrician", "Atlantis")
    assert pay.area is None and pay.asked_area == "Atlantis" and pay.wages is None


def test_areas_by_state_name_postal_code_and_metro_name(kb):
    assert kb.area("texas").name == kb.area("TX").name == "Texas"
    assert kb.area("Denver").name == "Denver-Aurora-Centennial, CO"
    assert kb.area("Atlantis") is None


def test_top_states_are_ordered_by_median_pay(kb):
    states = kb.top_areas("electrician").areas
    assert len(states) == 5
    assert [s.value for s in states] == sorted((s.value for s in states), reverse=True)
    assert (states[0].area, E.dollars(states[0].value)) == E.top_state(E.ELECTRICIANS)


def test_top_metro_areas(kb):
    metros = kb.top_areas("15-1232", kind="metro", limit=3).areas
    assert len(metros) == 3 and all(", " in m.area for m in metros)


def test_best_paying_industries_are_detailed_industries_of_some_size(kb):
    industries = kb.top_industries("15-1232").industries
    assert len(industries) == 5 and not any(i.industry.startswith("Sector") for i in industries)
    assert all(i.employment >= 1000 for i in industries)
    medians = [i.annual_median for i in industries]
    assert medians == sorted(medians, reverse=True)


def test_pay_in_an_industry_is_the_published_figure(kb):
    pay = kb.industry_pay("accountant", "999101")  # federal government, including the Postal Service
    assert pay.industry == "Federal Government, including the U.S. Postal Service (OEWS Designation)"
    row = next(
        r
        for r in E.source_rows("bls_oews/oews_national_industry_M2025.csv.gz")
        if r["OCC_CODE"] == "13-2011" and r["NAICS"] == "999101"
    )
    assert pay.wages.annual_median == float(row["A_MEDIAN"].replace(",", ""))
    none = kb.industry_pay("35-3023", "521100")  # fast food workers at the central bank
    assert none.industry == "Monetary Authorities-Central Bank" and none.wages is None


def test_outlook_has_its_years_and_the_all_occupations_yardstick(kb):
    outlook = kb.outlook("15-1232")
    assert (outlook.projection.base_year, outlook.projection.projected_year) == (2024, 2034)
    assert outlook.projection.change_percent == E.projected(E.HELP_DESK)["change_percent"]
    assert outlook.all_occupations.change_percent == E.projected("00-0000")["change_percent"]
    assert outlook.group is None


def test_education_brings_bls_entry_level_onet_distribution_and_majors(kb):
    education = kb.education("dental hygienist")
    assert education.entry.education == E.projected(E.DENTAL_HYGIENISTS)["entry_education"]
    shares = education.reported.shares
    assert shares[0].percent >= shares[-1].percent
    assert "Dental Hygiene/Hygienist" in education.majors.names
    assert education.job_zone.zone == kb.occupation("29-1292").job_zone
    assert [s.id for s in education.sources] == ["onet_30_1", "ep_2024_34", "cip_soc_2020"]


def test_skills_knowledge_and_technology(kb):
    skills = kb.skills("15-1232")
    items = skills.skills.items
    assert items[0].importance >= items[-1].importance
    assert skills.knowledge.items and skills.knowledge.source.id == "onet_29_0"
    assert any(t.hot for t in skills.technology.items)


def test_duties_list_core_tasks_first(kb):
    types = [t.task_type for t in kb.duties("47-2111").tasks]
    assert types == sorted(types, key=lambda t: t != "Core")


def test_related_occupations_are_ranked(kb):
    assert kb.related("15-1232").related[0].title == "Computer Network Support Specialists"


def test_interests_give_a_holland_code(kb):
    assert len(kb.interests("47-2111").code_letters) == 3


def test_demographics_without_a_census_link_have_no_measures(kb):
    demographics = kb.demographics("55-1011")
    assert demographics.measures == {} and demographics.census_title is None
    assert [s.short for s in demographics.sources] == ["O*NET 30.1", "BLS CPS"]  # the survey is still cited


def test_comparison_names_the_winner_and_the_gap(kb):
    comparison = kb.compare("electrician", "plumber")
    assert comparison.winner.occupation.title == "Plumbers, Pipefitters, and Steamfitters"
    assert comparison.gap == E.wage(E.PLUMBERS) - E.wage(E.ELECTRICIANS)
    assert [c.outlook.projection.entry_education for c in comparison.occupations] == [
        E.projected(E.ELECTRICIANS)["entry_education"],
        E.projected(E.PLUMBERS)["entry_education"],
    ]


def test_comparison_of_three(kb):
    comparison = kb.compare("15-1232", "15-1231", "43-9061")
    assert len(comparison.occupations) == 3
    assert comparison.winner.occupation.title == "Computer Network Support Specialists"


def test_profile_gathers_every_facet(kb):
    profile = kb.profile("29-1141")
    assert {s.id for s in profile.sources} >= {"onet_30_1", "oews_2025", "ep_2024_34", "cip_soc_2020"}


@pytest.mark.parametrize(
    "facet", ["pay", "outlook", "education", "skills", "duties", "related", "interests", "demographics", "occupation"]
)
def test_every_record_cites_its_sources_in_one_shape(kb, facet):
    record = getattr(kb, facet)("15-1232")
    assert isinstance(record, Record) and record.sources
    assert all(isinstance(s, Source) and s.cite() for s in record.sources)


def test_article_profiles_keep_the_articles_sources(kb):
    profile = kb.article_profile("customer support technician")
    assert {s.id for s in profile.sources} == {"article_000", "article_001"}
    assert profile.fact("time_to_become").text == "1-2 years"
    assert (profile.fact("time_to_become").low, profile.fact("time_to_become").high) == (1, 2)
