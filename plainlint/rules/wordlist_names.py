"""When a word of a word list is the name of a thing, not the word: written in capitals inside
ordinary text ('the OBSERVE statement', 'the ESTABLISHED state'), capitalised inside a sentence
before a product or control noun ('the Inquire add-in'), or the command the document runs
in its code ('inserting `lame -b320 %f` ... using the lame encoder'). Read by every word list
(WordListRule.keep; left15)."""

from __future__ import annotations

import re

from ..nlp.sentences import MID_SENTENCE, position_in_sentence
from ..reading.document import Document
from .capitals import mostly_capitals, shouting_data

# The first word of an inline code span or <code> element before a switch: a command the
# document runs (`lame -b320 %f`). A word alone in code may be a flag or a value named after the
# word ('the `utilize` flag'), and the prose beside it the word.
# ('`' spans are read whole, in pairs: the backtick that closes one opens nothing, rev15.)
# (The backtick first, then the look-behind over it and the character before: the same matches, and
# every alternative opens with a literal, so the regex engine skips to a '`' or '<'; speed29.)
_CODE_TEXT = re.compile(r"`(?<!``)(?!`)([^`\n]+)`|<code[^>]*>([^<]+)")
_COMMAND_IN_CODE = re.compile(r"\s*([A-Za-z][\w.+-]*)[ \t]+-")
_MIN_LETTERS = 3  # 'OK', 'IT': shorter capitals are left to the abbreviation rules
# Up to two more capitalised words after the flagged one, then the next word: "the Inquire add-in",
# "the Utilize Pro app", "the Leverage tab".
# A word (or a possessive, a comma) right before the name: not a dash or a colon that opens a
# clause whose verb the word is ("**Connection** — Establish link to the radio"; left16's comparison).
_WORD_BEFORE = re.compile(r"[\w'’,)*]\s+\Z")
_NAME_THEN_NOUN = re.compile(r"(?:\s+[A-Z][\w'’-]*){0,2}\s+([a-z][\w'’-]*)")


def names_a_thing(doc: Document, segment, start: int, end: int, term: str) -> bool:
    """Whether one flagged word names a thing: in capitals (three letters or more) in text that is
    not mostly capitals (a shouted sentence is still the word), unless the list writes the entry
    as an abbreviation (capitals or periods: 'ASAP', 'a.k.a.'); or in lower case, when the document
    runs it as a command in its code (with a switch)."""
    word = segment.text[start:end]
    if not word.isalpha():
        return False
    if word.isupper() and len(word) >= _MIN_LETTERS:
        return not _abbreviation(term) and not mostly_capitals(segment.text)
    if word[:1].isupper():
        return names_a_product_or_control(segment.text, start, end)
    return word.islower() and word in commands_in_code(doc)


def names_a_product_or_control(text: str, start: int, end: int) -> bool:
    """A capitalised word inside a sentence before a noun for a product or a control (`naming_nouns`
    of rulesets/shouting.yaml: add-in, app, plugin, extension, button, tab, menu, ...) is its name:
    "the Inquire add-in", "the Utilize app" (check15's plain-text names; session 16, left16)."""
    after = _NAME_THEN_NOUN.match(text, end)
    return after is not None and after.group(1) in shouting_data()["naming_nouns"] \
        and _WORD_BEFORE.search(text, max(0, start - 40), start) is not None \
        and position_in_sentence(text, start) == MID_SENTENCE


def _abbreviation(term: str) -> bool:
    return "." in term or any(character.isupper() for character in term)


def commands_in_code(doc: Document) -> frozenset[str]:
    """The words (lower case) that open the document's inline code before a switch: `lame -b320
    %f`, <code>lame --preset standard</code>."""
    return doc.cached("wordlist-commands-in-code", lambda: frozenset(
        command.group(1).lower() for code in _CODE_TEXT.finditer(doc.source.text)
        if (command := _COMMAND_IN_CODE.match(code.group(1) or code.group(2)))))
