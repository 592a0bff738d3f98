"""Lists across occupations against the real knowledge base; the expected lists are
computed here straight from the BLS source files (tests/expected.py)."""

from dataclasses import replace

import pytest

from knowledge.criteria import asks_for_a_list, read
from knowledge.lists import EDUCATION_LEVELS as E_LEVELS
from knowledge.lists import NO_DEGREE, Criteria, bright

from . import expected as E

NO_DEGREE_LEVELS = {
    "No formal educational credential",
    "High school diploma or equivalent",
    "Some college, no degree",
    "Postsecondary nondegree award",
}


def line_items():
    """The projections' detailed occupations: the set every list ranks."""
    return {code: row for code, row in E.projections().items() if row[2] == "Line item"}


def median(soc_code, area=E.NATION):
    row = E.oews_rows().get((area, soc_code))
    value = row and row["A_MEDIAN"].replace(",", "")
    return float(value) if value and value.replace(".", "").isdigit() else None


def test_highest_paying_is_the_oews_national_median_order(kb):
    expected = sorted(((median(c), c) for c in line_items() if median(c) is not None), key=lambda m: (-m[0], m[1]))
    ranking = kb.rank(Criteria(by="pay", limit=10))
    assert [(i.annual_median, i.soc_code) for i in ranking.items] == expected[:10]
    assert ranking.qualified == len(expected)
    assert ranking.without_figure == len(line_items()) - len(expected)  # hourly-only and unpublished, said


def test_fastest_growing_without_a_degree_is_the_projections_order(kb):
    rows = [(r[8], c) for c, r in line_items().items() if r[12] in NO_DEGREE_LEVELS]
    expected = sorted(rows, key=lambda m: -m[0])[:10]
    ranking = kb.rank(Criteria(by="growth", education_at_most=NO_DEGREE))
    assert [i.change_percent for i in ranking.items] == [g for g, _ in expected]
    assert {i.soc_code for i in ranking.items} <= {c for _, c in rows}
    assert ranking.qualified == len(rows)


def test_pay_floor_and_a_state(kb):
    texas = [
        (median(c, E.TEXAS), c)
        for c, r in line_items().items()
        if r[12] in NO_DEGREE_LEVELS and (median(c, E.TEXAS) or 0) >= 60000
    ]
    ranking = kb.rank(Criteria(area="Texas", min_pay=60000, education_at_most=NO_DEGREE, limit=1000))
    assert sorted((i.annual_median, i.soc_code) for i in ranking.items) == sorted(texas)
    assert ranking.area.name == "Texas"


def test_healthcare_is_two_major_groups_and_most_openings_counts_them(kb):
    ranking = kb.rank(Criteria(by="openings", fields=("29", "31"), limit=3))
    expected = sorted(((r[10], c) for c, r in line_items().items() if c[:2] in ("29", "31")), key=lambda m: -m[0])
    assert [i.soc_code for i in ranking.items] == [c for _, c in expected[:3]]
    assert ranking.items[0].openings == round(expected[0][0] * 1000)


def test_an_impossible_filter_matches_nothing_and_says_how_many(kb):
    ranking = kb.rank(Criteria(min_pay=5_000_000))
    assert ranking.items == [] and ranking.qualified == 0


