"""Majors both ways: "what can I do with a psych degree?" (the occupations the CIP-SOC
crosswalk links to the program, as a list that follow-ups change) and "what should I major
in to become a physical therapist?" (the programs linked to the occupation)."""

from knowledge.criteria import read
from knowledge.lists import Criteria
from knowledge.majors import TO_BECOME, said_alone

from ..registry import Answer, register
from ..replies import cite, message
from .lists import Lists, ranked, word

SHOWN = 12  # programs named for one occupation


@register
class Majors(Answer):
    topic = "majors"
    chart = Lists.chart  # the occupations listed, by what they were ranked by
    intents = ("ask_majors",)
    about_occupations = False

    def respond(self, kb, request):
        named = kb.major_named(request.text)
        alone = said_alone(request.text) if request.last_list and not named else None
        if alone and kb.program(alone):  # "what about chemistry" after biology's occupations
            named, request.last_list = alone, None
        if request.subjects and (TO_BECOME.search(request.text) or not named):
            return [m for s in request.subjects[:2] for m in programs_for(kb, s.code)]
        if not named:
            if request.last_list:  # "only in Ohio", "sort by growth" after a major's occupations
                return Lists().respond(kb, request)
            return [
                message(
                    "Which major? For example: “what can I do with a psychology degree?” or "
                    "“what should I major in to become a physical therapist?”"
                )
            ]
        program = kb.program(named)
        if program is None:
            return [
                message(
                    f"I don't know a college major called “{named}” in the CIP-SOC crosswalk "
                    f"{cite(kb.source('cip_soc_2020'))}. Try its usual name, for example “psychology”, "
                    f"“computer science” or “nursing”."
                )
            ]
        place = next(iter(request.local_places), None)
        among = f"that the program {program.title} prepares for"
        criteria = read(request.text, place, Criteria(soc_codes=program.soc_codes, among=among))
        ranking = ranked(kb, request, criteria)
        lead = (
            f"Occupations the program {program.title} (CIP {program.cip_code}) prepares for, "
            f"by {'median pay' if criteria.by == 'pay' else criteria.by}"
        )
        caveat = message(
            f"The {program.source.short} ({program.source.period}) shows what a program prepares for, not where its "
            f"graduates end up: many work in other fields."
            + (f" Other programs by that name: {', '.join(program.others)}." if program.others else "")
        )
        if not ranking.items:
            return [message(f"{lead}: none with published figures."), caveat]
        return word(ranking, lead=lead, cited=[program.source]) + [caveat]


def programs_for(kb, code):
    majors = kb.education(code).majors
    title = kb.occupation(code).title
    if not majors.names:
        return [message(f"The CIP-SOC crosswalk links no college program to {title} {cite(majors.source)}.")]
    more = f" and {len(majors.names) - SHOWN} more" if len(majors.names) > SHOWN else ""
    return [
        message(
            f"Majors that prepare for {title} {cite(majors.source)}: {', '.join(majors.names[:SHOWN])}{more}. "
            "The crosswalk links programs to the occupations they prepare for; it does not rank them."
        )
    ]
