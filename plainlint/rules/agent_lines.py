"""Agent lines in an article (hold16): what a training page or cheat sheet gives the agent to say.

bad-news-tone and hold-without-asking read replies. A help or training article quotes reply text
too: a live-chat cheat sheet puts each model line in a paragraph of its own, in quotation marks
("“Let me put you on hold while I check that order.”"). In both corpora the article units that
are wholly one quotation are agent speech, an automated system's prompts ("Please enter your
PIN."), quoted error messages, or commands and field values (docs/accuracy.md, hold16). What
sets the agent's lines apart is the speaker: they talk in the first person singular to the
customer, which a system prompt, an error message or a command does not. A customer's own line is
first person too, and is left out when its label or the sentence before it says so.

Narration ("the agent puts the customer on hold") and a page telling its readers to wait are never
a quotation standing alone, so they are never read.

Lines are also written with no quotation marks, one short paragraph or list item each, under a
heading that says they are lines to say ("Customer Service Sentences", "Asking someone to wait for
a moment"): hold17 found 10 holds written so in two pages of phone phrases and none such heading
over a hold phrase in the 4,854 articles of ../shared/corpus (docs/accuracy.md, hold17).
"""

from __future__ import annotations

import bisect
import re

from ..enums import Scope
from ..reading.offsets import Segment
from .agent_scripts import (FIRST_PERSON, labelled_agent_spans, line_label_spans, opens_with_other_party,
                            script_fence_segments)
from .base import Option, directed_quotation, first_line_quotation, given_as_a_line_to_avoid, whole_unit_quotations

# The option of the rules that read replies and, in an article, only the agent's lines
# (bad-news-tone, hold-without-asking): on by default in articles (their per_kind).
AGENT_LINES_ONLY = {"agent-lines-only": Option(
    False, "read only the agent's lines: a paragraph or item that is wholly one quotation in the first "
           "person (or opens with one on a line of its own, a direction on the next, or closes with one "
           "after a direction to say it, 'When the tool runs, say: \"...\"'), short under a "
           "heading of lines to say, an agent's turn after a speaker label ('Agent:', also in a script "
           "in a plain code fence), or a first-person line after a label that names it ('Example:', "
           "'Say:'); on by default in articles, where the rest is about the agent, not said")}

# What introduces the customer's line rather than the agent's ("If the customer says:",
# "A caller writes:", "Customer asks:").
_CUSTOMER_LEAD = re.compile(
    r"\b(?:customer|caller|client|user|player|member|guest|visitor|buyer|shopper)s?\b[^.!?\n]{0,40}"
    r"\b(?:says?|said|asks?|asked|writes?|wrote|types?|typed|replies|replied|responds?|complains?)\b"
    r"[^.!?\n]{0,60}:\s*\Z", re.I)
# ... unless its last clause tells the agent what to answer ("When a customer asks for a refund,
# reply:", "If the caller says the page is slow, you can say:"): then the line is the agent's (rev16).
_AGENT_CUE = re.compile(
    r"(?:,|\bthen\b)\s*(?:(?:you|agents?)\s+(?:can|could|may|might|should|must)\s+|just\s+|try\s+)?"
    r"(?:say|reply|respond|answer|tell\s+(?:them|him|her)|write|type|use|explain)\b[^,;\n]{0,40}:\s*\Z", re.I)


# A heading, a title or alt text names a line ("## “I’m putting you on hold now”" over a section
# on why not to say it): it is not said (rev16's open item).
_NOT_SAID = frozenset((Scope.HEADING, Scope.TITLE, Scope.ALT))
# A heading that names lines to say: what to say, a call or chat script (not "Support scripts" or
# "Sample scripts": programs), or phrases and sentences of a conversation ("Customer service
# sentences", "Useful phone phrases"; "Phrases" alone, "Terms and phrases to test query performance"
# and "Support lines" are not), or the act itself ("Asking someone to wait"). Not a heading over
# lines to avoid ("Phrases to avoid", "Never say").
_TALK = r"(?:customers?|callers?|calls?|phones?|telephon\w*|chats?|support|service|agents?|reps?|representatives?)"
_LINES_HEADING = re.compile(
    r"\b(?:(?:what|things)\s+to\s+say|(?:call|chat|phone|telephone|agent|sales)\s+scripts?|"
    r"asking\s+(?:someone|people|the\s+(?:caller|customer)|a\s+(?:caller|customer)|callers|customers)\s+to\s+(?:wait|hold)|"
    r"putting\s+(?:someone|people|the\s+(?:caller|customer|call)|a\s+(?:caller|customer|call))\s+on\s+hold)\b"
    r"|\b" + _TALK + r"\b.*\b(?:phrases|expressions|sentences|wording)\b"
    r"|\b(?:phrases|expressions|sentences|wording)\b.*\b" + _TALK + r"\b", re.I)
