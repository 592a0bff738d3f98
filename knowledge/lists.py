"""Questions across occupations: ranked lists and filters ("highest paying jobs in Texas",
"fastest growing jobs without a degree", "healthcare jobs over $60k").

The set ranked is the detailed occupations of the BLS Employment Projections (about 830,
each one OEWS also publishes): pay and headcount from OEWS (national, a state or a metro
area), growth, openings and entry education from the projections (national only).
"""

import json
from dataclasses import asdict, dataclass, field, replace

# BLS's typical entry education, least to most.
EDUCATION_LEVELS = (
    "No formal educational credential",
    "High school diploma or equivalent",
    "Some college, no degree",
    "Postsecondary nondegree award",
    "Associate's degree",
    "Bachelor's degree",
    "Master's degree",
    "Doctoral or professional degree",
)
INTEREST_AREAS = ("Realistic", "Investigative", "Artistic", "Social", "Enterprising", "Conventional")  # RIASEC
NO_DEGREE = EDUCATION_LEVELS[3]  # "without a degree": up to a postsecondary certificate
RANKINGS = {  # what each ranking orders by
    "pay": "annual_median",
    "growth": "change_percent",
    "openings": "openings",
    "employment": "employment",
    "education": "entry_level",  # lowest first: "needs the least school"
}
BRIGHT_GROWTH, BRIGHT_OPENINGS = 2, 100_000  # growth at least twice the average, or this many openings a year
NATIONAL_ONLY = {"growth", "openings"}  # BLS projects employment for the nation only
# SOC major groups by their first two digits.
FIELDS = {
    "11": "Management",
    "13": "Business and Financial Operations",
    "15": "Computer and Mathematical",
    "17": "Architecture and Engineering",
    "19": "Life, Physical, and Social Science",
    "21": "Community and Social Service",
    "23": "Legal",
    "25": "Educational Instruction and Library",
    "27": "Arts, Design, Entertainment, Sports, and Media",
    "29": "Healthcare Practitioners and Technical",
    "31": "Healthcare Support",
    "33": "Protective Service",
    "35": "Food Preparation and Serving Related",
    "37": "Building and Grounds Cleaning and Maintenance",
    "39": "Personal Care and Service",
    "41": "Sales and Related",
    "43": "Office and Administrative Support",
    "45": "Farming, Fishing, and Forestry",
    "47": "Construction and Extraction",
    "49": "Installation, Maintenance, and Repair",
    "51": "Production",
    "53": "Transportation and Material Moving",
}


@dataclass(frozen=True)
class Criteria:
    """What a list asks for. Every filter left as None does not apply."""

    by: str = "pay"  # a key of RANKINGS
    lowest: bool = False  # lowest first ("lowest paying", "declining")
    area: str | None = None  # a state or metro area by name: pay and employment only
    industry: str | None = None  # a NAICS code of the OEWS industry breakdown (national): pay and employment
    fields: tuple = ()  # SOC major groups by their first two digits ("29", "31" for healthcare)
    min_pay: float | None = None  # median annual pay at least / below
    max_pay: float | None = None
    education_at_most: str | None = None  # one of EDUCATION_LEVELS
    education: str | None = None  # exactly this level
    faster_than_average: bool = False  # growth above the all-occupations rate
    declining: bool = False  # employment projected to fall
    job_zone: int | None = None
    soc_codes: tuple = ()  # only these SOC occupations (a major's, a technology's)
    among: str | None = None  # what they are, in words: "whose workers use Salesforce software"
    activity: str | None = None  # a word two or more of the occupation's O*NET tasks use ("animal")
    interests: tuple = ()  # RIASEC areas ("Realistic"), one of which must be the occupation's highest
    style: str | None = None  # an O*NET work style ("Stress Tolerance") the occupations rate...
    style_low: bool = True  # ...in the lowest quarter (True) or the highest quarter (False) for
    limit: int = 10
    offset: int = 0

    def more(self):
        """The next page of the same list."""
        return replace(self, offset=self.offset + self.limit)

    def to_json(self):
        return json.dumps(asdict(self))

    @classmethod
    def from_json(cls, text):
        """The criteria saved by to_json, or None for anything else."""
        try:
            found = json.loads(text)
            tuples = {name: tuple(found.get(name) or ()) for name in ("fields", "soc_codes", "interests")}
            return cls(**{**found, **tuples})
        except (TypeError, ValueError):
            return None


@dataclass
class Listed:
    code: str  # the O*NET-SOC code to open it with
    soc_code: str  # the OEWS / projections code
    title: str
    annual_median: float | None
    pay_top_coded: bool  # at or above the cap: BLS publishes no figure
    employment: int | None
    change_percent: float | None
    openings: int | None  # a year
    entry_education: str | None
    job_zone: int | None


@dataclass
class Ranking:
    criteria: Criteria
    items: list  # Listed, best first, the page asked for
    qualified: int  # occupations meeting the filters that have the figure ranked by
    without_figure: int  # meeting the filters, left out for want of that figure
    area: object  # the Area ranked in (the nation when none was asked)
    all_growth: float | None  # all occupations' projected growth, the average
    cap: object  # the OEWS wage cap (WageCap)
    sources: list = field(default_factory=list)  # the datasets the list draws on
    industry: str | None = None  # the industry's OEWS title, when ranked within one
    top_coded: list = field(default_factory=list)  # by pay: meeting the filters, pay above the cap, unranked


