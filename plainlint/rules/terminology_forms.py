"""terminology's per-document checks of form: lower-case house words ("internet"), verb and noun
forms where the frame settles the word class ("to login"), and one term spelled two ways."""

from __future__ import annotations

import functools
import re
from typing import Iterator

from ..enums import Applicability, Scope
from ..linting.inflect import match_case
from ..nlp.sentences import MID_SENTENCE, position_in_sentence
from ..nlp.casefold import lowered_for_search
from ..linting.wordlists import (
    Entry,
    Matcher,
    expand,
)
from .base import Hit, Rewrite, inside_any, quoted_spans
from .terminology_words import source_tuple, kept_matcher, prose_word, terminology_data, wholly_emphasised
from ..regex_cache import longest_first


@functools.lru_cache(maxsize=1)
def lowercase_pattern() -> re.Pattern | None:
    words = [raw["term"] for raw in terminology_data().get("lowercase", [])]
    if not words:
        return None
    alternatives = "|".join(re.escape(w[:1].upper() + w[1:]) for w in words)
    return re.compile(rf"(?<![\w\-/@#.])(?:{alternatives})(?![\w]|-\w|\.\w)")


def _title_case_heading(segment) -> bool:
    words = [w for w in _WORD.findall(segment.text) if len(w) > 3]
    return segment.scope == Scope.HEADING and len(words) > 1 and \
        sum(w[:1].isupper() for w in words) * 2 > len(words)


@functools.lru_cache(maxsize=1)
def _lowercase_words() -> tuple[str, ...]:
    """The capitalised words lowercase_pattern looks for: it matches none in a text that holds
    none (a substring test, against a regex that tries its look-behind at every character)."""
    return tuple(raw["term"][:1].upper() + raw["term"][1:] for raw in terminology_data().get("lowercase", []))


def may_have_lowercase_hits(text: str) -> bool:
    """False when lowercase_pattern cannot match `text` (it holds none of the words)."""
    return any(word in text for word in _lowercase_words())


_SPACE_THEN_WORD = re.compile(r"\s+([\w'’-]+)")
_NAME_CHAR = re.compile(r"[\w'’-]")


def word_before_space(text: str, start: int) -> int | None:
    r"""The start of the word before `start` when only whitespace lies between them, else None:
    group 1's start of `re.search(r"([\w'’-]+)\s+\Z", text[:start])`, read back from `start`
    (that search, a copy and a scan of the text before each match, made a sentence of many
    matches quadratic)."""
    k = start
    while k > 0 and text[k - 1].isspace():
        k -= 1
    word_end = k
    while k > 0 and _NAME_CHAR.match(text, k - 1):
        k -= 1
    return k if k < word_end < start else None


def _of_a_name(text: str, following: re.Match) -> bool:
    """'of' and a capitalised word after the word: the name goes on ("Internet of Things", which
    Microsoft's word list capitalises; user31: a safe fix wrote "internet of Things")."""
    if following.group(1) != "of":
        return False
    after = _SPACE_THEN_WORD.match(text, following.end())
    return after is not None and after.group(1)[:1].isupper()


def lowercase_hits(segment, quotes) -> Iterator[Hit]:
    pattern = lowercase_pattern()
    text = segment.text
    if pattern is None or not may_have_lowercase_hits(text) or not pattern.search(text) \
            or _title_case_heading(segment):
        return
    for match in pattern.finditer(text):
        start, end = match.span()
        if position_in_sentence(text, start) != MID_SENTENCE or inside_any(start, end, quotes):
            continue
        following = _SPACE_THEN_WORD.match(text, end)
        preceding = word_before_space(text, start)
        if following and (following.group(1)[:1].isupper() or _of_a_name(text, following)):
            continue  # part of a name: Internet Explorer, Internet Archive, Internet of Things
        if preceding is not None and text[preceding].isupper() and \
                position_in_sentence(text, preceding) == MID_SENTENCE:
            continue  # a service's name: Comcast Internet
        if not prose_word(segment, start, end):
            continue
        word = match.group()
        lower = word.lower()
        hit = Hit(start, end, f"Write '{lower}' in lower case inside a sentence (AP, Microsoft and Google style)",
                  segment, [lower])
        hit.rewrite = Rewrite(lower, Applicability.SAFE, f"Write '{lower}'")
        yield hit


@functools.lru_cache(maxsize=1)
def word_class_patterns() -> tuple[re.Pattern, re.Pattern]:
    data = terminology_data()
    verbs = "|".join(re.escape(w) for w in longest_first(data["verb_forms"]))
    verb = re.compile(rf"(?<![\w'’\-/@#.])(?:{verbs})(?![\w]|-\w|\.\w|['’]\w)", re.I)
    phrases = "|".join(r"\s+".join(map(re.escape, p.split())) for p in longest_first(data["noun_forms"]))
    dets = "|".join(map(re.escape, data["determiners"]))
    nouns = "|".join(map(re.escape, longest_first(set(data["nouns_after"]))))
    noun = re.compile(rf"(?<![\w'’\-])(?:{dets})\s+(?P<phrase>{phrases})\s+(?:{nouns})(?![\w]|-\w)", re.I)
    return verb, noun


