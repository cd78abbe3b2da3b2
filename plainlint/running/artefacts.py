"""Recognising files plainlint wrote itself, so that a run never lints its own output.

A baseline, `report.json`, `report.html` (and its per-document pages) and `check -o` reports sit
in the repository they describe; read as content they turn into findings of their own (a
baseline quotes every flagged phrase), so a committed baseline would fail every run. They are
recognised by what plainlint writes at their start, never by name (any name can be chosen):

- a baseline starts `{"plainlint-baseline": 1, ...}`;
- `report.json` starts `{"schema": N, "plainlint": "VERSION", ...}`;
- `report.html` and its document pages carry `<meta name="generator" content="plainlint ...">`;
- `--format json`/`gitlab`/`rdjson`/`sarif` reports start with plainlint's own keys (the json
  array has no room for a marker, so it is recognised by its shape: an array whose first item
  begins with the finding fields in their documented order, or the empty array `[]`);
- `text`, `concise` and `github` reports start with a finding line or the summary line.

Only the first few KB of a file are read, and only for the types plainlint writes (JSON, HTML,
plain text): Markdown, templates and YAML are never opened twice, which keeps a warm re-run of a
large knowledge base (mostly Markdown) as fast as before.
"""

from __future__ import annotations

import codecs
import functools
import os
import re
import stat
from pathlib import Path

SNIFF_BYTES = 4096
# Suffixes of the file types plainlint both reads and writes (its reports are JSON, HTML, text).
SNIFFED_SUFFIXES = (".json", ".html", ".htm", ".xhtml", ".txt", ".text")

GENERATOR_META = '<meta name="generator" content="plainlint {version}">'

_STRING = r'"(?:[^"\\]|\\.)*"'
_FINDING_START = rf'\{{"path": {_STRING}, "line": (?:\d+|null), "column": (?:\d+|null), "end_line"'


@functools.cache
def _markers() -> list[re.Pattern]:
    """The first bytes of each output plainlint writes (compiled on first use: a run over
    Markdown never sniffs a file)."""
    return [
        re.compile(r'\A\{\s*"plainlint-baseline"\s*:'),                                  # baseline
        re.compile(r'\A\{\s*"schema"\s*:\s*\d+\s*,\s*"plainlint"\s*:\s*"'),                # report.json
        re.compile(r'\A<!DOCTYPE html>.{0,400}?<meta name="generator" content="plainlint[ "]', re.S | re.I),
        re.compile(rf'\A\[\s*(?:\]\s*\Z|{_FINDING_START})'),                              # --format json
        re.compile(rf'\A{_FINDING_START}'),                                                # --format jsonl
        re.compile(r'\A\[\s*\{"type": "issue", "check_name": "(?:PL\d+|error)"'),           # --format gitlab
        re.compile(r'\A\{"source": \{"name": "plainlint"'),                                # --format rdjson
        re.compile(r'\A\{\s*"\$schema"[^{]*"runs"\s*:\s*\[\s*\{\s*"tool"\s*:\s*\{\s*"driver"\s*:\s*\{\s*'
                   r'"name"\s*:\s*"plainlint"'),                                           # --format sarif
        re.compile(r'\A[^\n]*?:\d+:\d+: (?:error|warning|info) (?:PL\d+ )?\[[a-z0-9-]+\] '),  # text, concise
        re.compile(r'\AChecked \d+ file\(s\): \d+ error\(s\), '),                           # text, no findings
        re.compile(r'\A::(?:error|warning|notice) file=[^\n]*?title=(?:PL\d+ |plainlint)'),  # github
    ]


def looks_like_artefact(head: str) -> bool:
    """Whether text that a file starts with is one of plainlint's own outputs."""
    return any(marker.search(head) for marker in _markers())


def is_artefact(path: Path | str, any_suffix: bool = False) -> bool:
    """Whether the file at `path` was written by plainlint (read: its first SNIFF_BYTES only).
    Only files with the suffixes of its reports are read, unless `any_suffix` (a file the run
    is about to write again, whatever it is called: `-o report.md`).

    A file that cannot be read is not an artefact: linting it reports why."""
    if not any_suffix and not str(path).lower().endswith(SNIFFED_SUFFIXES):
        return False
    try:  # non-blocking, regular files only: a FIFO named *.md must not hang the run
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return False
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return False
        data = os.read(fd, SNIFF_BYTES)
    except OSError:
        return False
    finally:
        os.close(fd)
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    return looks_like_artefact(data.decode("utf-8", errors="ignore"))
