"""Career moves: "I'm a retail salesperson, what better paid jobs could I move into?"
(related occupations that pay more, with the education each needs to start) and "what would
an LPN need to learn to become an RN?" (the skills and knowledge rated higher in the target,
the education and pay of each)."""

import re

from knowledge.formatting import money
from knowledge.lists import Criteria

from ..registry import Answer, register
from ..replies import choice_buttons, cite, message


@register
class CareerMoves(Answer):
    topic = "career_moves"
    intents = ("ask_career_move",)
    # "what could I move into", "where do teachers end up", "switch to", "transition into"
    asked_by = re.compile(
        r"\bmove (in)?to\b|\bmove (up|on)\b|\bswitch(ing)? (in)?to\b|\btransition\w* (in)?to\b"
        r"|\b(end up|go) (after|from|when)\b|\bcareer (change|move|switch)\w*\b"
        r"|\bpivot\w*\b|\bwhat else (could|can|would|might|cld|is (there|out there))\b|\bwhat else'?s out there\b"
        # "what are my options outside the classroom", "what civilian jobs could i go for", "for someone like me"
        r"|\b(my|other) options\b|\bsomeone like me\b|\bideas\W*$"
        r"|\b(jobs?|careers?|roles?|work) (could|can|should|would|might) (i|someone|they)"
        r" (go for|get|do|try|look at)\b",
        re.I,
    )

    def respond(self, kb, request):
        subjects = request.subjects
        if len(subjects) >= 2:  # from the first named to the second
            return word_step(kb.step(subjects[0].code, subjects[1].code))
        moves = kb.moves(subjects[0].code)
        request.shown = [m.occupation.code for m in moves.moves]
        if moves.moves:  # "which of those pay the most in alabama": a list of these, narrowed
            among = f"among the better paid ones O*NET lists as related to {moves.occupation.title}"
            related = tuple(dict.fromkeys(code[:7] for code in request.shown))
            request.listing = Criteria(soc_codes=related, among=among).to_json()
        request.shown_for = [subjects[0].encode()]  # a click asks what the move from it takes
        return word_moves(moves)


def median(pay):
    return money(pay.wages.annual_median) if pay.wages and pay.wages.annual_median else "n/a"


def word_moves(moves):
    title = moves.occupation.title
    if not moves.moves:
        return [
            message(
                f"None of the {moves.considered} occupations O*NET lists as related to {title} pays more by BLS "
                f"median pay {cite(moves.source)}."
            )
        ]
    lines = [
        f"{i}. {m.occupation.title}: median {median(m.pay)}; typical entry education: {m.entry_education or 'n/a'}"
        for i, m in enumerate(moves.moves, 1)
    ]
    text = (
        f"Better paid occupations related to {title} (median {median(moves.pay)} a year), among the "
        f"{moves.considered} O*NET lists as related {cite(moves.source)}:\n" + "\n".join(lines) + "\n"
        f"(Pay: {moves.pay.source.cite()}, national medians; entry education: BLS Employment Projections.) "
        "Pick one to see what the move takes."
    )
    return [message(text, choice_buttons([m.occupation for m in moves.moves[:5]]))]


def word_step(step):
    a, b = step.origin.title, step.target.title
    lines = [f"{g.name} ({g.kind}): level {g.level_from:.1f} → {g.level_to:.1f} of 7" for g in step.gaps]
    learn = (
        f"What {b} are rated higher on than {a}, among what matters to {b} "
        f"(O*NET levels; skills {step.skills_source.cite()}, knowledge {step.knowledge_source.cite()}):\n• "
        + "\n• ".join(lines)
        if lines
        else f"O*NET rates no skill or knowledge that matters to {b} higher than for {a}."
    )
    education = (
        f"Typical entry education: {a}: {step.entry_from or 'n/a'}; {b}: {step.entry_to or 'n/a'} "
        f"{cite(step.education_source)}."
    )
    pay_from, pay_to = step.pay_from.wages, step.pay_to.wages
    if pay_from and pay_to and pay_from.annual_median and pay_to.annual_median:
        gap = pay_to.annual_median - pay_from.annual_median
        pay = (
            f"Median pay: {a} {money(pay_from.annual_median)}, {b} {money(pay_to.annual_median)} a year, "
            f"{'+' if gap >= 0 else '-'}{money(abs(gap))} {cite(pay_to.source)}."
        )
    else:
        pay = "BLS publishes no median pay for one of them, so I can't give the difference."
    return [message(f"From {a} to {b}:\n{learn}\n{education}\n{pay}")]
