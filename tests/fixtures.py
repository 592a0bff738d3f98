"""A small knowledge base built in code, for tests that need no real data: four
occupations, a state and a metro area, with figures and releases that are plainly not the
real ones (OEWS "May 2031", projections 2030-40, a wage cap of $312,000), so a test can see
that every figure and citation in a reply comes from the database.

    python -m tests.fixtures /tmp/fixture.db
"""

import sys

import sqlite_utils

from knowledge.build import WAGE_COLUMNS, stamp_periods
from knowledge.catalog import SOURCES
from knowledge.text import bag, key, variants

RELEASES = {
    "oews_2025": "May 2031",
    "ep_2024_34": "2030-40",
    "onet_30_1": "June 2031 release",
    "onet_29_0": "June 2030 release",
    "cps_2022": "2030",
    "cps_2025": "2031",
    "cip_soc_2020": "2030",
    "article_000": "not stated",
}
WAGE_FIGURES = list(WAGE_COLUMNS.values())  # the wages table's figure columns, as the build makes them

OCCUPATIONS = [  # code, title, broad code, broad title, job zone
    ("47-2111.00", "Electricians", "47-2110", "Electricians", 3),
    (
        "47-2152.00",
        "Plumbers, Pipefitters, and Steamfitters",
        "47-2150",
        "Pipelayers, Plumbers, Pipefitters, and Steamfitters",
        3,
    ),
    ("13-1021.00", "Buyers and Purchasing Agents, Farm Products", "13-1020", "Buyers and Purchasing Agents", 4),
    ("55-1011.00", "Air Crew Officers", "55-1010", "Military Officer Special and Tactical Operations Leaders", 4),
]
ALTERNATE_TITLES = [
    ("Wireman", "47-2111.00"),
    ("Pipe Fitter", "47-2152.00"),
    ("Plumber", "47-2152.00"),
    ("Installer", "47-2111.00"),
    ("Installer", "47-2152.00"),
]
AREAS = [
    ("0000000", "N", "United States"),
    ("4800000", "S", "Texas"),
    ("0200000", "S", "Alaska"),
    ("0019740", "M", "Denver-Aurora-Centennial, CO"),
    ("0038900", "M", "Portland-Vancouver-Hillsboro, OR-WA"),
    ("0038860", "M", "Portland-South Portland, ME"),
]


def wages(soc_code, title, level, area, **figures):
    code, kind, name = next(a for a in AREAS if a[0] == area)
    area_type = {"N": "national", "S": "state", "M": "metro/nonmetro"}[kind]
    row = {
        "soc_code": soc_code,
        "occupation_title": title,
        "soc_level": level,
        "area_code": code,
        "area_title": name,
        "area_type": area_type,
        "state": "TX" if code == "4800000" else None,
    }
    row.update({column: None for column in WAGE_FIGURES})
    row.update(figures)
    row.update(top_coded=figures.get("top_coded"), not_released=None, wage_form=None, source="oews_2025")
    return row


WAGES = [
    # All occupations: the size of each place, for an ambiguous name ("Portland").
    wages("00-0000", "All Occupations", "total", "0038900", employment=1200000, annual_median=60000),
    wages("00-0000", "All Occupations", "total", "0038860", employment=290000, annual_median=55000),
    wages(
        "47-2111",
        "Electricians",
        "detailed",
        "0200000",
        employment=1500,
        annual_median=80000,
        hourly_median=38.46,
        annual_mean=81000,
        annual_p10=50000,
        annual_p90=120000,
    ),
    wages(
        "47-2111",
        "Electricians",
        "detailed",
        "0038900",
        employment=9000,
        annual_median=85000,
        hourly_median=40.87,
        annual_mean=86000,
        annual_p10=55000,
        annual_p90=125000,
    ),
    wages(
        "47-2111",
        "Electricians",
        "detailed",
        "0000000",
        employment=800000,
        annual_median=70000,
        hourly_median=33.65,
        annual_mean=72000,
        annual_p10=45000,
        annual_p90=110000,
    ),
    wages(
        "47-2111",
        "Electricians",
        "detailed",
        "4800000",
        employment=90000,
        annual_median=65000,
        hourly_median=31.25,
        annual_mean=66000,
        annual_p10=42000,
        annual_p90=99000,
    ),
    wages(
        "47-2152",
        "Plumbers, Pipefitters, and Steamfitters",
        "detailed",
        "0000000",
        employment=500000,
        annual_median=71000,
        hourly_median=34.13,
        annual_mean=73000,
        annual_p10=44000,
        annual_p90=112000,
    ),
    wages(
        "47-2152",
        "Plumbers, Pipefitters, and Steamfitters",
        "detailed",
        "0200000",
        employment=900,
        top_coded="annual_median,annual_p90",
        annual_mean=150000,
        annual_p10=80000,
    ),
    wages(
        "13-1020",
        "Buyers and Purchasing Agents",
        "broad",
        "0000000",
        employment=400000,
        annual_median=75000,
        hourly_median=36.06,
        annual_mean=80000,
        annual_p10=45000,
        annual_p90=125000,
    ),
]

