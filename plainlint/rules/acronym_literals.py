"""undefined-acronym (PL104): letters the page itself sets as code on their own (`DS`, `UID`,
`WQL`, `FLAC`) are a literal there: a record type, a field, a parameter's value or an option the
reader types or picks, written as the screen or the code shows it. Elsewhere on the same page,
in prose ('negative DS records', 'if Dialect is WQL'), they are still that literal, not initials
to spell out (acr21, session 21: the literal class of the article labels and of seed 218). A
MyST glossary reference ({term}`LVM`) is such a span too, and there the glossary spells them out.

Only a code span that holds the letters alone counts, in the same case: '`ds_record`' or
'`Get-DS`' is another name, and '`ds`' may be a command whose name only looks like the letters.
"""

from __future__ import annotations

import re

from ..reading.document import Document

# (The backtick first and the look-behind over it: the same matches, tried only at backticks; speed29.)
_CODE_SPAN_OF_CAPITALS = re.compile(r"`(?<!``)([A-Z][A-Z0-9&]*[A-Z0-9])`(?!`)")


def set_as_code(doc: Document, letters: set[str]) -> set[str]:
    """The lower-cased `letters` the document's source also writes as a code span on their own."""
    if not letters:
        return set()
    spans = doc.cached("capitals set as code", lambda: frozenset(
        m.group(1).lower() for m in _CODE_SPAN_OF_CAPITALS.finditer(doc.source.text)))
    return letters & spans
