"""domain.yml, the rules, the training data and the registry of answers agree: every
intent is answered, and every answer can be reached."""

from collections import Counter

import pytest
import yaml

from actions import registry
from actions.context import CHECKED, FOLLOW_UPS

from .conftest import ROOT

ACTION = "action_answer"
DOMAIN = yaml.safe_load((ROOT / "domain.yml").read_text())
RULES = yaml.safe_load((ROOT / "data" / "rules.yml").read_text())["rules"]
NLU = yaml.safe_load((ROOT / "data" / "nlu.yml").read_text())["nlu"]
ANSWERS = registry.answers()
ANSWERED = {intent: unit for unit in ANSWERS for intent in unit.intents}
MIN_EXAMPLES = 20


def rule_targets():
    """intent -> the action its rule runs, for the one-step rules."""
    targets = {}
    for rule in RULES:
        (intent,), (action,) = (
            [s["intent"] for s in rule["steps"] if "intent" in s],
            [s["action"] for s in rule["steps"] if "action" in s],
        )
        assert intent not in targets, f"two rules for {intent}"
        targets[intent] = action
    return targets


def examples():
    return Counter({block["intent"]: block["examples"].count("\n- ") + 1 for block in NLU if "intent" in block})


def test_every_domain_intent_goes_to_an_answer_a_follow_up_or_a_response():
    targets = rule_targets()
    for intent in DOMAIN["intents"]:
        target = targets.get(intent)
        assert target, f"no rule for {intent}"
        if target == ACTION:
            # out of scope, capabilities: the action checks the classifier's guess by the words
            handled = intent in ANSWERED or intent in FOLLOW_UPS or intent in CHECKED
            assert handled, f"{intent} goes to {ACTION}, which has no answer for it"
        else:
            assert target in DOMAIN["responses"], f"{intent} goes to {target}, which has no response"


@pytest.mark.parametrize("unit", ANSWERS, ids=lambda unit: unit.topic)
def test_every_answer_is_reachable(unit):
    targets, counts = rule_targets(), examples()
    assert unit.intents, f"{unit.topic} declares no intent"
    for intent in unit.intents:
        assert intent in DOMAIN["intents"], f"{intent} ({unit.topic}) is not in domain.yml"
        assert targets.get(intent) == ACTION, f"no rule sends {intent} ({unit.topic}) to {ACTION}"
        assert counts[intent] >= MIN_EXAMPLES, f"{intent} has {counts[intent]} training examples"


def test_no_two_answers_claim_an_intent_or_a_topic():
    intents = [intent for unit in ANSWERS for intent in unit.intents]
    assert len(intents) == len(set(intents))
    assert len({unit.topic for unit in ANSWERS}) == len(ANSWERS)


def test_rules_name_only_known_intents():
    known = set(DOMAIN["intents"]) | {"nlu_fallback"}
    assert set(rule_targets()) <= known


def test_the_topic_slot_is_documented_with_every_topic():
    """domain.yml's comment on the topic slot lists the topics a follow-up can carry on."""
    comment = next(line for line in (ROOT / "domain.yml").read_text().splitlines() if line.strip().startswith("topic:"))
    assert "actions/answers" in comment


@pytest.mark.parametrize(
    "text, topic",
    [
        ("my dad says graphic design is dying bc of AI is that true", "outlook"),
        ("Is my job going to disappear?", "outlook"),
        ("are most data scientists dudes", "demographics"),
        ("what do pharmacists do besides count pills lol", "duties"),
        ("what does that job involve", "duties"),
        ("how i can work like nurse here, what study i need?", "education"),
        ("what else could i pivot to with my skills", "career_moves"),
        ("Do machinists make more in other states?", "best_paying"),
        ("where do they make the most", "best_paying"),
        ("whats a job kinda like trucking but less physical", "related"),
        ("how much money do welders bring home", "pay"),
        ("what do u need to be a preschool teacher", "education"),
    ],
)
def test_the_words_of_a_question_ask_its_kind(text, topic):
    assert registry.asks(topic, text)


@pytest.mark.parametrize("text", ["what do I need to do to become a nurse", "what does it take to do that"])
def test_doing_what_it_takes_is_no_question_of_duties(text):
    assert not registry.asks("duties", text)


def test_where_it_pays_most_is_one_kind_though_it_asks_about_pay():
    assert registry.asked_in("Do machinists make more in other states?").topic == "best_paying"
    assert registry.asked_in("Do machinists make more than welders?").topic == "pay"
