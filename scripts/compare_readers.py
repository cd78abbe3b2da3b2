"""Compare the two Markdown readers file by file: segments, offsets, elements and comments.

    PYTHONPATH=. python scripts/compare_readers.py [--corpus ../shared/corpus] [--sample N] [--show K]

Reads every `.md`/`.markdown`/`.mdx` file under the corpus twice, with pulldown-cmark (the
default) and with markdown-it-py (PLAINLINT_MARKDOWN_READER=markdown-it, which needs
markdown-it-py installed: the `test` extra), and compares what the rules see: each segment's
text, scope, context and offset map (every piece), each element's fields, each comment. Prints
the counts of identical and differing segments, elements and files, and the first differences.
Findings are compared by `scripts/compare_output.py BASE` (BASE: a commit on markdown-it-py).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from dataclasses import fields
from pathlib import Path

from plainlint.reading.document import Element
from plainlint.reading.readers import format_for, read_document
from plainlint.reading.source import Source

ROOT = Path(__file__).resolve().parent.parent
_ELEMENT_FIELDS = [f.name for f in fields(Element) if f.name not in ("parent", "text_segment")]


def segment_key(segment) -> tuple:
    context = {k: v for k, v in segment.context.items() if not (k == "link_only" and v is False)}  # absent = False
    return (segment.text, segment.scope, tuple(sorted(context.items())), tuple(segment.map.pieces))


def element_key(element: Element) -> tuple:
    return tuple((name, repr(getattr(element, name))) for name in _ELEMENT_FIELDS) + (
        ("alt_segment", segment_key(element.text_segment) if element.text_segment else None),)


def read(path: Path, text: str, reader: str):
    os.environ["PLAINLINT_MARKDOWN_READER"] = reader
    return read_document(Source(str(path), text), format_for(str(path)), detect_language=False)


def compare(old: list, new: list) -> tuple[int, list]:
    """(how many of `new` are in `old`, with multiplicity; the unmatched of both)."""
    remaining: dict = {}
    for key in old:
        remaining[key] = remaining.get(key, 0) + 1
    same, extra = 0, []
    for key in new:
        if remaining.get(key):
            remaining[key] -= 1
            same += 1
        else:
            extra.append(("new", key))
    missing = [("old", key) for key, count in remaining.items() for _ in range(count)]
    return same, missing + extra


def time_readers(files: list[Path]) -> int:
    """CPU seconds of read_document on every file, per reader (texts read from disk first)."""
    texts = [(path, path.read_text(encoding="utf-8", errors="surrogateescape")) for path in files]
    megabytes = sum(len(text.encode("utf-8", "surrogateescape")) for _, text in texts) / 1e6
    for reader in ("markdown-it", "pulldown-cmark"):
        start = time.process_time()
        for path, text in texts:
            read(path, text, reader)
        seconds = time.process_time() - start
        print(f"{reader}: {len(texts)} files, {megabytes:.1f} MB, {seconds:.2f} CPU s, {megabytes / seconds:.2f} MB/s")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus"))
    parser.add_argument("--sample", type=int, default=0, help="every Nth file only")
    parser.add_argument("--show", type=int, default=20)
    parser.add_argument("--time", action="store_true",
                        help="instead of comparing, the CPU seconds each reader takes on the files (read only)")
    parser.add_argument("files", nargs="*", help="only these files (paths under the corpus)")
    args = parser.parse_args()
    if args.files:
        files = [Path(args.corpus) / name for name in args.files]
    else:
        files = sorted(p for p in Path(args.corpus).rglob("*") if p.is_file() and format_for(str(p)) in ("markdown", "mdx"))
    if args.sample:
        files = files[::args.sample]
    if args.time:
        return time_readers(files)
    totals = {"files": 0, "files_same": 0, "segments_old": 0, "segments_new": 0, "segments_same": 0,
              "elements_old": 0, "elements_new": 0, "elements_same": 0, "comments_old": 0, "comments_same": 0}
    shown = 0
    for path in files:
        text = path.read_text(encoding="utf-8", errors="surrogateescape")
        old, new = read(path, text, "markdown-it"), read(path, text, "pulldown-cmark")
        seg_same, seg_diff = compare([segment_key(s) for s in old.segments], [segment_key(s) for s in new.segments])
        el_same, el_diff = compare([element_key(e) for e in old.elements], [element_key(e) for e in new.elements])
        com_same, com_diff = compare(list(old.comments), list(new.comments))
        totals["files"] += 1
        totals["files_same"] += not (seg_diff or el_diff or com_diff)
        totals["segments_old"] += len(old.segments)
        totals["segments_new"] += len(new.segments)
        totals["segments_same"] += seg_same
        totals["elements_old"] += len(old.elements)
        totals["elements_new"] += len(new.elements)
        totals["elements_same"] += el_same
        totals["comments_old"] += len(old.comments)
        totals["comments_same"] += com_same
        if seg_diff or el_diff or com_diff:
            print(f"DIFF {path.relative_to(args.corpus)}: segments {len(seg_diff)}, elements {len(el_diff)}, "
                  f"comments {len(com_diff)} unmatched")
        for side, key in (seg_diff + el_diff + com_diff):
            if shown < args.show:
                print(f"{path.relative_to(args.corpus)} [{side}] {str(key)[:400]}")
                shown += 1
    for name, value in totals.items():
        print(f"{name}: {value}")
    return 0 if totals["files"] == totals["files_same"] else 1


if __name__ == "__main__":
    sys.exit(main())
