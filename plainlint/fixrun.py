"""`--fix` and `--diff` for files (and for text from stdin): fix, then write or show the change.

The bytes written are the original bytes except inside the fixed spans: the text is encoded
back in the file's own encoding with its BOM, and a file whose bytes would not survive that
round trip unchanged is never written.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path

from .atomic import WriteError, write_atomic
from .engine import DEFAULT_FORMAT, FileResult, lint_file, lint_source
from .fixer import FixOutcome, fix_source
from .readers import format_for
from .source import Source, SourceError, decode_source, read_file_bytes


@dataclass
class FixedBytes:
    data: bytes  # the fixed file, or the original bytes when nothing changed
    outcome: FixOutcome
    source: Source  # the original, decoded

    @property
    def changed(self) -> bool:
        return self.outcome.text != self.source.text


def fix_bytes(data: bytes, display: str, settings, unsafe: bool = False, fixable=None,
              fmt: str | None = None) -> FixedBytes:
    """Fix one file's bytes. Raises SourceError when they cannot be decoded.

    This is all that stdin mode needs: read stdin, call this, write `.data` to stdout.
    """
    fmt = fmt or format_for(display) or DEFAULT_FORMAT
    source = decode_source(data, display, settings.encoding, html=fmt in ("html", "template"))
    outcome = fix_source(source, fmt, settings, unsafe, fixable)
    if outcome.text == source.text:
        return FixedBytes(data, outcome, source)
    if source.encode() != data:
        # Decoding and encoding again would change bytes outside the fixes: do not touch it.
        outcome.result = lint_source(source, fmt, settings)
        outcome.text, outcome.applied = source.text, 0
        return FixedBytes(data, outcome, source)
    return FixedBytes(source.encode(outcome.text), outcome, source)


def unified_diff(before: str, after: str, display: str) -> str:
    """A `diff -u` style patch, a/ and b/ prefixed like git, with the no-newline marker."""
    lines = []
    for line in difflib.unified_diff(_lines(before), _lines(after), f"a/{display}", f"b/{display}"):
        if not line.endswith("\n"):
            line += "\n\\ No newline at end of file\n"
        lines.append(line)
    return "".join(lines)


def _lines(text: str) -> list[str]:
    """Lines ending at LF only (str.splitlines would also split at form feeds and U+2028)."""
    parts = text.split("\n")
    lines = [part + "\n" for part in parts[:-1]]
    return lines + [parts[-1]] if parts[-1] else lines


class FixSession:
    """Fixes file after file for a Run; counts what it changed."""

    def __init__(self, unsafe: bool, diff: bool, stream, warn=print):
        self.unsafe = unsafe
        self.diff = diff
        self.stream = stream
        self.warn = warn
        self.files_changed = 0
        self.edits_applied = 0
        self.write_failures = 0  # files left unchanged because writing failed

    def run_file(self, path: Path, display: str, settings, fixable=None) -> FileResult:
        try:
            data = read_file_bytes(path, settings.max_file_size)
            fixed = fix_bytes(data, display, settings, self.unsafe, fixable)
        except SourceError:
            return lint_file(path, display, settings)  # the same error or notice as `check`
        outcome = fixed.outcome
        if not outcome.settled:
            self.warn(f"{display}: warning: fixes still pending after {outcome.passes} passes; run again")
        if not fixed.changed:
            return outcome.result
        if self.diff:
            self.stream.write(unified_diff(fixed.source.text, outcome.text, display))
        else:
            try:
                write_atomic(path, fixed.data, expected=data)
            except WriteError as exc:
                self.warn(f"{display}: error: {exc}")
                self.write_failures += 1
                return lint_source(fixed.source, format_for(display) or DEFAULT_FORMAT, settings)
        self.files_changed += 1
        self.edits_applied += outcome.applied
        return outcome.result

    def summary(self) -> str:
        if self.diff:
            return f"Would fix {self.edits_applied} finding(s) in {self.files_changed} file(s)."
        return f"Fixed {self.edits_applied} finding(s) in {self.files_changed} file(s)."
