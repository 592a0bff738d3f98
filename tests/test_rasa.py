"""The Rasa project itself: valid data, conversation tests and the NLU on held-out messages."""

import json
import subprocess

import pytest

from .conftest import MODEL, RASA, ROOT

pytestmark = pytest.mark.slow


def rasa(*args, timeout=900):
    return subprocess.run([RASA, *args], cwd=ROOT, capture_output=True, text=True, timeout=timeout)


def test_training_data_and_domain_validate_cleanly():
    done = rasa("data", "validate", "--fail-on-warnings")
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]


def test_conversation_stories_pass(tmp_path):
    done = rasa(
        "test",
        "core",
        "--stories",
        "tests/test_stories.yml",
        "--model",
        str(MODEL),
        "--out",
        str(tmp_path),
        "--fail-on-prediction-errors",
    )
    failed = (
        (tmp_path / "failed_test_stories.yml").read_text() if (tmp_path / "failed_test_stories.yml").exists() else ""
    )
    assert done.returncode == 0, failed or done.stdout[-3000:] + done.stderr[-3000:]


def test_intent_accuracy_on_held_out_messages_is_at_least_95_percent(tmp_path):
    done = rasa("test", "nlu", "--nlu", "tests/nlu_holdout.yml", "--model", str(MODEL), "--out", str(tmp_path))
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads((tmp_path / "intent_report.json").read_text())
    errors = json.loads((tmp_path / "intent_errors.json").read_text())
    misses = [f"{e['text']!r}: {e['intent']} -> {e['intent_prediction']['name']}" for e in errors]
    assert report["accuracy"] >= 0.95, "\n".join(misses)
