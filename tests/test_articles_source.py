"""Checks knowledge/sources/articles.yml against the two source articles.

The articles live in shared/seeds/, next to this repository; the project does not copy
their text, so on a machine without them (a user's) these tests skip and say why. Every figure,
skill and responsibility in the YAML must be found, as printed, in the article
it cites; the comparison tables of article 000 (whose columns were run together
when the page was saved) are rebuilt row by row from the YAML and must match
the saved rows exactly, which also proves each value sits in the right column.
"""

from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "seeds"
ARTICLES_YML = REPO / "knowledge" / "sources" / "articles.yml"

PROGRAM = "Program Support Technician"
CUSTOMER = "Customer Support Technician"
TECHNICAL = "Technical Support Technician"
BULLET = "  \u2022 "


# ---------------------------------------------------------------- helpers

if not SEEDS.is_dir():
    pytest.skip(
        f"the source articles are not here ({SEEDS}): they live beside the repository, "
        "in the project's shared folder, and are not copied into it",
        allow_module_level=True,
    )

DATA = yaml.safe_load(ARTICLES_YML.read_text(encoding="utf-8"))
SOURCES = {s["id"]: s for s in DATA["sources"]}
PROFILES = {p["title"]: p for p in DATA["profiles"]}


def seed_text(source_id):
    return (SEEDS / SOURCES[source_id]["seed_file"]).read_text(encoding="utf-8")


def seed_lines(source_id):
    return seed_text(source_id).splitlines()


def all_facts():
    for profile in DATA["profiles"]:
        for fact in profile["facts"]:
            yield profile["title"], fact


def facts(title, name, source=None):
    return [f for f in PROFILES[title]["facts"] if f["fact"] == name and (source is None or f["source"] == source)]


def fact(title, name, source=None):
    (only,) = facts(title, name, source)
    return only


def as_printed(number):
    """A number formatted the way the articles print it (thousands commas)."""
    return f"{number:,}"


def bullets_after(source_id, heading):
    """The bullet items listed directly under a heading line of an article."""
    lines = seed_lines(source_id)
    start = next(i for i, line in enumerate(lines) if line.strip() == heading)
    items = []
    for line in lines[start + 1 :]:
        if line.startswith(BULLET):
            items.append(line[len(BULLET) :])
        elif items or line.strip():
            break
    return items


# ---------------------------------------------------------------- structure


def test_both_articles_are_listed_as_sources():
    assert set(SOURCES) == {"article_000", "article_001"}
    for source in SOURCES.values():
        assert (SEEDS / source["seed_file"]).is_file()


def test_article_000_has_no_reference_year():
    assert SOURCES["article_000"]["period"] is None


@pytest.mark.parametrize(
    "title, onet, soc",
    [
        (PROGRAM, "43-9061.00", "43-9061"),
        (CUSTOMER, "15-1232.00", "15-1232"),
        (TECHNICAL, "15-1231.00", "15-1231"),
    ],
)
def test_the_three_profiles_exist_with_their_codes(title, onet, soc):
    profile = PROFILES[title]
    assert profile["onet_code"] == onet
    assert profile["soc_code"] == soc
    assert profile["link_note"].strip()


def test_there_are_exactly_three_profiles():
    assert list(PROFILES) == [PROGRAM, CUSTOMER, TECHNICAL]


def test_every_item_cites_a_known_source():
    for profile in DATA["profiles"]:
        for key in ("facts", "skills", "responsibilities", "related_careers"):
            for item in profile[key]:
                assert item["source"] in SOURCES, (profile["title"], item)


def test_fact_names_are_snake_case():
    for _, f in all_facts():
        assert f["fact"] == f["fact"].lower() and " " not in f["fact"]


def test_figures_are_numbers_not_strings():
    for title, f in all_facts():
        for key in ("share", "low", "high"):
            if key in f:
                assert isinstance(f[key], (int, float)), (title, f)
        if "unit" in f and f["fact"] != "time_to_become":
            assert isinstance(f["value"], (int, float)), (title, f)
        if isinstance(f["value"], str):
            assert not f["value"].startswith("$") and not f["value"].endswith("%")


def test_job_satisfaction_is_left_out_because_the_article_gives_none():
    assert "Job satisfaction--" in seed_lines("article_000")
    assert not any(f["fact"] == "job_satisfaction" for _, f in all_facts())


