"""Read-only questions to the knowledge base, answered as plain data.

Every facet names its source (id, name, period) so that whoever words the answer can cite
it. Codes may be O*NET-SOC ("15-1232.00") or SOC 2018 ("15-1232"); titles go through
resolve() first.
"""
import re
import sqlite3
from functools import cached_property
from pathlib import Path

from .mentions import MentionFinder
from .places import STATES
from .resolver import CONTROL, SURE, Resolver

DEFAULT_DB = Path(__file__).parent / "occupations.db"
PAY_FIGURES = ("employment", "hourly_mean", "annual_mean", "hourly_p10", "hourly_p25",
               "hourly_median", "hourly_p75", "hourly_p90", "annual_p10", "annual_p25",
               "annual_median", "annual_p75", "annual_p90", "top_coded", "wage_form")


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
        self.db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self.db.row_factory = sqlite3.Row
        self.sources = {row["id"]: dict(row) for row in self.db.execute("SELECT * FROM sources")}

    @cached_property
    def resolver(self):
        return Resolver(self.db)

    def resolve(self, text, limit=5):
        return self.resolver.resolve(text, limit)

    @cached_property
    def mention_finder(self):
        areas = [(r["name"], r["area_type"]) for r in self._rows("SELECT name, area_type FROM areas")]
        return MentionFinder(self.resolver, areas)

    def mentions(self, message):
        """The occupations and places a whole message names, in order (knowledge.mentions)."""
        return self.mention_finder.find(message)

    # -- helpers ---------------------------------------------------------------------
    def _rows(self, sql, *params):
        return [dict(row) for row in self.db.execute(sql, params)]

    def _one(self, sql, *params):
        row = self.db.execute(sql, params).fetchone()
        return dict(row) if row else None

    def source(self, source_id):
        """What an answer cites: name, short name and reference period of a dataset."""
        s = self.sources[source_id]
        return {"id": source_id, "name": s["name"], "short": s["short"], "period": s["period"]}

    def occupation(self, code):
        """Identity of an occupation, by O*NET-SOC code, SOC code or title."""
        code = str(code or "").strip()
        row = self._one("SELECT * FROM occupations WHERE code = ?", code) or self._one(
            "SELECT * FROM occupations WHERE soc_code = ? ORDER BY code", code)
        if not row:
            resolution = self.resolve(code)
            if resolution.status != SURE:
                raise UnknownOccupation(code, resolution)
            row = self._one("SELECT * FROM occupations WHERE code = ?", resolution.best.code)
        row["source"] = self.source("onet_30_1")
        return row

    # -- facets ----------------------------------------------------------------------
    def pay(self, code, area=None):
        """OEWS wages for the occupation: national, or a state / metro area by name.

        When BLS publishes no figure for the detailed occupation, the broad group's
        figures are returned and `level` says so."""
        occupation = self.occupation(code)
        place = self.area(area) if area else {"area_code": "0000000", "name": "United States",
                                               "area_type": "N"}
        if place is None:
            return {"occupation": occupation["title"], "area": None, "asked_area": area,
                    "figures": None, "source": self.source("oews_2025")}
        for level, soc in (("detailed", occupation["soc_code"]), ("broad", occupation["broad_code"])):
            row = self._one("SELECT * FROM wages WHERE soc_code = ? AND area_code = ?",
                            soc, place["area_code"])
            if row:
                break
        return {"occupation": occupation["title"], "code": occupation["code"],
                "area": place["name"], "area_type": place["area_type"],
                "level": level if row else None,
                "soc_code": row["soc_code"] if row else None,
                "soc_title": row["occupation_title"] if row else None,
                "figures": {k: row[k] for k in PAY_FIGURES} if row else None,
                "source": self.source("oews_2025")}

    def area(self, text):
        """A state or metropolitan area by name or postal code: 'Texas', 'TX', 'Denver'."""
        text = CONTROL.sub("", str(text or "")).strip()
        if len(text) > 100 or not re.search("[A-Za-z]{2}", text):
            return None
        name = STATES.get(text.upper(), text)
        row = (self._one("SELECT * FROM areas WHERE area_type = 'S' AND name = ? COLLATE NOCASE", name)
               or self._one("SELECT * FROM areas WHERE area_type = 'M' AND name LIKE ? ESCAPE '\\' "
                            "ORDER BY length(name)", escape_like(text) + "%")
               or self._one("SELECT * FROM areas WHERE area_type = 'M' AND name LIKE ? ESCAPE '\\' "
                            "ORDER BY length(name)", "%" + escape_like(text) + "%"))
        return {"area_code": row["area_code"], "name": row["name"], "area_type": row["area_type"]} if row else None

    def top_areas(self, code, kind="state", figure="annual_median", limit=5):
        """Where the occupation pays most: states or metropolitan areas."""
        occupation = self.occupation(code)
        area_type = {"state": "state", "metro": "metro/nonmetro"}[kind]
        order = figure if figure in PAY_FIGURES else "annual_median"
        rows = self._rows(
            f"SELECT area_title AS area, state, {order} AS value, employment FROM wages "
            f"WHERE soc_code = ? AND area_type = ? AND {order} IS NOT NULL "
            f"ORDER BY {order} DESC LIMIT ?", occupation["soc_code"], area_type, limit)
        return {"occupation": occupation["title"], "kind": kind, "figure": order, "areas": rows,
                "source": self.source("oews_2025")}

    def top_industries(self, code, limit=5, level=2, min_employment=1000):
        """The industries where the occupation's median pay is highest: NAICS sectors
        (level 2) or subsectors (3), among those employing at least min_employment."""
        occupation = self.occupation(code)
        rows = self._rows(
            "SELECT naics, naics_title AS industry, annual_median, employment FROM industry_wages "
            "WHERE soc_code = ? AND naics_level = ? AND annual_median IS NOT NULL "
            "AND employment >= ? ORDER BY annual_median DESC LIMIT ?",
            occupation["soc_code"], level, min_employment, limit)
        return {"occupation": occupation["title"], "industries": rows, "min_employment": min_employment,
                "source": self.source("oews_2025")}

    def outlook(self, code):
        """Employment Projections 2024-34: growth, openings, entry requirements."""
        occupation = self.occupation(code)
        row = None
        for nem in (occupation["nem_code"], occupation["soc_code"], occupation["broad_code"]):
            row = self._one("SELECT * FROM outlook WHERE nem_code = ?", nem)
            if row:
                break
        return {"occupation": occupation["title"], "figures": row,
                "group": row["title"] if row and row["nem_code"] != occupation["soc_code"] else None,
                "source": self.source("ep_2024_34")}

    def all_occupations_change(self):
        """Projected employment change 2024-34 for all occupations, percent (the yardstick)."""
        return self._one("SELECT change_percent FROM outlook WHERE nem_code = '00-0000'")["change_percent"]

    def education(self, code):
        """Typical entry education (BLS), what workers report (O*NET), Job Zone, majors."""
        occupation = self.occupation(code)
        required = self._rows(
            "SELECT label, percent FROM education WHERE code = ? AND scale = 'RL' AND percent > 0 "
            "ORDER BY percent DESC", occupation["code"])
        zone = self._one("SELECT * FROM job_zones WHERE zone = ?", occupation["job_zone"])
        majors = [r["major"] for r in self._rows(
            "SELECT major FROM majors WHERE soc_code = ? ORDER BY cip_code", occupation["soc_code"])]
        outlook = self.outlook(code)["figures"] or {}
        return {"occupation": occupation["title"],
                "entry_education": outlook.get("entry_education"),
                "work_experience": outlook.get("work_experience"),
                "on_the_job_training": outlook.get("on_the_job_training"),
                "entry_source": self.source("ep_2024_34"),
                "required_education": required, "job_zone": zone,
                "onet_source": self.source("onet_30_1"),
                "majors": majors, "majors_source": self.source("cip_soc_2020")}

    def skills(self, code, limit=10):
        occupation = self.occupation(code)

        def rated(kind):
            return self._rows(
                "SELECT name, importance, level FROM skills WHERE code = ? AND kind = ? "
                "ORDER BY importance DESC, level DESC LIMIT ?", occupation["code"], kind, limit)
        technology = self._rows(
            "SELECT example, hot, in_demand FROM technology WHERE code = ? "
            "ORDER BY in_demand DESC, hot DESC, example LIMIT ?", occupation["code"], limit)
        return {"occupation": occupation["title"], "skills": rated("skill"),
                "knowledge": rated("knowledge"), "technology": technology,
                "source": self.source("onet_30_1"), "knowledge_source": self.source("onet_29_0")}

    def duties(self, code, limit=8):
        occupation = self.occupation(code)
        tasks = self._rows("SELECT task, task_type FROM tasks WHERE code = ? ORDER BY rowid LIMIT ?",
                           occupation["code"], limit)
        return {"occupation": occupation["title"], "description": occupation["description"],
                "tasks": tasks, "source": self.source("onet_30_1")}

    def related(self, code, limit=8):
        occupation = self.occupation(code)
        rows = self._rows(
            "SELECT r.related_code AS code, o.title, r.tier FROM related r "
            "JOIN occupations o ON o.code = r.related_code WHERE r.code = ? ORDER BY r.rank LIMIT ?",
            occupation["code"], limit)
        return {"occupation": occupation["title"], "related": rows, "source": self.source("onet_30_1")}

    def interests(self, code):
        occupation = self.occupation(code)
        rows = self._rows("SELECT interest, score FROM interests WHERE code = ? ORDER BY score DESC",
                          occupation["code"])
        return {"occupation": occupation["title"], "interests": rows,
                "code_letters": "".join(r["interest"][0] for r in rows[:3]),
                "source": self.source("onet_30_1")}

    def demographics(self, code):
        """CPS figures for the Census occupation that covers this one; `group` lists the
        SOC codes when the Census row is a group of several occupations."""
        occupation = self.occupation(code)
        link = self._one("SELECT * FROM demographic_groups WHERE soc_code = ?", occupation["soc_code"])
        if not link:
            return {"occupation": occupation["title"], "census_title": None, "measures": {}}
        measures = {}
        for row in self._rows("SELECT measure, value, source FROM demographics WHERE census_title = ?",
                              link["census_title"]):
            measures[row["measure"]] = {"value": row["value"], "source": self.source(row["source"])}
        return {"occupation": occupation["title"], "census_title": link["census_title"],
                "group": (link["group_soc_codes"] or "").split() or None, "measures": measures}

    def article_profile(self, title):
        """A source article's title-level profile ('Customer Support Technician'), or None."""
        row = self._one("SELECT * FROM profiles WHERE title = ? COLLATE NOCASE", str(title or ""))
        if not row:
            return None
        facts = self._rows("SELECT * FROM profile_facts WHERE profile = ? ORDER BY rowid", row["title"])
        for fact in facts:
            fact["source"] = self.source(fact["source"])
        items = {}
        for item in self._rows("SELECT * FROM profile_items WHERE profile = ? ORDER BY kind, position",
                               row["title"]):
            items.setdefault(item["kind"], []).append(
                {"text": item["text"], "share": item["share"], "source": self.source(item["source"])})
        return {**row, "facts": facts, **items}

    def profile(self, code):
        """Everything about one occupation."""
        occupation = self.occupation(code)
        code = occupation["code"]
        return {"occupation": occupation, "pay": self.pay(code), "outlook": self.outlook(code),
                "education": self.education(code), "skills": self.skills(code, limit=5),
                "duties": self.duties(code, limit=5), "related": self.related(code, limit=5),
                "interests": self.interests(code), "demographics": self.demographics(code)}

    def compare(self, *codes, figure="annual_median", area=None):
        """Two or more occupations side by side (pay in `area` when given, else national);
        `winner` is the one with the higher figure."""
        rows = []
        for code in codes:
            occupation = self.occupation(code)
            pay = self.pay(occupation["code"], area)
            outlook = self.outlook(occupation["code"])["figures"] or {}
            rows.append({
                "code": occupation["code"], "title": occupation["title"],
                "pay": (pay["figures"] or {}).get(figure), "pay_level": pay["level"],
                "employment": (pay["figures"] or {}).get("employment"),
                "change_percent": outlook.get("change_percent"),
                "openings_per_year_thousands": outlook.get("openings_per_year_thousands"),
                "entry_education": outlook.get("entry_education"),
                "job_zone": occupation["job_zone"],
                "top_skills": [s["name"] for s in self.skills(occupation["code"], limit=3)["skills"]],
            })
        paid = [r for r in rows if r["pay"] is not None]
        winner = max(paid, key=lambda r: r["pay"]) if len(paid) == len(rows) and len(rows) > 1 else None
        loser = min(paid, key=lambda r: r["pay"]) if winner else None
        return {"occupations": rows, "figure": figure, "area": area,
                "winner": winner["title"] if winner and winner["pay"] != loser["pay"] else None,
                "gap": winner["pay"] - loser["pay"] if winner else None,
                "sources": [self.source("oews_2025"), self.source("ep_2024_34"), self.source("onet_30_1")]}


def escape_like(text):
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
