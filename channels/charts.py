"""The charts the answers link to, served by the Rasa server at /webhooks/charts/<kind>.png
(registered in credentials.yml like a channel). The URL says what to draw (charts.Spec);
the figures come from the knowledge base, so any replica draws any chart and a URL can
draw nothing but the published figures. Drawn images are kept by content; the URL carries
the knowledge base's version, so browsers and Slack may cache them for a day."""

import asyncio
import hashlib
from collections import OrderedDict

from rasa.core.channels.channel import InputChannel
from sanic import Blueprint, response

from charts import Spec, figure
from charts.draw import png
from knowledge import KnowledgeBase

KEPT = 256  # drawn images kept in memory, most recently used first
MAX_AGE = 86_400


class Charts(InputChannel):
    @classmethod
    def name(cls):
        return "charts"

    def __init__(self):
        self.kb = None
        self.drawn = OrderedDict()  # figure key -> (etag, png bytes)

    @classmethod
    def from_credentials(cls, credentials):
        return cls()

    def blueprint(self, on_new_message):
        blueprint = Blueprint("charts", __name__)

        @blueprint.route("/<name>", methods=["GET"])
        async def chart(request, name):
            kind, png_file = name[:-4], name.endswith(".png")
            spec = png_file and Spec.from_query(kind, {k: v[0] for k, v in request.args.items()})
            self.kb = self.kb or KnowledgeBase()
            found = spec and figure(self.kb, spec)
            if not found:
                return response.text("No such chart.", status=404)
            etag, image = await self.draw(found)
            headers = {"ETag": etag, "Cache-Control": f"public, max-age={MAX_AGE}"}
            if request.headers.get("if-none-match") == etag:
                return response.empty(status=304, headers=headers)
            return response.raw(image, content_type="image/png", headers=headers)

        return blueprint

    async def draw(self, found):
        key = found.key()
        if key not in self.drawn:
            image = await asyncio.get_running_loop().run_in_executor(None, png, found)  # off the event loop
            self.drawn[key] = (f'"{hashlib.sha256(image).hexdigest()[:32]}"', image)
            while len(self.drawn) > KEPT:
                self.drawn.popitem(last=False)
        self.drawn.move_to_end(key)
        return self.drawn[key]
