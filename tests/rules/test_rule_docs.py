"""Every rule documents itself, and its documented examples behave as documented."""

import pytest

from plainlint.output.explain import explain_text
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
    if rule.code < "PL900":
        assert rule.bad and rule.good, "a lint rule shows what it flags and what to write instead"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_explain_shows_what_the_rule_declares(rule):
    """`explain` prints the rule's own rationale, every example and every option, not just a heading."""
    text = " ".join(explain_text(rule).split())
    assert " ".join(rule.rationale.split()) in text
    for example in (*rule.bad, *rule.good):
        assert " ".join(example.split()) in text, example
    for key in rule.options:
        assert f"{key} (default" in text


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


@pytest.mark.parametrize("rule", [r for r in RULES if r.bad], ids=lambda r: r.name)
def test_bad_examples_are_flagged_beside_the_other_rules(rule):
    """What a user pasting `plainlint explain`'s example into a file sees: the default rules run
    too (plus this one, if off by default), and none of them hides this rule's finding."""
    path = "example.md" if rule.example_format == "markdown" else f"example.{rule.example_format}"
    for example in rule.bad:
        found = lint_text(example, path, {"extend-select": [rule.code]})
        assert any(f.rule == rule.name for f in found), (example, [f.rule for f in found])



@pytest.mark.parametrize("rule", [r for r in RULES if r.good], ids=lambda r: r.name)
def test_good_examples_are_clean_beside_the_other_rules(rule):
    """`explain`'s "Use instead" is what to write: pasted into a file, no rule flags it, neither
    this one nor a default one (a bare URL in spelling's and terminology's examples was flagged by
    bare-url until rev22a)."""
    path = "example.md" if rule.example_format == "markdown" else f"example.{rule.example_format}"
    for example in rule.good:
        found = lint_text(example, path, {"extend-select": [rule.code]})
        assert not found, (example, [(f.rule, f.flagged) for f in found])

def test_codes_and_names_unique():
    assert len({r.code for r in RULES}) == len(RULES)
    assert len({r.name for r in RULES}) == len(RULES)


def test_rule_registry_refuses_a_duplicate_code_or_name():
    """all_rules() checks uniqueness itself, so the test above can only fail through this check."""
    from plainlint.rules import _check_unique

    jargon = next(r for r in RULES if r.name == "jargon")
    cliche = next(r for r in RULES if r.name == "cliche")
    with pytest.raises(RuntimeError, match="defined twice"):
        _check_unique([jargon, jargon])
    with pytest.raises(RuntimeError, match="defined twice"):
        clash = type("Clash", (type(cliche),), {"name": "jargon"})()
        _check_unique([jargon, clash])
