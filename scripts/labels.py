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
import csv
import hashlib
import json
import os
import random
import re
import subprocess
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = ("articles", "articles-html", "emails", "macros", "macros-exports")
# Base documents per folder, tuned so the base gives roughly 400-600 findings (see README).
BASE = {"articles": 12, "articles-html": 6, "emails": 10, "macros": 12, "macros-exports": 6}
TARGET = 40          # labelled findings wanted per rule
# A top-up takes documents with at most 30 findings first, then up to 60, then up to 150;
# never more, so one long page is not labelled whole for one rare finding.
SIZE_TIERS = (30, 60, 150)
LABELS = ("TP", "FP", "debatable")
UNIT_RULES = ("reading-level", "sentence-length")
PERMISSIVE_PREFIXES = ("MIT", "Apache-2.0", "BSD-", "CC0-1.0", "CC-BY-")
NOT_PERMISSIVE_PREFIXES = ("CC-BY-SA", "CC-BY-NC", "CC-BY-ND")
UNIT_CUT = 1200
CONTEXT_LINES = 2


# ---------------------------------------------------------------- licences

def is_permissive(spdx: str | None) -> bool:
    """MIT, Apache-2.0, BSD-*, CC0-1.0 and CC-BY-* (not -SA, -NC or -ND). An `A AND B`
    expression is permissive only when every part is; `A OR B` when some part is."""
    if not spdx or spdx.strip() in ("-", "unknown", "NOASSERTION"):
        return False
    spdx = spdx.strip().strip("()")
    if " OR " in spdx:
        return any(is_permissive(part) for part in spdx.split(" OR "))
    if " AND " in spdx:
        return all(is_permissive(part) for part in spdx.split(" AND "))
    if spdx.startswith(NOT_PERMISSIVE_PREFIXES):
        return False
    return spdx == "MIT" or spdx.startswith(PERMISSIVE_PREFIXES)


def read_manifest(corpus: Path) -> dict[str, str]:
    """folder_in_corpus -> licence_spdx."""
    with open(corpus / "MANIFEST.tsv", encoding="utf-8", newline="") as handle:
        return {row["folder_in_corpus"]: row["licence_spdx"] for row in csv.DictReader(handle, delimiter="\t")}


def licence_of(path: str, manifest: dict[str, str]) -> str:
    """The licence of the longest MANIFEST folder that contains `path` ("unknown" if none)."""
    best = ""
    for folder in manifest:
        if (path == folder or path.startswith(folder.rstrip("/") + "/")) and len(folder) > len(best):
            best = folder
    return manifest[best] if best else "unknown"


# ---------------------------------------------------------------- findings

def normalise(text: str) -> str:
    return " ".join(text.split())


def text_hash(text: str) -> str:
    """First 16 hex digits of sha256 of the flagged text with whitespace collapsed."""
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()[:16]


@dataclass
class Found:
    """One finding, reduced to what labelling needs."""
    path: str
    rule: str
    line: int
    column: int
    end_line: int
    end_column: int
    start: int
    end: int
    text: str
    message: str = ""
    severity: str = ""
    suggestions: list[str] = field(default_factory=list)
    occurrence: int = 0
    scope: str = ""  # reading-level: "paragraph" or "document"; table-headers: "data" or "layout"

    @property
    def hash(self) -> str:
        return text_hash(self.text)

    @property
    def key(self) -> tuple:
        return (self.path, self.rule, self.hash, self.occurrence)


def number_occurrences(found: list[Found]) -> list[Found]:
    """Sort into document order and give each finding its occurrence index among the findings
    with the same (path, rule, hash): the first "click here" link is 0, the next 1, ..."""
    found = sorted(found, key=lambda f: (f.path, f.start, f.end, f.rule, f.line, f.column))
    seen: Counter = Counter()
    for f in found:
        triple = (f.path, f.rule, f.hash)
        f.occurrence = seen[triple]
        seen[triple] += 1
    return found


def scope_of_finding(context: dict) -> str:
    """What a finding judges, when one rule makes findings of different kinds at one place:
    reading-level's `scope` (a paragraph, or the document anchored on it) and table-headers'
    `table` (a data table without headers, or a layout table without role="presentation")."""
    return str(context.get("scope") or context.get("table") or "")