# What re.IGNORECASE matches to an ASCII letter and str.lower() does not make that letter (nlp.casefold):
# İ ı ſ K. A matched word's form is looked up by its ASCII spelling ('sİgnup' is 'signup').
_TO_ASCII = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def _form_key(words: str) -> str:
    """The key of a matched verb or noun phrase in the forms' tables."""
    return " ".join(words.translate(_TO_ASCII).lower().split())


@functools.lru_cache(maxsize=1)
def _word_class_heads() -> frozenset[str]:
    """The first word of every verb form and noun phrase ('login', 'log' of 'log-in' and 'log
    in'): both patterns match only where one stands as a whole word (\\w+), case aside (text
    with İ, ı, ſ or K, which re.I matches to ASCII letters and str.lower() does not, is always
    matched: nlp.casefold.lowered_for_search)."""
    data = terminology_data()
    return frozenset(_WORD.match(word.lower()).group() for word in (*data["verb_forms"], *data["noun_forms"]))


_WORD = re.compile(r"\w+")
_PREVIOUS_WORDS = re.compile(r"([\w'’]+)\s+(?:([\w'’]+)\s+)?\Z")


_INVERTING_MODALS = {"can", "could", "will", "would", "should", "must", "may", "might"}


_LOGIN_WORDS = {"login", "log-in", "signin", "sign-in", "logon"}


_DETERMINER_AFTER_TO = re.compile(r"\s+(?:to|into)\s+(?:your|the|our|my|their|a|an)\s", re.I)


def _verb_frame(text: str, start: int, end: int, data: dict) -> bool:
    """Whether the word at start..end stands where only a verb can: after the 'to' of an
    infinitive ('unable to login'), after a modal inside a sentence ('you can setup'), or a
    login word before 'to your ...' opening a sentence ('Login to your account') or after a
    subject or a linking word ('when you login to your account', 'and login to the portal')."""
    following = re.match(r"\s+([\w'’-]+)", text[end:end + 40])
    if following and following.group(1).lower() in _nouns_after():
        return False  # 'can login issues be fixed', 'how to setup guide'
    if text[end:end + 1] == "-":
        return False
    previous = _PREVIOUS_WORDS.search(text, max(0, start - 60), start)
    word = text[start:end].lower()
    position = position_in_sentence(text, start)
    if previous is None:
        return word in _LOGIN_WORDS and position != MID_SENTENCE and bool(_DETERMINER_AFTER_TO.match(text, end))
    last = previous.group(2) or previous.group(1)
    before = previous.group(1) if previous.group(2) else None
    last_lower = last.lower().replace("’", "'")
    if last_lower == "to":
        return before is not None and before.lower() in set(data["infinitive_after"])
    if word in _LOGIN_WORDS and last_lower in data["login_verb_after"]:
        return bool(_DETERMINER_AFTER_TO.match(text, end))  # 'after you login to your account'
    if last_lower in {m.replace("’", "'") for m in data["modals"]}:
        last_start = previous.start(2) if previous.group(2) else previous.start(1)
        if last_lower in _INVERTING_MODALS and position_in_sentence(text, last_start) != MID_SENTENCE:
            return False  # 'Will backup files be kept?' asks about files
        return True
    return word in _LOGIN_WORDS and position != MID_SENTENCE and bool(_DETERMINER_AFTER_TO.match(text, end))


@functools.lru_cache(maxsize=1)
def _nouns_after() -> frozenset[str]:
    return frozenset(terminology_data()["nouns_after"])


@functools.lru_cache(maxsize=1)
def _word_class_head_pattern() -> re.Pattern:
    """One of _word_class_heads as a whole word (\\w+ token) of lower-cased text: the same test
    as a list of the text's words, without the list."""
    by_first: dict[str, list[str]] = {}
    for head in sorted(_word_class_heads(), key=lambda head: (-len(head), head)):
        by_first.setdefault(head[0], []).append(re.escape(head[1:]))
    # Each branch starts with its first letter and looks behind it for a word character (the
    # same test as (?<!\w) before the letter), so the search skips to those letters rather than
    # trying a look-behind at every character: a third less time.
    branches = (f"{re.escape(first)}(?<!\\w{re.escape(first)})(?:{'|'.join(rests)})" for first, rests in sorted(by_first.items()))
    return re.compile("(?:" + "|".join(branches) + r")(?!\w)")


def may_have_word_class_hits(text: str) -> bool:
    """False when neither word-class pattern can match `text` (and most files never compile
    them: 3 ms)."""
    lowered = lowered_for_search(text)  # None when re.I would fold a letter of it to ASCII
    return lowered is None or _word_class_head_pattern().search(lowered) is not None


