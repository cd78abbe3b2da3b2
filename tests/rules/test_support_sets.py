"""Hand-written should-flag / should-not sets for the support-practice rules (issue 30), written
before each rule was built: a rule must flag at least 80% of its should_flag examples and none
of its should_not (nor, for reply-only rules, its article_not examples linted as an article)."""

from pathlib import Path

import pytest
import yaml

from plhelpers import DATA, lint_text

SETS = sorted((DATA / "support").glob("*.yaml"))
MIN_RECALL = 0.8
MIN_EXAMPLES = 20


def load(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def flags(data: dict, text: str, config: dict | None = None) -> bool:
    config = data.get("config") if config is None else config
    return any(f.rule == data["rule"] for f in lint_text(text, data.get("path", "doc.md"), config))


@pytest.mark.parametrize("path", SETS, ids=lambda p: p.stem)
def test_set_is_big_enough(path):
    data = load(path)
    assert len(data["should_flag"]) >= MIN_EXAMPLES and len(data["should_not"]) >= MIN_EXAMPLES


@pytest.mark.parametrize("path", SETS, ids=lambda p: p.stem)
def test_should_flag_recall(path):
    data = load(path)
    missed = [text for text in data["should_flag"] if not flags(data, text)]
    recall = 1 - len(missed) / len(data["should_flag"])
    assert recall >= MIN_RECALL, f"recall {recall:.2f}; missed: {missed}"


@pytest.mark.parametrize("path", SETS, ids=lambda p: p.stem)
def test_should_not_is_quiet(path):
    data = load(path)
    alarms = [text for text in data["should_not"] if flags(data, text)]
    alarms += [f"(article) {text}" for text in data.get("article_not", [])
               if flags(data, text, {"kind": "article"})]
    assert not alarms, alarms


def test_health_report_counts_the_support_practice_rules(tmp_path):
    """`plainlint report` counts the support-practice rules (issues 30 and 31) per rule and
    category like any other (the examples trigger each of them)."""
    import json

    from plhelpers import ROOT, run_cli

    out = tmp_path / "report.html"
    result = run_cli(["report", "examples", "-o", str(out)], ROOT)
    assert result.returncode == 0, result.stderr
    data = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    counted = set()
    for document in data["documents"]:
        counted |= set(document["by_rule"])
    # undefined-acronym is off by default since session 13 (README, Default severities from the labels).
    rules = {"PL410": "sensory-directions", "PL208": "bad-news-tone",
             "PL209": "hold-without-asking", "PL210": "no-way-forward", "PL211": "unowned-commitment",
             "PL212": "dead-end"}
    assert set(rules.values()) <= counted
    html = out.read_text(encoding="utf-8")
    assert all(code in html for code in rules)
