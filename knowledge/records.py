"""The typed records the knowledge API returns.

Each part of a record drawn from one dataset has a `source` field (a `Source`); every
record lists all the datasets it draws on in `sources`, so whoever words an answer cites
what the data says, never a release written by hand.
"""

from dataclasses import dataclass, field, fields, is_dataclass
from typing import Dict, List, Optional


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
    url: Optional[str]
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
    job_zone: Optional[int]
    soc_title: Optional[str]
    broad_code: Optional[str]
    broad_title: Optional[str]
    minor_code: Optional[str]
    minor_title: Optional[str]
    major_code: Optional[str]
    major_title: Optional[str]
    nem_code: str  # the BLS Employment Projections line
    ooh_title: Optional[str]
    ooh_url: Optional[str]
    source: Source


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
    level: str  # detailed | broad: whose figures these are
    employment: Optional[int]
    hourly_mean: Optional[float]
    annual_mean: Optional[float]
    hourly_p10: Optional[float]
    hourly_p25: Optional[float]
    hourly_median: Optional[float]
    hourly_p75: Optional[float]
    hourly_p90: Optional[float]
    annual_p10: Optional[float]
    annual_p25: Optional[float]
    annual_median: Optional[float]
    annual_p75: Optional[float]
    annual_p90: Optional[float]
    top_coded: frozenset  # the figures at or above the cap, which BLS leaves blank
    wage_form: Optional[str]  # "hourly only" | "annual only" | None (both)
    cap: WageCap
    source: Source


@dataclass
class Pay(Record):
    occupation: Occupation
    area: Optional[Area]  # None: the place asked about is not one BLS publishes
    asked_area: Optional[str]
    wages: Optional[Wages]  # None: BLS publishes no estimate
    source: Source


@dataclass
class AreaFigure:
    area: str
    state: Optional[str]
    value: float
    employment: Optional[int]


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
    employment: Optional[int]


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
    employment_base_thousands: Optional[float]
    employment_projected_thousands: Optional[float]
    change_thousands: Optional[float]
    change_percent: Optional[float]
    openings_per_year_thousands: Optional[float]
    self_employed_percent: Optional[float]
    entry_education: Optional[str]
    work_experience: Optional[str]
    on_the_job_training: Optional[str]
    source: Source


@dataclass
class Outlook(Record):
    occupation: Occupation
    projection: Optional[Projection]
    group: Optional[str]  # the group's title, when the projection covers more than this occupation
    all_occupations: Projection  # the yardstick


# -- education --------------------------------------------------------------------------


@dataclass
class EntryRequirements(Record):
    education: Optional[str]
    work_experience: Optional[str]
    on_the_job_training: Optional[str]
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
class Education(Record):
    occupation: Occupation
    entry: Optional[EntryRequirements]
    reported: ReportedEducation
    job_zone: Optional[JobZone]
    majors: Majors


# -- skills, duties, related, interests -------------------------------------------------


@dataclass
class Rating:
    name: str
    importance: Optional[float]  # 1-5
    level: Optional[float]  # 0-7


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
    task_type: Optional[str]  # Core | Supplemental


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
    census_title: Optional[str]
    group: Optional[List[str]]  # SOC codes, when the Census occupation covers several
    measures: Dict[str, Measure] = field(default_factory=dict)


# -- the source articles' title profiles ------------------------------------------------


@dataclass
class ArticleFact(Record):
    fact: str  # average_salary, growth_rate, most_common_major...
    number: Optional[float]
    value: Optional[str]
    unit: Optional[str]
    share: Optional[float]
    low: Optional[float]
    high: Optional[float]
    text: str  # as the article printed it
    period: Optional[str]
    group_title: Optional[str]  # the broader group a figure is for
    source: Source


@dataclass
class ArticleItem(Record):
    text: str
    share: Optional[float]
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

    def fact(self, name) -> Optional[ArticleFact]:
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
    def median(self) -> Optional[float]:
        return self.pay.wages.annual_median if self.pay.wages else None


@dataclass
class Comparison(Record):
    occupations: List[Compared]
    area: Optional[str]

    @property
    def winner(self) -> Optional[Compared]:
        """The occupation with the highest median pay, when all have one and it is not a tie."""
        medians = [c.median for c in self.occupations]
        if len(medians) < 2 or None in medians or medians.count(max(medians)) > 1:
            return None
        return self.occupations[medians.index(max(medians))]

    @property
    def gap(self) -> Optional[float]:
        """The winner's median minus the lowest."""
        winner = self.winner
        return winner.median - min(c.median for c in self.occupations) if winner else None
