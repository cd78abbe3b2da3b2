"""Whole replies for the issue-31 rules (no-way-forward, unowned-commitment's neighbours,
dead-end): what a reply offers next is judged over the whole reply, not one sentence. A file is
one reply, except a macro export, where each macro (all its reply strings) is one.

Not a rule module (its name starts with "_"): the rules import it.
"""

from __future__ import annotations

import re
from array import array
from dataclasses import dataclass, field
from typing import Iterator

from ..reading.document import Document
from ..enums import Scope
from ..nlp.sentences import sentences_of
from ..reading.offsets import Segment
from ..reading.segment_list import SegmentList
from ..reading.spans import ByStart
from .base import inside_sorted, quoted_spans


@dataclass(slots=True)
class Sentence:
    """One sentence of a reply, with its segment and offsets in the segment's text."""

    segment: Segment
    start: int
    end: int
    text: str
    quoted: bool  # inside quotation marks: mentioned, not said


_NO_QUOTES: tuple = ()


@dataclass
class Reply:
    """A reply's segments, as their places in the document's segments (a list of the segments
    themselves would make every segment a `SegmentList` keeps as columns an object for as long
    as the rules run). Its sentences are made anew on each pass over `sentences`: kept for every
    sentence of a one-reply 20 MB article they cost about 1 byte per byte of input while the
    rules ran (issue 24); a sentence made on one pass is a new object on the next, so rules
    compare them with `same_sentence`, not `is`."""

    name: str | None
    segments_of_document: SegmentList
    places: array = field(default_factory=lambda: array("q"))
    # The quoted spans of the segments that have any, by place.
    quotes: dict[int, list] = field(default_factory=dict)

    def add(self, place: int, quotes: list) -> None:
        self.places.append(place)
        if quotes:
            self.quotes[place] = quotes

    @property
    def segments(self) -> Iterator[Segment]:
        return (self.segments_of_document[place] for place in self.places)

    @property
    def sentences(self):
        """The reply's sentences in order, each with its segment (an iterator: one pass). No
        document is kept: the reply is cached on it, and a cycle would outlive the file."""
        for place in self.places:
            segment, quotes = self.segments_of_document[place], self.quotes.get(place, _NO_QUOTES)
            for sentence in sentences_of(None, segment):
                yield Sentence(segment, sentence.start, sentence.end, sentence.text,
                               inside_sorted(sentence.start, sentence.end, quotes))

    @property
    def text(self) -> str:
        return "\n".join(s.text for s in self.sentences)


def same_sentence(one: Sentence, other: Sentence) -> bool:
    """Whether two reply sentences (of two passes) are the same sentence of the same segment."""
    return one.start == other.start and one.end == other.end and one.segment.key == other.segment.key


_SKIPPED = (Scope.ALT, Scope.TITLE)


def replies_of(doc: Document) -> list[Reply]:
    """The replies of the document, each with its sentences (cached per document)."""
    return doc.cached("issue-31 replies", lambda: _split(doc))


def replies_holding(doc: Document, needed: re.Pattern) -> list[Reply]:
    """The replies of the document, or none when no segment holds `needed` (a pattern every
    finding of the rule needs): most documents are passed over before their replies are built."""
    if not any(needed.search(segment.text) for segment in doc.segments):
        return []
    return replies_of(doc)


# Shapes whose strings are pieces of messages, never a whole one: a Rails locale file holds the
# strings of many views and e-mails, each put together with the view's own markup, links and
# buttons (rails38). What a message lacks (a check-back, a next step, a time) is not judged there,
# as a subject line's file leaves the body's next step to the body (no_way_forward).
_PIECES_OF_MESSAGES = frozenset({"rails-locale"})


def whole_replies_holding(doc: Document, needed: re.Pattern) -> list[Reply]:
    """`replies_holding`, for the rules that judge what a whole reply lacks: none in a file whose
    strings are pieces of messages (_PIECES_OF_MESSAGES)."""
    return [] if doc.shape in _PIECES_OF_MESSAGES else replies_holding(doc, needed)


def _split(doc: Document) -> list[Reply]:
    by_name: dict[str | None, Reply] = {}
    macros = ByStart(doc.macro_spans) if doc.macro_spans else None
    for place, segment in enumerate(doc.segments):
        if segment.scope in _SKIPPED or not segment.text.strip():
            continue
        where = segment.source_span()
        name = _macro_name(macros, where.start)
        if name is not None and segment.text.strip() == name.strip():
            continue  # the macro's own title: what the agent picks, not what the customer reads
        reply = by_name.get(name)
        if reply is None:
            reply = by_name[name] = Reply(name, doc.segments)
        reply.add(place, quoted_spans(segment))
    return list(by_name.values())


def _macro_name(macros: ByStart | None, offset: int) -> str | None:
    span = macros.holding(offset) if macros is not None else None
    return span.name if span is not None else None


def _by_reply(doc: Document, key: str, items, start_of) -> dict[str | None, list]:
    """Items (from the callable `items`) grouped by the reply (macro) holding their start, once
    per document."""
    def compute():
        macros = ByStart(doc.macro_spans) if doc.macro_spans else None
        grouped: dict[str | None, list] = {}
        for item in items():
            grouped.setdefault(_macro_name(macros, start_of(item)), []).append(item)
        return grouped
    return doc.cached(key, compute)


def links_in(doc: Document, reply: Reply) -> list:
    """Links (with an address or a text) inside the reply."""
    def links():
        return [e for e in doc.elements if e.kind == "link" and (e.href or e.text)]
    return _by_reply(doc, "issue-31 links", links, lambda e: e.start).get(reply.name, [])


def tags_in(doc: Document, reply: Reply) -> list[str]:
    """The text of the template tags inside the reply ('{{ support_url }}')."""
    return [t.text for t in _by_reply(doc, "issue-31 tags", lambda: doc.template_tags, lambda t: t.start).get(reply.name, [])]


def phrases(words, flags=re.I) -> re.Pattern:
    """One pattern for a list of regular expressions, each a whole-word match; a straight
    apostrophe in an entry matches a curly one too."""
    body = "|".join(f"(?:{str(w).replace(chr(39), '[’' + chr(39) + ']')})" for w in words)
    return re.compile(r"(?<![\w’'])(?:" + body + r")(?![\w’'])", flags)


def trimmed(segment: Segment, start: int, end: int) -> tuple[int, int]:
    """The span without white space and leading marks."""
    text = segment.text
    while start < end and not (text[start].isalnum() or text[start] in "'’"):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
