"""Charts: drawing time (cold and cached), size, and what a chart adds to an answer.

    .venv/bin/python bench/bench_charts.py

For each kind of chart, against the real knowledge base: the first drawing in a fresh
process (matplotlib's import included), the median of 20 more, the median time the
server's cache takes to hand it out again (channels/charts.py), and the PNG's bytes. Then
action_answer's time for a pay question with its chart (the figures read, the URL and
its alt text made) and without. Prints a Markdown section for bench/RESULTS.md.
"""

import asyncio
import os
import platform
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rasa_sdk import Tracker  # noqa: E402
from rasa_sdk.executor import CollectingDispatcher  # noqa: E402

from actions.answer import ActionAnswer  # noqa: E402
from actions.answers.pay import Pay  # noqa: E402
from actions.registry import Answer  # noqa: E402
from charts import Spec, figure  # noqa: E402
from components.entities import entity  # noqa: E402
from knowledge import KnowledgeBase  # noqa: E402
from knowledge.lists import Criteria  # noqa: E402

SPECS = [
    Spec("pay", ("29-1141.00",), ("Texas",)),
    Spec("compare", ("15-1232.00", "43-9061.00")),
    Spec("places", ("47-2111.00",)),
    Spec("outlook", ("15-1252.00",)),
    Spec("list", criteria=Criteria(by="growth").to_json()),
]


def ms(seconds):
    return f"{seconds * 1000:.1f} ms"


def drawing(kb):
    started = time.perf_counter()
    from channels.charts import Charts
    from charts.draw import png

    rows, channel = [], Charts()
    for number, spec in enumerate(SPECS):
        found = figure(kb, spec)
        first = time.perf_counter()
        image = png(found)
        cold = time.perf_counter() - (started if number == 0 else first)
        warm = []
        for _ in range(20):
            t = time.perf_counter()
            png(found)
            warm.append(time.perf_counter() - t)
        asyncio.run(channel.draw(found))
        cached = []
        for _ in range(200):
            t = time.perf_counter()
            found_again = figure(kb, spec)  # what a request does: read the figures, then the cache
            asyncio.run(channel.draw(found_again))
            cached.append(time.perf_counter() - t)
        label = f"{spec.kind}" + (" (first in the process: with matplotlib's import)" if number == 0 else "")
        rows.append((label, ms(cold), ms(statistics.median(warm)), ms(statistics.median(cached)), f"{len(image):,}"))
    return rows


def answer_time(kb, text, intent, entities, runs=200):
    """Median seconds of action_answer's run, checked to have answered with its figures."""
    tracker = Tracker(
        "bench",
        {},
        {"text": text, "intent": {"name": intent, "confidence": 1.0}, "entities": entities},
        [],
        False,
        None,
        {},
        "action_listen",
    )
    action, times = ActionAnswer(kb), []
    for _ in range(runs):
        dispatcher = CollectingDispatcher()
        t = time.perf_counter()
        asyncio.run(action.run(dispatcher, tracker, {}))
        times.append(time.perf_counter() - t)
    assert dispatcher.messages[0]["text"].startswith("Electricians in Texas: median pay"), dispatcher.messages
    return statistics.median(times)


def main():
    kb = KnowledgeBase()
    rows = drawing(kb)
    text = "how much do electricians make in Texas?"
    entities = [entity(m) for m in kb.mentions(text)]  # as the model's extractor gives them
    with_chart = answer_time(kb, text, "ask_pay", entities)
    pay_chart, Pay.chart = Pay.chart, Answer.chart  # the pay answer as it was: words only
    without = answer_time(kb, text, "ask_pay", entities)
    Pay.chart = pay_chart
    print(
        f"## Charts ({time.strftime('%Y-%m-%d')}, {os.cpu_count()} cores, Python {platform.python_version()})\n\n"
        "`.venv/bin/python bench/bench_charts.py`: matplotlib 3.5 (Agg), 640 px wide PNG.\n"
    )
    print("| chart | first drawing | drawing (median of 20) | served from the cache (median of 200) | PNG bytes |")
    print("|---|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    print(
        f"\naction_answer for “{text}” (median of 200, in process): {ms(with_chart)} with its chart "
        f"(figures read, URL and alt text made), {ms(without)} without. The image is drawn when the "
        "browser or Slack fetches it, not while the person waits for the words."
    )


if __name__ == "__main__":
    main()
