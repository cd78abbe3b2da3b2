"""scripts/spelling_tree_evidence.py (issue 33, session 15): a repository's words, and how a
candidate rule is scored (FP removed / TP lost; known misspellings never excused)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import spelling_tree_evidence as evidence  # noqa: E402


def test_a_repository_is_two_folders_deep_or_three_under_fresh():
    assert evidence.repository("heldout/anki-manual/src/a.md") == ("heldout", "anki-manual")
    assert evidence.repository("heldout/fresh-replies/o-r/x.md") == ("heldout", "fresh-replies", "o-r")


def test_tree_words_counts_uses_and_files_of_pages_only(tmp_path):
    (tmp_path / "a.md").write_text("Muxer and muxer.", encoding="utf-8")
    (tmp_path / "b.html").write_text("<p>muxer</p>", encoding="utf-8")
    (tmp_path / "c.yml").write_text("muxer: 1", encoding="utf-8")
    uses, files = evidence.tree_words(tmp_path)
    assert (uses["muxer"], files["muxer"]) == (3, 2)


def row(label, tree_uses, tree_near, known=False, now=True):
    return {"label": label, "now": now, "known": known, "page_uses": 1, "page_near": 0,
            "tree_uses": tree_uses, "tree_files": 2, "tree_near": tree_near, "suggestion_in_tree": True}


def test_the_kept_candidate_counts_removed_and_lost():
    rows = [row("FP", 40, 1), row("FP", 3, 0), row("TP", 3, 5), row("TP", 30, 1, known=True)]
    kept = [line for line in evidence.table(rows) if "(kept)" in line][0]
    assert "as drawn 2 FP removed / 0 TP lost -> 2/2" in kept
