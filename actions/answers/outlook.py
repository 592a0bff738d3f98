"""Outlook: "is web development growing?" (BLS Employment Projections)."""

import re

from charts import Spec
from knowledge.formatting import jobs, percent

from ..registry import MAX_SUBJECTS, Answer, register
from ..replies import article_note, article_source, cite, message
from .compare import compare_growth

WHICH = re.compile(r"\b(which|faster|fastest|more|most|better|vs\.?|versus)\b", re.I)  # asked of several


@register
class Outlook(Answer):
    topic = "outlook"
    intents = ("ask_outlook",)
    sources = ("ep_2024_34",)
    asked_by = re.compile(
        r"\b(outlook|growth|growing|demand|job market|openings|future|coming back|projected|projections?"
        r"|hiring|job security)\b"
        # "is graphic design dying bc of AI", "is my job going to disappear?"
        r"|\b(dying|dead|disappear\w*|obsolete|replaced|automated|automation|ai|take over|going away"
        r"|shrinking|declining|phas(e|ed|ing) out|take (these|those|our|the|my|their) jobs)\b"
        # "self driving trucks gonna kill this job?", "will robots replace welders"
        r"|\b(kill|killing|wipe out|eliminate) (this|that|the|my|our|their|these|those) (\w+ )?(jobs?|careers?|field)\b"
        r"|\b(replace|replacing)\b|\b(gonna|going to|will) be (any |enough |more )?jobs\b"  # "are there gonna be jobs"
        r"|\b(in|over) (the next |like |about )?(\d+|five|ten|a few) (years|yrs)\b",
        re.I,
    )
    national_only = "BLS projects employment for the nation only"

    def chart(self, request):
        return Spec("outlook", (request.subjects[0].code,)) if len(request.subjects) == 1 else None

    def respond(self, kb, request):
        subjects = request.subjects[:MAX_SUBJECTS]
        if len(subjects) < 2 or not WHICH.search(request.text):
            return super().respond(kb, request)
        # "which one grows faster": their growth, compared
        return self.nationally(request) + compare_growth(kb.compare(*(s.code for s in subjects)))

    def ask(self, kb, code, place):
        return kb.outlook(code)

    def word(self, outlook, profile=None):
        out = article_note(profile, article_outlook(profile)) if profile else []
        p = outlook.projection
        if not p or p.change_percent is None:
            survey = outlook.all_occupations.source.short
            return out + [message(f"{survey} have no outlook for {outlook.occupation.title}.")]
        group = f" (figures for the group “{outlook.group}”)" if outlook.group else ""
        text = (
            f"{outlook.occupation.title}{group} in the US: employment is projected to change "
            f"{percent(p.change_percent)} from {p.base_year} to {p.projected_year}, "
            f"from {jobs(p.employment_base_thousands)} to "
            f"{jobs(p.employment_projected_thousands)} jobs, with about "
            f"{jobs(p.openings_per_year_thousands)} openings a year {cite(p.source)}."
        )
        overall = outlook.all_occupations.change_percent
        if p.nem_code == outlook.all_occupations.nem_code:  # all occupations: nothing to compare with
            return out + [message(text)]
        pace = (
            "faster than"
            if p.change_percent > overall
            else ("slower than" if p.change_percent < overall else "the same as")
        )
        text += f" That is {pace} the {percent(overall, signed=False)} projected for all occupations."
        return out + [message(text)]


def article_outlook(profile):
    lines = []
    growth, count = profile.fact("growth_rate"), profile.fact("number_of_jobs")
    if growth:
        lines.append(
            f"growth rate {percent(growth.number, signed=False)}"
            + (f", {count.number:,.0f} jobs" if count else "")
            + f" {article_source(growth)}"
        )
    old = profile.fact("job_growth")
    if old:
        lines.append(f"job growth {percent(old.number, signed=False)} for all {old.group_title} {article_source(old)}")
    return lines
