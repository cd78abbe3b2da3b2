"""Where a sensory-directions (PL410) phrase comes with the label that names the thing, so it
works for everyone: the sentence marks a label (bold, code, a link, a menu path, a capitalised
word, choices between slashes), or the flagged words are themselves inside a label. Split from
plainlint/rules/sensory.py (issue 30, held-out seed 45)."""

from __future__ import annotations

import bisect
import itertools
import re

from ..reading.document import Document

# Source marks that name a control or a heading in the sentence: bold, code, keyboard keys, a
# Markdown link, a wiki link ('[[Status bar]]', '[[Sidebar|right sidebar]]': a link to the page
# that names the thing, as a Markdown link is; not an embed '![[icon.svg]]', which is a picture).
_NAMED_IN_SOURCE = re.compile(r"\*\*|__|`|<(?:b|strong|code|kbd|em)\b|\]\(|(?<!!)\[\[|&gt;|(?<=\w) > (?=\w)", re.I)
# A capitalised word inside the sentence (not its first word, not "I"): a label or heading name.
_CAPITALISED = re.compile(r"(?<=[\s(/])(?!I\b)[A-Z][a-z][\w'’-]*")
# Three or more short choices between slashes ("zoom by 1 hour / 12 hours / 7 days", "Daily/Weekly/
# Monthly"): the sentence gives the labels of the options, so a place beside them only helps.
_CHOICE = r"[\w][\w-]*(?:[ \t]+[\w-]+)?"
_CHOICES = re.compile(_CHOICE + r"(?:[ \t]*/[ \t]*" + _CHOICE + r"){2,}")
# An Obsidian-style embedded picture ('the view switcher ![[book-icon.svg#icon]] in the corner'):
# an icon shown beside the name, read as blank so the name before it is still the thing placed.
EMBED = re.compile(r"!\[\[[^\]\n]*\]\]")


def names_a_label(doc: Document, segment, sentence) -> bool:
    """The sentence names the control or heading too: bold, code, a link, a menu path or a
    capitalised word inside it."""
    if _CAPITALISED.search(sentence.text) or _CHOICES.search(sentence.text):
        return True
    span = segment.to_source(sentence.start, sentence.end)
    return _NAMED_IN_SOURCE.search(doc.source.text, span.start, span.end) is not None


def lists_what_is_there(doc: Document, segment, sentence, place_end: int) -> bool:
    """The place ends the sentence, at its colon, and a list of labels follows: the list names
    the things at that place. Not 'Click the icon in the top right corner to open these
    settings:' (the list names the settings, not the icon), nor a colour or hover before a list."""
    if _ONLY_A_COLON.match(sentence.text, place_end - sentence.start) is None:  # not a copy of the rest per place
        return False
    span = segment.to_source(sentence.start, sentence.end)
    return _LIST_OF_LABELS.match(doc.source.text, span.end) is not None


_ONLY_A_COLON = re.compile(r"\s*:\s*\Z")  # what `rest.strip() == ":"` asks (`\s` is what str.strip() strips)


# A list right after a sentence that ends in a colon, its first item starting with a label ('you can
# manage it through the tabs at the top of the page:' then '* **SUMMARY:** ...', held-out seed 45):
# the list names what the sentence points at, the other way to find it that the W3C's ACT rule for
# SC 1.3.3 (9bd38c, 'non-visual reference') accepts.
_LIST_OF_LABELS = re.compile(r"[ \t]*\r?\n(?:[ \t]*\r?\n)*[ \t]*(?:[-*+]|\d+[.)])[ \t]+(?:\*\*|__|`|<(?:b|strong|code)\b|\[)", re.I)


# Marks that open and close a label in the source, each pair on one line.
_PAIRED_MARKS = ("**", "__", "`")
_TAG_PAIRS = (("<strong", "</strong"), ("<b>", "</b>"), ("<code", "</code"), ("<kbd", "</kbd"))


def inside_a_label(doc: Document, segment, start: int, end: int, lines: SourceLines) -> bool:
    """The flagged words are themselves a label's words ('| **Last tab on the right** | Ctrl+9 |',
    a command in a hotkey table; 'appear in the [[Sidebar|right sidebar]]', a link's text): inside
    bold, code, a tag of either, or a wiki link's brackets on the same line. The W3C's ACT rule for
    SC 1.3.3 (9bd38c, 'visible words') passes a visual word that is part of the thing's own text.
    Not a tip of sentences set in bold ('**Tip: save often. The menu on the left lists your
    projects.**'): a label holds no end of a sentence before its last word ('**Hover over keys.**',
    a mode's name leading a list item, is a label). The line's marks are found once for all the
    phrases on it (`LineMarks`)."""
    span = segment.to_source(start, end)
    line = lines.marks_around(span.start, span.end)
    before, after = span.start - line.start, span.end - line.start
    return any(not line.ends_a_sentence(min(opened, before), min(after + closed, len(line.line)))
               for opened, closed in line.label_bounds(before, after))


