"""`SegmentBuilder`: how every reader makes a segment, piece by piece in source order, with the
invariant that a finding can never point at the wrong text checked as each segment is built
(moved out of offsets.py, which holds what a built segment is)."""

from __future__ import annotations

import bisect
import re
from typing import Callable

from ..enums import Scope
from .translation_strings import decode_codes
from .offsets import (
    BRANCH_MASK, BREAK, CODE_MASK, DECODED, LITERAL, MASKS, NO_CONTEXT, OUTPUT_MASK, PLACEHOLDER, PLACEHOLDER_TEXT,
    SPACE_MASK, OffsetMap, Piece, Segment, identity, new_piece,
)

# White space plus the invisible characters editors leave around (zero-width space, BOM).
_BLANK = " \t\n\r\f\v\u00a0\u200b\u200c\u200d\u2060\ufeff"

# A soft hyphen (U+00AD, &shy;) marks where a word may break; it is no part of the word, so it
# stays out of the prose ("uti\u00adlize" is "utilize") and its neighbours keep their places.
SOFT_HYPHEN = "\u00ad"


# A non-breaking hyphen (U+2011, &#8209;) and the Unicode hyphen (U+2010) join a compound as the
# ASCII hyphen does ("built\u2011in"): the prose holds '-' in their place, a decoded piece of one
# character, so every rule reads the compound as one hyphenated word (fix36; 108 held-out files).
UNICODE_HYPHENS = "\u2010\u2011"
_HYPHEN_RUNS = re.compile("([\u2010\u2011])")
_AS_ASCII_HYPHEN = str.maketrans(UNICODE_HYPHENS, "--")


def hyphens_as_ascii(text: str | None) -> str | None:
    """`text` with U+2010 and U+2011 read as '-', as a segment's prose holds them: for the words a
    reader keeps outside a segment (an alt or title attribute, an HTML link's text), so a rule judges
    "click\u2011here" as it judges "click-here". Same length, so offsets into it still hold."""
    return text.translate(_AS_ASCII_HYPHEN) if text and not text.isascii() else text


def _without_soft_hyphens(text: str, src_start: int) -> list[tuple[str, int]]:
    """The runs of literal `text` between its soft hyphens, each with its source offset."""
    runs, at = [], src_start
    for run in text.split(SOFT_HYPHEN):
        runs.append((run, at))
        at += len(run) + 1
    return runs


class OffsetInvariantError(Exception):
    """A reader broke the offset map's invariant (a bug in plainlint, reported as the file's error:
    a finding must never point at the wrong text). Checked always, not with `assert`, which
    `python -O` removes."""