def word_class_hits(doc, segment, quotes, data) -> Iterator[Hit]:
    text = segment.text
    if not may_have_word_class_hits(text):
        return
    verb, noun = word_class_patterns()
    for match in verb.finditer(text):
        start, end = match.span()
        word = match.group()
        if inside_any(start, end, quotes) or not prose_word(segment, start, end):
            continue
        if word[:1].isupper() and position_in_sentence(text, start) == MID_SENTENCE:
            continue  # a label on screen ('select Login')
        if not _verb_frame(text, start, end, data):
            continue
        form = data["verb_forms"][_form_key(word)]
        replacement = match_case(word, form, position_in_sentence(text, start))
        hit = Hit(start, end, f"'{word}' is a noun; as a verb write '{replacement}'", segment, [replacement])
        hit.rewrite = Rewrite(replacement, Applicability.UNSAFE, f"Replace '{word}' with '{replacement}'")
        yield hit
    for match in noun.finditer(text):
        start, end = match.span("phrase")
        phrase = match.group("phrase")
        if inside_any(start, end, quotes) or any(w[:1].isupper() for w in phrase.split()) \
                or wholly_emphasised(doc, segment, start, end):
            continue  # 'the Sign In button', 'the _sign up_ button' name the button by its label
        form = data["noun_forms"][_form_key(phrase)]
        flagged = " ".join(phrase.split())
        hit = Hit(start, end, f"'{flagged}' is a verb; before a noun write '{form}'", segment, [form])
        if " " in phrase and "\n" not in phrase:
            hit.rewrite = Rewrite(form, Applicability.UNSAFE, f"Replace '{flagged}' with '{form}'")
        yield hit


@functools.lru_cache(maxsize=1)
def consistency_matcher() -> Matcher:
    return kept_matcher("consistency", _consistency_matcher)


def _consistency_matcher() -> Matcher:
    entries = []
    for group, raw in enumerate(terminology_data().get("consistency", [])):
        for variant, spelling in enumerate(raw["spellings"]):
            entries.append(Entry(term=spelling, source=source_tuple(raw.get("source", "")),
                                 fields={"group": group, "variant": variant, "verb": bool(raw.get("verb"))}))
    return Matcher(entries)


class ConsistencyCounter:
    """Counts the spellings of each group over a document; a group with two spellings in use is
    reported once, at the first use of the rarer one (on a tie, the one used later)."""

    def __init__(self):
        self.counts: dict[int, dict[int, int]] = {}
        self.first: dict[tuple[int, int], tuple] = {}

    def count(self, segment, skip: list[tuple[int, int]], positions: list[int] | None = None) -> None:
        """Count the spellings in `segment`, outside `skip` (accepted terms, other findings);
        `positions`, when given, hold every offset where a spelling can start."""
        text = segment.text
        quotes = None
        for match in consistency_matcher().finditer(text, positions):
            if any(lo < match.end and match.start < hi for lo, hi in skip):
                continue
            if match.entry.fields["verb"] and _after_determiner(text, match.start):
                continue  # 'the log in the file' is a log
            if match.text[:1].isupper() and position_in_sentence(text, match.start) == MID_SENTENCE:
                continue  # a name or a label: 'Favorites' menu, 'Colour Picker'
            if any(c.isupper() for word in match.text.split() for c in word[1:]):
                continue  # an identifier: 'UserName', 'DropDown'
            if quotes is None:
                quotes = quoted_spans(segment)
            if inside_any(match.start, match.end, quotes):
                continue
            if not prose_word(segment, match.start, match.end):
                continue
            group, variant = match.entry.fields["group"], match.entry.fields["variant"]
            self.counts.setdefault(group, {}).setdefault(variant, 0)
            self.counts[group][variant] += 1
            self.first.setdefault((group, variant), (segment, match, len(self.first)))

    def hits(self) -> Iterator[Hit]:
        groups = terminology_data().get("consistency", [])
        for group, counts in sorted(self.counts.items()):
            if len(counts) < 2:
                continue
            rarer = min(counts, key=lambda v: (counts[v], -self.first[(group, v)][2]))
            segment, match, _ = self.first[(group, rarer)]
            spellings = groups[group]["spellings"]
            told = " and ".join(f"'{_label(spellings[v])}' {n}x" for v, n in sorted(counts.items(), key=lambda kv: -kv[1]))
            hit = Hit(match.start, match.end, f"One term, two spellings in this document: {told}; pick one", segment,
                      context={"counts": {_label(spellings[v]): n for v, n in counts.items()}})
            yield hit


_DETERMINERS = re.compile(r"(?:^|\s)(?:the|a|an|your|our|my|their|this|that|each|every|any|no)\s+\Z", re.I)


def _after_determiner(text: str, start: int) -> bool:
    return bool(_DETERMINERS.search(text, max(0, start - 12), start))


def _label(spelling: str) -> str:
    """A group's spelling for messages: its first alternative ('(color|colors)' -> 'color')."""
    return min(expand(spelling), key=len)
