#!/usr/bin/env python3
"""Precision of the reply-string detection for unknown export shapes (readers/detect.py, issue 27).

Two measurements:

1. Known exports (`macros-exports` of the corpus by default). Their reply strings are known: the
   strings the shape readers select (Zendesk, Freshdesk, Help Scout, Intercom). Detection is run
   on the same files as if their shape were unknown; a detected string is counted correct when a
   shape reader selects it too. Precision = correct / detected, recall = correct / selected.
   Recall counts a selected string as found when a detected string has the same words (a reply
   kept as plain and HTML copies is read once). Strings detected but not selected are listed (file:line, key, length, sha1 of the text; the
   text itself is never printed, since parts of the corpus are not permissively licensed) so
   each can be judged by hand.
2. Tooling files: JSON/YAML that configure tools rather than hold content. Every string detected
   in one is a false positive. The corpus holds none (`TOOLING_FILES` matches nothing in it), so
   folders of config files are given with --tooling (any JSON/YAML under them is counted), or a
   list of their paths with --tooling-list (measure_detection.tooling.txt: the sets used for the
   README figures, a tuning part and a held-out part).

    python scripts/measure_detection.py [--exports DIR] [--tooling DIR ...]
        [--tooling-list scripts/measure_detection.tooling.txt] [--json]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from plainlint.reading.readers.detect import detect_strings  # noqa: E402
from plainlint.reading.readers.macros import _name_of, detect_shape, select_fields  # noqa: E402
from plainlint.reading.readers.json_tree import parse_json  # noqa: E402
from plainlint.reading.readers.structured import parse_yaml  # noqa: E402
from plainlint.reading.source import SourceError  # noqa: E402

SUFFIXES = (".json", ".yaml", ".yml")


def corpus() -> Path:
    import os

    return Path(os.environ.get("PLAINLINT_CORPUS", ROOT.parent / "shared" / "corpus"))


def parse(path: Path):
    text = path.read_text(encoding="utf-8")
    return text, (parse_json(text, str(path)) if path.suffix == ".json" else parse_yaml(text, str(path)))


def files_under(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix in SUFFIXES)


def words_of(value: str) -> str:
    from plainlint.reading.readers.detect import _words_of

    return _words_of(value)


def line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def measure_exports(folder: Path) -> dict:
    detected = correct = selected_total = recalled_total = 0
    unmatched, per_shape = [], {}
    for path in files_under(folder):
        try:
            text, root = parse(path)
        except (SourceError, UnicodeDecodeError):
            continue
        shape = detect_shape(root)
        fields = select_fields(root, shape)
        selected = {field.node.start for field in fields}
        found = detect_strings(root, _name_of)
        hits = [item for item in found if item.node.start in selected]
        # recall by words: a reply kept as plain and HTML copies is found when either copy is
        detected_words = {words_of(item.node.value) for item in found}
        recalled = sum(1 for field in fields if words_of(field.node.value) in detected_words)
        counts = per_shape.setdefault(shape, {"files": 0, "selected": 0, "detected": 0, "correct": 0, "recalled": 0})
        counts["files"] += 1
        counts["selected"] += len(selected)
        counts["detected"] += len(found)
        counts["correct"] += len(hits)
        counts["recalled"] += recalled
        detected += len(found)
        correct += len(hits)
        recalled_total += recalled
        selected_total += len(selected)
        for item in found:
            if item.node.start not in selected:
                unmatched.append({"file": str(path.relative_to(folder)), "line": line_of(text, item.node.start),
                                  "key": item.key, "chars": len(item.node.value),
                                  "sha1": hashlib.sha1(item.node.value.encode()).hexdigest()[:12]})
    return {"files": sum(c["files"] for c in per_shape.values()), "selected": selected_total,
            "detected": detected, "correct": correct,
            "precision": round(correct / detected, 3) if detected else None,
            "recall": round(recalled_total / selected_total, 3) if selected_total else None,
            "per_shape": per_shape, "detected_not_selected": unmatched}


def measure_tooling(folders: list[Path]) -> dict:
    return measure_tooling_files([path for folder in folders for path in files_under(folder)])


def measure_tooling_files(paths: list[Path]) -> dict:
    """Strings detected in config files (all false positives); files that do not parse are left out."""
    files, strings, detected, flagged = 0, 0, 0, []
    for path in paths:
        try:
            text, root = parse(path)
        except (SourceError, UnicodeDecodeError, OSError):
            continue
        files += 1
        strings += count_strings(root)
        found = detect_strings(root, _name_of)
        detected += len(found)
        for item in found:
            flagged.append({"file": str(path), "line": line_of(text, item.node.start), "key": item.key,
                            "chars": len(item.node.value)})
    return {"files": files, "strings": strings, "detected": detected, "detected_strings": flagged}


def count_strings(node) -> int:
    from plainlint.reading.readers.structured import Mapping, Scalar, Sequence

    if isinstance(node, Scalar):
        return int(isinstance(node.value, str))
    if isinstance(node, Mapping):
        return sum(count_strings(child) for _, child in node.items)
    if isinstance(node, Sequence):
        return sum(count_strings(child) for child in node.items)
    return 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--exports", type=Path, default=corpus() / "macros-exports")
    parser.add_argument("--tooling", type=Path, action="append", default=[], help="a folder of config files")
    parser.add_argument("--tooling-list", type=Path, help="a file of config file paths, one a line; "
                        "'# held-out' starts the held-out part (see measure_detection.tooling.txt)")
    parser.add_argument("--json", action="store_true", help="print the full result as JSON")
    args = parser.parse_args(argv)
    result = {"exports": measure_exports(args.exports)}
    if args.tooling:
        result["tooling"] = measure_tooling(args.tooling)
    if args.tooling_list:
        for part, paths in read_list(args.tooling_list).items():
            result[f"tooling ({part})"] = measure_tooling_files(paths)
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    exports = result["exports"]
    print(f"exports ({args.exports}): {exports['files']} files, {exports['selected']} reply strings selected by "
          f"the shape readers, {exports['detected']} detected, {exports['correct']} of them selected too: "
          f"precision {exports['precision']}, recall {exports['recall']}")
    for shape, counts in sorted(exports["per_shape"].items()):
        print(f"  {shape:10} files {counts['files']:3}  selected {counts['selected']:4}  detected {counts['detected']:4}  "
              f"correct {counts['correct']:4}  selected and found (by words) {counts['recalled']:4}")
    for item in exports["detected_not_selected"]:
        print(f"  detected, not selected: {item['file']}:{item['line']} key={item['key']} "
              f"chars={item['chars']} sha1={item['sha1']}")
    for name, tooling in result.items():
        if not name.startswith("tooling"):
            continue
        print(f"{name}: {tooling['files']} files, {tooling['strings']} strings, {tooling['detected']} detected "
              "(each one a false positive)")
        for item in tooling["detected_strings"]:
            print(f"  detected: {item['file']}:{item['line']} key={item['key']} chars={item['chars']}")
    return 0


def read_list(path: Path) -> dict[str, list[Path]]:
    """Paths by part ('tuning', 'held-out'), from a list whose `# tuning`/`# held-out` lines start a part."""
    parts: dict[str, list[Path]] = {}
    part = "tuning"
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line in ("# tuning", "# held-out"):
            part = line[2:]
        elif line and not line.startswith("#") and Path(line).is_file():
            parts.setdefault(part, []).append(Path(line))
    return parts


if __name__ == "__main__":
    raise SystemExit(main())
