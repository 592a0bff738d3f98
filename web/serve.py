"""Serve the chat page and the widget bundle (installed from npm, no CDN). The page's
credits are the catalog's attributions (knowledge/catalog.py), the same text the data
carries.

    python -m web.serve [--host 127.0.0.1] [--port 8080] [--socket-url http://localhost:5005]
"""

import argparse
import html
from functools import partial
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from knowledge.catalog import attributions

HERE = Path(__file__).parent
WIDGET = HERE.parent / "node_modules" / "rasa-webchat" / "lib" / "index.js"


class Page(BaseHTTPRequestHandler):
    def __init__(self, *args, socket_url, **kwargs):
        self.socket_url = socket_url
        super().__init__(*args, **kwargs)

    def do_GET(self):
        path = self.path.split("?")[0]
        if path in ("/", "/index.html"):
            page = (HERE / "index.html").read_text().replace("{{SOCKET_URL}}", self.socket_url)
            self.reply(page.replace("{{CREDITS}}", credits()).encode(), "text/html; charset=utf-8")
        elif path == "/webchat.js":
            self.reply(WIDGET.read_bytes(), "application/javascript")
        else:
            self.send_error(404)

    def reply(self, body, content_type):
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def credits():
    """One paragraph per attribution text, naming the datasets it covers."""
    return "\n    ".join(
        f"<p>{html.escape(', '.join(s['name'] + ' (' + s['period'] + ')' for s in sources))}. {html.escape(text)}</p>"
        for text, sources in attributions()
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1", help="interface to listen on (default: loopback only)")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--socket-url", default="http://localhost:5005")
    args = parser.parse_args()
    if not WIDGET.exists():
        raise SystemExit(f"{WIDGET} is missing: run `npm ci` (make run does)")
    server = ThreadingHTTPServer((args.host, args.port), partial(Page, socket_url=args.socket_url))
    print(f"Chat page on http://localhost:{args.port} (Rasa socket at {args.socket_url})")
    server.serve_forever()


if __name__ == "__main__":
    main()
