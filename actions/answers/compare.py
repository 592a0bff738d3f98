"""Comparisons: "which pays more, a program support technician or a customer support
technician?", "electricians vs plumbers" (pay, outlook, education and skills side by side)."""

import re

from knowledge import NATION
from knowledge.formatting import hourly, money, percent

from ..registry import MAX_SUBJECTS, Answer, asked_percentile, by_topic, last_sentence, register
from ..replies import (
    PERCENTILE_NAMES,
    article_source,
    bullets,
    cite,
    industry_name,
    listed,
    message,
    per_hour,
    percentile_pay,
    starting_pay,
)
from .duties import first_sentence

GROWTH_WORDS = re.compile(
    r"\b(grow|grows|growing|growth|faster|outlook|demand|openings|future|shrinking|prospects|going forward)\b", re.I
)
SCHOOL_WORDS = re.compile(r"\b(school|schooling|degree|education|college|training|study|longer|shorter)\b", re.I)
PAY_WORDS = re.compile(r"\b(pay|pays|paid|salary|salaries|earn|earns|make|makes|money|wage|wages|income)\b", re.I)
# "what do LPNs do that CNAs don't", "how does their work differ day to day"
WORK_WORDS = re.compile(
    r"\b(duties|tasks|day[- ]to[- ]day|what they do)\b|\bdo that\b|\b(work|job|role)s? (is |are )?differ\w*",
    re.I,
)
DIFFERENCE = re.compile(r"\bdiffer\w*\b", re.I)  # "what's the difference between a PA and an NP"
ASPECTS = {"pay": PAY_WORDS, "growth": GROWTH_WORDS, "school": SCHOOL_WORDS, "work": WORK_WORDS}


@register
class Compare(Answer):
    topic = "compare"
    intents = ("ask_compare",)
    sources = ("oews_2025", "ep_2024_34")
    at_least = 2

    def chart(self, request):
        return by_topic("pay").chart(request)  # side by side, their pay ranges

    def respond(self, kb, request):
        subjects = request.subjects[:MAX_SUBJECTS]
        if len(subjects) < 2 and len(request.places) > 1:  # "MN vs WI": one occupation in several places
            return by_topic("pay").respond(kb, request)
        if len(subjects) == 1:  # "im in nursing school, what do RNs make in texas" read as a comparison
            return by_topic("pay").respond(kb, request) + [one_more()]
        if not subjects:
            return need_two()
        profiles = [kb.article_profile(s.profile) if s.profile else None for s in subjects]
        messages = how_they_differ(profiles)
        aspects = asked_aspects(request.outside or request.text)
        if "pay" in aspects or not aspects:  # "which pays best out of school?"
            messages += starting_pay(request.text)
        if aspects == {"growth"}:  # "which one grows faster"
            return messages + compare_growth(kb.compare(*(s.code for s in subjects)))
        if aspects == {"school"}:  # "which needs more school"
            return messages + compare_education([kb.education(s.code) for s in subjects])
        if aspects == {"work"}:  # "what do LPNs do that CNAs don't"
            return messages + compare_duties([kb.duties(s.code) for s in subjects])
        if not aspects and DIFFERENCE.search(request.outside or request.text):  # what each does, then the figures
            messages += compare_duties([kb.duties(s.code) for s in subjects], tasks=0)
        if request.industries:  # "vs swe same industry"
            industries = request.industries[:MAX_SUBJECTS]
            return messages + [m for naics in industries for m in in_industry(kb, subjects, naics)]
        national = kb.compare(*(s.code for s in subjects))
        for i, place in enumerate(request.places or [None]):  # the nation among them: "in the US"
            comparison = (
                kb.compare(*(s.code for s in subjects), area=place) if place not in (None, NATION.name) else national
            )
            messages += compare_pay(comparison, profiles if i == 0 else ())
            messages += compare_percentile(comparison, request.outside or request.text)
        if aspects != {"pay"}:  # a pay question gets a pay answer; several aspects, all of them
            messages += side_by_side(national)
        return messages


def asked_aspects(text):
    """What a comparison asks about, by the words of its question (the last sentence of
    several: "I'm going back to school... How much more do NPs make than RNs?")."""
    question = last_sentence(text) or text
    return {name for name, words in ASPECTS.items() if words.search(question)}


