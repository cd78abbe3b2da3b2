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
"""

from __future__ import annotations

import re

from ..reading.offsets import Segment
from .base import whole_unit_quotations

# The agent speaking: "I", "I'm", "I'll", "me", "my", "let me" (the customer is "you").
_FIRST_PERSON = re.compile(r"(?<![\w’'])(?:I|I['’](?:m|ll|ve|d)|(?i:me|my|mine|myself))(?![\w’'])")
# What introduces the customer's line rather than the agent's ("If the customer says:",
# "A caller writes:", "Customer asks:").
_CUSTOMER_LEAD = re.compile(
    r"\b(?:customer|caller|client|user|player|member|guest|visitor|buyer|shopper)s?\b[^.!?\n]{0,40}"
    r"\b(?:says?|said|asks?|asked|writes?|wrote|types?|typed|replies|replied|responds?|complains?)\b"
    r"[^.!?\n]{0,60}:\s*\Z", re.I)


def agent_line_spans(segment: Segment, previous: str) -> list[tuple[int, int]]:
    """The quotations of `segment` that are a line for the agent to say: the whole unit (after a
    short label at most), in the first person singular, not introduced as the customer's words by
    `previous` (the text of the unit before it)."""
    text = segment.text
    if not any(q in text for q in "\"“«") or _CUSTOMER_LEAD.search(previous.rstrip()):
        return []
    return [span for quotation, span in whole_unit_quotations(text)
            if not quotation.startswith(("'", "‘")) and _FIRST_PERSON.search(quotation)]


def agent_lines(doc) -> dict[str, list[tuple[int, int]]]:
    """The agent lines of an article, by segment key (cached per document): empty for a document
    with no unit that is wholly a quotation."""
    def compute():
        found, previous = {}, ""
        for segment in doc.segments:
            spans = agent_line_spans(segment, previous)
            if spans:
                found[segment.key] = spans
            if segment.text.strip():
                previous = segment.text
        return found
    return doc.cached("agent lines", compute)
