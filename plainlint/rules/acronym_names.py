"""undefined-acronym (PL104): letters in capitals that the same document also writes as one word
in mixed case are a name set in capitals, not initials to spell out: 'WEBRTC's stats report' on a
page that writes WebRTC throughout, 'MYISAM' in the line that says MyISAM, 'DUO' where the page
says Duo, 'MAC OS X' where it says Mac (acr20, session 20: seed 205 and the article labels).

A word in camel case counts anywhere ('WebRTC'); a capitalised word only mid-sentence, after a
word in lower case ('a Mac', 'with Duo'), since any word starts a sentence or a heading, and a
name in title case is no sign ('Made Sla', a field named after the SLA).

Letters the page writes right before a model's designation are a maker's or a product line's
name throughout the page ('the TTGO T-Beam', 'UNO R3', 'MOVA Z500', 'AXERA AX650N'), so 'the UNO
and Mega' names the board too (acr21, session 21). A designation is a capital, a hyphen and a
capitalised word, or one or two capitals and one to three digits (a capital may follow two or
three: 'AX650N'; after one digit it makes a bus or a code, 'TFT I2C', which names no model), and
is not itself a known abbreviation.
"""

from __future__ import annotations

import re

from ..reading.document import Document

_CAMEL = re.compile(r"(?<![\w.-])([A-Za-z]*[a-z][A-Z][A-Za-z]*)(?![\w-])")
_MID_SENTENCE = re.compile(r"(?<![\w-])[a-z]+[ \t]+([A-Z][a-z]{2,})(?![\w-])")


def written_in_mixed_case(doc: Document, letters: set[str]) -> set[str]:
    """The lower-cased `letters` the document also writes as a word in mixed case."""
    if not letters:
        return set()
    words = doc.cached("words in mixed case", lambda: _mixed_case_words(doc))
    return letters & words


# 'T-Beam', 'R3', 'Z500', 'AX650N', 'V3': not 'V2.0', 'I2C', 'C2WTS' or a number on its own ('NDR 450').
_MODEL_AFTER = re.compile(r"(?<![\w-])([A-Z][A-Z0-9&]*[A-Z])[ \t]+([A-Z]-[A-Z][a-z]+|[A-Z]{1,2}(?:\d{2,3}[A-Z]|\d{1,3}))(?![\w-]|\.\d)")


def named_with_a_model(doc: Document, letters: set[str], known: set[str]) -> set[str]:
    """The lower-cased `letters` the document writes right before a model's designation."""
    if not letters:
        return set()
    makers = doc.cached("letters before a model", lambda: frozenset(
        m.group(1).lower() for segment in doc.segments for m in _MODEL_AFTER.finditer(segment.text)
        if m.group(2).lower() not in known))
    return letters & makers


def _mixed_case_words(doc: Document) -> frozenset[str]:
    found: set[str] = set()
    for segment in doc.segments:
        text = segment.text
        found.update(m.group(1).lower() for m in _CAMEL.finditer(text))
        found.update(m.group(1).lower() for m in _MID_SENTENCE.finditer(text))
    return frozenset(found)
