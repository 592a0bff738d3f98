"""Who does the work: "how old are help desk technicians?" (BLS Current Population Survey)."""

import re

from ..registry import Answer, register
from ..replies import article_lines, article_note, article_source, cite, message

MEASURES = (
    ("percent_women", "women"),
    ("percent_white", "White"),
    ("percent_black", "Black"),
    ("percent_asian", "Asian"),
    ("percent_hispanic", "Hispanic or Latino"),
)


@register
class Demographics(Answer):
    topic = "demographics"
    intents = ("ask_demographics",)
    sources = ("cps_2022", "cps_2025")
    asked_by = re.compile(
        r"\b(women|men|female|male|females|males|girls|ladies|guys|dudes|gender|median age|average age|how old"
        r"|demographics?|race|diversity|diverse|male[- ]dominated|minorit(y|ies)|black|hispanic|latino|latina|asian"
        r"|usual age|typical age|older than everyone|older (folks|people|workers|adults)|(mostly|a lot of|lots of) "
        r"(older|young|younger) (folks|people|workers)|over (50|60|sixty|fifty))\b",
        re.I,
    )
    national_only = "BLS publishes who works in an occupation for the nation only"

    def ask(self, kb, code, place):
        return kb.demographics(code)

    def word(self, demographics, profile=None):
        out = article_note(profile, article_demographics(profile)) if profile else []
        measures, title = demographics.measures, demographics.occupation.title
        if not measures:
            return out + [message(f"{demographics.source.short} has no demographic figures for {title}.")]
        who = f"{demographics.census_title} (a Census group that includes {title})" if demographics.group else title
        parts = []
        if "median_age" in measures:
            age = measures["median_age"]
            parts.append(f"median age {age.value} {cite(age.source)}")
        shares = [f"{measures[m].value}% {label}" for m, label in MEASURES if m in measures]
        if shares:
            source = next(measures[m].source for m, _ in MEASURES if m in measures)
            parts.append(", ".join(shares) + f" {cite(source)}")
        else:
            parts.append("BLS publishes no shares by sex or race for groups this small")
        return out + [message(f"{who}: " + "; ".join(parts) + ".")]


def article_demographics(profile):
    lines = article_lines(profile, [("average_age", "average age {number:.0f}")])
    genders = profile.all_of("gender_share")
    if genders:
        lines.append(", ".join(f"{f.share}% {f.value.lower()}" for f in genders) + f" {article_source(genders[0])}")
    lines += article_lines(profile, [("lgbt_share", "{number:.0f}% LGBT")])
    races = profile.all_of("race_share")
    if races:
        lines.append(", ".join(f"{f.share}% {f.value}" for f in races) + f" {article_source(races[0])}")
    return lines
