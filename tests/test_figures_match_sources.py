"""The database holds exactly the figures the source files publish."""
import random

import openpyxl
import pytest
import yaml

from knowledge.build import SRC, WAGE_COLUMNS

SAMPLE = ["15-1232", "15-1231", "47-2111", "29-1141", "11-1011", "25-1011", "43-9061",
          "29-1292", "53-3032", "35-3023"]


def published(value):
    return None if value == "" else float(value)


def assert_same_wages(kb_row, source_row):
    for column, ours in WAGE_COLUMNS.items():
        assert kb_row[ours] == published(source_row[column]), (ours, source_row["AREA_TITLE"])


@pytest.mark.parametrize("soc_code", SAMPLE)
def test_national_pay_equals_oews(kb, oews_rows, soc_code):
    pay = kb.pay(soc_code)
    assert pay["area"] == "United States" and pay["level"] == "detailed"
    row = kb._one("SELECT * FROM wages WHERE soc_code = ? AND area_type = 'national'", soc_code)
    assert_same_wages(row, oews_rows[("0000000", soc_code)])


def test_electricians_in_texas_are_the_published_figures(kb, oews_rows):
    pay = kb.pay("electrician", "Texas")
    source = oews_rows[("4800000", "47-2111")]
    assert pay["area"] == "Texas"
    assert pay["figures"]["annual_median"] == float(source["A_MEDIAN"]) == 58570
    assert pay["figures"]["hourly_median"] == float(source["H_MEDIAN"])
    assert pay["source"]["short"] == "BLS OEWS" and pay["source"]["period"] == "May 2025"


def test_denver_metro_pay_is_the_published_figure(kb, oews_rows):
    pay = kb.pay("15-1232", "Denver")
    assert pay["area"] == "Denver-Aurora-Centennial, CO"
    assert pay["figures"]["annual_median"] == float(oews_rows[("0019740", "15-1232")]["A_MEDIAN"])


def test_a_random_sample_of_state_and_metro_rows_is_copied_exactly(kb, oews_rows):
    keys = sorted(k for k in oews_rows if k[0] != "0000000")
    for area, soc_code in random.Random(2025).sample(keys, 300):
        row = kb._one("SELECT * FROM wages WHERE area_code = ? AND soc_code = ?", area, soc_code)
        assert_same_wages(row, oews_rows[(area, soc_code)])


def test_wages_table_has_every_source_row(kb, oews_rows):
    assert kb._one("SELECT count(*) AS n FROM wages")["n"] == len(oews_rows)


def test_top_coded_wages_keep_their_footnote(kb, oews_rows):
    source = oews_rows[("0100000", "29-1022")]  # oral surgeons in Alabama: all wages top-coded
    assert "A_MEDIAN:5" in source["FOOTNOTES"]
    figures = kb.pay("29-1022", "Alabama")["figures"]
    assert figures["annual_median"] is None
    assert "annual_median" in figures["top_coded"].split(",")


def test_annual_only_occupations_are_marked(kb, oews_rows):
    assert "H_MEDIAN:4" in oews_rows[("0000000", "25-1011")]["FOOTNOTES"]
    figures = kb.pay("25-1011")["figures"]
    assert figures["wage_form"] == "annual only"
    assert figures["hourly_median"] is None and figures["annual_median"] == 99080


def projections():
    sheet = openpyxl.load_workbook(SRC / "bls_ep/occupation.xlsx", read_only=True)["Table 1.2"]
    return {row[1]: row for row in sheet.iter_rows(min_row=3, values_only=True) if row[1]}


@pytest.mark.parametrize("soc_code", SAMPLE[:8])
def test_outlook_equals_employment_projections(kb, soc_code):
    row = projections()[soc_code]
    figures = kb.outlook(soc_code)["figures"]
    assert figures["employment_2024_thousands"] == row[3]
    assert figures["employment_2034_thousands"] == row[4]
    assert figures["change_percent"] == row[8]
    assert figures["openings_per_year_thousands"] == row[10]
    assert figures["entry_education"] == row[12]
    assert figures["work_experience"] == row[13]
    assert figures["on_the_job_training"] == row[14]


def test_computer_user_support_outlook_in_words(kb):
    figures = kb.outlook("15-1232")["figures"]
    assert (figures["change_percent"], figures["openings_per_year_thousands"]) == (-3.7, 40.8)
    assert figures["entry_education"] == "Some college, no degree"


def test_article_profiles_hold_every_transcribed_fact(kb):
    articles = yaml.safe_load((SRC / "articles.yml").read_text())
    for profile in articles["profiles"]:
        stored = kb.article_profile(profile["title"])
        assert stored["soc_code"] == profile["soc_code"]
        assert [(f["fact"], f["text"], f["source"]["id"]) for f in stored["facts"]] == [
            (f["fact"], f["text"], f["source"]) for f in profile["facts"]]
        assert len(stored.get("skills", [])) == len(profile.get("skills") or [])


def test_article_figures_are_marked_as_the_career_sites_estimates(kb):
    profile = kb.article_profile("Program Support Technician")
    salary = next(f for f in profile["facts"] if f["fact"] == "average_salary")
    assert salary["number"] == 36653 and salary["source"]["id"] == "article_000"
    bls_2016 = next(f for f in kb.article_profile("Customer Support Technician")["facts"]
                    if f["fact"] == "median_salary")
    assert (bls_2016["number"], bls_2016["period"], bls_2016["source"]["id"]) == (49390, "2016", "article_001")


def test_every_fact_row_names_a_known_source_and_its_period(kb):
    known = set(kb.sources)
    for table in ("occupations", "titles", "wages", "industry_wages", "outlook", "education",
                  "majors", "skills", "technology", "tasks", "related", "interests",
                  "demographics", "profile_facts", "profile_items"):
        used = {r["source"] for r in kb._rows(f"SELECT DISTINCT source FROM {table}")}
        assert used and used <= known, table
        assert kb._rows(f"SELECT 1 FROM {table} WHERE period IS NULL LIMIT 1") == [], table


def test_sources_carry_licence_and_attribution(kb):
    onet = kb.sources["onet_30_1"]
    assert onet["licence"] == "CC BY 4.0" and "O*NET 30.1 Database" in onet["attribution"]
    assert "Bureau of Labor Statistics" in kb.sources["oews_2025"]["attribution"]


def test_demographics_of_a_census_group_say_they_are_for_the_group(kb):
    demographics = kb.demographics("15-1232")
    assert demographics["census_title"] == "Computer support specialists"
    assert demographics["group"] == ["15-1231", "15-1232"]
    assert demographics["measures"]["median_age"]["source"]["period"] == "2025"


def test_every_occupation_has_titles_tasks_and_a_soc_hierarchy(kb):
    assert kb._one("SELECT count(*) AS n FROM occupations")["n"] == 1016
    missing = kb._rows("SELECT code FROM occupations WHERE code NOT IN (SELECT code FROM titles)")
    assert missing == []
    assert kb._rows("SELECT code FROM occupations WHERE major_title IS NULL") == []
