"""Throughput of the cluster (ops/cluster.py) with 1 and with 2 replicas, and its memory.

    .venv/bin/python bench/bench_cluster.py [--users 50] [--messages 20]

For each replica count: the cluster started in a temporary folder (PostgreSQL, Redis,
nginx, the replicas), a warm-up, then `--users` people at once, each sending `--messages`
messages one after another through nginx (bench_assistant.MESSAGES, with their
follow-ups). Reports messages per second, reply time p50/p95, and resident memory of each
process. Prints a Markdown section for bench/RESULTS.md.
"""

import argparse
import json
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_assistant import ROOT, percentile, rss_mb, users

PORTS = {"rasa": 27005, "actions": 27055, "web": 27080, "postgres": 27433, "redis": 27380}
BASE = f"http://127.0.0.1:{PORTS['rasa']}"


def start(state, replicas):
    args = [sys.executable, "-m", "ops.cluster", "--replicas", str(replicas), "--state", str(state)]
    args += [f"--{name}-port={port}" for name, port in PORTS.items()]
    process = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    for line in process.stdout:
        if "replicas behind nginx" in line:
            return process
    raise RuntimeError(f"the cluster did not start: see {state}/logs")


def memory(state):
    pids = json.loads((state / "processes.json").read_text())
    return {name: rss_mb(pid) for name, pid in pids.items() if name != "web"}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--messages", type=int, default=20)
    args = parser.parse_args()
    rows = []
    for replicas in (1, 2):
        state = Path(tempfile.mkdtemp(prefix="career-bench-cluster-"))
        process = start(state, replicas)
        try:
            users(BASE, 4)  # warm-up: every replica has answered each kind of message
            latencies, throughput = users(BASE, args.users, messages=args.messages)
            rows.append((replicas, latencies, throughput, memory(state)))
        finally:
            process.send_signal(signal.SIGTERM)
            process.wait(120)
            shutil.rmtree(state, ignore_errors=True)
    print(
        f"## Cluster throughput and memory ({time.strftime('%Y-%m-%d')}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()})\n\n"
        f"`.venv/bin/python bench/bench_cluster.py --users {args.users} --messages {args.messages}`: "
        f"`ops/cluster.py` on loopback (nginx round robin, PostgreSQL tracker store, Redis "
        f"lock store); {args.users} people at once, {args.messages} messages each.\n"
    )
    print("| replicas | messages/s | reply p50 / p95 | memory (RSS) |")
    print("|---|---|---|---|")
    for replicas, latencies, throughput, rss in rows:
        each = ", ".join(f"{name} {mb:.0f} MB" for name, mb in sorted(rss.items()))
        print(
            f"| {replicas} | {throughput:.1f} | {statistics.median(latencies):.0f} / "
            f"{percentile(latencies, 95):.0f} ms | {each} |"
        )


if __name__ == "__main__":
    main()