class SourceLines:
    """The document's lines (split at '\\n' only), each line's marks found when a phrase on it
    first asks."""

    def __init__(self, source: str):
        self.source = source
        self._starts: list[int] | None = None
        self._lines: dict[tuple[int, int], LineMarks] = {}

    def marks_around(self, start: int, end: int) -> LineMarks:
        """The marks of the line holding `start` (to the line's end after `end`)."""
        if self._starts is None:
            self._starts = [0] + [m.end() for m in re.finditer("\n", self.source)]
        line_start = self._starts[bisect.bisect_right(self._starts, start) - 1]
        after = bisect.bisect_right(self._starts, end)  # the first line starting after a '\n' at `end` or later
        key = (line_start, self._starts[after] - 1 if after < len(self._starts) else len(self.source))
        if key not in self._lines:
            self._lines[key] = LineMarks(self.source, *key)
        return self._lines[key]


class LineMarks:
    """Where each mark stands on one source line, so that a phrase asks where a label opens before
    it and closes after it without reading that text: each phrase counted and searched the marks of
    its whole line, the square of a long one-line paragraph's phrases (lin27). Offsets are
    from the line's start; the tags are looked for in the lowered line, as they were in the lowered
    text before and after the phrase (str.lower() maps each character on its own, and the one mapping
    that reads its neighbours, the final sigma, makes no character of a tag)."""

    def __init__(self, source: str, start: int, end: int):
        line = source[start:end]
        self.start, self.line = start, line
        self.at = {mark: _occurrences(line, mark) for mark in _PAIRED_MARKS + ("[[", "]", "]]", ">")}
        self.counted_ends = {mark: _counted_ends(line, mark) for mark in _PAIRED_MARKS}
        lowered = line.lower()
        self.lowered_at = {tag: _occurrences(lowered, tag) for pair in _TAG_PAIRS for tag in pair}
        self._lowered_offsets = None if len(lowered) == len(line) else \
            list(itertools.accumulate((len(c.lower()) for c in line), initial=0))
        self.sentence_ends = [m.span() for m in _SENTENCE_END_AT.finditer(line)]

    def label_bounds(self, before: int, after: int):
        """(where a label opens in line[:before], where it closes in line[after:]) for each pair of
        marks around the words: bold or code, a tag of either, a wiki link's brackets."""
        for mark in _PAIRED_MARKS:
            if bisect.bisect_right(self.counted_ends[mark], before) % 2 == 1:
                closing = _first_at_or_after(self.at[mark], after)
                if closing is not None:
                    yield _last_ending_by(self.at[mark], len(mark), before) + len(mark), closing - after
        lowered_before, lowered_after = self._lowered(before), self._lowered(after)
        for open_, close in _TAG_PAIRS:
            at = _last_ending_by(self.lowered_at[open_], len(open_), lowered_before)
            closing = _first_at_or_after(self.lowered_at[close], lowered_after)
            if at > _last_ending_by(self.lowered_at[close], len(close), lowered_before) and closing is not None:
                angle = _first_at_or_after(self.at[">"], at)
                yield (angle + 1 if angle is not None and angle < before else 0), closing - lowered_after
        opening = _last_ending_by(self.at["[["], 2, before)  # a wiki link's text; not a Markdown link's, which
        # may describe a linked screenshot ('[A breakpoint shows as a red dot in the gutter][08]', held-out seed 42)
        closing = _first_at_or_after(self.at["]]"], after)
        if opening > _last_ending_by(self.at["]"], 1, before) and closing is not None \
                and not (opening > 0 and self.line[opening - 1] == "!"):
            yield opening + 2, closing - after

    def _lowered(self, offset: int) -> int:
        return offset if self._lowered_offsets is None else self._lowered_offsets[offset]

    def ends_a_sentence(self, opened: int, closed: int) -> bool:
        """An end of a sentence in line[opened:closed]: a stop, spaces and a character before
        `closed`. The first stop from `opened` ends the soonest."""
        at = bisect.bisect_left(self.sentence_ends, (opened,))
        return at < len(self.sentence_ends) and self.sentence_ends[at][1] + 1 <= closed


# A stop with words after it ('[.!?]\s+\S'); a label may end at its own. The character after the
# spaces is left to the next match, so that every stop is found.
_SENTENCE_END_AT = re.compile(r"[.!?]\s+(?=\S)")


def _occurrences(text: str, mark: str) -> list[int]:
    """Where `mark` starts in `text`, overlapping ones too ('***' holds '**' at 0 and 1)."""
    found, at = [], text.find(mark)
    while at >= 0:
        found.append(at)
        at = text.find(mark, at + 1)
    return found


def _counted_ends(text: str, mark: str) -> list[int]:
    """Where each occurrence that str.count() counts ends (left to right, not overlapping): a
    prefix of `text` holds those that end inside it."""
    found, at = [], text.find(mark)
    while at >= 0:
        found.append(at + len(mark))
        at = text.find(mark, at + len(mark))
    return found


def _first_at_or_after(starts: list[int], offset: int) -> int | None:
    at = bisect.bisect_left(starts, offset)
    return starts[at] if at < len(starts) else None


def _last_ending_by(starts: list[int], length: int, offset: int) -> int:
    """What text[:offset].rfind(mark) gives: the last start whose mark ends by `offset`, or -1."""
    at = bisect.bisect_right(starts, offset - length)
    return starts[at - 1] if at else -1
