"""Realistic conversations (tests/conversations/*.yml) put to the served bot over REST,
each turn judged by what the reply is about: the kind of question, the occupations, the
place, the phrases and figures a right reply holds, and the limits it must own up to.

    python -m tests.realistic dev [--url http://localhost:5005] [--show-misses]

`dev.yml` to `dev27.yml` are the sets the developers tune against (the last twenty-six written by
helpers who never saw the training data, to show what the earlier sets did not; `dev21` was the
first held-out set); `holdout.yml` and `discovery_holdout.yml` (questions across occupations) were
written by someone who never saw the training data, and are only ever scored.
"""

import argparse
import json
import os
import re
import urllib.request
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from . import expected as E

HERE = Path(__file__).parent / "conversations"
# Replies from domain.yml that show the bot took the message for small talk.
SMALL_TALK = {
    "greet": "Hi! I answer questions",
    "thanks": "You're welcome",
    "goodbye": "Goodbye",
    "bot_challenge": "I'm a bot",
    "capabilities": "I know about",
    "out_of_scope": "Sorry, that's outside",
    "not_understood": "Sorry, I didn't understand",
}
NATION = "United States"  # the knowledge base's name for the nation, which a set may call "National"
# Words with which a reply owns up to what it cannot answer.
LIMITS = ("no ", "not ", "n't", "only", "cannot", "instead")
# The answer (topic slot) each kind of question across occupations gets, once built.
KIND_TOPICS = {
    "majors": "majors",
    "technology": "technology",
    "work styles": "list",
    "interests": "list",
    "career moves": "career_moves",
}
# How a reply names the sources of figures: those just given, then them again, or all of them.
SOURCES_NAMED = ("these figures come from", "every figure i give names its source")
FIGURE_FORMS = {"A_": lambda v: f"${v:,.0f}", "H_": lambda v: f"${v:,.2f}"}


@dataclass
class Turn:
    conversation: str
    say: str
    expected: dict
    reply: str = ""
    problems: list = field(default_factory=list)

    @property
    def right(self):
        return not self.problems


def conversations(name):
    return yaml.safe_load((HERE / f"{name}.yml").read_text(encoding="utf-8"))["conversations"]


