"""Lists written inline, for the spelling rule (PL502, issue 33): a sentence that runs through a
sorted list of short names ('bash, css, elixir, go, haskell, ...') lists values a product
supports (languages, formats, commands), as a sorted keyword list of list items does
(spelling_places.keyword_list_items); an unknown word among them is a name, not a slip."""

from __future__ import annotations

import re

from .spelling_places import KEYWORD_LIST_ITEMS, mostly_sorted

# One item: a word or two of letters, digits and the marks names use ('c++', 'objective-c', 'f#').
_ITEM = r"[^\W_][\w.+#-]*(?: [^\W_][\w.+#-]*)?"
_INLINE_LIST = re.compile(
    rf"(?<![\w.+#-]){_ITEM}(?:,[ \t]+(?:(?:and|or)[ \t]+)?{_ITEM}){{{KEYWORD_LIST_ITEMS - 1},}}"
    rf"(?:,?[ \t]+(?:and|or)[ \t]+{_ITEM})?")
_JOINER = re.compile(r",[ \t]+(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+")


def inline_list_spans(text: str) -> list[tuple[int, int]]:
    """Where `text` runs through a list of KEYWORD_LIST_ITEMS short items or more, mostly sorted."""
    spans = []
    for match in _INLINE_LIST.finditer(text):
        items = _JOINER.split(match.group())
        if len(items) >= KEYWORD_LIST_ITEMS and mostly_sorted(items):
            spans.append(match.span())
    return spans


class InlineLists:
    """The inline lists of each segment, found once per segment (linear in the document)."""

    def __init__(self):
        self._spans: dict[int, list[tuple[int, int]]] = {}

    def holds(self, segment, start: int, end: int) -> bool:
        spans = self._spans.get(id(segment))
        if spans is None:
            spans = self._spans[id(segment)] = inline_list_spans(segment.text)
        return any(lo <= start and end <= hi for lo, hi in spans)
