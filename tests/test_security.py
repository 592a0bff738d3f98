"""Closed by default, against the real servers as the tests start them (the same flags as
`make run` with RASA_TOKEN set): the HTTP API answers only with the token, and every
server listens on loopback only."""

import json
import random
import subprocess
import urllib.error
import urllib.request

import pytest

from .conftest import ACTIONS_PORT, API_TOKEN, RASA_PORT, WEB_PORT, User

pytestmark = pytest.mark.slow


def status_of(method, url, body=None):
    request = urllib.request.Request(url, body and json.dumps(body).encode(), {"Content-Type": "application/json"})
    request.method = method
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


@pytest.mark.parametrize(
    "method,path,body",
    [
        ("GET", "/conversations/{sender}/tracker", None),
        ("POST", "/conversations/{sender}/tracker/events", {"event": "slot", "name": "topic", "value": "pay"}),
        ("PUT", "/model", {"model_file": "/tmp/other.tar.gz"}),
        ("POST", "/model/parse", {"text": "hi"}),
    ],
)
def test_the_http_api_refuses_requests_without_the_token(assistant, method, path, body):
    person = User(assistant)
    person.ask("how much do nurses make in Texas")
    url = assistant + path.format(sender=person.sender)
    assert status_of(method, url, body) == 401
    assert status_of(method, url + "?token=wrong", body) == 401
    if method == "GET":
        assert status_of(method, f"{url}?token={API_TOKEN}") == 200


def test_every_server_listens_on_loopback_only(assistant):
    listening = subprocess.run(["ss", "-ltnH"], capture_output=True, text=True, check=True).stdout
    for port in (RASA_PORT, ACTIONS_PORT, WEB_PORT):
        addresses = {
            line.split()[3].rsplit(":", 1)[0] for line in listening.splitlines() if line.split()[3].endswith(f":{port}")
        }
        assert addresses == {"127.0.0.1"}, (port, addresses)


def fuzzed(n, seed=7):
    """Hostile and odd messages: control characters, huge, unicode, typed intents with
    malformed or unknown entities."""
    rng = random.Random(seed)
    typed = [
        '/choose{"place": [1]}',
        '/choose{"choice": {"a": 1}}',
        '/choose{"choice": "99-9999.99"}',
        '/choose{"choice": "quiz:Nope"}',
        '/ask_pay{"occupation": null}',
        '/ask_list{"industry": 42}',
        "/choose{",
        "/inform",
        '/start_quiz{"choice": "quiz:Realistic"}',
        "/nonexistent_intent",
    ]
    alphabet = [chr(c) for c in range(0x20)] + list("abc xyz$%{}[]\"'\\/") + ["é", "中", "🙂", "\u202e", "\ufeff"]
    out = []
    for i in range(n):
        kind = i % 4
        if kind == 0:
            out.append(rng.choice(typed))
        elif kind == 1:
            out.append("".join(rng.choice(alphabet) for _ in range(rng.randint(1, 80))))
        elif kind == 2:
            out.append(rng.choice(["nurse ", "x", "🙂", "<script>", "' OR 1=1 --"]) * rng.randint(100, 2000))
        else:
            out.append(rng.choice(typed) + "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 20))))
    return out


def test_a_thousand_hostile_messages_each_get_a_reply_and_a_real_question_is_answered_after(assistant):
    empty, errors = [], []
    for i, text in enumerate(fuzzed(1000)):
        if i % 25 == 0:  # forty people, so that no one conversation grows long (its cost is another test's)
            person = User(assistant)
        try:
            if not person.ask(text).strip() and not person.buttons:
                empty.append(text[:60])
        except urllib.error.HTTPError as error:
            errors.append((error.code, text[:60]))
    assert (errors, empty) == ([], [])
    assert person.ask("how much do electricians make in Texas?").startswith("Electricians in Texas: median pay")
