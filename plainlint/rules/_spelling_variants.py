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
from .spelling_places import match_case, touches_placeholder

_APOSTROPHES = ("'", "’")


def with_variant_findings(segments, doc, variant: str, min_length: int, typos: Iterator[Hit],
                          candidate_words: Callable, judged: Callable) -> Iterator[Hit]:
    """The variant findings of the document, then its typo findings (`typos`) on other words.
    `candidate_words(text)` gives the spans of plain words, `judged(text, start, word)` whether
    the spelling rule judges that word (plainlint/rules/spelling.py)."""
    found = list(variant_hits(segments, doc, variant, min_length, candidate_words, judged))
    yield from found
    flagged = {(hit.segment.key, hit.start) for hit in found}
    for hit in typos:
        if (hit.segment.key, hit.start) not in flagged:
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
            suggestions = table.get(word.lower()) or _british_form_only(word.lower(), variant)
            if suggestions is None or vocabulary.accepts(text, start, end):
                continue
            if touches_placeholder(segment, start, end):
                continue  # '{{colour}}s': not a word of its own
            yield _hit(segment, start, end, word, suggestions, variant)


def _british_form_only(lower: str, variant: str) -> tuple[str, ...] | None:
    """The American forms of a British form the table lacks but the spelling rule accepts as a
    word through them ('deserialised': Dictionary.listed_american_forms): British spelling for
    en-US, where the rule no longer reports it as a typo."""
    if variant != "en-US":
        return None
    from ..nlp.spelling import dictionary

    words = dictionary()
    if words.count(lower):
        return None  # a word in its own right
    return tuple(words.listed_american_forms(lower)) or None


def _without_clitic(text: str, start: int, end: int) -> int:
    for apostrophe in _APOSTROPHES:
        at = text.find(apostrophe, start, end)
        if at != -1:
            return at
    return end


def _hit(segment, start: int, end: int, word: str, suggestions: tuple[str, ...], variant: str) -> Hit:
    spelled = [match_case(word, s) for s in suggestions]
    listed = " or ".join(f"'{s}'" for s in spelled)
    message = (f"'{word}' is {OTHER_VARIANT[variant]} spelling; this project writes {LANGUAGE[variant]} "
               f"English (spelling variant {variant}): {listed}")
    hit = Hit(start, end, message, segment, spelled, context={"variant": variant})
    if len(spelled) == 1:
        hit.rewrite = Rewrite(spelled[0], Applicability.SAFE, f"Replace '{word}' with '{spelled[0]}'")
    return hit
