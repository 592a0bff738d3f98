"""Slack, end to end: signed Events API and interactivity requests to the running Rasa
server, whose replies go to a fake Slack Web API on loopback (SLACK_API_URL)."""

import hashlib
import hmac
import json
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid

import pytest

from . import expected as E
from .conftest import SLACK_SECRET, FakeSlack

pytestmark = pytest.mark.slow


class Slack:
    """Sends what Slack would send, signed with the app's signing secret."""

    def __init__(self, base_url, posted):
        self.url, self.posted = f"{base_url}/webhooks/slack/webhook", posted

    def send(self, body, content_type="application/json", secret=SLACK_SECRET, age=0, headers=None):
        timestamp = str(int(time.time()) - age)
        signature = "v0=" + hmac.new(secret.encode(), f"v0:{timestamp}:{body}".encode(), hashlib.sha256).hexdigest()
        request = urllib.request.Request(
            self.url,
            body.encode(),
            {
                "Content-Type": content_type,
                "X-Slack-Request-Timestamp": timestamp,
                "X-Slack-Signature": signature,
                **(headers or {}),
            },
        )
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()

    def event(self, text, user, channel="D1", kind="message", event_id=None, **options):
        event = {"type": kind, "channel": channel, "user": user, "text": text, "ts": str(time.time())}
        if kind == "message":
            event["channel_type"] = "im"
        body = {
            "type": "event_callback",
            "event_id": event_id or uuid.uuid4().hex,
            "event": event,
            "authorizations": [{"user_id": "UBOT"}],
        }
        return self.send(json.dumps(body), **options)

    def click(self, value, user, channel="D1"):
        payload = {
            "type": "block_actions",
            "user": {"id": user},
            "channel": {"id": channel},
            "message": {"ts": str(time.time())},
            "actions": [{"type": "button", "value": value}],
        }
        return self.send(urllib.parse.urlencode({"payload": json.dumps(payload)}), "application/x-www-form-urlencoded")

    def replies(self, after, count=1, seconds=60, images=False):
        """The text messages (or the charts) posted since `after` posts, waiting until there
        are `count` of them."""
        deadline = time.monotonic() + seconds
        while len(self.of_kind(after, images)) < count and time.monotonic() < deadline:
            time.sleep(0.2)
        return self.of_kind(after, images)

    def of_kind(self, after, images):
        return [p for p in self.posted[after:] if is_image(p) == images]


def is_image(post):
    blocks = post.get("blocks") or []
    blocks = json.loads(blocks) if isinstance(blocks, str) else blocks
    return any(block.get("type") == "image" for block in blocks)


@pytest.fixture
def slack(assistant, fake_slack):
    return Slack(assistant, fake_slack[0])


def user():
    return "U" + uuid.uuid4().hex[:8].upper()


def test_url_verification_answers_the_challenge(slack):
    status, body = slack.send(json.dumps({"type": "url_verification", "challenge": "c-123", "token": "t"}))
    assert (status, json.loads(body)) == (200, {"challenge": "c-123"})


def test_a_direct_message_gets_an_answer_in_the_same_channel(slack):
    before = len(slack.posted)
    assert slack.event("how much do electricians make in Texas?", user(), channel="D42")[0] == 200
    [reply] = slack.replies(before)
    assert reply["channel"] == "D42"
    assert f"Electricians in Texas: median pay {E.annual(E.ELECTRICIANS, area=E.TEXAS)} a year" in reply["text"]


def test_an_app_mention_in_a_channel_is_answered_there(slack):
    before = len(slack.posted)
    slack.event("<@UBOT> what does a paralegal do?", user(), channel="C7", kind="app_mention")
    replies = slack.replies(before)
    assert replies[0]["channel"] == "C7" and "Paralegals and Legal Assistants" in replies[0]["text"]


def test_buttons_are_block_kit_actions_and_a_click_continues(slack):
    person, before = user(), len(slack.posted)
    slack.event("how much does a technician make?", person)
    [question] = slack.replies(before)
    blocks = question["blocks"] if isinstance(question["blocks"], list) else json.loads(question["blocks"])
    buttons = {b["text"]["text"]: b["value"] for b in blocks[1]["elements"]}
    assert blocks[1]["type"] == "actions" and "Pharmacy Technicians" in buttons
    before = len(slack.posted)
    assert slack.click(buttons["Pharmacy Technicians"], person)[0] == 200
    [answer] = slack.replies(before)
    assert "Pharmacy Technicians in the US: median pay" in answer["text"]


