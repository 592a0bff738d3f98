"""Scale-out on real components (ops/cluster.py, as `make cluster` starts it): two Rasa
servers and two action servers behind nginx, sharing PostgreSQL and Redis, on loopback.
Fifty people talk at once, each message dealt round robin to the replicas; one replica is
killed mid-conversation; then everything is stopped and started again."""

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

import pytest

from .conftest import API_TOKEN, ROOT, User, wait_for

pytestmark = pytest.mark.slow

PORTS = {"rasa": 17005, "actions": 17055, "web": 17080, "postgres": 17433, "redis": 17380}
BASE = f"http://127.0.0.1:{PORTS['rasa']}"

# Each person asks about one occupation, then another, with follow-ups that make sense
# only in context; every reply must name the occupation (and the place) they meant.
OCCUPATIONS = [
    ("electricians", "Electricians"),
    ("plumbers", "Plumbers, Pipefitters, and Steamfitters"),
    ("registered nurses", "Registered Nurses"),
    ("pharmacy techs", "Pharmacy Technicians"),
    ("paralegals", "Paralegals and Legal Assistants"),
    ("dental hygienists", "Dental Hygienists"),
]


def script(first, then):
    (x, one), (y, other) = first, then
    half = lambda words, title, opening: [  # noqa: E731
        (opening.format(words), f"{title} in Texas"),
        ("what about in Florida?", f"{title} in Florida"),
        ("and what skills do they need?", title),
        ("what degree do they need", title),
        ("is it growing?", title),
        ("and in california?", title),  # growth is national only: it says so, for this occupation
        ("what do they do all day", title),
        ("how much in ohio", f"{title} in Ohio"),
        ("similar jobs?", title),
        ("thanks", "welcome"),
    ]
    return half(x, one, "how much do {} make in Texas?") + half(y, other, "ok, what do {} earn in texas?")


class Cluster:
    def __init__(self, state):
        self.state = state

    def start(self):
        args = [sys.executable, "-m", "ops.cluster", "--replicas", "2", "--state", str(self.state)]
        args += [f"--{name}-port={port}" for name, port in PORTS.items()]
        self.process = subprocess.Popen(
            args,
            cwd=ROOT,
            stdout=open(self.state / "cluster.log", "a"),
            stderr=subprocess.STDOUT,
            env={**os.environ, "RASA_TOKEN": API_TOKEN},
        )
        wait_for(f"http://127.0.0.1:{PORTS['web']}/", 900, self.process)

    def stop(self):
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(120)

    def kill(self, name):
        """SIGKILL one process of the cluster and wait until it is gone: a zombie whose other
        threads have exited too. Its sockets close only with its last thread; until then its
        port still accepts connections and then resets them, like a message in flight at a
        crash, which nginx rightly does not send again (a POST may have been acted on)."""
        pid = json.loads((self.state / "processes.json").read_text())[name]
        os.kill(pid, signal.SIGKILL)
        status = Path(f"/proc/{pid}/status")
        while status.exists() and not re.search(r"State:\tZ.*Threads:\t1\n", status.read_text(), re.S):
            time.sleep(0.05)

    def upstreams(self, after=0, count=0):
        """The replica each REST message went to, in order (nginx's access log, which nginx
        writes just after the reply: wait for `count` lines after the first `after`)."""
        deadline = time.monotonic() + 10
        while True:
            log = (self.state / "nginx" / "access.log").read_text()
            served = re.findall(r"POST /webhooks/rest/webhook \S+ 200 upstream=(\S+)", log)
            if len(served) >= after + count or time.monotonic() > deadline:
                return served[after:]
            time.sleep(0.2)


@pytest.fixture(scope="module")
def cluster():
    state = Path(
        tempfile.mkdtemp(prefix="career-cluster-")
    )  # not under pytest's 0700 folder: PostgreSQL runs as its own user
    cluster = Cluster(state)
    cluster.start()
    try:
        yield cluster
    finally:
        if cluster.process.poll() is None:
            cluster.stop()
        shutil.rmtree(state, ignore_errors=True)


def tracker(sender):
    request = urllib.request.Request(f"{BASE}/conversations/{sender}/tracker?token={API_TOKEN}")
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.loads(response.read())


def test_consecutive_messages_of_one_conversation_land_on_different_replicas(cluster):
    person, before = User(BASE), len(cluster.upstreams())
    assert person.ask("how much do electricians make in Texas?").startswith("Electricians in Texas")
    assert person.ask("what about in Florida?").startswith("Electricians in Florida")
    assert person.ask("and in Ohio?").startswith("Electricians in Ohio")
    served = cluster.upstreams(before, 3)
    assert len(served) == 3 and served[0] != served[1] != served[2]


def test_fifty_people_at_once_every_follow_up_answered_in_context_nothing_lost_or_doubled(cluster):
    people = [User(BASE) for _ in range(50)]
    wrong, lost, received = [], [], {person.sender: [] for person in people}

    def talk(number, person):
        for text, expected in script(OCCUPATIONS[number % 6], OCCUPATIONS[(number + 1) % 6]):
            try:
                reply = person.ask(text)
            except OSError as error:
                lost.append((person.sender, text, error))
                continue
            received[person.sender].append(reply)
            if expected.lower() not in reply.lower():
                wrong.append((text, expected, reply[:120]))

    threads = [threading.Thread(target=talk, args=pair) for pair in enumerate(people)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not lost
    assert not wrong, wrong[:5]
    for number, person in enumerate(people):
        events = tracker(person.sender)["events"]
        said = [e["text"] for e in events if e["event"] == "user"]
        assert said == [text for text, _ in script(OCCUPATIONS[number % 6], OCCUPATIONS[(number + 1) % 6])]
        assert answers_per_message(events) == received[person.sender]  # none lost, none doubled


def answers_per_message(events):
    """What the bot said after each user message, as the REST channel returns it."""
    answers = []
    for event in events:
        if event["event"] == "user":
            answers.append([])
        elif event["event"] == "bot" and answers and event.get("text"):  # charts are images, not text
            answers[-1].append(event["text"])
    return ["\n".join(texts) for texts in answers]


def test_a_replica_killed_mid_conversation_the_other_goes_on_with_its_context(cluster):
    person = User(BASE)
    assert person.ask("how much do pharmacy techs make in Texas?").startswith("Pharmacy Technicians in Texas")
    for name in ("rasa-1", "actions-1"):
        cluster.kill(name)
    assert person.ask("what about in Florida?").startswith("Pharmacy Technicians in Florida")
    assert person.ask("and what skills do they need?").startswith("What Pharmacy Technicians need")
    assert person.ask("how much in ohio").startswith("Pharmacy Technicians in Ohio")


def test_everything_stopped_and_started_again_conversations_go_on(cluster):
    person = User(BASE)
    assert "could mean several occupations" in person.ask("how much does a technician make in Texas?")
    cluster.stop()  # nginx, the replicas, PostgreSQL and Redis
    cluster.start()
    before = len(cluster.upstreams())
    assert person.click("Pharmacy Technicians").startswith("Pharmacy Technicians in Texas")  # the pending choice
    assert person.ask("what about in Florida?").startswith("Pharmacy Technicians in Florida")
    assert person.ask("and in California?").startswith("Pharmacy Technicians in California")
    assert len(set(cluster.upstreams(before, 3))) == 2  # both replicas serve again
