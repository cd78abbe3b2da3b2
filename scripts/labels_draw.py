"""Drawing a sample and writing worklists for labellers (issue 25; split out of
scripts/labels.py): seeded document orders, top-ups per rule, chunks and their text."""

from __future__ import annotations

import random
import re
from collections import Counter

from labels_findings import FOLDERS, Found, Linter
from labels_format import UNIT_CUT, is_permissive, normalise

# Base documents per folder, tuned so the base gives roughly 400-600 findings (see README).
BASE = {"articles": 12, "articles-html": 6, "emails": 10, "macros": 12, "macros-exports": 6}
TARGET = 40          # labelled findings wanted per rule
# A top-up takes documents with at most 30 findings first, then up to 60, then up to 150;
# never more, so one long page is not labelled whole for one rare finding.
SIZE_TIERS = (30, 60, 150)
UNIT_RULES = ("reading-level", "sentence-length")
CONTEXT_LINES = 2
# Lines end where plainlint ends them (reading/source.py): CRLF, LF or a lone CR, never at U+2028,
# U+0085 or a form feed, which str.splitlines also splits at (kind24 saw contexts shift by a line).
_LINE_END = re.compile(r"\r\n|\r|\n")


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


def source_lines(source: str) -> list[str]:
    """The source's lines as plainlint numbers them, line endings dropped."""
    lines = _LINE_END.split(source)
    return lines[:-1] if lines and lines[-1] == "" else lines


def context_block(source: str, f: Found) -> str:
    """~2 numbered lines either side of the finding; a unit longer than 7 lines shows its first
    and last 3 lines only (the flagged text above has the whole unit, cut at 1,200 characters)."""
    lines = source_lines(source)
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
