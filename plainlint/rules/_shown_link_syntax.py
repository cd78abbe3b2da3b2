"""Whether a link's line also shows the Markdown that makes it, as escaped text or in code
('\\[Link\\](...)', '\\<https://...\\>', '`[Link](...)`'): a formatting cheat sheet's row renders
the example it spells out (check17's FP, Lemmy's formatting table), and link-text leaves such a
link's words alone.

A shown form is an opening, the link's text, then a closing, all on the link's line. Each line is
read once (rev19a: searching the line for each link made a paragraph on one line with 12,000
links take 27 s), and each opening is filed under the text up to the first closing after it, so
that a link asks one lookup rather than trying every opening of its line (rev20a: a line with
thousands of both was still quadratic).
"""

from __future__ import annotations

import bisect

# Markdown's link syntax shown as text: an opening, the link's text, a closing ('\[Link\]', '`[Link](').
# No closing begins with its own last character, so the first closing after a text's start is
# the one right after the text, unless the text itself holds that closing.
SHOWN_SYNTAX = (("\\[", "\\]"), ("\\<", "\\>"), ("`[", "]("), ("`<", ">`"))


def shown_beside_its_syntax(doc, element, text: str) -> bool:
    """Whether the link's line shows `text` between an opening and a closing of link syntax."""
    if not text or doc.format not in ("markdown", "mdx"):
        return False
    return _line_of(doc, element.start).shows(text)


class _ShownLine:
    """One line's openings of shown link syntax, each filed by (kind, distance to the first
    closing after it); the texts in a file are cut from the source only when a link asks."""

    __slots__ = ("source", "end", "by_distance", "by_text")

    def __init__(self, source: str, start: int, end: int):
        self.source, self.end = source, end
        self.by_distance: dict[tuple[int, int], list[int]] = {}
        self.by_text: dict[tuple[int, int], dict[str, list[int]]] = {}
        for kind, (opening, closing) in enumerate(SHOWN_SYNTAX):
            closings = _every(source, closing, start, end)
            for at in _every(source, opening, start, end):
                text_start = at + len(opening)
                first = bisect.bisect_left(closings, text_start)
                if first < len(closings):
                    self.by_distance.setdefault((kind, closings[first] - text_start), []).append(text_start)

    def shows(self, text: str) -> bool:
        return any(self._shows_as(kind, text) for kind in range(len(SHOWN_SYNTAX)))

    def _shows_as(self, kind: int, text: str) -> bool:
        closing = SHOWN_SYNTAX[kind][1]
        distance = text.find(closing)
        if distance < 0:  # the first closing after the text is the one the form needs
            return text in self._texts(kind, len(text))
        source, end = self.source, self.end  # a text holding the closing: each candidate checked whole
        return any(source.startswith(text, at) and source.startswith(closing, at + len(text))
                   and at + len(text) + len(closing) <= end
                   for at in self._texts(kind, distance).get(text[:distance], ()))

    def _texts(self, kind: int, distance: int) -> dict[str, list[int]]:
        """The openings of `kind` whose first closing is `distance` after the text's start, by the
        text between them (cut once: those stretches of one distance never overlap)."""
        key = (kind, distance)
        if key not in self.by_text:
            found: dict[str, list[int]] = {}
            for at in self.by_distance.get(key, ()):
                found.setdefault(self.source[at:at + distance], []).append(at)
            self.by_text[key] = found
        return self.by_text[key]


def _every(source: str, part: str, start: int, end: int) -> list[int]:
    """Where `part` starts in source[start:end], wholly inside it, in order."""
    found, at = [], source.find(part, start, end)
    while at >= 0:
        found.append(at)
        at = source.find(part, at + 1, end)
    return found


def _line_of(doc, offset: int) -> _ShownLine:
    """The link's line, read once for all its links. Only the last line read is kept: links are
    asked in document order, and a line kept for each of a long page's links cost 2 KB a link
    (issue 24's memory: 40 MB on a 20 MB page)."""
    line, _ = doc.source.line_col(offset)
    last = doc.cached("shown-link-syntax", lambda: [None, None])
    if last[0] != line:
        last[:] = line, _ShownLine(doc.source.text, *doc.source.line_span(line))
    return last[1]
