"""What a known-misspellings-only tier of the spelling rule (PL502) would report (spell19, issue 33).

Not shipped with plainlint: a measurement. The tier is the full check's findings whose word is a
known misspelling (`rulesets/spelling.yaml` `misspellings`, `rulesets/spelling-corrections.txt` and,
since spell20, `rulesets/spelling-mined.txt`: the dictionary's `misspellings`),
so it keeps the rule's word selection: code, URLs, identifiers, names and the rest are skipped as now.

    plainlint check CORPUS --select PL502 --format jsonl -j 2 --no-cache > run.jsonl
    python scripts/spelling_known_tier.py count run.jsonl CORPUS
    python scripts/spelling_known_tier.py draw CORPUS run.jsonl SEED MIN_FINDINGS OUT_DIR [EXCLUDE.sample.yaml ...]
    python scripts/spelling_known_tier.py recall [CORPUS DOCUMENTS SEED]

`draw` shuffles (seeded) the documents with a tier finding and takes whole documents until
MIN_FINDINGS, writing a sample, a labels file (scripts/labels.py's format: text only for permissive
licences) and a worklist (never commit it: it shows the source). `recall` runs
scripts/spelling_recall.py's seeded misspellings and counts those the tier flags: the full check
flags them and the misspelled form is a known misspelling whose corrections hold the original.
"""

from __future__ import annotations

import collections
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import labels  # noqa: E402  (scripts/labels.py)

WORD = re.compile(r"^'([^']+)'")


def misspellings() -> dict[str, tuple[str, ...]]:
    from plainlint.nlp.spelling import dictionary

    return dictionary().misspellings


def tier_findings(jsonl: str) -> list[tuple[dict, str]]:
    known = misspellings()
    out = []
    with open(jsonl, encoding="utf-8") as handle:
        for line in handle:
            finding = json.loads(line)
            word = WORD.match(finding["message"])
            if finding.get("code") == "PL502" and word and word.group(1).lower() in known:
                out.append((finding, word.group(1)))
    return out


def relative(path: str, corpus: Path) -> str:
    return Path(path).resolve().relative_to(corpus.resolve()).as_posix()


def cmd_count(jsonl: str, corpus: str) -> None:
    root = Path(corpus)
    with open(jsonl, encoding="utf-8") as handle:
        full = sum(1 for line in handle if '"PL502"' in line)
    found = tier_findings(jsonl)
    by_source, words = collections.Counter(), collections.Counter()
    for finding, word in found:
        parts = Path(relative(finding["path"], root)).parts
        by_source["/".join(parts[:3] if parts[0] == "heldout" else parts[:2])] += 1
        words[word.lower()] += 1
    documents = len({f["path"] for f, _ in found})
    print(f"full check {full} findings; known tier {len(found)} in {documents} documents")
    for source, n in by_source.most_common():
        print(f"  {n:4} {source}")
    print("  words: " + ", ".join(f"{w} {n}" for w, n in words.most_common()))


def cmd_draw(corpus: str, jsonl: str, seed: str, target: str, out: str, *exclude: str) -> None:
    root, out_dir = Path(corpus), Path(out)
    known = misspellings()
    left_out = {d["path"] for p in exclude for d in labels.load_yaml(Path(p))["documents"]}
    candidates = {relative(f["path"], root) for f, _ in tier_findings(jsonl)}
    order = sorted(candidates - left_out)
    random.Random(int(seed)).shuffle(order)
    linter = labels.Linter(root, {"select": ["spelling"]})

    def tier(doc: str) -> list:
        return [f for f in linter.findings(doc) if f.text.lower() in known]

    chosen, count = [], 0
    for doc in order:
        if count >= int(target):
            break
        if tier(doc):
            chosen.append(doc)
            count += len(tier(doc))
    stem = f"spelling-known.seed{seed}"
    manifest = labels.read_manifest(root)
    out_dir.mkdir(parents=True, exist_ok=True)
    labels.dump_yaml(out_dir / f"{stem}.sample.yaml", {
        "rule": "spelling", "tier": "known misspellings only", "seed": int(seed),
        "plainlint_commit": labels.plainlint_commit(), "excluded": [Path(p).name for p in exclude],
        "corpus_documents": len(candidates), "sampled_findings": count,
        "documents": [{"path": d, "findings": len(tier(d))} for d in sorted(chosen)]})
    texts, entries = [], []
    for number, doc in enumerate(sorted(chosen), 1):
        licence = labels.licence_of(doc, manifest)
        numbered = [(labels.finding_id(number, n), f) for n, f in enumerate(tier(doc), 1)]
        texts.append(labels.worklist_text(doc, licence, numbered, linter.sources.get(doc, "")))
        entries += [labels.label_entry(fid, f, labels.is_permissive(licence)) for fid, f in numbered]
    (out_dir / f"{stem}.worklist.txt").write_text("\n".join(texts), encoding="utf-8")
    labels.dump_yaml(out_dir / f"{stem}.labels.yaml", {"sample": f"{stem}.sample.yaml",
                                                       "plainlint_commit": labels.plainlint_commit(),
                                                       "labels": entries})
    print(f"{len(candidates)} documents with a tier finding ({len(order)} not excluded); "
          f"sampled {count} findings in {len(chosen)} documents")


def cmd_recall(corpus: str | None = None, documents: str = "40", seed: str = "33") -> None:
    import spelling_recall

    files = (spelling_recall.permissive_articles(Path(corpus), int(documents), int(seed)) if corpus
             else spelling_recall.test_copies())
    seeds = spelling_recall.run(files, int(seed))
    known = misspellings()
    listed = [s for s in seeds if s.misspelled.lower() in known]
    caught = [s for s in listed if s.flagged and s.original in known[s.misspelled.lower()]]
    n = max(len(seeds), 1)
    flagged, suggested = sum(s.flagged for s in seeds), sum(s.suggested for s in seeds)
    print(f"{len(seeds)} seeded: full check flagged {flagged} ({100 * flagged / n:.1f}%), right word in the "
          f"first three {suggested} ({100 * suggested / n:.1f}%); known tier: {len(listed)} seeds are listed "
          f"misspellings, {len(caught)} flagged with the list's correction ({100 * len(caught) / n:.1f}%)")


def main(argv: list[str]) -> int:
    commands = {"count": cmd_count, "draw": cmd_draw, "recall": cmd_recall}
    if not argv or argv[0] not in commands:
        print(__doc__)
        return 2
    commands[argv[0]](*argv[1:])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
