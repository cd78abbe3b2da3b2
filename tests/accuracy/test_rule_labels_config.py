"""scripts/rule_labels.py lints a labelled sample with only its rule, turned on (`info`) in a kind
where it is off by default, so its labels keep measuring what it reports when a team turns it on
(undefined-acronym is off in articles since session 12)."""

import pytest

from plhelpers import script_module


@pytest.fixture(scope="module")
def rule_labels():
    return script_module("scripts/rule_labels.py")


def test_a_rule_off_in_a_kind_is_scored_turned_on_there(rule_labels):
    assert rule_labels.rule_config("PL104") == {
        "select": ["PL104"], "kinds": {"article": {"rules": {"undefined-acronym": {"severity": "info"}}}}}


def test_a_kind_keeps_its_other_defaults_when_turned_on(rule_labels):
    config = rule_labels.rule_config("reading-level")
    assert config["kinds"]["reply"]["rules"]["reading-level"]["severity"] == "info"
    assert config["kinds"]["reply"]["rules"]["reading-level"]["document"] is False


def test_a_rule_on_everywhere_is_only_selected(rule_labels):
    assert rule_labels.rule_config("PL410") == {"select": ["PL410"]}


def test_an_unknown_rule_is_one_clear_line(rule_labels):
    with pytest.raises(SystemExit, match="unknown rule 'PL999'"):
        rule_labels.rule_config("PL999")
