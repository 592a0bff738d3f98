"""Rasa's Slack channel, configured from the environment.

SLACK_TOKEN, SLACK_SIGNING_SECRET and SLACK_CHANNEL (optional) configure it; without a
token the assistant starts anyway and its Slack webhook answers 503. Charts go to Slack
only when PUBLIC_URL says where Slack can fetch them. SLACK_API_URL points
the Slack Web API client elsewhere (a fake Slack in tests). Slack's retries of an event
are acknowledged and not answered twice; requests with a bad or stale signature are
refused by Rasa's own check.
"""

import os
import re
from collections import OrderedDict
from urllib.parse import unquote

from rasa.core.channels.slack import SlackBot, SlackInput
from sanic import Blueprint, response

SEEN_EVENTS = 10_000  # event ids remembered to drop duplicates
MAX_ALT = 2000  # Slack's limit for an image block's alt text
MAX_BUTTONS = 25  # Slack's limit for the elements of an actions block


class SlackOutput(SlackBot):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if os.environ.get("SLACK_API_URL"):
            self.client.base_url = os.environ["SLACK_API_URL"]

    async def send_text_message(self, recipient_id, text, **kwargs):
        await super().send_text_message(recipient_id, mrkdwn(text), **kwargs)

    async def send_text_with_buttons(self, recipient_id, text, buttons, **kwargs):
        """Rasa's, with the text as mrkdwn (Rasa sends it as plain text)."""
        written = mrkdwn(text)
        section = {"type": "section", "text": {"type": "mrkdwn", "text": written}}
        actions = {
            "type": "actions",
            "elements": [
                {"type": "button", "text": {"type": "plain_text", "text": b["title"]}, "value": b["payload"]}
                for b in buttons[:MAX_BUTTONS]
            ],
        }
        channel = self.slack_channel or recipient_id
        await self._post_message(channel=channel, as_user=True, text=written, blocks=[section, actions])

    async def send_image_url(self, recipient_id, image, **kwargs):
        """A chart as an image block with its alt text (the URL's fragment). Slack fetches
        images itself, from the internet: without PUBLIC_URL there is no chart, the text
        answer says it all."""
        if not os.environ.get("PUBLIC_URL"):
            return
        address, _, alt = image.partition("#")
        alt = unquote(alt)[:MAX_ALT] or "chart"
        block = {"type": "image", "image_url": address, "alt_text": alt}
        await self._post_message(channel=self.slack_channel or recipient_id, as_user=True, text=alt, blocks=[block])


def mrkdwn(text):
    """The answers' light markdown as Slack writes it: **bold** is *bold* there."""
    return BOLD.sub(r"*\1*", text)


BOLD = re.compile(r"\*\*(.+?)\*\*")


class SlackChannel(SlackInput):
    @classmethod
    def name(cls):
        return "slack"

    @classmethod
    def from_credentials(cls, credentials):
        token = os.environ.get("SLACK_TOKEN")
        if not token:
            return NoSlack()
        return cls(
            token,
            os.environ.get("SLACK_CHANNEL"),
            slack_signing_secret=os.environ.get("SLACK_SIGNING_SECRET", ""),
            slack_retry_reason_header="x-slack-retry-reason",
            slack_retry_number_header="x-slack-retry-num",
            use_threads=False,
            conversation_granularity="sender",
        )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.seen = OrderedDict()

    def blueprint(self, on_new_message):
        blueprint = super().blueprint(on_new_message)

        @blueprint.on_request
        async def answer_once(request):
            if request.path.rstrip("/").endswith("/webhook") and request.method == "POST":
                if not self.is_request_from_slack_authentic(request):
                    return response.text(
                        "Message is not properly signed with a valid X-Slack-Signature header", status=400
                    )
                body = request.json if request.headers.get("content-type") == "application/json" else None
                if body and body.get("type") == "url_verification":
                    return response.json({"challenge": body.get("challenge")})
                if request.headers.get(self.retry_num_header):
                    return response.text("", headers={"X-Slack-No-Retry": "1"})
                event_id = (body or {}).get("event_id")
                if event_id:
                    if event_id in self.seen:
                        return response.text("")
                    self.seen[event_id] = True
                    while len(self.seen) > SEEN_EVENTS:
                        self.seen.popitem(last=False)
            return None

        return blueprint

    def get_output_channel(self, channel=None, thread_id=None):
        return SlackOutput(self.slack_token, channel or self.slack_channel, thread_id, self.proxy)


class NoSlack(SlackInput):
    """Stands in when SLACK_TOKEN is not set: the webhook says Slack is not configured."""

    def __init__(self):
        pass

    @classmethod
    def name(cls):
        return "slack"

    def blueprint(self, on_new_message):
        blueprint = Blueprint("slack_not_configured", __name__)

        @blueprint.route("/", methods=["GET"])
        @blueprint.route("/webhook", methods=["GET", "POST"])
        async def not_configured(_):
            return response.json(
                {"status": "Slack is not configured: set SLACK_TOKEN and SLACK_SIGNING_SECRET"}, status=503
            )

        return blueprint