@pytest.mark.parametrize(
    "text,stated",
    [
        ("highest paying jobs", dict(by="pay")),
        ("fastest growing jobs without a degree", dict(by="growth", education_at_most=NO_DEGREE)),
        ("jobs over $60k without a degree", dict(min_pay=60000, education_at_most=NO_DEGREE)),
        ("whats the highest paying jobs in healthcare", dict(fields=("29", "31"))),
        ("which trades pay the most without a college degree?", dict(fields=("47", "49"), education_at_most=NO_DEGREE)),
        (
            "bachelor's jobs over $100k growing faster than average",
            dict(by="growth", education="Bachelor's degree", min_pay=100000, faster_than_average=True),
        ),
        ("declining jobs", dict(by="growth", lowest=True, declining=True)),
        ("jobs paying over $30 an hour", dict(min_pay=30 * 2080)),
        ("careers under 40k", dict(max_pay=40000)),
        ("most common jobs", dict(by="employment")),
        ("is it worth it", dict()),  # "it" is no field of work
        ("jobs 100k+ no degree", dict(min_pay=100000, education_at_most=NO_DEGREE)),
        (
            "any jobs that pay 40k+ w/o college",
            dict(min_pay=40000, education_at_most="High school diploma or equivalent"),
        ),
        ("jobs that don't need a four-year degree", dict(education_at_most="Associate's degree")),
        ("jobs with an associate's degree or less", dict(education_at_most="Associate's degree")),
        ("jobs that need no more than an associate's degree", dict(education_at_most="Associate's degree")),
        ("careers needing at most a postsecondary nondegree award", dict(education_at_most=NO_DEGREE)),
        ("something that doesn't take a four-year degree", dict(education_at_most="Associate's degree")),
        # schooling not needed leaves the level below it
        ("ones that dont need a doctorate or whatever", dict(education_at_most="Master's degree")),
        ("business jobs that don't need a master's", dict(fields=("13",), education_at_most="Bachelor's degree")),
        ("good jobs w/o going to college", dict(education_at_most="High school diploma or equivalent")),
        ("ones u can start w/o going to trade school", dict(education_at_most="High school diploma or equivalent")),
        ("i dont have a degree btw", dict(education_at_most=NO_DEGREE)),
        ("which need no formal education at all", dict(education_at_most="No formal educational credential")),
        ("medical jobs that only need a 4 yr degree", dict(fields=("29", "31"), education_at_most="Bachelor's degree")),
        ("which jobs need the least amount of schooling", dict(by="education", lowest=True)),
        ("kitchen jobs that pay the most", dict(by="pay", fields=("35",))),
        ("smth with making videos, like editing youtube stuff", dict(interests=("Artistic",))),
        ("i also like computers and figuring out how stuff works", dict(interests=("Investigative",))),
        ("how about outdoor jobs", dict(interests=("Realistic",))),
        ("wait sorry i meant healthcare not tech", dict(fields=("29", "31"))),  # not the field said not
        ("which of those r actually growing tho", dict(by="growth", faster_than_average=True)),
        ("any of them with good growth?", dict(faster_than_average=True)),  # a filter, not a ranking
        ("ok which is easiest to actually get hired in", dict(by="openings")),
        ("nothing customer facing pls", dict(style="Social Orientation", style_low=True)),
        ("somebody very careful and precise", dict(style="Attention to Detail", style_low=False)),
        ("a patient, even-tempered personality", dict(style="Self-Control", style_low=False)),
        ("any of those u can do with an associates", dict(education_at_most="Associate's degree")),
        ("ok what if i went and got an associate's", dict(education_at_most="Associate's degree")),
        ("a client with a strong Social and Investigative profile", dict(interests=("Investigative", "Social"))),
        ("And for someone who comes out Enterprising/Conventional?", dict(interests=("Enterprising", "Conventional"))),
        ("she's pretty quiet and likes to work on her own", dict(style="Social Orientation", style_low=True)),
        ("jobs for someone who is really detail-oriented", dict(style="Attention to Detail", style_low=False)),
        ("careers that don't involve much stress", dict(style="Stress Tolerance", style_low=True)),
        ("what jobs let me work w animals", dict(activity="animal")),
        ("careers for a teen whose Holland code comes out Artistic", dict(interests=("Artistic",))),
        ("what can i get into with like a 2 year degree", dict(education_at_most="Associate's degree")),
        ("i can't do 4 years of school, what are my options", dict(education_at_most="Associate's degree")),
        ("which of those only need a bachelors", dict(education_at_most="Bachelor's degree")),
        ("are there jobs working with little kids", dict(activity="child")),
        ("which jobs can u get with just a bachelors", dict(education_at_most="Bachelor's degree")),
        ("what jobs are good for people who are really empathetic", dict(style="Empathy", style_low=False)),
        ("any jobs where u need a 1 year certificate", dict(education_at_most=NO_DEGREE)),
        ("jobs needing only an associate's degree", dict(education="Associate's degree")),
        (
            "healthcare support occupations with above-average growth",
            dict(by="growth", fields=("31",), faster_than_average=True),
        ),
        ("fastest growing jobs that pay over sixty thousand dollars", dict(by="growth", min_pay=60000)),  # dictated
        ("jobs under a hundred thousand", dict(max_pay=100000)),
        ("which occupations have the lowest median pay nationally?", dict(lowest=True)),
        ("jobs for someone who works best alone", dict(style="Social Orientation", style_low=True)),
        ("which jobs pay the least overall?", dict(lowest=True)),
        ("I teach 7th grade. what jobs pay over 50k?", dict(min_pay=50000)),  # teaching as a job, no interest
        ("what jobs dont need any school at all", dict(education_at_most="No formal educational credential")),
        ("no school required ones", dict(education_at_most="No formal educational credential")),
        (
            "healthcare jobs over 100k without needing a doctorate",
            dict(fields=("29", "31"), min_pay=100000, education_at_most="Master's degree"),
        ),
        ("ones under a bachelors", dict(education_at_most="Associate's degree")),
        ("sort by # employed", dict(by="employment")),
        ("now sort by how many ppl actually work in them", dict(by="employment")),
        ("Which education and library occupations are hiring?", dict(by="openings", fields=("25",))),
        ("jobs for someone who handles stress really well", dict(style="Stress Tolerance", style_low=False)),
        ("what about jobs where u mostly work by yourself", dict(style="Social Orientation", style_low=True)),
        ("i like working on a team", dict(style="Cooperation", style_low=False)),
        ("i want to help ppl", dict(interests=("Social",))),
        ("only the ones growing fast", dict(by="growth", faster_than_average=True)),
    ],
)
def test_reading_what_a_list_question_asks(text, stated):
    criteria = read(text)
    assert {k: getattr(criteria, k) for k in stated} == stated
    assert all(getattr(criteria, k) == getattr(Criteria(), k) for k in Criteria.__dataclass_fields__ if k not in stated)


