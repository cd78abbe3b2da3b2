"""Every rule documents itself, and its documented examples behave as documented."""

import pytest

from plainlint.explain import explain_text
from plainlint.rules import all_rules
from plainlint.rules.base import CATEGORIES, SEVERITIES
from plhelpers import lint_text

RULES = list(all_rules())


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_rule_metadata(rule):
    assert rule.code.startswith("PL") and len(rule.code) == 5
    assert rule.name == rule.name.lower() and " " not in rule.name
    assert rule.category in CATEGORIES
    assert rule.severity in SEVERITIES
    assert len(rule.rationale) > 120, "rationale should be a real paragraph"
    assert rule.summary
    text = explain_text(rule)
    assert rule.code in text and "Why it matters" in text


@pytest.mark.parametrize("rule", [r for r in RULES if r.bad], ids=lambda r: r.name)
def test_bad_examples_are_flagged_and_good_are_not(rule):
    path = "example.md" if rule.example_format == "markdown" else f"example.{rule.example_format}"
    # Notices report on other rules (a skipped language), so they run with the default selection.
    notice = rule.code >= "PL900"
    select = None if notice else [rule.code]
    config = {"extend-select": [rule.code]} if notice else None
    for example in rule.bad:
        assert any(f.rule == rule.name for f in lint_text(example, path, config, select)), example
    for example in rule.good:
        assert not any(f.rule == rule.name for f in lint_text(example, path, config, select)), example


def test_codes_and_names_unique():
    assert len({r.code for r in RULES}) == len(RULES)
    assert len({r.name for r in RULES}) == len(RULES)
