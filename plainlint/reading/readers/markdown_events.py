"""What the Markdown event reader needs from pulldown-cmark and the raw text: the event stream,
fenced code spans, heading lines, unclosed comments and link destinations as rendered."""

from __future__ import annotations

import re

from ..document import Element
from ..source import LONE_SURROGATE
from .byte_offsets import ByteOffsets
from .markdown_pieces import PIECES_FROM, events_in_pieces

# CommonMark plus GFM tables and strikethrough: what the markdown-it reader enabled. pyromark's
# Options are an IntFlag; the plain values keep the import of `enum` machinery off start-up.
ENABLE_TABLES = 1 << 1
ENABLE_STRIKETHROUGH = 1 << 3
OPTIONS = ENABLE_TABLES | ENABLE_STRIKETHROUGH


def events(text: str):
    """(event, byte range) pairs for `text`, pulled lazily from pulldown-cmark (a large text a
    piece at a time: markdown_pieces)."""
    if len(text) >= PIECES_FROM:
        return events_in_pieces(text, OPTIONS)
    import pyromark

    return pyromark.events_with_range(text, options=OPTIONS)


# A line of only a fence's backticks or tildes, then white space holding a tab: CommonMark (and
# GitHub) end a fence followed by spaces or tabs, pulldown-cmark only one followed by spaces, so a
# closing fence saved with a tab after it left the fence open to the next one, and every later
# fence's prose and code changed places (rev18a, held-out Tasmota docs).
_FENCE_THEN_TAB = re.compile(r"^([ \t]*(?:`{3,}|~{3,}))([ \t]*\t[ \t]*)$", re.M)


def parseable(text: str) -> str:
    """`text` as pyromark accepts it: a lone surrogate (undecodable input) becomes U+FFFD, which
    has the same UTF-8 width as the surrogate's 3 bytes in `ByteOffsets`, so offsets hold; the
    tabs after a fence line become spaces (same width)."""
    if "\t" in text:
        text = _FENCE_THEN_TAB.sub(lambda match: match.group(1) + " " * len(match.group(2)), text)
    if text.isascii() or not LONE_SURROGATE.search(text):
        return text
    return LONE_SURROGATE.sub("\ufffd", text)


def fenced_code_spans(text: str) -> list[tuple[int, int]]:
    """Source spans of fenced code blocks, from the first line of the fence to past the last."""
    text = parseable(text)
    offsets = ByteOffsets(text)
    spans = []
    for event, span in events(text):
        if type(event) is dict and "Start" in event:
            tag = event["Start"]
            if type(tag) is dict and "CodeBlock" in tag and tag["CodeBlock"] != "Indented":
                start, end = offsets.char(span["start"]), offsets.char(span["end"])
                spans.append((line_start(text, start), line_end(text, end)))
    return spans


def line_start(text: str, offset: int) -> int:
    return text.rfind("\n", 0, offset) + 1


def line_end(text: str, offset: int) -> int:
    """`offset` if it already ends a line (or the text), else just past its line's break."""
    if offset >= len(text) or (offset > 0 and text[offset - 1] == "\n"):
        return offset
    newline = text.find("\n", offset)
    return len(text) if newline < 0 else newline + 1


def heading_element(text: str, start: int, level: int) -> Element:
    """A heading spans its first line without the newline (`## Title`, or setext's text line)."""
    start = line_start(text, start)
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    while end > start and text[end - 1] in " \t\r":
        end -= 1
    return Element("heading", start, end, "markdown", level=level)


def unclosed_comment(text: str, pos: int = 0) -> int | None:
    """Offset of the first `<!--` at or after `pos` with no `-->` after it, or None. An escaped
    `\\<!--` is text that shows the characters, not a comment."""
    last_close = text.rfind("-->")
    start = text.find("<!--", max(pos, last_close + 3 if last_close >= 0 else 0))
    while start > 0 and _escaped(text, start):
        start = text.find("<!--", start + 1)
    return start if start >= 0 else None


def _escaped(text: str, offset: int) -> bool:
    """Whether the character at `offset` follows an odd number of backslashes."""
    backslashes = 0
    while offset - backslashes > 0 and text[offset - backslashes - 1] == "\\":
        backslashes += 1
    return backslashes % 2 == 1


# What markdown-it's normalizeLink leaves alone: a URL keeps its spelling, except characters
# that are not allowed in one, which are percent-encoded (as every renderer writes the href).
_URL_SAFE = re.compile(r"[^A-Za-z0-9;/?:@&=+$,\-_.!~*'()#%]|%(?![0-9A-Fa-f]{2})")


def link_href(link: dict) -> str:
    """A link's destination as rendered in an href (percent-encoded like cmark and markdown-it)."""
    url = link["dest_url"]
    if link["link_type"] == "Email":
        url = "mailto:" + url
    if url.isascii() and not _URL_SAFE.search(url):
        return url
    from urllib.parse import quote

    return _URL_SAFE.sub(lambda m: quote(m.group(), safe=""), url)
