"""Rasa's FallbackClassifier, which also falls back when a message holds no English word
and names no occupation or place ("", "xxxx…", "🙂🙂🙂", "asdfgh"): the intent classifier
is confident about such messages for no reason, and they deserve "not understood"."""

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.classifiers.fallback_classifier import FallbackClassifier
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message

from knowledge.english import has_words


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class WordlessFallback(FallbackClassifier):
    def _should_fallback(self, message: Message) -> bool:
        wordless = not message.get(ENTITIES) and not has_words(message.get(TEXT) or "")
        return wordless or super()._should_fallback(message)
