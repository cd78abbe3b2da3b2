"""The spelling rule's default mode, `mode: known` (PL502, issue 33): a prose word is reported
only when it is a known misspelling ('recieve', 'seperate'), with its correction(s).

It reads the known-misspellings table alone (plainlint/nlp/spelling_known.py), never the
dictionary's word counts nor the project's files (tree evidence), so it costs a run a few
milliseconds. The words it looks at are the full check's (plainlint/rules/spelling.py): never
code, URLs, addresses, template tags, file names, identifiers, all-capitals abbreviations or
capitalised words inside a sentence; a word the project vocabulary accepts, a word in a quoted
command, before a switch, cut off, in short brackets or set alone in bold, and a unit in another
language are left alone too. A
word the document also writes with a capital inside a sentence is a name there ('the Kernal'
of a Commodore 64), in every place the document writes it.
"""

from __future__ import annotations

import re
from typing import Iterator

from ..linting.vocabulary import EMPTY
from ..nlp.english import mostly_other_language_words
from ..nlp.sentences import MID_SENTENCE, position_in_sentence
from .base import Hit
from .spelling_places import (
    COMMAND_AFTER, PARAMETER_AFTER, after_switch, cut_off, in_quoted_command, in_short_brackets,
    match_case, placeholder_latin, quoted_alone, set_alone_in_bold, short_form_of_name, touches_placeholder,
)


def spelling_mode(options: dict) -> str:
    """`known`, `confident` or `dictionary`: the `mode` option (`plainlint vocabulary` sets it for
    its run, RunOptions.rule_settings)."""
    return options.get("mode", "confident")


def known_findings(segments, doc, min_length: int, candidate_words, judged, fix_of) -> Iterator[Hit]:
    """The findings of known mode: `candidate_words` and `judged` are the full check's word
    selection, `fix_of(word, fixes, text, end)` its safe fix (only one correction, no apostrophe, no
    moved space)."""
    from ..nlp.spelling_known import known_misspellings  # loaded only when the rule runs

    misspellings = known_misspellings()
    vocabulary, source = doc.vocabulary or EMPTY, doc.source.text
    found, names = [], set()
    for segment in segments:
        text = segment.text
        if not may_hold_one(text, misspellings) or placeholder_latin(text):
            continue
        foreign = None  # asked at the unit's first known misspelling: it reads the stopword list
        for start, end in candidate_words(text):
            word = text[start:end]
            fixes = misspellings.get(word.lower()) if len(word) >= min_length else None
            if not fixes:
                continue
            if not judged(text, start, word):
                if word[0].isupper() and position_in_sentence(text, start) == MID_SENTENCE:
                    names.add(word.lower())  # 'the Kernal': the document's name for something
                continue
            if _left_alone(vocabulary, source, segment, start, end):
                continue
            foreign = mostly_other_language_words(text) if foreign is None else foreign
            if foreign:
                break
            found.append((segment, start, end, word, fixes))
    for segment, start, end, word, fixes in found:
        if word.lower() not in names:
            yield _hit(segment, start, end, word, fixes, fix_of)


# Every known misspelling is one run of ASCII letters (tests/rules/test_spelling_known.py
# holds it), and every word the rule looks at is bounded by characters that are not such letters.
_LETTER_RUN = re.compile(r"[A-Za-z]+")


def may_hold_one(text: str, misspellings) -> bool:
    """Whether a known misspelling can be among the unit's words: one of its letter runs is listed.
    Units with none (most of them) skip the word selection, the most of known mode's cost."""
    return not misspellings.keys().isdisjoint(map(str.lower, _LETTER_RUN.findall(text)))


def _left_alone(vocabulary, source: str, segment, start: int, end: int) -> bool:
    """Places where a word is not prose to be spelled: the full check's guards that need no dictionary."""
    text = segment.text
    return (vocabulary.accepts(text, start, end) or touches_placeholder(segment, start, end)
            or quoted_alone(text, start, end) or cut_off(text, end)
            or bool(COMMAND_AFTER.match(text, end) or PARAMETER_AFTER.match(text, end))
            or in_quoted_command(segment, start, end) or short_form_of_name(text, start, end)
            or in_short_brackets(text, start, end) or after_switch(text, start)
            or not segment.map.to_source(start, end).exact
            or (text[start:end].islower() and set_alone_in_bold(source, segment, start, end)))


def _hit(segment, start: int, end: int, word: str, fixes: tuple[str, ...], fix_of) -> Hit:
    suggestions = [match_case(word, fix) for fix in fixes[:3]]
    message = f"'{word}' may be misspelled: " + ", ".join(f"'{s}'" for s in suggestions) + "?"
    hit = Hit(start, end, message, segment, suggestions)
    hit.rewrite = fix_of(word, fixes, segment.text, end)
    return hit
