"""A Rasa NLU component backed by the knowledge base.

It marks `occupation` (any of the knowledge base's titles, misspelt, plural or never seen
in training) and `place` (a state or metropolitan area) in each message, so that coverage
follows the data rather than the examples in data/nlu.yml. It also stands each mention's
words in for one placeholder token before featurization, in training and at run time, so
the intent classifier learns "how much do __occupation__ make in __place__" and is not
distracted by which of a thousand occupations was named. A word typed with letters held
down ("hiii", "heyy", "thanksss") is featurized as the everyday word it stretches.
"""

from typing import Any, Dict, List

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.nlu.tokenizers.tokenizer import Token
from rasa.shared.nlu.constants import ENTITIES, TEXT, TEXT_TOKENS
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from knowledge import DEFAULT_DB, KnowledgeBase
from knowledge.english import unstretched

from .entities import entity


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR, DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER],
    is_trainable=False,
)
class OccupationExtractor(GraphComponent, EntityExtractorMixin):
    @staticmethod
    def get_default_config() -> Dict[str, Any]:
        return {"database": str(DEFAULT_DB)}

    @classmethod
    def create(
        cls,
        config: Dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "OccupationExtractor":
        return cls(config)

    def __init__(self, config: Dict[str, Any]) -> None:
        self.kb = KnowledgeBase(config["database"])
        self.kb.mentions("")  # load the title index now, not on the first message

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            mentions = self.kb.mentions(message.get(TEXT) or "")
            entities = [entity(m) for m in mentions]
            message.set(ENTITIES, message.get(ENTITIES, []) + self.add_extractor_name(entities), add_to_output=True)
            mask(message, mentions)
            unstretch(message)
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        for message in training_data.training_examples:
            if message.get(TEXT):
                mask(message, self.kb.mentions(message.get(TEXT)))
                unstretch(message)
        return training_data


def mask(message, mentions):
    """Replace the tokens of each known title or place by one '__occupation__' or
    '__place__' token. Guessed titles ("adios"?) keep their words."""
    tokens = message.get(TEXT_TOKENS)
    spans = sorted((m for m in mentions if m.known), key=lambda m: m.start)
    if not tokens or not spans:
        return
    masked = []
    for token in tokens:
        span = next((m for m in spans if m.start <= token.start < m.end), None)
        if span is None:
            masked.append(token)
        elif not masked or masked[-1].start != span.start:
            placeholder = f"__{span.kind}__"
            masked.append(Token(placeholder, span.start, span.end, lemma=placeholder))
    message.set(TEXT_TOKENS, masked)


def unstretch(message):
    tokens = message.get(TEXT_TOKENS) or []
    plain = [unstretched(t.text) for t in tokens]
    if plain != [t.text for t in tokens]:
        tokens = [t if w == t.text else Token(w, t.start, t.end, lemma=w) for t, w in zip(tokens, plain)]
        message.set(TEXT_TOKENS, tokens)
