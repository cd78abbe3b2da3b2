"""One source file as decoded text, with the facts needed to write it back unchanged."""

from __future__ import annotations

import bisect
from array import array
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path

BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024  # bytes; support articles and macro exports are far smaller
SNIFF_BYTES = 8192  # the head of a file looked at for NUL bytes (binary, or UTF-16 without a BOM)
META_CHARSET_BYTES = 4096  # the head of an HTML file searched for <meta charset>, as browsers do
_LINE_END = re.compile(r"\r\n|\r|\n")
# A UTF-16 surrogate with no partner: an undecodable byte (surrogateescape), a file name that is
# not UTF-8, a lone JSON `\ud800` escape. No encoder writes one; readers and reports replace it.
LONE_SURROGATE = re.compile("[\ud800-\udfff]")


class SourceError(Exception):
    """A file that cannot be read as text; `line`/`column` are 1-based when known."""

    def __init__(self, message: str, line: int | None = None, column: int | None = None):
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column


class BinaryFile(SourceError):
    """The file is binary: skipped with a notice (PL902), not an error."""


@dataclass
class Source:
    """Decoded text of one file. Offsets everywhere in plainlint index `text` (code points)."""

    path: str
    text: str
    encoding: str = "utf-8"
    bom: bytes = b""
    detected: str | None = None  # how the encoding was found when it was not UTF-8 or declared
    _line_starts: array | None = field(default=None, repr=False)

    @property
    def line_starts(self) -> array:
        """Offset of each line's first character: an array of machine integers (8 bytes a line,
        where a list of ints costs 36), searched with bisect like a list."""
        if self._line_starts is None:
            # A lone CR ends a line too (CommonMark, LSP, editors), so lines agree with the parser.
            if "\r" in self.text:
                starts = array("q", [0])
                starts.extend(m.end() for m in _LINE_END.finditer(self.text))
            else:
                starts = array("q", [0])
                find = self.text.find
                pos = find("\n")
                while pos != -1:
                    starts.append(pos + 1)
                    pos = find("\n", pos + 1)
            self._line_starts = starts
        return self._line_starts

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and 1-based column in code points of the original line."""
        starts = self.line_starts
        index = bisect.bisect_right(starts, offset) - 1
        return index + 1, offset - starts[index] + 1

    def offset_of(self, line: int, column: int) -> int:
        return self.line_starts[line - 1] + column - 1

    def line_text(self, line: int) -> str:
        start, end = self.line_span(line)
        return self.text[start:end]

    def line_span(self, line: int) -> tuple[int, int]:
        """Where a line's text starts and ends, without its line break."""
        starts = self.line_starts
        start = starts[line - 1]
        end = starts[line] if line < len(starts) else len(self.text)
        text = self.text
        while end > start and text[end - 1] in "\r\n":
            end -= 1
        return start, end

    def encode(self, text: str | None = None) -> bytes:
        """Bytes of `text` (default: this source) in the file's own encoding and BOM."""
        body = self.text if text is None else text
        return self.bom + body.encode(self.encoding)


def decode_bytes(data: bytes, path: str, encoding: str | None = None) -> Source:
    """Decode file bytes: BOM first, then the requested encoding (default UTF-8)."""
    for bom, bom_encoding in BOMS:
        if data.startswith(bom):
            try:
                return Source(path, data[len(bom):].decode(bom_encoding), bom_encoding, bom)
            except UnicodeDecodeError as exc:
                raise invalid_encoding(data, exc, bom_encoding, len(bom)) from None
    chosen = encoding or "utf-8"
    if b"\x00" in data[:SNIFF_BYTES] and not is_wide_encoding(chosen):
        raise BinaryFile(binary_message(data))
    try:
        return Source(path, data.decode(chosen), chosen)
    except UnicodeDecodeError as exc:
        raise invalid_encoding(data, exc, chosen, 0) from None
    except LookupError:
        raise SourceError(f"unknown encoding {chosen!r}") from None


def is_wide_encoding(encoding: str) -> bool:
    """UTF-16/32 text holds NUL bytes; every other encoding plainlint reads does not."""
    return any(width in encoding.replace("_", "-").lower() for width in ("16", "32"))


