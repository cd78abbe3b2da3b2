"""The spelling rule's `variant` findings labelled on the corpus (issue 33):
tests/data/support/labels/spelling-variants.seed33.sampled.yaml holds 40 findings drawn per
variant (scripts/spelling_variant_sample.py) with a TP / FP / debatable label each. Re-lint each
sampled document with that variant and hold the line: every TP is still reported, and precision
(TP / (TP + FP)) stays at the bar the rule's findings must reach to go on (0.95)."""

from __future__ import annotations

import hashlib

import pytest
import yaml

from plhelpers import DATA, lint_bytes

pytestmark = pytest.mark.corpus

SAMPLE = DATA / "support" / "labels" / "spelling-variants.seed33.sampled.yaml"
FLOOR = 0.95


def _hash(text: str) -> str:
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:16]


def _labels():
    data = yaml.safe_load(SAMPLE.read_text(encoding="utf-8"))
    return data["variants"]


@pytest.mark.parametrize("variant", ["en-US", "en-GB"])
def test_precision_holds_the_bar(variant):
    labels = _labels()[variant]["labels"]
    tp = sum(label["label"] == "TP" for label in labels)
    fp = sum(label["label"] == "FP" for label in labels)
    assert len(labels) == 40 and tp / (tp + fp) >= FLOOR


@pytest.mark.parametrize("variant", ["en-US", "en-GB"])
def test_tp_labels_still_reported(variant, corpus):
    config = {"extend-select": ["spelling"], "rules": {"spelling": {"variant": variant, "typos": False}}}
    lost = []
    by_path: dict[str, list] = {}
    for label in _labels()[variant]["labels"]:
        by_path.setdefault(label["path"], []).append(label)
    for path, labels in by_path.items():
        data = (corpus / path).read_bytes()
        lines = data.decode("utf-8", errors="replace").splitlines()
        found = {(f.line, f.column, f.end_column) for f in lint_bytes(data, path, config).findings
                 if f.rule == "spelling"}
        for label in labels:
            text = lines[label["line"] - 1][label["column"] - 1:label["end_column"] - 1]
            assert _hash(text) == label["hash"], (path, label["id"])  # the corpus file is unchanged
            if label["label"] == "TP" and (label["line"], label["column"], label["end_column"]) not in found:
                lost.append(f"{path}:{label['line']}:{label['column']} {label['id']}")
    assert not lost