PROJECTIONS = [  # NEM code, title, employment base and projected (thousands), change %, openings (thousands)
    ("00-0000", "Total, all occupations", 170000.0, 173400.0, 2.0, 19000.0, None),
    ("47-2111", "Electricians", 800.0, 880.0, 10.0, 80.0, "High school diploma or equivalent"),
    (
        "47-2152",
        "Plumbers, pipefitters, and steamfitters",
        500.0,
        505.0,
        1.0,
        40.0,
        "High school diploma or equivalent",
    ),
]


def build_fixture(path):
    """The fixture database at `path`, with the real database's tables and columns."""
    db = sqlite_utils.Database(path, recreate=True)
    db["sources"].insert_all(
        ({"id": id, **fields, "period": RELEASES.get(id, fields["period"])} for id, fields in SOURCES.items()), pk="id"
    )
    db["occupations"].insert_all(
        (
            {
                "code": code,
                "soc_code": code[:7],
                "title": title,
                "description": f"{title} do the work of {title.lower()}. They also do more.",
                "job_zone": zone,
                "soc_title": title,
                "broad_code": broad,
                "broad_title": broad_title,
                "minor_code": code[:5] + "00",
                "minor_title": "A minor group",
                "major_code": code[:2] + "-0000",
                "major_title": "A major group",
                "nem_code": code[:7],
                "ooh_title": None,
                "ooh_url": None,
                "source": "onet_30_1",
            }
            for code, title, broad, broad_title, zone in OCCUPATIONS
        ),
        pk="code",
    )
    titles = [(title, code, "official") for code, title, *_ in OCCUPATIONS]
    titles += [(title, code, "alternate") for title, code in ALTERNATE_TITLES]
    titles += [("Wire Wizard", "47-2111.00", "article")]
    db["titles"].insert_all(
        (
            {
                "title": form,
                "key": key(form),
                "bag": bag(form),
                "code": code,
                "soc_code": code[:7],
                "kind": kind,
                "source": "onet_30_1",
            }
            for title, code, kind in titles
            for form in variants(title)
        ),
        pk="id",
    )
    db["wages"].insert_all(WAGES)
    db["industry_wages"].insert_all(
        [
            {
                **{k: v for k, v in WAGES[0].items() if not k.startswith("area") and k != "state"},
                "annual_median": 90000,
                "employment": 5000,
                "naics": "221000",
                "naics_title": "Sector 22 - Utilities",
                "naics_level": 4,
            }
        ]
    )
    db["areas"].insert_all(
        ({"area_code": c, "area_type": t, "state_fips": c[:2], "name": n} for c, t, n in AREAS), pk="area_code"
    )
    db["footnotes"].insert_all(
        [
            {
                "code": 5,
                "text": "This wage is equal to or greater than $150.00 per hour or $312,000 per year.",
                "source": "oews_2025",
            }
        ],
        pk="code",
    )
    db["outlook"].insert_all(
        (
            {
                "nem_code": nem,
                "title": title,
                "occupation_type": "Line item",
                "base_year": 2030,
                "projected_year": 2040,
                "employment_base_thousands": base,
                "employment_projected_thousands": projected,
                "change_thousands": projected - base,
                "change_percent": change,
                "self_employed_percent": 5.0,
                "openings_per_year_thousands": openings,
                "median_wage": None,
                "median_wage_top_coded": False,
                "entry_education": entry,
                "work_experience": "None" if entry else None,
                "on_the_job_training": "Apprenticeship" if entry else None,
                "source": "ep_2024_34",
            }
            for nem, title, base, projected, change, openings, entry in PROJECTIONS
        ),
        pk="nem_code",
    )
    db["education"].insert_all(
        [
            {
                "code": "47-2111.00",
                "scale": "RL",
                "scale_name": "Required Level of Education",
                "category": 2,
                "label": "High School Diploma - or the equivalent (for example, GED)",
                "percent": 80.0,
                "suppress": False,
                "date": "06/2031",
                "source": "onet_30_1",
            }
        ]
    )
    db["job_zones"].insert_all(
        [
            {
                "zone": z,
                "name": f"Job Zone {z}: Some Preparation Needed",
                "experience": "",
                "education": "",
                "job_training": "",
                "examples": "",
                "source": "onet_30_1",
            }
            for z in (3, 4)
        ],
        pk="zone",
    )
    db["majors"].insert_all(
        [{"soc_code": "47-2111", "cip_code": "46.0302", "major": "Electrician", "source": "cip_soc_2020"}]
    )
    db["skills"].insert_all(
        [
            {
                "code": "47-2111.00",
                "kind": "skill",
                "element_id": "2.B.3.k",
                "name": "Troubleshooting",
                "importance": 4.0,
                "level": 4.5,
                "not_relevant": False,
                "suppress": False,
                "date": "06/2031",
                "source": "onet_30_1",
            },
            {
                "code": "47-2111.00",
                "kind": "knowledge",
                "element_id": "2.C.3.d",
                "name": "Building and Construction",
                "importance": 4.2,
                "level": 5.0,
                "not_relevant": False,
                "suppress": False,
                "date": "06/2030",
                "source": "onet_29_0",
            },
        ]
    )
    db["technology"].insert_all(
        [
            {
                "code": "47-2111.00",
                "example": "Wiring calculator",
                "commodity_code": 1,
                "commodity": "Calculators",
                "hot": True,
                "in_demand": False,
                "source": "onet_30_1",
            }
        ]
    )
    db["tasks"].insert_all(
        [
            {
                "code": "47-2111.00",
                "task_id": 1,
                "task": "Connect wires to circuit breakers.",
                "task_type": "Core",
                "date": "06/2031",
                "source": "onet_30_1",
            }
        ],
        pk="task_id",
    )
    db["related"].insert_all(
        [
            {
                "code": "47-2111.00",
                "related_code": "47-2152.00",
                "tier": "Primary-Short",
                "rank": 1,
                "source": "onet_30_1",
            }
        ]
    )
    db["interests"].insert_all(
        [
            {"code": "47-2111.00", "interest": i, "score": s, "source": "onet_30_1"}
            for i, s in (("Realistic", 7.0), ("Conventional", 4.0), ("Investigative", 3.0))
        ]
    )
    db["demographics"].insert_all(
        [
            {"census_title": "Electricians", "measure": "median_age", "value": 40.5, "source": "cps_2025"},
            {"census_title": "Electricians", "measure": "percent_women", "value": 3.0, "source": "cps_2022"},
        ]
    )
    db["demographic_groups"].insert_all(
        [{"soc_code": "47-2111", "census_title": "Electricians", "group_soc_codes": None}]
    )
    db["profiles"].insert(
        {
            "title": "Wire Wizard",
            "key": key("Wire Wizard"),
            "code": "47-2111.00",
            "soc_code": "47-2111",
            "link_note": "A title a fixture article uses.",
        },
        pk="title",
    )
    db["profile_facts"].insert_all(
        [
            {
                "profile": "Wire Wizard",
                "fact": "average_salary",
                "number": 50000,
                "value": None,
                "unit": "USD per year",
                "share": None,
                "low": None,
                "high": None,
                "text": "$50,000",
                "period": None,
                "group_title": None,
                "source": "article_000",
            }
        ]
    )
    db["profile_items"].insert_all(
        [
            {
                "profile": "Wire Wizard",
                "kind": "skills",
                "position": 0,
                "text": "Wiring",
                "share": 20.0,
                "source": "article_000",
            }
        ]
    )
    stamp_periods(db)
    db.conn.commit()
    db.close()
    return path


if __name__ == "__main__":
    print(build_fixture(sys.argv[1]))
