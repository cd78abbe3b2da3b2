"""Plain text (e-mail bodies, .txt articles): paragraphs separated by blank lines."""

from __future__ import annotations

import re

from ..document import Document
from ...enums import Scope
from ...nlp.sentences import HARD_BREAK
from ..segment_builder import SegmentBuilder
from . import common

_PARAGRAPH = re.compile(r"[^\r\n]*\S[^\r\n]*(?:\r?\n[^\r\n]*\S[^\r\n]*)*")
_LIST_MARKER = re.compile(r"[ \t]*(?:[-*+•]|\d{1,3}[.)])[ \t]+")
# A line that is only a rule or an HTML comment (Vaultwarden's `<!---------------->` between an
# e-mail's subject line and its body): it ends the unit above and is not text.
_SEPARATOR = re.compile(r"[ \t]*(?:<!--.*?-->|([-=*_~#])\1{2,})[ \t]*\r?$")
# A line the writer ends with a colon ("... in the following format:", "Rejection reason:", "You
# can download it here:") introduces what the next line holds: an address, a reason, a link. In
# plain text the reader sees the break, so a sentence ends there (session 16, left16: e-mail text
# parts and macro strings counted the next line into the sentence, sentence-length). Not when the
# next line goes on in lower case: a hard-wrapped sentence whose wrap fell after a colon ("... under
# copyright law:" then "that is to say, ..." in a licence; left16's corpus comparison).
_COLON_LINE_END = re.compile(r":[ \t]*(\r?\n)(?![ \t]*[a-z])")


def read_text(masked: str, doc: Document) -> None:
    source_text = doc.source.text
    for paragraph in _PARAGRAPH.finditer(masked):
        for start, end, scope in _units(masked, paragraph.start(), paragraph.end()):
            builder = SegmentBuilder(source_text, masked, scope)
            _add_lines(builder, masked, start, end)
            for segment in builder.build_all():
                doc.segments.append(common.mask_non_prose_tokens(segment))


def _add_lines(builder: SegmentBuilder, masked: str, start: int, end: int) -> None:
    """The unit's text, a sentence ending (HARD_BREAK) added before each line break that follows
    a colon."""
    if masked.find(":", start, end) >= 0:
        for colon in _COLON_LINE_END.finditer(masked, start, end):
            builder.literal(start, colon.start(1))
            builder.separator(HARD_BREAK, colon.start(1))
            start = colon.start(1)
    builder.literal(start, end)


def _units(text: str, start: int, end: int):
    """A paragraph, split so that each list item (`- x`, `1. x`) is its own unit."""
    unit_start, scope = start, Scope.PARAGRAPH
    pos = start
    while pos < end:
        line_end = text.find("\n", pos, end)
        line_end = end if line_end < 0 else line_end
        if _SEPARATOR.match(text, pos, line_end):
            if pos > unit_start:
                yield unit_start, pos, scope
            unit_start, scope = line_end + 1, Scope.PARAGRAPH
            pos = line_end + 1
            continue
        marker = _LIST_MARKER.match(text, pos, line_end)
        if marker:
            if pos > unit_start:
                yield unit_start, pos, scope
            unit_start, scope = marker.end(), Scope.LIST_ITEM
        pos = line_end + 1
    if unit_start < end:
        yield unit_start, end, scope
