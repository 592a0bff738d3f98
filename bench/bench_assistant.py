"""Measure the assistant over the REST channel with the action server.

    .venv/bin/python bench/bench_assistant.py [--no-train]     (or: make bench)

Training time (cache cleared, into a temporary folder), server start time, memory (RSS)
of both servers, and message latency p50/p95 with 1 and with 10 concurrent users.
Prints a Markdown section for bench/RESULTS.md.
"""

import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RASA = str(Path(sys.executable).with_name("rasa"))
MODEL = ROOT / "models" / "career.tar.gz"
MESSAGES = [
    "how much do electricians make in Texas?",
    "What about in Florida?",
    "and what skills do they need?",
    "how about nurses?",
    "which of them pays more?",
    "which pays more, a program support technician or a customer support technician?",
    "what degree do I need to be a dental hygienist?",
    "is web development growing?",
    "where do pharmacists earn the most?",
    "what does a paralegal do?",
    "how much does a technician make?",
    "tell me about data scientists",
    "how old are truck drivers on average?",
    "jobs similar to accountant",
    "hello",
    "what can you do?",
]


def stop(*processes, seconds=60):
    """Ask the servers to stop, all at once, and wait for each."""
    for process in processes:
        process.terminate()
    for process in processes:
        process.wait(seconds)


def rss_mb(pid):
    """Resident memory of a process and its children, in MB."""
    total, pids = 0, [str(pid)]
    children = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout.split()
    for p in pids + children:
        try:
            for line in open(f"/proc/{p}/status"):
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except FileNotFoundError:
            pass
    return total / 1024


def wait_for(url, process, seconds=600):
    started = time.perf_counter()
    while time.perf_counter() - started < seconds:
        if process.poll() is not None:
            raise RuntimeError(f"server exited: {process.args}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return time.perf_counter() - started
        except OSError:
            time.sleep(0.25)
    raise TimeoutError(url)


def ask(base, sender, text):
    request = urllib.request.Request(
        f"{base}/webhooks/rest/webhook",
        json.dumps({"sender": sender, "message": text}).encode(),
        {"Content-Type": "application/json"},
    )
    started = time.perf_counter()
    with urllib.request.urlopen(request, timeout=120) as response:
        replies = json.loads(response.read())
    assert replies, text
    return (time.perf_counter() - started) * 1000


def percentile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def users(base, count, rounds=1, messages=None, texts=MESSAGES):
    """`count` people at once, each sending the `texts` `rounds` times (or `messages` of
    them, cycling): reply times in ms, and messages answered a second."""
    latencies, lock = [], threading.Lock()
    script = [texts[turn % len(texts)] for turn in range(messages or len(texts) * rounds)]

    def one_user():
        sender = uuid.uuid4().hex
        for text in script:
            ms = ask(base, sender, text)
            with lock:
                latencies.append(ms)

    threads = [threading.Thread(target=one_user) for _ in range(count)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return latencies, len(latencies) / (time.perf_counter() - started)


def main():
    rows = []
    if "--no-train" not in sys.argv:
        with tempfile.TemporaryDirectory() as out:
            shutil.rmtree(ROOT / ".rasa" / "cache", ignore_errors=True)
            started = time.perf_counter()
            subprocess.run(
                [RASA, "train", "--force", "--out", out],
                cwd=ROOT,
                check=True,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            rows.append(("rasa train (cache cleared)", f"{time.perf_counter() - started:.0f} s"))
    with tempfile.TemporaryDirectory() as tmp:
        endpoints = Path(tmp) / "endpoints.yml"
        endpoints.write_text("action_endpoint:\n  url: http://localhost:25055/webhook\n")
        log = open(Path(tmp) / "servers.log", "w")
        actions = subprocess.Popen([RASA, "run", "actions", "--port", "25055"], cwd=ROOT, stdout=log, stderr=log)
        rasa = subprocess.Popen(
            [RASA, "run", "--model", str(MODEL), "--port", "25005", "--enable-api", "--endpoints", str(endpoints)],
            cwd=ROOT,
            stdout=log,
            stderr=log,
        )
        try:
            actions_start = wait_for("http://localhost:25055/health", actions)
            rasa_start = wait_for("http://localhost:25005/status", rasa)
            base = "http://localhost:25005"
            users(base, 1, 1)  # warm up
            one, _ = users(base, 1, 6)
            ten, throughput = users(base, 10, 2)
            rows += [
                ("action server start (to /health)", f"{actions_start:.1f} s"),
                ("Rasa server start with the model (to /status)", f"{rasa_start:.1f} s"),
                ("memory (RSS): Rasa server", f"{rss_mb(rasa.pid):.0f} MB"),
                ("memory (RSS): action server", f"{rss_mb(actions.pid):.0f} MB"),
                (
                    f"latency, 1 user ({len(one)} messages): p50 / p95",
                    f"{statistics.median(one):.0f} / {percentile(one, 95):.0f} ms",
                ),
                (
                    f"latency, 10 concurrent users ({len(ten)} messages): p50 / p95",
                    f"{statistics.median(ten):.0f} / {percentile(ten, 95):.0f} ms",
                ),
                ("throughput, 10 concurrent users", f"{throughput:.1f} messages/s"),
            ]
        finally:
            stop(rasa, actions)
    print(
        f"## Assistant over REST with the action server ({time.strftime('%Y-%m-%d')}, "
        f"{os.cpu_count()} cores, Python {platform.python_version()})\n"
    )
    print("| measure | value |\n|---|---|")
    for name, value in rows:
        print(f"| {name} | {value} |")


if __name__ == "__main__":
    main()
