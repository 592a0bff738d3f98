"""Ask the knowledge base from a terminal.

    python -m knowledge resolve "help desk tech"
    python -m knowledge show 15-1232
    python -m knowledge compare "electrician" "plumber"
"""
import argparse
import sys

from . import KnowledgeBase, UnknownOccupation


def money(value, hourly=False):
    if value is None:
        return "n/a"
    return f"${value:,.2f}/hour" if hourly else f"${value:,.0f}"


def cite(source):
    return f"{source['short']}, {source['period']}"


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
    o = p["occupation"]
    print(f"{o['title']} ({o['code']}, SOC {o['soc_code']})\n{o['description']}\n")
    pay = p["pay"]
    if pay["figures"]:
        f = pay["figures"]
        group = f" [figures for {pay['soc_title']}]" if pay["level"] != "detailed" else ""
        print(f"Pay ({cite(pay['source'])}){group}: median {money(f['annual_median'])} a year, "
              f"{money(f['hourly_median'], True)}; mean {money(f['annual_mean'])}; "
              f"10th-90th percentile {money(f['annual_p10'])}-{money(f['annual_p90'])}; "
              f"employment {f['employment']:,}" if f["employment"] else "")
    else:
        print(f"Pay: {cite(pay['source'])} publishes no wage estimate for this occupation.")
    out = p["outlook"]["figures"]
    if out:
        print(f"Outlook ({cite(p['outlook']['source'])}): {out['change_percent']:+.1f}% "
              f"employment change, {out['openings_per_year_thousands'] * 1000:,.0f} openings a year")
    e = p["education"]
    print(f"Entry education ({cite(e['entry_source'])}): {e['entry_education'] or 'n/a'}; "
          f"experience: {e['work_experience'] or 'n/a'}; training: {e['on_the_job_training'] or 'n/a'}")
    if e["majors"]:
        print(f"Majors ({cite(e['majors_source'])}): " + "; ".join(e["majors"][:5]))
    print(f"Skills ({cite(p['skills']['source'])}): " + ", ".join(s["name"] for s in p["skills"]["skills"]))
    print("Duties:\n" + "\n".join(f"  - {t['task']}" for t in p["duties"]["tasks"]))
    print("Related: " + ", ".join(r["title"] for r in p["related"]["related"]))
    d = p["demographics"]
    if d["census_title"]:
        m = {k: v["value"] for k, v in d["measures"].items()}
        group = f" (group: {d['census_title']})" if d["group"] else ""
        print(f"Demographics (BLS CPS){group}: median age {m.get('median_age', 'n/a')} (2025), "
              f"women {m.get('percent_women', 'n/a')}% (2022)")
    return 0


def cmd_compare(kb, args):
    c = kb.compare(*args.occupations)
    for row in c["occupations"]:
        print(f"{row['title']} ({row['code']}): median {money(row['pay'])}; "
              f"growth {row['change_percent'] if row['change_percent'] is not None else 'n/a'}%; "
              f"entry: {row['entry_education'] or 'n/a'}; skills: {', '.join(row['top_skills'])}")
    if c["winner"]:
        print(f"{c['winner']} pays more, by {money(c['gap'])} a year (median, {cite(c['sources'][0])}).")
    return 0


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m knowledge", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", help="path to occupations.db")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("resolve", help="rank the occupations a title may mean").add_argument("text")
    commands.add_parser("show", help="everything about one occupation").add_argument("occupation")
    commands.add_parser("compare", help="occupations side by side").add_argument("occupations", nargs="+")
    args = parser.parse_args(argv)
    kb = KnowledgeBase(args.db) if args.db else KnowledgeBase()
    try:
        return {"resolve": cmd_resolve, "show": cmd_show, "compare": cmd_compare}[args.command](kb, args)
    except UnknownOccupation as error:
        candidates = error.resolution.candidates if error.resolution else []
        if error.resolution and error.resolution.status == "ambiguous":
            print(f"{error.text!r} could mean several occupations; pick a code:", file=sys.stderr)
        else:
            print(f"I don't know an occupation called {error.text!r}."
                  + (" Near ones:" if candidates else ""), file=sys.stderr)
        for c in candidates:
            print(f"  {c.code}  {c.title}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
