"""Duties: "what does a paralegal do?" (O*NET description and task statements)."""

import re

from ..registry import Answer, register
from ..replies import bullets, cite, message


@register
class Duties(Answer):
    topic = "duties"
    intents = ("ask_duties",)
    sources = ("onet_30_1",)
    asked_by = re.compile(
        r"\b(duties|tasks|responsibilit(y|ies)|day[- ]to[- ]day|typical day|all day|what they do)\b"
        # "what do pharmacists do besides count pills", "what does that job involve"; not "what do I need to do"
        r"|\bwhat (do|does) (?!i\b|you\b|we\b|it takes?\b)[\w ]{1,40}?\bdo\b"
        r"(?=\s*($|[?.!,]|all day|besides|exactly|every|each|on |in |at |for ))"
        r"|\b(involve|involves|entail|entails)\b"
        # "what's the actual work like", "is there more to the job", "walk me through a shift"
        r"|\bwhat('?s| is) (the )?(actual |real )?(work|job) (actually |really )?like\b|\bwhat is the work\b"
        r"|\bmore to the job\b|\bwalk me through\b|\bday in the life\b",
        re.I,
    )

    def ask(self, kb, code, place):
        return kb.duties(code)

    def word(self, duties, profile=None):
        out = []
        if profile and profile.responsibilities:
            out += [
                message(
                    f"Example responsibilities of a “{profile.title}” "
                    f"({profile.responsibilities[0].source.short}):\n"
                    + bullets(r.text for r in profile.responsibilities[:4])
                )
            ]
        occupation = duties.occupation
        summary = first_sentence(occupation.description)
        tasks = bullets(t.task for t in duties.tasks[:5])
        return out + [message(f"{occupation.title}: {summary}\nTypical tasks {cite(duties.source)}:\n{tasks}")]


def first_sentence(description):
    return description.split(". ")[0].rstrip(".") + "."
