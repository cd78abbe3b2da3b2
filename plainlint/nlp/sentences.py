"""Sentence and word segmentation shared by all rules.

Works on one segment's text (a paragraph, heading, list item, cell: each its own unit, never
glued to the next). A sentence ends at . ! ? (with closing quotes or brackets) followed by white
space and something that can start a sentence, unless the period belongs to an abbreviation
(e.g., i.e., Mr., U.S.), a number or version (3.14, v2.0.1), a file name or domain (no space
follows those), or an ellipsis inside a sentence. Template placeholders and masked URLs are one
word (the reader already made each a single "X").
"""

from __future__ import annotations

import functools
import re
import unicodedata
from array import array
from dataclasses import dataclass, field
from typing import NamedTuple

from ..reading.offsets import Segment


class ShortForms(NamedTuple):
    """What the splitter reads around a period (rulesets/abbreviations.yaml)."""

    abbreviations: frozenset[str]  # a period after one ends no sentence
    no_restart: frozenset[str]  # these and the abbreviations: a lower-case word after 'word.' goes on


@functools.lru_cache(maxsize=1)
def _short_forms() -> ShortForms:
    """The abbreviations and clipped words of rulesets/abbreviations.yaml (lists of groups there,
    each group's reason in a comment), loaded on the first period met."""
    from ..linting.ruleset_data import load_ruleset_file

    data = load_ruleset_file("abbreviations")
    abbreviations = frozenset(str(word) for group in data["abbreviations"] for word in group)
    return ShortForms(abbreviations, abbreviations | {str(word) for group in data["clipped"] for word in group})


# What readers put in a segment's text for a line broken on purpose: a Markdown hard break (a
# backslash or two spaces before the newline) or an inline `<br>`. U+2028 LINE SEPARATOR is white
# space to every rule, and a sentence always ends there (issue 26): the writer broke the line, so
# what follows is a new line of an address, a list typed by hand, or a new sentence.
HARD_BREAK = "\u2028"

