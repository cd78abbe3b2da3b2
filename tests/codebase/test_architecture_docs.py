"""ARCHITECTURE.md and CONTRIBUTING.md name real code: every path and every dotted name must exist.

A path is any backticked `plainlint/...`, `rulesets/...`, `scripts/...`, `tests/...`, `docs/...`,
`examples/...`, `schema/...` or `benchmarks/...`; a dotted name is any backticked `a.b[.c...]` that
is not a file name. Dotted names resolve from the `plainlint` package (`engine.lint_source` is
`plainlint.linting.engine.lint_source`), or from the top when they start with `plainlint.`.
"""

from __future__ import annotations

import importlib
import re

import pytest

from plhelpers import ROOT

DOCS = ("ARCHITECTURE.md", "CONTRIBUTING.md")
PATH_ROOTS = ("plainlint/", "rulesets/", "scripts/", "tests/", "docs/", "examples/", "schema/", "benchmarks/")
FILE_SUFFIXES = (".py", ".md", ".yaml", ".yml", ".json", ".toml", ".tsv", ".txt", ".html", ".hbs", ".css", ".js")
DOTTED = re.compile(r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+")


def backticked(text: str) -> list[str]:
    return re.findall(r"`([^`\n]+)`", text)


def named_paths(text: str) -> list[str]:
    return [span.rstrip("/") for span in backticked(text)
            if span.startswith(PATH_ROOTS) and " " not in span and not re.search(r"[<>*{}]|NAME|\.\.\.", span)]


def named_objects(text: str) -> list[str]:
    return [span for span in backticked(text)
            if DOTTED.fullmatch(span) and not span.endswith(FILE_SUFFIXES)]


def resolves(dotted: str) -> bool:
    """`engine.lint_source`, `rules.base.Rule.check` or `plainlint.output.rule_pages`: the longest importable module
    prefix, then attributes."""
    name = dotted if dotted.startswith("plainlint.") or dotted == "plainlint" else f"plainlint.{dotted}"
    parts = name.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            value = importlib.import_module(".".join(parts[:cut]))
        except ModuleNotFoundError:
            continue
        try:
            for attribute in parts[cut:]:
                value = getattr(value, attribute)
        except AttributeError:
            return False
        return True
    return False


@pytest.mark.parametrize("name", DOCS)
def test_doc_exists_and_names_code(name):
    text = (ROOT / name).read_text(encoding="utf-8")
    assert named_paths(text) and named_objects(text), f"{name} names no code: the checks below would pass vacuously"


@pytest.mark.parametrize("name", DOCS)
def test_every_named_path_exists(name):
    text = (ROOT / name).read_text(encoding="utf-8")
    missing = [path for path in named_paths(text) if not (ROOT / path).exists()]
    assert missing == [], f"{name} names paths that do not exist: {missing}"


@pytest.mark.parametrize("name", DOCS)
def test_every_named_function_exists(name):
    text = (ROOT / name).read_text(encoding="utf-8")
    missing = [dotted for dotted in named_objects(text) if not resolves(dotted)]
    assert missing == [], f"{name} names code that does not exist: {missing}"


def test_the_checks_catch_a_wrong_name():
    assert resolves("linting.engine.lint_source") and resolves("rules.base.Rule.check") and resolves("plainlint.output.rule_pages")
    assert not resolves("linting.engine.no_such_function") and not resolves("nosuchmodule.thing")
    assert named_paths("see `plainlint/nowhere.py` and `plainlint/rules/`") == ["plainlint/nowhere.py", "plainlint/rules"]
    assert named_objects("`report.json`, `linting.engine.run_rules`, `.plainlint.yaml`") == ["linting.engine.run_rules"]