def is_labelled_rule(code: str) -> bool:
    """Content rules only: PL9xx are notices about the run (skipped files, detected encodings)."""
    return not code.startswith("PL9")


def source_folder(rel: str) -> str:
    """The repository a corpus document comes from: its first two folders ('heldout/anki-manual',
    'articles/ms-sharepoint-docs'), three under a fresh-* folder."""
    parts = Path(rel).parts
    return "/".join(parts[:3] if len(parts) > 1 and parts[1].startswith("fresh-") else parts[:2])


class Linter:
    """plainlint in-process with the default selection and no config file, one file at a time.
    Results are kept per path, so the sampler lints each document once."""

    def __init__(self, corpus: Path, config: dict | None = None, tree: bool = False):
        """`tree`: lint each document with spelling's tree evidence from its source folder, as
        `plainlint check FOLDER` with no config reads it (running/tree_pass.py)."""
        from plainlint.config import Config, Resolver, Selection

        self.corpus = Path(os.path.abspath(corpus))  # discovery lists absolute paths; relative_to needs the same form
        self.resolver = Resolver(Config(data=config or {}, root=self.corpus), Selection(None, [], []))
        self._memo: dict[str, list[Found]] = {}
        self.sources: dict[str, str] = {}
        self.kinds: dict[str, str] = {}  # the kind plainlint read each linted document as
        self.tree = tree
        self._tree_terms: dict[str, frozenset] = {}

    def documents(self, folder: str) -> list[str]:
        """The files `plainlint check <folder>` would lint, relative to the corpus, sorted."""
        from plainlint.running.discovery import Discovery

        discovery = Discovery(self.resolver, None, [], True)
        return sorted(Path(c.path).relative_to(self.corpus).as_posix() for c in discovery.files([self.corpus / folder]))

    def findings(self, rel: str) -> list[Found]:
        if rel not in self._memo:
            self._memo[rel] = self._lint(rel)
        return self._memo[rel]

    def _lint(self, rel: str) -> list[Found]:
        from plainlint.linting.engine import lint_file

        path = self.corpus / rel
        settings = self.resolver.settings(path)
        if self.tree:
            settings = replace(settings, tree_terms=self.tree_terms(source_folder(rel)))
        result = lint_file(path, rel, settings)
        if result.error is not None:
            raise RuntimeError(f"{rel}: {result.error}")
        text = result.source.text if result.source is not None else ""
        self.sources[rel] = text
        self.kinds[rel] = result.document.kind if result.document is not None else ""
        found = [Found(rel, f.rule, f.line, f.column, f.end_line, f.end_column, f.start, f.end,
                       f.flagged or text[f.start:f.end], f.message, f.severity, list(f.suggestions),
                       scope=scope_of_finding(f.context))
                 for f in result.findings if is_labelled_rule(f.code)]
        return number_occurrences(found)

    def tree_terms(self, folder: str) -> frozenset:
        """Spelling's terms from the files `plainlint check FOLDER` lints (nlp/tree_words.py)."""
        if folder not in self._tree_terms:
            from plainlint.nlp.tree_words import TreeWords, spelling_terms

            counts = TreeWords()
            for rel in self.documents(folder):
                data = (self.corpus / rel).read_bytes()
                if b"\0" not in data:
                    counts.add(data.decode("utf-8", "replace"))
            self._tree_terms[folder] = spelling_terms(counts)
        return self._tree_terms[folder]

    def rules(self) -> list[str]:
        """Names of the content rules in the default selection, in code order."""
        settings = self.resolver.settings(self.corpus / "x.md")
        return [r.name for r in sorted(settings.rules, key=lambda r: r.code) if is_labelled_rule(r.code)]


def plainlint_commit() -> str:
    try:
        out = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "HEAD"], capture_output=True, text=True, check=True)
        return out.stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def default_corpus() -> Path:
    return Path(os.environ.get("PLAINLINT_CORPUS", ROOT.parent / "shared" / "corpus"))


def heldout_corpus() -> Path:
    """The corpus kept apart from ../shared/corpus (scripts/build_heldout_corpus.py); its folders are heldout/..."""
    return Path(os.environ.get("PLAINLINT_HELDOUT_CORPUS", ROOT.parent / "shared" / "heldout-spelling"))


