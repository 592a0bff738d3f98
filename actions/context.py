"""What the person is asking about, from this message and the conversation so far.

The occupation(s), the topic and the place come from the message when it names them, and
otherwise from the slots kept by earlier turns, so that "what about in Florida?",
"and what skills do they need?", "how about nurses?" and "which of them pays more?" work.
"""
import re
from dataclasses import dataclass, field

from knowledge import SURE, KnowledgeBase

TOPICS = {
    "ask_pay": "pay", "ask_compare": "compare", "ask_skills": "skills", "ask_duties": "duties",
    "ask_education": "education", "ask_outlook": "outlook", "ask_best_paying": "best_paying",
    "ask_demographics": "demographics", "ask_related": "related", "ask_overview": "overview",
}
FOLLOW_UPS = {"inform", "choose", "nlu_fallback"}  # keep the topic (and place) of the last question
ORDINALS = {"first": 0, "1": 0, "1st": 0, "second": 1, "2": 1, "2nd": 1, "third": 2, "3": 2, "3rd": 2,
            "fourth": 3, "4": 3, "4th": 3, "fifth": 4, "5": 4, "5th": 4, "last": -1}
NATIONAL = re.compile(r"\b(nationally|national|nationwide|in the (us|usa|u\.s\.|united states|country))\b", re.I)
PAY_WORDS = re.compile(r"\b(pay|pays|paid|salary|salaries|earn|earns|make|makes|money|wage|wages|income)\b", re.I)

_kb = None


def knowledge_base():
    """One knowledge base per action-server process, opened on first use."""
    global _kb
    if _kb is None:
        _kb = KnowledgeBase()
    return _kb


@dataclass
class Subject:
    code: str             # O*NET-SOC code
    profile: str = None   # a source article's exact title, when that was asked

    def encode(self):
        return f"{self.code}|{self.profile}" if self.profile else self.code

    @classmethod
    def decode(cls, text):
        code, _, profile = text.partition("|")
        return cls(code, profile or None)


@dataclass
class Request:
    topic: str
    subjects: list = field(default_factory=list)  # resolved occupations, in the order named
    place: str = None                             # a state or metro area's name in the data
    unclear: object = None                        # (typed text, Resolution) to ask about first
    pay_question: bool = False                    # a comparison about pay only


def read(tracker, kb=None):
    """The request behind the latest message."""
    kb = kb or knowledge_base()
    latest = tracker.latest_message or {}
    intent = (latest.get("intent") or {}).get("name")
    text = latest.get("text") or ""
    entities = latest.get("entities") or []
    follow_up = intent in FOLLOW_UPS
    # A follow-up keeps the topic; a message not understood gets an overview.
    topic = TOPICS.get(intent) or (intent != "nlu_fallback" and tracker.get_slot("topic")) or "overview"

    places = [e["value"] for e in entities if e.get("entity") == "place"]
    place = places[-1] if places else (tracker.get_slot("place") if follow_up else None)
    if NATIONAL.search(text):
        place = None

    request = Request(topic, place=place, pay_question=bool(PAY_WORDS.search(text)))
    choices = tracker.get_slot("choices") or []
    chosen = [e["value"] for e in entities if e.get("entity") == "choice"]
    named = [e["value"] for e in entities if e.get("entity") == "occupation"]

    picked = chosen[0] if chosen else ordinal(text, choices) if choices else None
    if choices and picked:
        # A button click or "the second one": the pending question goes on with it.
        request.subjects = slot_subjects(tracker, "pending") + [Subject(picked)]
        return request
    for typed in named:
        resolution = kb.resolve(typed)
        if resolution.status == SURE:
            best = resolution.best
            request.subjects.append(Subject(best.code, best.profile))
        elif request.unclear is None:
            request.unclear = (typed, resolution)
    if choices and request.subjects and follow_up:
        request.subjects = slot_subjects(tracker, "pending") + request.subjects  # a typed choice
    elif not request.subjects and not request.unclear:
        request.subjects = slot_subjects(tracker, "occupations")  # "and what skills do they need?"
    if topic == "compare" and len(request.subjects) < 2 and not request.unclear:
        recent = slot_subjects(tracker, "recent")
        earlier = [s for s in reversed(recent) if s.code not in {x.code for x in request.subjects}]
        request.subjects = (earlier[:2 - len(request.subjects)][::-1] + request.subjects)[-2:] \
            if request.subjects else recent[-2:]
    return request


def slot_subjects(tracker, slot):
    """The occupations kept in a slot: `occupations` (being discussed), `recent`, or
    `pending` (resolved before the bot asked which one was meant)."""
    return [Subject.decode(s) for s in tracker.get_slot(slot) or []]


def ordinal(text, choices):
    words = re.findall(r"[a-z0-9]+", text.lower())
    if len(words) > 4:
        return None
    for word in words:
        if word in ORDINALS and -len(choices) <= ORDINALS[word] < len(choices):
            return choices[ORDINALS[word]]
    return None
