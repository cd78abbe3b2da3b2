"""scripts/rule_labels.py lints a labelled sample with only its rule, turned on (`info`) in a kind
where it is off by default, so its labels keep measuring what it reports when a team turns it on
(reading-level is off in replies); a rule off by default is selected, so on in every kind."""

import pytest

from plhelpers import script_module


@pytest.fixture(scope="module")
def rule_labels():
    return script_module("scripts/rule_labels.py")


def test_a_rule_off_by_default_is_selected_and_so_on_in_every_kind(rule_labels):
    # undefined-acronym, off since session 13; its samples before acr22 measure every abbreviation
    assert rule_labels.rule_config("PL104") == {"select": ["PL104"], "rules": {"undefined-acronym": {"mode": "all"}}}
    assert rule_labels.rule_config("PL104", "listed")["rules"] == {"undefined-acronym": {"mode": "listed"}}


def test_a_category_sample_scores_undefined_acronym_as_it_was_drawn(rule_labels):
    # a `jargon` sample selects the category, PL104 with it: its PL104 labels (msg18's FQDN, seed
    # 190) were drawn in mode all, before the listed tier became the rule's default (acr22)
    assert rule_labels.rule_config("jargon")["rules"] == {"undefined-acronym": {"mode": "all"}}


def test_a_kind_keeps_its_other_defaults_when_turned_on(rule_labels):
    config = rule_labels.rule_config("reading-level")
    assert config["kinds"]["reply"]["rules"]["reading-level"]["severity"] == "info"
    assert config["kinds"]["reply"]["rules"]["reading-level"]["document"] is False


def test_a_rule_on_everywhere_is_only_selected(rule_labels):
    assert rule_labels.rule_config("PL410") == {"select": ["PL410"]}


def test_an_unknown_rule_is_one_clear_line(rule_labels):
    with pytest.raises(SystemExit, match="unknown rule 'PL999'"):
        rule_labels.rule_config("PL999")


@pytest.mark.slow  # reads every labels file of tests/data (10 s)
def test_kinds_gathers_the_rule_labels_of_rule_and_whole_tool_samples(rule_labels):
    """`rule_labels.py kinds` (acr17) pools a rule's labels from its own samples and from the
    whole-tool samples (sample B's reply label on TDR), and no other rule's."""
    by_path = rule_labels.rule_labels_by_document("undefined-acronym")
    assert all(entry["rule"] == "undefined-acronym" for entries in by_path.values() for _, entry in entries)
    azul = by_path["macros/databiosphere-azul/.github/replies/security_design_review.md"]
    assert {name for name, _ in azul} == {"sample-b.labels.yaml"}
    assert any(name.startswith("undefined-acronym.seed") for entries in by_path.values() for name, _ in entries)


def test_spelling_samples_are_scored_in_the_mode_they_were_drawn_from(rule_labels):
    """spell20b: known mode is the default; the spelling samples before it came from the
    dictionary check, the known-tier samples (`tier` set) from known mode."""
    assert rule_labels.rule_config("spelling")["rules"] == {"spelling": {"mode": "dictionary"}}
    assert "rules" not in rule_labels.sample_config({"rule": "spelling", "tier": "known misspellings only"})