def corpus_holding(path: str, corpus: Path) -> Path:
    """The corpus a label's path is relative to: `corpus`, or the held-out corpus for its heldout/ folders
    (labels files of both kinds sit side by side in tests/data/labels/)."""
    if path.startswith("heldout/") and not (corpus / path).exists():
        return heldout_corpus()
    return corpus


# ---------------------------------------------------------------- sample

def seeded_orders(linter: Linter, seed: int, exclude: set[str]) -> dict[str, list[str]]:
    """Per folder, its documents shuffled with random.Random(seed) (one generator, folders in
    FOLDERS order), minus the excluded ones."""
    rng = random.Random(seed)
    orders = {}
    for folder in FOLDERS:
        docs = linter.documents(folder)
        rng.shuffle(docs)
        orders[folder] = [d for d in docs if d not in exclude]
    return orders


def interleave(orders: dict[str, list[str]], skip: set[str]) -> list[str]:
    """One candidate order for top-ups: the folders' seeded orders taken in turn."""
    out, lists = [], [list(orders[f]) for f in FOLDERS]
    while any(lists):
        for docs in lists:
            while docs:
                doc = docs.pop(0)
                if doc not in skip:
                    out.append(doc)
                    break
    return out


def draw(linter: Linter, seed: int, base: dict[str, int], exclude: set[str], target: int = TARGET,
         tiers: tuple[int, ...] = SIZE_TIERS) -> tuple[list[dict], Counter]:
    """Documents (with why each was chosen) and the per-rule finding counts they give.

    Base: the first base[folder] documents of each folder's seeded order. Top-up: for each rule
    still under `target`, in code order, the next candidates (seeded order, folders in turn)
    that contain the rule, small documents first (one pass per size tier: at most tiers[0]
    findings, then tiers[1], ...), until the rule reaches `target` or its documents run out."""
    orders = seeded_orders(linter, seed, exclude)
    chosen: list[dict] = []
    counts: Counter = Counter()

    def take(doc: str, why: str) -> None:
        chosen.append({"path": doc, "why": why})
        counts.update(f.rule for f in linter.findings(doc))

    for folder in FOLDERS:
        for doc in orders[folder][:base.get(folder, 0)]:
            take(doc, "base")
    for rule in linter.rules():
        for limit in tiers:
            if counts[rule] >= target:
                break
            for doc in interleave(orders, {c["path"] for c in chosen}):
                if counts[rule] >= target:
                    break
                found = linter.findings(doc)
                if any(f.rule == rule for f in found) and len(found) <= limit:
                    take(doc, f"top-up {rule}")
    return chosen, counts


def short_of_target(linter: Linter, chosen: list[dict], counts: Counter, target: int = TARGET) -> dict:
    """For each rule under `target`: what the sample has and what is left in documents it did
    not take (these are over the size cap). Such a rule made the sampler lint every candidate,
    so the memo holds the whole picture."""
    taken = {c["path"] for c in chosen}
    left: Counter = Counter()
    for path, found in linter._memo.items():
        if path not in taken:
            left.update(f.rule for f in found)
    return {rule: {"in_sample": counts[rule], "left_in_documents_over_the_cap": left[rule]}
            for rule in linter.rules() if counts[rule] < target}


def folder_of(path: str) -> str:
    return path.split("/", 1)[0]


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


# ---------------------------------------------------------------- worklist

RUBRIC = """\
Rubric (label every finding; one-line reason in your own words):
- TP: a careful editor of support content would change this text for this reason.
- FP: the finding is wrong (not prose - code, data, UI labels, product names; a parsing or
  unit-splitting error; the phrase is fine in context; the rule misread grammar).
- debatable: reasonable editors would disagree.
- reading-level and sentence-length: TP when a careful editor would split or simplify that
  unit for its audience; FP when the score comes from non-prose (code, data lines, shortcodes,
  version tables), a unit-splitting error, or plainly easy text.
- Never copy text from a non-permissively licensed file into a reason.
Fill `label` (TP / FP / debatable) and `reason` in the matching chunk-K.labels.yaml, by id.
"""


def counted_findings(sample: dict, found: list[Found]) -> list[Found]:
    """The findings a sample labels: all, unless it leaves rules out (`left_out_rules`, names of
    rules measured elsewhere) or keeps only some severities (`severities`; scripts/fresh_labels.py)."""
    left_out = set(sample.get("left_out_rules") or [])
    severities = set(sample.get("severities") or [])
    return [f for f in found if f.rule not in left_out and (not severities or f.severity in severities)]


