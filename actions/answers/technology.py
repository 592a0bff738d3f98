"""Technology: "jobs that use Python", "which occupations that use AutoCAD pay the most"
(O*NET Technology Skills, with its Hot Technology and In Demand flags), as a list that
follow-ups change."""

from dataclasses import replace

from knowledge.criteria import read
from knowledge.lists import Criteria

from ..registry import Answer, register
from ..replies import cite, message
from .lists import Lists, ranked, word


@register
class Technology(Answer):
    topic = "technology"
    chart = Lists.chart  # the occupations listed, by what they were ranked by
    intents = ("ask_technology",)
    about_occupations = False

    def respond(self, kb, request):
        named = kb.technologies.named_in(request.text)
        if not named:
            if request.last_list:  # "only in Ohio", "sort by growth" after a technology's occupations
                return Lists().respond(kb, request)
            asked = kb.technologies.asked_for(request.text)
            if asked:
                return [
                    message(
                        f"O*NET lists no occupation whose workers use “{asked}” {cite(kb.source('onet_30_1'))}. "
                        "Try the product's usual name, for example “Python”, “AutoCAD” or “Salesforce”."
                    )
                ]
            return [
                message(
                    "Which software or technology? For example: “jobs that use Python” or “who uses AutoCAD?” "
                    f"I know the examples O*NET lists {cite(kb.source('onet_30_1'))}."
                )
            ]
        typed, example = named
        use = kb.technology_use(example)
        place = next(iter(request.local_places), None)
        criteria = replace(
            read(request.text, place, Criteria()), soc_codes=use.soc_codes, among=f"whose workers use {example}"
        )
        ranking = ranked(kb, request, criteria)
        by = "median pay" if criteria.by == "pay" else criteria.by
        lead = f"Occupations whose workers use {example}, by {by}"
        flags = (
            f"{example} is a Hot Technology in O*NET: it is often named in employer job postings. " if use.hot else ""
        ) + (
            f"It is In Demand (often asked for in job postings) for {len(use.in_demand)} of the "
            f"{len(use.soc_codes)} occupations that use it {cite(use.source)}."
        )
        said = [] if typed.lower() in example.lower() else [message(f"I took “{typed}” to mean {example}.")]
        if not ranking.items:
            return said + [message(f"{lead}: none with published figures."), message(flags)]
        return said + word(ranking, lead=lead, cited=[use.source]) + [message(flags)]
