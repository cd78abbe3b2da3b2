"""Capitalised words that are names, for the spelling rule (PL502): a word that is all of its list
item, cell or heading, or of an item's lead before a dash, and the first word of a name of two
words or more. Split from
plainlint/rules/spelling.py."""

from __future__ import annotations

import re

from .spelling_places import EDGE

_UNIT_EDGE = EDGE + " \t*_#|>"


def alone_in_unit(text: str, start: int, end: int) -> bool:
    """The word is all there is of its list item, table cell, heading or alt text ('Visio',
    'Verdana'): a one-word unit names a product, a font, a place, far more often than it holds
    a slip of the fingers."""
    return not text[:start].strip(_UNIT_EDGE) and not text[end:].strip(_UNIT_EDGE)


_NEXT_WORD = re.compile(r"[ \t]+(\S+)")
_LOWER_WORD = re.compile(r"\b[a-z]{4,}\b")
# A model number: digits and capital letters together, maybe hyphenated ('1000B', 'X1',
# 'PICO-IMX6', 'RSB-4411'), not a plain number ('Step 1', which a typo could precede).
_MODEL_NUMBER = re.compile(r"(?=[A-Z-]*\d)(?=[\d-]*[A-Z])[A-Z\d][A-Z\d-]+")
# A company's name: capitalised words ending in a legal designator ('Okaya Electronics Corp.').
_COMPANY_REST = re.compile(r"(?:[ \t]+[A-Z][\w&'-]*){0,3}[ \t]+(?:Inc|Corp|Corporation|Ltd|Limited|LLC|GmbH|AG|Co)\b")


def starts_a_name(text: str, end: int) -> bool:
    """The capitalised word is followed by another capitalised word in a unit that is not in
    title case ('Visio Services requires ...', 'Novell eDirectory version 8'): the first word of
    a name of two words or more. In a title-case heading ('Introdution To New Relic') every word
    is capitalised, so there it tells nothing."""
    if _COMPANY_REST.match(text, end):
        return True  # 'Okaya Electronics Corp.': a company
    match = _NEXT_WORD.match(text, end)
    if not match:
        return False
    following = match.group(1).strip(EDGE)
    if _MODEL_NUMBER.fullmatch(following):
        return True  # 'Mediant 1000B', 'Surface X1': a product and its model
    if not following or following == "I" or following == following.lower():
        return False
    return bool(_LOWER_WORD.search(text, match.end()))


# A list item's lead before a dash: 'Artur - Product engineer', 'Webhook – a callback'.
_LEAD_DASH = re.compile(r"[ \t]+[-–—][ \t]+\S")


def leads_a_list_item(text: str, start: int, end: int) -> bool:
    """The word is all of its list item's lead before a spaced dash ('Artur - Product engineer',
    a glossary's 'Term – what it means'): the item names or defines it."""
    return not text[:start].strip(_UNIT_EDGE) and bool(_LEAD_DASH.match(text, end))


_NEXT_CAPITALISED = re.compile(r"[ \t]+([A-Z][a-z]+)\b")


def a_stranger_pair(text: str, start: int, end: int, is_known) -> bool:
    """The word and a capitalised word after it are all of their list item, cell or heading, and
    the dictionary knows neither ('* [Johan Carlquist](...)', 'Markus Heurung'): a person's or a
    product's name."""
    match = _NEXT_CAPITALISED.match(text, end)
    return (bool(match) and not text[:start].strip(_UNIT_EDGE) and not text[match.end():].strip(_UNIT_EDGE)
            and not is_known(match.group(1)))
