"""repeated-words (PL503): the same word twice in a row ("the the"), across a line break or
markup, with the repeats English makes on purpose ("that that", "had had") left alone; and the
same two words twice in a row on one line ("in the in the"). The exceptions are data in
rulesets/repeated-words.yaml."""

from __future__ import annotations

import functools
import re
from typing import Iterator

from ..enums import Applicability, Category
from ..nlp.sentences import MID_SENTENCE, position_in_sentence
from ..reading.offsets import BREAK, PLACEHOLDER
from ..linting.vocabulary import EMPTY
from ..linting.ruleset_data import load_ruleset_file
from .base import Hit, Rewrite, Rule, inside_any, quoted_spans
from .repeated_screen import may_repeat

# A word (letters first; inner apostrophes) and the same word again after white space only.
# The word and the space after it are possessive: a shorter word is followed by a letter, not a
# space, and less space by more space, not the word; so no match is lost, and none is retried.
_REPEAT = re.compile(r"(?<![\w'’\-/@#.&$%])([^\W\d_][\w'’]*+)(\s++)(\1)(?![\w'’]|-\w|\.\w|@)", re.IGNORECASE)
_PREVIOUS_WORDS = re.compile(r"(?:([\w'’]+)\s+)?([\w'’]+)\s+\Z")
_OBJECTS = {"it", "them", "this", "that", "everything", "something", "him", "her", "us", "me", "you", "these", "those"}
# Latin letters only: the exceptions are English ones; another script's repeats are not judged.
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f'’]+")
# Function words that are a typo when doubled even in capitals ('The The', 'To To' in a title).
_FUNCTION_WORDS = {"the", "a", "an", "to", "of", "in", "on", "for", "and", "or", "is", "it", "be", "you",
                   "we", "your", "our", "this", "with", "as", "at", "by", "from", "can", "will"}


_SINGLE_LETTER_AROUND = re.compile(r"(?:^|\s)\w\s+\Z")


def _spelled_out(text: str, match: re.Match) -> bool:
    """Whether a single letter before or after the pair shows letters spelled one by one."""
    after = re.match(r"\s+\w(?:\s|$|[.,;:])", text[match.end():match.end() + 4])
    return bool(after) or bool(_SINGLE_LETTER_AROUND.search(text, max(0, match.start() - 3), match.start()))


@functools.lru_cache(maxsize=1)
def repeat_data() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = load_ruleset_file("repeated-words")
    legitimate = frozenset(item["word"].lower() for item in data.get("legitimate", []))
    return legitimate, frozenset(data.get("particles", [])), frozenset(data.get("phrasal_verbs", []))


# A word before or after the pair that is the same word again: a run of three or more ("text text
# text", "no no no") is written on purpose (filler in a sample, a chant), never a slip of the keys.
_WORD_BEFORE = re.compile(r"([\w'’]+)\s+\Z")
_WORD_AFTER = re.compile(r"\s+([\w'’]+)")


def _in_a_run(text: str, match: re.Match) -> bool:
    word = match.group(1).lower()
    before = _WORD_BEFORE.search(text, max(0, match.start() - 40), match.start())
    after = _WORD_AFTER.match(text, match.end())
    return (before is not None and before.group(1).lower() == word) or \
        (after is not None and after.group(1).lower() == word)


# A subject pronoun with a word before it, and an optional auxiliary, before the pair: the first copy
# may end a relative clause ("the plans we do have | have a limit").
_RELATIVE_CLAUSE_BEFORE = re.compile(
    r"(?<![\w'’-])(?P<head>[A-Za-z][\w'’-]*)\s+(?i:I|we|you|they|he|she|it)"
    r"(?:\s+(?i:do|does|did|can|could|will|would|should|may|might|must))?\s+\Z")


@functools.lru_cache(maxsize=1)
def clause_end_data() -> tuple[frozenset[str], frozenset[str]]:
    """The verbs whose first copy may end a relative clause, and the words that open a clause."""
    data = load_ruleset_file("repeated-words")
    return frozenset(data.get("clause_end_verbs", [])), frozenset(data.get("clause_openers", []))


