"""Sources: "where do your numbers come from?", "cite the source for those figures" (the
datasets of the catalog, with version, period, publisher and licence)."""

import re

from ..registry import Answer, register
from ..replies import bullets, message


@register
class Sources(Answer):
    topic = "sources"
    intents = ("ask_sources",)
    about_occupations = False
    # "wheres that number from", "where do these figures come from"
    asked_by = re.compile(
        r"\bwhere(s|'s| is| are| do| does| did)? (that|this|these|those|your|the) "
        r"(numbers?|figures?|data|stats?|statistics|info) (come )?from\b"
        # "What is the source for the openings projections?"
        r"|\b(what|which)('?s| is| are)? (the |your )?(data )?sources?\b|\bsources? for\b",
        re.I,
    )

    def respond(self, kb, request):
        public = [s for s in kb.sources.values() if s.url]
        lines = [f"{s.name}: {s.version} ({s.period}), {s.publisher}, {s.licence}, {s.url}" for s in public]
        return [
            message(
                "Every figure I give names its source and period in brackets, for example "
                f"({kb.source('oews_2025').cite()}). The datasets:\n" + bullets(lines) + "\n"
                "Figures from the two career-comparison articles are labelled as theirs, not BLS's."
            )
        ]
