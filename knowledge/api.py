"""Read-only questions to the knowledge base, answered as typed records (knowledge.records).

Every record names the datasets it draws on (`source` on each part, `sources` for all),
so whoever words the answer cites the data. Codes may be O*NET-SOC ("15-1232.00") or
SOC 2018 ("15-1232"); titles go through resolve() first.
"""

import re
import sqlite3
from functools import cached_property
from pathlib import Path

from . import english, lists
from .lists import Ranking
from .majors import Programs
from .mentions import MentionFinder
from .places import STATES
from .records import (
    ALL_OCCUPATIONS,
    Area,
    AreaFigure,
    ArticleFact,
    ArticleItem,
    ArticleProfile,
    Compared,
    Comparison,
    Demographics,
    Duties,
    Education,
    EntryRequirements,
    Gap,
    IndustryFigure,
    IndustryPay,
    Interests,
    InterestScore,
    JobZone,
    Majors,
    Measure,
    Move,
    Moves,
    Occupation,
    Outlook,
    Pay,
    Profile,
    Program,
    Projection,
    Rating,
    Ratings,
    Related,
    RelatedOccupation,
    ReportedEducation,
    Share,
    Skills,
    Source,
    Step,
    Task,
    Technology,
    TechnologyUse,
    Tool,
    TopAreas,
    TopIndustries,
    WageCap,
    Wages,
    WorkStyle,
    WorkStyles,
)
from .resolver import CONTROL, SURE, Resolver
from .technology import Technologies
from .text import key

DEFAULT_DB = Path(__file__).parent / "occupations.db"
WAGE_FIGURES = (
    "employment",
    "hourly_mean",
    "annual_mean",
    "hourly_p10",
    "hourly_p25",
    "hourly_median",
    "hourly_p75",
    "hourly_p90",
    "annual_p10",
    "annual_p25",
    "annual_median",
    "annual_p75",
    "annual_p90",
)
NATION = Area("0000000", "United States", "N")
NATION_NAMES = {"united states", "us", "usa", "u.s.", "u.s.a.", "america", "national", "nationally", "nationwide"}
# OEWS footnote 5 states the wage cap: "...equal to or greater than $115.00 per hour or $239,200 per year."
CAP = re.compile(r"\$([\d,.]+) per hour or \$([\d,]+) per year")


class UnknownOccupation(LookupError):
    """No occupation is surely meant; `resolution` holds the candidates worth offering."""

    def __init__(self, text, resolution=None):
        super().__init__(text)
        self.text, self.resolution = text, resolution


