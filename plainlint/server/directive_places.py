"""Where a suppress action may write its directive (plainlint/server/actions.py checks each
place by reading the edited text again and offers the first that works):

- at the end of the finding's line (`disable-line`), or alone on the line above it
  (`disable-next-line`);
- around a fenced block of Markdown or MDX (a saved reply in a fence, where a comment inside
  would be part of the reply): a `disable` line above the fence and an `enable` line below it;
- around a translation block (Jinja's `{% trans %}`, Django's `{% blocktranslate %}` /
  `{% blocktrans %}`; user31): its text is the message id, which a comment inside would change
  (Jinja keeps the space before a `{# #}`; Django refuses a tag there and sends an HTML comment),
  so `disable` goes right before the opening tag and `enable` right after the closing tag, on
  their lines: no line break, so the rendered e-mail is the same too;
- in React Email's JSX (user31), a `{/* */}` comment child, placed so that JSX's white-space
  rules render the same text;
- around an HTML or JSX tag written over several lines, when the finding is in its attributes
  (an `alt` or a component's `title`; user33): an HTML or MDX comment inside a tag is no comment
  (MDX refuses to compile the page, "Unexpected empty expression"; HTML reads attributes), so no
  place inside a tag is offered, and a `disable` line goes above the tag's first line and an
  `enable` line below its last.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from ..reading.readers.mdx_flow import FlowTag, tag_at
from ..reading.translation_strings import translation_blocks

MARKUP_COMMENTS = ("<!--", "{/*")  # the comments a tag's attributes cannot hold
_TAG_LOOKBACK = 4000  # characters (mdx_flow's longest tag)


@dataclass(frozen=True)
class Insertion:
    offset: int
    text: str
    line: int  # the finding's line once the text is inserted (1-based)
    shift: int  # how far the finding's start moves
    closing: tuple[int, str] | None = None  # (offset, text): the `enable` after a block, if any
    where: str = "on this line"


def newline_of(text: str) -> str:
    return "\r\n" if "\r\n" in text else ("\r" if "\r" in text and "\n" not in text else "\n")


def insertions(text: str, line_start: int, line_end: int, line: int, comment: str, code: str,
               jsx: bool = False, glued: bool = False) -> list[Insertion]:
    """Where a directive can go, best first: at the end of the line (before trailing blanks, so
    a Markdown hard break stays), or alone on the line above, indented like it. `glued`: no space
    before a comment at the end of the line (a plain-text mail sends that space; user34)."""
    content = text[line_start:line_end]
    end = line_start + len(content.rstrip(" \t"))
    space = "" if glued or (jsx and not jsx_text_goes_on(text, end)) else " "
    same_line = Insertion(end, space + comment.format(f"plainlint-disable-line {code}"), line, 0)
    indent = content[:len(content) - len(content.lstrip(" \t"))]
    above_text = indent + comment.format(f"plainlint-disable-next-line {code}") + newline_of(text)
    above = Insertion(line_start, above_text, line + 1, len(above_text))
    if jsx and jsx_text_goes_on(text, line_start):
        return [same_line]
    return [same_line, above]


def jsx_text_goes_on(text: str, at: int) -> bool:
    """Whether JSX text runs on across `at`, from text before it to text after it. A comment
    child there splits one run of text into two children, and JSX drops the white space at a
    line break on either side of it: the space that joined the two lines must then be written
    before the comment, and a comment alone on a line between them would join the words."""
    before, after = text[:at].rstrip(), text[at:].lstrip()
    return bool(before) and bool(after) and before[-1] not in ">}" and after[0] not in "<{"


def around_translation_block(doc, finding, comments: list[str], code: str) -> list[Insertion]:
    """`disable` right before the opening tag of the translation block holding the finding and
    `enable` right after its closing tag, once for each comment syntax to try. A tag that trims
    the white space beside it (Jinja's `{%-`, `-%}`) passes the trim on to the comment beside it."""
    block = next(((opening, closing) for opening, closing in translation_blocks(doc)
                  if opening.end <= finding.start < closing.start), None)
    if block is None:
        return []
    opening, closing = block
    out = []
    for comment in comments:
        before = comment.format(f"plainlint-disable {code}")
        after = comment.format(f"plainlint-enable {code}")
        if before.startswith("{#"):
            before = ("{#-" + before[2:]) if opening.text.startswith("{%-") else before
            after = (after[:-2] + "-#}") if closing.text.endswith("-%}") else after
        out.append(Insertion(opening.start, before, finding.line, len(before), (closing.end, after), "in this translation block"))
    return out


def block_bodies(doc) -> list[str]:
    """The text of each translation block: what a suppress action must leave byte for byte."""
    return [doc.source.text[opening.end:closing.start] for opening, closing in translation_blocks(doc)]


# A fence line (CommonMark): up to the prefix of its container (indent, `>`), three or more
# backticks or tildes, then the info string of an opener (nothing on a closer).
FENCE = re.compile(r"([ \t>]*)(`{3,}|~{3,})([^\r\n]*)")


def fenced_blocks(text: str, starts) -> list[tuple[int, int, str]]:
    """(opening line, closing line, the opener's prefix) of each closed fenced block, 1-based."""
    blocks, opened = [], None
    for number, start in enumerate(starts, 1):
        match = FENCE.match(text, start)
        if match is None:
            continue
        if opened is None:
            opened = (number, match.group(2), match.group(1))
        elif match.group(2)[0] == opened[1][0] and len(match.group(2)) >= len(opened[1]) and not match.group(3).strip():
            blocks.append((opened[0], number, opened[2]))
            opened = None
    return blocks


def around_fence(text: str, starts, line: int, comment: str, code: str) -> Insertion | None:
    """A `disable` line above the fenced block holding line `line` and an `enable` line below
    it: a saved reply in a fence, where a comment inside would be part of the reply."""
    block = next(((opening, closing, prefix) for opening, closing, prefix in fenced_blocks(text, starts)
                  if opening < line < closing), None)
    if block is None:
        return None
    opening, closing, prefix = block
    return _disable_enable(text, starts, opening - 1, closing - 1, prefix, line, comment, code, "in this fenced block")


def _disable_enable(text: str, starts, first: int, last: int, prefix: str, line: int, comment: str, code: str,
                    where: str) -> Insertion:
    """A `disable` line above line `first` and an `enable` line below line `last` (0-based), each
    starting with `prefix` (an indent, a container's marks)."""
    newline = newline_of(text)
    before = prefix + comment.format(f"plainlint-disable {code}") + newline
    after_offset = starts[last + 1] if last + 1 < len(starts) else len(text)
    lead = "" if text[:after_offset].endswith(("\n", "\r")) else newline
    after = lead + prefix + comment.format(f"plainlint-enable {code}") + newline
    return Insertion(starts[first], before, line + 1, len(before), (after_offset, after), where)


def tag_around(text: str, at: int) -> FlowTag | None:
    """The HTML element or JSX component tag whose attributes hold offset `at` (after its `<`,
    before its `>`), or None. A tag inside another's `{...}` prop is skipped whole by `tag_at`."""
    low, pos = max(0, at - _TAG_LOOKBACK), at
    while (pos := text.rfind("<", low, pos)) >= 0:
        for component in (True, False):
            tag = tag_at(text, pos, component)
            if tag is not None and tag.start < at < tag.end:
                return tag
    return None


def inside_a_tag(text: str, insertion: Insertion) -> bool:
    """Whether the insertion, or its closing part, would land inside a tag's attributes."""
    offsets = [insertion.offset, *([insertion.closing[0]] if insertion.closing else [])]
    return any(tag_around(text, at) is not None for at in offsets)


def around_tag(text: str, starts, finding_start: int, line: int, comment: str, code: str) -> Insertion | None:
    """A `disable` line above the first line of the tag whose attributes hold the finding and an
    `enable` line below its last, indented like its first line."""
    tag = tag_around(text, finding_start)
    if tag is None:
        return None
    first = bisect_right(starts, tag.start) - 1
    last = bisect_right(starts, tag.end - 1) - 1
    line_text = text[starts[first]:tag.start]
    indent = line_text[:len(line_text) - len(line_text.lstrip(" \t"))]
    return _disable_enable(text, starts, first, last, indent, line, comment, code, "around this tag")
