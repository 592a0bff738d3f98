"""Rasa's Slack channel, configured from the environment.

SLACK_TOKEN, SLACK_SIGNING_SECRET and SLACK_CHANNEL (optional) configure it; without a
token the assistant starts anyway and its Slack webhook answers 503. SLACK_API_URL points
the Slack Web API client elsewhere (a fake Slack in tests). Slack's retries of an event
are acknowledged and not answered twice; requests with a bad or stale signature are
refused by Rasa's own check.
"""

import os
from collections import OrderedDict

from rasa.core.channels.slack import SlackBot, SlackInput
from sanic import Blueprint, response

SEEN_EVENTS = 10_000  # event ids remembered to drop duplicates


class SlackOutput(SlackBot):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if os.environ.get("SLACK_API_URL"):
            self.client.base_url = os.environ["SLACK_API_URL"]


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