# The same, with pay and employment in one industry (OEWS national industry estimates).
IN_INDUSTRY = """
SELECT o.nem_code AS soc_code, coalesce(w.occupation_title, o.title) AS title, w.annual_median,
       instr(coalesce(w.top_coded, ''), 'annual_median') > 0 AS pay_top_coded, w.employment,
       o.change_percent, o.openings_per_year_thousands, o.entry_education
FROM outlook o JOIN industry_wages w ON w.soc_code = o.nem_code AND w.naics = ?
WHERE o.occupation_type = 'Line item'
"""
SELECT = """
SELECT o.nem_code AS soc_code, coalesce(w.occupation_title, o.title) AS title, w.annual_median,
       instr(coalesce(w.top_coded, ''), 'annual_median') > 0 AS pay_top_coded, w.employment,
       o.change_percent, o.openings_per_year_thousands, o.entry_education
FROM outlook o LEFT JOIN wages w ON w.soc_code = o.nem_code AND w.area_code = ?
WHERE o.occupation_type = 'Line item'
"""


def rank(kb, criteria: Criteria) -> Ranking:
    """The occupations meeting the criteria, ranked; see Criteria."""
    area = kb.area(criteria.area) if criteria.area else None
    nation = kb.area("United States")
    where = area or nation
    all_growth = kb.projection("00-0000").change_percent
    cap = kb.wage_cap
    opens = kb.group_codes
    found = kb.query(IN_INDUSTRY, criteria.industry) if criteria.industry else kb.query(SELECT, where.code)
    rows = [_listed(r, *opens.get(r["soc_code"], (r["soc_code"], None))) for r in found]
    if criteria.area and area and area.code != nation.code:
        rows = [r for r in rows if r.employment is not None or r.annual_median is not None or r.pay_top_coded]
    within = kb.listed_codes(criteria.soc_codes) if criteria.soc_codes else None
    if criteria.activity:
        doing = kb.listed_codes(kb.doing(criteria.activity))
        within = doing if within is None else within & doing
    if criteria.interests:
        liked = kb.listed_codes(kb.interested(criteria.interests))
        within = liked if within is None else within & liked
    if criteria.style:
        styled = kb.listed_codes(kb.styled(criteria.style, criteria.style_low))
        within = styled if within is None else within & styled
    matching = [r for r in rows if _meets(r, criteria, all_growth, cap.annual, within)]
    key = RANKINGS[criteria.by]
    # BLS publishes no median at or above its cap: such pay is not ranked against published figures.
    top_coded = [r for r in matching if r.pay_top_coded] if key == "annual_median" else []
    ranked = [r for r in matching if _value(r, key) is not None and r not in top_coded]
    ranked.sort(key=lambda r: (_order(r, key, criteria.lowest), -(r.annual_median or 0), r.title))
    sources = [kb.source("ep_2024_34")]
    if criteria.by in ("pay", "employment") or criteria.min_pay or criteria.max_pay:
        sources.insert(0, kb.source("oews_2025"))
    return Ranking(
        criteria,
        ranked[criteria.offset : criteria.offset + criteria.limit],
        len(ranked),
        len(matching) - len(ranked) - len(top_coded),
        area if criteria.area else nation,
        all_growth,
        cap,
        sources,
        top_coded=sorted(top_coded, key=lambda r: r.title),
        industry=kb.industry_title(criteria.industry) if criteria.industry else None,
    )


def _listed(row, code, job_zone):
    openings = row["openings_per_year_thousands"]
    return Listed(
        code=code,
        soc_code=row["soc_code"],
        title=row["title"],
        annual_median=row["annual_median"],
        pay_top_coded=bool(row["pay_top_coded"]),
        employment=row["employment"],
        change_percent=row["change_percent"],
        openings=None if openings is None else round(openings * 1000),
        entry_education=row["entry_education"],
        job_zone=job_zone,
    )


def _value(r, key):
    if key == "annual_median":
        return r.annual_median
    if key == "entry_level":
        return EDUCATION_LEVELS.index(r.entry_education) if r.entry_education in EDUCATION_LEVELS else None
    return {"change_percent": r.change_percent, "openings": r.openings, "employment": r.employment}[key]


def _order(r, key, lowest):
    value = _value(r, key)
    return value if lowest else -value


def bright(item, all_growth):
    """A Bright Outlook-like flag: growth at least twice the all-occupations rate, or many openings."""
    fast = item.change_percent is not None and all_growth and item.change_percent >= BRIGHT_GROWTH * all_growth
    return bool(fast or (item.openings or 0) >= BRIGHT_OPENINGS)


def _meets(r, c, all_growth, cap, within):
    pay = r.annual_median if r.annual_median is not None else (cap if r.pay_top_coded else None)
    if c.fields and r.soc_code[:2] not in c.fields:
        return False
    if within is not None and r.soc_code not in within:
        return False
    if c.min_pay is not None and (pay is None or pay < c.min_pay):
        return False
    if c.max_pay is not None and (pay is None or r.pay_top_coded or pay > c.max_pay):
        return False
    level = EDUCATION_LEVELS.index(r.entry_education) if r.entry_education in EDUCATION_LEVELS else None
    if c.education_at_most and (level is None or level > EDUCATION_LEVELS.index(c.education_at_most)):
        return False
    if c.education and r.entry_education != c.education:
        return False
    if c.faster_than_average and (r.change_percent is None or r.change_percent <= all_growth):
        return False
    if c.declining and (r.change_percent is None or r.change_percent >= 0):
        return False
    return c.job_zone is None or r.job_zone == c.job_zone