def _may_end_a_relative_clause(text: str, match: re.Match) -> bool:
    """Whether the first copy of a doubled verb may end a relative clause, the second opening the
    main verb ("the plans we do have have a limit"): then deleting one may change the sentence."""
    verbs, openers = clause_end_data()
    if match.group(1).lower() not in verbs:
        return False
    before = _RELATIVE_CLAUSE_BEFORE.search(text, max(0, match.start() - 60), match.start())
    return before is not None and before.group("head").lower() not in openers


# Emphasis in the source between the two copies: Markdown's * or _, HTML's <em>, <i>, <b>,
# <strong>, <cite>, <dfn> opening or closing. One copy set apart by its formatting is a name or a
# mention, then the noun that says what it is ("the value of the <em>key</em> key", "the *Status*
# status"): a writer who formats one copy wrote both on purpose (trial7, seed 113: Phrase's help
# centre, 12 such findings, none a typo). A function word or a negation is no name: "keep the
# *the* changes" and "will <em>not</em> not be sent" (the held-out Ardour manual) are still slips.
_NEVER_NAMES = {"not", "no", "never"}
_EMPHASIS_BETWEEN = re.compile(r"</?(?:em|i|b|strong|cite|dfn)\b[^>]*>|(?<!\w)[*_]{1,3}(?!\w)", re.I)


def _one_copy_emphasised(source: str, segment, match: re.Match) -> bool:
    if match.group(1).lower() in _FUNCTION_WORDS or match.group(1).lower() in _NEVER_NAMES:
        return False
    first_end = segment.source_of_match(match, 1).end
    second_start = segment.source_of_match(match, 3).start
    return _EMPHASIS_BETWEEN.search(source[first_end:second_start]) is not None


# Two words, then the same two words again, on one line and in the same case ("as a as a", "how
# to how to"). A doubled pair is written on purpose when it says a range ("from time to time to
# see", "from site to site to save"), spells out a number or a pattern ("one two seven point zero
# point zero point one", "backslash d backslash d"), or names a thing ("apps for SharePoint for
# SharePoint Server"); a line break between the copies joins a term to its definition ("Variation
# sites\nVariation sites are ..."), so only pairs with a function word, every other word in lower
# case, on one line, are slips. Each word is taken whole (`*+`): a shorter part of it is followed
# by a word character, never by the space the pattern needs next, so giving letters back only cost
# steps (speedA: a quarter of the scan, the rule's largest part).
_REPEAT_PAIR = re.compile(r"(?<![\w'’\-/@#.&$%])([^\W\d_][\w'’]*+)([ \t]+)([^\W\d_][\w'’]*+)([ \t]+)(\1)([ \t]+)(\3)"
                          r"(?![\w'’]|-\w|\.\w|@)")


@functools.lru_cache(maxsize=1)
def pair_data() -> tuple[frozenset[str], frozenset[str]]:
    """The function words that make a doubled pair a slip, and the words doubling idioms wrap."""
    data = load_ruleset_file("repeated-words")
    return (frozenset(_FUNCTION_WORDS) | frozenset(data.get("pair_function_words", [])),
            frozenset(data.get("reduplicating", [])))


_FROM_BEFORE = re.compile(r"\bfrom[ \t]+\Z", re.IGNORECASE)


