"""Shared fixtures: the real knowledge base, a small one built in code, and the served
assistant (a real Rasa server and action server) for the slow tests."""

import json
import os
import subprocess
import sys
import threading
import time
import urllib.request
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs

import pytest

from knowledge import KnowledgeBase
from knowledge.api import DEFAULT_DB
from knowledge.build import build, built_digest, sources_digest

from .fixtures import build_fixture


@pytest.fixture(scope="session")
def kb():
    """The real knowledge base, built from knowledge/sources/ when missing or stale."""
    if built_digest(DEFAULT_DB) != sources_digest():
        build(DEFAULT_DB)
    return KnowledgeBase(DEFAULT_DB)


@pytest.fixture(scope="session")
def fixture_kb(tmp_path_factory):
    """The small knowledge base of tests/fixtures.py."""
    return KnowledgeBase(build_fixture(tmp_path_factory.mktemp("fixture") / "fixture.db"))


ROOT = Path(__file__).resolve().parents[1]
MODEL = ROOT / "models" / "career.tar.gz"
RASA = str(Path(sys.executable).with_name("rasa"))


def wait_for(url, seconds, process):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{process.args[:3]} exited with {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(1)
    raise TimeoutError(f"{url} did not answer within {seconds} s")


SLACK_SECRET = "test-signing-secret"
API_TOKEN = "test-api-token"  # the HTTP API (trackers, events, model) answers only with it
LOOPBACK = "127.0.0.1"  # where the servers listen, as `make run` starts them
WEB_PORT, RASA_PORT, ACTIONS_PORT = 18080, 15005, 15055


class FakeSlack(BaseHTTPRequestHandler):
    """The Slack Web API on loopback: records every chat.postMessage it receives, after
    `delay` seconds (a slow answer, for the test that Slack is acknowledged in time)."""

    posted = []
    delay = 0

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode()
        if self.path.endswith("/chat.postMessage"):
            time.sleep(FakeSlack.delay)
            kind = self.headers.get("Content-Type", "")
            fields = json.loads(body) if "json" in kind else {k: v[0] for k, v in parse_qs(body).items()}
            FakeSlack.posted.append(fields)
        answer = json.dumps({"ok": True, "channel": "D1", "ts": str(time.time())}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def fake_slack():
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeSlack)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield FakeSlack.posted, f"http://127.0.0.1:{server.server_port}/api/"
    server.shutdown()


def start(args, log, env=None):
    return subprocess.Popen(
        args, cwd=ROOT, stdout=open(log, "w"), stderr=subprocess.STDOUT, env={**os.environ, **(env or {})}
    )


@pytest.fixture(scope="session")
def assistant(tmp_path_factory, fake_slack):
    """The trained model served once a session by a real Rasa server (REST, socket.io for
    the chat page, Slack pointed at the fake Slack API) and a real action server.
    Yields the Rasa server's base URL."""
    assert MODEL.exists(), "no trained model: run `make model` (make test does)"
    logs = tmp_path_factory.mktemp("servers")
    endpoints = logs / "endpoints.yml"
    endpoints.write_text(f"action_endpoint:\n  url: http://localhost:{ACTIONS_PORT}/webhook\n")
    credentials = logs / "credentials.yml"
    credentials.write_text(
        (ROOT / "credentials.yml").read_text().replace("http://localhost:8080", f"http://localhost:{WEB_PORT}")
    )
    public = {"PUBLIC_URL": f"http://localhost:{RASA_PORT}"}  # where charts are fetched from
    slack = {"SLACK_TOKEN": "xoxb-test", "SLACK_SIGNING_SECRET": SLACK_SECRET, "SLACK_API_URL": fake_slack[1], **public}
    actions = start(
        [RASA, "run", "actions", "--port", str(ACTIONS_PORT)], logs / "actions.log", {"SANIC_HOST": LOOPBACK, **public}
    )
    rasa = start(
        [
            RASA,
            "run",
            "--model",
            str(MODEL),
            "--port",
            str(RASA_PORT),
            "--interface",
            LOOPBACK,
            "--enable-api",
            "--auth-token",
            API_TOKEN,
            "--endpoints",
            str(endpoints),
            "--credentials",
            str(credentials),
        ],
        logs / "rasa.log",
        slack,
    )
    page = start(
        [
            sys.executable,
            "-m",
            "web.serve",
            "--host",
            LOOPBACK,
            "--port",
            str(WEB_PORT),
            "--socket-url",
            f"http://localhost:{RASA_PORT}",
        ],
        logs / "web.log",
    )
    try:
        wait_for(f"http://localhost:{ACTIONS_PORT}/health", 120, actions)
        wait_for(f"http://localhost:{RASA_PORT}/status?token={API_TOKEN}", 300, rasa)
        wait_for(f"http://localhost:{WEB_PORT}/", 30, page)
        yield f"http://localhost:{RASA_PORT}"
    finally:
        for process in (rasa, actions, page):
            process.terminate()
        for process in (rasa, actions, page):
            try:
                process.wait(30)
            except subprocess.TimeoutExpired:
                process.kill()


@pytest.fixture
def user(assistant):
    """A new person talking to the served bot over REST."""
    return User(assistant)


def post(url, payload, timeout=60):
    request = urllib.request.Request(url, json.dumps(payload).encode(), {"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return json.loads(response.read())


class User:
    """A person talking to the served bot over REST."""

    def __init__(self, base_url):
        self.url, self.sender = f"{base_url}/webhooks/rest/webhook", uuid.uuid4().hex

    def ask(self, text):
        replies = post(self.url, {"sender": self.sender, "message": text})
        self.buttons = [b for r in replies for b in r.get("buttons", [])]
        self.images = [r["image"] for r in replies if "image" in r]  # charts
        return "\n".join(r["text"] for r in replies if "text" in r)

    def click(self, title):
        return self.ask(next(b["payload"] for b in self.buttons if b["title"] == title))
