"""Labelled corpus findings of the issue-30 rules (tests/data/support/labels/): re-lint each
sample's documents with only its rule and hold the line (floors.yaml). Method: whole documents
drawn with a fixed seed by scripts/rule_labels.py; labels as in tests/data/labels/README.md."""

import pytest
import yaml

from plhelpers import DATA, labels_script, script_module, below_floor, unlabelled_lines

LABELS = DATA / "support" / "labels"
FLOORS = yaml.safe_load((LABELS / "floors.yaml").read_text(encoding="utf-8"))

pytestmark = pytest.mark.corpus


def rule_labels():
    return script_module("scripts/rule_labels.py")


@pytest.fixture(scope="module", params=sorted(FLOORS), ids=str)
def scored(request, corpus):
    return request.param, rule_labels().score_rule(LABELS / request.param, corpus)


def test_every_labels_file_has_a_floor():
    assert sorted(p.name for p in LABELS.glob("*.labels.yaml")) == sorted(FLOORS)


def test_labels_are_valid(corpus):
    script = labels_script()
    manifest = script.read_manifest(corpus)
    for name in FLOORS:
        assert script.validate_labels(script.load_yaml(LABELS / name), manifest) == []


def test_precision_holds_its_floor(scored):
    name, result = scored
    assert not below_floor(result, FLOORS[name]), (name, below_floor(result, FLOORS[name]))


def test_every_finding_in_the_sample_has_a_label(scored):
    name, result = scored
    assert not result.unlabelled, unlabelled_lines(result)


def test_tp_labels_still_reported(scored):
    name, result = scored
    assert not result.lost_tp, [e["id"] for e in result.lost_tp]
