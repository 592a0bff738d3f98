"""Overview: "tell me about electricians", and any question not understood about an
occupation (description, median pay, outlook, entry education)."""

import re

from knowledge.formatting import jobs, money, percent

from ..registry import Answer, register
from ..replies import article_note, cite, message
from .duties import first_sentence
from .pay import article_pay

# Qualities people ask about that neither O*NET's ratings here nor BLS measure.
UNMEASURED = re.compile(r"\b(hard|difficult|boring|fun|dangerous|rewarding|satisfying)\b", re.I)
# Qualities O*NET's work styles come close to, and what the rating does not say.
STYLES_ASKED = [
    (re.compile(r"\bstress\w*\b", re.I), "Stress Tolerance", "how stressful workers find the job"),
    (
        re.compile(r"\b(with|around) (other )?people\b|\bpeople person\b|\bsocial\b|\balone\b|\bteam", re.I),
        "Social Orientation",
        "how much of the day is spent with others",
    ),
    (re.compile(r"\bdetail", re.I), "Attention to Detail", "how detailed the work itself is"),
    (re.compile(r"\blead(er|ing|ership)?\b", re.I), "Leadership Orientation", "whether the job manages people"),
    (re.compile(r"\bcreativ|\binnovat", re.I), "Innovation", "how much of the work is creative"),
]


@register
class Overview(Answer):
    topic = "overview"
    intents = ("ask_overview",)
    sources = ("oews_2025", "ep_2024_34", "onet_30_1")
    # "what is that job really?", "what's the job like?"; not "what is the job outlook"
    asked_by = re.compile(
        r"\bwhat(?: is|'s|s) (?:that|this|the|a|an) (?:job|career|role|occupation|position)(?: like| really| about)?"
        r"\s*(?:[?.,!]|$)",
        re.I,
    )
    by_place = True  # its pay line is for the place asked (an occupation opened from a list for Ohio)

    def ask(self, kb, code, place):
        pay = kb.pay(code, place) if place else None
        return kb.occupation(code), pay if pay and pay.wages else kb.pay(code), kb.outlook(code), kb.education(code)

    def respond(self, kb, request):
        messages = super().respond(kb, request)
        asked = [(style, limit) for pattern, style, limit in STYLES_ASKED if pattern.search(request.text)]
        if asked and messages:  # "is it stressful", "do they work with people": O*NET's nearest rating first
            rated = [
                work_style(kb.work_styles(s.code), style, limit) for s in request.subjects[:2] for style, limit in asked
            ]
            messages[:0] = [m for m in rated if m]
        unmeasured = UNMEASURED.search(request.text)
        if unmeasured and messages:  # "is it stressful": say what the data cannot tell
            messages.insert(
                0,
                message(
                    f"The data I have doesn't measure how {unmeasured.group(0).lower()} a job is. "
                    f"Here is what it does say."
                ),
            )
        return messages

    def word(self, found, profile=None):
        occupation, pay, outlook, education = found
        out = article_note(profile, article_pay(profile)) if profile else []
        lines = [first_sentence(occupation.description)]
        if pay.wages and pay.wages.annual_median:
            where = "the US" if pay.area.national else pay.area.name
            group = f" for the broader group “{pay.broader}”, the narrowest BLS publishes" if pay.broader else ""
            lines.append(
                f"Median pay {money(pay.wages.annual_median)} a year in {where}{group} {cite(pay.wages.source)}."
            )
        p = outlook.projection
        if p and p.change_percent is not None:
            lines.append(
                f"US employment {percent(p.change_percent)} projected {p.base_year}-{str(p.projected_year)[2:]}, "
                f"about {jobs(p.openings_per_year_thousands)} openings a year {cite(p.source)}."
            )
        if education.entry and education.entry.education:
            lines.append(f"Typical entry education: {education.entry.education} {cite(education.entry.source)}.")
        text = f"{occupation.title} ({occupation.soc_code}): " + " ".join(lines)
        return out + [message(text + "\nAsk me about its pay by state, skills, duties, education or outlook.")]


def work_style(styles, name, limit):
    """How much one work style matters to the job, as O*NET rates it, and what that does not say."""
    style = styles.style(name)
    if style is None:
        return message(f"O*NET has not rated work styles for {styles.occupation.title}.")
    rated_by = " by AI and experts" if styles.rated_by == "AI/Expert" else ""
    return message(
        f"{styles.occupation.title}: O*NET rates how much {name.lower()} matters to doing the job well at "
        f"{style.impact:+.1f} on a scale of -3 to +3, distinctiveness {style.distinctiveness:.0f} of 10 "
        f"(how much more than in most jobs) ({styles.source.cite()}, rated{rated_by}). "
        f"It does not measure {limit}."
    )
