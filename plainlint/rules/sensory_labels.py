"""Where a sensory-directions (PL410) phrase comes with the label that names the thing, so it
works for everyone: the sentence marks a label (bold, code, a link, a menu path, a capitalised
word, choices between slashes), or the flagged words are themselves inside a label. Split from
plainlint/rules/sensory.py (issue 30, held-out seed 45)."""

from __future__ import annotations

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
    if sentence.text[place_end - sentence.start:].strip() != ":":
        return False
    span = segment.to_source(sentence.start, sentence.end)
    return _LIST_OF_LABELS.match(doc.source.text, span.end) is not None


# A list right after a sentence that ends in a colon, its first item starting with a label ('you can
# manage it through the tabs at the top of the page:' then '* **SUMMARY:** ...', held-out seed 45):
# the list names what the sentence points at, the other way to find it that the W3C's ACT rule for
# SC 1.3.3 (9bd38c, 'non-visual reference') accepts.
_LIST_OF_LABELS = re.compile(r"[ \t]*\r?\n(?:[ \t]*\r?\n)*[ \t]*(?:[-*+]|\d+[.)])[ \t]+(?:\*\*|__|`|<(?:b|strong|code)\b|\[)", re.I)


# Marks that open and close a label in the source, each pair on one line.
_PAIRED_MARKS = ("**", "__", "`")
_TAG_PAIRS = (("<strong", "</strong"), ("<b>", "</b>"), ("<code", "</code"), ("<kbd", "</kbd"))


def inside_a_label(doc: Document, segment, start: int, end: int) -> bool:
    """The flagged words are themselves a label's words ('| **Last tab on the right** | Ctrl+9 |',
    a command in a hotkey table; 'appear in the [[Sidebar|right sidebar]]', a link's text): inside
    bold, code, a tag of either, or a wiki link's brackets on the same line. The W3C's ACT rule for
    SC 1.3.3 (9bd38c, 'visible words') passes a visual word that is part of the thing's own text.
    Not a tip of sentences set in bold ('**Tip: save often. The menu on the left lists your
    projects.**'): a label holds no end of a sentence before its last word ('**Hover over keys.**',
    a mode's name leading a list item, is a label)."""
    source = doc.source.text
    span = segment.to_source(start, end)
    line_start = source.rfind("\n", 0, span.start) + 1
    line_end = source.find("\n", span.end)
    before, after = source[line_start:span.start], source[span.end:line_end if line_end >= 0 else len(source)]
    return any(not _SENTENCE_END.search(before[opened:] + source[span.start:span.end] + after[:closed])
               for opened, closed in _label_bounds(before, after))


_SENTENCE_END = re.compile(r"[.!?]\s+\S")  # a stop with words after it; a label may end at its own


def _label_bounds(before: str, after: str):
    """(where a label opens in `before`, where it closes in `after`) for each pair of marks around
    the words: bold or code, a tag of either, a wiki link's brackets."""
    for mark in _PAIRED_MARKS:
        if before.count(mark) % 2 == 1 and mark in after:
            yield before.rfind(mark) + len(mark), after.find(mark)
    lowered_before, lowered_after = before.lower(), after.lower()
    for open_, close in _TAG_PAIRS:
        at = lowered_before.rfind(open_)
        if at > lowered_before.rfind(close) and close in lowered_after:
            yield before.find(">", at) + 1, lowered_after.find(close)
    opening = before.rfind("[[")  # a wiki link's text; not a Markdown link's, which may describe
    # a linked screenshot ('[A breakpoint shows as a red dot in the gutter][08]', held-out seed 42)
    if opening > before.rfind("]") and "]]" in after and not before[:opening].endswith("!"):
        yield opening + 2, after.find("]]")
