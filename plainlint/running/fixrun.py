"""`--fix` and `--diff` for files (and for text from stdin): fix, then write or show the change.

The bytes written are the original bytes except inside the fixed spans: the text is encoded
back in the file's own encoding with its BOM, and a file whose bytes would not survive that
round trip unchanged is never written.
"""

from __future__ import annotations

import difflib
import os
from dataclasses import dataclass, field
from pathlib import Path

from ..fixing.atomic import WriteError, write_atomic
from ..linting.engine import DEFAULT_FORMAT, FileResult, lint_file, lint_source
from ..fixing.fixer import FixOutcome, fix_source
from .parallel import signals_held
from ..reading.readers import format_for
from ..reading.source import Source, SourceError, is_wide_encoding, decode_source, read_file_bytes


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


def patch_of(fixed: FixedBytes, display: str) -> bytes | None:
    """The `--diff` patch of a fixed file (`diff -u` style, a/ and b/ prefixed like git, an absolute
    path unprefixed, with the no-newline marker), as bytes in the file's own encoding: `patch` and `git apply` match lines
    byte for byte, so a latin-1 or cp1252 line must stay latin-1, and a UTF-8 BOM (part of the
    first line on disk) stays. None for a UTF-16/32 file: its lines are not
    LF-separated bytes, and no diff tool applies such a patch."""
    if is_wide_encoding(fixed.source.encoding):
        return None
    name = os.fsencode(display)  # a file name that is not UTF-8 keeps its own bytes
    # A file outside the current folder is named by its absolute path, unprefixed (`patch -p0`):
    # "a//tmp/x.md" is no path either tool takes (user31)
    old, new = (name, name) if os.path.isabs(display) else (b"a/" + name, b"b/" + name)
    lines = []
    for line in difflib.diff_bytes(difflib.unified_diff, _byte_lines(fixed.source.encode()),
                                   _byte_lines(fixed.source.encode(fixed.outcome.text)), old, new):
        if not line.endswith(b"\n"):
            line += b"\n\\ No newline at end of file\n"
        lines.append(line)
    return b"".join(lines)


def wide_patch_warning(display: str, encoding: str) -> str:
    return f"{display}: warning: no --diff patch for a {encoding.upper()} file (diff tools cannot apply one)"


def write_patch(stream, patch: bytes) -> None:
    """Patch bytes to a text stream's byte buffer (after what the stream already holds)."""
    buffer = getattr(stream, "buffer", None)
    if buffer is None:
        stream.write(patch.decode("utf-8", "surrogateescape"))
        return
    stream.flush()
    buffer.write(patch)
    buffer.flush()


def _byte_lines(data: bytes) -> list[bytes]:
    """Lines ending at LF only (a CR stays part of its line)."""
    parts = data.split(b"\n")
    lines = [part + b"\n" for part in parts[:-1]]
    return lines + [parts[-1]] if parts[-1] else lines


@dataclass
class FileFixes:
    """What fixing one file did. Made where the file was fixed (a worker process, maybe) and
    handed to the run's FixSession, which prints diffs and warnings in file order."""

    changed: bool = False
    applied: int = 0  # edits applied
    by_rule: dict[str, int] = field(default_factory=dict)  # "CODE name" -> edits applied
    diff: bytes = b""  # the unified diff (--diff) in the file's own encoding, else empty
    warnings: list[str] = field(default_factory=list)
    write_failed: bool = False
    data: bytes | None = None  # the bytes now on disk when the file was written


@dataclass
class FixedResult(FileResult):
    """A FileResult of a fixing run, with what the fixes did to the file."""

    fixes: FileFixes | None = None


def fix_file(path: Path, display: str, settings, unsafe: bool, diff: bool, fixable=None,
             data: bytes | None = None) -> FileResult:
    """Fix one file (bytes read now unless given): write it atomically, or with `diff` make the
    patch. The result's findings are those of the text as it now stands (the original when
    nothing was written). A file that cannot be read gives the same error or notice as `check`."""
    try:
        if data is None:
            data = read_file_bytes(path, settings.max_file_size)
        fixed = fix_bytes(data, display, settings, unsafe, fixable)
    except SourceError:
        return lint_file(path, display, settings)
    outcome = fixed.outcome
    fixes = FileFixes()
    if not outcome.settled:
        fixes.warnings.append(f"{display}: warning: fixes still pending after {outcome.passes} passes; run again")
    result = outcome.result
    if fixed.changed:
        if diff:
            patch = patch_of(fixed, display)
            if patch is None:
                fixes.warnings.append(wide_patch_warning(display, fixed.source.encoding))
            else:
                fixes.diff = patch
        else:
            try:
                # Ctrl-C or SIGTERM (which ends a worker at once) waits for the rename: never a
                # temporary file left beside the original.
                with signals_held():
                    write_atomic(path, fixed.data, expected=data)
            except WriteError as exc:
                fixes.warnings.append(f"{display}: error: {exc}")
                fixes.write_failed = True
                result = lint_source(fixed.source, format_for(display) or DEFAULT_FORMAT, settings)
            else:
                fixes.data = fixed.data
        if not fixes.write_failed:
            fixes.changed, fixes.applied, fixes.by_rule = True, outcome.applied, outcome.by_rule
    return FixedResult(result.path, result.findings, result.error, result.source, result.document, result.settings,
                       fixes=fixes)


class FixSession:
    """Takes in each file's fixes in order: prints diffs and warnings, counts what changed."""

    def __init__(self, unsafe: bool, diff: bool, stream, warn=print):
        self.unsafe = unsafe
        self.diff = diff
        self.stream = stream
        self.warn = warn
        self.files_changed = 0
        self.edits_applied = 0
        self.write_failures = 0  # files left unchanged because writing failed
        self.per_file: list[tuple[str, dict[str, int]]] = []  # for --show-fixes

    def run_file(self, path: Path, display: str, settings, fixable=None) -> FileResult:
        return self.absorb(fix_file(path, display, settings, self.unsafe, self.diff, fixable))

    def absorb(self, result: FileResult) -> FileResult:
        fixes = getattr(result, "fixes", None)
        if fixes is None:
            return result
        for warning in fixes.warnings:
            self.warn(warning)
        self.write_failures += fixes.write_failed
        if fixes.diff:
            write_patch(self.stream, fixes.diff)
        if fixes.changed:
            self.count(result.path, fixes.applied, fixes.by_rule)
        return result

    def count(self, display: str, applied: int, by_rule: dict[str, int]) -> None:
        self.files_changed += 1
        self.edits_applied += applied
        self.per_file.append((display, by_rule))

    def summary(self, unsafe_left: int = 0) -> str:
        """`Fixed N finding(s) in M file(s).`; with --diff (whose report is the diff, with no
        summary of its own) also how many more --unsafe-fixes would fix."""
        if self.diff:
            more = f"; {unsafe_left} more with --unsafe-fixes" if unsafe_left and not self.unsafe else ""
            return f"Would fix {self.edits_applied} finding(s) in {self.files_changed} file(s){more}."
        return f"Fixed {self.edits_applied} finding(s) in {self.files_changed} file(s)."

    def listing(self) -> list[str]:
        """`--show-fixes`: per file, how many findings of each rule were fixed."""
        lines = []
        for display, by_rule in self.per_file:
            lines.append(f"{display}:")
            for rule, count in sorted(by_rule.items(), key=lambda item: (-item[1], item[0])):
                code, _, name = rule.partition(" ")
                lines.append(f"    {count} x {code} ({name})")
        return lines
