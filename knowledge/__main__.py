"""Ask the knowledge base from a terminal:

    python -m knowledge resolve "help desk tech"
    python -m knowledge show 15-1232
    python -m knowledge compare "electrician" "plumber"
    python -m knowledge top "jobs over $60k without a degree" --place Texas
    python -m knowledge top --by growth --field 29 --field 31 --limit 5

Every figure names its source and period; exit status 1 when no occupation is meant.
"""

import argparse
import sys
from dataclasses import replace

from . import KnowledgeBase, UnknownOccupation
from .criteria import read
from .formatting import hourly, jobs, money
from .lists import EDUCATION_LEVELS, RANKINGS, Criteria


def money_or_na(value, per_hour=False):
    if value is None:
        return "n/a"
    return hourly(value) if per_hour else money(value)


def cmd_resolve(kb, args):
    result = kb.resolve(args.text)
    if not result.candidates:
        print(f"no match ({result.note})")
        return 1
    if result.status != "sure":
        print(f"# {result.status}" + (f": {result.note}" if result.note else ""))
    for c in result.candidates:
        profile = f"  [article profile: {c.profile}]" if c.profile else ""
        print(f"{c.soc_code}  {c.code}  {c.title}  (matched '{c.matched}', confidence {c.confidence:.2f}){profile}")
    return 0


def cmd_show(kb, args):
    p = kb.profile(args.occupation)
    o = p.occupation
    print(f"{o.title} ({o.code}, SOC {o.soc_code})\n{o.description}\n")
    w = p.pay.wages
    if w:
        group = f" [figures for {w.soc_title}]" if w.level != "detailed" else ""
        print(
            f"Pay ({w.source.cite()}){group}: median {money_or_na(w.annual_median)} a year, "
            f"{money_or_na(w.hourly_median, True)}; mean {money_or_na(w.annual_mean)}; "
            f"10th-90th percentile {money_or_na(w.annual_p10)}-{money_or_na(w.annual_p90)}"
            + (f"; employment {w.employment:,}" if w.employment else "")
        )
    else:
        print(f"Pay: {p.pay.source.cite()} publishes no wage estimate for this occupation.")
    out = p.outlook.projection
    if out:
        print(
            f"Outlook ({out.source.cite()}): {out.change_percent:+.1f}% employment change, "
            f"{jobs(out.openings_per_year_thousands)} openings a year"
        )
    entry = p.education.entry
    if entry:
        print(
            f"Entry education ({entry.source.cite()}): {entry.education or 'n/a'}; "
            f"experience: {entry.work_experience or 'n/a'}; training: {entry.on_the_job_training or 'n/a'}"
        )
    majors = p.education.majors
    if majors.names:
        print(f"Majors ({majors.source.cite()}): " + "; ".join(majors.names[:5]))
    skills = p.skills.skills
    print(f"Skills ({skills.source.cite()}): " + ", ".join(s.name for s in skills.items))
    print("Duties:\n" + "\n".join(f"  - {t.task}" for t in p.duties.tasks))
    print("Related: " + ", ".join(r.title for r in p.related.related))
    d = p.demographics
    if d.census_title:
        group = f" (group: {d.census_title})" if d.group else ""
        figures = [
            f"{label} {d.measures[m].value}{unit} ({d.measures[m].source.cite()})"
            for m, label, unit in (("median_age", "median age", ""), ("percent_women", "women", "%"))
            if m in d.measures
        ]
        print(f"Demographics{group}: " + "; ".join(figures))
    return 0


def cmd_compare(kb, args):
    c = kb.compare(*args.occupations)
    for row in c.occupations:
        p = row.outlook.projection
        growth = f"{p.change_percent}%" if p and p.change_percent is not None else "n/a"
        print(
            f"{row.occupation.title} ({row.occupation.code}): median {money_or_na(row.median)}; "
            f"growth {growth}; entry: {(p and p.entry_education) or 'n/a'}; "
            f"skills: {', '.join(s.name for s in row.skills.skills.items)}"
        )
    if c.winner:
        print(
            f"{c.winner.occupation.title} pays more, by {money(c.gap)} a year (median, {c.winner.pay.source.cite()})."
        )
    return 0


def cmd_top(kb, args):
    stated = {k: v for k, v in vars(args).items() if k in Criteria.__dataclass_fields__ and v not in (None, [])}
    criteria = replace(read(args.text or "", args.place), **{**stated, "fields": tuple(args.field or ())})
    ranking = kb.rank(criteria)
    cited = "; ".join(s.cite() for s in ranking.sources)
    where = ranking.area.name if ranking.area else f"{args.place} (not a place BLS publishes)"
    order = " (lowest first)" if criteria.lowest else ""
    print(f"# by {criteria.by}{order} in {where} ({cited}): {ranking.qualified} qualify;")
    print(f"# {ranking.without_figure} more left out for want of a figure")
    for i, item in enumerate(ranking.items, criteria.offset + 1):
        growth = f"{item.change_percent:+.1f}%" if item.change_percent is not None else "n/a"
        pay = f"{money(ranking.cap.annual)}+" if item.pay_top_coded else money_or_na(item.annual_median)
        print(f"{i:3}. {item.soc_code}  {item.title}: median {pay}; growth {growth}; entry: {item.entry_education}")
    return 0 if ranking.items else 1


def main(argv=None):
    parser = argparse.ArgumentParser(
        prog="python -m knowledge", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", help="path to occupations.db")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("resolve", help="rank the occupations a title may mean").add_argument("text")
    commands.add_parser("show", help="everything about one occupation").add_argument("occupation")
    commands.add_parser("compare", help="occupations side by side").add_argument("occupations", nargs="+")
    top = commands.add_parser("top", help="occupations ranked and filtered")
    top.add_argument("text", nargs="?", help='a question: "fastest growing jobs without a degree"')
    top.add_argument("--by", choices=sorted(RANKINGS))
    top.add_argument("--lowest", action="store_true", default=None)
    top.add_argument("--place")
    top.add_argument("--field", action="append", help="SOC major group, first two digits (29)")
    top.add_argument("--min-pay", dest="min_pay", type=float)
    top.add_argument("--max-pay", dest="max_pay", type=float)
    top.add_argument("--education-at-most", dest="education_at_most", choices=EDUCATION_LEVELS)
    top.add_argument("--job-zone", dest="job_zone", type=int)
    top.add_argument("--limit", type=int)
    args = parser.parse_args(argv)
    kb = KnowledgeBase(args.db) if args.db else KnowledgeBase()
    try:
        commands = {"resolve": cmd_resolve, "show": cmd_show, "compare": cmd_compare, "top": cmd_top}
        return commands[args.command](kb, args)
    except UnknownOccupation as error:
        candidates = error.resolution.candidates if error.resolution else []
        if error.resolution and error.resolution.status == "ambiguous":
            print(f"{error.text!r} could mean several occupations; pick a code:", file=sys.stderr)
        else:
            print(
                f"I don't know an occupation called {error.text!r}." + (" Near ones:" if candidates else ""),
                file=sys.stderr,
            )
        for c in candidates:
            print(f"  {c.code}  {c.title}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
