"""assumptive's safe fixes never change meaning or grammar (issue 26): every safe fix is applied
to every sentence of the rule's tests, of its explain examples and of the labelled sample, and
the result must be the expected text a person checked (tests/data/assumptive/safe-fixes.yaml)."""

from pathlib import Path

import pytest
import yaml

from plainlint.fixing.fixer import apply_edits, select_edits
from plainlint.rules import find_rule
from plhelpers import ROOT, lint_text

HERE = (ROOT / "tests")
EXPECTED = yaml.safe_load((HERE / "data" / "assumptive" / "safe-fixes.yaml").read_text(encoding="utf-8"))
CASES = yaml.safe_load((HERE / "cases" / "assumptive.yaml").read_text(encoding="utf-8"))["cases"]


def safe_fixed(text: str) -> str:
    findings = lint_text(text + "\n", "sentence.md", None, select=["assumptive"])
    return apply_edits(text + "\n", select_edits(findings, unsafe=False)).rstrip("\n")


@pytest.mark.parametrize("item", EXPECTED, ids=[i["text"][:40] for i in EXPECTED])
def test_safe_fix_reads_right(item):
    assert safe_fixed(item["text"]) == item["fixed"]


def test_every_rule_test_sentence_is_checked():
    checked = {item["text"] for item in EXPECTED}
    rule = find_rule("assumptive")
    sentences = [c["text"].rstrip("\n") for c in CASES if not c.get("path") and not c.get("config")]
    sentences += list(rule.bad) + list(rule.good)
    missing = [s for s in sentences if s not in checked]
    assert not missing, f"add these with their expected safe-fix output to safe-fixes.yaml: {missing}"


def test_simply_put_keeps_its_meaning():
    """The bug of the issue: the safe fix turned 'Simply put, you're ...' into 'Put, you're ...'."""
    assert safe_fixed("Simply put, you're billed monthly.") == "Simply put, you're billed monthly."