class SegmentBuilder:
    """Appends pieces in source order; `masked` is the source with template tags masked."""

    def __init__(self, source_text: str, masked: str | None = None, scope: Scope = Scope.PARAGRAPH):
        self.source_text = source_text
        self.masked = source_text if masked is None else masked
        self.scope = scope
        self.parts: list[str] = []
        self.part_starts: list[int] = []  # text offset of each part, for text_since()
        self.pieces: list[Piece] = []
        self.length = 0
        self.splits: list[int] = []  # text offsets where a template branch ends a unit

    def _add(self, text: str, src_start: int, src_end: int, kind: str) -> None:
        if kind == LITERAL and not text.isascii() and _HYPHEN_RUNS.search(text):
            at = src_start
            for part in _HYPHEN_RUNS.split(text):
                if part in UNICODE_HYPHENS and part:
                    self._add("-", at, at + 1, DECODED)
                else:
                    self._add(part, at, at + len(part), LITERAL)
                at += len(part)
            return
        if kind == DECODED and text in UNICODE_HYPHENS and text:  # '&#8209;'
            text = "-"
        if SOFT_HYPHEN in text and kind in (LITERAL, DECODED):  # (&shy;: a decoded one)
            if kind == LITERAL:
                for part, at in _without_soft_hyphens(text, src_start):
                    self._add(part, at, at + len(part), LITERAL)
                return
            text = text.replace(SOFT_HYPHEN, "")
        if not text:
            return
        last = self.pieces[-1] if self.pieces else None
        if (
            kind == LITERAL
            and last is not None
            and last.kind == LITERAL
            and last.src_end == src_start
        ):
            self.pieces[-1] = new_piece(Piece, (last.start, last.end + len(text), last.src_start, src_end, LITERAL))
        else:
            self.pieces.append(new_piece(Piece, (self.length, self.length + len(text), src_start, src_end, kind)))
        self.parts.append(text)
        self.part_starts.append(self.length)
        self.length += len(text)

    def literal(self, src_start: int, src_end: int) -> None:
        """Source text at [src_start, src_end); masked template tags become placeholders."""
        masked = self.masked
        chunk = masked[src_start:src_end]
        if chunk.isascii() or not any(mask in chunk for mask in MASKS):  # (the masks are not ASCII)
            self._add(self.source_text[src_start:src_end], src_start, src_end, LITERAL)
            return
        pos = src_start
        while pos < src_end:
            char = masked[pos]
            run_end = pos + 1
            if char in MASKS:
                while run_end < src_end and masked[run_end] in (char, "\n", "\r"):
                    run_end += 1
                while masked[run_end - 1] in "\r\n":
                    run_end -= 1
                if char == OUTPUT_MASK:
                    self.placeholder(pos, run_end)
                elif char == BRANCH_MASK:
                    self.split()
                elif char == SPACE_MASK:
                    self.separator(" ", pos)
                elif char == CODE_MASK:
                    self.decoded(decode_codes(self.source_text[pos:run_end]), pos, run_end)
            else:
                while run_end < src_end and masked[run_end] not in MASKS:
                    run_end += 1
                self._add(self.source_text[pos:run_end], pos, run_end, LITERAL)
            pos = run_end

    def decoded(self, text: str, src_start: int, src_end: int) -> None:
        self._add(text, src_start, src_end, DECODED)

    def placeholder(self, src_start: int, src_end: int, text: str = PLACEHOLDER_TEXT) -> None:
        self._add(text, src_start, src_end, PLACEHOLDER)

    def separator(self, text: str, at: int) -> None:
        """Text the reader adds between pieces (a space for a line break); maps to `at`."""
        self._add(text, at, at, BREAK)

    def split(self) -> None:
        """End the unit here: build_all makes a segment of each part, as at a template branch."""
        self.splits.append(self.length)

    @property
    def text(self) -> str:
        return "".join(self.parts)

    def text_since(self, offset: int) -> str:
        """The text from `offset` to the end, joining only the parts after it: a link closes
        with its own text, not the whole paragraph so far (many links in one paragraph)."""
        if not self.parts:
            return ""
        first = max(bisect.bisect_right(self.part_starts, offset) - 1, 0)
        return "".join(self.parts[first:])[offset - self.part_starts[first]:]

    def _trim(self, text: str) -> str:
        """Drop white space at both ends (a line break left by a vanished marker) of `text` (the
        unit's text, never empty); returns what is left."""
        if text[0] not in _BLANK and text[-1] not in _BLANK:  # (most units: no copies made)
            return text
        lead = len(text) - len(text.lstrip(_BLANK))
        trail = len(text) - len(text.rstrip(_BLANK))
        if not lead and not trail:
            return text
        end = len(text) - trail
        self.pieces = OffsetMap(self.pieces).slice(lead, end)
        self.parts = [text[lead:end]]
        self.part_starts = [0]
        self.length = end - lead
        return self.parts[0]

    def build_all(self, escape: Callable[[str], str] = identity) -> list[Segment]:
        """The unit, split where template branches (`{% else %}`) divide it."""
        if not self.splits:
            segment = self.build(escape)
            return [segment] if segment else []
        out = []
        text, whole = self.text, OffsetMap(self.pieces)
        # a unit may open or close on a branch or region tag, or hold two together: no empty parts
        bounds = sorted({0, *(at for at in self.splits if 0 < at < len(text)), len(text)})
        for lo, hi in zip(bounds, bounds[1:]):
            part = SegmentBuilder(self.source_text, self.masked, self.scope)
            for piece in whole.slice(lo, hi, at=lo):
                part._add(text[piece.start:piece.end], piece.src_start, piece.src_end, piece.kind)
            segment = part.build(escape)
            if segment:
                out.append(segment)
        return out

    def build(self, escape: Callable[[str], str] = identity, **context) -> Segment | None:
        text = self.text
        if not text.strip(_BLANK):
            return None
        text = self._trim(text)
        pieces = self.pieces
        for piece in pieces:
            if piece.kind == LITERAL and text[piece.start:piece.end] != self.source_text[piece.src_start:piece.src_end]:
                raise OffsetInvariantError(
                    f"a literal piece at text {piece.start}-{piece.end} does not equal the source at "
                    f"{piece.src_start}-{piece.src_end}: a reader mapped prose to the wrong place")
        return Segment(text, _map_of(pieces, len(text)), self.scope, escape, context or NO_CONTEXT)


_NARROW_LIMIT = 2 ** 31  # OffsetMap packs offsets below this in 32 bits


def _map_of(pieces: list[Piece], length: int) -> OffsetMap | int:
    """What Segment keeps of `pieces`: where the text starts when it is one literal run of the
    source (most paragraphs and cells), as Segment would find by unpacking an OffsetMap of them
    (offsets._plain_start), else the OffsetMap; building and unpacking one map per segment was a
    twentieth of reading a Markdown file."""
    if len(pieces) == 1:
        piece = pieces[0]
        if piece.kind == LITERAL and piece.start == 0 and piece.end == length \
                and piece.src_end - piece.src_start == length and 0 <= piece.src_start and piece.src_end < _NARROW_LIMIT:
            return piece.src_start
    return OffsetMap(pieces)
