"""What terminology's checks share: its data, the word pattern, and whether a match is prose the
reader sees (not a key, a tag, bold interface text or glued to code)."""

from __future__ import annotations

import bisect
import functools
import re
from pathlib import Path
from typing import Callable

from ..reading.offsets import PLACEHOLDER
from ..linting import built_lists
from .base import quoted_spans
from ..linting.ruleset_data import ruleset_text
from ..linting.wordlists import (
    Matcher,
    load_ruleset_file,
)

# Characters that glue a word into an address, a path, an identifier or a handle.
_GLUE_BEFORE = set("@_/\\.#~$:=<")


_GLUE_AFTER = set("@_/\\=>")


_WORD = re.compile(r"[\w'’-]+")


@functools.lru_cache(maxsize=1)
def terminology_data() -> dict:
    return load_ruleset_file("terminology")


# The modules whose code builds terminology's matchers from its ruleset.
_BUILT_BY = tuple(str(Path(__file__).with_name(name))
                  for name in ("terminology.py", "terminology_forms.py", "terminology_words.py"))


def kept_matcher(part: str, build: Callable[[], Matcher]) -> Matcher:
    """A matcher made from rulesets/terminology.yaml alone (`part` names which), kept built
    between runs as the word lists are (linting.built_lists)."""
    return built_lists.kept_matcher("terminology", ruleset_text("terminology"), {"part": part}, Matcher, build,
                                    built_by=_BUILT_BY)


def prose_word(segment, start: int, end: int) -> bool:
    """Whether text[start:end] is a word of prose: not glued to an address, path, identifier or
    handle ('support@github.com', '/Github/', 'github_token', '$Github'), and not touching a
    placeholder (a template tag or a code span)."""
    text = segment.text
    if start > 0 and text[start - 1] in _GLUE_BEFORE:
        return False
    if end < len(text) and text[end] in _GLUE_AFTER:
        return False
    for piece in segment.map.pieces_in(max(0, start - 1), min(len(text), end + 1)):
        if piece.kind == PLACEHOLDER and (piece.end == start or piece.start == end):
            return False
    return True


_BOLD_MARK = re.compile(r"\*\*|__|<(/?)(?:b|strong)(?:\s[^<>]*)?>", re.I)


def in_bold(doc, segment, start: int, end: int) -> bool:
    """Whether start..end lies in bold text (`**...**`, `__...__`, <b>, <strong>): support
    content writes the labels of the interface in bold, as the interface spells them. Counts the
    bold marks between the segment's start and the match in the source: an odd number of `**`
    or more <b> opened than closed means the match is inside (from the start of the segment's first
    line, so a mark the reader dropped before the segment's first character counts)."""
    pieces = [p for p in segment.map.pieces_in(start, end) if p.kind != PLACEHOLDER]
    first_pieces = segment.map.pieces_in(0, 1)
    if not pieces or not first_pieces:
        return False
    source = doc.source.text
    at = pieces[0].src_start + (start - pieces[0].start)
    begin = source.rfind("\n", 0, first_pieces[0].src_start) + 1  # the line's start: its opening mark too
    if at <= begin or source.find("*", begin, at) < 0 and source.find("_", begin, at) < 0 \
            and source.find("<", begin, at) < 0:
        return False
    stars, open_tags = doc.cached_for("terminology.bold_marks", begin, lambda: BoldMarks(source, begin)).before(at)
    return stars % 2 == 1 or open_tags > 0


class BoldMarks:
    """The bold marks from a line's start, found once and counted up to any offset by bisection
    (each match of a long line searched it again from its start: quadratic in its matches). The
    marks ending by `at` are those `_BOLD_MARK.finditer(source, begin, at)` finds, as every offset
    asked is a match's start, which is prose: no tag holds it, and a two-character mark can start
    one character before it at most; so each scan goes on from there, or from the last mark found."""

    __slots__ = ("source", "resume", "scanned_to", "ends", "stars", "open_tags")

    def __init__(self, source: str, begin: int):
        self.source, self.resume, self.scanned_to = source, begin, begin
        self.ends: list[int] = []
        self.stars: list[int] = [0]  # stars[i]: the `**`/`__` among the first i marks
        self.open_tags: list[int] = [0]  # open_tags[i]: <b>/<strong> opened less closed, first i marks

    def before(self, at: int) -> tuple[int, int]:
        """The `**`/`__` marks, and the tags opened less closed, that end by `at`."""
        if at > self.scanned_to:
            self._scan_to(at)
        count = bisect.bisect_right(self.ends, at)
        return self.stars[count], self.open_tags[count]

    def _scan_to(self, at: int) -> None:
        for mark in _BOLD_MARK.finditer(self.source, max(self.resume, self.scanned_to - 1), at):
            is_tag = mark.group().startswith("<")
            self.ends.append(mark.end())
            self.stars.append(self.stars[-1] + (not is_tag))
            self.open_tags.append(self.open_tags[-1] + ((-1 if mark.group(1) else 1) if is_tag else 0))
            self.resume = mark.end()
        self.scanned_to = at


_EMPHASIS_OPEN = re.compile(r"(?:\*{1,2}|_{1,2}|<(?:em|i|b|strong)(?:\s[^<>]*)?>)$", re.I)


