"""Labelled reading-level findings on sample C (issue 26): article documents in neither sample A
nor B, drawn with seed 2626 after the article limits were chosen and labelled blind
(scripts/reading_level_labels.py). The rule is below 0.95 there (0.864 when labelled), so this
holds the measured line rather than the bar: every finding labelled, no TP lost without a reason,
precision not below the measured value, no text quoted from a file whose licence forbids it."""

import sys

import pytest

from plhelpers import DATA, ROOT

LABELS = DATA / "labels" / "reading-level-c.labels.yaml"
MEASURED_PRECISION = 38 / 44  # 0.864: 38 TP, 6 FP; README "Labelled findings", docs/accuracy.md

pytestmark = pytest.mark.corpus


def script():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import reading_level_labels
    finally:
        sys.path.pop(0)
    return reading_level_labels


@pytest.fixture(scope="module")
def scored(corpus):
    return script().score_file(LABELS, corpus)


def test_labels_are_valid_and_quote_nothing_they_may_not(corpus):
    labels = script().house_style_labels.labels_module()
    manifest = labels.read_manifest(corpus)
    data = labels.load_yaml(LABELS)
    assert labels.validate_labels(data, manifest) == []
    for entry in data["labels"]:
        if not labels.is_permissive(labels.licence_of(entry["path"], manifest)):
            source = (corpus / entry["path"]).read_text(encoding="utf-8", errors="replace")
            assert labels.quoted_runs(entry["reason"], source) == [], entry["id"]


def test_precision_holds_the_measured_line(scored):
    s = scored.rules["reading-level"]
    assert s.labels >= 40 and s.precision >= MEASURED_PRECISION, s


def test_every_finding_in_the_sample_has_a_label(scored):
    shown = [f"{f.path}:{f.line}:{f.column} [{f.rule}] hash {f.hash} #{f.occurrence}" for f in scored.unlabelled]
    assert not shown, "new findings with no label:\n" + "\n".join(shown[:50])


def test_tp_labels_still_reported(scored):
    lost = [f"{e.get('id')} {e['path']}:{e.get('line')} [{e['rule']}]" for e in scored.lost_tp]
    assert not lost, "TP labels no longer reported:\n" + "\n".join(lost[:50])