def sample_findings(sample: dict, corpus: Path, config: dict | None = None,
                    tree: bool = False) -> tuple[Linter, list[Found]]:
    linter = Linter(corpus, config, tree)
    found: list[Found] = []
    for doc in sample["documents"]:
        found.extend(counted_findings(sample, linter.findings(doc["path"])))
    return linter, found


def split_chunks(counts: dict[str, int], chunks: int) -> list[list[str]]:
    """Documents into `chunks` groups with close finding totals (largest first, each to the
    lightest group); each group keeps the sample's path order."""
    groups: list[list[str]] = [[] for _ in range(chunks)]
    totals = [0] * chunks
    for doc in sorted(counts, key=lambda d: (-counts[d], d)):
        k = totals.index(min(totals))
        groups[k].append(doc)
        totals[k] += counts[doc]
    return [sorted(g) for g in groups]


def context_block(source: str, f: Found) -> str:
    """~2 numbered lines either side of the finding; a unit longer than 7 lines shows its first
    and last 3 lines only (the flagged text above has the whole unit, cut at 1,200 characters)."""
    lines = source.splitlines()
    first, last = max(1, f.line - CONTEXT_LINES), min(len(lines), f.end_line + CONTEXT_LINES)
    numbers = list(range(first, last + 1))
    if f.end_line - f.line > 6:
        numbers = [n for n in numbers if n < f.line + 3 or n > f.end_line - 3]
    out, previous = [], None
    for n in numbers:
        if previous is not None and n != previous + 1:
            out.append("          [...]")
        line = lines[n - 1]
        out.append(f"    {n:>5} | {line if len(line) <= 400 else line[:400] + ' [...]'}")
        previous = n
    return "\n".join(out)


def cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit] + f" [... {len(text) - limit} more characters]"


def finding_id(doc_no: int, n: int) -> str:
    return f"d{doc_no:03d}-f{n:03d}"


def label_entry(fid: str, f: Found, permissive: bool) -> dict:
    entry = {"id": fid, "path": f.path, "rule": f.rule, "line": f.line, "column": f.column,
             "end_line": f.end_line, "end_column": f.end_column, "hash": f.hash, "occurrence": f.occurrence}
    if permissive:
        entry["text"] = normalise(f.text)[:UNIT_CUT]
    entry.update({"label": "", "reason": ""})
    return entry


def worklist_text(doc: str, licence: str, entries: list[tuple[str, Found]], source: str) -> str:
    out = [f"=== {doc}", f"    licence: {licence}{'' if is_permissive(licence) else '  (NOT permissive: never quote it in a reason)'}", ""]
    for fid, f in entries:
        flagged = cut(normalise(f.text), UNIT_CUT if f.rule in UNIT_RULES else 300)
        out.append(f"[{fid}] {f.rule} at {f.line}:{f.column}-{f.end_line}:{f.end_column} ({f.severity})")
        out.append(f"    message: {f.message}")
        if f.suggestions:
            out.append(f"    suggestions: {' | '.join(f.suggestions)}")
        out.append(f"    flagged: {flagged}")
        out.append("    context:")
        out.append(context_block(source, f))
        out.append("    label: ____   reason: ______________________________")
        out.append("")
    return "\n".join(out) + "\n"


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


# ---------------------------------------------------------------- merge and validate

class LabelError(ValueError):
    pass


def validate_entry(entry: dict, manifest: dict[str, str]) -> list[str]:
    """Problems with one label entry (empty when it is fine)."""
    where = f"{entry.get('id', '?')} {entry.get('path', '?')} [{entry.get('rule', '?')}]"
    problems = []
    for key in ("path", "rule", "hash"):
        if not entry.get(key):
            problems.append(f"{where}: no {key}")
    if entry.get("label") not in LABELS:
        problems.append(f"{where}: label {entry.get('label')!r} is not one of {', '.join(LABELS)}")
    reason = entry.get("reason")
    if not isinstance(reason, str) or not reason.strip():
        problems.append(f"{where}: no reason")
    elif "\n" in reason.strip():
        problems.append(f"{where}: the reason must be one line")
    if "text" in entry and not is_permissive(licence_of(str(entry.get("path", "")), manifest)):
        problems.append(f"{where}: text given for a file whose licence "
                        f"({licence_of(str(entry.get('path', '')), manifest)}) is not permissive; keep only the hash")
    return problems


