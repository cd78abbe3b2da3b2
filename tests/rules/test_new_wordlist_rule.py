"""scripts/new_wordlist_rule.py builds a word-list rule end to end, and never one that passes vacuously.

The end-to-end test copies what a rule touches (the package, rulesets, docs, schema, examples, case
files, README) into a temporary folder, runs the scaffold there and lints a sentence with the new
rule, running plainlint from the copy's own sources.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import pytest

import yaml

from plhelpers import ROOT, script_module

COPIED = ("plainlint", "rulesets", "schema", "docs", "examples", "tests/cases", "scripts/new_wordlist_rule.py",
          "README.md")
scaffold = script_module("scripts/new_wordlist_rule.py")


def markers_in(root) -> list[str]:
    """Files still holding the scaffold's TODO marker: the rule is not finished."""
    places = [root / "README.md", *(root / "plainlint" / "rules").glob("*.py"), *(root / "rulesets").glob("*.yaml"),
              *(root / "tests" / "cases").glob("*.yaml"), *(root / "examples").rglob("*.*"),
              *(root / "docs" / "rules").glob("*.md")]
    return sorted(str(p.relative_to(root)) for p in places
                  if p.is_file() and scaffold.MARKER in p.read_text(encoding="utf-8", errors="replace"))


def copy_repo(tmp_path):
    for name in COPIED:
        source, target = ROOT / name, tmp_path / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.is_dir():
            shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, target)
    return tmp_path


def run_in(root, *args, stdin=None):
    return subprocess.run([sys.executable, *args], cwd=root, input=stdin, capture_output=True, text=True,
                          timeout=120, check=False)


def plainlint_in(root, *args, stdin=None):
    return run_in(root, "-c", scaffold.LAUNCH, str(root), "plainlint", *args, stdin=stdin)


def test_no_scaffold_marker_is_left_in_the_repository():
    assert markers_in(ROOT) == [], "fill every TODO(new_wordlist_rule) marker the scaffold wrote"


@pytest.mark.process
def test_scaffold_builds_a_working_rule_end_to_end(tmp_path):
    root = copy_repo(tmp_path)
    done = run_in(root, "scripts/new_wordlist_rule.py", "filler-phrase", "PL299", "tone",
                  "Filler phrases that add words and no meaning", "--term", "at the end of the day",
                  "--use", "in short", "--bad", "At the end of the day, the refund goes to your card.",
                  "--good", "The refund goes to your card within 5 days.")
    assert done.returncode == 0, done.stderr
    checked = plainlint_in(root, "check", "--no-cache", "--format", "json", "--stdin-filename", "reply.md", "-",
                           stdin="Thanks for waiting. At the end of the day, we refund the order.\n")
    found = [(f["rule"], f["line"], f["column"]) for f in json.loads(checked.stdout)]
    assert ("filler-phrase", 1, 21) in found, checked.stderr
    cases = yaml.safe_load((root / "tests" / "cases" / "filler-phrase.yaml").read_text(encoding="utf-8"))
    assert [case["expect"] for case in cases["cases"]] == [[[1, 1, 1, 22]], []]
    assert "| PL299 | filler-phrase | tone |" in (root / "README.md").read_text(encoding="utf-8")
    assert (root / "docs" / "rules" / "PL299.md").is_file()
    assert plainlint_in(root, "check", "--no-cache", "--select", "PL299", "examples").returncode == 1
    for module, flag in (("plainlint.output.rule_pages", "--check"), ("plainlint.config.json_schema", "--check")):
        assert run_in(root, "-c", scaffold.LAUNCH, str(root), module, flag).returncode == 0, module
    # the rationale and the sources are left for the author: the repository test above fails until filled
    assert markers_in(root) == ["docs/rules/PL299.md", "plainlint/rules/filler_phrase.py",
                                "rulesets/filler-phrase.yaml", "tests/cases/filler-phrase.yaml"]


@pytest.mark.process
def test_scaffold_without_examples_writes_markers_that_fail(tmp_path):
    root = copy_repo(tmp_path)
    done = run_in(root, "scripts/new_wordlist_rule.py", "filler-phrase", "PL299", "tone", "Filler phrases")
    assert done.returncode == 0, done.stderr
    text = (root / "tests" / "cases" / "filler-phrase.yaml").read_text(encoding="utf-8")
    flags = yaml.safe_load(text)["cases"][0]
    assert flags["name"].startswith("flags_") and flags["expect"] == []  # rejected by test_rule_cases
    assert scaffold.MARKER in flags["text"]
    assert scaffold.MARKER in (root / "rulesets" / "filler-phrase.yaml").read_text(encoding="utf-8")


@pytest.mark.process
def test_scaffold_refuses_a_taken_code_or_a_bad_name(tmp_path):
    root = copy_repo(tmp_path)
    done = run_in(root, "scripts/new_wordlist_rule.py", "Filler Phrase", "PL101", "tone", "x")
    assert done.returncode == 2
    assert "code PL101 is taken" in done.stderr and "name 'Filler Phrase'" in done.stderr
    assert not (root / "rulesets" / "Filler Phrase.yaml").exists()


def test_readme_row_goes_in_code_order():
    table = "x\n| PL101 | a | b | c |\n| PL301 | d | e | f |\ny"
    assert scaffold.insert_readme_row(table, "| PL201 | n | t | w |", "PL201").split("\n")[2] == "| PL201 | n | t | w |"
    assert scaffold.insert_readme_row(table, "| PL001 | n | t | w |", "PL001").split("\n")[1] == "| PL001 | n | t | w |"