def test_a_follow_up_changes_only_what_it_states():
    first = read("fastest growing jobs without a degree")
    assert read("only in Ohio", "Ohio", first) == Criteria(by="growth", education_at_most=NO_DEGREE, area="Ohio")
    assert read("sort by pay", None, first).by == "pay"
    assert read("show more", None, first).offset == 10
    assert Criteria.from_json(first.to_json()) == first
    assert Criteria.from_json("not json") is None


def test_growing_faster_than_average_after_a_list_filters_it_and_keeps_its_order():
    first = read("highest paying arts jobs")
    assert read("and which of those are growing faster than average", None, first) == replace(
        first, faster_than_average=True
    )
    assert read("which of those are growing the most", None, first).by == "growth"
    by_schooling = Criteria(by="education", min_pay=50000)
    limited = read("Limit that to the ones projected to grow faster than average.", None, by_schooling)
    assert limited == replace(by_schooling, faster_than_average=True)


def test_a_follow_up_turns_the_list_around_re_sorts_it_or_pages_it():
    lowest = read("lowest paying jobs in the us")
    assert read("lol ok now the highest", None, lowest).lowest is False
    assert read("Sort them by median pay, please.", None, Criteria(by="growth")).by == "pay"
    assert read("more pls", None, lowest).offset == 10 and read("keep going", None, lowest).offset == 10


def test_years_of_school_or_less_is_an_associates_at_most():
    asked = "What are the highest paying healthcare jobs that need 2 years of college or less?"
    assert read(asked).education_at_most == "Associate's degree"
    told = "She doesn't want more than two years of school. Which occupations need an associate's degree or less?"
    assert read(told).education_at_most == "Associate's degree"