QUOTE_WORDS = 5  # a reason sharing this many words in a row with its file quotes it


def quoted_runs(reason: str, source: str, run: int = QUOTE_WORDS) -> list[str]:
    """Runs of `run` consecutive words of `reason` that also occur in `source` (case and
    punctuation ignored): reasons for non-permissive files must describe, never quote."""
    def words(text: str) -> list[str]:
        return re.findall(r"[a-z0-9]+(?:['’][a-z0-9]+)*", text.lower())

    source_words = words(source)
    present = {tuple(source_words[i:i + run]) for i in range(len(source_words) - run + 1)}
    reason_words = words(reason)
    return [" ".join(reason_words[i:i + run]) for i in range(len(reason_words) - run + 1)
            if tuple(reason_words[i:i + run]) in present]


def validate_removed(entry: dict) -> list[str]:
    missing = [k for k in ("path", "rule", "hash", "reason") if not entry.get(k)]
    return [f"removed entry {entry}: no {', '.join(missing)}"] if missing else []


def validate_labels(data: dict, manifest: dict[str, str]) -> list[str]:
    problems, keys = [], Counter()
    for entry in data.get("labels", []):
        problems.extend(validate_entry(entry, manifest))
        keys[label_key(entry)] += 1
    problems.extend(f"label for {key} given {n} times" for key, n in keys.items() if n > 1)
    for entry in data.get("removed", []) or []:
        problems.extend(validate_removed(entry))
    return problems


def label_key(entry: dict) -> tuple:
    return (entry.get("path"), entry.get("rule"), entry.get("hash"), int(entry.get("occurrence", 0)))


def merge(chunks: list[dict], manifest: dict[str, str], sample: str | None = None) -> dict:
    labels = [e for c in chunks for e in c.get("labels", [])]
    data = {"sample": sample or (chunks[0].get("sample") if chunks else None),
            "plainlint_commit": chunks[0].get("plainlint_commit") if chunks else None,
            "labels": sorted(labels, key=lambda e: e.get("id", "")),
            "removed": []}
    problems = validate_labels(data, manifest)
    if problems:
        raise LabelError("\n".join(problems))
    return data


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


# ---------------------------------------------------------------- score

@dataclass
class RuleScore:
    labels: int = 0        # labels of findings still reported
    tp: int = 0
    fp: int = 0
    debatable: int = 0
    unlabelled: int = 0    # findings with no label
    lost_tp: int = 0       # TP labels no longer reported and not listed as removed
    gone: int = 0          # labels (any) of findings no longer reported

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def debatable_share(self) -> float | None:
        return self.debatable / self.labels if self.labels else None


@dataclass
class Score:
    rules: dict[str, RuleScore]
    unlabelled: list[Found]
    lost_tp: list[dict]


ADJUDICATIONS = ROOT / "tests" / "data" / "labels" / "label-adjudications.yaml"


def adjudications(path: Path = ADJUDICATIONS) -> dict[tuple, str]:
    """(rule, hash, scope) -> the verdict that replaces every label of that unit of text, from the
    rulings on conflicting labels (scripts/label_conflicts.py); rulings that let each label stand
    (`verdict: each-stands`, a short phrase judged in different contexts) change nothing."""
    if not path.exists():
        return {}
    return {(a["rule"], a["hash"], a.get("scope", "")): a["verdict"]
            for a in load_yaml(path).get("adjudications", []) if a["verdict"] in LABELS}


def verdict_of(entry: dict, scope: str, rulings: dict[tuple, str]) -> str:
    """A label's verdict for scoring: the ruling on its unit of text (rule, hash, and the scope of
    its finding, '' when it is no longer reported) where there is one, else its label."""
    return rulings.get((entry["rule"].split("/")[0], entry["hash"], scope), entry["label"])


