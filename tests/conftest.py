"""Shared fixtures: the real knowledge base, built from knowledge/sources/ when missing."""
import csv
import gzip
import io
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