def how_they_differ(profiles):
    """The education site's account of how two of its titles differ: whom they work with, and where."""
    described = [p for p in profiles if p and p.fact("works_with")]
    if len(described) < 2:
        return []
    parts = []
    for p in described:
        setting = p.fact("work_setting")
        parts.append(
            f"a {p.title} works mostly with {p.fact('works_with').value}"
            + (f", often in {setting.value}" if setting else "")
        )
    return [
        message(
            "How they differ, according to the education site: "
            + "; ".join(parts)
            + f" {article_source(described[0].fact('works_with'))}."
        )
    ]


def one_more():
    return message("To compare, name another occupation, for example “vs plumbers”.")


def need_two():
    return [message("Which occupations should I compare? For example: “which pays more, an electrician or a plumber?”")]


def compare_pay(comparison, profiles=()):
    """Which pays more: the winner, both figures and the gap; the articles' estimates first
    when both titles are theirs."""
    out = []
    rows = comparison.occupations
    salaries = [p.fact("average_salary") if p else None for p in profiles]
    if len(rows) == len(salaries) == 2 and all(salaries):
        (pa, sa), (pb, sb) = sorted(zip(profiles, salaries), key=lambda ps: -ps[1].number)
        out.append(
            message(
                f"By the career site's title-level estimates, a {pa.title} earns more: "
                f"{money(sa.number)} vs {money(sb.number)} a year for a {pb.title}, "
                f"{money(sa.number - sb.number)} more {article_source(sa)}."
            )
        )
    where = f" in {comparison.area}" if comparison.area else " in the US"
    missing = [c.occupation.title for c in rows if c.median is None]
    if missing and all(c.pay.wages and c.pay.wages.hourly_median is not None for c in rows):
        return out + compare_hourly(rows, where)  # "actors vs musicians": BLS publishes hourly wages only
    if missing:
        return out + [
            message(
                f"BLS publishes no median pay{where} for {', '.join(missing)}, so I can't say "
                f"which pays more by BLS figures."
            )
        ]
    ranked = sorted(rows, key=lambda c: -c.median)
    first, second = ranked[0], ranked[1]
    cited = f"({first.pay.source.cite()})"
    lead = "By BLS figures for the broader occupations, " if out else ""
    if first.median == second.median:
        return out + [
            message(
                f"{lead}{first.occupation.title} and {second.occupation.title} have the same "
                f"median pay{where}: {money(first.median)} a year {cited}."
            )
        ]
    others = listed(f"{money(c.median)}{per_hour(c.pay.wages)} for {c.occupation.title}" for c in ranked[1:])
    gap = money(first.median - second.median)
    most, gap = ("pay more", f"a gap of {gap}") if len(ranked) == 2 else ("pay the most", f"{gap} more than the next")
    return (
        out
        + [
            message(
                f"{lead}{first.occupation.title} {most}{where}: median {money(first.median)} a year"
                f"{per_hour(first.pay.wages)} vs {others}, {gap} {cited}."
            )
        ]
        + broader_groups(ranked)
    )


def compare_hourly(rows, where):
    """Which pays more by the hourly median, for occupations BLS publishes no annual pay for."""
    first, *rest = sorted(rows, key=lambda c: -c.pay.wages.hourly_median)
    hourly_only = [c.occupation.title for c in rows if c.median is None]
    hourly_only = "these occupations" if len(hourly_only) == len(rows) else listed(hourly_only)
    others = listed(f"{hourly(c.pay.wages.hourly_median)} for {c.occupation.title}" for c in rest)
    return [
        message(
            f"{first.occupation.title} pay more per hour{where}: median {hourly(first.pay.wages.hourly_median)} vs "
            f"{others} ({first.pay.source.cite()}). BLS publishes hourly wages only, no annual pay, for "
            f"{hourly_only}."
        )
    ]


def compare_percentile(comparison, text):
    """'the top 10% in each', 'bottom 10 pct': that percentile of each compared."""
    percentile = asked_percentile(text)
    if not percentile:
        return []
    name, bound = PERCENTILE_NAMES[percentile]
    figures = [
        (c.occupation.title, c.pay.wages and percentile_pay(c.pay.wages, percentile)) for c in comparison.occupations
    ]
    said = listed(f"{v} for {title}" if v else f"no published figure for {title}" for title, v in figures)
    where = f" in {comparison.area}" if comparison.area else " in the US"
    source = next(c.pay.source.cite() for c in comparison.occupations)
    return [message(f"The {name}{where} earn {bound}: {said} ({source}).")]


