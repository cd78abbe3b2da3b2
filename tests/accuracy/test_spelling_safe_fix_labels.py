"""The spelling rule's safe fixes against their labels (spell32, user32's defect 3; spell33;
spell34): the samples of safe fixes in
tests/data/support/labels-known/spelling-safe-fixes.seed3*.labels.yaml, drawn from
../shared/corpus and the held-out corpus. A fix labelled right stays a safe fix to the same word; a
fix labelled wrong is no longer a safe fix to that word. Debatable ones are not held. Skipped for a
corpus that is absent."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml

from plainlint.linting.hit_to_finding import HEADING_ANCHOR_NOTE
from plhelpers import DATA, ROOT, lint_bytes

pytestmark = pytest.mark.corpus

LABELS = DATA / "support" / "labels-known"
SAMPLES = ("spelling-safe-fixes.seed32.labels.yaml", "spelling-safe-fixes.seed33.labels.yaml",
           "spelling-safe-fixes.seed334.labels.yaml", "spelling-safe-fixes.seed335.labels.yaml",
           "spelling-safe-fixes.seed338.labels.yaml", "spelling-safe-fixes.seed339.labels.yaml")
ROOTS = {"corpus": ("PLAINLINT_CORPUS", ROOT.parent / "shared" / "corpus"),
         "heldout": ("PLAINLINT_HELDOUT_CORPUS", ROOT.parent / "shared" / "heldout-spelling")}


def corpus_root(name: str) -> Path:
    variable, default = ROOTS[name]
    return Path(os.environ.get(variable, default))


def labels() -> list[dict]:
    found = []
    for name in SAMPLES:
        found += [label for label in yaml.safe_load((LABELS / name).read_text(encoding="utf-8"))["labels"]
                  if label["label"] in ("right", "wrong")]
    return found


def safe_fix_at(path: Path, label: dict) -> str | None:
    """The safe fix's new text of the spelling finding at the label's span, or None. A safe fix in an
    article's heading is made unsafe by the engine only because the heading's words make its link
    anchor (HEADING_ANCHOR_NOTE, session 37): it is still the rule's safe fix."""
    result = lint_bytes(path.read_bytes(), str(path))
    for finding in result.findings:
        if finding.rule == "spelling" and (finding.line, finding.column) == (label["line"], label["column"]):
            fix = finding.fix
            return fix.edits[0].content if fix is not None and _the_rules_safe_fix(fix) else None
    return None


def _the_rules_safe_fix(fix) -> bool:
    return fix.applicability == "safe" or (fix.applicability == "unsafe" and fix.message.endswith(HEADING_ANCHOR_NOTE))


@pytest.mark.parametrize("label", labels(), ids=lambda label: f"{label['label']}-{label['id']}-{label['fix']}")
def test_a_labelled_safe_fix_is_kept_when_right_and_gone_when_wrong(label):
    path = corpus_root(label["corpus"]) / label["path"]
    if not path.is_file():
        pytest.skip(f"{path} not found (set {ROOTS[label['corpus']][0]})")
    fix = safe_fix_at(path, label)
    if label["label"] == "right":
        assert fix == label["fix"], label["reason"]
    else:
        assert fix != label["fix"], label["reason"]
