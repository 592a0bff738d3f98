"""The typed records the knowledge API returns.

Each part of a record drawn from one dataset has a `source` field (a `Source`); every
record lists all the datasets it draws on in `sources`, so whoever words an answer cites
what the data says, never a release written by hand.
"""

from dataclasses import dataclass, fields, is_dataclass
from typing import Dict, List

ALL_OCCUPATIONS = "00-0000"  # every occupation together, the yardstick (OEWS and projections totals)


@dataclass(frozen=True)
class Source:
    """A dataset: what an answer cites."""

    id: str
    name: str
    short: str  # "BLS OEWS"
    publisher: str
    version: str
    period: str  # "May 2025"
    licence: str
    url: str | None
    attribution: str

    def cite(self) -> str:
        """'BLS OEWS, May 2025'"""
        return f"{self.short}, {self.period}"


class Record:
    @property
    def sources(self) -> List[Source]:
        """Every dataset this record draws on, once each, in the order its fields name them."""
        found: List[Source] = []

        def walk(value):
            if isinstance(value, Source):
                if value not in found:
                    found.append(value)
            elif is_dataclass(value):
                for f in fields(value):
                    walk(getattr(value, f.name))
            elif isinstance(value, (list, tuple)):
                for item in value:
                    walk(item)
            elif isinstance(value, dict):
                for item in value.values():
                    walk(item)

        walk(self)
        return found


# -- identity ---------------------------------------------------------------------------


@dataclass
class Occupation(Record):
    code: str  # O*NET-SOC, "15-1232.00"
    soc_code: str  # SOC 2018, "15-1232"
    title: str
    description: str
    job_zone: int | None
    soc_title: str | None
    broad_code: str | None
    broad_title: str | None
    minor_code: str | None
    minor_title: str | None
    major_code: str | None
    major_title: str | None
    nem_code: str  # the BLS Employment Projections line
    ooh_title: str | None
    ooh_url: str | None
    source: Source

    @property
    def is_specialty(self):
        """An O*NET specialty (15-1299.07) inside a SOC occupation, whose figures are the SOC's."""
        return "." in self.code and not self.code.endswith(".00")


@dataclass
class Area:
    code: str  # OEWS area code
    name: str  # "Texas", "Denver-Aurora-Centennial, CO", "United States"
    kind: str  # N (nation), S (state), M (metropolitan or nonmetropolitan area)

    @property
    def national(self) -> bool:
        return self.kind == "N"


# -- pay --------------------------------------------------------------------------------


@dataclass(frozen=True)
class WageCap:
    """BLS publishes no wage at or above these; such cells are 'top-coded'."""

    hourly: float
    annual: int


@dataclass
class Wages(Record):
    """One OEWS estimate: an occupation (or its broad group) in one area."""

    soc_code: str
    soc_title: str
    level: str  # detailed (the SOC occupation's own) | group (a broader group's that holds it)
    employment: int | None
    hourly_mean: float | None
    annual_mean: float | None
    hourly_p10: float | None
    hourly_p25: float | None
    hourly_median: float | None
    hourly_p75: float | None
    hourly_p90: float | None
    annual_p10: float | None
    annual_p25: float | None
    annual_median: float | None
    annual_p75: float | None
    annual_p90: float | None
    top_coded: frozenset  # the figures at or above the cap, which BLS leaves blank
    wage_form: str | None  # "hourly only" | "annual only" | None (both)
    cap: WageCap
    source: Source


@dataclass
class Pay(Record):
    occupation: Occupation
    area: Area | None  # None: the place asked about is not one BLS publishes
    asked_area: str | None
    wages: Wages | None  # None: BLS publishes no estimate
    source: Source

    @property
    def broader(self):
        """The title of the broader occupation or group whose figures these are, or None:
        a group's, or the SOC occupation's for an O*NET specialty (15-1299.07)."""
        if self.wages and (self.wages.level != "detailed" or self.occupation.is_specialty):
            return self.wages.soc_title
        return None


@dataclass
class AreaFigure:
    area: str
    state: str | None
    value: float
    employment: int | None


