"""The command line, as a person would use it."""

import subprocess
import sys

from . import expected as E


def cli(*args):
    done = subprocess.run([sys.executable, "-m", "knowledge", *args], capture_output=True, text=True, timeout=60)
    return done.returncode, done.stdout, done.stderr


def test_resolve_prints_ranked_candidates_one_a_line():
    code, out, _ = cli("resolve", "help desk tech")
    assert code == 0
    assert out.splitlines()[0].startswith("15-1232  15-1232.00  Computer User Support Specialists")
    assert "confidence 1.00" in out


def test_resolve_an_ambiguous_title():
    code, out, _ = cli("resolve", "technician")
    assert code == 0 and out.startswith("# ambiguous") and len(out.splitlines()) >= 4


def test_resolve_no_match():
    code, out, _ = cli("resolve", "")
    assert code == 1 and out.startswith("no match")


def test_show_prints_figures_with_sources():
    code, out, _ = cli("show", "15-1232")
    assert code == 0
    assert f"median {E.annual(E.HELP_DESK)} a year, {E.hourly(E.HELP_DESK)}" in out and "(BLS OEWS, May 2025)" in out
    assert f"{E.projected(E.HELP_DESK)['change_percent']:+.1f}% employment change" in out


def test_compare_names_the_winner():
    code, out, _ = cli("compare", "electrician", "plumber")
    assert code == 0
    gap = E.dollars(E.wage(E.PLUMBERS) - E.wage(E.ELECTRICIANS))
    assert f"Plumbers, Pipefitters, and Steamfitters pays more, by {gap} a year" in out


def test_show_unknown_title_suggests_near_ones():
    code, _, err = cli("show", "dragon tamer")
    assert code == 1 and "I don't know an occupation called 'dragon tamer'" in err and "Animal Trainers" in err
