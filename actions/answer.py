"""The action that answers a career question: read the request, ask the knowledge base,
word the answer (actions.wording), and remember what was asked about."""
from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from . import wording
from .context import knowledge_base, read

MAX_SUBJECTS = 3


def answer(kb, request):
    """The messages answering a request whose occupations are all resolved."""
    subjects = request.subjects[:MAX_SUBJECTS]
    if request.topic == "compare":
        if len(subjects) < 2:
            return wording.need_two()
        comparison = kb.compare(*(s.code for s in subjects), area=request.place)
        profiles = [kb.article_profile(s.profile) if s.profile else None for s in subjects]
        messages = wording.compare_pay(comparison["occupations"], request.place, profiles)
        if not request.pay_question:
            messages += wording.compare_all(comparison["occupations"], comparison["sources"])
        return messages
    messages = []
    for subject in subjects:
        messages += facet(kb, request.topic, subject, request.place)
    return messages


def facet(kb, topic, subject, place):
    code = subject.code
    profile = kb.article_profile(subject.profile) if subject.profile else None
    if topic == "pay":
        data = kb.pay(code, place)
        if place and data["area"] and data["figures"] is None:
            return wording.pay_missing_in_area(data, kb.pay(code))
        return wording.pay(data, profile)
    if topic == "outlook":
        return wording.outlook(kb.outlook(code), profile, kb.all_occupations_change())
    if topic == "education":
        return wording.education(kb.education(code), profile)
    if topic == "skills":
        return wording.skills(kb.skills(code), profile)
    if topic == "duties":
        return wording.duties(kb.duties(code), profile)
    if topic == "best_paying":
        return wording.best_paying(kb.top_areas(code, "state"), kb.top_areas(code, "metro", limit=3),
                                   kb.top_industries(code, limit=3), profile)
    if topic == "demographics":
        return wording.demographics(kb.demographics(code), profile)
    if topic == "related":
        return wording.related(kb.related(code), profile)
    return wording.overview(kb.occupation(code), kb.pay(code), kb.outlook(code), kb.education(code), profile)


class ActionAnswer(Action):
    def name(self) -> Text:
        return "action_answer"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        kb = knowledge_base()
        request = read(tracker, kb)
        remember = [SlotSet("topic", request.topic), SlotSet("place", request.place)]
        if request.unclear:
            typed, resolution = request.unclear
            ask = wording.which_one if resolution.status == "ambiguous" else wording.unknown
            send(dispatcher, ask(typed, resolution.candidates))
            return remember + [SlotSet("choices", [c.code for c in resolution.candidates] or None),
                               SlotSet("pending", [s.encode() for s in request.subjects] or None)]
        if not request.subjects:
            intent = (tracker.latest_message.get("intent") or {}).get("name")
            send(dispatcher, wording.not_understood() if intent == "nlu_fallback" else wording.no_occupation())
            return remember + [SlotSet("choices", None), SlotSet("pending", None)]
        send(dispatcher, answer(kb, request))
        recent = [s for s in tracker.get_slot("recent") or [] if s not in {x.encode() for x in request.subjects}]
        recent = (recent + [s.encode() for s in request.subjects])[-4:]
        return remember + [SlotSet("occupations", [s.encode() for s in request.subjects]),
                           SlotSet("recent", recent), SlotSet("choices", None), SlotSet("pending", None)]


def send(dispatcher, messages):
    for m in messages:
        dispatcher.utter_message(text=m["text"], buttons=m.get("buttons") or [])
