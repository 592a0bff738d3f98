"""This assistant against plain Rasa, side by side: reply time, throughput, memory, start
time and training, in one run on this machine.

    .venv/bin/python bench/bench_plain_rasa.py [--rounds 2] [--no-train]

Plain Rasa is the `rasa init` bot, made in a temporary folder from the same install
(trained there, with its own config: DIET and TED). Each round serves plain Rasa (A), then
this assistant as `make run` serves it (B: its model, endpoints.yml and the action
server), over REST, A B A B: one user sending 36 messages one after another, then 20 users
sending 12 each at once. Reported: the median over rounds of each measure, and the ratio
ours / plain. Training from scratch (Rasa's cache cleared) is timed once each, unless
--no-train. Prints a Markdown section for bench/RESULTS.md.
"""

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import tempfile
import time
import uuid
from pathlib import Path

from bench_assistant import MESSAGES, MODEL, RASA, ROOT, ask, rss_mb, stop, users

PORT, ACTIONS_PORT = 25305, 25355
PLAIN_MESSAGES = [
    "hi",
    "I am feeling a bit sad",
    "I am great",
    "great, thanks",
    "are you a bot?",
    "good morning",
    "I am unhappy",
    "amazing",
    "perfect",
    "that helped",
    "bye",
    "hello there",
]
ENV = {**os.environ, "RASA_TELEMETRY_ENABLED": "false"}


def plain_bot(folder):
    """`rasa init`'s bot, trained, in `folder`: (project folder, model, seconds to train)."""
    project = folder / "plain"
    project.mkdir()
    subprocess.run(
        [RASA, "init", "--no-prompt", "--init-dir", str(project)],
        cwd=folder,
        env=ENV,
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return project, next((project / "models").glob("*.tar.gz"))


def train_seconds(project, config=None):
    """`rasa train` from scratch (no cache) into a temporary folder."""
    with tempfile.TemporaryDirectory() as out:
        shutil.rmtree(project / ".rasa" / "cache", ignore_errors=True)
        started = time.perf_counter()
        args = [RASA, "train", "--force", "--out", out] + (["--config", config] if config else [])
        subprocess.run(args, cwd=project, env=ENV, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return time.perf_counter() - started


def first_answer(base, process, text, seconds=600):
    """Seconds from the server's start until it answers a message."""
    started = time.perf_counter()
    while time.perf_counter() - started < seconds:
        if process.poll() is not None:
            raise RuntimeError(f"server exited: {process.args}")
        try:
            ask(base, "start-" + uuid.uuid4().hex, text)
            return time.perf_counter() - started
        except (OSError, AssertionError):
            time.sleep(0.2)
    raise TimeoutError(base)


def serve(kind, folder, plain):
    """Start a bot; return its processes and the seconds to its first answer."""
    log = open(folder / f"{kind}.log", "a")
    base = f"http://127.0.0.1:{PORT}"
    processes = []
    if kind == "plain":
        project, model = plain
        rasa = subprocess.Popen(
            [RASA, "run", "--model", str(model), "--interface", "127.0.0.1", "--port", str(PORT)],
            cwd=project,
            env=ENV,
            stdout=log,
            stderr=log,
        )
        processes.append(rasa)
        return processes, first_answer(base, rasa, "hi")
    state = folder / "state"
    state.mkdir(exist_ok=True)
    endpoints = folder / "endpoints.yml"
    endpoints.write_text(
        (ROOT / "endpoints.yml")
        .read_text()
        .replace("localhost:5055", f"localhost:{ACTIONS_PORT}")
        .replace("state/", f"{state}/")
    )
    actions = subprocess.Popen(
        [RASA, "run", "actions", "--port", str(ACTIONS_PORT)],
        cwd=ROOT,
        env={**ENV, "SANIC_HOST": "127.0.0.1"},
        stdout=log,
        stderr=log,
    )
    rasa = subprocess.Popen(
        [RASA, "run", "--model", str(MODEL), "--interface", "127.0.0.1", "--port", str(PORT)]
        + ["--endpoints", str(endpoints), "--credentials", str(ROOT / "credentials.yml")],
        cwd=ROOT,
        env=ENV,
        stdout=log,
        stderr=log,
    )
    processes += [rasa, actions]
    return processes, first_answer(base, rasa, MESSAGES[0])


def load(texts, count, each):
    """`count` people at once, each sending `each` of `texts`: (reply ms, messages a second)."""
    return users(f"http://127.0.0.1:{PORT}", count, messages=each, texts=texts)


def measure(kind, folder, plain):
    processes, start = serve(kind, folder, plain)
    try:
        messages = PLAIN_MESSAGES if kind == "plain" else MESSAGES
        load(messages, 1, len(messages))  # warm-up
        one, _ = load(messages, 1, 36)
        _, throughput = load(messages, 20, 12)
        return {
            "single-user median reply (ms)": statistics.median(one),
            "throughput, 20 users (messages/s)": throughput,
            "Rasa server memory (MB)": rss_mb(processes[0].pid),
            "start to first answer (s)": start,
        }
    finally:
        stop(*processes)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--no-train", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        plain = plain_bot(folder)
        results = {"plain": [], "ours": []}
        for _ in range(args.rounds):
            for kind in ("plain", "ours"):  # A B A B
                results[kind].append(measure(kind, folder, plain))
        training = None if args.no_train else (train_seconds(plain[0]), train_seconds(ROOT))
    rows = []
    for name in results["plain"][0]:
        a = statistics.median(r[name] for r in results["plain"])
        b = statistics.median(r[name] for r in results["ours"])
        rows.append((name, a, b, b / a))
    print(
        f"## This assistant vs plain Rasa ({time.strftime('%Y-%m-%d %H:%M')}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()})\n\n"
        f"`.venv/bin/python bench/bench_plain_rasa.py --rounds {args.rounds}`: the `rasa init` bot (A) and this "
        f"assistant as `make run` serves it (B), over REST, A B A B, medians of {args.rounds} rounds.\n"
    )
    print("| measure | plain Rasa | this assistant | ours / plain |\n|---|---|---|---|")
    for name, a, b, ratio in rows:
        print(f"| {name} | {a:.1f} | {b:.1f} | {ratio:.2f}x |")
    if training:
        plain_s, ours_s = training
        print(f"| `rasa train` from scratch (s) | {plain_s:.0f} | {ours_s:.0f} | {ours_s / plain_s:.2f}x |")


if __name__ == "__main__":
    main()
