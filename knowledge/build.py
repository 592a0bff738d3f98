"""Build knowledge/occupations.db from the files in knowledge/sources/.

    python -m knowledge.build [--if-changed] [path/to/occupations.db]

With --if-changed, nothing is done when the database was built from the same sources
and build code (their SHA-256 is kept in its build_info table). The database is written
to a temporary file and moved into place only when complete, so a failed build never
leaves a half-written database behind.
"""

import csv
import gzip
import hashlib
import io
import os
import re
import sqlite3
import sys
import time
from pathlib import Path

import openpyxl
import sqlite_utils
import yaml

from .catalog import SOURCES
from .text import bag, key, variants

HERE = Path(__file__).parent
SRC = HERE / "sources"
DEFAULT_DB = HERE / "occupations.db"

WAGE_COLUMNS = {  # OEWS column -> our column
    "TOT_EMP": "employment",
    "EMP_PRSE": "employment_rse",
    "H_MEAN": "hourly_mean",
    "A_MEAN": "annual_mean",
    "MEAN_PRSE": "wage_rse",
    "H_PCT10": "hourly_p10",
    "H_PCT25": "hourly_p25",
    "H_MEDIAN": "hourly_median",
    "H_PCT75": "hourly_p75",
    "H_PCT90": "hourly_p90",
    "A_PCT10": "annual_p10",
    "A_PCT25": "annual_p25",
    "A_MEDIAN": "annual_median",
    "A_PCT75": "annual_p75",
    "A_PCT90": "annual_p90",
    "JOBS_1000": "jobs_per_1000",
    "LOC_QUOTIENT": "location_quotient",
}

# Declared, not guessed from the first rows: national rows leave some columns blank.
WAGE_TYPES = {column: float for column in WAGE_COLUMNS.values()} | {"employment": int}


def read_text(path):
    """A source file's text, gunzipped when its name ends in .gz."""
    path = SRC / path
    data = path.read_bytes()
    if path.suffix == ".gz":
        data = gzip.decompress(data)
    return data.decode("utf-8-sig")


def read_table(path, delimiter=","):
    return csv.DictReader(io.StringIO(read_text(path)), delimiter=delimiter)


def read_onet(name):
    """An O*NET tab-delimited file, with 'n/a' read as missing."""
    path = name if "/" in name else f"onet/{name}"
    if not (SRC / path).exists():
        path += ".gz"
    for row in read_table(path, delimiter="\t"):
        yield {k: (None if v in ("n/a", "") else v) for k, v in row.items()}


def read_sheet(path, sheet=None, header_row=0):
    """Rows of a workbook sheet as tuples, from the row after header_row."""
    workbook = openpyxl.load_workbook(SRC / path, read_only=True, data_only=True)
    rows = list((workbook[sheet] if sheet else workbook.active).iter_rows(values_only=True))
    workbook.close()
    return rows[header_row], rows[header_row + 1 :]


def number(value):
    """A published figure as a number; blanks, dashes and '*' as None."""
    if value is None:
        return None
    if isinstance(value, (int, float)):
        return value
    value = str(value).strip().replace(",", "")
    if value in ("", "-", "–", "—", "*", "#", "**"):
        return None
    try:
        return int(value)
    except ValueError:
        return float(value)


def insert(table, rows, **kwargs):
    """sqlite-utils creates the table from the first rows; plain executemany loads the
    rest, several times faster for the few hundred thousand OEWS rows."""
    rows = iter(rows)
    first = [row for _, row in zip(range(1000), rows)]
    table.insert_all(first, **kwargs)
    columns = list(first[0])
    table.db.conn.executemany(
        f"INSERT INTO [{table.name}] ({', '.join(f'[{c}]' for c in columns)}) VALUES ({', '.join('?' * len(columns))})",
        (tuple(row[c] for c in columns) for row in rows),
    )
    table.db.conn.commit()


def build_sources(db):
    db["sources"].insert_all(({"id": id, **fields} for id, fields in SOURCES.items()), pk="id")


