"""Held-out labelled samples on a corpus kept apart from ../shared/corpus (the spelling rule's
seed 45, issue 33: that corpus had no document with a spelling finding left unread). Re-lint
each sample's documents with only its rule and hold the line (labels-heldout/floors.yaml).
Skipped when the held-out corpus is absent; a sample from a source the local copy was built
without (its MANIFEST.tsv has no row for the folder) is skipped until the copy is rebuilt with
scripts/build_heldout_corpus.py."""

import os
from pathlib import Path

import pytest
import yaml

from plhelpers import DATA, ROOT, labels_script, below_floor, unlabelled_lines
from test_support_labels import rule_labels

LABELS = DATA / "support" / "labels-heldout"
FLOORS = yaml.safe_load((LABELS / "floors.yaml").read_text(encoding="utf-8"))

pytestmark = pytest.mark.corpus


def heldout_corpus() -> Path:
    path = Path(os.environ.get("PLAINLINT_HELDOUT_CORPUS", ROOT.parent / "shared" / "heldout-spelling"))
    if not path.is_dir():
        pytest.skip(f"held-out corpus not found at {path} (set PLAINLINT_HELDOUT_CORPUS)")
    return path


def skip_unless_built_with_its_sources(name: str, manifest: dict) -> None:
    sample = labels_script().load_yaml(LABELS / labels_script().load_yaml(LABELS / name)["sample"])
    missing = sorted({d["path"] for d in sample["documents"] if labels_script().licence_of(d["path"], manifest) == "unknown"})
    if missing:
        pytest.skip(f"{name}: the held-out copy has no {missing[0]} (rebuild it with scripts/build_heldout_corpus.py)")


@pytest.fixture(scope="module", params=sorted(FLOORS), ids=str)
def scored(request):
    corpus = heldout_corpus()
    skip_unless_built_with_its_sources(request.param, labels_script().read_manifest(corpus))
    return request.param, rule_labels().score_rule(LABELS / request.param, corpus)


def test_every_labels_file_has_a_floor():
    assert sorted(p.name for p in LABELS.glob("*.labels.yaml")) == sorted(FLOORS)


def test_labels_are_valid():
    script = labels_script()
    manifest = script.read_manifest(heldout_corpus())
    built = [name for name in FLOORS
             if all(script.licence_of(e["path"], manifest) != "unknown" for e in script.load_yaml(LABELS / name)["labels"])]
    assert built, "no labels file has all its documents in the held-out copy"
    for name in built:
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