# Hexadecimal groups joined by colons, four or more (a certificate's fingerprint, a MAC or an IPv6
# address: "BA:8B:F0:32:...", "2001:db8::7344") are one word, a thing to copy or compare (user37: a
# SHA-256 fingerprint's 32 groups read as a 32-word sentence). Three or fewer, as a time ("10:30:00"),
# stay words apart. Not after a joiner nor before a joiner and a letter, where the joined word reads
# on: word_count must find what WORD finds.
_HEX_GROUPS = r"(?<![\w:’'.\-])[0-9A-Fa-f]{1,4}(?:::?[0-9A-Fa-f]{1,4}){3,}(?![\w:]|[_’'.\-]+[^\W_])"
HEX_GROUPS = re.compile(_HEX_GROUPS)
WORD = re.compile(_HEX_GROUPS + r"|[^\W_](?:[\w’'.\-]*[^\W_])?|X")
# A run of . ! ? is tried once, from its first mark (the look-behinds), and never given back (the
# possessive quantifiers): a shorter match is always followed by another mark, which is neither a
# quote nor a space, so this finds what `(?:\.{3}|…|[.!?]+)[quotes]*(?=\s|$)` finds, in linear time.
# The look-ahead first holds at every match's start (each alternative opens with one of its marks)
# and fails fastest elsewhere: the split takes half the time (speed27).
_END = re.compile(r"(?=[.!?…])(?:(?<![.!?])\.{3}|…|(?<![.!?])[.!?]++)[\"'”’)\]]*+(?=\s|$)")
_NEXT_START = re.compile(r"\s+[\"'“‘(\[]*([A-Z0-9\ue000X¿¡]|[^\x00-\x7f])")


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str
    # Slotted: a long document holds a Sentence per sentence while the rules run. The number of
    # words is kept once counted, the word list itself is not: only passive-voice reads it, and
    # held for every sentence of a 20 MB article it cost 2.5 bytes per byte of input.
    _word_count: int | None = field(default=None, init=False, repr=False, compare=False)

    def words(self) -> list[tuple[int, int, str]]:
        """(start, end, word) in segment offsets (split anew on each call: read it once)."""
        found = [(self.start + m.start(), self.start + m.end(), m.group()) for m in WORD.finditer(self.text)]
        object.__setattr__(self, "_word_count", len(found))
        return found

    def word_count(self) -> int:
        """len(words()), counted once per sentence."""
        count = self._word_count
        if count is None:
            count = word_count(self.text)
            object.__setattr__(self, "_word_count", count)
        return count


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the period at `dot` ends an abbreviation rather than a sentence."""
    begin = dot
    while begin > 0 and (text[begin - 1].isalpha() or text[begin - 1] == "."):
        begin -= 1
    token = text[begin:dot].lower()
    if token in _short_forms().abbreviations:
        return True
    # A lone "X" is what readers make of inline code, a template tag or a URL ("called `fn`.
    # You can"): a sentence ends after it.
    if text[begin:dot] == "X":
        return False
    # Initials: a single capital letter ("J. Smith") or dotted letters ("U.S.A.").
    return bool(_INITIALS.fullmatch(token)) and text[begin:dot][:1].isupper()


_INITIALS = re.compile(r"[a-z](\.[a-z])*")


# A line that opens with a bullet character is an item of a list typed by hand ("What this means
# for you:" then "• Your issue is with our engineers" on the next lines; session 13, replies4):
# Markdown reads no list there, and its soft line breaks keep the items in one paragraph, but a
# reader sees one item per line, so a sentence ends before each.
_TYPED_ITEM = re.compile(r"\n(?=[ \t]*[•◦‣▪▸►])")
# Lines that each open with a short label and a colon ("What happened: ...", "Impact: ...",
# "Status: ..." on the next lines; replies5, seed 102) are fields of a form, one per line, with
# no full stop between them: when two or more lines of a paragraph open so, a sentence ends
# before each. A capitalised label of one to four words, a colon, then text.
# A label's words may hold digits ("ITIL 4 Priority:", "SLA - P1 Response:", "January 15+:"; user35).
_LABEL = r"[ \t]*[A-Z][A-Za-z0-9'’&/+-]*(?: [A-Za-z0-9'’&/+-]+){0,3}:[ \t]+\S"
_LABEL_LINE = re.compile(rf"\n(?={_LABEL})")
_LABEL_AT_START = re.compile(_LABEL)


def label_lines_only(text: str) -> bool:
    """Whether the text is two or more lines that each open with a label and a colon ("Category:
    ...", "Last reviewed: ..."): a form's fields, not a paragraph of prose (user35)."""
    lines = text.split("\n")
    return len(lines) >= 2 and all(_LABEL_AT_START.match(line) for line in lines)


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of a segment's text; a hard line break (HARD_BREAK) always ends one, and so does
    the line break before an item of a list typed with bullet characters or before each line of
    a run of labelled lines."""
    if "\n" in text and _TYPED_ITEM.search(text):
        text = _TYPED_ITEM.sub(HARD_BREAK, text)
    if "\n" in text and ":" in text and len(_LABEL_LINE.findall(text)) >= 2:
        text = _LABEL_LINE.sub(HARD_BREAK, text)
    if HARD_BREAK not in text:
        return _split_at_marks(text)
    sentences, start = [], 0
    for line in text.split(HARD_BREAK):
        sentences += [Sentence(start + s.start, start + s.end, s.text) for s in _split_at_marks(line)]
        start += len(line) + 1
    return sentences


def _split_at_marks(text: str) -> list[Sentence]:
    sentences = []
    start = 0
    length = len(text)
    for match in _END.finditer(text):
        end = match.end()
        mark = match.group()
        if mark.startswith(".") and not mark.startswith("...") and _is_abbreviation(text, match.start()):
            following = _NEXT_START.match(text, end)
            # "etc." at the end of a sentence is followed by a capitalised word: still a break
            # only when the abbreviation is one that often closes sentences.
            if not (following and text[match.start() - 3:match.start()].lower() == "etc"):
                continue
        if end < length and not _NEXT_START.match(text, end) and not _lower_case_restart(text, match, end):
            continue
        if mark in ("...", "…") and end < length:
            following = _NEXT_START.match(text, end)
            if following and not following.group(1).isupper():
                continue
        sentences.append(_make(text, start, end))
        start = end
    if start < length and text[start:].strip():
        sentences.append(_make(text, start, length))
    return [s for s in sentences if s.text.strip(_BLANK)]


_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
_BLANK = " \t\n\r" + _INVISIBLE  # a sentence of only these is none

# A sentence whose writer forgot its capital ("... for up to 24 hours. pricing can be up to 80%
# less"): after a period that closes a lower-case word of 2+ letters, a lower-case word starts a
# sentence (sample B; 4+ letters until check35, which found a short word before such a start: "...
# clear the stored key. gem signout deletes ..." in a mail where the command opens the sentence,
# "... through it. they must ..."). Abbreviations and clipped words (rulesets/abbreviations.yaml) are
# left alone.
_LOWER_START = re.compile(r"\s+[a-z]{2,}\b")
_PLAIN_WORD_BEFORE = re.compile(r"(?<![\w.\-/@])[a-z]{2,}\Z")
# A lower-case Roman numeral numbers an item ("ii. the downloading of ..." in a terms page's list).
_ROMAN = re.compile(r"[ivx]{2,4}")


def _lower_case_restart(text: str, match: re.Match, end: int) -> bool:
    if match.group() != "." or not _LOWER_START.match(text, end):
        return False
    word = _PLAIN_WORD_BEFORE.search(text, max(0, match.start() - 40), match.start())
    return word is not None and word.group() not in _short_forms().no_restart and not _ROMAN.fullmatch(word.group())


def _make(text: str, start: int, end: int) -> Sentence:
    while start < end and (text[start].isspace() or text[start] in _INVISIBLE):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _INVISIBLE):
        end -= 1
    return Sentence(start, end, text[start:end])


def sentences_of(doc, segment: Segment) -> tuple[Sentence, ...]:
    """Sentences of a segment, split once and kept on the segment so every rule shares one
    split (`doc` is the document holding it).

    The segment keeps only where its sentences start and end (issue 24: a Sentence object and
    a copy of its text for every sentence cost about 1.6 bytes per byte of a long article while
    the rules ran); each call makes the Sentence objects anew, equal to the first call's. The
    last segment asked for is remembered on `doc`, so a rule asking once per finding of one
    segment does not rebuild them each time."""
    cache = getattr(doc, "_cache", None)
    last = cache.get(_LAST) if cache is not None else None
    if last is not None and last[0] is segment:
        return last[1]
    kept = segment._sentences
    if kept is None:
        found = tuple(split_sentences(segment.text))
        segment.keep_sentences(_packed(found, len(segment.text)))
    else:
        found = _unpacked(kept, segment.text)
    if cache is not None:
        cache[_LAST] = (segment, found)
    return found


_LAST = "sentences of the last segment"
_WHOLE = 1  # kept for a segment that is one sentence, all of its text (most table cells)
_NONE: tuple = ()


def _packed(found: tuple[Sentence, ...], length: int):
    """What a segment keeps of its sentences: (), _WHOLE, or their starts and ends packed as
    32-bit integers in one bytes object."""
    if not found:
        return _NONE
    if len(found) == 1 and found[0].start == 0 and found[0].end == length:
        return _WHOLE
    bounds = array("I")
    for sentence in found:
        bounds.append(sentence.start)
        bounds.append(sentence.end)
    return bounds.tobytes()


def _unpacked(kept, text: str) -> tuple[Sentence, ...]:
    if kept is _NONE:
        return _NONE
    if kept is _WHOLE:
        return (Sentence(0, len(text), text),)
    bounds = memoryview(kept).cast("I")
    return tuple(Sentence(bounds[i], bounds[i + 1], text[bounds[i]:bounds[i + 1]]) for i in range(0, len(bounds), 2))


def word_count(text: str) -> int:
    """len(WORD.findall(text)), counted without making the words (speed23: 3x faster). WORD's
    matches are one per maximal run of word characters and _JOINERS holding a letter or digit (a
    match runs from a run's first letter or digit to its last). With the joiners deleted and
    every other character a space, each such run is one token of split(), and a run of joiners
    alone vanishes. A run of hex groups (HEX_GROUPS) is one of WORD's matches: made one letter first."""
    if ":" in text:
        text = HEX_GROUPS.sub("x", text)
    if text.isascii():
        return len(text.encode("ascii").translate(_ASCII_WORDS, _ASCII_JOINERS).split())
    return len(text.translate(_WORD_CHARACTERS).split())


_JOINERS = "_’'.-"  # inside a word ("it's", "e.g", "Wi-Fi", "snake_case"), never one alone
_ASCII_JOINERS = _JOINERS.replace("’", "").encode("ascii")
_ASCII_WORDS = bytes(code if chr(code).isalnum() else 0x20 for code in range(128)) + b" " * 128


class _WordCharacters(dict):
    """str.translate's table for word_count: a letter or digit kept, a joiner deleted, anything
    else a space; each character decided once per process."""

    def __missing__(self, code: int) -> int | None:
        character = chr(code)
        value = code if character.isalnum() else None if character in _JOINERS else 0x20
        self[code] = value
        return value


_WORD_CHARACTERS = _WordCharacters()


# What a declaration of English starts with: the BCP 47 / ISO 639-1 code, the ISO 639-2/3 code
# (MARC records, subtitles and some CMS exports write `eng`) and the language's English name
# (`lang: English` in front matter, `language: english` in config).
ENGLISH_TAGS = frozenset({"en", "eng", "english"})


def is_english(language: str | None) -> bool:
    """Whether the English rules run on text in `language` (None: undeclared, read as English)."""
    return language is None or language.strip().lower().replace("_", "-").split("-")[0] in ENGLISH_TAGS


def prose_words(doc) -> int:
    """The document's prose words, as the noise measure counts them (issue 25): the words of
    every segment the readers produced (what the rules read), or 0 when the document is not in
    English (the English rules skip it, so its words cannot make noise)."""
    if not is_english(doc.language):
        return 0
    return sum(word_count(segment.text) for segment in doc.segments)


# -- where a phrase stands in its sentence (for the capital of a replacement) -----------------

UNIT_START, SENTENCE_START, MID_SENTENCE = "unit-start", "sentence-start", "mid-sentence"
_OPENING_MARKS = set("\"'“‘([¿¡") | set(_INVISIBLE)
_END_BEFORE = re.compile(r"(?:\.{3}|…|[.!?]+)[\"'”’)\]]*\Z")


def is_pictograph(char: str) -> bool:
    """An emoji or other symbol, with what joins or varies one (ZWJ, VS16, skin tones): before a word
    it opens the unit as an opening mark does ("🚨 Urgent", ":warning: Internet access" read as its emoji)."""
    return unicodedata.category(char) == "So" or char in "\u200d\ufe0f" or "\U0001F3FB" <= char <= "\U0001F3FF"


def after_a_line_break(text: str, offset: int) -> bool:
    """Whether `offset` opens a line after a hard break or `<br>` (HARD_BREAK in the space before it)."""
    return HARD_BREAK in text[_word_start(text, offset):offset]


def position_across_a_break(text: str, offset: int) -> str:
    """position_in_sentence as if a hard break or `<br>` just before `offset` were a space: the
    words run on across it ('Passport<br>Passi' in a keyword list), or a sentence or a label
    ('Message:') ended before it."""
    k = _word_start(text, offset)
    if HARD_BREAK not in text[k:offset]:
        return position_in_sentence(text, offset)
    return position_in_sentence(text[:k] + text[k:offset].replace(HARD_BREAK, " ") + text[offset:], offset)


def _word_start(text: str, offset: int) -> int:
    """Where the space and opening marks before `offset` start."""
    k = offset
    while k > 0 and (text[k - 1].isspace() or text[k - 1] in _OPENING_MARKS or is_pictograph(text[k - 1])):
        k -= 1
    return k


def position_in_sentence(text: str, offset: int) -> str:
    """Whether `offset` starts its unit (a paragraph, list item, cell, a line after a hard break
    or `<br>`, or what follows a label such as 'Tip:': its capital is the writer's choice), starts
    a sentence after a sentence end ('Thanks. We ...'), or stands inside a sentence ('Hi Sam, we
    ...'). Abbreviations and ellipses do not end a sentence."""
    k = _word_start(text, offset)
    if k == 0 or (text[k - 1] == ":" and k < offset) or HARD_BREAK in text[k:offset]:
        return UNIT_START
    if not any(char.isspace() for char in text[k:offset]):
        return MID_SENTENCE  # 'e.g.we' or a mark glued to the word
    end = _END_BEFORE.search(text, max(0, k - 12), k)
    if end is None or end.group().startswith(("...", "…")):
        return MID_SENTENCE
    if end.group().startswith(".") and _is_abbreviation(text, end.start()):
        return MID_SENTENCE
    return SENTENCE_START
