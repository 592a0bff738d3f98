"""Conversations survive a restart: the servers started as `make run` starts them (the
project's endpoints.yml: a SQLite tracker store under state/, here a temporary one), a
conversation begun, every server stopped and started again, and the conversation goes on
with its context (occupation, place, the pending choice)."""

import sqlite3
import subprocess

import pytest

from ops.unanswered import forget, unanswered

from . import expected as E
from .conftest import LOOPBACK, MODEL, RASA, ROOT, User, start, wait_for

pytestmark = pytest.mark.slow

RASA_PORT, ACTIONS_PORT = 16005, 16055


def serve(folder, name):
    """The action server and the Rasa server, with the project's tracker store moved to `folder`."""
    endpoints = folder / "endpoints.yml"
    endpoints.write_text(
        (ROOT / "endpoints.yml")
        .read_text()
        .replace("http://localhost:5055/webhook", f"http://localhost:{ACTIONS_PORT}/webhook")
        .replace("state/conversations.db", str(folder / "conversations.db"))
    )
    actions = start(
        [RASA, "run", "actions", "--port", str(ACTIONS_PORT)], folder / f"actions-{name}.log", {"SANIC_HOST": LOOPBACK}
    )
    rasa = start(
        [RASA, "run", "--model", str(MODEL), "--interface", LOOPBACK, "--port", str(RASA_PORT)]
        + ["--endpoints", str(endpoints)],
        folder / f"rasa-{name}.log",
    )
    wait_for(f"http://localhost:{ACTIONS_PORT}/health", 120, actions)
    wait_for(f"http://localhost:{RASA_PORT}/", 300, rasa)
    return actions, rasa


def stop(*processes):
    for process in processes:
        process.terminate()
    for process in processes:
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()


def test_a_conversation_goes_on_after_every_server_restarts(tmp_path):
    servers = serve(tmp_path, "before")
    try:
        person = User(f"http://localhost:{RASA_PORT}")
        assert person.ask("how much do nurses make in Texas?").startswith("Registered Nurses in Texas")
        assert "could mean several occupations" in person.ask("and what about a technician?")
    finally:
        stop(*servers)
    assert (tmp_path / "conversations.db").exists()
    servers = serve(tmp_path, "after")
    try:
        reply = person.click("Pharmacy Technicians")  # the pending choice, from before the restart
        assert reply.startswith(f"Pharmacy Technicians in Texas: median pay {E.annual(E.PHARMACY_TECHS, area=E.TEXAS)}")
        assert person.ask("and in Ohio?").startswith("Pharmacy Technicians in Ohio: median pay")
    finally:
        stop(*servers)


def test_what_could_not_be_answered_is_listed_most_frequent_first_and_a_conversation_can_be_forgotten(tmp_path):
    servers = serve(tmp_path, "transcript")
    try:
        people = [User(f"http://localhost:{RASA_PORT}") for _ in range(2)]
        for person in people:
            person.ask("what does a dragon tamer make?")
        people[0].ask("how much do nurses make?")
        people[0].ask("asdfgh")
    finally:
        stop(*servers)
    store = str(tmp_path / "conversations.db")
    assert unanswered(store) == [("what does a dragon tamer make?", 2), ("asdfgh", 1)]
    assert forget(people[0].sender, store) > 0
    assert unanswered(store) == [("what does a dragon tamer make?", 1)]
    with sqlite3.connect(store) as store:
        assert not store.execute("SELECT 1 FROM events WHERE sender_id = ?", (people[0].sender,)).fetchall()