def verdict_when_gone(entry: dict, rulings: dict[tuple, str]) -> str:
    """The verdict of a label whose finding is no longer reported: its scope is unknown then, so
    the rulings on its text decide when they agree across scopes (the Mailchimp paragraph ruled
    FP is not a right finding lost), else its own label."""
    rule, text = entry["rule"].split("/")[0], entry["hash"]
    verdicts = {verdict for (r, h, _), verdict in rulings.items() if r == rule and h == text}
    return verdicts.pop() if len(verdicts) == 1 else entry["label"]


GONE = 1000  # occurrence numbers from here on mark labels whose finding is no longer reported (rekey)


def documents_after_their_paragraph(found: list[Found], labels: list[dict]) -> list[Found]:
    """reading-level's document finding is anchored on the first paragraph, so it shares that
    paragraph's hash, and the rule reports the paragraph first: when both were labelled, the
    document's label is the later occurrence. Once the paragraph is no longer reported, the
    document finding would take the paragraph's occurrence, and its label (issue 26: three of
    sample A's 'false' document findings were scored with their paragraph's label). So a
    document finding takes the last labelled occurrence of its text, unless a paragraph finding
    reported now holds it."""
    last: dict[tuple, int] = {}
    for entry in labels:
        occurrence = int(entry.get("occurrence", 0))
        if occurrence < GONE:
            triple = (entry["path"], entry["rule"], entry["hash"])
            last[triple] = max(last.get(triple, -1), occurrence)
    held = Counter((f.path, f.rule, f.hash) for f in found if f.scope != "document")
    return [replace(f, occurrence=last[(f.path, f.rule, f.hash)])
            if f.scope == "document" and last.get((f.path, f.rule, f.hash), -1) >= held[(f.path, f.rule, f.hash)]
            else f for f in found]


def score(labels: list[dict], removed: list[dict], found: list[Found],
          rulings: dict[tuple, str] | None = None) -> Score:
    """Match current findings to labels by (path, rule, hash, occurrence) and count per rule,
    each label read through the rulings on conflicting labels (`adjudications()` by default)."""
    rulings = adjudications() if rulings is None else rulings
    found = documents_after_their_paragraph(found, labels)
    by_key = {label_key(e): e for e in labels}
    removed_keys = {(r["path"], r["rule"], r["hash"]) for r in removed or []}
    rules: dict[str, RuleScore] = defaultdict(RuleScore)
    unlabelled, seen = [], set()
    for f in found:
        entry = by_key.get(f.key)
        if entry is None:
            rules[f.rule].unlabelled += 1
            unlabelled.append(f)
            continue
        seen.add(f.key)
        s = rules[f.rule]
        verdict = verdict_of(entry, f.scope, rulings)
        s.labels += 1
        s.tp += verdict == "TP"
        s.fp += verdict == "FP"
        s.debatable += verdict == "debatable"
    lost = []
    for key, entry in by_key.items():
        if key in seen:
            continue
        rules[entry["rule"]].gone += 1
        if verdict_when_gone(entry, rulings) == "TP" and key[:3] not in removed_keys:
            rules[entry["rule"]].lost_tp += 1
            lost.append(entry)
    return Score(dict(sorted(rules.items())), unlabelled, lost)


def score_labels_file(labels_path: Path, corpus: Path, config: dict | None = None) -> Score:
    """Re-run plainlint on the documents of the labels file's sample and score (with `config`,
    a config mapping, to see what other settings would do to the labelled findings)."""
    data = load_yaml(labels_path)
    sample = load_yaml(labels_path.parent / data["sample"])
    _, found = sample_findings(sample, corpus, config)
    return score(data.get("labels", []), data.get("removed", []) or [], found)


KIND_OF_FOLDER = {"articles": "article", "articles-html": "article",
                  "emails": "reply", "macros": "reply", "macros-exports": "reply"}


def loud_only(found: list[Found]) -> list[Found]:
    """The findings at warning or error: what a run fails on, and what the noise measure counts."""
    return [f for f in found if f.severity in ("warning", "error")]