_NOT_TO_SAY = re.compile(r"\b(?:avoid|don['’]t|do\s+not|never|bad|wrong|instead|mistakes?)\b", re.I)
# A line under such a heading is short: a sentence or two said on a call, not the section's prose.
_LINE_MAX = 160


# A list item's marker as written on its line ("- ", "  1. "): digits read alike, so the items of
# one ordered list share it. Where the line holds no such marker alone (HTML, text decoded from a
# string) only an HTML list's opening tag between two items starts a new list.
_DIGITS = re.compile(r"\d+")
_MARKER = re.compile(r"[ \t>]*(?:[-*+]|\d+[.)])[ \t]*\Z")
_HTML_LIST_OPEN = re.compile(r"<(?:ul|ol)\b", re.I)


def agent_line_spans(segment: Segment, customers_speak: bool = False) -> list[tuple[int, int]]:
    """The quotations of `segment` that are a line for the agent to say: the whole unit (after a
    short label at most) or, failing that, a sentence filling its first line with a direction on
    the next (hold19), in the first person singular, unless the unit is one the text before it
    gives as the customer's words (`customers_speak`)."""
    text = segment.text
    if customers_speak or segment.scope in _NOT_SAID or not _has_quotation_mark(text):
        return []
    quotations = whole_unit_quotations(text) or first_line_quotation(text) or directed_quotation(text)  # hold24
    return [span for quotation, span in quotations
            if not quotation.startswith(("'", "‘")) and FIRST_PERSON.search(quotation)
            and not given_as_a_line_to_avoid(text, span[0])]  # "Don't say:", "**Bad:**" (hold24)


def _has_quotation_mark(text: str) -> bool:
    """Whether `text` holds a mark that opens a quotation an agent line can be (\" “ «)."""
    return '"' in text or "“" in text or "«" in text


def names_lines(heading: str) -> bool:
    """Whether a heading says the units under it are lines to say ("Customer Service Sentences")."""
    return _LINES_HEADING.search(heading) is not None and _NOT_TO_SAY.search(heading) is None


def _plain_line(segment: Segment) -> list[tuple[int, int]]:
    """The whole unit as a line, when it is short prose with no quotation of its own and no lead."""
    text = segment.text
    stripped = text.rstrip()
    if (segment.scope not in (Scope.PARAGRAPH, Scope.LIST_ITEM) or len(stripped) > _LINE_MAX
            or stripped.endswith(":") or _has_quotation_mark(text)):
        return []
    return [(len(text) - len(text.lstrip()), len(stripped))]


def introduces_customer(text: str) -> bool:
    """Whether `text` (a unit) introduces the customer's words ("If the customer says:"), not the
    agent's answer to them ("If the customer says the page is slow, say:")."""
    lead = text.rstrip()
    return lead.endswith(":") and _CUSTOMER_LEAD.search(lead) is not None and _AGENT_CUE.search(lead) is None


def agent_lines(doc) -> dict[str, list[tuple[int, int]]]:
    """The agent lines of an article, by segment key (cached per document): empty for a document
    with no unit that is wholly a quotation. A lead that introduces the customer's words holds for
    the unit after it and, when that is a list item, for the rest of its list ("Customers often
    say:" and three quoted items: rev16), until the list ends, another list starts ("- " items, then
    "1. " items) or an item is a lead of its own ("- If you need to check, say:": rev16's open
    item). Under a heading that names lines to say, each short unit is a line (hold17)."""
    def compute():
        found, previous, customer_list, section = {}, None, False, _LinesSection(doc)
        previous_is_lead = False  # the unit before ends with a colon ("Customers often say:")
        for segment in doc.segments:
            text = segment.text
            if not text.strip():
                continue
            scope = segment.scope
            if scope == Scope.HEADING:
                section.enter(segment)
            lines_section = section.holds_lines()
            led = previous_is_lead and introduces_customer(previous.text)
            customer_list = scope == Scope.LIST_ITEM and (led or (
                customer_list and not previous_is_lead and _same_list(doc.source.text, previous, segment)))
            if lines_section or ":" in text or _has_quotation_mark(text):  # (else no line: most units)
                spans = _line_spans(segment, previous, led or customer_list, lines_section)
                if spans:
                    found[segment.key] = spans
            previous, previous_is_lead = segment, text.rstrip().endswith(":")
        return found
    return doc.cached("agent lines", compute)


