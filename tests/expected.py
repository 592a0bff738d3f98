"""The exact figures the tests expect, read straight from the committed source files in
knowledge/sources/ (never through the build code), and printed as a person reads them.
A data refresh changes the source files, and every test follows from here.
"""

import csv
import gzip
import io
import random
from functools import cache

import openpyxl
import yaml

from knowledge.build import SRC

NATION, TEXAS, FLORIDA, ALABAMA, DENVER = "0000000", "4800000", "1200000", "0100000", "0019740"
HELP_DESK, NETWORK_SUPPORT, ELECTRICIANS, PLUMBERS, OFFICE_CLERKS = (
    "15-1232",
    "15-1231",
    "47-2111",
    "47-2152",
    "43-9061",
)
PHARMACY_TECHS, DENTAL_HYGIENISTS, POSTSECONDARY_TEACHERS = "29-2052", "29-1292", "25-1011"


def source_rows(path, delimiter=","):
    """Rows of a committed source file, as the file has them (strings)."""
    data = (SRC / path).read_bytes()
    if path.endswith(".gz"):
        data = gzip.decompress(data)
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig")), delimiter=delimiter))


@cache
def oews_rows():
    """Every OEWS cross-industry row (national, state, metro) keyed by (area, SOC code)."""
    rows = {}
    for path in (
        "bls_oews/oews_national_M2025.csv",
        "bls_oews/oews_state_M2025.csv.gz",
        "bls_oews/oews_metro_nonmetro_M2025.csv.gz",
    ):
        for row in source_rows(path):
            rows[(row["AREA"], row["OCC_CODE"])] = row
    return rows


def wage(soc_code, column="A_MEDIAN", area=NATION):
    """One published OEWS figure as a number."""
    return float(oews_rows()[(area, soc_code)][column].replace(",", ""))


def dollars(value):
    return f"${value:,.0f}"


def annual(soc_code, column="A_MEDIAN", area=NATION):
    """'$61,860'"""
    return dollars(wage(soc_code, column, area))


def hourly(soc_code, column="H_MEDIAN", area=NATION):
    """'$29.74/hour'"""
    return f"${wage(soc_code, column, area):,.2f}/hour"


def top_state(soc_code):
    """The state with the highest published annual median, and that median."""
    rows = [
        r
        for (area, soc), r in oews_rows().items()
        if soc == soc_code and r["AREA_TYPE"] == "state" and r["A_MEDIAN"].replace(",", "").replace(".", "").isdigit()
    ]
    best = max(rows, key=lambda r: float(r["A_MEDIAN"].replace(",", "")))
    return best["AREA_TITLE"], dollars(float(best["A_MEDIAN"].replace(",", "")))


@cache
def projections():
    """BLS Employment Projections Table 1.2 rows by NEM code, as the sheet has them."""
    sheet = openpyxl.load_workbook(SRC / "bls_ep/occupation.xlsx", read_only=True)["Table 1.2"]
    return {row[1]: row for row in sheet.iter_rows(min_row=3, values_only=True) if row[1]}


def projections_header():
    sheet = openpyxl.load_workbook(SRC / "bls_ep/occupation.xlsx", read_only=True)["Table 1.2"]
    return next(sheet.iter_rows(min_row=2, max_row=2, values_only=True))


def projected(nem_code):
    """The figures of one projections line, named."""
    row = projections()[nem_code]
    return {
        "employment_base": row[3],
        "employment_projected": row[4],
        "change_percent": row[8],
        "openings": row[10],
        "entry_education": row[12],
        "work_experience": row[13],
        "on_the_job_training": row[14],
    }


def jobs(thousands):
    return f"{thousands * 1000:,.0f}"


@cache
def cps_age_table():
    sheet = openpyxl.load_workbook(SRC / "bls_cps/cpsaat11b.xlsx", read_only=True).active
    return {str(row[0]).strip(): row for row in sheet.iter_rows(values_only=True) if row[0]}


def median_age(census_title):
    return cps_age_table()[census_title][9]


@cache
def articles():
    return yaml.safe_load((SRC / "articles.yml").read_text(encoding="utf-8"))


def article_fact(title, fact):
    profile = next(p for p in articles()["profiles"] if p["title"] == title)
    return next(f for f in profile["facts"] if f["fact"] == fact)["value"]


@cache
def industry_rows():
    """OEWS national industry rows keyed by (NAICS, SOC code)."""
    return {(r["NAICS"], r["OCC_CODE"]): r for r in source_rows("bls_oews/oews_national_industry_M2025.csv.gz")}


def industry_annual(soc_code, naics, column="A_MEDIAN"):
    return dollars(float(industry_rows()[(naics, soc_code)][column].replace(",", "")))


# Sentences people ask about a job in, for held-out titles.
TITLE_TEMPLATES = [
    "how much does a {} make?",
    "what skills does a {} need?",
    "tell me about {}s",
    "is {} a growing field?",
    "what degree do I need to become a {}",
]


def held_out_titles(n, seed=11):
    """(title, SOC code) of O*NET alternate titles that name exactly one SOC occupation and
    that data/nlu.yml never mentions, a seeded sample."""
    training = (SRC.parents[1] / "data" / "nlu.yml").read_text().lower()
    socs = {}
    for row in source_rows("onet/Alternate Titles.txt.gz", delimiter="\t"):
        socs.setdefault(row["Alternate Title"], set()).add(row["O*NET-SOC Code"][:7])
    titles = sorted(t for t, codes in socs.items() if len(codes) == 1 and "(" not in t and t.lower() not in training)
    return [(t, next(iter(socs[t]))) for t in random.Random(seed).sample(titles, n)]
