"""Measure lists across occupations (knowledge.lists.rank): latency of every kind of
ranking and filter, nationally and by place, in a warm process. The target is under 50 ms
each inside the knowledge API.

    .venv/bin/python bench/bench_lists.py     (or: make bench)

Prints a Markdown section; paste it into bench/RESULTS.md with the date and machine.
"""

import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from knowledge import KnowledgeBase  # noqa: E402
from knowledge.criteria import read  # noqa: E402
from knowledge.lists import Criteria  # noqa: E402

ROUNDS = 20
QUESTIONS = [
    ("highest paying jobs", None),
    ("highest paying jobs in Texas", "Texas"),
    ("best paying jobs in the Denver area", "Denver-Aurora-Centennial, CO"),
    ("fastest growing jobs", None),
    ("most openings without a degree", None),
    ("largest occupations in California", "California"),
    ("declining jobs", None),
    ("healthcare jobs over $60k", None),
    ("bachelor's jobs over $100k growing faster than average", None),
    ("trades that pay the most without a college degree in Ohio", "Ohio"),
    ("jobs over $5 million", None),
]


def percentile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def main():
    kb = KnowledgeBase()
    kb.rank(read("highest paying jobs"))  # warm: the code map, SQLite's page cache
    rows = []
    cases = [(text, read(text, place)) for text, place in QUESTIONS] + [
        ("what can I do with a psych degree", Criteria(soc_codes=kb.program("psych").soc_codes)),
        ("jobs that use Python", Criteria(soc_codes=kb.technology_use("Python").soc_codes)),
        ("highest paying jobs in hospitals", Criteria(industry="622000")),
        ("low stress jobs that pay well", read("low stress jobs that pay well")),
        ("jobs working with animals", read("jobs working with animals")),
        ("jobs for someone who likes working with their hands", read("I like working with my hands, what jobs")),
    ]
    for text, criteria in cases:
        times = []
        for _ in range(ROUNDS):
            start = time.perf_counter()
            ranking = kb.rank(criteria)
            times.append(1000 * (time.perf_counter() - start))
        rows.append((text, ranking.qualified, percentile(times, 50), max(times)))
    print(f"### Lists across occupations ({platform.machine()}, Python {platform.python_version()})\n")
    print(f"`kb.rank()` per question, {ROUNDS} rounds each, warm process:\n")
    print("| question | qualified | median ms | max ms |\n|---|---:|---:|---:|")
    for text, qualified, p50, worst in rows:
        print(f"| {text} | {qualified} | {p50:.1f} | {worst:.1f} |")
    print(f"\nSlowest median: {max(r[2] for r in rows):.1f} ms (target: under 50 ms).")


if __name__ == "__main__":
    main()