def build_occupations(db):
    soc = {row["code"]: row for row in read_table("soc/soc2018_all.csv")}
    _, nem_rows = read_sheet("crosswalks/nem-onet-to-soc-crosswalk.xlsx", "ONET to SOC crosswalk", 4)
    nem = {row[1]: row for row in nem_rows if row[1]}
    zones = {row["O*NET-SOC Code"]: int(row["Job Zone"]) for row in read_onet("Job Zones.txt")}
    rows = []
    for row in read_onet("Occupation Data.txt"):
        code = row["O*NET-SOC Code"]
        soc_code = code[:7]
        detailed = soc.get(soc_code, {})
        broad = soc.get(detailed.get("soc5d"), {})
        minor = soc.get(detailed.get("soc3d"), {})
        major = soc.get(detailed.get("soc2d"), {})
        crosswalk = nem.get(code)
        ooh_url = crosswalk[9] if crosswalk and crosswalk[9] not in (None, "—") else None
        rows.append(
            {
                "code": code,
                "soc_code": soc_code,
                "title": row["Title"],
                "description": row["Description"],
                "job_zone": zones.get(code),
                "soc_title": detailed.get("title"),
                "broad_code": broad.get("code"),
                "broad_title": broad.get("title"),
                "minor_code": minor.get("code"),
                "minor_title": minor.get("title"),
                "major_code": major.get("code"),
                "major_title": major.get("title"),
                "nem_code": crosswalk[3] if crosswalk else soc_code,
                "ooh_title": crosswalk[6] if ooh_url else None,
                "ooh_url": ooh_url,
                "source": "onet_30_1",
            }
        )
    db["occupations"].insert_all(rows, pk="code")
    db["occupations"].create_index(["soc_code"])
    return rows


def build_titles(db, occupations, profiles):
    """Every name an occupation goes by, each a row linked to its occupation."""
    rows = []

    def add(title, code, soc_code, kind, source):
        for form in variants(title):
            if key(form):
                rows.append(
                    {
                        "title": form,
                        "key": key(form),
                        "bag": bag(form),
                        "code": code,
                        "soc_code": soc_code,
                        "kind": kind,
                        "source": source,
                    }
                )

    for occupation in occupations:
        add(occupation["title"], occupation["code"], occupation["soc_code"], "official", "onet_30_1")
    for row in read_onet("Alternate Titles.txt"):
        code = row["O*NET-SOC Code"]
        add(row["Alternate Title"], code, code[:7], "alternate", "onet_30_1")
        if row["Short Title"]:
            add(row["Short Title"], code, code[:7], "short", "onet_30_1")
    for row in read_onet("Sample of Reported Titles.txt"):
        code = row["O*NET-SOC Code"]
        add(row["Reported Job Title"], code, code[:7], "reported", "onet_30_1")
    # OEWS/SOC titles name SOC occupations; link each to its O*NET occupations.
    by_soc = {}
    for occupation in occupations:
        by_soc.setdefault(occupation["soc_code"], []).append(occupation["code"])
    for row in read_table("bls_oews/oe_occupation.csv"):
        for code in by_soc.get(row["occupation_code"][:2] + "-" + row["occupation_code"][2:], []):
            add(row["occupation_name"], code, code[:7], "soc", "oews_2025")
    for profile in profiles:
        add(profile["title"], profile["onet_code"], profile["soc_code"], "article", profile["facts"][0]["source"])
    unique = {(r["title"], r["code"], r["kind"]): r for r in rows}
    db["titles"].insert_all(unique.values(), pk="id")
    db["titles"].create_index(["key"])
    db["titles"].create_index(["code"])
    db["titles"].enable_fts(["title"], tokenize="porter")


def wage_row(row, source):
    out = {
        "soc_code": row["OCC_CODE"],
        "occupation_title": row["OCC_TITLE"],
        "soc_level": row["O_GROUP"],
        "area_code": row["AREA"],
        "area_title": row["AREA_TITLE"],
        "area_type": row["AREA_TYPE"],
        "state": row["PRIM_STATE"],
    }
    out.update({ours: number(row[theirs]) for theirs, ours in WAGE_COLUMNS.items()})
    notes = dict(pair.split(":") for pair in row["FOOTNOTES"].split(";") if ":" in pair)
    out["top_coded"] = ",".join(WAGE_COLUMNS[c] for c, n in notes.items() if n == "5") or None
    out["not_released"] = ",".join(WAGE_COLUMNS[c] for c, n in notes.items() if n == "8") or None
    form = {c[0] for c, n in notes.items() if n == "4"}
    out["wage_form"] = "annual only" if form == {"H"} else "hourly only" if form == {"A"} else None
    out["source"] = source
    return out


