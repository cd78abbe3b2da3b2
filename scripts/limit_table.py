"""Precision of sentence-length (PL302) at each word limit, from labels (issue 26).

The labels were made with the old limit of 25 words, so the labelled documents are linted with
`max-words: 25` and each labelled finding's word count is read from its context; then, for each
candidate limit, the findings a higher limit would still report are counted:

    python scripts/limit_table.py tests/data/labels/sample-a.labels.yaml tests/data/labels/sample-b.labels.yaml

A labels file of tests/data/labels (samples A and B, every rule) or of tests/data/support/labels
(one rule's sample) both work. Debatable labels are left out of precision, as in the test.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import labels  # noqa: E402  (scripts/labels.py)

RULE = "sentence-length"
LABELLED_AT = 25


def labelled_counts(labels_path: Path, corpus: Path) -> list[tuple[int, str]]:
    """(words, label) for every labelled sentence-length finding at the limit the labels used."""
    data = labels.load_yaml(labels_path)
    sample = labels.load_yaml(labels_path.parent / data["sample"])
    config = {"rules": {RULE: {"max-words": LABELLED_AT}}}
    if sample.get("rule"):  # a one-rule sample is linted with only its rule, as it was drawn
        config["select"] = [sample["rule"]]
    _, found = labels.sample_findings(sample, corpus, config)
    by_key = {labels.label_key(e): e for e in data.get("labels", [])}
    rows = []
    for f in found:
        entry = by_key.get(f.key)
        if f.rule == RULE and entry is not None:
            rows.append((words_of(f.message), entry["label"]))
    return rows


def words_of(message: str) -> int:
    """The count in 'Sentence has 31 words (limit 25): ...'."""
    return int(message.split(" words", 1)[0].rsplit(" ", 1)[-1])


def table(rows: list[tuple[int, str]], limits: range) -> list[str]:
    right = sum(label == "TP" for _, label in rows)
    lines = ["limit  TP kept  FP  precision"]
    for limit in limits:
        kept = [label for words, label in rows if words > limit]
        tp, fp = kept.count("TP"), kept.count("FP")
        precision = f"{tp / (tp + fp):.3f}" if tp + fp else "-"
        lines.append(f"{limit:5}  {tp:3}/{right:<3}  {fp:3}  {precision}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("labels", nargs="+", type=Path)
    parser.add_argument("--corpus", type=Path, default=labels.default_corpus())
    parser.add_argument("--limits", default="25-33", help="a range of limits, e.g. 25-33")
    args = parser.parse_args(argv)
    low, high = (int(n) for n in args.limits.split("-"))
    for path in args.labels:
        print(f"# {path}")
        print("\n".join(table(labelled_counts(path, args.corpus), range(low, high + 1))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
