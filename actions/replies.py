"""Pieces every answer's wording uses, and the replies that ask the person to clarify.

A reply is a list of messages: dicts with "text" and, where the person can pick,
"buttons". Replies read well as plain text with light markdown, in the web widget and
in Slack.
"""

import functools
import os
import re

import charts
from knowledge.build import built_digest
from knowledge.formatting import hourly, money


def message(text, buttons=None):
    return {"text": text, "buttons": buttons} if buttons else {"text": text}


def chart(kb, spec):
    """A chart of the figures just given (an image message whose URL carries its alt text),
    or nothing when there is nothing to draw. PUBLIC_URL is where people reach the Rasa
    server, which draws it (channels/charts.py)."""
    found = spec and charts.figure(kb, spec)
    if not found:
        return []
    base = os.environ.get("PUBLIC_URL") or "http://localhost:5005"
    return [{"image": charts.url(spec, found, base, knowledge_version(kb.path))}]


@functools.cache
def knowledge_version(path):
    """A short digest of the knowledge base's sources: chart URLs change when figures do."""
    return (built_digest(path) or "unknown")[:12]


def bullets(items):
    return "\n".join(f"• {item}" for item in items)


def cite(source):
    """'(BLS OEWS, May 2025)'"""
    return f"({source.cite()})"


# -- the source articles' title profiles ------------------------------------------------------


def article_source(fact):
    """An article fact's source and period: '(a career-comparison site, year not stated)'."""
    stated = fact.period and fact.period != "not stated"
    return f"({fact.source.short}, {fact.period if stated else 'year not stated'})"


def article_lines(profile, templates):
    """The article facts a profile has, each worded by its template and followed by its
    source: templates are (fact name, format string over the fact's fields)."""
    return [
        f"{template.format(**vars(fact))} {article_source(fact)}"
        for name, template in templates
        for fact in [profile.fact(name)]
        if fact
    ]


def article_note(profile, lines):
    """A career site's or education site's figures for an exact title, labelled as such."""
    lines = [line for line in lines if line]
    if not lines:
        return []
    return [message(f"For the exact title “{profile.title}”, the source articles say:\n" + bullets(lines))]


# -- when the occupation is not clear -------------------------------------------------------


def choice_buttons(candidates):
    return [{"title": c.title, "payload": f'/choose{{"choice":"{c.code}"}}'} for c in candidates]


def which_one(typed, candidates):
    return [message(f"“{typed}” could mean several occupations. Which one do you mean?", choice_buttons(candidates))]


def also_means(typed, candidates):
    return [message(f"“{typed}” can also mean another occupation. Not the one you meant?", choice_buttons(candidates))]


def unknown(typed, candidates):
    if candidates:
        return [
            message(
                f"I don't know an occupation called “{typed}”. Did you mean one of these?", choice_buttons(candidates)
            )
        ]
    return [
        message(
            f"I don't know an occupation called “{typed}”, and nothing close to it. "
            "Try another title, for example “dental hygienist” or “help desk technician”."
        )
    ]


def counted_in(title, occupation):
    """A title asked that BLS and O*NET count in a broader occupation ('Zookeeper')."""
    return message(
        f"“{title}” is one of the titles counted in the broader occupation {occupation}; "
        f"the answer below is for that occupation."
    )


def other_places(answered, others):
    """'Portland' was taken for the larger area; the others are a click away."""
    return [
        message(
            f"That was for {answered}. Did you mean another?",
            [{"title": o, "payload": f'/inform{{"place":"{o}"}}'} for o in others],
        )
    ]


def industry_name(title):
    """'Sector 22 - Utilities' -> 'Utilities'; drop '(OEWS Designation)'."""
    return re.sub(r"^Sectors? [\d, and]+ - ", "", title).replace(" (OEWS Designation)", "")


def listed(items):
    """'Texas', 'Texas and Ohio', 'Texas, Ohio and Utah'"""
    items = list(items)
    return " and ".join(items) if len(items) < 3 else ", ".join(items[:-1]) + " and " + items[-1]


def unpublished(parts):
    """The parts of a pay question no published figure answers, said before what is answered."""
    said = {
        "employer": "BLS publishes pay by occupation and place, not by employer, so I can't say what {} pays; "
        "this is across all employers.",
        "remote": "BLS publishes pay by where people work, not for remote jobs, so I can't give remote pay; "
        "this is for all jobs in the occupation.",
        "future": "BLS projects jobs, not pay, so I can't say what it will pay then; these are the latest figures.",
        "local growth": "BLS projects employment for the nation only, not for {}; this is what the job pays there.",
    }
    return [message(said[kind].format(detail)) for kind, detail in parts]


def left_out(titles, most):
    return [message(f"I answer for at most {most} occupations at a time, so I left out {listed(titles)}.")]


def no_occupation():
    return [
        message(
            "Which occupation are you asking about? For example: “how much do electricians "
            "make?” or “what skills does a customer support technician need?”"
        )
    ]


def not_understood():
    return [
        message(
            "Sorry, I didn't understand that. I answer questions about US occupations: pay, "
            "skills, education, duties and job outlook. Try “how much do nurses make in Texas?”"
        )
    ]


def per_hour(wages):
    """' ($46.90/hour)': the hourly median beside the annual one, where BLS publishes it."""
    return f" ({hourly(wages.hourly_median)})" if wages and wages.hourly_median is not None else ""


PERCENTILE_NAMES = {
    90: ("top 10% (90th percentile)", "at least"),
    75: ("top 25% (75th percentile)", "at least"),
    25: ("bottom 25% (25th percentile)", "at most"),
    10: ("bottom 10% (10th percentile)", "at most"),
}


def percentile_pay(wages, percentile):
    """'$104,280 a year ($50.13/hour)': one percentile of pay, or None where BLS publishes none;
    above BLS's cap, the cap."""
    annual, rate = getattr(wages, f"annual_p{percentile}"), getattr(wages, f"hourly_p{percentile}")
    if f"annual_p{percentile}" in wages.top_coded:
        return f"{money(wages.cap.annual)} a year or more"
    if annual is None:
        return hourly(rate) if rate is not None else None
    return f"{money(annual)} a year" + (f" ({hourly(rate)})" if rate is not None else "")


STARTING = re.compile(
    r"\b(starting|entry[- ]level|first[- ]year|new grads?|(right )?out of (school|college)|to start( out)?)\b", re.I
)


def starting_pay(text):
    """What BLS has for a question about pay at the start ("starting pay for a dental hygienist"):
    no such figure; the low end of the middle 80% is the nearest guide."""
    if not STARTING.search(text or ""):
        return []
    return [
        message(
            "BLS publishes no starting or entry-level pay, only pay across all workers; the low end of "
            "the middle 80% (the 10th percentile) is the nearest guide to pay at the start."
        )
    ]