@dataclass
class TopAreas(Record):
    occupation: Occupation
    kind: str  # state | metro
    figure: str  # the Wages field ranked by
    areas: List[AreaFigure]
    source: Source


@dataclass
class IndustryFigure:
    naics: str
    industry: str  # as BLS titles it: "Sector 22 - Utilities"
    annual_median: float
    employment: int | None


@dataclass
class IndustryPay(Record):
    occupation: Occupation
    naics: str | None  # None: no such industry in the OEWS breakdown
    industry: str | None  # as BLS titles it
    wages: Wages | None  # None: BLS publishes no figure for the occupation in this industry
    source: Source


@dataclass
class TopIndustries(Record):
    occupation: Occupation
    industries: List[IndustryFigure]
    min_employment: int
    source: Source


# -- outlook ----------------------------------------------------------------------------


@dataclass
class Projection(Record):
    """One line of BLS Employment Projections (an occupation or a group of them)."""

    nem_code: str
    title: str
    base_year: int
    projected_year: int
    employment_base_thousands: float | None
    employment_projected_thousands: float | None
    change_thousands: float | None
    change_percent: float | None
    openings_per_year_thousands: float | None
    self_employed_percent: float | None
    entry_education: str | None
    work_experience: str | None
    on_the_job_training: str | None
    source: Source


@dataclass
class Outlook(Record):
    occupation: Occupation
    projection: Projection | None
    group: str | None  # the group's title, when the projection covers more than this occupation
    all_occupations: Projection  # the yardstick


# -- education --------------------------------------------------------------------------


@dataclass
class EntryRequirements(Record):
    education: str | None
    work_experience: str | None
    on_the_job_training: str | None
    source: Source


@dataclass
class Share:
    label: str
    percent: float


@dataclass
class ReportedEducation(Record):
    """What workers say is required (O*NET's RL scale), largest share first."""

    shares: List[Share]
    source: Source


@dataclass
class JobZone(Record):
    zone: int
    name: str
    experience: str
    education: str
    job_training: str
    examples: str
    source: Source


@dataclass
class Majors(Record):
    names: List[str]
    source: Source


@dataclass
class Program(Record):
    """A college program (CIP 2020) and the occupations the crosswalk says it prepares for."""

    cip_code: str
    title: str
    soc_codes: tuple
    others: List[str]  # other programs the words could mean, likeliest first
    source: Source


@dataclass
class WorkStyle:
    name: str  # "Stress Tolerance"
    impact: float  # how much it matters to doing the job well, -3 to 3 (O*NET's Work Styles Impact)
    distinctiveness: float  # 0 to 10: how much more it matters here than in most jobs


@dataclass
class WorkStyles(Record):
    occupation: Occupation
    styles: List[WorkStyle]  # most impact first
    rated_by: str | None  # O*NET's domain source ("AI/Expert")
    source: Source

    def style(self, name) -> WorkStyle | None:
        return next((s for s in self.styles if s.name == name), None)


@dataclass
class TechnologyUse(Record):
    """Who uses one technology (O*NET Technology Skills)."""

    example: str  # "Python"
    hot: bool  # a Hot Technology: frequently in employer job postings
    soc_codes: tuple  # the occupations whose workers use it
    in_demand: tuple  # those whose job postings often ask for it
    source: Source


@dataclass
class Education(Record):
    occupation: Occupation
    entry: EntryRequirements | None
    reported: ReportedEducation
    job_zone: JobZone | None
    majors: Majors


# -- skills, duties, related, interests -------------------------------------------------


@dataclass
class Rating:
    name: str
    importance: float | None  # 1-5
    level: float | None  # 0-7


@dataclass
class Ratings(Record):
    kind: str  # skill | knowledge
    items: List[Rating]
    source: Source


@dataclass
class Tool:
    example: str
    hot: bool
    in_demand: bool


@dataclass
class Technology(Record):
    items: List[Tool]
    source: Source


@dataclass
class Skills(Record):
    occupation: Occupation
    skills: Ratings
    knowledge: Ratings
    technology: Technology


@dataclass
class Task:
    task: str
    task_type: str | None  # Core | Supplemental


