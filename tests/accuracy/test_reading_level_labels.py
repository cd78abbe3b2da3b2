"""Labelled reading-level findings on samples C and D (issue 26), documents in no earlier sample.
C: article documents in neither sample A nor B, drawn with seed 2626 after the article limits were
chosen and labelled blind. D: documents in none of A, B and C, weighted toward replies (seed 2828),
drawn and labelled blind before the reply changes (scripts/reading_level_labels.py). The rule is
below 0.95 on both, so this holds the measured line rather than the bar: every finding labelled, no
TP lost without a reason, precision not below the measured value, no text quoted from a file whose
licence forbids it."""


import pytest

from plhelpers import DATA, import_script, lost_tp_lines, unlabelled_lines

# labels file -> (the measured precision it is held to, the labels still scored) (README
# "Labelled findings", docs/accuracy.md)
MEASURED = {
    "reading-level-c.labels.yaml": (38 / 44, 40),  # 0.864: 38 TP, 6 FP
    # 0.393 (24 TP, 37 FP) when labelled; reading-level is off in replies since (its 41 reply
    # findings were 8 TP, 33 FP): the 20 article findings are left, 16 TP, 4 FP.
    "reading-level-d.labels.yaml": (16 / 20, 20),
}

pytestmark = pytest.mark.corpus


def script():
    return import_script("reading_level_labels")


@pytest.fixture(scope="module", params=sorted(MEASURED))
def labels_file(request):
    return DATA / "labels" / request.param


@pytest.fixture(scope="module")
def scored(corpus, labels_file):
    return script().score_file(labels_file, corpus)


def test_labels_are_valid_and_quote_nothing_they_may_not(corpus, labels_file):
    labels = script().house_style_labels.labels_module()
    manifest = labels.read_manifest(corpus)
    data = labels.load_yaml(labels_file)
    assert labels.validate_labels(data, manifest) == []
    for entry in data["labels"]:
        if not labels.is_permissive(labels.licence_of(entry["path"], manifest)):
            source = (corpus / entry["path"]).read_text(encoding="utf-8", errors="replace")
            assert labels.quoted_runs(entry["reason"], source) == [], entry["id"]


def test_precision_holds_the_measured_line(scored, labels_file):
    s = scored.rules["reading-level"]
    precision, labels = MEASURED[labels_file.name]
    assert s.labels >= labels and s.precision >= precision, s


def test_every_finding_in_the_sample_has_a_label(scored):
    assert not scored.unlabelled, "new findings with no label:\n" + "\n".join(unlabelled_lines(scored))


def test_tp_labels_still_reported(scored):
    assert not scored.lost_tp, "TP labels no longer reported:\n" + "\n".join(lost_tp_lines(scored))
