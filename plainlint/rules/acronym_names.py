"""undefined-acronym (PL104): letters in capitals that the same document also writes as one word
in mixed case are a name set in capitals, not initials to spell out: 'WEBRTC's stats report' on a
page that writes WebRTC throughout, 'MYISAM' in the line that says MyISAM, 'DUO' where the page
says Duo, 'MAC OS X' where it says Mac (acr20, session 20: seed 205 and the article labels).

A word in camel case counts anywhere ('WebRTC'); a capitalised word only mid-sentence, after a
word in lower case ('a Mac', 'with Duo'), since any word starts a sentence or a heading, and a
name in title case is no sign ('Made Sla', a field named after the SLA).
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


def _mixed_case_words(doc: Document) -> frozenset[str]:
    found: set[str] = set()
    for segment in doc.segments:
        text = segment.text
        found.update(m.group(1).lower() for m in _CAMEL.finditer(text))
        found.update(m.group(1).lower() for m in _MID_SENTENCE.finditer(text))
    return frozenset(found)
