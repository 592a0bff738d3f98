"""A dialogue policy for a dialogue that is one action per intent (data/rules.yml).

Every turn of this assistant is: the person says something, one action answers, the
assistant listens; the context lives in slots, which the action reads. Rasa's RulePolicy
and MemoizationPolicy would featurise the conversation's past states twice a message to
find that out; this policy learns the intent -> action table from the rules and stories
once and looks the latest intent up. Rasa's own intents (restart, back, session_start)
keep their actions; an intent with no action falls back to action_default_fallback.
"""

import json
from pathlib import Path
from typing import Any, Dict, List

from rasa.core.constants import POLICY_PRIORITY, RULE_POLICY_PRIORITY
from rasa.core.policies.policy import Policy, PolicyPrediction, SupportedData, confidence_scores_for
from rasa.core.policies.rule_policy import DEFAULT_ACTION_MAPPINGS
from rasa.engine.graph import ExecutionContext
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.core.constants import ACTION_DEFAULT_FALLBACK_NAME, ACTION_LISTEN_NAME, RULE_SNIPPET_ACTION_NAME
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, UserUttered
from rasa.shared.core.generator import TrackerWithCachedStates
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.exceptions import InvalidConfigException
from rasa.shared.nlu.constants import INTENT_NAME_KEY

TABLE = "actions_by_intent.json"
SKIPPED = (ACTION_LISTEN_NAME, RULE_SNIPPET_ACTION_NAME)  # "..." marks where a rule may start


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.POLICY_WITHOUT_END_TO_END_SUPPORT, is_trainable=True)
class IntentPolicy(Policy):
    @staticmethod
    def get_default_config() -> Dict[str, Any]:
        return {POLICY_PRIORITY: RULE_POLICY_PRIORITY}

    @staticmethod
    def supported_data() -> SupportedData:
        return SupportedData.ML_AND_RULE_DATA

    def __init__(
        self,
        config: Dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        actions: Dict[str, str] | None = None,
    ) -> None:
        super().__init__(config, model_storage, resource, execution_context)
        self.actions = actions or {}

    def train(self, training_trackers: List[TrackerWithCachedStates], domain: Domain, **kwargs: Any) -> Resource:
        self.actions = actions_by_intent(training_trackers)
        with self._model_storage.write_to(self._resource) as folder:
            (Path(folder) / TABLE).write_text(json.dumps(self.actions, indent=1, sort_keys=True))
        return self._resource

    @classmethod
    def load(
        cls,
        config: Dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> "IntentPolicy":
        with model_storage.read_from(resource) as folder:
            actions = json.loads((Path(folder) / TABLE).read_text())
        return cls(config, model_storage, resource, execution_context, actions)

    def predict_action_probabilities(
        self, tracker: DialogueStateTracker, domain: Domain, rule_only_data=None, **kwargs: Any
    ) -> PolicyPrediction:
        return self._prediction(confidence_scores_for(self.next_action(tracker), 1.0, domain))

    def next_action(self, tracker: DialogueStateTracker) -> str:
        if tracker.latest_action_name != ACTION_LISTEN_NAME or not tracker.latest_message:
            return ACTION_LISTEN_NAME  # an action has answered: listen
        intent = tracker.latest_message.intent.get(INTENT_NAME_KEY)
        return DEFAULT_ACTION_MAPPINGS.get(intent) or self.actions.get(intent) or ACTION_DEFAULT_FALLBACK_NAME


def actions_by_intent(trackers: List[DialogueStateTracker]) -> Dict[str, str]:
    """The action that follows each intent in the rules and stories; one per intent."""
    actions: Dict[str, str] = {}
    for tracker in trackers:
        intent = None
        for event in tracker.events:
            if isinstance(event, UserUttered) and event.intent_name:
                intent = event.intent_name
            elif isinstance(event, ActionExecuted) and event.action_name not in (None, *SKIPPED):
                if intent is not None and actions.setdefault(intent, event.action_name) != event.action_name:
                    raise InvalidConfigException(
                        f"IntentPolicy needs one action per intent; '{intent}' is followed by both "
                        f"'{actions[intent]}' and '{event.action_name}' (data/rules.yml, data/stories.yml)."
                    )
                intent = None
    return actions