def _line_spans(segment: Segment, previous, customers_speak: bool, lines_section: bool) -> list[tuple[int, int]]:
    """The agent lines of one unit, in the order tried: a quotation, a labelled turn, a line after
    a label that names it, a short unit under a heading of lines to say. Each needs a quotation
    mark, a colon or such a heading."""
    spans = agent_line_spans(segment, customers_speak)
    if not spans and not customers_speak and segment.scope not in _NOT_SAID:
        spans = labelled_agent_spans(segment.text, previous is not None
                                     and opens_with_other_party(previous.text))  # hold20
        spans = spans or line_label_spans(segment.text)  # hold21
    if not spans and lines_section and not customers_speak:
        spans = _plain_line(segment)
    return spans


_FENCED_FORMATS = frozenset(("markdown", "mdx"))
_NO_LEVEL = 99  # deeper than any heading: none after it is under it


class _LinesSection:
    """Which heading's section the reading is in: one that names lines to say reaches to the next
    heading of its level or higher, its subheadings included ("## What to say", "### Refunds"),
    except a subheading over lines to avoid ("### Phrases to avoid") and what is under it (rev17's
    open item: any later heading ended it). A heading of no known level ends it, as before."""

    def __init__(self, doc):
        headings = sorted((e.start, e.level) for e in doc.elements if e.kind == "heading")
        self._starts = [start for start, _ in headings]
        self._levels = [level for _, level in headings]
        self._lines_level = self._avoid_level = None

    def _level(self, segment) -> int | None:
        """The level of the heading element last opened before the heading's text (an HTML
        heading's element is its opening tag; a Markdown one spans its line)."""
        index = bisect.bisect_right(self._starts, segment.source_span().start) - 1
        return self._levels[index] if index >= 0 else None

    def enter(self, segment) -> None:
        level = self._level(segment)
        if self._avoid_level is not None and level is not None and level > self._avoid_level:
            return  # under a subheading of lines to avoid
        self._avoid_level = None
        if self._lines_level is not None and level is not None and level > self._lines_level:
            if _NOT_TO_SAY.search(segment.text):
                self._avoid_level = level
            return
        # a heading of no known level reaches to the next heading, whatever its level
        self._lines_level = (_NO_LEVEL if level is None else level) if names_lines(segment.text) else None

    def holds_lines(self) -> bool:
        return self._lines_level is not None and self._avoid_level is None


def said_segments(doc, options: dict):
    """The segments a rule with AGENT_LINES_ONLY reads, each with the agent's lines in it (spans)
    when only those are read, else None: every segment of a reply; in an article, only those that
    hold an agent line (none at all in nearly every article)."""
    if not options["agent-lines-only"]:
        for segment in doc.segments:
            yield segment, None
        return
    lines = agent_lines(doc)
    if lines:
        for segment in doc.segments:
            if segment.key in lines:
                yield segment, lines[segment.key]
    if doc.format in _FENCED_FORMATS:  # a script in a code fence (hold20): its agent's turns
        yield from doc.cached("script fences", lambda: script_fence_segments(doc.source.text))


def _same_list(source: str, previous, segment) -> bool:
    """Whether the list item `segment` is in the same list as `previous`, a list item: the same
    marker on their lines, and no HTML list opened between them (asked only while a customer's lead
    holds, so the source is read for few items)."""
    if previous.scope != Scope.LIST_ITEM:
        return False
    start = segment.source_span().start
    gap = source[previous.source_span().end:start]
    marker, previous_marker = _marker(source, start), _marker(source, previous.source_span().start)
    known = marker is not None and previous_marker is not None
    return (marker == previous_marker or not known) and _HTML_LIST_OPEN.search(gap) is None


def _marker(source: str, start: int) -> str | None:
    """The list marker before `start` on its line ("- ", "1. " read as "1."), or None when the line
    holds more than a marker there (HTML, text decoded from a string)."""
    prefix = source[source.rfind("\n", 0, start) + 1:start]
    return _DIGITS.sub("1", prefix.rstrip()) if _MARKER.match(prefix) else None
