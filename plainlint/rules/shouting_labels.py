"""shouting (PL207): capitals that quote an interface label as the product shows it, not a
voice raised. A link text wholly in capitals (a styled button or navigation label), and a bold
run of one to three capitalised words that the sentence uses as a label: a step of a menu path,
right after a way to a place ('Go to **SETTINGS**', 'under **RECENT FILES**'), right before an
interface noun ('the **HISTORY** window'), or one of a list of bold labels. Bold capitals with
none of these ('We **STRONGLY** recommend', '**DO NOT DELETE THIS FILE**') are still shouting.
Split from plainlint/rules/shouting.py (held-out KoboToolbox help, seeds 41 and 42)."""

from __future__ import annotations

import functools
import re

from .capitals import shouting_data

_LINKED_NAME = re.compile(r"\s*([A-Z][A-Z0-9-]+)(?=\s+[a-z])")


def capitalised_link_texts(doc) -> list[tuple[int, int]]:
    """Source ranges of link texts written wholly in capitals: a button or navigation label
    styled in capitals ('CONTACT US', 'TERMS OF SERVICE'), not a sentence shouted."""
    def compute():
        ranges = []
        for element in doc.elements:
            if element.kind == "link" and element.text_start is not None and element.text_end is not None:
                words = element.text.split()
                if words and not any(ch.islower() for ch in element.text) and len(words) <= 5:
                    ranges.append((element.text_start, element.text_end))
                elif (first := _LINKED_NAME.match(doc.source.text, element.text_start, element.text_end)):
                    ranges.append(first.span(1))
        return ranges
    return doc.cached("capitalised_link_texts", compute)


def inside_ranges(span, ranges) -> bool:
    start, end = (span.start, span.end) if hasattr(span, "start") else span
    return any(a <= start and end <= b for a, b in ranges)


MAX_LABEL_WORDS = 3  # 'RECENT ACCOUNT ACTIVITY'; four capitalised words read as a sentence
_BOLD_MARKS = ("**", "__")
_BOLD_TAGS = (("<strong", "</strong"), ("<b>", "</b>"), ("<b ", "</b>"))
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
_MENU_STEP = re.compile(r"\s(?:>|&gt;|›|→)\s")
_BOLD_CLOSE = r"(?:\*\*|__|</strong>|</b>)"
_BOLD_OPEN = r"(?:\*\*|__|<strong\b|<b\b)"
_LIST_GAP = r"\s*(?:[,/]|,?\s+(?:and|or))\s*"
_LABEL_BEFORE = re.compile(_BOLD_CLOSE + _LIST_GAP + r"\Z", re.I)
_LABEL_AFTER = re.compile(_LIST_GAP + _BOLD_OPEN, re.I)
_NEXT_WORD = re.compile(r"\s*([A-Za-z]+)")


def quotes_an_interface_label(source: str, span) -> bool:
    """Whether the capitals at `span` (source offsets) are inside bold that the sentence uses
    as an interface label (see the module docstring)."""
    bold = _bold_around(source, span.start, span.end)
    if bold is None:
        return False
    open_start, inner_start, inner_end, close_end = bold
    inner = source[inner_start:inner_end]
    if _MENU_STEP.search(inner):
        return True
    if len(_WORD.findall(inner)) > MAX_LABEL_WORDS:
        return False
    line_start = source.rfind("\n", 0, open_start) + 1
    line_end = source.find("\n", close_end)
    before, after = source[line_start:open_start], source[close_end:line_end if line_end >= 0 else len(source)]
    next_word = _NEXT_WORD.match(after)
    return (_label_place().search(before) is not None
            or (next_word is not None and next_word.group(1).lower() in _label_nouns())
            or _LABEL_BEFORE.search(before) is not None or _LABEL_AFTER.match(after) is not None)


def _bold_around(source: str, start: int, end: int) -> tuple[int, int, int, int] | None:
    """(opening mark's start, inside start, inside end, closing mark's end) of the Markdown bold
    (`**`, `__`) or HTML bold (<strong>, <b>) around source[start:end] on its line, or None."""
    line_start = source.rfind("\n", 0, start) + 1
    line_end = source.find("\n", end)
    before, after = source[line_start:start], source[end:line_end if line_end >= 0 else len(source)]
    for mark in _BOLD_MARKS:
        if before.count(mark) % 2 == 1 and mark in after:
            opening, closing = line_start + before.rfind(mark), end + after.find(mark)
            return opening, opening + len(mark), closing, closing + len(mark)
    lowered_before, lowered_after = before.lower(), after.lower()
    for open_tag, close_tag in _BOLD_TAGS:
        at = lowered_before.rfind(open_tag)
        if at >= 0 and at > lowered_before.rfind(close_tag) and close_tag in lowered_after:
            inner_start = source.find(">", line_start + at, start) + 1
            closing = end + lowered_after.find(close_tag)
            if inner_start > 0:
                return line_start + at, inner_start, closing, source.find(">", closing, line_end if line_end >= 0 else None) + 1 or closing
    return None


@functools.lru_cache(maxsize=1)
def _label_place() -> re.Pattern:
    """A way to a place right before the bold, with 'the', 'your' or 'a' between: 'go to',
    'under', 'in the'."""
    places = sorted(shouting_data()["label_places"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in places)
                      + r")(?:\s+(?:the|your|a|an|this|each))?\s*\Z", re.I)


@functools.lru_cache(maxsize=1)
def _label_nouns() -> frozenset[str]:
    data = shouting_data()
    return frozenset(data["naming_nouns"] | data["label_nouns"])
