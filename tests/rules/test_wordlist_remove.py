"""`rules.RULE.remove` drops the built-in entry that flags a phrase. It once compared the phrase
with the entry's term as written in rulesets/, so 'in order to' (written '(in order to)') and
'utilized' (a form of the verb 'utilize') removed nothing and a typo was as silent."""

from pathlib import Path

import pytest

from plainlint.config import ConfigError, load_config
from plhelpers import lint_text

TEXT = "In order to pay, utilize the form. The impacted users were told.\n"


def jargon_flagged(remove: list[str]) -> list[str]:
    return [f.flagged for f in lint_text(TEXT, config={"rules": {"jargon": {"remove": remove}}})]


def test_a_phrase_the_rule_flags_removes_its_entry():
    assert jargon_flagged([]) == ["In order to", "utilize", "impacted"]
    assert jargon_flagged(["in order to"]) == ["utilize", "impacted"]
    assert jargon_flagged(["Impacted", "utilized"]) == ["In order to"]


def test_a_phrase_no_entry_flags_is_a_config_error(tmp_path: Path):
    config = tmp_path / ".plainlint.yaml"
    config.write_text("rules:\n  jargon:\n    remove: [utilze]\n", encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        load_config(config)
    assert ":3:13: error: rules.jargon.remove: 'utilze' is no term of the built-in jargon list " \
           "(did you mean 'utilize'?)" in str(raised.value)


def test_terminology_remove_turns_off_the_lower_case_and_word_class_checks():
    """'Internet' and 'setup' are flagged by checks of their own, not by list entries, and
    `rules.terminology.remove` once never reached them (a house style that keeps 'Internet'
    could only ignore the whole rule)."""
    text = "Use the Internet on your Iphone. You need to setup the app.\n"
    flagged = [f.flagged for f in lint_text(text)]
    assert flagged == ["Internet", "Iphone", "setup"]
    config = {"rules": {"terminology": {"remove": ["internet", "Setup"]}}}
    assert [f.flagged for f in lint_text(text, config=config)] == ["Iphone"]


@pytest.mark.parametrize("rule, text, entry", [
    ("blame", "You were sloppy today. You were sloppy.\n",
     {"term": "you were sloppy", "unless_before": "today", "unless_after": "never"}),
    ("vague-timeline", "We will fix it some day later. We will fix it some day.\n",
     {"term": "some day", "unless_before": "later", "unless_after": "never"}),
])
def test_unless_before_and_after_apply_in_every_word_list(rule, text, entry):
    """`unless_after` and `unless_before` are fields of every word list (README, 'Word lists'),
    but blame and vague-timeline replaced `keep` without calling the base class, so an entry of
    theirs that used them was flagged everywhere."""
    config = {"rules": {rule: {"add": [entry]}}}
    flagged = [(f.flagged, f.start) for f in lint_text(text, config=config) if f.rule == rule]
    assert len(flagged) == 1, flagged
    assert flagged[0][1] > text.index(".")