def test_pay_above_the_cap_is_noted_not_ranked_against_published_figures(kb):
    capped = {
        soc
        for (area, soc), row in E.oews_rows().items()
        if area == E.TEXAS and "A_MEDIAN:5" in row["FOOTNOTES"] and soc in line_items()
    }
    ranking = kb.rank(Criteria(area="Texas", limit=1000))
    assert capped and {r.soc_code for r in ranking.top_coded} == capped
    assert not capped & {i.soc_code for i in ranking.items}
    medians = [i.annual_median for i in ranking.items]
    assert medians == sorted(medians, reverse=True)


def test_a_technology_is_found_by_the_word_people_use_and_its_users_come_from_onet(kb):
    rows = E.source_rows("onet/Technology Skills.txt.gz", delimiter="\t")
    python = {r["O*NET-SOC Code"][:7] for r in rows if r["Example"] == "Python"}
    in_demand = {r["O*NET-SOC Code"][:7] for r in rows if r["Example"] == "Python" and r["In Demand"] == "Y"}
    assert kb.technologies.named_in("which occupations that use Python pay the most?") == ("python", "Python")
    assert kb.technologies.named_in("jobs that use adobe photoshop") == ("adobe photoshop", "Adobe Photoshop")
    assert kb.technologies.named_in("jobs where i work with people") is None
    assert kb.technologies.named_in("careers in healthcare") is None
    assert kb.technologies.named_in("anything that pays 50k+ that i can take with me") is None  # no "TopView ME"
    assert kb.technologies.named_in("and tableau") == ("tableau", "Tableau")  # said alone, as a follow-up
    assert kb.technologies.named_in("where is kubernetes actually used, like which occupations")[1] == "Kubernetes"
    use = kb.technology_use("Python")
    assert set(use.soc_codes) == python and set(use.in_demand) == in_demand and use.hot


@pytest.mark.parametrize(
    "text,cip_code",
    [
        ("what can i do with a psych degree", "42.0101"),  # Psychology, General
        ("what can i do with a biology degree", "26.0101"),
        ("jobs for english majors", "23.0101"),
        ("what jobs can I get with a bachelors in nursing", "51.3801"),
        ("what other jobs would use an accounting background?", "52.0301"),
        ("what can u actually do w a psychology degree besides be a therapist", "42.0101"),
        ("what about a history degree, asking for a friend", "54.0101"),
        ("social work degree, what are the options", "44.0701"),
    ],
)
def test_a_major_is_found_by_the_name_people_use(kb, text, cip_code):
    program = kb.program(kb.programs.named_in(text))
    crosswalk = E.source_rows("crosswalks/CIP2020_SOC2018_Crosswalk.csv")
    linked = {r["SOC2018Code"] for r in crosswalk if r["CIP2020Code"] == cip_code}
    assert program.cip_code == cip_code and set(program.soc_codes) == linked


@pytest.mark.parametrize(
    "text,major",
    [
        ("Which healthcare jobs pay over $50,000 with an associate's degree or less?", None),  # a level, no major
        ("I only have my high school diploma. What jobs could I get?", None),
        ("my roommate's a chem major", "chem"),
        ("jobs without a degree?", None),
        ("no degree, what can i do", None),
    ],
)
def test_what_is_no_major(kb, text, major):
    assert kb.programs.named_in(text) == major


