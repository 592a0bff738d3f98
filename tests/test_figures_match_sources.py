"""The database holds exactly the figures the source files publish. The source files are
read here and in tests/expected.py, never through the build code."""

import random

import pytest
import yaml

from knowledge.build import SRC

from . import expected as E

# OEWS columns and where the database keeps them, written out here, not imported from the build.
WAGE_COLUMNS = {
    "TOT_EMP": "employment",
    "EMP_PRSE": "employment_rse",
    "H_MEAN": "hourly_mean",
    "A_MEAN": "annual_mean",
    "MEAN_PRSE": "wage_rse",
    "H_PCT10": "hourly_p10",
    "H_PCT25": "hourly_p25",
    "H_MEDIAN": "hourly_median",
    "H_PCT75": "hourly_p75",
    "H_PCT90": "hourly_p90",
    "A_PCT10": "annual_p10",
    "A_PCT25": "annual_p25",
    "A_MEDIAN": "annual_median",
    "A_PCT75": "annual_p75",
    "A_PCT90": "annual_p90",
    "JOBS_1000": "jobs_per_1000",
    "LOC_QUOTIENT": "location_quotient",
}

SAMPLE = ["15-1232", "15-1231", "47-2111", "29-1141", "11-1011", "25-1011", "43-9061", "29-1292", "53-3032", "35-3023"]


def published(value):
    """A figure as printed: blank for none, thousands with commas."""
    return None if value == "" else float(value.replace(",", ""))


def assert_same_wages(kb_row, source_row):
    for column, ours in WAGE_COLUMNS.items():
        assert kb_row[ours] == published(source_row[column]), (ours, source_row["AREA_TITLE"])


def wage_row(kb, area, soc_code):
    return kb.query_one("SELECT * FROM wages WHERE area_code = ? AND soc_code = ?", area, soc_code)


@pytest.mark.parametrize("soc_code", SAMPLE)
def test_national_pay_equals_oews(kb, soc_code):
    assert kb.pay(soc_code).wages.level == "detailed"
    assert_same_wages(wage_row(kb, E.NATION, soc_code), E.oews_rows()[(E.NATION, soc_code)])


def test_pay_records_carry_the_published_figures(kb):
    wages = kb.pay("electrician", "Texas").wages
    source = E.oews_rows()[(E.TEXAS, E.ELECTRICIANS)]
    for theirs, ours in WAGE_COLUMNS.items():
        if hasattr(wages, ours):
            assert getattr(wages, ours) == published(source[theirs]), ours


def test_denver_metro_pay_is_the_published_figure(kb):
    pay = kb.pay("15-1232", "Denver")
    assert pay.area.name == "Denver-Aurora-Centennial, CO"
    assert pay.wages.annual_median == E.wage(E.HELP_DESK, area=E.DENVER)


def test_a_random_sample_of_state_and_metro_rows_is_copied_exactly(kb):
    keys = sorted(k for k in E.oews_rows() if k[0] != E.NATION)
    for area, soc_code in random.Random(2025).sample(keys, 300):
        assert_same_wages(wage_row(kb, area, soc_code), E.oews_rows()[(area, soc_code)])


def test_wages_table_has_every_source_row(kb):
    assert kb.query_one("SELECT count(*) AS n FROM wages")["n"] == len(E.oews_rows())


def test_top_coded_wages_keep_their_footnote(kb):
    source = E.oews_rows()[(E.ALABAMA, "29-1022")]  # oral surgeons in Alabama: all wages top-coded
    assert "A_MEDIAN:5" in source["FOOTNOTES"]
    wages = kb.pay("29-1022", "Alabama").wages
    assert wages.annual_median is None and "annual_median" in wages.top_coded