def wholly_emphasised(doc, segment, start: int, end: int) -> bool:
    """Whether start..end is exactly the text of one emphasis (`_sign up_`, `*log in*`, `<em>`,
    bold too): a phrase set apart as a whole is a label quoted from the screen ('the _sign up_
    button'), where emphasis inside a sentence's run of words is stress ('you *must* sign in')."""
    pieces = [p for p in segment.map.pieces_in(start, end) if p.kind != PLACEHOLDER]
    if not pieces:
        return False
    source = doc.source.text
    first, last = pieces[0], pieces[-1]
    begin = first.src_start + (start - first.start)
    finish = last.src_start + (end - last.start)
    opening = _EMPHASIS_OPEN.search(source, max(0, begin - 40), begin)
    if opening is None:
        return False
    mark = opening.group()
    closing = mark if not mark.startswith("<") else "</" + mark[1:].split(">")[0].split()[0] + ">"
    return source.startswith(closing, finish) if not mark.startswith("<") else \
        source[finish:finish + len(closing)].lower() == closing.lower()


class LazyQuotes:
    """quoted_spans(segment), worked out when a match first asks (inside_any iterates it): most
    segments hold no match, and finding their quotes was a twentieth of this rule's time."""

    __slots__ = ("segment", "_spans")

    def __init__(self, segment):
        self.segment = segment
        self._spans = None

    def __iter__(self):
        if self._spans is None:
            self._spans = quoted_spans(self.segment)
        return iter(self._spans)


def a_key_or_tag(text: str, start: int, end: int) -> bool:
    """A lower-case word that is the whole unit or sits alone in brackets: a field key, an icon's
    alt text or a tag ('<td>whatsapp</td>', alt="facebook", 'Parse error (typescript)'), not
    prose that names the product."""
    word = text[start:end]
    if not word.islower():
        return False
    before, after = text[:start], text[end:]
    if not before.strip() and not after.strip():
        return True
    return before.rstrip().endswith(("(", "[")) and after.lstrip().startswith((")", "]"))


def source_tuple(value) -> tuple[str, ...]:
    return tuple(str(v) for v in value) if isinstance(value, list) else ((str(value),) if value else ())


def source_text(entry) -> str:
    """Where an entry comes from, as the message and the JSON context show it."""
    return "; ".join(entry.source)


# A model code in a product's name: letters then a digit ('R4', 'Rev2', 'RP2040', 'ESP32') or a
# number of three digits or more ('MKR WiFi 1010', 'MKR 1000 WiFi'). 'Wi-Fi 6E' and 'Windows 10'
# are no model codes: a generation or a version starts with its digit or is short.
_MODEL_CODE = re.compile(r"[A-Za-z]+\d[A-Za-z\d]*|\d{3,}")
_NAME_TOKEN = re.compile(r"[A-Z\d][\w+]*")
_REVISION = re.compile(r"[Rr]ev\d+")
_NEIGHBOURS = 2  # 'UNO R4 WiFi', 'Arduino MKR WiFi 1010': the code sits within two words
_OUTER_MARKS = "*_[]()\"'.,;:!?\\"


def in_a_model_name(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is one word of a product's model name, written as its maker writes
    it: the name-like words next to it (a capital or a digit first, within two words, nothing but
    space between) hold a model code. 'the UNO R4 WiFi board' and 'the MKR WiFi 1010' are names; 'the
    office WiFi', 'WiFi 6' and 'Windows 10 WiFi settings' are the common word."""
    before = text[max(0, start - 40):start]
    after = text[end:end + 40]
    words_before = before.split()[::-1] if before[-1:].isspace() else []
    words_after = after.split() if after[:1].isspace() else []
    return _holds_a_code(words_before, outer_first=False) or _holds_a_code(words_after, outer_first=True)


def _holds_a_code(words: list[str], outer_first: bool) -> bool:
    """Whether the name-like words at the head of `words` (nearest first) hold a model code. A
    word with a mark on its far side ('1010,', '[UNO') is the last of the name."""
    for word in words[:_NEIGHBOURS]:
        word = word.split("](")[0] if outer_first else word  # '[UNO WiFi REV2](https://...)'
        bare = word.rstrip(_OUTER_MARKS) if outer_first else word.lstrip(_OUTER_MARKS)
        if _REVISION.fullmatch(bare):
            return True  # 'Rev2' or 'rev2', as pages write a board's revision
        if not bare or _NAME_TOKEN.fullmatch(bare) is None:
            return False
        if _MODEL_CODE.fullmatch(bare):
            return True
        if bare != word:
            return False
    return False


# A comma-separated run of at least this many lower-case tokens is a list of identifiers, not prose
# naming products (trial4, held-out Standard Notes docs: an editor's supported language modes,
# "..., java, javascript, json, ..., mysql, ..., typescript, ..."). Written as the tool wants them,
# capitalising one ('JavaScript') would make it wrong. Eight: a sentence listing products in lower
# case ("android, ios, windows, mac and linux") is shorter than that.
IDENTIFIER_LIST_ITEMS = 8
_IDENTIFIER_LIST = re.compile(r"(?:[a-z0-9][a-z0-9+#._-]*[ \t]*,[ \t]*){%d,}[a-z0-9][a-z0-9+#._-]*"
                              % (IDENTIFIER_LIST_ITEMS - 1))


def in_an_identifier_list(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is one item of a long comma-separated list of lower-case tokens."""
    if not text[start:end].islower():
        return False
    return any(run.start() <= start and end <= run.end()
               for run in _IDENTIFIER_LIST.finditer(text, max(0, start - 2000), min(len(text), end + 2000)))

