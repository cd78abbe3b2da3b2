"""Draw a random sample of the spelling rule's `variant` findings on the corpus for labelling
(issue 33), and score a labelled sample.

The findings come from the JSON of one run per variant, made from the corpus folder:

    cd ../shared/corpus
    plainlint check --no-cache --select spelling --config variant-en-US.yaml --format json . > en-US.json
    (variant-en-US.yaml: `rules: {spelling: {variant: en-US, typos: false}}`; likewise en-GB)
    python scripts/spelling_variant_sample.py sample --seed 33 --size 40 en-US.json en-GB.json \
        --out tests/data/support/labels/spelling-variants.seed33.sampled.yaml

Each sampled finding is stored as the labels files of scripts/labels.py store them: path, line,
column, end, a hash of the flagged text and its occurrence among equal hashes in the document,
never the text itself (corpus files are not all permissively licensed). `score` prints TP / FP
/ debatable and precision (TP / (TP + FP)) per variant of a labelled file.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from labels import text_hash  # noqa: E402


# The corpus's own files, not content: its README and the licence texts of its sources.
NOT_CONTENT = ("README.md", "MANIFEST.tsv", "licences/")


def findings_of(path: Path, corpus: Path) -> list[dict]:
    """The variant findings of a JSON run on content files, each with its flagged source text."""
    data = json.loads(path.read_text(encoding="utf-8"))
    found = data["findings"] if isinstance(data, dict) else data
    kept = []
    for f in found:
        if f.get("rule") != "spelling" or not (f.get("context") or {}).get("variant"):
            continue
        if f["path"] in NOT_CONTENT or f["path"].startswith(NOT_CONTENT):
            continue
        lines = (corpus / f["path"]).read_text(encoding="utf-8", errors="replace").splitlines()
        f["flagged"] = lines[f["line"] - 1][f["column"] - 1:f["end_column"] - 1]
        kept.append(f)
    return kept


def with_occurrences(found: list[dict]) -> list[dict]:
    """Document order, and each finding's index among the findings of its document with the same
    flagged-text hash (as scripts/labels.py numbers them)."""
    found = sorted(found, key=lambda f: (f["path"], f["line"], f["column"]))
    seen: Counter = Counter()
    for f in found:
        key = (f["path"], text_hash(f["flagged"]))
        f["_occurrence"] = seen[key]
        seen[key] += 1
    return found


def entry(number: int, f: dict) -> dict:
    return {"id": f"f{number:03d}", "path": f["path"], "variant": f["context"]["variant"],
            "line": f["line"], "column": f["column"], "end_line": f["end_line"],
            "end_column": f["end_column"], "hash": text_hash(f["flagged"]),
            "occurrence": f["_occurrence"], "suggestions": len(f["suggestions"]), "label": "", "reason": ""}


def sample(args) -> int:
    out: dict = {"seed": args.seed, "size": args.size, "variants": {}}
    for path in args.findings:
        found = with_occurrences(findings_of(Path(path), Path(args.corpus)))
        if not found:
            continue
        variant = found[0]["context"]["variant"]
        drawn = random.Random(args.seed).sample(found, min(args.size, len(found)))
        drawn.sort(key=lambda f: (f["path"], f["line"], f["column"]))
        out["variants"][variant] = {
            "corpus_findings": len(found), "corpus_documents": len({f["path"] for f in found}),
            "labels": [entry(n + 1, f) for n, f in enumerate(drawn)]}
    Path(args.out).write_text(yaml.safe_dump(out, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return 0


def score(args) -> int:
    data = yaml.safe_load(Path(args.labels).read_text(encoding="utf-8"))
    for variant, part in data["variants"].items():
        counts = Counter(label["label"] for label in part["labels"])
        judged = counts["TP"] + counts["FP"]
        precision = counts["TP"] / judged if judged else float("nan")
        print(f"{variant}: {counts['TP']} TP, {counts['FP']} FP, {counts['debatable']} debatable of "
              f"{len(part['labels'])} sampled ({part['corpus_findings']} corpus findings in "
              f"{part['corpus_documents']} documents): precision {precision:.2f}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    draw = commands.add_parser("sample", help="draw findings from the JSON of variant runs")
    draw.add_argument("findings", nargs="+", help="plainlint --format json output, one file per variant")
    draw.add_argument("--seed", type=int, default=33)
    draw.add_argument("--size", type=int, default=40)
    draw.add_argument("--out", required=True)
    draw.add_argument("--corpus", default=str(Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"))
    rate = commands.add_parser("score", help="TP / FP / debatable and precision per variant")
    rate.add_argument("labels")
    args = parser.parse_args(argv)
    return sample(args) if args.command == "sample" else score(args)


if __name__ == "__main__":
    raise SystemExit(main())