def post(url, payload):
    request = urllib.request.Request(url, json.dumps(payload).encode(), {"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.loads(response.read())


def tracker(base_url, sender, token=None):
    query = f"?token={token}" if token else ""
    with urllib.request.urlopen(f"{base_url}/conversations/{sender}/tracker{query}", timeout=30) as response:
        return json.loads(response.read())


def this_turn(events):
    """The actions run and slots set since the person's last message."""
    last_user = max(i for i, e in enumerate(events) if e["event"] == "user")
    later = events[last_user + 1 :]
    actions = [e["name"] for e in later if e["event"] == "action" and e["name"] != "action_listen"]
    slots = {e["name"]: e["value"] for e in later if e["event"] == "slot"}
    return actions, slots


def figure_text(figure):
    value = E.wage(figure["soc"], figure["column"], figure["area"])
    return FIGURE_FORMS[figure["column"][:2]](value)


def judge_list(expected, actions, slots):
    """A question across occupations: a list whose criteria (the `list` slot) hold what was asked."""
    wanted, kind = expected.get("list"), expected.get("kind")
    if kind:  # judged by the kind of answer given
        if kind not in KIND_TOPICS:
            return [f"{kind} across occupations: not answered yet"]
        answered = "action_answer" in actions and slots.get("topic") == KIND_TOPICS[kind]
        criteria = json.loads(slots.get("list") or "{}") if answered else {}
        if kind == "work styles":  # a list filtered by an O*NET work style
            answered = answered and bool(criteria.get("style"))
        if kind == "interests":  # a list filtered by RIASEC interest areas
            answered = answered and bool(criteria.get("interests") or criteria.get("activity"))
        return [] if answered else [f"not answered as {kind}"]
    if "action_answer" not in actions or slots.get("topic") != "list":
        return ["not answered with a list"]
    criteria = json.loads(slots.get("list") or "{}")
    return [
        f"{key} {criteria.get(key)!r}, not {value!r}"
        for key, value in wanted.items()
        if (list(criteria.get(key) or []) if key == "fields" else criteria.get(key)) != value
    ]


def judge(expected, reply, buttons, actions, slots):
    """What is wrong with a reply, as short sentences; nothing when it is right."""
    topic, problems = expected["topic"], []
    text = reply.lower()
    if topic in SMALL_TALK:
        if SMALL_TALK[topic].lower() not in text:
            problems.append(f"not taken as {topic}")
        return problems
    if topic == "discovery":
        return judge_list(expected, actions, slots)
    answered = "action_answer" in actions
    if not answered:
        return [f"answered with {actions or 'nothing'}, not action_answer"]
    if expected.get("choices_offered"):
        if not buttons:
            problems.append("did not offer choices")
        return problems
    got_topic = slots.get("topic")
    several = len(expected.get("occupations") or []) > 1 or len(expected.get("places") or []) > 1
    # A comparison of growth, schooling, pay or work answers "which one grows faster" and "what does a
    # PA do that an NP doesn't?"; pay in two places answers "do they make more in Florida or Arizona?".
    alike = several and {got_topic, topic} <= {"compare", "pay", "outlook", "education", "duties"}
    alike = alike or (topic == "sources" and any(p in text for p in SOURCES_NAMED))
    if topic != "choose" and got_topic != topic and not alike:
        problems.append(f"topic {got_topic}, not {topic}")
    wanted = sorted(expected.get("occupations") or [])
    got = sorted({code[:7] for code in (slots.get("occupations") or [])} if "occupations" in slots else [])
    if wanted and got != wanted:
        problems.append(f"occupations {got or 'none'}, not {wanted}")
    places = expected.get("places") or ([expected["place"]] if expected.get("place") else [])
    places = [NATION if p.lower() in ("national", "nationally", "us") else p for p in places]
    got = slots.get("places") or []
    # The default scope: no place in the slot, or a place kept from earlier that the reply does not
    # answer for ("growth for both" after Denver pay: projections are national; education has no place).
    national = places == [NATION] and not any(p.lower() in text for p in got if p != NATION)
    if places and not national and not all(p.lower() in text for p in places) and sorted(got) != sorted(places):
        problems.append(f"places {got or 'none'}, not {' and '.join(places)}")
    # a place kept for later, unused, is no fault; nor one named only as not answered ("not for Virginia",
    # "not for Minnesota and Wisconsin:")
    answered_there = any(p.lower() in re.sub(r"not for [^:;.\n]*", "", text) for p in got)
    if not places and answered_there and topic in ("pay", "compare", "best_paying"):  # elsewhere a place does not apply
        problems.append(f"answered for {' and '.join(got)}, asked nationally")
    for phrase in expected.get("must_say") or []:
        if phrase.lower() not in text:
            problems.append(f"does not say “{phrase}”")
    for figure in expected.get("figures") or []:
        try:
            shown = figure_text(figure)
        except (KeyError, ValueError):
            continue  # not a published OEWS cell (e.g. a baseline): checked by must_say
        if shown not in reply:
            problems.append(f"no {shown} ({figure['soc']} {figure['column']} in {figure['area']})")
    if expected.get("cannot_answer") and not any(word in text for word in LIMITS):
        problems.append(f"does not say it cannot answer: {expected['cannot_answer']}")
    if expected.get("broader_group") and "broader" not in text and "group" not in text:
        problems.append("does not say the figures are a broader group's")
    if expected.get("industry") and expected["industry"].lower() not in text:
        problems.append(f"does not answer for the industry “{expected['industry']}”")
    return problems


def run(base_url, name, token=None):
    """Every turn of every conversation in the set, judged; `token`: the HTTP API's."""
    turns = []
    for conversation in conversations(name):
        sender = f"{conversation['id']}-{uuid.uuid4().hex[:8]}"
        for step in conversation["turns"]:
            replies = post(f"{base_url}/webhooks/rest/webhook", {"sender": sender, "message": step["say"]})
            reply = "\n".join(r["text"] for r in replies if "text" in r)
            buttons = [b for r in replies for b in r.get("buttons", [])]
            actions, slots = this_turn(tracker(base_url, sender, token)["events"])
            turn = Turn(conversation["id"], step["say"], step, reply)
            turn.problems = judge(step, reply, buttons, actions, slots)
            turns.append(turn)
    return turns


def report(turns):
    by_topic = defaultdict(Counter)
    for turn in turns:
        topic = turn.expected["topic"]
        if topic == "discovery":  # by kind: lists, majors, technology, interests...
            topic += ": " + turn.expected.get("kind", "lists")
        by_topic[topic][turn.right] += 1
    right = sum(t.right for t in turns)
    lines = [f"{right} of {len(turns)} turns answered right ({right / len(turns):.0%})"]
    for topic, counts in sorted(by_topic.items(), key=lambda kv: -sum(kv[1].values())):
        lines.append(f"  {topic}: {counts[True]} of {counts[True] + counts[False]}")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("set", choices=sorted(p.stem for p in HERE.glob("*.yml")))
    parser.add_argument("--url", default="http://localhost:5005")
    parser.add_argument("--show-misses", action="store_true")
    parser.add_argument("--token", default=os.environ.get("RASA_TOKEN"), help="the HTTP API's (default: $RASA_TOKEN)")
    args = parser.parse_args()
    turns = run(args.url, args.set, args.token)
    print(report(turns))
    if args.show_misses:
        for turn in turns:
            if not turn.right:
                print(f"\n[{turn.conversation}] {turn.say!r}\n  {'; '.join(turn.problems)}\n  > {turn.reply[:300]!r}")


if __name__ == "__main__":
    main()
