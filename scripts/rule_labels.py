"""Label one rule's findings on the corpus (issue 30): draw whole documents with a fixed seed,
write a worklist, and re-score. Built on scripts/labels.py (same label format, hashing,
licence checks and scoring), but linting with only the rule selected, so a rare rule gets a
sample of its own.

    python scripts/rule_labels.py sample --rule PL104 --seed 30 --min-findings 60 \
        --out tests/data/support/labels/undefined-acronym.sample.yaml
    python scripts/rule_labels.py worklist --sample tests/data/support/labels/undefined-acronym.sample.yaml \
        --out /tmp/pl104-work          # writes worklist.txt and labels.yaml (fill label/reason)
    python scripts/rule_labels.py score --labels tests/data/support/labels/undefined-acronym.labels.yaml

`sample` takes every document that has a finding of the rule (the files `plainlint check` lints
in the corpus folders), shuffles them with `random.Random(seed)` and adds whole documents until
`--min-findings` are reached (all of them when there are fewer: then every finding is labelled).
`--exclude` leaves out the documents of another sample: the rules were tuned on a first draw
(seed 30, kept as `*.tuning.yaml`) and measured on a second one drawn without its documents.

`--documents-from` draws only from the documents a file lists (one path a line): the documents
where a change adds findings, listed from `compare_output.py --keep` reports, so that a blind sample
reads what the change adds (sens26: PL410's pointers beside a named label).

When the five folders hold no unread documents any more, `--folder` draws from other corpus
folders (bench/, which the tuning never read) and `--skip-documents-of` leaves out the documents
there that are copies of a folder's documents (same path below the source folder, as in
scripts/house_style_labels.py):

    python scripts/rule_labels.py sample --rule PL104 --seed 35 --min-findings 60 \
        --folder bench/ms-iis-docs --folder bench/ms-deployoffice-docs --folder bench/ms-sharepoint-docs \
        --skip-documents-of articles/ms-sharepoint-docs --out tests/data/support/labels/undefined-acronym.seed35.sample.yaml
`kinds` re-scores every label of the rule in every labels file of tests/data (rule samples and
whole-tool samples alike), each document linted with the rule selected in every kind, and splits
them by the kind plainlint reads the document as today (session 17, acr17: which reply labels
still stand now that agent notes are not read); `--list` prints each label in a reply
(`--list-kind article`: in an article, acr20):

    python scripts/rule_labels.py kinds --rule PL104 --list
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import labels  # noqa: E402  (scripts/labels.py)


def rule_config(code: str, mode: str | None = None) -> dict:
    """Only the rule, at its defaults in every kind, except that a kind where it is off by default
    scores it turned on there, at `info` with that kind's other defaults: a rule's labels measure
    what it reports when a team turns it on, and the default is decided from them (README, "Default
    severities from the labels"; undefined-acronym, off in articles since session 12, as
    sensory-directions was in session 10)."""
    from plainlint.rules import all_rules

    rules = all_rules()
    rule = next((r for r in rules if code in (r.code, r.name)), None)
    if rule is None:
        sys.exit(f"unknown rule {code!r}: give a rule's code (PL104) or name (undefined-acronym)")
    config: dict = {"select": [code]}
    off = {kind: {**options, "severity": "info"} for kind, options in rule.per_kind.items()
           if options.get("severity") == "off"}
    if off:
        config["kinds"] = {kind: {"rules": {rule.name: options}} for kind, options in off.items()}
    # undefined-acronym's samples before acr22 were drawn from every abbreviation (`all`), and so
    # were its findings in the samples of its category (a `jargon` sample selects it too); the
    # listed tier, its default mode since, has its own (`--mode listed`, kept in the sample).
    if rule.code == "PL104" or code == str(_category_of("PL104", rules)):
        config["rules"] = {"undefined-acronym": {"mode": (rule.code == "PL104" and mode) or "all"}}
    if rule.code == "PL502":
        # spelling's samples were drawn from the dictionary check; known mode, the default since
        # spell20b, has its own samples (a `tier` in the sample file: see sample_config); `--mode`
        # draws from another mode (spell21's `confident`), kept in the sample file as `mode`.
        config["rules"] = {"spelling": {"mode": mode or "dictionary"}}
    return config


def sample_config(sample: dict) -> dict:
    """rule_config for a sample file: a known-misspellings sample (`tier`) is scored in known mode."""
    config = rule_config(sample["rule"], sample.get("mode"))
    if sample.get("tier"):
        config.pop("rules", None)
    return config


def _category_of(code: str, rules) -> str:
    """The category a rule is in (`jargon` for PL104): selecting it selects the rule."""
    return next(str(r.category) for r in rules if r.code == code)


def cmd_sample(args) -> int:
    corpus = Path(args.corpus)
    linter = labels.Linter(corpus, rule_config(args.rule, args.mode), args.tree)
    skip = {below_source(d) for other in args.skip_documents_of or [] for d in linter.documents(other)}
    listed = listed_documents(args.documents_from)
    with_findings = []
    for folder in args.folder or labels.FOLDERS:
        for doc in linter.documents(folder):
            if below_source(doc) not in skip and (listed is None or doc in listed) and linter.findings(doc):
                with_findings.append(doc)
    total = sum(len(linter.findings(d)) for d in with_findings)
    tuned_on = {d["path"] for path in args.exclude or [] for d in labels.load_yaml(Path(path))["documents"]}
    order = sorted(set(with_findings) - tuned_on)
    random.Random(args.seed).shuffle(order)
    chosen, count = [], 0
    for doc in order:
        if count >= args.min_findings:
            break
        chosen.append(doc)
        count += len(linter.findings(doc))
    data = {"rule": args.rule, "seed": args.seed, "plainlint_commit": labels.plainlint_commit(),
            "excluded": [Path(p).name for p in args.exclude or []],
            **({"tree": True} if args.tree else {}), **({"mode": args.mode} if args.mode else {}),
            **({"folders": list(args.folder)} if args.folder else {}),
            **({"left_out_documents_of": list(args.skip_documents_of)} if args.skip_documents_of else {}),
            **({"documents_from": Path(args.documents_from).name} if args.documents_from else {}),
            "corpus_findings": total, "corpus_documents": len(with_findings), "sampled_findings": count,
            "documents": [{"path": d, "findings": len(linter.findings(d))} for d in sorted(chosen)]}
    labels.dump_yaml(Path(args.out), data)
    print(f"{args.rule}: {total} findings in {len(with_findings)} documents; sampled {count} in {len(chosen)}")
    return 0


def listed_documents(path: str | None) -> set[str] | None:
    """The documents a list file names, one path a line relative to the corpus (`--documents-from`:
    the documents where a change adds findings, so a blind sample reads only what is new)."""
    if path is None:
        return None
    return {line.strip() for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()}


def below_source(path: str) -> str:
    """A document's path below its source folder ('bench/ms-sharepoint-docs/SharePoint/a.md' and
    'articles/ms-sharepoint-docs/SharePoint/a.md' are both 'SharePoint/a.md')."""
    return path.split("/", 2)[-1]


def cmd_worklist(args) -> int:
    corpus = Path(args.corpus)
    sample = labels.load_yaml(Path(args.sample))
    manifest = labels.read_manifest(corpus)
    linter, found = labels.sample_findings(sample, corpus, sample_config(sample), bool(sample.get("tree")))
    texts, entries = [], []
    for number, doc in enumerate(sorted(d["path"] for d in sample["documents"]), 1):
        mine = [f for f in found if f.path == doc]
        licence = labels.licence_of(doc, manifest)
        numbered = [(labels.finding_id(number, n), f) for n, f in enumerate(mine, 1)]
        texts.append(labels.worklist_text(doc, licence, numbered, linter.sources.get(doc, "")))
        entries += [labels.label_entry(fid, f, labels.is_permissive(licence)) for fid, f in numbered]
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "worklist.txt").write_text("\n".join(texts), encoding="utf-8")
    labels.dump_yaml(out / "labels.yaml", {"sample": Path(args.sample).name,
                                           "plainlint_commit": labels.plainlint_commit(), "labels": entries})
    print(f"{len(entries)} findings -> {out}")
    return 0


def score_rule(labels_path: Path, corpus: Path, tree: bool = False) -> labels.Score:
    """Re-lint the sample's documents with only its rule and match the labels; `tree`: with
    spelling's tree evidence from each document's source folder (always, for a sample drawn with it)."""
    data = labels.load_yaml(labels_path)
    sample = labels.load_yaml(labels_path.parent / data["sample"])
    _, found = labels.sample_findings(sample, corpus, sample_config(sample),
                                     tree or bool(sample.get("tree")))
    return labels.score(data.get("labels", []), data.get("removed", []) or [], found)


def cmd_score(args) -> int:
    labels.print_score(score_rule(Path(args.labels), Path(args.corpus), args.tree), lost=False)
    return 0


def rule_labels_by_document(rule_name: str) -> dict[str, list[tuple[str, dict]]]:
    """Every label of the rule in tests/data, by document path: (labels file, entry)."""
    by_path: dict[str, list[tuple[str, dict]]] = {}
    for path in sorted((labels.ROOT / "tests" / "data").rglob("*.labels.yaml")):
        for entry in labels.load_yaml(path).get("labels") or []:
            if entry.get("rule") == rule_name:
                by_path.setdefault(entry["path"], []).append((path.name, entry))
    return by_path


def cmd_kinds(args) -> int:
    corpus = Path(args.corpus)
    config = rule_config(args.rule, args.mode)
    rule_name = _rule_name(args.rule)
    rulings = labels.adjudications()
    by_path = rule_labels_by_document(rule_name)
    linters = {root: labels.Linter(root, config) for root in {labels.corpus_holding(p, corpus) for p in by_path}}
    totals: dict[str, dict[str, int]] = {}
    rows = []
    for path, entries in sorted(by_path.items()):
        root = labels.corpus_holding(path, corpus)
        if not (root / path).exists():
            kind, found = "missing", []
        else:
            found = linters[root].findings(path)
            kind = linters[root].kinds[path]
        keys = {f.key for f in found if f.rule == rule_name}
        for file_name, entry in entries:
            now = "reported" if labels.label_key(entry) in keys else "gone"
            verdict = labels.verdict_when_gone(entry, rulings)  # the rulings on its text, else its label
            count = totals.setdefault(kind, {})
            count[f"{verdict} {now}"] = count.get(f"{verdict} {now}", 0) + 1
            rows.append((kind, file_name, path, entry, verdict, now))
    for kind, count in sorted(totals.items()):
        print(f"== {kind}: " + ", ".join(f"{k} {v}" for k, v in sorted(count.items())))
    if args.list:
        for kind, file_name, path, entry, verdict, now in rows:
            if kind == args.list_kind:
                print(f"{file_name}\t{path}:{entry.get('line')}\t{verdict}\t{now}\t{entry.get('text', '')}\t{entry.get('reason', '')[:140]}")
    return 0


def _rule_name(code: str) -> str:
    from plainlint.rules import all_rules

    return next(r.name for r in all_rules() if code in (r.code, r.name))


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--corpus", default=str(labels.default_corpus()))
    sub = p.add_subparsers(dest="command", required=True)
    s = sub.add_parser("sample")
    s.add_argument("--rule", required=True)
    s.add_argument("--seed", type=int, required=True)
    s.add_argument("--min-findings", type=int, default=40)
    s.add_argument("--out", required=True)
    s.add_argument("--exclude", action="append", help="a sample file (e.g. the one tuned on) whose documents are left out")
    s.add_argument("--folder", action="append", help="corpus folders to draw from (default: the five of labels.py)")
    s.add_argument("--skip-documents-of", action="append",
                   help="a corpus folder whose documents (by path below the source folder) are left out")
    s.add_argument("--tree", action="store_true",
                   help="spelling's tree evidence from each document's source folder, as `plainlint check FOLDER` "
                        "reads it; recorded in the sample, so its worklist and score use it too")
    s.add_argument("--documents-from",
                   help="a file listing the only documents to draw from, one path a line relative to the corpus "
                        "(the documents where a change adds findings); its name is kept in the sample")
    s.add_argument("--mode", choices=("known", "confident", "dictionary", "listed", "all"),
                   help="spelling's mode to draw from (default: the dictionary check), or undefined-acronym's "
                        "(default: all); recorded in the sample")
    s.set_defaults(run=cmd_sample)
    w = sub.add_parser("worklist")
    w.add_argument("--sample", required=True)
    w.add_argument("--out", required=True)
    w.set_defaults(run=cmd_worklist)
    c = sub.add_parser("score")
    c.add_argument("--labels", required=True)
    c.add_argument("--tree", action="store_true",
                   help="spelling's tree evidence from each document's source folder, as `plainlint check FOLDER` reads it")
    c.set_defaults(run=cmd_score)
    k = sub.add_parser("kinds", help="every label of the rule in tests/data, by the kind its document reads as now")
    k.add_argument("--rule", required=True)
    k.add_argument("--list", action="store_true", help="print each label in a document read as a reply")
    k.add_argument("--list-kind", default="reply", help="with --list: the kind whose labels are printed (article)")
    k.add_argument("--mode", help="the rule's mode to re-lint with (undefined-acronym: listed or all, the default)")
    k.set_defaults(run=cmd_kinds)
    args = p.parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
