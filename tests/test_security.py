"""Closed by default, against the real servers as the tests start them (the same flags as
`make run` with RASA_TOKEN set): the HTTP API answers only with the token, and every
server listens on loopback only."""

import json
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
