"""When a word of a word list is the name of a thing, not the word: written in capitals inside
ordinary text ('the OBSERVE statement', 'the ESTABLISHED state'), or the command the document runs
in its code ('inserting `lame -b320 %f` ... using the lame encoder'). Read by every word list
(WordListRule.keep; left15)."""

from __future__ import annotations

import re

from ..reading.document import Document
from .capitals import mostly_capitals

# The first word of an inline code span or <code> element before a switch: a command the
# document runs (`lame -b320 %f`). A word alone in code may be a flag or a value named after the
# word ('the `utilize` flag'), and the prose beside it the word.
# ('`' spans are read whole, in pairs: the backtick that closes one opens nothing, rev15.)
_CODE_TEXT = re.compile(r"(?<!`)`(?!`)([^`\n]+)`|<code[^>]*>([^<]+)")
_COMMAND_IN_CODE = re.compile(r"\s*([A-Za-z][\w.+-]*)[ \t]+-")
_MIN_LETTERS = 3  # 'OK', 'IT': shorter capitals are left to the abbreviation rules


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
    return word.islower() and word in commands_in_code(doc)


def _abbreviation(term: str) -> bool:
    return "." in term or any(character.isupper() for character in term)


def commands_in_code(doc: Document) -> frozenset[str]:
    """The words (lower case) that open the document's inline code before a switch: `lame -b320
    %f`, <code>lame --preset standard</code>."""
    return doc.cached("wordlist-commands-in-code", lambda: frozenset(
        command.group(1).lower() for code in _CODE_TEXT.finditer(doc.source.text)
        if (command := _COMMAND_IN_CODE.match(code.group(1) or code.group(2)))))
