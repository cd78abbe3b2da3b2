"""Labelled reading-level findings on a fresh sample of articles (issue 26, sample C).

Issue 26 chose the article limits of reading-level (document grade 9, a paragraph 4 grades more)
on sample A and checked them on sample B, which had been labelled before. Sample C is drawn after
the change, from article documents in neither sample, and labelled blind: the method and the
commands are those of scripts/house_style_labels.py, restricted to reading-level (passive-voice,
the other rule of issue 26, is off by default and so has no findings to draw).

    python scripts/reading_level_labels.py sample --seed 2626 --target 40 --folder articles \
        --folder articles-html --exclude-sample tests/data/labels/sample-a.yaml \
        --exclude-sample tests/data/labels/sample-b.yaml --out tests/data/labels/reading-level-c.yaml
    python scripts/reading_level_labels.py worklist --sample tests/data/labels/reading-level-c.yaml --out-dir /tmp/rl
    python scripts/reading_level_labels.py score --labels tests/data/labels/reading-level-c.labels.yaml

`tests/accuracy/test_reading_level_labels.py` re-scores the committed labels.
"""

from __future__ import annotations

import sys
from pathlib import Path

import house_style_labels

RULES = ("reading-level",)


def score_file(labels_path: Path, corpus: Path):
    """Score the labels against reading-level's current findings in the sample's documents
    (without touching house_style_labels.RULES, which the house-style test reads)."""
    labels = house_style_labels.labels_module()
    data = labels.load_yaml(labels_path)
    sample = labels.load_yaml(labels_path.parent / data["sample"])
    linter = labels.Linter(corpus)
    found = [f for doc in sample["documents"] for f in linter.findings(doc["path"]) if f.rule in RULES]
    return labels.score(data.get("labels", []), data.get("removed", []) or [], found)


if __name__ == "__main__":
    house_style_labels.RULES = RULES  # the same commands, restricted to reading-level
    sys.exit(house_style_labels.main())
