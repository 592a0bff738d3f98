"""Charts served by the running Rasa server (channels/charts.py), as a browser or Slack
fetches the URL an answer gives."""

import urllib.error
import urllib.request

import pytest

from .conftest import User

pytestmark = pytest.mark.slow


def fetch(address, headers=None):
    request = urllib.request.Request(address, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def test_an_answers_chart_is_served_as_a_png_that_may_be_cached(assistant):
    person = User(assistant)
    person.ask("where do electricians make the most?")
    [chart] = person.images
    address = chart.split("#")[0]
    assert address.startswith(f"{assistant}/webhooks/charts/places.png?o=47-2111.00&v=")
    status, headers, image = fetch(address)
    assert status == 200 and headers["Content-Type"] == "image/png" and image[:4] == b"\x89PNG"
    assert headers["Cache-Control"] == "public, max-age=86400"
    status, _, again = fetch(address, {"If-None-Match": headers["ETag"]})
    assert (status, again) == (304, b"")  # the browser's copy is still good: nothing sent


def test_every_kind_of_answer_with_figures_to_draw_links_its_chart(assistant):
    asked = {
        "how much do nurses make in texas vs california?": "compare.png",
        "is web development growing?": "outlook.png",
        "fastest growing jobs without a degree": "list.png",
        "which pays more, electrician or plumber?": "compare.png",
        "what can i do with a psych degree": "list.png",
        "jobs that use python": "list.png",
    }
    for question, kind in asked.items():
        person = User(assistant)
        person.ask(question)
        assert len(person.images) == 1 and f"/webhooks/charts/{kind}?" in person.images[0], question
        assert fetch(person.images[0].split("#")[0])[0] == 200, question
    person = User(assistant)
    person.ask("what skills does a dental hygienist need?")
    assert person.images == []  # words only


def test_a_url_that_is_not_a_chart_gets_404(assistant):
    for path in ("pie.png?o=29-1141.00", "pay.png?o=99-9999.00", "pay.png", "list.png?c=%7Bnot%20json"):
        status, _, body = fetch(f"{assistant}/webhooks/charts/{path}")
        assert (status, body) == (404, b"No such chart."), path