def test_low_stress_is_the_lowest_quarter_of_onets_stress_tolerance_ratings(kb):
    rows = [
        r
        for r in E.source_rows("onet/Work Styles.txt.gz", delimiter="\t")
        if r["Element Name"] == "Stress Tolerance" and r["Scale ID"] == "WI"
    ]
    rows.sort(key=lambda r: float(r["Data Value"]))
    lowest = rows[: len(rows) // 4]
    assert set(kb.styled("Stress Tolerance")) == {r["O*NET-SOC Code"][:7] for r in lowest}
    criteria = read("low stress jobs that pay well")
    assert (criteria.style, criteria.style_low, criteria.by) == ("Stress Tolerance", True, "pay")
    ranking = kb.rank(criteria)
    assert ranking.items and {i.soc_code for i in ranking.items} <= kb.listed_codes(kb.styled("Stress Tolerance"))


def test_what_people_like_doing_is_an_onet_interest_area(kb):
    rows = [r for r in E.source_rows("onet/Interests.txt", delimiter="\t") if r["Scale ID"] == "OI"]
    best = {}
    for r in rows:
        code, score = r["O*NET-SOC Code"], float(r["Data Value"])
        if score > best.get(code, ("", -1))[1]:
            best[code] = (r["Element Name"], score)
    realistic = {code[:7] for code, (area, _) in best.items() if area == "Realistic"}
    assert read("jobs for someone who likes working with their hands").interests == ("Realistic",)
    assert read("i like helping people, what jobs").interests == ("Social",)
    assert set(kb.interested(("Realistic",))) == realistic


def test_least_schooling_first_then_the_better_paid(kb):
    first = read("which of those needs the least school", None, read("healthcare jobs over $60k"))
    assert (first.by, first.lowest, first.fields, first.min_pay) == ("education", True, ("29", "31"), 60000)
    items = kb.rank(first).items
    levels = [row[12] for c, row in line_items().items() if c in {i.soc_code for i in items}]
    assert items[0].entry_education == min(levels, key=lambda level: E_LEVELS.index(level))


def test_bright_outlook_like_flag_follows_its_stated_rule(kb):
    average = E.projected("00-0000")["change_percent"]
    for item in kb.rank(Criteria(by="growth", limit=40)).items:
        expected = item.change_percent >= 2 * average or (item.openings or 0) >= 100_000
        assert bright(item, average) == expected
    assert bright(kb.rank(Criteria(by="openings", limit=1)).items[0], average)  # fast food: 900,000 openings


@pytest.mark.parametrize(
    "text,word",
    [
        ("any jobs where u work with animals all day", "animal"),
        ("careers working with kids", "child"),
        ("my daughter is obsessed with animals", "animal"),  # what the person likes
        ("what kinda jobs are good if u like driving", "vehicle"),
        ("what kind of work is there if i just really like kids", "child"),
    ],
)
def test_what_people_want_to_work_with_is_read_from_onet_tasks(kb, text, word):
    criteria = read(text)
    assert criteria.activity == word
    counts = {}
    for r in E.source_rows("onet/Task Statements.txt.gz", delimiter="\t"):
        if f" {word}" in " " + r["Task"].lower():
            counts[r["O*NET-SOC Code"][:7]] = counts.get(r["O*NET-SOC Code"][:7], 0) + 1
    assert set(kb.doing(word)) == {soc for soc, n in counts.items() if n >= 2}
    assert kb.rank(criteria).items


def test_the_work_styles_named_are_onets(kb):
    from knowledge.criteria import WORK_STYLES

    assert set(WORK_STYLES) == {row["style"] for row in kb.query("SELECT DISTINCT style FROM work_styles")}
    assert read("which occupations rate attention to detail highest").style == "Attention to Detail"
    assert read("someone with a strong Social interest on the Holland codes").interests == ("Social",)


@pytest.mark.parametrize(
    "text, asked",
    [
        ("is there anything i could train for quick that pays 50k+", True),  # a condition on "anything"
        ("jobs over $60k without a degree", True),
        ("is there anything else", False),
        ("what do dental hygienists make", False),
        # what a person likes or is like asks for jobs that fit, without the word "jobs"
        ("I like working with my hands, been at an auto plant 20 yrs. what else is out there for me", True),
        ("im also really patient and i like working on a team", True),
        ("houston is closer to family, numbers there?", False),  # "numbers" is no liking
    ],
)
def test_whether_a_message_asks_for_a_list(text, asked):
    assert asks_for_a_list(text) is asked
