"""Label the findings a rule change adds to documents that earlier samples labelled whole.

A word-list entry or a rule change adds findings to documents drawn long ago; the tests that want every
finding of a labelled document labelled then fail (tests/accuracy/test_fresh_labels.py and friends). This
lists those findings in context (`show`), and once each has been read, appends them to their labels files
with the verdict and reason given (`write`), marked as added after the blind sample by WHO:

    python scripts/labels_add.py --corpus ../shared/corpus show --rule jargon --message "reader has a choice" \\
        tests/data/labels/fresh-*.labels.yaml
    python scripts/labels_add.py --corpus ../shared/corpus write --rule jargon --message "reader has a choice" \\
        --label TP --reason "..." --who lead26 tests/data/labels/fresh-*.labels.yaml

Only findings whose rule and message match are touched; text is quoted only from permissively licensed
files (the label's hash keys it either way); `show` prints every line to the terminal for reading."""

from __future__ import annotations

import argparse
import functools
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from labels_draw import context_block, label_entry  # noqa: E402
from labels_findings import corpus_holding  # noqa: E402
from labels_format import LABELS, is_permissive, licence_of, load_yaml, read_manifest  # noqa: E402
from labels_score import score_labels_file  # noqa: E402


def added_findings(labels_path: Path, corpus: Path, rule: str, message: str) -> list:
    """The unlabelled findings of `rule` whose message holds `message`, in the labels file's documents."""
    scored = score_labels_file(labels_path, corpus)
    return [f for f in scored.unlabelled if f.rule == rule and message in f.message]


@functools.lru_cache(maxsize=None)
def source_of(root: Path, path: str) -> str:
    """A document's text, read once however many of its findings are shown."""
    return (root / path).read_text(encoding="utf-8", errors="replace")


@functools.lru_cache(maxsize=None)
def manifest_of(root: Path) -> dict[str, str]:
    """A corpus's MANIFEST, read once per run."""
    return read_manifest(root)


def entry_text(entry: dict, label: str, reason: str) -> str:
    """One label entry as YAML, in the order the labels files keep."""
    entry.update({"label": label, "reason": reason})
    lines = [f"- id: {entry.pop('id')}"]
    lines += [f"  {key}: {json.dumps(value) if isinstance(value, str) else value}" for key, value in entry.items()]
    return "\n".join(lines) + "\n"


def append_entries(labels_path: Path, entries: list[str]) -> None:
    """Entries go at the end of `labels:` (before `removed:` when the file has one)."""
    text = labels_path.read_text(encoding="utf-8")
    at = text.find("\nremoved:")
    at = len(text) if at < 0 else at + 1
    if at == len(text) and not text.endswith("\n"):
        text += "\n"
        at += 1
    labels_path.write_text(text[:at] + "".join(entries) + text[at:], encoding="utf-8")


def next_number(labels_path: Path, prefix: str) -> int:
    """The first number after those of the ids with `prefix` the file holds: a second change
    labelled by the same person numbers on instead of writing its ids again."""
    taken = [int(tail) for entry in load_yaml(labels_path).get("labels") or []
             if str(entry.get("id", "")).startswith(prefix) and (tail := str(entry["id"])[len(prefix):]).isdigit()]
    return max(taken, default=0) + 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus"))
    parser.add_argument("action", choices=("show", "write"))
    parser.add_argument("--rule", required=True)
    parser.add_argument("--message", default="", help="a part of the message the added findings share")
    parser.add_argument("--label", choices=LABELS)
    parser.add_argument("--reason", default="")
    parser.add_argument("--who", default="", help="who added the labels, for ids and the reason")
    parser.add_argument("labels", type=Path, nargs="+")
    args = parser.parse_args(argv)
    if args.action == "write" and not (args.label and args.reason and args.who):
        parser.error("write needs --label, --reason and --who")
    for labels_path in args.labels:
        if "sample" not in load_yaml(labels_path):
            continue  # not a whole-document sample's labels (rule_labels.py's files have their own tests)
        found = added_findings(labels_path, args.corpus, args.rule, args.message)
        if not found:
            continue
        print(f"== {labels_path} ({len(found)})")
        entries = []
        prefix = f"{args.who}-{labels_path.name.split('.labels')[0]}-"
        for number, f in enumerate(found, next_number(labels_path, prefix)):
            root = corpus_holding(f.path, args.corpus)
            permissive = is_permissive(licence_of(f.path, manifest_of(root)))
            print(f"  {f.path}:{f.line}:{f.column} {f.message[:70]}")
            print(context_block(source_of(root, f.path), f))
            entry = label_entry(f"{prefix}{number:03d}", f, permissive)
            reason = f"{args.reason} (added by {args.who} after the blind sample)"
            entries.append(entry_text(entry, args.label, reason))
        if args.action == "write":
            append_entries(labels_path, entries)
    return 0


if __name__ == "__main__":
    sys.exit(main())
