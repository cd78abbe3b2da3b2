"""Split sensory-directions' (PL410) labels by its reveal tier (sens31, issue 30): which labelled
findings `pointers: reveal` keeps in articles (a hover that reveals a control and acts on it), and the
precision of the tier and of the rest.

    python scripts/sensory_tier.py --corpus ../shared/heldout-spelling pool     # the blind article pool
    python scripts/sensory_tier.py --corpus ../shared/heldout-spelling score \
        --labels tests/data/support/labels-heldout/sensory-directions.seed328.labels.yaml [--list]

`pool` reads the pool as scripts/sensory_reread.py's `kept_pointers` does (the pointer findings main
keeps in articles among the labels of seeds 46, 70, 264, 265, 289, 290, 327). A finding is in the tier
when the run with `pointers: reveal` reports one at the same line and column: a label's key numbers
the occurrences of a line's text among the findings, which differ between the two runs.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import labels  # noqa: E402  (scripts/labels.py)
import rule_labels  # noqa: E402
import sensory_reread  # noqa: E402

LABELS = ("TP", "FP", "debatable")


def tier_linter(corpus: Path) -> labels.Linter:
    """PL410 alone, as rule_labels scores it, with `pointers: reveal` in articles."""
    config = rule_labels.rule_config("PL410")
    config.setdefault("kinds", {}).setdefault("article", {}).setdefault("rules", {})["sensory-directions"] = {"pointers": "reveal"}
    return labels.Linter(corpus, config)


def in_tier(tier: labels.Linter, path: str, finding) -> bool:
    return (finding.line, finding.column) in {(f.line, f.column) for f in tier.findings(path)}


def report(counts: Counter) -> None:
    for group in sorted({group for group, _ in counts}):
        tp, fp, debatable = (counts[(group, label)] for label in LABELS)
        print(f"{group}: {tp} TP / {fp} FP / {debatable} debatable = {tp / max(1, tp + fp):.3f}")


def cmd_pool(args) -> int:
    corpus = Path(args.corpus)
    tier = tier_linter(corpus)
    rows = []
    for name, entry, finding, _source in sensory_reread.kept_pointers(corpus):
        group = "tier" if in_tier(tier, entry["path"], finding) else "rest"
        rows.append((group, entry["label"]))
        if args.list:
            print(group, name, entry["id"], entry["label"], entry["path"], finding.line)
    report(Counter(rows))
    return 0


def cmd_score(args) -> int:
    corpus = Path(args.corpus)
    every, tier = labels.Linter(corpus, rule_labels.rule_config("PL410")), tier_linter(corpus)
    rows = []
    for entry in labels.load_yaml(Path(args.labels))["labels"]:
        finding = {f.key: f for f in every.findings(entry["path"])}.get(labels.label_key(entry))
        if finding is None:
            group = "not reported"
        else:
            kind = every.kinds[entry["path"]]  # the tier is an option of articles only
            group = ("tier" if in_tier(tier, entry["path"], finding) else "rest") if kind == "article" else f"{kind} (no tier)"
        rows.append((group, entry["label"]))
        if args.list:
            print(group, entry["id"], entry["label"], entry["path"], entry["line"])
    report(Counter(rows))
    return 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", default=str(labels.heldout_corpus()))
    sub = parser.add_subparsers(dest="command", required=True)
    pool = sub.add_parser("pool")
    pool.add_argument("--list", action="store_true")
    pool.set_defaults(run=cmd_pool)
    score = sub.add_parser("score")
    score.add_argument("--labels", required=True)
    score.add_argument("--list", action="store_true")
    score.set_defaults(run=cmd_score)
    args = parser.parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
