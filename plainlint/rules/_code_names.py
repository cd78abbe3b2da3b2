"""jargon (PL101): a word the page also writes as an API's own name in code names that operation
or state in its prose too. Polar's orders page (check34, seed 336) has the reader create a draft
order, then "finalize" it with `POST /v1/orders/{id}/finalize`, and says an order already
"finalized"; Telnyx's event `call.initiated`, ClearML's `Dataset.finalize()`, Lago's finalized
invoices are the same: 'finish' or 'start' there would no longer match the name the reader calls
or receives.

A name is the last part, after the separators of a path, a dotted name or a call (`/`, `.`, `:`,
`(`, ...), of a token of an inline code span that holds such a separator: the operation, event or
state the code names (`POST /v1/orders/{id}/finalize`, `call.initiated`, `Dataset.finalize()`,
`db:modify`). The parts before it are where it lives (`pages/purchase.html` names a file, not a
purchase; `person:"John Doe"` is a search key and its value). A part joined by '_' or '-' or
written in camelCase is another name (`ensure_ascii`, `/return-initiated`), and the words of a code
span written as a sentence (an error message) are tokens without a separator: no names. The prose
word and the name are compared by their stem (`finalized`, `finalizing` and `finalize` share
`finaliz`).
"""

from __future__ import annotations

import re

from ..reading.document import Document

_CODE_SPAN = re.compile(r"`(?<!``)([^`\n]+)`(?!`)")
_SEPARATORS = re.compile(r"[/.:(){}\[\]=,]+")
_NAMED = re.compile(r"[/.:(]")  # a path, a dotted name or a call, not a sentence in code
_WORD = re.compile(r"[a-z]+")
_ENDING = re.compile(r"(?:ing|ed|es|e|s|d)$")
_SHORTEST_STEM = 5


def stem(word: str) -> str:
    """`word` lower-cased without its inflection ('finalized', 'finalizes' -> 'finaliz')."""
    return _ENDING.sub("", word.lower())


def _name_in(token: str) -> str | None:
    """The stem of the last part of a code token, when that part is a word in lower case."""
    parts = [part for part in _SEPARATORS.split(token) if part]
    return stem(parts[-1]) if parts and _WORD.fullmatch(parts[-1]) else None


def _code_names(text: str) -> frozenset[str]:
    names: set[str] = set()
    for m in _CODE_SPAN.finditer(text):
        for token in m.group(1).split():
            token = token.rstrip(".,;:")  # a sentence's last word is no dotted name
            name = _name_in(token) if _NAMED.search(token) else None
            if name is not None and len(name) >= _SHORTEST_STEM:
                names.add(name)
    return frozenset(names)


def names_in_code(doc: Document, word: str) -> bool:
    """Whether the page's code spans name `word` (a single word; by its stem) as the last part of
    a path, a dotted name or a call."""
    if not word.isalpha():
        return False
    return stem(word) in doc.cached("code names", lambda: _code_names(doc.source.text))
