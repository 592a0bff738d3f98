"""The assistant end to end: a real Rasa server with the trained model and a real action
server, asked over the REST channel as a web page or script would."""
import random
import uuid

import pytest

from knowledge.build import read_onet

from .conftest import ROOT, post


class User:
    def __init__(self, base_url):
        self.url, self.sender = f"{base_url}/webhooks/rest/webhook", uuid.uuid4().hex

    def ask(self, text):
        replies = post(self.url, {"sender": self.sender, "message": text})
        self.buttons = [b for r in replies for b in r.get("buttons", [])]
        return "\n".join(r.get("text", "") for r in replies)

    def click(self, title):
        return self.ask(next(b["payload"] for b in self.buttons if b["title"] == title))


@pytest.fixture
def user(assistant):
    return User(assistant)


def test_which_pays_more_over_rest(user):
    reply = user.ask("which pays more, a program support technician or a customer support technician?")
    assert "a Program Support Technician earns more: $36,653 vs $36,361" in reply
    assert "Computer User Support Specialists pay more: median $61,860 a year vs $45,010" in reply


def test_follow_ups_over_rest(user):
    assert "Electricians in Texas: median pay $58,570 a year" in user.ask("how much do electricians make in Texas?")
    assert "Electricians in Florida: median pay" in user.ask("What about in Florida?")
    assert "What Electricians need most" in user.ask("and what skills do they need?")
    assert "What Registered Nurses need most" in user.ask("how about nurses?")


def test_ambiguity_buttons_over_rest(user):
    assert "could mean several occupations" in user.ask("how much does a technician make?")
    assert "Pharmacy Technicians: median pay" in user.click("Pharmacy Technicians")


def test_small_talk_over_rest(user):
    assert user.ask("hello").startswith("Hi!")
    assert "How much do electricians make in Texas?" in user.ask("what can you do?")
    assert "I'm a bot" in user.ask("are you a bot?")


@pytest.mark.parametrize("text", ["", "x" * 20_000, "'; DROP TABLE wages; --", "🙂🙂🙂",
                                  "¿Cuánto gana un enfermero?", "<script>alert(1)</script>"])
def test_abusive_input_gets_a_reply(user, text):
    assert user.ask(text).strip()


def held_out_titles(n=300, seed=11):
    """O*NET alternate titles of one SOC occupation that data/nlu.yml never mentions."""
    training = (ROOT / "data" / "nlu.yml").read_text().lower()
    socs = {}
    for row in read_onet("Alternate Titles.txt"):
        socs.setdefault(row["Alternate Title"], set()).add(row["O*NET-SOC Code"][:7])
    titles = sorted(t for t, codes in socs.items()
                    if len(codes) == 1 and "(" not in t and t.lower() not in training)
    return [(t, socs[t].pop()) for t in random.Random(seed).sample(titles, n)]


def test_titles_never_seen_in_training_resolve_in_sentences(assistant, kb):
    """Through the served NLU pipeline: the occupation entity, resolved, is the right one."""
    templates = ["how much does a {} make?", "what skills does a {} need?", "tell me about {}s",
                 "is {} a growing field?", "what degree do I need to become a {}"]
    sample = held_out_titles()
    right = 0
    for i, (title, soc_code) in enumerate(sample):
        parsed = post(f"{assistant}/model/parse", {"text": templates[i % len(templates)].format(title)})
        named = [e["value"] for e in parsed["entities"] if e["entity"] == "occupation"]
        best = kb.resolve(named[0]).best if named else None
        right += bool(best) and best.soc_code == soc_code
    assert right / len(sample) >= 0.95, f"{right} of {len(sample)}"