@dataclass
class Duties(Record):
    occupation: Occupation
    tasks: List[Task]
    source: Source


@dataclass
class RelatedOccupation:
    code: str
    title: str
    tier: str


@dataclass
class Related(Record):
    occupation: Occupation
    related: List[RelatedOccupation]
    source: Source


@dataclass
class Move:
    occupation: Occupation
    pay: Pay  # national
    entry_education: str | None  # BLS typical entry education


@dataclass
class Moves(Record):
    """Better paid occupations related to one (O*NET related occupations, OEWS pay)."""

    occupation: Occupation
    pay: Pay
    entry_education: str | None
    moves: List[Move]  # highest paid first
    considered: int  # related occupations looked at
    source: Source  # O*NET related occupations


@dataclass
class Gap:
    name: str
    kind: str  # skill | knowledge
    level_from: float  # O*NET level, 0-7
    level_to: float


@dataclass
class Step(Record):
    """What moving from one occupation to another takes: the skills and knowledge rated at a
    higher level in the target, the entry education of each, and the pay of each."""

    origin: Occupation
    target: Occupation
    gaps: List[Gap]  # biggest first, among those important to the target
    entry_from: str | None
    entry_to: str | None
    pay_from: Pay
    pay_to: Pay
    skills_source: Source
    knowledge_source: Source
    education_source: Source


@dataclass
class InterestScore:
    interest: str  # Realistic, Investigative, Artistic, Social, Enterprising, Conventional
    score: float


@dataclass
class Interests(Record):
    occupation: Occupation
    scores: List[InterestScore]
    source: Source

    @property
    def code_letters(self) -> str:
        return "".join(s.interest[0] for s in self.scores[:3])


# -- demographics -----------------------------------------------------------------------


@dataclass
class Measure(Record):
    value: float
    source: Source


@dataclass
class Demographics(Record):
    occupation: Occupation
    census_title: str | None
    group: List[str] | None  # SOC codes, when the Census occupation covers several
    measures: Dict[str, Measure]  # each with the CPS table it comes from
    source: Source  # the survey, cited also when it has no figure for this occupation


# -- the source articles' title profiles ------------------------------------------------


@dataclass
class ArticleFact(Record):
    fact: str  # average_salary, growth_rate, most_common_major...
    number: float | None
    value: str | None
    unit: str | None
    share: float | None
    low: float | None
    high: float | None
    text: str  # as the article printed it
    period: str | None
    group_title: str | None  # the broader group a figure is for
    source: Source


@dataclass
class ArticleItem(Record):
    text: str
    share: float | None
    source: Source


@dataclass
class ArticleProfile(Record):
    title: str
    code: str
    soc_code: str
    link_note: str
    facts: List[ArticleFact]
    skills: List[ArticleItem]
    responsibilities: List[ArticleItem]
    related_careers: List[ArticleItem]

    def fact(self, name) -> ArticleFact | None:
        return next((f for f in self.facts if f.fact == name), None)

    def all_of(self, name) -> List[ArticleFact]:
        return [f for f in self.facts if f.fact == name]


# -- several facets ---------------------------------------------------------------------


@dataclass
class Profile(Record):
    occupation: Occupation
    pay: Pay
    outlook: Outlook
    education: Education
    skills: Skills
    duties: Duties
    related: Related
    interests: Interests
    demographics: Demographics


@dataclass
class Compared(Record):
    occupation: Occupation
    pay: Pay
    outlook: Outlook
    skills: Skills

    @property
    def median(self) -> float | None:
        return self.pay.wages.annual_median if self.pay.wages else None


@dataclass
class Comparison(Record):
    occupations: List[Compared]
    area: str | None

    @property
    def winner(self) -> Compared | None:
        """The occupation with the highest median pay, when all have one and it is not a tie."""
        medians = [c.median for c in self.occupations]
        if len(medians) < 2 or None in medians or medians.count(max(medians)) > 1:
            return None
        return self.occupations[medians.index(max(medians))]

    @property
    def gap(self) -> float | None:
        """The winner's median minus the lowest."""
        winner = self.winner
        return winner.median - min(c.median for c in self.occupations) if winner else None
