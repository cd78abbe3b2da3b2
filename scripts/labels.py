"""Labelled findings on real content (issue 25): sample documents, write worklists, merge
labels, re-score.

Subcommands (run from the repository root; see tests/data/labels/README.md):

    python scripts/labels.py sample --seed 2026 --out tests/data/labels/sample-a.yaml
    python scripts/labels.py sample --seed 2027 --exclude tests/data/labels/sample-a.yaml \
        --out tests/data/labels/sample-b.yaml
    python scripts/labels.py worklist --sample tests/data/labels/sample-a.yaml --chunks 4 \
        --out-dir /tmp/labels-work/
    python scripts/labels.py merge --out tests/data/labels/sample-a.labels.yaml \
        /tmp/labels-work/chunk-*.labels.yaml
    python scripts/labels.py score --labels tests/data/labels/sample-a.labels.yaml [--json]

plainlint runs in-process with its default rule selection and no config file (what a user
sees), one file at a time. Only content rules are labelled (PL1xx-PL4xx); the PL9xx notices
(language-skipped, file-skipped, encoding-detected, no-fields, ...) describe the run, not the
text, and are left out everywhere.

Labels are matched to findings by (path, rule, hash of the flagged text, occurrence index of
that triple in document order), so an edit that shifts lines keeps its labels; line and column
are kept for the reader only. tests/accuracy/test_labels.py imports this file, so the scoring has one
implementation.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

import yaml

# The pieces, by responsibility; every name is kept here too, for the scripts and tests that
# `import labels` (or load this file by path under another name).
sys.path.insert(0, str(Path(__file__).resolve().parent))
from labels_draw import (BASE, CONTEXT_LINES, RUBRIC, SIZE_TIERS, TARGET, UNIT_RULES,  # noqa: E402,F401
                         context_block, cut, draw, finding_id, interleave, label_entry, seeded_orders,
                         short_of_target, split_chunks, worklist_text)
from labels_findings import (FOLDERS, Found, Linter, corpus_holding, counted_findings,  # noqa: E402,F401
                             default_corpus, folder_of, heldout_corpus, is_labelled_rule,
                             number_occurrences, plainlint_commit, sample_findings, scope_of_finding,
                             source_folder)
from labels_format import (LABELS, NOT_PERMISSIVE_PREFIXES, PERMISSIVE_PREFIXES, QUOTE_WORDS,  # noqa: E402,F401
                           ROOT, UNIT_CUT, LabelError, dump_yaml, is_permissive, label_key,
                           licence_of, load_yaml, merge, normalise, quoted_runs,
                           read_manifest, text_hash, validate_entry, validate_labels, validate_removed)
from labels_score import (ADJUDICATIONS, GONE, KIND_OF_FOLDER, RuleScore, Score,  # noqa: E402,F401
                          adjudications, documents_after_their_paragraph, loud_only, misses,
                          print_score, score, score_by_kind, score_json, score_labels_file, score_table,
                          verdict_of, verdict_when_gone)


def cmd_sample(args) -> int:
    corpus = Path(args.corpus)
    linter = Linter(corpus)
    manifest = read_manifest(corpus)
    exclude = set()
    for other in args.exclude or []:
        exclude |= {d["path"] for d in load_yaml(Path(other))["documents"]}
    chosen, counts = draw(linter, args.seed, BASE, exclude)
    documents = [{"path": c["path"], "folder": folder_of(c["path"]), "licence": licence_of(c["path"], manifest),
                  "findings": len(linter.findings(c["path"])), "why": c["why"]} for c in chosen]
    data = {
        "seed": args.seed,
        "plainlint_commit": plainlint_commit(),
        "selection": "default rules, no config file; PL9xx notices left out",
        "base_per_folder": dict(BASE),
        "target_per_rule": TARGET,
        "excluded_samples": [Path(p).name for p in args.exclude or []],
        "findings_per_rule": dict(sorted(counts.items())),
        "findings_total": sum(counts.values()),
        "short_of_target": short_of_target(linter, chosen, counts),
        "documents": documents,
    }
    dump_yaml(Path(args.out), data)
    print(f"{len(documents)} documents, {sum(counts.values())} findings -> {args.out}")
    for rule, n in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {rule:22} {n}")
    return 0


def cmd_worklist(args) -> int:
    sample = load_yaml(Path(args.sample))
    corpus = Path(args.corpus)
    manifest = read_manifest(corpus)
    linter, found = sample_findings(sample, corpus)
    by_doc: dict[str, list[Found]] = defaultdict(list)
    for f in found:
        by_doc[f.path].append(f)
    paths = sorted(d["path"] for d in sample["documents"])
    ids = {p: i for i, p in enumerate(paths, 1)}
    out_dir = Path(args.out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    groups = split_chunks({p: len(by_doc[p]) for p in paths}, args.chunks)
    for k, group in enumerate(groups, 1):
        texts, entries = [RUBRIC, f"Sample: {Path(args.sample).name} (seed {sample['seed']}), chunk {k} of {len(groups)}\n"], []
        for doc in group:
            licence = licence_of(doc, manifest)
            numbered = [(finding_id(ids[doc], n), f) for n, f in enumerate(by_doc[doc], 1)]
            if not numbered:
                continue
            texts.append(worklist_text(doc, licence, numbered, linter.sources.get(doc, "")))
            entries.extend(label_entry(fid, f, is_permissive(licence)) for fid, f in numbered)
        (out_dir / f"chunk-{k}.txt").write_text("\n".join(texts), encoding="utf-8")
        dump_yaml(out_dir / f"chunk-{k}.labels.yaml",
                  {"sample": Path(args.sample).name, "chunk": k, "plainlint_commit": plainlint_commit(), "labels": entries})
        per_rule = Counter(e["rule"] for e in entries)
        print(f"chunk-{k}: {len(group)} documents, {len(entries)} findings  "
              + ", ".join(f"{r} {n}" for r, n in sorted(per_rule.items())))
    return 0


def cmd_merge(args) -> int:
    corpus = Path(args.corpus)
    try:
        data = merge([load_yaml(Path(p)) for p in args.chunks], read_manifest(corpus))
    except LabelError as exc:
        print(exc, file=sys.stderr)
        return 1
    out = Path(args.out)
    if out.exists():
        data["removed"] = load_yaml(out).get("removed", []) or []
    dump_yaml(out, data)
    print(f"{len(data['labels'])} labels -> {out}")
    return 0


def cmd_score(args) -> int:
    config = load_yaml(Path(args.config)) if args.config else None
    if args.by_kind:
        for kind, result in score_by_kind(Path(args.labels), Path(args.corpus), config, args.loud).items():
            print(f"== {kind}\n{score_table(result)}\n")
        return 0
    result = score_labels_file(Path(args.labels), Path(args.corpus), config)
    if args.exceptions:
        print(yaml.safe_dump(misses(result), sort_keys=False), end="")
    elif args.json:
        print(json.dumps(score_json(result), indent=2))
    else:
        print_score(result)
    return 0


# ---------------------------------------------------------------- cli

def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--corpus", default=str(default_corpus()), help="shared/corpus (default: $PLAINLINT_CORPUS or ../shared/corpus)")
    sub = p.add_subparsers(dest="command", required=True)
    s = sub.add_parser("sample", help="draw documents with a fixed seed")
    s.add_argument("--seed", type=int, required=True)
    s.add_argument("--out", required=True)
    s.add_argument("--exclude", action="append", help="a sample file whose documents are left out")
    s.set_defaults(run=cmd_sample)
    w = sub.add_parser("worklist", help="chunks for labellers")
    w.add_argument("--sample", required=True)
    w.add_argument("--chunks", type=int, default=4)
    w.add_argument("--out-dir", required=True)
    w.set_defaults(run=cmd_worklist)
    m = sub.add_parser("merge", help="merge filled chunk label files")
    m.add_argument("--out", required=True)
    m.add_argument("chunks", nargs="+")
    m.set_defaults(run=cmd_merge)
    c = sub.add_parser("score", help="re-run plainlint on the sample and score the labels")
    c.add_argument("--labels", required=True)
    c.add_argument("--json", action="store_true")
    c.add_argument("--exceptions", action="store_true",
                   help="print the rules that miss the test's bars as precision-exceptions.yaml entries")
    c.add_argument("--config", help="a .plainlint.yaml to lint with instead of the defaults (what-if scoring)")
    c.add_argument("--loud", action="store_true",
                   help="with --by-kind: score only the findings at warning or error (info ones count as gone)")
    c.add_argument("--by-kind", action="store_true",
                   help="one table per kind of document (by corpus folder), reading-level split by scope")
    c.set_defaults(run=cmd_score)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
