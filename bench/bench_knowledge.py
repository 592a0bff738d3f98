"""Measure the knowledge base: build time, size, resolve() latency and accuracy.

    .venv/bin/python bench/bench_knowledge.py     (or: make bench)

Prints a Markdown section; paste it into bench/RESULTS.md with the date and machine.
"""

import os
import platform
import random
import statistics
import string
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from knowledge import KnowledgeBase  # noqa: E402
from knowledge.build import build, read_onet  # noqa: E402


def percentile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def main():
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "occupations.db"
        started = time.perf_counter()
        build(path)
        build_seconds = time.perf_counter() - started
        size_mb = path.stat().st_size / 1e6

        kb = KnowledgeBase(path)
        started = time.perf_counter()
        kb.resolve("warm-up")  # builds the title index
        load_seconds = time.perf_counter() - started

        titles = [r["title"] for r in kb.query("SELECT DISTINCT title FROM titles")]
        latencies = []
        for title in titles:
            started = time.perf_counter()
            kb.resolve(title)
            latencies.append((time.perf_counter() - started) * 1000)

        socs = defaultdict(set)
        for row in read_onet("Alternate Titles.txt"):
            socs[row["Alternate Title"]].add(row["O*NET-SOC Code"][:7])
        unique = {title: next(iter(codes)) for title, codes in socs.items() if len(codes) == 1}
        misses = [t for t, soc in unique.items() if getattr(kb.resolve(t).best, "soc_code", None) != soc]
        share = 1 - len(misses) / len(unique)

        # The slower paths: one typo per title (a sample), and words no title uses.
        rng = random.Random(7)
        sample = rng.sample(sorted(unique), 1000)
        typo_latencies, typo_hits = [], 0
        for title in sample:
            typo = misspell(title, rng)
            started = time.perf_counter()
            best = kb.resolve(typo).best
            typo_latencies.append((time.perf_counter() - started) * 1000)
            typo_hits += getattr(best, "soc_code", None) == unique[title]
        nonsense = [
            "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(5, 12)))
            + " "
            + rng.choice(["tamer", "wrangler", "whisperer", "keeper"])
            for _ in range(200)
        ]
        none_latencies = []
        for text in nonsense:
            started = time.perf_counter()
            kb.resolve(text)
            none_latencies.append((time.perf_counter() - started) * 1000)

    print(
        f"## Knowledge base ({time.strftime('%Y-%m-%d')}, {os.cpu_count()} cores, Python {platform.python_version()})\n"
    )
    print("| measure | value | target |\n|---|---|---|")
    print(f"| build time (sources to occupations.db) | {build_seconds:.1f} s | under 60 s |")
    print(f"| database size | {size_mb:.0f} MB | |")
    print(f"| resolver load (title index, once per process) | {load_seconds * 1000:.0f} ms | |")
    print(
        f"| resolve() latency over all {len(titles):,} distinct titles, p50 | {statistics.median(latencies):.3f} ms | |"
    )
    print(f"| resolve() latency, p99 | {percentile(latencies, 99):.3f} ms | under 5 ms |")
    print(f"| resolve() latency, max | {max(latencies):.1f} ms | |")
    print(
        f"| O*NET alternate titles of exactly one SOC occupation resolving to it first | "
        f"{share:.2%} ({len(unique) - len(misses):,} of {len(unique):,}) | at least 98% |"
    )
    print(
        f"| one-typo titles (1,000 of those), p50 / p99 | {statistics.median(typo_latencies):.2f} / "
        f"{percentile(typo_latencies, 99):.2f} ms | |"
    )
    print(f"| one-typo titles resolving to their own SOC occupation first | {typo_hits / len(sample):.1%} | |")
    print(
        f"| no-match input (200 made-up titles), p50 / p99 | {statistics.median(none_latencies):.1f} / "
        f"{percentile(none_latencies, 99):.1f} ms | |"
    )
    print("\nSome misses:", "; ".join(misses[:8]))


def misspell(title, rng):
    """One random edit (drop, double, swap or replace a letter) in a word of 5+ letters."""
    words = title.split()
    long = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if not long:
        return title
    i = rng.choice(long)
    w, j = words[i], rng.randrange(1, len(words[i]) - 1)
    edit = rng.choice(["drop", "double", "swap", "replace"])
    if edit == "drop":
        w = w[:j] + w[j + 1 :]
    elif edit == "double":
        w = w[:j] + w[j] + w[j:]
    elif edit == "swap":
        w = w[: j - 1] + w[j] + w[j - 1] + w[j + 1 :]
    else:
        w = w[:j] + rng.choice(string.ascii_lowercase) + w[j + 1 :]
    words[i] = w
    return " ".join(words)


if __name__ == "__main__":
    main()