def test_annual_only_occupations_are_marked(kb):
    assert "H_MEDIAN:4" in E.oews_rows()[(E.NATION, E.POSTSECONDARY_TEACHERS)]["FOOTNOTES"]
    wages = kb.pay(E.POSTSECONDARY_TEACHERS).wages
    assert wages.wage_form == "annual only"
    assert wages.hourly_median is None and wages.annual_median == E.wage(E.POSTSECONDARY_TEACHERS)


@pytest.mark.parametrize("soc_code", SAMPLE[:8])
def test_outlook_equals_employment_projections(kb, soc_code):
    row = E.projections()[soc_code]
    p = kb.outlook(soc_code).projection
    assert (p.employment_base_thousands, p.employment_projected_thousands) == (row[3], row[4])
    assert (p.change_percent, p.openings_per_year_thousands) == (row[8], row[10])
    assert (p.entry_education, p.work_experience, p.on_the_job_training) == (row[12], row[13], row[14])


def test_projection_years_are_the_tables_own(kb):
    header = E.projections_header()
    assert f"Employment, {kb.outlook(E.HELP_DESK).projection.base_year}" == header[3]
    assert f"Employment, {kb.outlook(E.HELP_DESK).projection.projected_year}" == header[4]


def test_article_profiles_hold_every_transcribed_fact(kb):
    articles = yaml.safe_load((SRC / "articles.yml").read_text())
    for profile in articles["profiles"]:
        stored = kb.article_profile(profile["title"])
        assert stored.soc_code == profile["soc_code"]
        assert [(f.fact, f.text, f.source.id) for f in stored.facts] == [
            (f["fact"], f["text"], f["source"]) for f in profile["facts"]
        ]
        assert len(stored.skills) == len(profile.get("skills") or [])


def test_article_figures_are_marked_as_the_career_sites_estimates(kb):
    salary = kb.article_profile("Program Support Technician").fact("average_salary")
    assert salary.number == E.article_fact("Program Support Technician", "average_salary")
    assert salary.source.id == "article_000"
    bls_2016 = kb.article_profile("Customer Support Technician").fact("median_salary")
    assert (bls_2016.number, bls_2016.period, bls_2016.source.id) == (
        E.article_fact("Customer Support Technician", "median_salary"),
        "2016",
        "article_001",
    )


def test_every_fact_row_names_a_known_source_and_its_period(kb):
    known = set(kb.sources)
    for table in (
        "occupations",
        "titles",
        "wages",
        "industry_wages",
        "outlook",
        "education",
        "majors",
        "skills",
        "technology",
        "tasks",
        "related",
        "interests",
        "demographics",
        "profile_facts",
        "profile_items",
    ):
        used = {r["source"] for r in kb.query(f"SELECT DISTINCT source FROM {table}")}
        assert used and used <= known, table
        assert kb.query(f"SELECT 1 FROM {table} WHERE period IS NULL LIMIT 1") == [], table


def test_sources_carry_licence_and_attribution(kb):
    onet = kb.sources["onet_30_1"]
    assert onet.licence == "CC BY 4.0" and "O*NET 30.1 Database" in onet.attribution
    assert "Bureau of Labor Statistics" in kb.sources["oews_2025"].attribution


def test_demographics_of_a_census_group_say_they_are_for_the_group(kb):
    demographics = kb.demographics("15-1232")
    assert demographics.census_title == "Computer support specialists"
    assert demographics.group == ["15-1231", "15-1232"]
    assert demographics.measures["median_age"].value == E.median_age("Computer support specialists")
    assert demographics.measures["median_age"].source.period == "2025"


def test_every_occupation_has_titles_tasks_and_a_soc_hierarchy(kb):
    onet = E.source_rows("onet/Occupation Data.txt", delimiter="\t")
    assert kb.query_one("SELECT count(*) AS n FROM occupations")["n"] == len(onet)
    missing = kb.query("SELECT code FROM occupations WHERE code NOT IN (SELECT code FROM titles)")
    assert missing == []
    assert kb.query("SELECT code FROM occupations WHERE major_title IS NULL") == []