def score_by_kind(labels_path: Path, corpus: Path, config: dict | None = None, loud: bool = False) -> dict[str, Score]:
    """score_labels_file split by the kind of the document's corpus folder (articles/ and
    articles-html/ are articles; emails/, macros/ and macros-exports/ are replies; in the held-out
    corpus, whose folders say no kind, the kind plainlint reads the document as). Rules with a
    scope (reading-level) also get one row per scope, as `rule/scope`."""
    data = load_yaml(labels_path)
    sample = load_yaml(labels_path.parent / data["sample"])
    linter, found = sample_findings(sample, corpus, config)
    found = loud_only(found) if loud else found
    found = documents_after_their_paragraph(found, data.get("labels", []))
    scope_of = {f.key: f.scope for f in found}

    def kind_of(path: str) -> str:
        """The corpus folder's kind; elsewhere (the held-out corpus) the kind plainlint read it as."""
        return KIND_OF_FOLDER.get(folder_of(path)) or linter.kinds.get(path, "")

    out = {}
    for kind in ("article", "reply"):
        mine = [f for f in found if kind_of(f.path) == kind]
        labels = [e for e in data.get("labels", []) if kind_of(e["path"]) == kind]
        result = score(labels, data.get("removed", []) or [], mine)
        scoped = [Found(**{**f.__dict__, "rule": f"{f.rule}/{f.scope}"}) for f in mine if f.scope]
        scoped_labels = [{**e, "rule": f"{e['rule']}/{scope}"} for e in labels
                         for scope in [scope_of.get(label_key(e), "")] if scope]
        result.rules.update(score(scoped_labels, [], scoped).rules)
        result.rules = dict(sorted(result.rules.items()))
        out[kind] = result
    return out


def score_table(result: Score) -> str:
    head = f"{'rule':22} {'labels':>6} {'TP':>4} {'FP':>4} {'deb':>4} {'prec':>6} {'deb%':>5} {'new':>4} {'lostTP':>6}"
    rows = [head]
    for rule, s in result.rules.items():
        prec = "-" if s.precision is None else f"{s.precision:.3f}"
        deb = "-" if s.debatable_share is None else f"{100 * s.debatable_share:.0f}"
        rows.append(f"{rule:22} {s.labels:>6} {s.tp:>4} {s.fp:>4} {s.debatable:>4} {prec:>6} {deb:>5} {s.unlabelled:>4} {s.lost_tp:>6}")
    return "\n".join(rows)


def score_json(result: Score) -> dict:
    return {
        "rules": {rule: {"labels": s.labels, "tp": s.tp, "fp": s.fp, "debatable": s.debatable,
                         "precision": s.precision, "debatable_share": s.debatable_share,
                         "unlabelled": s.unlabelled, "lost_tp": s.lost_tp, "gone": s.gone}
                  for rule, s in result.rules.items()},
        "unlabelled": [{"path": f.path, "rule": f.rule, "line": f.line, "column": f.column, "hash": f.hash,
                        "occurrence": f.occurrence} for f in result.unlabelled],
        "lost_tp": [{k: e.get(k) for k in ("id", "path", "rule", "line", "hash", "occurrence")} for e in result.lost_tp],
    }


def misses(result: Score, min_labels: int = 20, min_precision: float = 0.95, max_debatable: float = 0.10) -> dict:
    """The rules that miss the bars of tests/accuracy/test_labels.py, in precision-exceptions.yaml's shape
    (issue numbers left for a person to fill in)."""
    low = {r: {"precision": round(s.precision, 3), "issue": None} for r, s in result.rules.items()
           if s.labels >= min_labels and s.precision is not None and s.precision < min_precision}
    high = {r: {"debatable_share": round(s.debatable_share, 3), "issue": None} for r, s in result.rules.items()
            if s.debatable_share is not None and s.debatable_share > max_debatable}
    return {"precision": low, "debatable": high}


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


def print_score(result: Score, lost: bool = True) -> None:
    """The score table, then each finding no label matches and (with `lost`) each TP label whose
    finding is no longer reported: what a labeller looks at next."""
    print(score_table(result))
    for f in result.unlabelled:
        print(f"unlabelled: {f.path}:{f.line}:{f.column} [{f.rule}] hash {f.hash} #{f.occurrence}")
    if lost:
        for e in result.lost_tp:
            print(f"TP no longer reported: {e.get('id')} {e['path']}:{e.get('line')} [{e['rule']}]")


# ---------------------------------------------------------------- yaml and cli

def load_yaml(path: Path) -> dict:
    with open(path, encoding="utf-8") as handle:
        return yaml.safe_load(handle) or {}


def dump_yaml(path: Path, data: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as handle:
        yaml.safe_dump(data, handle, sort_keys=False, allow_unicode=True, width=120)


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
