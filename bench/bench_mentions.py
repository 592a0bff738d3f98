"""Measure finding occupations and places in whole messages (knowledge.mentions): latency
over every realistic message we have (every conversation set, the ordinary messages of
tests/false_mentions.txt), in a warm process, and the false-mention rate. Each timing is both
readings: the mentions Rasa's extractor finds, then the fields of work the action adds.

    .venv/bin/python bench/bench_mentions.py     (or: make bench)

Prints a Markdown section; paste it into bench/RESULTS.md with the date and machine.
"""

import platform
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from knowledge import KnowledgeBase  # noqa: E402

ROUNDS = 5


def percentile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def messages():
    said = []
    for path in sorted((ROOT / "tests" / "conversations").glob("*.yml")):
        conversations = yaml.safe_load(path.read_text())["conversations"]
        said += [turn["say"] for c in conversations for turn in c["turns"]]
    ordinary = [line for line in (ROOT / "tests" / "false_mentions.txt").read_text().splitlines() if line.strip()]
    return said, ordinary


def found(kb, message):
    """What the extractor finds, and the fields the action reads besides (actions/context.py)."""
    mentions = kb.mentions(message)
    return mentions + kb.mentions_beside(message, [(m.start, m.end) for m in mentions if m.known])


def main():
    kb = KnowledgeBase()
    started = time.perf_counter()
    kb.mentions("warm up: nurses in Texas")  # loads the title index, word lists and gazetteer
    load = time.perf_counter() - started
    said, ordinary = messages()
    timings = []
    for _ in range(ROUNDS):
        for message in said + ordinary:
            started = time.perf_counter()
            found(kb, message)
            timings.append((time.perf_counter() - started) * 1000)
    false = sum(1 for line in ordinary if found(kb, line))
    print(f"## Mentions in messages ({time.strftime('%Y-%m-%d')}, {platform.python_version()})\n")
    print("| measure | value | target |\n|---|---|---|")
    print(f"| first call (title index, word lists, places) | {load * 1000:.0f} ms | |")
    print(
        f"| messages timed | {len(said) + len(ordinary)} ({len(said)} realistic, {len(ordinary)} ordinary) "
        f"x {ROUNDS} rounds | |"
    )
    print(
        f"| latency p50 / p99 / max | {percentile(timings, 50):.3f} / {percentile(timings, 99):.3f} / "
        f"{max(timings):.2f} ms | p99 under 5 ms |"
    )
    print(
        f"| ordinary messages with a title or place found | {false} of {len(ordinary)} "
        f"({false / len(ordinary):.1%}) | at most 1% |"
    )


if __name__ == "__main__":
    main()
