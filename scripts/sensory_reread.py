"""Re-read a random set of the pointer findings sensory-directions (PL410) keeps in articles, among
the labels of its blind article pool, without looking at their labels, and compare (issue 30, sens26:
"so the pooled figure stays honest").

    python scripts/sensory_reread.py --corpus ../shared/heldout-spelling draw --seed 296 --size 20 \
        --out /tmp/reread                 # worklist.txt (no labels) and reread.yaml (fill label/reason)
    python scripts/sensory_reread.py compare \
        --reread tests/data/support/labels-heldout/sensory-directions.seed296.reread.yaml

`draw` lints each labelled document of the pool (seeds 46, 70, 264, 265, 289, 290, 327) with only PL410,
keeps the labels whose finding is still reported at `info` in a document read as an article and whose
flagged words are a pointer's (hover, mouse), and draws `--size` of them with `random.Random(seed)`.
`compare` prints the fresh labels' tally, the pool labels' tally for the same findings, and each
disagreement.

`tier-pool` and `tier-score` split labels by the reveal tier (sens31): which labelled findings
`pointers: reveal` keeps in articles (a hover that reveals a control and acts on it), and the precision
of the tier and of the rest, over the pool or one labels file:

    python scripts/sensory_reread.py --corpus ../shared/heldout-spelling tier-pool [--list]
    python scripts/sensory_reread.py --corpus ../shared/heldout-spelling tier-score \
        --labels tests/data/support/labels-heldout/sensory-directions.seed328.labels.yaml [--list]

A finding is in the tier when the run with `pointers: reveal` reports one at the same line and column:
a label's key numbers the occurrences of its text among the findings, which differ between the runs.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import labels  # noqa: E402  (scripts/labels.py)
import rule_labels  # noqa: E402

LABELS = labels.ROOT / "tests" / "data" / "support" / "labels-heldout"
POOL_SEEDS = (46, 70, 264, 265, 289, 290, 327)  # the blind article draws of the pool (327: sens30, after its filters)
_POINTER = re.compile(r"hover|mous", re.I)


def pool_labels() -> list[tuple[str, dict]]:
    """(labels file name, entry) of every label in the pool's files."""
    return [(f"sensory-directions.seed{seed}.labels.yaml", entry) for seed in POOL_SEEDS
            for entry in labels.load_yaml(LABELS / f"sensory-directions.seed{seed}.labels.yaml")["labels"]]


def kept_pointers(corpus: Path) -> list[tuple[str, dict, object]]:
    """(file, entry, finding) of the pool's labels still reported as a pointer in an article."""
    linter = labels.Linter(corpus, rule_labels.rule_config("PL410"))
    kept = []
    for name, entry in pool_labels():
        finding = {f.key: f for f in linter.findings(entry["path"])}.get(labels.label_key(entry))
        if finding is not None and finding.severity == "info" and linter.kinds[entry["path"]] == "article" \
                and _POINTER.match(finding.text):
            kept.append((name, entry, finding, linter.sources[entry["path"]]))
    return kept


def cmd_draw(args) -> int:
    kept = kept_pointers(Path(args.corpus))
    chosen = sorted(random.Random(args.seed).sample(range(len(kept)), min(args.size, len(kept))))
    texts, entries = [], []
    for number, index in enumerate(chosen, 1):
        name, entry, finding, source = kept[index]
        lines = source.split("\n")
        context = "\n".join(f"   {n + 1:5} | {lines[n][:400]}" for n in range(max(0, finding.line - 3), min(len(lines), finding.line + 2)))
        texts.append(f"[r{number:02d}] {entry['path']} {finding.line}:{finding.column}\n{context}\n")
        entries.append({"id": f"r{number:02d}", "file": name, "label_id": entry["id"], "path": entry["path"],
                        "line": finding.line, "label": "", "reason": ""})
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "worklist.txt").write_text("\n".join(texts), encoding="utf-8")
    labels.dump_yaml(out / "reread.yaml", {"seed": args.seed, "pointer_findings_kept": len(kept),
                                           "plainlint_commit": labels.plainlint_commit(), "reread": entries})
    print(f"{len(kept)} pointer findings kept in articles; drew {len(entries)} -> {out}")
    return 0


def cmd_compare(args) -> int:
    data = labels.load_yaml(Path(args.reread))
    pooled = {(name, entry["id"]): entry["label"] for name, entry in pool_labels()}
    fresh, before, agree = Counter(), Counter(), 0
    for entry in data["reread"]:
        old = pooled[(entry["file"], entry["label_id"])]
        fresh[entry["label"]] += 1
        before[old] += 1
        agree += old == entry["label"]
        if old != entry["label"]:
            print(f"{entry['id']} {entry['file']} {entry['label_id']}: pool {old}, re-read {entry['label']} ({entry['reason']})")
    print(f"agree {agree} of {len(data['reread'])}; re-read {dict(fresh)}; pool labels {dict(before)}")
    return 0


TALLIED = ("TP", "FP", "debatable")


def tier_linter(corpus: Path) -> labels.Linter:
    """PL410 alone, as rule_labels scores it, with `pointers: reveal` in articles."""
    config = rule_labels.rule_config("PL410")
    config.setdefault("kinds", {}).setdefault("article", {}).setdefault("rules", {})["sensory-directions"] = {"pointers": "reveal"}
    return labels.Linter(corpus, config)


def in_tier(tier: labels.Linter, path: str, finding) -> bool:
    return (finding.line, finding.column) in {(f.line, f.column) for f in tier.findings(path)}


def report(counts: Counter) -> None:
    for group in sorted({group for group, _ in counts}):
        tp, fp, debatable = (counts[(group, label)] for label in TALLIED)
        print(f"{group}: {tp} TP / {fp} FP / {debatable} debatable = {tp / max(1, tp + fp):.3f}")


def cmd_tier_pool(args) -> int:
    corpus = Path(args.corpus)
    tier = tier_linter(corpus)
    rows = []
    for name, entry, finding, _source in kept_pointers(corpus):
        group = "tier" if in_tier(tier, entry["path"], finding) else "rest"
        rows.append((group, entry["label"]))
        if args.list:
            print(group, name, entry["id"], entry["label"], entry["path"], finding.line)
    report(Counter(rows))
    return 0


def cmd_tier_score(args) -> int:
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
    draw = sub.add_parser("draw")
    draw.add_argument("--seed", type=int, required=True)
    draw.add_argument("--size", type=int, default=20)
    draw.add_argument("--out", required=True)
    draw.set_defaults(run=cmd_draw)
    compare = sub.add_parser("compare")
    compare.add_argument("--reread", required=True)
    compare.set_defaults(run=cmd_compare)
    tier_pool = sub.add_parser("tier-pool")
    tier_pool.add_argument("--list", action="store_true")
    tier_pool.set_defaults(run=cmd_tier_pool)
    tier_score = sub.add_parser("tier-score")
    tier_score.add_argument("--labels", required=True)
    tier_score.add_argument("--list", action="store_true")
    tier_score.set_defaults(run=cmd_tier_score)
    args = parser.parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
