"""Labelled findings of the house-style rules (issue 32): terminology (PL501) and repeated-words
(PL503), the on-by-default rules of the categories `terminology` and `spelling`.

Their findings are rare (a few per hundred documents), so sample A of scripts/labels.py holds too
few of them to score. This draws its own sample with the same method, restricted to these rules:

1. plainlint runs in-process with the default rules and no config (scripts/labels.py Linter) on
   every document of the five corpus folders (never bench/ or licences/).
2. The documents holding at least one finding of these rules are shuffled with
   random.Random(seed), and taken in that order, whole (every finding of these rules in them),
   until each rule has `--target` findings or its documents run out.
3. Every finding of these rules in the drawn documents is labelled TP / FP / debatable with a
   one-line reason (rubric: tests/data/labels/README.md); files whose licence is not permissive
   keep path, offsets and hash only.

    python scripts/house_style_labels.py sample --seed 3232 --out tests/data/labels/house-style.yaml
    python scripts/house_style_labels.py worklist --sample tests/data/labels/house-style.yaml --out-dir /tmp/hs
    python scripts/house_style_labels.py score --labels tests/data/labels/house-style.labels.yaml

A held-out sample (drawn and labelled after the rules were tuned on the five folders) comes from
bench/ (Microsoft Learn docs, CC-BY-4.0), which the tuning never read:

    python scripts/house_style_labels.py sample --seed 3233 --folder bench/ms-iis-docs \
        --folder bench/ms-deployoffice-docs --out tests/data/labels/house-style-b.yaml

Sample B prompted two changes to repeated-words (spelled-out letters, a name then its noun), so a
third sample, C, was drawn after them from the SharePoint docs in bench/, leaving out the 80
documents the tuning read in articles/ms-sharepoint-docs:

    python scripts/house_style_labels.py sample --seed 3234 --target 60 --folder bench/ms-sharepoint-docs \
        --skip-documents-of articles/ms-sharepoint-docs --out tests/data/labels/house-style-c.yaml

Sample C prompted changes too (bold interface labels, plural acronyms, names then the product's
term), so sample D was drawn after them from the same folder, leaving out sample C's documents:

    python scripts/house_style_labels.py sample --seed 3235 --target 60 --folder bench/ms-sharepoint-docs \
        --skip-documents-of articles/ms-sharepoint-docs --exclude-sample tests/data/labels/house-style-c.yaml \
        --out tests/data/labels/house-style-d.yaml

`tests/accuracy/test_house_style_labels.py` re-scores the committed labels (precision >= 0.95 per rule,
every finding in the sample labelled, no TP lost).
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RULES = ("terminology", "repeated-words")
TARGET = 80


def labels_module():
    """scripts/labels.py (the one implementation of sampling helpers, matching and scoring)."""
    name = "plainlint_labels_script"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / "labels.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


def house_findings(linter, path: str) -> list:
    return [f for f in linter.findings(path) if f.rule in RULES]


def draw(linter, seed: int, target: int = TARGET, folders: tuple[str, ...] = (),
         skip: frozenset[str] = frozenset()) -> tuple[list[str], Counter]:
    """Documents with findings of RULES, in seeded order, until each rule reaches `target`;
    documents whose path below their source folder is in `skip` are left out."""
    candidates = []
    for folder in folders or labels_module().FOLDERS:
        candidates += [d for d in linter.documents(folder)
                       if below_source(d) not in skip and house_findings(linter, d)]
    random.Random(seed).shuffle(candidates)
    chosen, counts = [], Counter()
    for doc in candidates:
        found = Counter(f.rule for f in house_findings(linter, doc))
        if any(counts[rule] < target for rule in found):
            chosen.append(doc)
            counts.update(found)
    return chosen, counts


def below_source(path: str) -> str:
    """A document's path below its source folder: 'bench/ms-sharepoint-docs/SharePoint/a.md' and
    'articles/ms-sharepoint-docs/SharePoint/a.md' are both 'SharePoint/a.md'."""
    return path.split("/", 2)[-1]


def cmd_sample(args) -> int:
    labels = labels_module()
    corpus = Path(args.corpus)
    linter = labels.Linter(corpus)
    manifest = labels.read_manifest(corpus)
    folders = tuple(args.folder or labels.FOLDERS)
    skip = frozenset(below_source(d) for other in args.skip_documents_of or [] for d in linter.documents(other))
    skip |= frozenset(below_source(d["path"]) for other in args.exclude_sample or []
                      for d in labels.load_yaml(Path(other))["documents"])
    chosen, counts = draw(linter, args.seed, args.target, folders, skip)
    total = Counter()
    for folder in folders:
        for doc in linter.documents(folder):
            total.update(f.rule for f in house_findings(linter, doc))
    data = {
        "seed": args.seed,
        "plainlint_commit": labels.plainlint_commit(),
        "selection": f"default rules, no config file; findings of {', '.join(RULES)} only",
        "rules": list(RULES),
        "folders": list(folders),
        "left_out_documents_of": list(args.skip_documents_of or []),
        "excluded_samples": [Path(p).name for p in args.exclude_sample or []],
        "target_per_rule": args.target,
        "findings_in_corpus": dict(sorted(total.items())),
        "findings_per_rule": dict(sorted(counts.items())),
        "documents": [{"path": d, "folder": labels.folder_of(d), "licence": labels.licence_of(d, manifest),
                       "findings": len(house_findings(linter, d))} for d in chosen],
    }
    labels.dump_yaml(Path(args.out), data)
    print(f"{len(chosen)} documents, {dict(counts)} (corpus: {dict(total)}) -> {args.out}")
    return 0


def sample_findings(sample: dict, corpus: Path):
    labels = labels_module()
    linter = labels.Linter(corpus)
    found = []
    for doc in sample["documents"]:
        found += house_findings(linter, doc["path"])
    return linter, found


def cmd_worklist(args) -> int:
    labels = labels_module()
    corpus = Path(args.corpus)
    sample = labels.load_yaml(Path(args.sample))
    manifest = labels.read_manifest(corpus)
    linter, found = sample_findings(sample, corpus)
    texts, entries = [labels.RUBRIC], []
    for number, doc in enumerate(sorted(d["path"] for d in sample["documents"]), 1):
        mine = [f for f in found if f.path == doc]
        licence = labels.licence_of(doc, manifest)
        numbered = [(f"h{number:03d}-f{n:03d}", f) for n, f in enumerate(mine, 1)]
        texts.append(labels.worklist_text(doc, licence, numbered, linter.sources.get(doc, "")))
        entries += [labels.label_entry(fid, f, labels.is_permissive(licence)) for fid, f in numbered]
    out = Path(args.out_dir)
    out.mkdir(parents=True, exist_ok=True)
    (out / "house-style.txt").write_text("\n".join(texts), encoding="utf-8")
    labels.dump_yaml(out / "house-style.labels.yaml", {"sample": Path(args.sample).name,
                                                       "plainlint_commit": labels.plainlint_commit(),
                                                       "labels": entries})
    print(f"{len(entries)} findings -> {out}")
    return 0


def score_file(labels_path: Path, corpus: Path):
    labels = labels_module()
    data = labels.load_yaml(labels_path)
    sample = labels.load_yaml(labels_path.parent / data["sample"])
    _, found = sample_findings(sample, corpus)
    return labels.score(data.get("labels", []), data.get("removed", []) or [], found)


GONE = labels_module().GONE  # occurrence numbers from here on mark labels whose finding is no longer reported


def rekey(data: dict, found: list) -> int:
    """Point each label at the finding now at its (path, rule, line, column, end), whose
    occurrence index may have moved when a rule change removed an earlier finding with the same
    text (labels are matched by occurrence). A label whose finding is gone gets an occurrence of
    GONE and up, so it still counts as gone and never matches another finding. Returns how many
    labels changed."""
    at = {(f.path, f.rule, f.line, f.column, f.end_line, f.end_column, f.hash): f.occurrence for f in found}
    changed, spare = 0, GONE
    for entry in data.get("labels", []):
        key = (entry["path"], entry["rule"], entry.get("line"), entry.get("column"), entry.get("end_line"),
               entry.get("end_column"), entry["hash"])
        occurrence = at.get(key)
        if occurrence is None:
            occurrence, spare = spare, spare + 1
        if occurrence != entry.get("occurrence"):
            entry["occurrence"] = occurrence
            changed += 1
    return changed


def cmd_rekey(args) -> int:
    labels = labels_module()
    path = Path(args.labels)
    data = labels.load_yaml(path)
    sample = labels.load_yaml(path.parent / data["sample"])
    _, found = sample_findings(sample, Path(args.corpus))
    changed = rekey(data, found)
    labels.dump_yaml(path, data)
    print(f"{changed} labels re-keyed in {path}")
    return 0


def cmd_score(args) -> int:
    labels = labels_module()
    labels.print_score(score_file(Path(args.labels), Path(args.corpus)))
    return 0


def main(argv: list[str] | None = None) -> int:
    labels = labels_module()
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", default=str(labels.default_corpus()))
    sub = parser.add_subparsers(dest="command", required=True)
    s = sub.add_parser("sample")
    s.add_argument("--seed", type=int, required=True)
    s.add_argument("--target", type=int, default=TARGET)
    s.add_argument("--out", required=True)
    s.add_argument("--folder", action="append", help="corpus folders to draw from (default: the five of labels.py)")
    s.add_argument("--skip-documents-of", action="append",
                   help="a corpus folder whose documents (by path below the source folder) are left out")
    s.add_argument("--exclude-sample", action="append", help="a sample file whose documents are left out")
    s.set_defaults(run=cmd_sample)
    w = sub.add_parser("worklist")
    w.add_argument("--sample", required=True)
    w.add_argument("--out-dir", required=True)
    w.set_defaults(run=cmd_worklist)
    r = sub.add_parser("rekey", help="re-point labels at their findings by position after a rule change")
    r.add_argument("--labels", required=True)
    r.set_defaults(run=cmd_rekey)
    c = sub.add_parser("score")
    c.add_argument("--labels", required=True)
    c.set_defaults(run=cmd_score)
    args = parser.parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
