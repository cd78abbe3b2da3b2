"""Conflicting labels (issue 26): one unit of text labelled differently, across every labels file.

Two editors labelled the same Mailchimp paragraph TP in sample A and FP in sample B; the test that
scores each sample then measures the editors, not plainlint. This lists every unit of text with
conflicting labels, for every rule, across every `tests/data/labels/*.labels.yaml`:

- a unit is (rule, hash of the flagged text, scope): the hash as labels.py keys labels (canon-2's
  labels key a line hash and the flagged phrase instead). reading-level's scope (paragraph or
  document) is read from plainlint's current finding, with the rule on in every kind of document:
  a document finding is anchored on the first paragraph, so it shares that paragraph's hash but
  judges the whole page, another unit; table-headers' (a data or a layout table) likewise. Labels
  whose finding is no longer reported have no scope;
- a conflict is a unit with more than one distinct label (TP / FP / debatable).

Each conflict is ruled on once, with a reason, in `tests/data/labels/label-adjudications.yaml`
(the old labels are never edited). A ruling's `verdict` (TP, FP or debatable) replaces every label of
that unit when labels.py scores, whichever way it moves a score; `each-stands` keeps the labels
as they are (a short phrase such as "web site" judged in different contexts: the hash names the
phrase, each label its own context). `labels_before` records the counts the ruling saw.

    python scripts/label_conflicts.py list            # every conflict, with its labels and reasons
    python scripts/label_conflicts.py check           # exit 1 when a conflict has no ruling, or a ruling no conflict

`tests/accuracy/test_label_conflicts.py` runs `check`.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

from house_style_labels import labels_module

LABELS_DIR = Path(__file__).resolve().parent.parent / "tests" / "data" / "labels"
SCOPED_RULES = ("reading-level", "table-headers")
# Scopes are read with the scoped rules on in every kind of document, so a label keeps its unit
# when a default turns the rule off somewhere (reading-level is off in replies since session 9).
ALL_KINDS_ON = {"kinds": {kind: {"rules": {rule: "warning" for rule in SCOPED_RULES}}
                          for kind in ("reply", "article")}}


def label_files(folder: Path = LABELS_DIR) -> list[Path]:
    return sorted(folder.glob("*.labels.yaml"))


def text_key(entry: dict) -> str:
    """The hash labels.py matches a label by; canon-2's labels hold a line hash and the phrase."""
    return entry.get("hash") or f"line {entry['line_sha256']} {entry['flagged']}"


def scopes_of(entries: list[dict], corpus: Path) -> dict[tuple, str]:
    """label_key -> scope of the finding plainlint reports for it now, for the labels of
    SCOPED_RULES (their documents are linted once each)."""
    labels = labels_module()
    linters: dict[Path, object] = {}  # one per corpus: held-out labels are linted in the held-out corpus
    paths = sorted({e["path"] for e in entries if e["rule"] in SCOPED_RULES})
    found = []
    for path in paths:
        holder = labels.corpus_holding(path, corpus)
        linter = linters.setdefault(holder, labels.Linter(holder, ALL_KINDS_ON))
        found += [f for f in linter.findings(path) if f.rule in SCOPED_RULES]
    return {f.key: f.scope for f in labels.documents_after_their_paragraph(found, entries)}


def units(files: list[Path], corpus: Path, present_only: bool = False) -> dict[tuple, list[tuple[str, dict]]]:
    """(rule, hash, scope) -> [(labels file name, label), ...] over all files; with `present_only`,
    only the labels whose document is on this machine (CI has no held-out corpus)."""
    labels = labels_module()
    loaded = [(path.name, entry) for path in files for entry in labels.load_yaml(path).get("labels", [])]
    if present_only:
        loaded = [(name, entry) for name, entry in loaded
                  if (labels.corpus_holding(entry["path"], corpus) / entry["path"]).exists()]
    scope = scopes_of([entry for _, entry in loaded if "hash" in entry], corpus)
    grouped: dict[tuple, list[tuple[str, dict]]] = defaultdict(list)
    for name, entry in loaded:
        found_scope = scope.get(labels.label_key(entry), "") if "hash" in entry else ""
        grouped[(entry["rule"], text_key(entry), found_scope)].append((name, entry))
    return grouped


def conflicts(grouped: dict[tuple, list[tuple[str, dict]]]) -> dict[tuple, list[tuple[str, dict]]]:
    return {unit: members for unit, members in sorted(grouped.items())
            if len({entry["label"] for _, entry in members}) > 1}


def counts(members: list[tuple[str, dict]]) -> dict[str, int]:
    return dict(sorted(Counter(entry["label"] for _, entry in members).items()))


def ruled_units(path: Path) -> dict[tuple, dict]:
    labels = labels_module()
    if not path.exists():
        return {}
    return {(a["rule"], a["hash"], a.get("scope", "")): a for a in labels.load_yaml(path).get("adjudications", [])}


def unruled(found: dict[tuple, list], ruled: dict[tuple, dict]) -> list[str]:
    """Conflicts with no ruling."""
    return [f"no ruling: {unit} {counts(members)}" for unit, members in found.items() if unit not in ruled]


def problems(found: dict[tuple, list], ruled: dict[tuple, dict]) -> list[str]:
    """Conflicts with no ruling, rulings on no conflict, and rulings whose counts are stale."""
    out = unruled(found, ruled)
    for unit, ruling in ruled.items():
        if unit not in found:
            out.append(f"ruling on no conflict: {unit}")
        elif ruling.get("labels_before") != counts(found[unit]):
            out.append(f"labels_before {ruling.get('labels_before')} != {counts(found[unit])}: {unit}")
    return out


def cmd_list(args) -> int:
    found = conflicts(units(label_files(), Path(args.corpus)))
    ruled = ruled_units(labels_module().ADJUDICATIONS)
    print(f"{len(found)} units with conflicting labels "
          f"({dict(sorted(Counter(unit[0] for unit in found).items()))})")
    for unit, members in found.items():
        ruling = ruled.get(unit, {}).get("verdict", "NO RULING")
        print(f"\n{unit[0]} {unit[1]} scope={unit[2] or '-'} {counts(members)} -> {ruling}")
        for name, entry in members:
            print(f"    {name} {entry.get('id', '')} {entry['label']:9} {entry['path']}:{entry.get('line')} "
                  f"occ={entry.get('occurrence', '-')} | {entry.get('reason', '')}")
    return 0


def cmd_check(args) -> int:
    found = conflicts(units(label_files(), Path(args.corpus)))
    out = problems(found, ruled_units(labels_module().ADJUDICATIONS))
    print("\n".join(out) or f"{len(found)} conflicts, each ruled on")
    return 1 if out else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", default=str(labels_module().default_corpus()))
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("list").set_defaults(run=cmd_list)
    sub.add_parser("check").set_defaults(run=cmd_check)
    args = parser.parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
