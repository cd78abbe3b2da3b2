"""Per-rule cases as data (tests/cases/<rule>.yaml): input, expected spans, fixed output.

Each case: name (flags_... / ignores_...), text, optional path (picks the reader), expect: a list
of [line, column, end_line, end_column] (exact, in order) for the rule, and optionally fixed:
the text after applying that rule's fixes (safe and unsafe). Real sentences come from
../shared/corpus; their sources are in tests/data/ATTRIBUTION.md.
"""

from pathlib import Path

import pytest
import yaml

from plainlint.fixer import apply_edits, select_edits
from plhelpers import lint_text

CASES = Path(__file__).parent / "cases"


def load_cases():
    for case_file in sorted(CASES.glob("*.yaml")):
        data = yaml.safe_load(case_file.read_text(encoding="utf-8"))
        rule = data["rule"]
        for case in data["cases"]:
            yield pytest.param(rule, case, id=f"{rule}:{case['name']}")


@pytest.mark.parametrize("rule, case", list(load_cases()))
def test_case(rule, case):
    findings = [f for f in lint_text(case["text"], case.get("path", "doc.md"), case.get("config")) if f.rule == rule]
    got = [[f.line, f.column, f.end_line, f.end_column] for f in findings]
    assert got == case.get("expect", []), [f.message for f in findings]
    if "flagged" in case:
        assert [" ".join(f.flagged.split()) for f in findings] == case["flagged"]
    if "fixed" in case:
        assert apply_edits(case["text"], select_edits(findings, unsafe=True)) == case["fixed"]
    if "message_contains" in case:
        assert all(case["message_contains"] in f.message for f in findings)
    if "suggestions" in case:
        assert [s for f in findings for s in f.suggestions] == case["suggestions"]


def test_every_rule_with_examples_has_a_case_file():
    from plainlint.rules import all_rules

    have = {yaml.safe_load(p.read_text(encoding="utf-8"))["rule"] for p in CASES.glob("*.yaml")}
    for rule in all_rules():
        if rule.bad and rule.code < "PL900":
            assert rule.name in have, f"{rule.name} has no tests/cases file"
