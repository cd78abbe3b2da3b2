"""Move labels whose finding is still reported at the same place but over a different span.

A rule change can widen or narrow a finding's span without changing the judgement: a word-list
phrase entry that takes in the words around a flagged word ('kindly' -> 'We kindly ask you to'), a
shouted run that now runs to its end. The label then keys a text no longer reported (its hash) and
the scoring counts a right finding lost and a new one unlabelled. This moves each such label of
RULE to the one finding now reported on the same line of the same document whose span overlaps
the label's old span, when there is exactly one, renumbers the occurrences of every label of that
rule in the document, and appends REASON to the moved labels' reasons. Nothing else is changed;
labels with no single overlapping finding are listed and left for a reader:

    python scripts/labels_move.py --corpus ../shared/heldout-spelling --rule jargon \\
        --reason "session 31: the span grew to the whole wordy phrase" tests/data/labels/fresh-*.labels.yaml

`--dry-run` lists the moves without writing.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from labels_findings import Found, default_corpus, sample_findings
from labels_format import dump_yaml, load_yaml
from labels_score import GONE


def overlaps(entry: dict, found: Found) -> bool:
    """Whether a label's old span and a finding's span share a character (one line each)."""
    if entry["line"] != found.line or entry.get("end_line", entry["line"]) != found.end_line:
        return False
    return entry["column"] < found.end_column and found.column < entry["end_column"]


def plan_moves(labels: list[dict], found: list[Found], rule: str) -> tuple[list[tuple[dict, Found]], list[dict]]:
    """(label, finding) pairs to move and the labels left. A label of `rule` stays when its key is
    reported on its own line (a key can also fall on another finding of the same text once the
    occurrences before it changed); the others move to a finding of `rule` on their line that no
    staying label holds and that overlaps their old span."""
    reported = {f.key: f for f in found}

    def stays(entry: dict) -> bool:
        now = reported.get((entry["path"], entry["rule"], entry["hash"], entry["occurrence"]))
        return now is not None and now.line == entry["line"]

    held = {(e["path"], e["rule"], e["hash"], e["occurrence"]) for e in labels if stays(e)}
    free = [f for f in found if f.rule == rule and f.key not in held]
    moves, left = [], []
    for entry in labels:
        if entry["rule"] != rule or entry["occurrence"] >= GONE or stays(entry):
            continue  # (GONE and over: a label already marked as no longer reported)
        candidates = [f for f in free if f.path == entry["path"] and overlaps(entry, f)]
        if len(candidates) == 1:
            moves.append((entry, candidates[0]))
            free.remove(candidates[0])
        else:
            left.append(entry)
    return moves, left


def apply_move(entry: dict, found: Found, reason: str) -> None:
    entry.update(line=found.line, column=found.column, end_line=found.end_line, end_column=found.end_column,
                 hash=found.hash, occurrence=found.occurrence)
    entry["reason"] = f"{entry.get('reason', '')} ({reason})".strip()


def move_in_file(path: Path, corpus: Path, rule: str, reason: str, dry_run: bool) -> int:
    data = load_yaml(path)
    if not any(e["rule"] == rule for e in data.get("labels", [])):
        return 0
    _, found = sample_findings(load_yaml(path.parent / data["sample"]), corpus)
    moves, left = plan_moves(data["labels"], found, rule)
    for entry, new in moves:
        print(f"{path.name}: {entry['id']} {entry['path']}:{entry['line']}:{entry['column']}-{entry['end_column']}"
              f" -> {new.column}-{new.end_column} ({entry['label']})")
    for entry in left:
        print(f"{path.name}: {entry['id']} left: no single overlapping finding ({entry['label']})")
    if moves and not dry_run:
        for entry, new in moves:
            apply_move(entry, new, reason)
        dump_yaml(path, data)
    return len(moves)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", default=str(default_corpus()))
    parser.add_argument("--rule", required=True)
    parser.add_argument("--reason", required=True)
    parser.add_argument("--dry-run", action="store_true")
    parser.add_argument("labels", nargs="+")
    args = parser.parse_args()
    total = sum(move_in_file(Path(p), Path(args.corpus), args.rule, args.reason, args.dry_run) for p in args.labels)
    print(f"{total} label(s) {'to move' if args.dry_run else 'moved'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
