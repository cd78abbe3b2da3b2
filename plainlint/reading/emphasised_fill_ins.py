"""A reply's bold or emphasised capitals that stand for a value, read as fill-ins (session 16,
left16): "On <strong>DATE</strong> we sent you an email about \"<strong>NAME OF PRODUCT</strong>\"",
"Here is the link: **LINK**", "a refund of *AMOUNT*". The agent replaces them as they would
"[date]", so they are one placeholder each (reading/fill_ins.py), not shouting or words to count.

Which runs: in the corpora's replies, emphasised all-capitals runs were either such fill-ins (each
holding a word that names a value: `rulesets/fill-ins.yaml`) or emphasis and names that hold none
("We **STRONGLY** recommend", "<strong>FREE</strong> SHIPPING", "currently <strong>DOWN</strong>",
a coupon code, "**NOT**"): those stay text. The emphasis is read from the source around the run
(`**`, `__`, `*`, `_`, `<strong>`, `<b>`, `<em>`, `<i>`), as the readers keep no markup in prose.
"""

from __future__ import annotations

import functools
import re

from ..linting.ruleset_data import load_ruleset_file
from .offsets import Segment

# One to four words of capitals ("DATE", "NAME OF PRODUCT", "ORDER_NUMBER", "E-MAIL"), each of
# two characters or more (a lone capital is the placeholder of a fill-in already read).
CAPITALS_RUN = re.compile(r"(?<![\w-])[A-Z][A-Z0-9]+(?:[ _-][A-Z][A-Z0-9]+){0,3}(?![\w-])")
_WORD_SEPARATORS = re.compile(r"[ _]")
# The markup just before and just after a run that makes it bold or emphasised.
_OPENS = re.compile(r"(?:(?<![*\w])\*{1,3}|(?<![_\w])_{1,2}|<(?P<tag>strong|b|em|i)(?:\s[^<>]*)?>)\Z", re.IGNORECASE)
_CLOSES = re.compile(r"(?:\*{1,3}(?![*\w])|_{1,2}(?![_\w])|</(?P<tag>strong|b|em|i)\s*>)", re.IGNORECASE)
_MARKUP_LOOKBEHIND = 40  # characters of source read before a run: the longest opening tag kept


@functools.lru_cache(maxsize=1)
def value_words() -> frozenset[str]:
    return frozenset(str(word).lower() for word in load_ruleset_file("fill-ins")["value-words"])


def names_a_value(run: str) -> bool:
    """Whether a run of capitals holds a word that names a value ("NAME OF PRODUCT": name)."""
    words = value_words()
    return any(word.lower() in words or word.lower().replace("-", "") in words
               for word in _WORD_SEPARATORS.split(run))


def emphasised(source: str, start: int, end: int) -> bool:
    """Whether source[start:end] is wrapped in bold or emphasis markup of one kind."""
    before = _OPENS.search(source, max(0, start - _MARKUP_LOOKBEHIND), start)
    after = _CLOSES.match(source, end)
    if before is None or after is None:
        return False
    if before["tag"] or after["tag"]:
        return (before["tag"] or "").lower() == (after["tag"] or "").lower()
    return before.group() == after.group()


def emphasised_fill_in_spans(segment: Segment, source: str) -> list[tuple[int, int]]:
    """The spans of `segment.text` that are emphasised capitals naming a value."""
    spans = []
    for match in CAPITALS_RUN.finditer(segment.text):
        if not names_a_value(match.group()):
            continue
        where = segment.to_source(*match.span())
        if where.exact and emphasised(source, where.start, where.end):
            spans.append(match.span())
    return spans
