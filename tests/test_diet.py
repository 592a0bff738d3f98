"""The intent classifier as served (components/diet.py): loaded without Rasa's training
step, it predicts exactly what Rasa's own loading predicts, for every held-out NLU message,
from the trained model."""

import asyncio

import pytest
import yaml
from rasa.core.agent import Agent
from rasa.nlu.classifiers.diet_classifier import DIET

from components.diet import ServedDIETClassifier

from .conftest import MODEL, ROOT

pytestmark = pytest.mark.slow


def held_out_messages():
    blocks = yaml.safe_load((ROOT / "tests" / "nlu_holdout.yml").read_text())["nlu"]
    return [line.strip()[2:] for b in blocks for line in b["examples"].splitlines() if line.strip()]


def rankings(messages):
    agent = Agent.load(str(MODEL))

    async def parse():
        return [(await agent.parse_message(m))["intent_ranking"] for m in messages]

    return asyncio.run(parse())


def test_the_served_classifier_predicts_what_rasas_loading_predicts(monkeypatch):
    messages = held_out_messages()
    served = rankings(messages)
    monkeypatch.setattr(ServedDIETClassifier, "model_class", staticmethod(lambda: DIET))  # Rasa's DIET.load
    assert rankings(messages) == served
    assert len(messages) > 250
