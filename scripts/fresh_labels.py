"""Draw a sample of whole documents from help centres plainlint was never tuned on, to measure
how often its default findings are right where a new team would first run it (issue: trial of
fresh help centres). Labelling, merging and scoring are scripts/labels.py's:

    python scripts/fresh_labels.py --corpus ../shared/heldout-spelling sample --seed 41 --findings 120 \
        --folder heldout/hoppscotch-docs --folder heldout/plausible-docs \
        --folder heldout/kobotoolbox-docs --folder heldout/obsidian-help-docs \
        --leave-out PL104 --leave-out PL410 --leave-out PL502 --loud \
        --out tests/data/labels/fresh-help-centres.seed41.yaml
    python scripts/labels.py --corpus ../shared/heldout-spelling worklist \
        --sample tests/data/labels/fresh-help-centres.seed41.yaml --chunks 1 --out-dir /tmp/fresh
    python scripts/labels.py --corpus ../shared/heldout-spelling score \
        --labels tests/data/labels/fresh-help-centres.seed41.labels.yaml

Each folder's documents (the files `plainlint check` lints there) are shuffled with one
`random.Random(seed)` (folders in the order given) and taken whole, in that order, until the
folder holds its share of `--findings` (an equal share per folder). Only the counted findings
are labelled and scored: `--leave-out` rules (measured elsewhere) are dropped, and with `--loud`
so are info findings. The sample file records both (`left_out_rules`, `severities`), and
labels.py applies them whenever it lints the sample.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import labels  # noqa: E402  (scripts/labels.py)
from plainlint.rules import all_rules  # noqa: E402

LOUD = ["warning", "error"]


def rule_names(codes_or_names: list[str]) -> list[str]:
    """Rule names for codes (PL104) or names (undefined-acronym), as findings carry names: of every
    rule, on by default or not (PL104 and PL502 are off, and were kept as codes in seeds 100-101)."""
    by_code = {rule.code: rule.name for rule in all_rules()}
    return sorted(by_code.get(item, item) for item in codes_or_names)


def draw(linter: labels.Linter, folders: list[str], seed: int, share: int, counted,
         exclude: set[str] = frozenset()) -> list[dict]:
    """Whole documents per folder in seeded order (the excluded ones left out) until the folder
    has `share` counted findings."""
    rng = random.Random(seed)
    chosen = []
    for folder in folders:
        documents = linter.documents(folder)
        rng.shuffle(documents)
        total = 0
        for path in documents:
            if total >= share:
                break
            if path in exclude:
                continue
            found = counted(linter.findings(path))
            chosen.append({"path": path, "folder": folder, "findings": len(found)})
            total += len(found)
    return chosen


def cmd_sample(args) -> int:
    corpus = Path(args.corpus)
    linter = labels.Linter(corpus)
    manifest = labels.read_manifest(corpus)
    sample = {"seed": args.seed, "plainlint_commit": labels.plainlint_commit(),
              "selection": "default rules, no config file; PL9xx notices left out",
              "folders": list(args.folder), "findings_wanted": args.findings,
              "left_out_rules": rule_names(args.leave_out or []),
              **({"severities": LOUD} if args.loud else {})}
    exclude = {d["path"] for other in args.exclude or [] for d in labels.load_yaml(Path(other))["documents"]}
    if args.exclude:
        sample["excluded_samples"] = [Path(other).name for other in args.exclude]
    share = -(-args.findings // len(args.folder))
    documents = draw(linter, args.folder, args.seed, share, lambda found: labels.counted_findings(sample, found), exclude)
    for document in documents:
        document["licence"] = labels.licence_of(document["path"], manifest)
    sample["findings_total"] = sum(d["findings"] for d in documents)
    sample["documents"] = documents
    labels.dump_yaml(Path(args.out), sample)
    print(f"{len(documents)} documents, {sample['findings_total']} findings -> {args.out}")
    return 0


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--corpus", default=str(labels.default_corpus()))
    sub = p.add_subparsers(dest="command", required=True)
    s = sub.add_parser("sample", help="draw whole documents with a fixed seed")
    s.add_argument("--seed", type=int, required=True)
    s.add_argument("--findings", type=int, default=120, help="counted findings wanted in all (equal share per folder)")
    s.add_argument("--folder", action="append", required=True, help="a corpus folder to draw from (repeat)")
    s.add_argument("--leave-out", action="append", help="a rule (code or name) not counted, labelled or scored")
    s.add_argument("--loud", action="store_true", help="count, label and score only warning and error findings")
    s.add_argument("--exclude", action="append", help="a sample file whose documents are left out")
    s.add_argument("--out", required=True)
    s.set_defaults(run=cmd_sample)
    args = p.parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
