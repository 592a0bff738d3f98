"""A short interest quiz in chat: six questions with buttons on activities a person likes,
built on O*NET's six interest areas (RIASEC); then the person's top areas and occupations
whose main interest area is one of them, a list that follow-ups narrow ("only job zone 2")."""

from collections import Counter

from knowledge.lists import INTEREST_AREAS, Criteria

from ..registry import Answer, register
from ..replies import message
from .lists import Lists, ranked, word

R, INV, A, S, E, C = INTEREST_AREAS
QUESTIONS = [
    (
        "Which would you rather spend an afternoon doing?",
        [("Fixing or building something", R), ("Working out why something happens", INV), ("Making something new", A)],
    ),
    (
        "And which of these?",
        [("Helping someone with a problem", S), ("Talking people into a plan", E), ("Putting records in order", C)],
    ),
    (
        "Pick a school project you'd enjoy:",
        [("Building a model or a robot", R), ("Running an experiment", INV), ("Making a video or a mural", A)],
    ),
    (
        "Pick a role on a team:",
        [("Coaching the new people", S), ("Leading the team", E), ("Keeping the schedule and budget", C)],
    ),
    (
        "Where would you rather work?",
        [
            ("A workshop or outdoors", R),
            ("A lab", INV),
            ("A studio", A),
            ("A school or clinic", S),
            ("A sales floor", E),
            ("An office", C),
        ],
    ),
    (
        "Last one: which sounds most like you?",
        [("Practical", R), ("Curious", INV), ("Imaginative", A), ("Caring", S), ("Ambitious", E), ("Orderly", C)],
    ),
]
MEANING = {
    R: "hands-on, practical work with tools, machines, plants or animals",
    INV: "ideas, research and solving problems",
    A: "creating, designing and self-expression",
    S: "helping, teaching and caring for people",
    E: "leading, persuading and starting things",
    C: "order, data, details and procedures",
}
PREPARATION = [("Little preparation (Job Zone 2)", 2), ("Some (Job Zone 3)", 3), ("A degree (Job Zone 4)", 4)]


@register
class Quiz(Answer):
    topic = "quiz"
    chart = Lists.chart  # the occupations listed, by what they were ranked by
    intents = ("start_quiz",)
    about_occupations = False

    def respond(self, kb, request):
        answers = request.quiz
        if len(answers) < len(QUESTIONS):
            return [ask(len(answers))]
        tally = Counter(answers)
        top = [area for area, _ in sorted(tally.items(), key=lambda a: (-a[1], list(MEANING).index(a[0])))[:2]]
        source = kb.source("onet_30_1")
        areas = "; ".join(f"{area} ({MEANING[area]}), {tally[area]} of {len(answers)}" for area in top)
        criteria = Criteria(interests=tuple(top))
        ranking = ranked(kb, request, criteria)
        summary = message(
            f"Your top interest areas: {areas}. These are O*NET's interest areas ({source.cite()}); a six-question "
            "quiz is a rough guide, not O*NET's Interest Profiler."
        )
        buttons = [{"title": title, "payload": f"only job zone {zone}"} for title, zone in PREPARATION]
        narrow = message("How much preparation do you want? (O*NET Job Zones: 1 little, 5 extensive)", buttons)
        return [summary] + word(ranking, cited=[source]) + [narrow]


def ask(n):
    question, options = QUESTIONS[n]
    buttons = [{"title": text, "payload": f'/choose{{"choice":"quiz:{area}"}}'} for text, area in options]
    return message(f"Question {n + 1} of {len(QUESTIONS)}: {question}", buttons)