def broader_groups(compared):
    """Which of the figures compared are a broader group's, the narrowest BLS publishes."""
    groups = [
        f"The figures for {c.occupation.title} are those of the broader group “{c.pay.broader}”, the narrowest "
        "BLS publishes."
        for c in compared
        if c.pay.broader
    ]
    return [message(" ".join(groups))] if groups else []


def in_industry(kb, subjects, naics):
    """Which pays more in one industry (BLS publishes industry pay for the nation only)."""
    found = [kb.industry_pay(s.code, naics) for s in subjects]
    industry = industry_name(found[0].industry or "that industry")
    missing = [f.occupation.title for f in found if not (f.wages and f.wages.annual_median)]
    if missing:
        return [
            message(
                f"BLS publishes no median pay in {industry} for {listed(missing)}, so I can't compare "
                f"them there. Across all industries:"
            )
        ] + compare_pay(kb.compare(*(s.code for s in subjects)))
    first, *rest = sorted(found, key=lambda f: -f.wages.annual_median)
    others = listed(f"{money(f.wages.annual_median)}{per_hour(f.wages)} for {f.occupation.title}" for f in rest)
    return [
        message(
            f"{first.occupation.title} pay more in {industry} (US): median {money(first.wages.annual_median)} "
            f"a year{per_hour(first.wages)} vs {others} {cite(first.wages.source)}."
        )
    ]


def compare_growth(comparison):
    """Which grows fastest, by BLS projections (national only)."""
    rows = [
        c for c in comparison.occupations if c.outlook.projection and c.outlook.projection.change_percent is not None
    ]
    if len(rows) < 2:
        return [message("BLS projects growth for only one of these, so I can't compare their outlook.")]
    ranked = sorted(rows, key=lambda c: -c.outlook.projection.change_percent)
    p = ranked[0].outlook.projection
    others = listed(f"{percent(c.outlook.projection.change_percent)} for {c.occupation.title}" for c in ranked[1:])
    return [
        message(
            f"{ranked[0].occupation.title} grow fastest in the US: employment {percent(p.change_percent)} "
            f"projected {p.base_year}-{str(p.projected_year)[2:]}, vs {others} ({p.source.cite()})."
        )
    ]


def compare_education(educations):
    """What each needs to start, by BLS's typical entry education."""
    lines = [
        f"{e.occupation.title}: {e.entry.education if e.entry and e.entry.education else 'n/a'}" for e in educations
    ]
    source = next((e.entry.source for e in educations if e.entry), None)
    cited = f" ({source.cite()})" if source else ""
    return [message("Typical education to start" + cited + ":\n" + bullets(lines))]


def compare_duties(duties, tasks=3):
    """What each does, by O*NET's description and its first task statements."""
    parts = [
        f"{d.occupation.title}: {first_sentence(d.occupation.description)}"
        + ("\n" + bullets(t.task for t in d.tasks[:tasks]) if tasks else "")
        for d in duties
    ]
    return [message(f"What each does {cite(duties[0].source)}:\n" + "\n".join(parts))]


def median_said(wages):
    """'$61,860', or '$47.80/hour' where BLS publishes hourly wages only, or 'n/a'."""
    if wages and wages.annual_median is not None:
        return money(wages.annual_median)
    return hourly(wages.hourly_median) if wages and wages.hourly_median is not None else "n/a"


def side_by_side(comparison):
    lines, sources = [], []
    for c in comparison.occupations:
        p = c.outlook.projection
        growth = percent(p.change_percent) if p and p.change_percent is not None else "n/a"
        overall = c.outlook.all_occupations
        years = f"{overall.base_year}-{str(overall.projected_year)[2:]}"
        entry = (p.entry_education if p else None) or "n/a"
        skills = ", ".join(s.name for s in c.skills.skills.items[:3]) or "n/a"
        lines.append(
            f"{c.occupation.title}: median pay {median_said(c.pay.wages)}; "
            f"growth {years} {growth}; entry education: {entry}; top skills: {skills}"
        )
        for source in (c.pay.source, c.outlook.all_occupations.source, c.skills.skills.source):
            if source not in sources:
                sources.append(source)
    cited = ", ".join(f"{s.short} {s.period}" for s in sources)
    return [message("Side by side, in the US:\n" + bullets(lines) + f"\n(Sources: {cited}.)")]