def test_a_pay_answer_comes_with_its_chart_as_an_image_block_slack_can_fetch(slack):
    person, before = user(), len(slack.posted)
    slack.event("how much do electricians make in Texas?", person)
    [text] = slack.replies(before)
    [chart] = slack.replies(before, images=True)
    blocks = chart["blocks"] if isinstance(chart["blocks"], list) else json.loads(chart["blocks"])
    [image] = blocks
    assert image["type"] == "image" and "/webhooks/charts/pay.png?" in image["image_url"]
    median = E.annual(E.ELECTRICIANS, area=E.TEXAS)
    assert f"Texas: median {median}" in image["alt_text"] and f"median pay {median}" in text["text"]
    with urllib.request.urlopen(image["image_url"], timeout=30) as response:  # as Slack fetches it
        assert response.headers["Content-Type"] == "image/png" and response.read()[:4] == b"\x89PNG"


def test_a_list_in_slack_numbers_its_lines_and_a_button_opens_one(slack):
    person, before = user(), len(slack.posted)
    slack.event("fastest growing jobs without a degree", person)
    [listed] = slack.replies(before)
    assert listed["text"].startswith("Fastest growing occupations that need no degree to start")
    assert "\n1. Wind Turbine Service Technicians: " in listed["text"]
    blocks = listed["blocks"] if isinstance(listed["blocks"], list) else json.loads(listed["blocks"])
    buttons = {b["text"]["text"]: b["value"] for b in blocks[1]["elements"]}
    before = len(slack.posted)
    slack.click(buttons["Wind Turbine Service Technicians"], person)
    [opened] = slack.replies(before)
    assert opened["text"].startswith("Wind Turbine Service Technicians (49-9081)")


def test_retries_bad_and_stale_signatures_post_nothing(slack):
    person, before = user(), len(slack.posted)
    event_id = uuid.uuid4().hex
    slack.event("how much do plumbers make?", person, event_id=event_id)
    assert len(slack.replies(before)) == 1
    before = len(slack.posted)
    retry = {"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_error"}
    assert slack.event("how much do plumbers make?", person, event_id=event_id, headers=retry)[0] == 200
    assert slack.event("how much do plumbers make?", person, event_id=event_id)[0] == 200  # redelivered
    assert slack.event("how much do welders make?", person, secret="wrong-secret")[0] == 400
    assert slack.event("how much do welders make?", person, age=600)[0] == 400
    # A last, valid message: once it is answered, nothing else may have been posted.
    slack.event("how much do electricians make?", person)
    assert slack.replies(before)
    time.sleep(2)
    assert [r["text"].split(":")[0] for r in slack.replies(before)] == ["Electricians in the US"]


def test_a_slow_answer_is_acknowledged_at_once_and_slacks_retry_adds_no_second_reply(slack):
    person, before, event_id = user(), len(slack.posted), uuid.uuid4().hex
    FakeSlack.delay = 4  # the answer reaches Slack only after its 3 s retry window
    try:
        started = time.monotonic()
        assert slack.event("how much do plumbers make?", person, event_id=event_id)[0] == 200
        assert time.monotonic() - started < 1.5  # acknowledged before the answer is ready
        retry = {"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}
        assert slack.event("how much do plumbers make?", person, event_id=event_id, headers=retry)[0] == 200
        [reply] = slack.replies(before)
        assert time.monotonic() - started >= 4 and reply["text"].startswith("Plumbers, Pipefitters, and Steamfitters")
        time.sleep(FakeSlack.delay + 1)
        assert len(slack.replies(before)) == 1
    finally:
        FakeSlack.delay = 0


def test_without_a_token_the_bot_starts_with_no_slack_channel(monkeypatch):
    from channels.slack import NoSlack, SlackChannel

    monkeypatch.delenv("SLACK_TOKEN", raising=False)
    assert isinstance(SlackChannel.from_credentials(None), NoSlack)


def test_the_answers_light_markdown_is_written_as_slack_writes_it():
    from channels.slack import mrkdwn

    assert mrkdwn("**Electricians** earn more:\n• Texas") == "*Electricians* earn more:\n• Texas"