# ---------------------------------------------------------------- facts vs articles


def test_every_fact_text_occurs_in_its_article():
    for title, f in all_facts():
        assert f["text"] in seed_text(f["source"]), (title, f)


def test_every_numeric_value_matches_its_printed_text():
    for title, f in all_facts():
        for key in ("value", "share", "low", "high"):
            number = f.get(key)
            if isinstance(number, (int, float)):
                assert as_printed(number) in f["text"], (title, key, f)


def test_no_fact_is_listed_twice_in_a_profile():
    for profile in DATA["profiles"]:
        keys = [(f["source"], f["fact"], str(f["value"])) for f in profile["facts"]]
        assert len(keys) == len(set(keys)), profile["title"]


# Article 000's tables: row label -> how to print the cell from a profile's facts.
def _one(name):
    return lambda title: fact(title, name, "article_000")["text"]


def _joined(name):
    return lambda title: " ".join(f["text"] for f in facts(title, name, "article_000"))


def _salary_range(title):
    low = fact(title, "salary_range_low", "article_000")["text"]
    high = fact(title, "salary_range_high", "article_000")["text"]
    return f"Between {low} And {high}"


TABLE_ROWS_000 = {
    "Yearly salary": _one("average_salary"),
    "Hourly rate": _one("hourly_rate"),
    "Growth rate": _one("growth_rate"),
    "Number of jobs": _one("number_of_jobs"),
    "Most common degree": _one("most_common_degree"),
    "Average age": _one("average_age"),
    "Years of experience": _one("years_of_experience"),
    "Average salary": _one("average_salary"),
    "Salary range": _salary_range,
    "Highest paying City": _one("highest_paying_city"),
    "Highest paying state": _one("highest_paying_state"),
    "Best paying company": _one("best_paying_company"),
    "Best paying industry": _one("best_paying_industry"),
    "Most common major": _one("most_common_major"),
    "Most common college": _one("most_common_college"),
    "Gender ratio": _joined("gender_share"),
    "Race ratio": _joined("race_share"),
    "LGBT Percentage": _one("lgbt_share"),
}


@pytest.mark.parametrize("label", TABLE_ROWS_000)
def test_article_000_table_row_is_rebuilt_exactly(label):
    build = TABLE_ROWS_000[label]
    row = label + build(PROGRAM) + build(CUSTOMER)
    assert row in seed_lines("article_000")


def test_article_000_says_both_take_1_to_2_years():
    assert "takes 1-2 years to become both" in seed_text("article_000")
    for title in (PROGRAM, CUSTOMER):
        f = fact(title, "time_to_become", "article_000")
        assert (f["low"], f["high"], f["text"]) == (1, 2, "1-2 years")


def test_article_000_facts_are_all_accounted_for():
    """Each article-000 fact comes from a table row above or the 1-2 years line."""
    covered = {
        "average_salary",
        "hourly_rate",
        "growth_rate",
        "number_of_jobs",
        "most_common_degree",
        "average_age",
        "years_of_experience",
        "salary_range_low",
        "salary_range_high",
        "highest_paying_city",
        "highest_paying_state",
        "best_paying_company",
        "best_paying_industry",
        "most_common_major",
        "most_common_college",
        "gender_share",
        "race_share",
        "lgbt_share",
        "time_to_become",
    }
    for title in (PROGRAM, CUSTOMER):
        names = {f["fact"] for f in PROFILES[title]["facts"] if f["source"] == "article_000"}
        assert names == covered, title
    assert not any(f["source"] == "article_000" for f in PROFILES[TECHNICAL]["facts"])


@pytest.mark.parametrize("title", [CUSTOMER, TECHNICAL])
def test_article_001_table_row_is_rebuilt_exactly(title):
    edu = fact(title, "education_requirement", "article_001")
    salary = fact(title, "median_salary", "article_001")
    growth = fact(title, "job_growth", "article_001")
    group = salary["group"]
    assert growth["group"] == group
    row = f"{title} {edu['text']} {salary['text']} (for all {group}) {growth['text']} (for all {group})"
    assert row in seed_lines("article_001")


def test_article_001_periods_match_its_table_header():
    text = seed_text("article_001")
    for title in (CUSTOMER, TECHNICAL):
        assert f"Median Salary ({fact(title, 'median_salary')['period']})" in text
        assert f"Job Growth ({fact(title, 'job_growth')['period']})" in text


