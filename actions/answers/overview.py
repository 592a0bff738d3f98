"""Overview: "tell me about electricians", and any question not understood about an
occupation (description, median pay, outlook, entry education)."""

import re

from knowledge.formatting import jobs, money, percent

from ..registry import Answer, register
from ..replies import article_note, cite, message
from .duties import first_sentence
from .pay import article_pay

# Qualities people ask about that neither O*NET's ratings here nor BLS measure.
UNMEASURED = re.compile(r"\b(stressful|hard|difficult|boring|fun|dangerous|rewarding|satisfying)\b", re.I)


@register
class Overview(Answer):
    topic = "overview"
    intents = ("ask_overview",)

    def ask(self, kb, code, place):
        return kb.occupation(code), kb.pay(code), kb.outlook(code), kb.education(code)

    def respond(self, kb, request):
        messages = super().respond(kb, request)
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
            lines.append(f"Median pay {money(pay.wages.annual_median)} a year in the US {cite(pay.wages.source)}.")
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
