"""The documentation says what the tree holds, and its examples run."""

import doctest
import re
import subprocess

import knowledge
from actions import registry
from knowledge.catalog import ONET_ATTRIBUTION

from .conftest import ROOT

README = (ROOT / "README.md").read_text()


def folded(text):
    return " ".join(text.split())


def tracked_folders():
    files = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    return {path.split("/")[0] for path in files.splitlines() if "/" in path and not path.startswith(".")}


def test_the_readme_layout_names_every_folder():
    layout = README[README.index("## Layout") :]
    for folder in tracked_folders():
        assert f"`{folder}/`" in layout, folder


def test_the_readme_names_every_kind_of_question_unit():
    layout = README[README.index("## Layout") :]
    for unit in registry.answers():
        module = type(unit).__module__.rsplit(".", 1)[-1]
        assert f"`{module}`" in layout, module


def test_knowledge_readme_names_every_module():
    text = (ROOT / "knowledge" / "README.md").read_text()
    for path in (ROOT / "knowledge").glob("*.py"):
        if path.name != "__init__.py":
            assert f"`{path.name}`" in text, path.name


def test_knowledge_readme_names_every_table():
    import sqlite3

    from knowledge.api import DEFAULT_DB

    text = (ROOT / "knowledge" / "README.md").read_text()
    with sqlite3.connect(DEFAULT_DB) as db:
        tables = [
            name
            for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if not name.startswith("titles_fts")
        ]
    for table in tables:
        assert f"`{table}`" in text, table


def test_the_readme_carries_the_onet_attribution_as_the_catalog_words_it():
    assert folded(ONET_ATTRIBUTION) in folded(README)


def test_the_knowledge_package_examples_run(kb):
    assert doctest.testmod(knowledge, raise_on_error=True).attempted >= 3


def test_the_readme_commands_exist_in_the_makefile():
    makefile = (ROOT / "Makefile").read_text()
    for target in set(re.findall(r"`make (\w+)`", README)):
        assert re.search(rf"^{target}:", makefile, re.M), target
