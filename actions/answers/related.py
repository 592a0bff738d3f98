"""Related careers: "similar careers to a paralegal?" (O*NET related occupations)."""

import re

from ..registry import Answer, register
from ..replies import cite, message


@register
class Related(Answer):
    topic = "related"
    intents = ("ask_related",)
    sources = ("onet_30_1",)
    asked_by = re.compile(
        r"\b(related|similar|alternatives?|(kinda|kind of|sort of|something) like"
        r"|(jobs|careers|roles|occupations) like|same (kind of |kinds of |type of )?skills)\b",
        re.I,
    )

    def ask(self, kb, code, place):
        return kb.related(code)

    def word(self, related, profile=None):
        out = []
        if profile and profile.related_careers:
            out += [
                message(
                    f"The education site suggests, for a “{profile.title}”: "
                    + ", ".join(r.text for r in profile.related_careers)
                    + "."
                )
            ]
        if not related.related:
            return out + [message(f"O*NET lists no related occupations for {related.occupation.title}.")]
        return out + [
            message(
                f"Careers related to {related.occupation.title} {cite(related.source)}: "
                + ", ".join(r.title for r in related.related[:6])
                + "."
            )
        ]
