"""Where it pays most: "where do electricians make the most?" (BLS OEWS by state, metro
area and industry)."""

import re

from charts import Spec
from knowledge.formatting import money

from ..registry import Answer, register
from ..replies import article_lines, article_note, bullets, industry_name, message

ARTICLE_FACTS = (
    ("highest_paying_city", "highest paying city: {value}"),
    ("highest_paying_state", "highest paying state: {value}"),
    ("best_paying_company", "highest paying company: {value}"),
    ("best_paying_industry", "highest paying industry: {value}"),
)


@register
class BestPaying(Answer):
    topic = "best_paying"
    intents = ("ask_best_paying",)
    sources = ("oews_2025",)
    # "do machinists make more in other states?", "where do they make the most"
    asked_by = re.compile(
        r"\b(other|which|what|best|top|highest[- ]paying|best[- ]paying) (states?|cities|city|metros?|metro areas?"
        r"|places?|industr(y|ies)|compan(y|ies)|employers?)\b|\bwhere (\w+ ){1,4}(the )?(most|best|highest)\b",
        re.I,
    )
    narrows = "pay"
    national_only = "I rank the places and industries of the whole country"

    def chart(self, request):
        return Spec("places", (request.subjects[0].code,)) if len(request.subjects) == 1 else None

    def ask(self, kb, code, place):
        return kb.top_areas(code, "state"), kb.top_areas(code, "metro", limit=3), kb.top_industries(code, limit=3)

    def word(self, found, profile=None):
        states, metros, industries = found
        out = []
        if profile:
            out += article_note(profile, article_lines(profile, ARTICLE_FACTS))
        lines = []
        if states.areas:
            lines.append("States: " + "; ".join(f"{a.area} {money(a.value)}" for a in states.areas[:5]))
        if metros.areas:
            lines.append("Metro areas: " + "; ".join(f"{a.area} {money(a.value)}" for a in metros.areas[:3]))
        if industries.industries:
            lines.append(
                f"Industries (of those employing at least {industries.min_employment:,}): "
                + "; ".join(f"{industry_name(i.industry)} {money(i.annual_median)}" for i in industries.industries[:3])
            )
        title = states.occupation.title
        if not lines:
            return out + [message(f"BLS publishes no state or industry pay for {title}.")]
        return out + [
            message(f"Where {title} earn the most (median annual pay, {states.source.cite()}):\n" + bullets(lines))
        ]
