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

Sample D (issue 26, before the reply changes) is weighted toward replies, where sample B failed: whole
documents in seeded order from the reply folders until 40 findings, then from the article folders until
20, leaving out the documents of samples A, B and C:

    python scripts/reading_level_labels.py sample-by-kind --seed 2828 --reply-target 40 --article-target 20 \
        --exclude-sample tests/data/labels/sample-a.yaml --exclude-sample tests/data/labels/sample-b.yaml \
        --exclude-sample tests/data/labels/reading-level-c.yaml --out tests/data/labels/reading-level-d.yaml

`tests/accuracy/test_reading_level_labels.py` re-scores the committed labels.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
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


FOLDERS_OF_KIND = {"reply": ("emails", "macros", "macros-exports"), "article": ("articles", "articles-html")}


def draw_by_kind(linter, seed: int, targets: dict[str, int], skip: frozenset[str]) -> tuple[list[str], Counter]:
    """house_style_labels.draw per kind of document, replies first: whole documents in seeded order
    until the kind's findings reach its target."""
    chosen, counts = [], Counter()
    for kind, target in targets.items():
        documents, found = house_style_labels.draw(linter, seed, target, FOLDERS_OF_KIND[kind], skip)
        chosen += documents
        counts[kind] = found["reading-level"]
    return chosen, counts


def cmd_sample_by_kind(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="reading_level_labels.py sample-by-kind")
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--reply-target", type=int, default=40)
    parser.add_argument("--article-target", type=int, default=20)
    parser.add_argument("--exclude-sample", action="append", default=[])
    parser.add_argument("--out", required=True)
    args = parser.parse_args(argv)
    labels = house_style_labels.labels_module()
    corpus = labels.default_corpus()
    linter, manifest = labels.Linter(corpus), labels.read_manifest(corpus)
    skip = frozenset(house_style_labels.below_source(d["path"]) for other in args.exclude_sample
                     for d in labels.load_yaml(Path(other))["documents"])
    targets = {"reply": args.reply_target, "article": args.article_target}
    chosen, counts = draw_by_kind(linter, args.seed, targets, skip)
    labels.dump_yaml(Path(args.out), {
        "seed": args.seed, "plainlint_commit": labels.plainlint_commit(),
        "selection": "default rules, no config file; findings of reading-level only",
        "rules": list(RULES), "target_per_kind": targets, "findings_per_kind": dict(counts),
        "excluded_samples": [Path(p).name for p in args.exclude_sample],
        "documents": [{"path": d, "folder": labels.folder_of(d), "licence": labels.licence_of(d, manifest),
                       "findings": len(house_style_labels.house_findings(linter, d))} for d in chosen]})
    print(f"{len(chosen)} documents, {dict(counts)} -> {args.out}")
    return 0


if __name__ == "__main__":
    house_style_labels.RULES = RULES  # the same commands, restricted to reading-level
    if sys.argv[1:2] == ["sample-by-kind"]:
        sys.exit(cmd_sample_by_kind(sys.argv[2:]))
    sys.exit(house_style_labels.main())