def _is_a_doubled_pair(segment, match: re.Match) -> bool:
    """Whether "w1 w2 w1 w2" is a slip: a function word among the two, no name, no range, no
    third copy, no template tag or code between."""
    first, second = match.group(1), match.group(3)
    if first.lower() == second.lower() or not (_LATIN.fullmatch(first) and _LATIN.fullmatch(second)):
        return False
    words = (first.lower(), second.lower())
    function_words, reduplicating = pair_data()
    if not any(word in function_words for word in words):
        return False
    if any(word not in function_words and original[:1].isupper() for word, original in zip(words, (first, second))):
        return False  # a name: 'apps for SharePoint for SharePoint Server'
    text = segment.text
    if words[1] == "to" and _FROM_BEFORE.search(text, max(0, match.start() - 10), match.start()):
        return False  # a range: 'from time to time to see'
    if words[0] == "to" and words[1] not in function_words:
        return False  # 'to' before an 'X to X' compound: 'requests to server to server APIs' (user31)
    before = _WORD_BEFORE.search(text, max(0, match.start() - 40), match.start())
    if re.match(r"[ \t]+" + re.escape(first) + r"[ \t]+" + re.escape(second) + r"\b", text[match.end():]) \
            or (before is not None and before.group(1).lower() == words[1]):
        return False  # a run of three, written on purpose, or one read from its second word
    if any(word in reduplicating for word in words) and not all(word in function_words for word in words):
        return False  # 'stronger and stronger and', 'one by one by', 'and more and more devices'
    if _nested_type(text, match, function_words):
        return False  # 'a list of list of strings': a container of containers
    return not any(piece.kind in (PLACEHOLDER, BREAK) for piece in segment.map.pieces_in(match.start(), match.end()))


@functools.lru_cache(maxsize=1)
def nested_data() -> tuple[frozenset[str], frozenset[str]]:
    """The container nouns a nested type doubles around "of", and the type names after it."""
    data = load_ruleset_file("repeated-words")
    return frozenset(data.get("nested_containers", [])), frozenset(data.get("element_types", []))


_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z]+)\b")


def _nested_type(text: str, match: re.Match, function_words: frozenset[str]) -> bool:
    """Whether "list of list of" names a container of containers ("a list of list of strings"):
    a container noun doubled around "of" with the element type right after, a plural noun or a
    type name. "the list of list of denied file types" is still a slip."""
    containers, element_types = nested_data()
    if match.group(3).lower() != "of" or match.group(1).lower() not in containers:
        return False
    after = _NEXT_WORD.match(text, match.end())
    if after is None:
        return False
    word = after.group(1).lower()
    plural = word.endswith("s") and not word.endswith("ss") and word not in function_words
    return word in element_types or plural


def _plain_in_the_source(source: str, segment, match: re.Match) -> bool:
    """Whether the doubled pair is written in the source as it reads, with no markup inside:
    markup sets a copy apart as a label or a link, written on purpose ("**I agree** to agree to",
    "[here](...) and [here](...) and")."""
    span = segment.source_of_match(match)
    return source[span.start:span.end] == match.group(0)


def _pair_hit(segment, match: re.Match) -> Hit:
    pair = f"{match.group(1)} {match.group(3)}"
    hit = Hit(match.start(), match.end(), f"'{pair}' is repeated: delete one", segment, [pair])
    hit.rewrite = Rewrite("", Applicability.SAFE, f"Delete the second '{pair}'", (match.end(3), match.end(7)))
    return hit