def build_wages(db):
    for path in ("oews_national_M2025.csv", "oews_state_M2025.csv.gz", "oews_metro_nonmetro_M2025.csv.gz"):
        insert(db["wages"], (wage_row(r, "oews_2025") for r in read_table(f"bls_oews/{path}")), columns=WAGE_TYPES)
    db["wages"].create_index(["soc_code", "area_type"])
    db["wages"].create_index(["area_code", "soc_code"])

    def industry_rows():
        for row in read_table("bls_oews/oews_national_industry_M2025.csv.gz"):
            out = wage_row(row, "oews_2025")
            for dropped in ("area_code", "area_title", "area_type", "state"):
                del out[dropped]
            out.update(naics=row["NAICS"], naics_title=row["NAICS_TITLE"], naics_level=int(row["NAICS_LEVEL"]))
            yield out

    insert(db["industry_wages"], industry_rows(), columns=WAGE_TYPES)
    db["industry_wages"].create_index(["soc_code"])
    db["industry_wages"].create_index(["naics", "soc_code"])
    db["areas"].insert_all(
        (
            {
                "area_code": r["area_code"],
                "area_type": r["areatype_code"],
                "state_fips": r["state_code"],
                "name": r["area_name"],
            }
            for r in read_table("bls_oews/oe_area.csv")
        ),
        pk="area_code",
    )
    db["footnotes"].insert_all(
        (
            {"code": int(r["footnote_code"]), "text": r["footnote_text"], "source": "oews_2025"}
            for r in read_table("bls_oews/oe_footnote.csv")
        ),
        pk="code",
    )


def build_outlook(db):
    header, rows = read_sheet("bls_ep/occupation.xlsx", "Table 1.2", 1)
    base_year, projected_year = year(header[3]), year(header[4])  # "Employment, 2024", "Employment, 2034"
    out = []
    for row in rows:
        if not row[1] or not str(row[1])[:2].isdigit():
            continue  # notes under the table
        out.append(
            {
                "nem_code": row[1],
                "title": row[0].strip(),
                "occupation_type": row[2],
                "base_year": base_year,
                "projected_year": projected_year,
                "employment_base_thousands": number(row[3]),
                "employment_projected_thousands": number(row[4]),
                "change_thousands": number(row[7]),
                "change_percent": number(row[8]),
                "self_employed_percent": number(row[9]),
                "openings_per_year_thousands": number(row[10]),
                "median_wage": None if top_coded(row[11]) else number(row[11]),
                "median_wage_top_coded": top_coded(row[11]),
                "entry_education": none_if_dash(row[12]),
                "work_experience": none_if_dash(row[13]),
                "on_the_job_training": none_if_dash(row[14]),
                "source": "ep_2024_34",
            }
        )
    db["outlook"].insert_all(out, pk="nem_code")


def year(heading):
    return int(re.search(r"(\d{4})\s*$", heading).group(1))


def top_coded(value):
    """EP prints wages at or above the OEWS ceiling as '>=$239200'."""
    return isinstance(value, str) and value.startswith(">=")


def none_if_dash(value):
    return None if value in (None, "—", "–", "-") else value


def build_education(db):
    labels = {
        (r["Scale ID"], r["Category"]): r["Category Description"]
        for r in read_onet("Education, Training, and Experience Categories.txt")
    }
    rows = (
        {
            "code": r["O*NET-SOC Code"],
            "scale": r["Scale ID"],
            "scale_name": r["Element Name"],
            "category": int(r["Category"]),
            "label": labels[(r["Scale ID"], r["Category"])],
            "percent": float(r["Data Value"]),
            "suppress": r["Recommend Suppress"] == "Y",
            "date": r["Date"],
            "source": "onet_30_1",
        }
        for r in read_onet("Education, Training, and Experience.txt")
        if r["Category"]
    )
    db["education"].insert_all(rows, batch_size=5000)
    db["education"].create_index(["code", "scale"])
    db["job_zones"].insert_all(
        (
            {
                "zone": int(r["Job Zone"]),
                "name": r["Name"],
                "experience": r["Experience"],
                "education": r["Education"],
                "job_training": r["Job Training"],
                "examples": r["Examples"],
                "source": "onet_30_1",
            }
            for r in read_onet("Job Zone Reference.txt")
        ),
        pk="zone",
    )
    db["majors"].insert_all(
        {
            "soc_code": r["SOC2018Code"],
            "cip_code": r["CIP2020Code"],
            "major": r["CIP2020Title"].rstrip("."),
            "source": "cip_soc_2020",
        }
        for r in read_table("crosswalks/CIP2020_SOC2018_Crosswalk.csv")
        if r["SOC2018Code"][:2] != "99"
    )
    db["majors"].create_index(["soc_code"])


