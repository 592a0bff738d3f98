"""The action that answers a career question: read what is asked (actions.context), let
the answer for its kind of question reply (actions.registry), and remember what was asked
about for follow-ups."""

from typing import Any, Dict, List

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from knowledge import AMBIGUOUS, KnowledgeBase

from . import registry, replies
from .context import (
    ABOUT_ONE,
    CHOICES,
    INDUSTRIES,
    LIST,
    OCCUPATIONS,
    PAY_FIGURES,
    PENDING,
    PLACES,
    QUIZ,
    RECENT,
    TOPIC,
    read,
)

RECENT_KEPT = registry.MAX_SUBJECTS
ABOUT = (TOPIC, OCCUPATIONS, PLACES, LIST)  # what an answer was about: always set, for the transcript


class ActionAnswer(Action):
    def __init__(self, knowledge_base=None):
        """knowledge_base: a knowledge.KnowledgeBase; the built one, opened on first use, by default."""
        self._kb = knowledge_base

    @property
    def kb(self):
        if self._kb is None:
            self._kb = KnowledgeBase()
        return self._kb

    def name(self) -> str:
        return "action_answer"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[Dict[str, Any]]:
        return changed(tracker, self.answer(dispatcher, tracker))

    def answer(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> List[Dict[str, Any]]:
        """Reply, and return the slots to remember (all of them, changed or not)."""
        request = read(tracker, self.kb)
        if request.malformed:  # a hand-typed intent with malformed entities: say so, change nothing
            send(dispatcher, replies.not_understood())
            return []
        if request.small_talk:  # "what's the weather like?", "thank you for your help"
            dispatcher.utter_message(response=request.small_talk)
            return []
        # a place stays through answers that have none ("related careers"), for "what do X make there"
        placeless = request.topic in ABOUT_ONE + ("outlook", "demographics") and not request.places_named
        remember = [
            SlotSet(TOPIC, request.topic),
            SlotSet(PLACES, request.places or (tracker.get_slot(PLACES) if placeless else None)),
            SlotSet(INDUSTRIES, request.industries or None),
        ]
        if request.unclear:
            typed, resolution = request.unclear
            ask = replies.which_one if resolution.status == AMBIGUOUS else replies.unknown
            send(dispatcher, ask(typed, resolution.candidates))
            return remember + [
                SlotSet(CHOICES, [c.code for c in resolution.candidates] or None),
                SlotSet(PENDING, [s.encode() for s in request.subjects] or None),
            ]
        answer = registry.by_topic(request.topic)
        if not answer.about_occupations:  # "where do your numbers come from?", "highest paying jobs"
            if request.cite:  # "where do these figures come from?" after a list
                send(dispatcher, answer.cited(self.kb))
            send(dispatcher, answer.respond(self.kb, request))
            send(dispatcher, replies.chart(self.kb, answer.chart(request)))
            listed = [SlotSet(LIST, request.listing), SlotSet(CHOICES, request.shown or None), SlotSet(PENDING, None)]
            quiz = [SlotSet(QUIZ, request.quiz or None)] if request.topic == "quiz" else []
            return remember + (listed if request.listing else []) + quiz
        if not request.subjects:
            intent = (tracker.latest_message.get("intent") or {}).get("name")
            send(dispatcher, replies.not_understood() if intent == "nlu_fallback" else replies.no_occupation())
            return remember + [SlotSet(CHOICES, None), SlotSet(PENDING, None)]
        if request.cite:
            send(dispatcher, answer.cited(self.kb))
        if request.topic in PAY_FIGURES:  # "what does google pay swes": what no figure answers, first
            send(dispatcher, replies.unpublished(request.unpublished))
        send(dispatcher, answer.respond(self.kb, request))
        send(dispatcher, replies.chart(self.kb, answer.chart(request)))
        if len(request.subjects) > registry.MAX_SUBJECTS:  # "nurses, doctors, ... and vets": say which are not
            extra = request.subjects[registry.MAX_SUBJECTS :]
            send(dispatcher, replies.left_out([self.kb.occupation(s.code).title for s in extra], registry.MAX_SUBJECTS))
        if request.topic != "compare":
            for other in registry.also_asked(request):  # "pay and outlook for welders"
                send(dispatcher, other.respond(self.kb, request))
        if request.other_places:
            send(dispatcher, replies.other_places(request.places[0], request.other_places))
        named = [s.encode() for s in request.subjects]
        recent = [s for s in tracker.get_slot(RECENT) or [] if s not in named]
        choices, pending = None, None
        if request.shown:  # "what better paid jobs could I move into": a click asks what the move takes
            choices, pending = request.shown, request.shown_for
        elif request.alternatives and len(request.subjects) == 1:
            # "truck driver": answered for heavy truck drivers; a click on another answers it instead.
            typed, alternatives = request.alternatives
            send(dispatcher, replies.also_means(typed, alternatives))
            choices, pending = [c.code for c in alternatives], []
        return (
            remember
            + [
                SlotSet(OCCUPATIONS, named),
                SlotSet(RECENT, (recent + named)[-RECENT_KEPT:]),
                SlotSet(CHOICES, choices),
                SlotSet(PENDING, pending),
            ]
            + ([SlotSet(LIST, request.listing)] if request.listing else [])
        )  # career moves: "which of those..."


def changed(tracker, events):
    """What the answer was about (topic, occupations, places, list), and the other slots only when
    they change: every event is stored, loaded again each message and sent to the action
    server, and Rasa checks each one the action returns."""
    return [
        e for e in events if e["event"] != "slot" or e["name"] in ABOUT or tracker.get_slot(e["name"]) != e["value"]
    ]


def send(dispatcher, messages):
    for m in messages:
        dispatcher.utter_message(text=m.get("text"), buttons=m.get("buttons") or [], image=m.get("image"))