def test_article_001_alternate_titles_are_the_ones_it_names():
    assert (
        "Customer support technicians, also called computer user support specialists or help desk technicians"
    ) in seed_text("article_001")
    names = [f["value"] for f in facts(CUSTOMER, "alternate_title", "article_001")]
    assert names == ["computer user support specialists", "help desk technicians"]


# ---------------------------------------------------------------- skills


@pytest.mark.parametrize(
    "title, heading",
    [
        (PROGRAM, "Common program support technician skills"),
        (CUSTOMER, "Common customer support technician skills"),
    ],
)
def test_skills_match_the_article_list_in_order(title, heading):
    printed = [f"{s['name']}, {as_printed(s['share'])}%" for s in PROFILES[title]["skills"]]
    assert printed == bullets_after("article_000", heading)
    assert all(s["source"] == "article_000" for s in PROFILES[title]["skills"])


def test_technical_support_technician_has_no_skill_shares():
    assert PROFILES[TECHNICAL]["skills"] == []


# ---------------------------------------------------------------- responsibilities

RESPONSIBILITY_LISTS = [
    (PROGRAM, "article_000", "Program support technician example responsibilities."),
    (CUSTOMER, "article_000", "Customer support technician example responsibilities."),
    (CUSTOMER, "article_001", "Job responsibilities of a Customer Support Technician include:"),
    (TECHNICAL, "article_001", "Job responsibilities of a Technical Support Technician include:"),
]


@pytest.mark.parametrize("title, source, heading", RESPONSIBILITY_LISTS)
def test_responsibilities_match_the_article_list_verbatim(title, source, heading):
    ours = [r["text"] for r in PROFILES[title]["responsibilities"] if r["source"] == source]
    theirs = [item for item in bullets_after(source, heading) if item != "Show more"]
    assert ours == theirs


def test_every_responsibility_occurs_verbatim():
    for profile in DATA["profiles"]:
        for r in profile["responsibilities"]:
            assert BULLET + r["text"] in seed_lines(r["source"]), (profile["title"], r)


def test_show_more_link_is_not_a_responsibility():
    for profile in DATA["profiles"]:
        assert all(r["text"] != "Show more" for r in profile["responsibilities"])


# ---------------------------------------------------------------- related careers


def test_related_careers_are_the_ones_article_001_names():
    text = seed_text("article_001").lower()
    assert [c["title"] for c in PROFILES[CUSTOMER]["related_careers"]] == ["customer service agent"]
    assert [c["title"] for c in PROFILES[TECHNICAL]["related_careers"]] == ["network architect"]
    assert PROFILES[PROGRAM]["related_careers"] == []
    for profile in DATA["profiles"]:
        for career in profile["related_careers"]:
            assert career["source"] == "article_001"
            assert career["title"].lower() in text


# ---------------------------------------------------------------- spot checks


def test_program_support_technician_average_salary_is_36653():
    f = fact(PROGRAM, "average_salary", "article_000")
    assert f["value"] == 36653
    assert f["text"] == "$36,653"
    assert f["unit"] == "USD per year"


def test_customer_support_technician_hourly_rate_is_17_48():
    f = fact(CUSTOMER, "hourly_rate", "article_000")
    assert f["value"] == 17.48
    assert f["unit"] == "USD per hour"


def test_customer_support_technician_median_salary_is_49390_in_2016():
    f = fact(CUSTOMER, "median_salary")
    assert f["source"] == "article_001"
    assert f["value"] == 49390
    assert f["period"] == "2016"
    assert f["group"] == "computer user support specialists"


def test_technical_support_technician_job_growth_is_8_percent():
    f = fact(TECHNICAL, "job_growth", "article_001")
    assert f["value"] == 8
    assert f["unit"] == "percent"
    assert f["period"] == "2014-2024"
    assert f["group"] == "computer network support specialists"


def test_program_and_customer_gender_split():
    program = {f["value"]: f["share"] for f in facts(PROGRAM, "gender_share")}
    customer = {f["value"]: f["share"] for f in facts(CUSTOMER, "gender_share")}
    assert program == {"Male": 32.2, "Female": 67.8}
    assert customer == {"Male": 66.1, "Female": 33.9}