def build_skills(db):
    def ratings(path, kind, source):
        pairs = {}
        for r in read_onet(path):
            row = pairs.setdefault(
                (r["O*NET-SOC Code"], r["Element ID"]),
                {
                    "code": r["O*NET-SOC Code"],
                    "kind": kind,
                    "element_id": r["Element ID"],
                    "name": r["Element Name"],
                    "importance": None,
                    "level": None,
                    "not_relevant": False,
                    "suppress": False,
                    "date": r["Date"],
                    "source": source,
                },
            )
            # O*NET recommends suppressing estimates too imprecise to show (Recommend Suppress = Y).
            row["suppress"] = row["suppress"] or r.get("Recommend Suppress") == "Y"
            if r["Scale ID"] == "IM":
                row["importance"] = float(r["Data Value"])
            else:
                row["level"] = float(r["Data Value"])
                row["not_relevant"] = r["Not Relevant"] == "Y"
        return pairs.values()

    db["skills"].insert_all(ratings("onet_xlsx_30x/Skills.tsv.gz", "skill", "onet_30_1"))
    db["skills"].insert_all(ratings("onet_xlsx_29_0/Knowledge.tsv.gz", "knowledge", "onet_29_0"))
    db["skills"].create_index(["code", "kind"])
    db["technology"].insert_all(
        {
            "code": r["O*NET-SOC Code"],
            "example": r["Example"],
            "commodity_code": r["Commodity Code"],
            "commodity": r["Commodity Title"],
            "hot": r["Hot Technology"] == "Y",
            "in_demand": r["In Demand"] == "Y",
            "source": "onet_30_1",
        }
        for r in read_onet("Technology Skills.txt")
    )
    db["technology"].create_index(["code"])


def build_duties(db):
    rows = sorted(
        read_onet("Task Statements.txt"),
        key=lambda r: (r["O*NET-SOC Code"], r["Task Type"] != "Core", -float(r["Incumbents Responding"] or 0)),
    )
    db["tasks"].insert_all(
        (
            {
                "code": r["O*NET-SOC Code"],
                "task_id": int(r["Task ID"]),
                "task": r["Task"],
                "task_type": r["Task Type"],
                "date": r["Date"],
                "source": "onet_30_1",
            }
            for r in rows
        ),
        pk="task_id",
    )
    db["tasks"].create_index(["code"])
    db["related"].insert_all(
        {
            "code": r["O*NET-SOC Code"],
            "related_code": r["Related O*NET-SOC Code"],
            "tier": r["Relatedness Tier"],
            "rank": int(r["Index"]),
            "source": "onet_30_1",
        }
        for r in read_onet("Related Occupations.txt")
    )
    db["related"].create_index(["code"])
    db["interests"].insert_all(
        {
            "code": r["O*NET-SOC Code"],
            "interest": r["Element Name"],
            "score": float(r["Data Value"]),
            "source": "onet_30_1",
        }
        for r in read_onet("Interests.txt")
        if r["Scale ID"] == "OI"
    )
    db["interests"].create_index(["code"])
    # Work styles (reworked in 30.1, rated by AI and experts): how much each matters to doing the job well.
    styles = {}
    for r in read_onet("Work Styles.txt"):
        row = styles.setdefault(
            (r["O*NET-SOC Code"], r["Element Name"]),
            {
                "code": r["O*NET-SOC Code"],
                "style": r["Element Name"],
                "rated_by": r["Domain Source"],
                "source": "onet_30_1",
            },
        )
        row["impact" if r["Scale ID"] == "WI" else "distinctiveness"] = float(r["Data Value"])
    db["work_styles"].insert_all(styles.values())
    db["work_styles"].create_index(["code"])


CPS_TABLES = {  # file -> (source id, {column index: measure})
    "bls_cps/cpsaat11.xlsx": (
        "cps_2022",
        {
            1: "employed_thousands",
            2: "percent_women",
            3: "percent_white",
            4: "percent_black",
            5: "percent_asian",
            6: "percent_hispanic",
        },
    ),
    "bls_cps/cpsaat11b.xlsx": (
        "cps_2025",
        {
            1: "employed_thousands",
            2: "age_16_19_thousands",
            3: "age_20_24_thousands",
            4: "age_25_34_thousands",
            5: "age_35_44_thousands",
            6: "age_45_54_thousands",
            7: "age_55_64_thousands",
            8: "age_65_plus_thousands",
            9: "median_age",
        },
    ),
}


