"""Charts of the figures the answers give, drawn from the knowledge base.

What to draw is a `Spec`: a kind and its arguments (occupation codes, places, a list's
criteria), small enough to travel in the image's URL, so any server with the knowledge
base can draw it and none needs to remember it. `figure(kb, spec)` reads the figures into
a `Figure` (rows, source, alt text with the key figures); `charts.draw.png()` draws it.

    spec = Spec("pay", codes=("29-1141.00",), places=("Texas",))
    url(spec, figure(kb, spec), "http://localhost:5005", version)
"""

import json
from dataclasses import dataclass, field, replace
from urllib.parse import quote, urlencode

from knowledge.formatting import money
from knowledge.lists import NATIONAL_ONLY, Criteria

KINDS = ("pay", "compare", "places", "outlook", "list")
MAX_ROWS = 10
ROUTE = "/webhooks/charts"  # where the Rasa server serves them (channels/charts.py)


@dataclass(frozen=True)
class Spec:
    kind: str  # one of KINDS
    codes: tuple = ()  # O*NET-SOC codes
    places: tuple = ()  # places as the knowledge base names them; none: the US
    criteria: str = ""  # a list's criteria (knowledge.lists.Criteria as JSON)

    def query(self):
        return urlencode(
            {k: v for k, v in (("o", ",".join(self.codes)), ("p", "|".join(self.places)), ("c", self.criteria)) if v}
        )

    @classmethod
    def from_query(cls, kind, args):
        """The spec a URL asks for, or None when it is not one."""
        if kind not in KINDS:
            return None
        codes = tuple(filter(None, args.get("o", "").split(",")))[:5]
        places = tuple(filter(None, args.get("p", "").split("|")))[:5]
        return cls(kind, codes, places, args.get("c", "")[:2000])


@dataclass
class Row:
    label: str
    values: tuple  # range: (p10, p25, median, p75, p90), None where BLS publishes none; bars: (value,)


@dataclass
class Figure:
    title: str
    style: str  # range (pay percentiles) | bars
    unit: str  # dollars | percent | thousands
    rows: list
    source: str  # "Source: BLS OEWS, May 2025"
    alt: str  # the key figures in words, for screen readers and text-only clients
    notes: list = field(default_factory=list)  # a reference line, a wage cap, a broader group

    def key(self):
        """What identifies the drawing: equal figures draw the same image."""
        return json.dumps(
            [self.title, self.style, self.unit, [(r.label, r.values) for r in self.rows], self.source, self.notes]
        )


def url(spec, found, base, version):
    """The image's address; its alt text rides in the fragment, which never reaches the server."""
    return f"{base.rstrip('/')}{ROUTE}/{spec.kind}.png?{spec.query()}&v={version}#{quote(found.alt)}"


def figure(kb, spec):
    """The figures to draw, or None when there are none (or the spec names nothing known)."""
    if any(not kb.knows(code) for code in spec.codes):
        return None
    enough = {
        "compare": len(spec.codes) >= 2 or (len(spec.codes) == 1 and spec.places),
        "list": bool(spec.criteria),
    }.get(spec.kind, len(spec.codes) >= 1)
    if not enough:
        return None
    draw = {"pay": pay, "compare": compare, "places": places, "outlook": outlook, "list": ranked}[spec.kind]
    return draw(kb, spec)


# -- pay -------------------------------------------------------------------------------------

PERCENTILES = ("annual_p10", "annual_p25", "annual_median", "annual_p75", "annual_p90")


def pay_row(label, pay):
    wages = pay.wages
    if not wages or wages.annual_median is None and "annual_median" not in wages.top_coded:
        return None
    return Row(label, tuple(None if p in wages.top_coded else getattr(wages, p) for p in PERCENTILES))


def pay_words(row):
    p10, _, median, _, p90 = row.values
    said = f"{row.label}: median {money(median)}" if median else f"{row.label}: median above the BLS cap"
    if p10 and p90:
        said += f", 10th to 90th percentile {money(p10)} to {money(p90)}"
    return said


def pay_figure(title, rows, pays):
    rows = [r for r in rows if r]
    if not rows:
        return None
    notes = []
    capped = [p for p in pays if p.wages and p.wages.top_coded]
    if capped:
        cap = money(capped[0].wages.cap.annual)
        notes.append(f"BLS publishes no figure at or above {cap}: bars show only the percentiles below it")
    broader = sorted({p.broader for p in pays if p.broader})
    if broader:
        notes.append("Figures of the broader group: " + "; ".join(broader))
    source = pays[0].source
    alt = f"{title} ({source.cite()}). " + ". ".join(pay_words(r) for r in rows) + "."
    return Figure(title, "range", "dollars", rows, f"Source: {source.cite()}", alt, notes)


