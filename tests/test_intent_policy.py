"""The dialogue policy (components/intent_policy.py): trained on the project's rules and
stories as Rasa generates them, it answers each intent with the rule's action, then
listens; Rasa's own intents keep their actions; one intent with two actions is refused."""

import pytest
import yaml
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.core.events import ActionExecuted, UserUttered
from rasa.shared.core.generator import TrainingDataGenerator
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.exceptions import InvalidConfigException
from rasa.shared.importers.importer import TrainingDataImporter

from components.intent_policy import IntentPolicy, actions_by_intent

from .conftest import ROOT


@pytest.fixture(scope="module")
def domain_and_trackers():
    importer = TrainingDataImporter.load_from_config(
        str(ROOT / "config.yml"), str(ROOT / "domain.yml"), [str(ROOT / "data")]
    )
    domain = importer.get_domain()
    return domain, TrainingDataGenerator(importer.get_stories(), domain, augmentation_factor=0).generate()


@pytest.fixture(scope="module")
def policy(domain_and_trackers, tmp_path_factory):
    """Trained, persisted, and loaded back as the server loads it."""
    domain, trackers = domain_and_trackers
    storage, resource = LocalModelStorage(tmp_path_factory.mktemp("model")), Resource("intent_policy")
    context = ExecutionContext(GraphSchema({}), "test")
    IntentPolicy(IntentPolicy.get_default_config(), storage, resource, context).train(trackers, domain)
    return IntentPolicy.load(IntentPolicy.get_default_config(), storage, resource, context)


def predicted(policy, domain, *events):
    tracker = DialogueStateTracker.from_events("someone", [ActionExecuted("action_listen"), *events], domain.slots)
    prediction = policy.predict_action_probabilities(tracker, domain)
    best = max(range(len(prediction.probabilities)), key=prediction.probabilities.__getitem__)
    return domain.action_names_or_texts[best], prediction.probabilities[best]


def said(intent, text="..."):
    return UserUttered(text, {"name": intent, "confidence": 0.6})


def test_every_rule_s_intent_gets_its_action_with_full_confidence(policy, domain_and_trackers):
    domain, _ = domain_and_trackers
    rules = yaml.safe_load((ROOT / "data" / "rules.yml").read_text())["rules"]
    for rule in rules:
        [intent, action] = [step.get("intent") or step.get("action") for step in rule["steps"]]
        assert predicted(policy, domain, said(intent)) == (action, 1.0)


def test_after_the_answer_it_listens(policy, domain_and_trackers):
    domain, _ = domain_and_trackers
    assert predicted(policy, domain, said("ask_pay"), ActionExecuted("action_answer")) == ("action_listen", 1.0)
    assert predicted(policy, domain, said("greet"), ActionExecuted("utter_greet")) == ("action_listen", 1.0)


def test_rasa_s_own_intents_keep_their_actions_and_an_unknown_one_falls_back(policy, domain_and_trackers):
    domain, _ = domain_and_trackers
    assert predicted(policy, domain, said("restart", "/restart"))[0] == "action_restart"
    assert predicted(policy, domain, said("session_start", "/session_start"))[0] == "action_session_start"
    assert predicted(policy, domain, said("back", "/back"))[0] == "action_back"
    assert predicted(policy, domain, said("no_such_intent"))[0] == "action_default_fallback"


def test_an_intent_followed_by_two_different_actions_is_refused(domain_and_trackers):
    domain, _ = domain_and_trackers

    def story(action):
        return DialogueStateTracker.from_events(
            "s", [ActionExecuted("action_listen"), said("greet"), ActionExecuted(action)]
        )

    assert actions_by_intent([story("utter_greet")]) == {"greet": "utter_greet"}
    with pytest.raises(InvalidConfigException, match="'greet' is followed by both"):
        actions_by_intent([story("utter_greet"), story("action_answer")])