def build_demographics(db):
    """CPS figures are keyed by Census occupation titles; the committed map links each
    to the SOC codes it covers, and a figure for several codes is marked as a group's."""
    mapping = {r["census_title"]: r["soc_codes"].split() for r in read_table("cps_census_to_soc.csv")}
    rows, links = [], []
    for path, (source, measures) in CPS_TABLES.items():
        _, sheet = read_sheet(path)
        for row in sheet:
            title = (row[0] or "").strip()
            codes = mapping.get(title)
            if not codes:
                continue
            for column, measure in measures.items():
                value = number(row[column])
                if value is not None:
                    rows.append({"census_title": title, "measure": measure, "value": value, "source": source})
    for title, codes in mapping.items():
        for soc_code in codes:
            links.append(
                {
                    "soc_code": soc_code,
                    "census_title": title,
                    "group_soc_codes": " ".join(codes) if len(codes) > 1 else None,
                }
            )
    db["demographics"].insert_all(rows)
    db["demographics"].create_index(["census_title"])
    db["demographic_groups"].insert_all(links)
    db["demographic_groups"].create_index(["soc_code"])


def load_profiles():
    return yaml.safe_load(read_text("articles.yml"))["profiles"]


def build_profiles(db, profiles):
    """The source articles' title-level profiles, each fact with its source."""
    for profile in profiles:
        name = profile["title"]
        db["profiles"].insert(
            {
                "title": name,
                "key": key(name),
                "code": profile["onet_code"],
                "soc_code": profile["soc_code"],
                "link_note": profile["link_note"],
            },
            pk="title",
        )
        db["profile_facts"].insert_all(
            {
                "profile": name,
                "fact": f["fact"],
                "number": numeric(f.get("value")),
                "value": None if numeric(f.get("value")) is not None else f.get("value"),
                "unit": f.get("unit"),
                "share": f.get("share"),
                "low": f.get("low"),
                "high": f.get("high"),
                "text": f.get("text"),
                "period": f.get("period"),
                "group_title": f.get("group"),
                "source": f["source"],
            }
            for f in profile["facts"]
        )
        for kind in ("skills", "responsibilities", "related_careers"):
            db["profile_items"].insert_all(
                {
                    "profile": name,
                    "kind": kind,
                    "position": i,
                    "text": item.get("name") or item.get("text") or item.get("title"),
                    "share": item.get("share"),
                    "source": item["source"],
                }
                for i, item in enumerate(profile.get(kind) or [])
            )


def numeric(value):
    return value if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def stamp_periods(db):
    """Every fact row carries its reference period beside its source id."""
    for table in db.tables:
        if "source" in table.columns_dict and table.name != "sources":
            if "period" not in table.columns_dict:
                table.add_column("period", str)
            db.execute(
                f"UPDATE [{table.name}] SET period = coalesce(period, "
                f"(SELECT period FROM sources WHERE sources.id = [{table.name}].source))"
            )


def sources_digest():
    """SHA-256 over the source files and the code that turns them into the database."""
    digest = hashlib.sha256()
    files = sorted(p for p in SRC.rglob("*") if p.is_file())
    files += [HERE / name for name in ("build.py", "text.py", "catalog.py")]
    for path in files:
        digest.update(str(path.relative_to(HERE)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def built_digest(path):
    """The sources digest an existing database was built from, or None."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return conn.execute("SELECT sources_sha256 FROM build_info").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return None


def build(path=DEFAULT_DB):
    path = Path(path)
    partial = path.with_suffix(".building")
    partial.unlink(missing_ok=True)
    db = sqlite_utils.Database(partial)
    db.execute("PRAGMA journal_mode = OFF")
    db.execute("PRAGMA synchronous = OFF")
    profiles = load_profiles()
    build_sources(db)
    occupations = build_occupations(db)
    build_titles(db, occupations, profiles)
    build_wages(db)
    build_outlook(db)
    build_education(db)
    build_skills(db)
    build_duties(db)
    build_demographics(db)
    build_profiles(db, profiles)
    stamp_periods(db)
    db["build_info"].insert(
        {"sources_sha256": sources_digest(), "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
    )
    db.conn.commit()
    db.vacuum()  # stamp_periods rewrote every row: give the free pages back
    db.close()
    os.replace(partial, path)
    return path


def main(argv):
    if_changed = "--if-changed" in argv
    paths = [a for a in argv if a != "--if-changed"]
    path = Path(paths[0] if paths else DEFAULT_DB)
    if if_changed and path.exists() and built_digest(path) == sources_digest():
        print(f"{path} is up to date with its sources")
        return
    started = time.perf_counter()
    build(path)
    print(f"built {path} in {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main(sys.argv[1:])