class RepeatedWords(Rule):
    code = "PL503"
    name = "repeated-words"
    category = Category.SPELLING
    summary = "The same word twice in a row ('the the'), also across a line break or markup, or two words twice ('in the in the')"
    rationale = (
        "A doubled word is the typo spell checkers miss: each word is spelled right. In a macro "
        "sent a thousand times, 'Please sign in to to your account' is read a thousand times. "
        "Repeats English makes on purpose ('that that', 'had had', 'log in in a private window') "
        "are left alone."
    )
    bad = (
        "Open the the Billing page and select Download invoice.",
        "We have refunded your order and you will see it in\nin three to five days.",
        "Sign in to the admin centre as a as a billing administrator.",
    )
    good = (
        "I know that that setting is hard to find.",
        "She had had the account for two years before the change.",
        "Log in in a private window to check the new layout.",
        "Check the status page from time to time to see when the fix ships.",
    )
    fix_safety = ("Safe: deletes the second word (or pair of words) and the space before it (after it, "
                  "across a line break). Unsafe for a 'have' whose first copy may end a relative clause ('the "
                  "plans we do have have a limit'), where both are meant.")
    fix_levels = (Applicability.SAFE, Applicability.UNSAFE)

    def check(self, doc, options) -> Iterator[Hit]:
        vocabulary = doc.vocabulary or EMPTY
        for segment in doc.segments:
            text = segment.text
            if not may_repeat(text):
                continue  # no two equal words in a row or two apart: neither pattern can match
            quotes = None
            for match in _REPEAT.finditer(text):
                if not self._is_typo(segment, match) or _in_a_run(text, match) \
                        or _one_copy_emphasised(doc.source.text, segment, match):
                    continue
                if quotes is None:
                    quotes = quoted_spans(segment)
                if inside_any(match.start(), match.end(), quotes) or \
                        vocabulary.accepts(text, match.start(), match.end()):
                    continue
                yield self._hit(segment, match)
            yield from self._pair_hits(doc.source.text, segment, vocabulary)

    def _pair_hits(self, source: str, segment, vocabulary) -> Iterator[Hit]:
        quotes = None
        for match in _REPEAT_PAIR.finditer(segment.text):
            if not _is_a_doubled_pair(segment, match) or not _plain_in_the_source(source, segment, match):
                continue
            if quotes is None:
                quotes = quoted_spans(segment)
            if not inside_any(match.start(), match.end(), quotes) and \
                    not vocabulary.accepts(segment.text, match.start(), match.end()):
                yield _pair_hit(segment, match)

    def _is_typo(self, segment, match: re.Match) -> bool:
        """Whether a word written twice ('the the') is a slip: not a legitimate repeat ('had had'),
        letters spelled out, a name, a keyword beside its word, a particle after a phrasal verb
        ('log in in'), or two pieces the reader joined across a tag, code or a break."""
        first, second = match.group(1), match.group(3)
        word = first.lower()
        legitimate, particles, phrasal = repeat_data()
        text = segment.text
        if word in legitimate:
            return False
        if len(word) == 1 and not (first == second == "a" and not _spelled_out(text, match)):
            return False  # letters spelled out for a screen reader ('I i s Manager', 'A A R')
        if not _LATIN.fullmatch(first):
            return False
        if first[:1].isupper() and second[:1].isupper() and word not in _FUNCTION_WORDS:
            return False  # a name: 'Walla Walla', 'Duck Duck Go'
        if second[:1].isupper() and not first[:1].isupper():
            return False  # 'the The Verge': the second starts a name
        if first[:1].isupper() and second[:1].islower() \
                and position_in_sentence(text, match.start()) == MID_SENTENCE:
            return False  # a name, then its noun: 'SQL Server server', 'the [SetUrl Method](...) method'
        if len(first) > 1 and first.isupper() != second.isupper():
            return False  # 'OR or ||': a keyword, then the word (a list of spellings)
        previous = _PREVIOUS_WORDS.search(text, max(0, match.start() - 60), match.start())
        if word in particles and previous:
            verb = previous.group(2) if previous.group(2).lower() not in _OBJECTS or not previous.group(1) \
                else previous.group(1)
            if verb.lower() in phrasal:
                return False  # 'log in in a private window', 'turn it on on the server'
        if previous and previous.group(2)[:1].isupper() and word not in _FUNCTION_WORDS \
                and position_in_sentence(text, previous.start(2)) == MID_SENTENCE:
            return False  # a name, then the product's term: 'the Business Data Connectivity service service application'
        for piece in segment.map.pieces_in(match.start(), match.end()):
            if piece.kind in (PLACEHOLDER, BREAK):
                return False  # a template tag or code span, or a break the reader put between units
        return True

    def _hit(self, segment, match: re.Match) -> Hit:
        word = match.group(1)
        hit = Hit(match.start(), match.end(), f"'{word}' is repeated: delete one", segment, [word])
        gap = match.group(2)
        safety, message = Applicability.SAFE, f"Delete the second '{match.group(3)}'"
        if _may_end_a_relative_clause(segment.text, match):
            safety, message = Applicability.UNSAFE, message + " (unless the first ends a clause: 'the plans we have have')"
        if "\n" not in gap and "\r" not in gap:
            hit.rewrite = Rewrite("", safety, message, (match.end(1), match.end(3)))
        else:
            after = re.match(r"[ \t]+(?=\S)", segment.text[match.end(3):])
            if after:
                hit.rewrite = Rewrite("", safety, message, (match.start(3), match.end(3) + after.end()))
        return hit