class KnowledgeBase:
    def __init__(self, path=DEFAULT_DB):
        path = Path(path)
        if not path.exists():
            raise FileNotFoundError(f"{path} does not exist: build it with `make knowledge`")
        self.path = path
        self.db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self.db.row_factory = sqlite3.Row
        self.sources = {row["id"]: Source(**dict(row)) for row in self.db.execute("SELECT * FROM sources")}

    # -- reading -------------------------------------------------------------------------
    def query(self, sql, *params):
        """Rows of a read-only SQL query, as dicts (the database is opened read-only)."""
        return [dict(row) for row in self.db.execute(sql, params)]

    def query_one(self, sql, *params):
        """The first row of a query, or None."""
        row = self.db.execute(sql, params).fetchone()
        return dict(row) if row else None

    def source(self, source_id) -> Source:
        return self.sources[source_id]

    # -- titles and places -----------------------------------------------------------------
    @cached_property
    def resolver(self):
        return Resolver(self.db)

    def resolve(self, text, limit=5):
        return self.resolver.resolve(text, limit)

    @cached_property
    def mention_finder(self):
        areas = self.query(
            "SELECT a.name, a.area_type, w.employment FROM areas a LEFT JOIN wages w "
            "ON w.area_code = a.area_code AND w.soc_code = '00-0000' WHERE a.area_type IN ('S', 'M')"
        )
        industries = self.query("SELECT DISTINCT naics, naics_title, naics_level FROM industry_wages")
        return MentionFinder(
            self.resolver,
            [(a["name"], a["area_type"], a["employment"]) for a in areas],
            [(i["naics"], i["naics_title"], i["naics_level"]) for i in industries],
        )

    def mentions(self, message):
        """The occupations and places a whole message names, in order (knowledge.mentions)."""
        return self.mention_finder.find(message)

    def mentions_beside(self, message, found):
        """Fields named for the work ("medical coding", as their workers' occupations) and
        industries compared ("paid less than hospital"), beside the spans `found` of the
        mentions found; read after the intent classifier (knowledge.mentions)."""
        return self.mention_finder.beside(message, found)

    def respelt(self, message, kept):
        """The message with typos of everyday words corrected outside the spans `kept` and
        title words ("natinal" -> "national"), and a function moving a position into it
        (knowledge.english)."""
        return english.respelt(message, kept, lambda word: self.resolver.is_title_word(key(word)))

    def industry_named(self, phrase):
        """The NAICS code of the OEWS industry a phrase names as people say it ("nursing homes",
        "doctors offices"), or None (knowledge.industries)."""
        return self.mention_finder.industries.named(phrase, "in")

    def listed_titles(self, message, start, end):
        """The titles a mention found across commas lists ("nurses, teachers"), or None;
        read after the intent classifier (knowledge.mentions)."""
        return self.mention_finder.items(message, start, end)

    def names_no_job(self, message, start, end):
        """Whether the title at start:end names no job asked about ("a criminal justice degree",
        "tech jobs"); read after the intent classifier (knowledge.mentions)."""
        return self.mention_finder.names_no_job(message, start, end)

    def area(self, text):
        """A state or metropolitan area by name or postal code: 'Texas', 'TX', 'Denver';
        the nation for 'United States', 'US', 'nationally'."""
        text = CONTROL.sub("", str(text or "")).strip()
        if len(text) > 100 or not re.search("[A-Za-z]{2}", text):
            return None
        if re.sub(r"^the\s+", "", text.lower()) in NATION_NAMES:
            return NATION
        name = STATES.get(text.upper(), text)
        like = escape_like(text)
        row = (
            self.query_one("SELECT * FROM areas WHERE area_type = 'S' AND name = ? COLLATE NOCASE", name)
            or self.query_one(
                "SELECT * FROM areas WHERE area_type = 'M' AND name LIKE ? ESCAPE '\\' ORDER BY length(name)",
                like + "%",
            )
            or self.query_one(
                "SELECT * FROM areas WHERE area_type = 'M' AND (name LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\') "
                "ORDER BY length(name)",
                "%-" + like + "%",
                "% " + like + "%",
            )
        )
        return Area(row["area_code"], row["name"], row["area_type"]) if row else None

    # -- identity --------------------------------------------------------------------------
    def occupation(self, code) -> Occupation:
        """An occupation by O*NET-SOC code, SOC code or title; ALL_OCCUPATIONS for all of them."""
        code = str(code or "").strip()
        if code == ALL_OCCUPATIONS:
            return self.all_occupations
        row = self.query_one("SELECT * FROM occupations WHERE code = ?", code) or self.query_one(
            "SELECT * FROM occupations WHERE soc_code = ? ORDER BY code", code
        )
        if not row:
            resolution = self.resolve(code)
            if resolution.status != SURE:
                raise UnknownOccupation(code, resolution)
            row = self.query_one("SELECT * FROM occupations WHERE code = ?", resolution.best.code)
        row.pop("period")
        return Occupation(**{**row, "source": self.source(row["source"])})

    @cached_property
    def all_occupations(self) -> Occupation:
        """Every occupation together, as OEWS and the projections total them."""
        title = self.query_one("SELECT occupation_title FROM wages WHERE soc_code = ? LIMIT 1", ALL_OCCUPATIONS)
        return Occupation(
            ALL_OCCUPATIONS,
            ALL_OCCUPATIONS,
            title["occupation_title"],
            "Every occupation in the US economy, taken together.",
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            ALL_OCCUPATIONS,
            None,
            None,
            self.source("oews_2025"),
        )

    # -- pay -------------------------------------------------------------------------------
    @cached_property
    def wage_cap(self) -> WageCap:
        note = self.query_one("SELECT text FROM footnotes WHERE code = 5")["text"]
        hourly, annual = CAP.search(note).groups()
        return WageCap(float(hourly.replace(",", "")), int(annual.replace(",", "")))

    def pay(self, code, area=None) -> Pay:
        """OEWS wages for the occupation: national, or a state / metro area by name.

        When BLS publishes no figure for the detailed occupation, the broad group's
        figures are returned and `wages.level` says so."""
        occupation = self.occupation(code)
        place = self.area(area) if area else NATION
        wages = None
        if place:
            # The occupation's own figures, else the tightest group BLS publishes that holds it:
            # its projections (NEM) aggregate, then its broad SOC group.
            for level, soc in (
                ("detailed", occupation.soc_code),
                ("group", occupation.nem_code),
                ("group", occupation.broad_code),
            ):
                row = self.query_one("SELECT * FROM wages WHERE soc_code = ? AND area_code = ?", soc, place.code)
                if row:
                    wages = self._wages(row, level)
                    break
        return Pay(occupation, place, area, wages, self.source("oews_2025"))

    def _wages(self, row, level):
        return Wages(
            soc_code=row["soc_code"],
            soc_title=row["occupation_title"],
            level=level,
            **{k: row[k] for k in WAGE_FIGURES},
            top_coded=frozenset(filter(None, (row["top_coded"] or "").split(","))),
            wage_form=row["wage_form"],
            cap=self.wage_cap,
            source=self.source(row["source"]),
        )

    def industry_pay(self, code, naics) -> IndustryPay:
        """OEWS wages for the occupation in one industry (national figures only)."""
        occupation = self.occupation(code)
        industry = self.query_one("SELECT naics, naics_title FROM industry_wages WHERE naics = ? LIMIT 1", naics)
        row = self.query_one(
            "SELECT * FROM industry_wages WHERE soc_code = ? AND naics = ?", occupation.soc_code, naics
        )
        wages = self._wages(row, "detailed") if row else None
        return IndustryPay(
            occupation,
            industry and industry["naics"],
            industry and industry["naics_title"],
            wages,
            self.source("oews_2025"),
        )

    def top_areas(self, code, kind="state", figure="annual_median", limit=5) -> TopAreas:
        """Where the occupation pays most: states or metropolitan areas."""
        occupation = self.occupation(code)
        area_type = {"state": "state", "metro": "metro/nonmetro"}[kind]
        order = figure if figure in WAGE_FIGURES else "annual_median"
        rows = self.query(
            f"SELECT area_title AS area, state, {order} AS value, employment FROM wages "
            f"WHERE soc_code = ? AND area_type = ? AND {order} IS NOT NULL ORDER BY {order} DESC LIMIT ?",
            occupation.soc_code,
            area_type,
            limit,
        )
        return TopAreas(occupation, kind, order, [AreaFigure(**r) for r in rows], self.source("oews_2025"))

    def top_industries(self, code, limit=5, level=4, min_employment=1000) -> TopIndustries:
        """The industries where the occupation's median pay is highest: NAICS industries at
        a level (2 sectors ... 4 industry groups, the finest BLS publishes for most), among
        those employing at least min_employment of the occupation."""
        occupation = self.occupation(code)
        rows = self.query(
            "SELECT naics, naics_title AS industry, annual_median, employment FROM industry_wages "
            "WHERE soc_code = ? AND naics_level = ? AND annual_median IS NOT NULL "
            "AND employment >= ? ORDER BY annual_median DESC LIMIT ?",
            occupation.soc_code,
            level,
            min_employment,
            limit,
        )
        return TopIndustries(occupation, [IndustryFigure(**r) for r in rows], min_employment, self.source("oews_2025"))

    # -- outlook ---------------------------------------------------------------------------
    @cached_property
    def group_codes(self):
        """SOC or projections (NEM) code -> (the O*NET-SOC code that opens it, its Job Zone)."""
        found = {}
        for r in self.query("SELECT code, soc_code, nem_code, job_zone FROM occupations ORDER BY code"):
            found.setdefault(r["soc_code"], (r["code"], r["job_zone"]))
            found.setdefault(r["nem_code"], (r["code"], r["job_zone"]))
        return found

    def knows(self, code):
        """Whether a code is one of the knowledge base's O*NET-SOC occupations (or all occupations)."""
        return code == ALL_OCCUPATIONS or self.query_one("SELECT 1 FROM occupations WHERE code = ?", code) is not None

    def listed_codes(self, soc_codes):
        """The codes lists rank SOC occupations under: their own, or their projections (NEM) group's."""
        marks = ",".join("?" * len(soc_codes))
        rows = self.query(f"SELECT soc_code, nem_code FROM occupations WHERE soc_code IN ({marks})", *soc_codes)
        return {r["soc_code"] for r in rows} | {r["nem_code"] for r in rows if r["nem_code"]}

    @cached_property
    def programs(self) -> Programs:
        """The crosswalk's programs, by the words people use for them."""
        return Programs((r["cip_code"], r["major"]) for r in self.query("SELECT DISTINCT cip_code, major FROM majors"))

    def major_named(self, text):
        """The major a message names, as typed ("psych"), or None; not a place ("a degree in Georgia")."""
        major = Programs.named_in(text)
        return None if major is None or any(m.kind == "place" for m in self.mentions(major)) else major

    def program(self, phrase) -> Program | None:
        """The program (CIP 2020) a major's name means, with the occupations it prepares for."""
        found = self.programs.find(phrase)
        if not found:
            return None
        cip_code, title = found[0]
        socs = tuple(r["soc_code"] for r in self.query("SELECT soc_code FROM majors WHERE cip_code = ?", cip_code))
        return Program(cip_code, title, socs, [t for _, t in found[1:4]], self.source("cip_soc_2020"))

    @cached_property
    def technologies(self) -> Technologies:
        """O*NET's technology examples, by the words people use for them."""
        return Technologies(
            (r["example"], r["n"])
            for r in self.query("SELECT example, count(DISTINCT code) AS n FROM technology GROUP BY 1")
        )

    def work_styles(self, code) -> WorkStyles:
        """O*NET 30.1 work styles: how much each (stress tolerance, social orientation...) matters to the job."""
        occupation = self.occupation(code)
        ask = "SELECT * FROM work_styles WHERE code = ? ORDER BY impact DESC, style"
        rows = self.query(ask, occupation.code)
        if not rows and occupation.is_specialty:  # rated for the SOC occupation it belongs to
            occupation = self.occupation(occupation.soc_code + ".00")
            rows = self.query(ask, occupation.code)
        styles = [WorkStyle(r["style"], r["impact"], r["distinctiveness"]) for r in rows]
        return WorkStyles(occupation, styles, rows[0]["rated_by"] if rows else None, self.source("onet_30_1"))

    def doing(self, word, at_least=2):
        """SOC codes of the occupations whose O*NET task statements use a word at least twice
        ("animal": veterinary assistants, animal caretakers, farmworkers...)."""
        rows = self.query(
            "SELECT o.soc_code FROM tasks t JOIN occupations o USING (code) "
            "WHERE ' ' || lower(t.task) LIKE ? GROUP BY o.soc_code HAVING count(*) >= ?",
            f"% {word.lower()}%",
            at_least,
        )
        return tuple(r["soc_code"] for r in rows)

    def interested(self, areas):
        """SOC codes of the occupations whose highest-scoring RIASEC interest (O*NET's high point)
        is one of these areas ("Realistic", "Social")."""
        rows = self.query(
            "SELECT o.soc_code, i.interest FROM interests i JOIN occupations o USING (code) "
            "WHERE i.score = (SELECT max(score) FROM interests WHERE code = i.code)"
        )
        return tuple(dict.fromkeys(r["soc_code"] for r in rows if r["interest"] in areas))

    def styled(self, style, low=True):
        """SOC codes of the occupations in the lowest (or highest) quarter of O*NET's ratings of how
        much a work style matters ("low stress jobs": Stress Tolerance, lowest quarter)."""
        rows = self.query(
            "SELECT o.soc_code, w.impact FROM work_styles w JOIN occupations o USING (code) WHERE w.style = ? "
            "ORDER BY w.impact",
            style,
        )
        quarter = len(rows) // 4
        chosen = rows[:quarter] if low else rows[len(rows) - quarter :]
        return tuple(dict.fromkeys(r["soc_code"] for r in chosen))

    def technology_use(self, example) -> TechnologyUse:
        """The occupations whose workers use a technology (O*NET Technology Skills), with its flags."""
        rows = self.query(
            "SELECT t.code, o.soc_code, t.hot, t.in_demand FROM technology t JOIN occupations o USING (code) "
            "WHERE t.example = ?",
            example,
        )
        return TechnologyUse(
            example,
            any(r["hot"] for r in rows),
            tuple(dict.fromkeys(r["soc_code"] for r in rows)),
            tuple(dict.fromkeys(r["soc_code"] for r in rows if r["in_demand"])),
            self.source("onet_30_1"),
        )

    def industry_title(self, naics):
        row = self.query_one("SELECT naics_title FROM industry_wages WHERE naics = ? LIMIT 1", naics)
        return row["naics_title"] if row else None

    def rank(self, criteria) -> Ranking:
        """Occupations meeting a knowledge.lists.Criteria, ranked (highest paying, fastest growing...)."""
        return lists.rank(self, criteria)

    def projection(self, nem_code):
        """One line of the Employment Projections by its NEM code ('00-0000': all occupations)."""
        row = self.query_one("SELECT * FROM outlook WHERE nem_code = ?", nem_code)
        if not row:
            return None
        return Projection(
            **{f: row[f] for f in Projection.__dataclass_fields__ if f != "source"}, source=self.source(row["source"])
        )

    def outlook(self, code) -> Outlook:
        """Employment Projections: growth, openings, entry requirements."""
        occupation = self.occupation(code)
        projection = None
        for nem in (occupation.nem_code, occupation.soc_code, occupation.broad_code):
            projection = self.projection(nem)
            if projection:
                break
        broader = projection and (projection.nem_code != occupation.soc_code or occupation.is_specialty)
        group = projection.title if broader else None
        return Outlook(occupation, projection, group, self.projection("00-0000"))

    # -- education ---------------------------------------------------------------------------
    def education(self, code) -> Education:
        """Typical entry education (BLS), what workers report (O*NET), Job Zone, majors."""
        occupation = self.occupation(code)
        shares = [
            Share(r["label"], r["percent"])
            for r in self.query(
                "SELECT label, percent FROM education WHERE code = ? AND scale = 'RL' AND percent > 0 AND NOT suppress "
                "ORDER BY percent DESC",
                occupation.code,
            )
        ]
        zone = self.query_one("SELECT * FROM job_zones WHERE zone = ?", occupation.job_zone)
        majors = [
            r["major"]
            for r in self.query("SELECT major FROM majors WHERE soc_code = ? ORDER BY cip_code", occupation.soc_code)
        ]
        projection = self.outlook(occupation.code).projection
        entry = (
            EntryRequirements(
                projection.entry_education,
                projection.work_experience,
                projection.on_the_job_training,
                projection.source,
            )
            if projection
            else None
        )
        if zone:
            zone.pop("period")
            zone = JobZone(**{**zone, "source": self.source(zone["source"])})
        return Education(
            occupation,
            entry,
            ReportedEducation(shares, self.source("onet_30_1")),
            zone,
            Majors(majors, self.source("cip_soc_2020")),
        )

    # -- skills, duties, related, interests ------------------------------------------------------
    def skills(self, code, limit=10) -> Skills:
        occupation = self.occupation(code)

        def rated(kind, source):
            rows = self.query(
                "SELECT name, importance, level FROM skills WHERE code = ? AND kind = ? AND NOT suppress "
                "ORDER BY importance DESC, level DESC LIMIT ?",
                occupation.code,
                kind,
                limit,
            )
            return Ratings(kind, [Rating(**r) for r in rows], self.source(source))

        tools = self.query(
            "SELECT example, hot, in_demand FROM technology WHERE code = ? "
            "ORDER BY in_demand DESC, hot DESC, example LIMIT ?",
            occupation.code,
            limit,
        )
        return Skills(
            occupation,
            rated("skill", "onet_30_1"),
            rated("knowledge", "onet_29_0"),
            Technology(
                [Tool(t["example"], bool(t["hot"]), bool(t["in_demand"])) for t in tools], self.source("onet_30_1")
            ),
        )

    def closest_rated(self, code):
        """The occupation nearest this one whose skills O*NET has rated, in the same SOC minor
        group: a related occupation first, else the group's largest; or None."""
        occupation = self.occupation(code)
        rated = "EXISTS (SELECT 1 FROM skills s WHERE s.code = o.code AND s.kind = 'skill')"
        row = self.query_one(
            f"SELECT o.code FROM related r JOIN occupations o ON o.code = r.related_code "
            f"WHERE r.code = ? AND o.minor_code = ? AND {rated} ORDER BY r.rank LIMIT 1",
            occupation.code,
            occupation.minor_code,
        ) or self.query_one(
            f"SELECT o.code FROM occupations o LEFT JOIN wages w ON w.soc_code = o.soc_code "
            f"AND w.area_type = 'national' WHERE o.minor_code = ? AND o.code != ? AND {rated} "
            f"ORDER BY w.employment DESC LIMIT 1",
            occupation.minor_code,
            occupation.code,
        )
        return self.occupation(row["code"]) if row else None

    def duties(self, code, limit=8) -> Duties:
        occupation = self.occupation(code)
        tasks = self.query(
            "SELECT task, task_type FROM tasks WHERE code = ? ORDER BY rowid LIMIT ?", occupation.code, limit
        )
        return Duties(occupation, [Task(**t) for t in tasks], self.source("onet_30_1"))

    def related(self, code, limit=8) -> Related:
        occupation = self.occupation(code)
        rows = self.query(
            "SELECT r.related_code AS code, o.title, r.tier FROM related r "
            "JOIN occupations o ON o.code = r.related_code WHERE r.code = ? ORDER BY r.rank LIMIT ?",
            occupation.code,
            limit,
        )
        return Related(occupation, [RelatedOccupation(**r) for r in rows], self.source("onet_30_1"))

    def moves(self, code, limit=6) -> Moves:
        """Related occupations (O*NET) that pay more (OEWS national median), highest first."""
        occupation = self.occupation(code)
        pay = self.pay(occupation.code)
        own = (pay.wages and pay.wages.annual_median) or 0
        related = self.related(occupation.code, limit=20)
        found = []
        for r in related.related:
            other = self.pay(r.code)
            median = other.wages and other.wages.annual_median
            if median and median > own and other.wages.soc_code != (pay.wages and pay.wages.soc_code):
                found.append(Move(other.occupation, other, self._entry(r.code)))
        found.sort(key=lambda m: -m.pay.wages.annual_median)
        return Moves(occupation, pay, self._entry(occupation.code), found[:limit], len(related.related), related.source)

    def step(self, origin, target, limit=6) -> Step:
        """What moving from one occupation to another takes (O*NET levels, BLS entry education, OEWS pay)."""
        a, b = self.occupation(origin), self.occupation(target)
        levels = {}
        for code, side in ((a.code, 0), (b.code, 1)):
            for r in self.query(
                "SELECT name, kind, importance, level FROM skills WHERE code = ? AND NOT suppress", code
            ):
                levels.setdefault((r["kind"], r["name"]), [None, None, 0])
                levels[(r["kind"], r["name"])][side] = r["level"]
                if side:
                    levels[(r["kind"], r["name"])][2] = r["importance"] or 0
        gaps = [
            Gap(name, kind, low, high)
            for (kind, name), (low, high, importance) in levels.items()
            if low is not None and high is not None and high > low and importance >= 3
        ]
        gaps.sort(key=lambda g: -(g.level_to - g.level_from))
        return Step(
            a,
            b,
            gaps[:limit],
            self._entry(a.code),
            self._entry(b.code),
            self.pay(a.code),
            self.pay(b.code),
            self.source("onet_30_1"),
            self.source("onet_29_0"),
            self.source("ep_2024_34"),
        )

    def _entry(self, code):
        projection = self.outlook(code).projection
        return projection.entry_education if projection else None

    def interests(self, code) -> Interests:
        occupation = self.occupation(code)
        rows = self.query("SELECT interest, score FROM interests WHERE code = ? ORDER BY score DESC", occupation.code)
        return Interests(occupation, [InterestScore(**r) for r in rows], self.source("onet_30_1"))

    def demographics(self, code) -> Demographics:
        """CPS figures for the Census occupation that covers this one; `group` lists the
        SOC codes when the Census row is a group of several occupations."""
        occupation = self.occupation(code)
        link = self.query_one("SELECT * FROM demographic_groups WHERE soc_code = ?", occupation.soc_code)
        survey = self.source("cps_2025")
        if not link:
            return Demographics(occupation, None, None, {}, survey)
        measures = {
            row["measure"]: Measure(row["value"], self.source(row["source"]))
            for row in self.query(
                "SELECT measure, value, source FROM demographics WHERE census_title = ?", link["census_title"]
            )
        }
        return Demographics(
            occupation, link["census_title"], (link["group_soc_codes"] or "").split() or None, measures, survey
        )

    # -- the source articles -------------------------------------------------------------------
    def article_profile(self, title):
        """A source article's title-level profile ('Customer Support Technician'), or None."""
        row = self.query_one("SELECT * FROM profiles WHERE title = ? COLLATE NOCASE", str(title or ""))
        if not row:
            return None
        facts = [
            ArticleFact(
                **{f: r[f] for f in ArticleFact.__dataclass_fields__ if f != "source"}, source=self.source(r["source"])
            )
            for r in self.query("SELECT * FROM profile_facts WHERE profile = ? ORDER BY rowid", row["title"])
        ]
        items = {"skills": [], "responsibilities": [], "related_careers": []}
        for item in self.query("SELECT * FROM profile_items WHERE profile = ? ORDER BY kind, position", row["title"]):
            items[item["kind"]].append(ArticleItem(item["text"], item["share"], self.source(item["source"])))
        return ArticleProfile(row["title"], row["code"], row["soc_code"], row["link_note"], facts, **items)

    # -- several facets ----------------------------------------------------------------------
    def profile(self, code) -> Profile:
        """Everything about one occupation."""
        code = self.occupation(code).code
        return Profile(
            self.occupation(code),
            self.pay(code),
            self.outlook(code),
            self.education(code),
            self.skills(code, limit=5),
            self.duties(code, limit=5),
            self.related(code, limit=5),
            self.interests(code),
            self.demographics(code),
        )

    def compare(self, *codes, area=None) -> Comparison:
        """Two or more occupations side by side: pay (in `area` when given, else national),
        outlook and top skills."""
        rows = []
        for code in codes:
            code = self.occupation(code).code
            rows.append(
                Compared(self.occupation(code), self.pay(code, area), self.outlook(code), self.skills(code, limit=3))
            )
        return Comparison(rows, area)


def escape_like(text):
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
