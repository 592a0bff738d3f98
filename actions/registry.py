"""The kinds of question the assistant answers, one unit each, found by intent.

A unit (a module in actions/answers/) declares the intents that ask its question, what it
asks the knowledge base (`ask`) and how it words the reply (`word`). action_answer
dispatches through here; tests/test_registry.py checks that domain.yml, the rules and
this registry agree.
"""

import functools
import importlib
import pkgutil
import re

from .replies import counted_in, listed, message

MAX_SUBJECTS = 5  # occupations answered in one reply
# "top 10%", "bottom 25 pct", "90th percentile": a percentile of pay, asked in words
PERCENTILE = re.compile(
    r"\b(?:(top|bottom|highest|lowest|upper|lower) (10|ten|25|twenty[- ]five)\s?(?:%|percent|pct)"
    r"|(10|25|75|90)th percentile|(top|high|upper|low|bottom|lower) end\b)",  # "whats the top end look like"
    re.I,
)
BY_STATE = re.compile(r"\b(state[- ]by[- ]state|by state|each state|per state|every state|in which states)\b", re.I)


def asked_percentile(text):
    """The percentile of pay a message asks for (10, 25, 75 or 90), or None."""
    asked = PERCENTILE.search(text)
    if not asked:
        return None
    if asked.group(3):
        return int(asked.group(3))
    if asked.group(4):  # the ends of the range people see: the 90th and 10th percentiles
        return 90 if asked.group(4).lower() in ("top", "high", "upper") else 10
    share = 10 if asked.group(2).lower() in ("10", "ten") else 25
    return 100 - share if asked.group(1).lower() in ("top", "highest", "upper") else share


class Answer:
    topic = None  # kept in the `topic` slot, so that a follow-up asks the same question
    intents = ()  # the NLU intents that ask it
    at_least = 1  # occupations it needs; fewer named, the ones discussed last make up the number
    by_place = False  # answered once for each place asked (pay); else places do not apply
    national_only = None  # what to say when a place is asked but the figures exist only for the US
    asked_by = None  # words that ask this question, for a second question in one message
    narrows = None  # the topic whose question this one asks more narrowly ("make more in other states": pay, where)
    about_occupations = True  # False: answered without an occupation (where the data comes from)
    sources = ()  # the datasets its figures come from (keys of kb.sources), for "the source of those figures?"

    def ask(self, kb, code, place):
        """What the knowledge base says for one occupation (a record, or a tuple of them)."""
        raise NotImplementedError

    def word(self, found, profile=None):
        """The reply's messages for what `ask` found; `profile` is a source article's
        profile when its exact title was asked."""
        raise NotImplementedError

    def chart(self, request):
        """What to draw beside the answer (a charts.Spec), or None: most answers are words."""
        return None

    def respond(self, kb, request):
        """The messages answering a request whose occupations are all resolved: for each
        occupation (and each place, for an answer given by place)."""
        messages = self.nationally(request)
        for subject in request.subjects[:MAX_SUBJECTS]:
            profile = kb.article_profile(subject.profile) if subject.profile else None
            if subject.title:
                messages.append(counted_in(subject.title, kb.occupation(subject.code).title))
            for place in (request.places if self.by_place else []) or [None]:
                messages += self.word(self.ask(kb, subject.code, place), profile)
        return messages

    def cited(self, kb):
        """The datasets this answer's figures come from, in full, said before them again."""
        cited = [kb.sources[key] for key in self.sources]
        named = [f"the {s.name} ({s.publisher}), {s.version}" + (f", {s.url}" if s.url else "") for s in cited]
        return [message(f"These figures come from {listed(named)}:")]

    def nationally(self, request):
        """Said first when a place is asked but the figures exist only for the US; else nothing
        (nor for a place carried from an earlier question: "which one grows faster?")."""
        local = request.local_places
        if self.national_only and not local and BY_STATE.search(request.text):  # "a state-by-state breakdown"
            return [message(f"{self.national_only}, not state by state: the figures below are for the whole US.")]
        if not (local and self.national_only and request.places_named):
            return []
        return [message(f"{self.national_only}, not for {listed(local)}: the figures below are for the whole US.")]


ANSWERS = {}  # topic -> unit


def register(cls):
    """Class decorator: one instance of each unit, by its topic."""
    assert cls.topic not in ANSWERS, f"two answers for {cls.topic}"
    ANSWERS[cls.topic] = cls()
    return cls


def also_asked(request):
    """Another kind of question joined to this one: "pay and outlook for welders"."""
    text = the_question(request.text)
    if not JOINED.search(text):
        return []
    return [u for u in answers() if u.asked_by and u.topic != request.topic and u.asked_by.search(text)][:1]


def the_question(text):
    """The last sentence, when the sentences before it ask nothing ("My son wants to go to
    welding school... Which of those two pays better?"); else the whole text."""
    last = last_sentence(text)
    return last if last and "?" not in text[: text.rfind(last)] else text


def last_sentence(text):
    """The last of several sentences; None for one sentence."""
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]
    return sentences[-1] if len(sentences) > 1 else None


def asked_in(text):
    """The one kind of question a text asks by its words, or None."""
    asked = [u for u in answers() if text and u.asked_by and u.asked_by.search(text)]
    asked = [u for u in asked if not any(v.narrows == u.topic for v in asked)]
    return asked[0] if len(asked) == 1 else None


def first_asked(text):
    """The kind of question a text asks first by its words ("what does it earn, and how long
    is the training?" asks pay first), or None."""
    found = [(m.start(), u.topic) for u in answers() if text and u.asked_by for m in [u.asked_by.search(text)] if m]
    return by_topic(min(found)[1]) if found else None


def asks(topic, text):
    """Whether the words of `text` ask the question of `topic`."""
    unit = by_topic(topic)
    return bool(text and unit and unit.asked_by and unit.asked_by.search(text))


JOINED = re.compile(r"\b(and|&|plus|also)\b|,", re.I)


def by_intent(intent):
    return next((unit for unit in answers() if intent in unit.intents), None)


def by_topic(topic):
    return _loaded().get(topic)


def answers():
    """Every unit."""
    return list(_loaded().values())


@functools.cache
def _loaded():
    """Each module of actions/answers imported, once a process (they register themselves)."""
    from . import answers as package

    for module in pkgutil.iter_modules(package.__path__):
        importlib.import_module(f"{package.__name__}.{module.name}")
    return ANSWERS
