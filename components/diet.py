"""Rasa's DIETClassifier, loaded for serving without a training step.

To load a trained DIET model, Rasa trains it on one example first (so that the optimizer's
variables exist to restore), which traces the whole training graph: about half of the
server's start (bench/RESULTS.md). A served model never trains. This one makes only the
variables prediction reads, by predicting once eagerly, reads the trained weights into
them, then traces prediction. Training, the model and its predictions are Rasa's own
(tests/test_diet.py compares them).
"""

from typing import Any

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.classifiers.diet_classifier import DIET, DIETClassifier
from rasa.utils.tensorflow.constants import RUN_EAGERLY
from rasa.utils.tensorflow.model_data import RasaModelData


class ServedDIET(DIET):
    @classmethod
    def load(
        cls,
        model_file_name: str,
        model_data_example: RasaModelData,
        predict_data_example: RasaModelData | None = None,
        finetune_mode: bool = False,
        *args: Any,
        **kwargs: Any,
    ) -> "ServedDIET":
        if finetune_mode or predict_data_example is None:  # to train on: Rasa's way, with the optimizer
            example, predict = model_data_example, predict_data_example
            return super().load(model_file_name, example, predict, finetune_mode, *args, **kwargs)
        model = cls(*args, **kwargs)
        model._run_eagerly = True
        model.run_inference(predict_data_example)  # makes the variables prediction reads
        model.load_weights(model_file_name).expect_partial()  # all but the optimizer's
        model._run_eagerly = kwargs.get("config", {}).get(RUN_EAGERLY, False)
        model.prepared_for_prediction = False  # the labels' embeddings again, from the trained weights
        model.run_inference(predict_data_example)  # traced now rather than at the first message
        return model


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=True
)
class ServedDIETClassifier(DIETClassifier):
    @staticmethod
    def model_class() -> type:
        return ServedDIET
