"""The spelling rule's `variant` check (PL502, issue 33): with `rules: {spelling: {variant: en-US}}`
a British spelling in prose ('colour', 'organise', 'licence') is a finding, with
`variant: en-GB` an American one ('color', 'analyze', 'favorite'). Not a rule of its own: the
spelling rule (plainlint/rules/spelling.py) calls `with_variant_findings` only when the option is
not 'any', so the table (plainlint/nlp/spelling_locale.py) is read only then.

It judges the words the spelling rule judges (the rule passes in its `_candidate_words` and
`_judged`, so this module does not import it: never code, URLs, identifiers, all-capitals words
or capitalised names inside a sentence), and a word the project vocabulary accepts is never
flagged. A word the variant check flags is not reported again as a
typo.
"""

from __future__ import annotations

from typing import Callable, Iterator

from ..enums import Applicability
from ..linting.vocabulary import EMPTY
from ..nlp.spelling_locale import LANGUAGE, OTHER_VARIANT, other_spellings
from .base import Hit, Rewrite
from ..reading.offsets import BREAK, PLACEHOLDER

_APOSTROPHES = ("'", "’")


def with_variant_findings(segments, doc, options: dict, typos: Iterator[Hit], candidate_words: Callable,
                          judged: Callable) -> Iterator[Hit]:
    """The variant findings of the document, then its typo findings (`typos`) on other words.
    `candidate_words(text)` gives the spans of plain words, `judged(text, start, word)` whether
    the spelling rule judges that word (plainlint/rules/spelling.py)."""
    variant = options.get("variant", "any")
    found = list(variant_hits(segments, doc, variant, options.get("min_length", 3), candidate_words, judged))
    yield from found
    flagged = {(id(hit.segment), hit.start) for hit in found}
    for hit in typos:
        if (id(hit.segment), hit.start) not in flagged:
            yield hit


def variant_hits(segments, doc, variant: str, min_length: int, candidate_words: Callable,
                 judged: Callable) -> Iterator[Hit]:
    """A hit for each judged prose word that is the other variant's spelling."""
    table = other_spellings(variant)
    if not table:
        return
    vocabulary = doc.vocabulary or EMPTY
    for segment in segments:
        text = segment.text
        for start, end in candidate_words(text):
            end = _without_clitic(text, start, end)  # "colour's": the word before the apostrophe
            word = text[start:end]
            if len(word) < min_length or not judged(text, start, word):
                continue
            suggestions = table.get(word.lower())
            if suggestions is None or vocabulary.accepts(text, start, end):
                continue
            if _touches_placeholder(segment, start, end):
                continue  # '{{colour}}s': not a word of its own
            yield _hit(segment, start, end, word, suggestions, variant)


def _without_clitic(text: str, start: int, end: int) -> int:
    for apostrophe in _APOSTROPHES:
        at = text.find(apostrophe, start, end)
        if at != -1:
            return at
    return end


def _touches_placeholder(segment, start: int, end: int) -> bool:
    """A word glued to a template tag or code span ('{{count}}th') is not a word of its own."""
    lo, hi = max(0, start - 1), min(len(segment.text), end + 1)
    return any(piece.kind in (PLACEHOLDER, BREAK) for piece in segment.map.pieces_in(lo, hi))


def _match_case(word: str, suggestion: str) -> str:
    return suggestion[:1].upper() + suggestion[1:] if word[:1].isupper() else suggestion


def _hit(segment, start: int, end: int, word: str, suggestions: tuple[str, ...], variant: str) -> Hit:
    spelled = [_match_case(word, s) for s in suggestions]
    listed = " or ".join(f"'{s}'" for s in spelled)
    message = (f"'{word}' is {OTHER_VARIANT[variant]} spelling; this project writes {LANGUAGE[variant]} "
               f"English (spelling variant {variant}): {listed}")
    hit = Hit(start, end, message, segment, spelled, context={"variant": variant})
    if len(spelled) == 1:
        hit.rewrite = Rewrite(spelled[0], Applicability.SAFE, f"Replace '{word}' with '{spelled[0]}'")
    return hit