def binary_message(data: bytes) -> str:
    head = data[:SNIFF_BYTES]
    if len(head) >= 4 and (head[1::2].count(0) > len(head) // 4 or head[0::2].count(0) > len(head) // 4):
        return "binary file (NUL bytes), skipped; if it is UTF-16 without a BOM, use --encoding utf-16-le or utf-16-be"
    return "binary file (NUL bytes), skipped"


def invalid_encoding(data: bytes, exc: UnicodeDecodeError, encoding: str, skip: int) -> SourceError:
    bad = exc.start + skip
    line = data.count(b"\n", 0, bad) + 1
    line_start = data.rfind(b"\n", 0, bad) + 1
    column = len(data[line_start:bad].decode(encoding, errors="replace")) + 1
    return SourceError(
        f"not valid {encoding} at byte offset {bad} (use --encoding, or `encoding` in config)",
        line,
        column,
    )


def read_source(path: Path, display: str, encoding: str | None = None, html: bool = False,
                max_bytes: int | None = DEFAULT_MAX_FILE_SIZE) -> Source:
    return decode_source(read_bytes_bounded(path, max_bytes), display, encoding, html)


def read_file_bytes(path: Path, max_bytes: int | None = DEFAULT_MAX_FILE_SIZE) -> bytes:
    return read_bytes_bounded(path, max_bytes)


def read_bytes_bounded(path: Path, max_bytes: int | None) -> bytes:
    """A regular file's bytes. FIFOs, devices and sockets are refused without blocking, and a
    file over `max_bytes` is refused before it is read."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise SourceError("file not found (or a broken symlink)") from None
    except IsADirectoryError:
        raise SourceError("is a directory") from None
    except OSError as exc:
        raise SourceError(f"cannot read: {exc.strerror or exc}") from None
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise SourceError("is a directory")
        if not stat.S_ISREG(info.st_mode):
            raise SourceError("not a regular file (a pipe, device or socket)")
        if max_bytes is not None and info.st_size > max_bytes:
            raise SourceError(too_big(info.st_size, max_bytes))
        try:
            data = handle.read() if max_bytes is None else _read_at_most(handle, info.st_size, max_bytes)
        except OSError as exc:
            raise SourceError(f"cannot read: {exc.strerror or exc}") from None
    if max_bytes is not None and len(data) > max_bytes:  # grew after the size check
        raise SourceError(too_big(len(data), max_bytes))
    return data


def _read_at_most(handle, size: int, max_bytes: int) -> bytes:
    """Up to max_bytes + 1 bytes, asking first for the size fstat gave (a 10 MiB read buffer
    per file cost more than reading a typical article)."""
    data = handle.read(min(size, max_bytes) + 1)
    if len(data) > size:  # the file grew since fstat: read on, still bounded
        data += handle.read(max_bytes + 1 - len(data))
    return data


def too_big(size: int, limit: int) -> str:
    return f"file is {size:,} bytes, over the {limit:,}-byte limit (raise `max-file-size` in config)"


def decode_source(data: bytes, display: str, encoding: str | None = None, html: bool = False) -> Source:
    """File bytes from anywhere (disk, standard input) as a Source."""
    if html:
        return decode_html_bytes(data, display, encoding)
    return decode_bytes(data, display, encoding)


_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
# Browsers read these labels as windows-1252 (WHATWG Encoding Standard).
_BROWSER_ALIASES = {"iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
                    "us-ascii": "cp1252", "ascii": "cp1252", "windows-1252": "cp1252"}


def decode_html_bytes(data: bytes, path: str, encoding: str | None = None) -> Source:
    """HTML as browsers find its encoding: BOM, then <meta charset>, then UTF-8, then detection."""
    if encoding or any(data.startswith(bom) for bom, _ in BOMS):
        return decode_bytes(data, path, encoding)
    declared = _META_CHARSET.search(data[:META_CHARSET_BYTES])
    if declared:
        label = declared.group(1).decode("ascii", "replace").lower()
        codec = _BROWSER_ALIASES.get(label, label)
        try:
            return Source(path, data.decode(codec), codec)
        except LookupError:
            pass
        except UnicodeDecodeError as exc:
            raise invalid_encoding(data, exc, codec, 0) from None
    try:
        return Source(path, data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:SNIFF_BYTES]:
        raise BinaryFile(binary_message(data))
    from bs4 import UnicodeDammit

    dammit = UnicodeDammit(data, is_html=True)
    if dammit.unicode_markup is None or not dammit.original_encoding:
        raise SourceError("cannot tell this file's encoding (use --encoding, or `encoding` in config)")
    codec = dammit.original_encoding
    try:
        return Source(path, data.decode(codec), codec, detected=codec)
    except (UnicodeDecodeError, LookupError):  # the guess needed replacement characters
        raise SourceError("cannot tell this file's encoding (use --encoding, or `encoding` in config)") from None
