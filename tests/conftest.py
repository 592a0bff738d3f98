"""Shared fixtures: the real knowledge base, built from knowledge/sources/ when missing."""
import csv
import gzip
import io
import json
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from knowledge import KnowledgeBase
from knowledge.api import DEFAULT_DB
from knowledge.build import SRC, build, built_digest, sources_digest


@pytest.fixture(scope="session")
def kb():
    if built_digest(DEFAULT_DB) != sources_digest():
        build(DEFAULT_DB)
    return KnowledgeBase(DEFAULT_DB)


def source_rows(path, delimiter=","):
    """Rows of a committed source file, read independently of the build code."""
    data = (SRC / path).read_bytes()
    if path.endswith(".gz"):
        data = gzip.decompress(data)
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig")), delimiter=delimiter))


@pytest.fixture(scope="session")
def oews_rows():
    """Every OEWS cross-industry row (national, state, metro) keyed by (area, SOC code)."""
    rows = {}
    for path in ("bls_oews/oews_national_M2025.csv", "bls_oews/oews_state_M2025.csv.gz",
                 "bls_oews/oews_metro_nonmetro_M2025.csv.gz"):
        for row in source_rows(path):
            rows[(row["AREA"], row["OCC_CODE"])] = row
    return rows


ROOT = Path(__file__).resolve().parents[1]
MODEL = ROOT / "models" / "career.tar.gz"
RASA = str(Path(sys.executable).with_name("rasa"))


def wait_for(url, seconds, process):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{process.args[:3]} exited with {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(1)
    raise TimeoutError(f"{url} did not answer within {seconds} s")


@pytest.fixture(scope="session")
def assistant(tmp_path_factory):
    """The trained model served by a real Rasa server and action server, once a session.
    Yields the Rasa server's base URL."""
    assert MODEL.exists(), "no trained model: run `make model` (make test does)"
    logs = tmp_path_factory.mktemp("servers")
    endpoints = logs / "endpoints.yml"
    endpoints.write_text("action_endpoint:\n  url: http://localhost:15055/webhook\n")
    actions = subprocess.Popen([RASA, "run", "actions", "--port", "15055"], cwd=ROOT,
                               stdout=open(logs / "actions.log", "w"), stderr=subprocess.STDOUT)
    rasa = subprocess.Popen([RASA, "run", "--model", str(MODEL), "--port", "15005", "--enable-api",
                             "--endpoints", str(endpoints), "--credentials", str(ROOT / "credentials.yml")],
                            cwd=ROOT, stdout=open(logs / "rasa.log", "w"), stderr=subprocess.STDOUT)
    try:
        wait_for("http://localhost:15055/health", 120, actions)
        wait_for("http://localhost:15005/status", 300, rasa)
        yield "http://localhost:15005"
    finally:
        for process in (rasa, actions):
            process.terminate()
        for process in (rasa, actions):
            try:
                process.wait(30)
            except subprocess.TimeoutExpired:
                process.kill()


def post(url, payload, timeout=60):
    request = urllib.request.Request(url, json.dumps(payload).encode(), {"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return json.loads(response.read())
