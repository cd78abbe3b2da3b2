"""Per-rule cases as data (tests/cases/<rule>.yaml): input, expected spans, fixed output.

A file may set `config` for all its cases (a case's own `config` replaces it). Each case: name
(flags_... / ignores_...), text, optional path (picks the reader), expect: a list
of [line, column, end_line, end_column] (exact, in order) for the rule, and optionally fixed:
the text after applying that rule's fixes (safe and unsafe), and severities: each finding's
severity, in order (a default that differs by kind or audience). Real sentences come from
../shared/corpus; their sources are in tests/data/ATTRIBUTION.md.
"""

from pathlib import Path

import pytest
import yaml

from plainlint.fixing.fixer import apply_edits, select_edits
from plhelpers import ROOT, lint_text

CASES = (ROOT / "tests" / "cases")
CASE_KEYS = {"name", "text", "path", "config", "expect", "flagged", "fixed", "message_contains", "suggestions",
             "severities"}


def case_file_problems(data: dict, rule_names: set[str]) -> list[str]:
    """What makes a case file pass vacuously: an unknown rule, a case with no `expect`, an unknown key
    (a misspelt `fixed` is never checked), or a name that says the opposite of its expectation."""
    if data.get("rule") not in rule_names:
        return [f"unknown rule {data.get('rule')!r}"]
    if unknown_top := set(data) - {"rule", "config", "cases"}:
        return [f"unknown top-level keys {sorted(unknown_top)}"]
    problems = []
    for case in data.get("cases") or [None]:
        if not isinstance(case, dict):
            problems.append("a case is not a mapping (or there are no cases)")
            continue
        name = case.get("name", "?")
        if "expect" not in case or "text" not in case:
            problems.append(f"{name}: needs both text and expect")
        if unknown := set(case) - CASE_KEYS:
            problems.append(f"{name}: unknown keys {sorted(unknown)}")
        if name.startswith("flags_") and not case.get("expect"):
            problems.append(f"{name}: a flags_ case must expect at least one finding")
        if name.startswith("ignores_") and case.get("expect"):
            problems.append(f"{name}: an ignores_ case must expect no finding")
    return problems


def load_cases():
    for case_file in sorted(CASES.glob("*.yaml")):
        data = yaml.safe_load(case_file.read_text(encoding="utf-8"))
        rule = data["rule"]
        for case in data["cases"]:
            config = case.get("config", data.get("config"))
            yield pytest.param(rule, {**case, "config": config}, id=f"{rule}:{case['name']}")


@pytest.mark.parametrize("rule, case", list(load_cases()))
def test_case(rule, case):
    findings = [f for f in lint_text(case["text"], case.get("path", "doc.md"), case.get("config")) if f.rule == rule]
    got = [[f.line, f.column, f.end_line, f.end_column] for f in findings]
    assert got == case["expect"], [f.message for f in findings]
    if "flagged" in case:
        assert [" ".join(f.flagged.split()) for f in findings] == case["flagged"]
    if "fixed" in case:
        assert apply_edits(case["text"], select_edits(findings, unsafe=True)) == case["fixed"]
    if "message_contains" in case:
        assert all(case["message_contains"] in f.message for f in findings)
    if "suggestions" in case:
        assert [s for f in findings for s in f.suggestions] == case["suggestions"]
    if "severities" in case:
        assert [f.severity for f in findings] == case["severities"]


def test_every_rule_with_examples_has_a_case_file():
    from plainlint.rules import all_rules

    have = {yaml.safe_load(p.read_text(encoding="utf-8"))["rule"] for p in CASES.glob("*.yaml")}
    for rule in all_rules():
        if rule.bad and rule.code < "PL900":
            assert rule.name in have, f"{rule.name} has no tests/cases file"


def test_case_files_cannot_pass_vacuously():
    from plainlint.rules import all_rules

    names = {rule.name for rule in all_rules()}
    problems = {
        path.name: found
        for path in sorted(CASES.glob("*.yaml"))
        if (found := case_file_problems(yaml.safe_load(path.read_text(encoding="utf-8")), names))
    }
    assert problems == {}


@pytest.mark.parametrize("data, problem", [
    ({"rule": "jargn", "cases": [{"name": "flags_x", "text": "t", "expect": [[1, 1, 1, 2]]}]}, "unknown rule"),
    ({"rule": "jargon", "cases": [{"name": "flags_x", "text": "t"}]}, "needs both text and expect"),
    ({"rule": "jargon", "cases": [{"name": "flags_x", "text": "t", "expect": [[1, 1, 1, 2]], "fixd": "u"}]},
     "unknown keys"),
    ({"rule": "jargon", "cases": [{"name": "flags_x", "text": "t", "expect": []}]}, "must expect at least one"),
    ({"rule": "jargon", "cases": [{"name": "ignores_x", "text": "t", "expect": [[1, 1, 1, 2]]}]},
     "must expect no finding"),
    ({"rule": "jargon", "cases": []}, "no cases"),
])
def test_case_file_checks_catch_each_vacuous_shape(data, problem):
    assert any(problem in found for found in case_file_problems(data, {"jargon"}))