def pay(kb, spec):
    """One occupation's pay distribution: the US, and the place asked beside it."""
    code = spec.codes[0]
    pays = [kb.pay(code)] + [kb.pay(code, place) for place in spec.places[:1]]
    pays = [p for p in pays if p.area]
    rows = [pay_row("US" if p.area.national else p.area.name, p) for p in pays]
    return pay_figure(f"{pays[0].occupation.title}: annual pay", rows, pays)


def compare(kb, spec):
    """Two to five occupations in one place, or one occupation in several places."""
    if len(spec.codes) == 1:
        pays = [kb.pay(spec.codes[0], place) for place in spec.places]
        pays = [p for p in pays if p.area]
        if not pays:  # none of the places is one BLS publishes
            return None
        rows = [pay_row(p.area.name, p) for p in pays]
        return pay_figure(f"{pays[0].occupation.title}: annual pay by place", rows, pays)
    place = spec.places[0] if spec.places else None
    pays = [kb.pay(code, place) for code in spec.codes]
    where = "the US" if pays[0].area is None or pays[0].area.national else pays[0].area.name
    rows = [pay_row(p.occupation.title, p) for p in pays]
    return pay_figure(f"Annual pay in {where}", rows, pays)


# -- where it pays most, outlook and lists ---------------------------------------------------------


def places(kb, spec):
    top = kb.top_areas(spec.codes[0], "state", limit=MAX_ROWS)
    if not top.areas:
        return None
    rows = [Row(a.area, (a.value,)) for a in top.areas]
    title = f"{top.occupation.title}: the best paying states (median annual pay)"
    alt = f"{title} ({top.source.cite()}): " + "; ".join(f"{a.area} {money(a.value)}" for a in top.areas) + "."
    return Figure(title, "bars", "dollars", rows, f"Source: {top.source.cite()}", alt)


def outlook(kb, spec):
    found = kb.outlook(spec.codes[0])
    p, everyone = found.projection, found.all_occupations
    if not p or p.employment_base_thousands is None or p.employment_projected_thousands is None:
        return None
    rows = [
        Row(str(p.base_year), (p.employment_base_thousands,)),
        Row(str(p.projected_year), (p.employment_projected_thousands,)),
    ]
    change = f"{p.change_percent:+.1f}%" if p.change_percent is not None else "change not published"
    title = f"{found.group or found.occupation.title}: employment, {p.base_year}-{p.projected_year} ({change})"
    notes = [f"All occupations: {everyone.change_percent:+.1f}%"]
    if found.group:  # BLS projects only the group: the title names it, and this says why
        notes.append(f"BLS projects {found.occupation.title} only within this broader group")
    alt = (
        f"{title} ({p.source.cite()}): {p.employment_base_thousands * 1000:,.0f} jobs in {p.base_year}, "
        f"{p.employment_projected_thousands * 1000:,.0f} projected in {p.projected_year}; "
        f"all occupations {everyone.change_percent:+.1f}%."
    )
    return Figure(title, "bars", "thousands", rows, f"Source: {p.source.cite()}", alt, notes)


LISTED = {  # what a list is ranked by: the figure drawn, its unit, its words
    "pay": ("annual_median", "dollars", "median annual pay"),
    "growth": ("change_percent", "percent", "projected growth, 2024-34"),
    "openings": ("openings", "count", "openings a year"),
    "employment": ("employment", "count", "employment"),
}


def ranked(kb, spec):
    """The page of a ranked list the answer showed, by the figure it was ranked by."""
    criteria = Criteria.from_json(spec.criteria)
    if criteria is None or criteria.by not in LISTED:
        return None
    if criteria.by in NATIONAL_ONLY:
        criteria = replace(criteria, area=None)  # as the list answer does: projections are national
    try:
        ranking = kb.rank(criteria)
        if criteria.area and ranking.area is None:
            ranking = kb.rank(replace(criteria, area=None))
    except (TypeError, ValueError):  # criteria read from a URL may hold anything
        return None
    figure_name, unit, words = LISTED[criteria.by]
    items = [i for i in ranking.items if getattr(i, figure_name) is not None][:MAX_ROWS]
    if not items:
        return None
    rows = [Row(i.title, (getattr(i, figure_name),)) for i in items]
    where = "" if ranking.area is None or ranking.area.national else f", in {ranking.area.name}"
    order = "lowest" if criteria.lowest else "highest"
    title = f"The occupations listed, {order} {words} first{where}"
    cited = "; ".join(s.cite() for s in ranking.sources)
    shown = "; ".join(f"{r.label} {say(unit, r.values[0])}" for r in rows)
    notes = [f"All occupations: {ranking.all_growth:+.1f}%"] if criteria.by == "growth" and ranking.all_growth else []
    return Figure(title, "bars", unit, rows, f"Source: {cited}", f"{title} ({cited}): {shown}.", notes)


def say(unit, value):
    return {
        "dollars": money(value),
        "percent": f"{value:+.1f}%",
        "thousands": f"{value * 1000:,.0f}",
        "count": f"{value:,.0f}",
    }[unit]
