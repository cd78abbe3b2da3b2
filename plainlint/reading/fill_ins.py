"""A reply template's fill-ins, read as placeholders (session 15, fillin).

In a reply (a macro, a canned reply, an e-mail template), "Hi [Customer name]" or "by
{timeframe}" holds a fill-in: the agent replaces it before sending, so its own words are
instructions to the agent, never text the customer reads. Once the engine knows a document is
a reply, each fill-in of its prose becomes one placeholder, as inline code and template tags
already are (`masking.mask_spans`): every rule then reads the same text, and the offset map
still takes each finding back to its exact place in the source. Articles keep their brackets:
they use them for other things (a footnote, a legal "[sic]", a config section).
"""

from __future__ import annotations

import re

from ..nlp.sentences import word_count
from .emphasised_fill_ins import CAPITALS_RUN, emphasised_fill_in_spans
from .kinds import REPLY
from .masking import mask_spans
from .offsets import PLACEHOLDER, PLACEHOLDER_TEXT, Segment

# How long a fill-in's instructions may run: a sentence or two ("[insert estimated resolution time
# or timeframe, e.g., "the end of the day" or "within the next 3 hours"]", "[Answer the specific
# shipping question — estimated date, tracking number, address confirmation]": 95-105 characters
# in the held-out replies, left16; 80 until session 16). One line still: no fill-in spans lines.
FILL_IN_MAX_CHARS = 200
# A fill-in of a reply template in square brackets ("Hi [Customer name]", "Expected by
# [timeframe]", "[Specific, actionable feedback]"). Not a link ("[text](url)", "[text][ref]"), a
# footnote ("[^1]"), an image, a checkbox, or a `[[keep|drop]]` choice whose words are the
# reply's (tests/reading/test_wikilinks.py); nor a reference definition ("[label]: url"), which
# opens its line: a fill-in before a colon later in a line ("help with [related functionality]:") is one.
_FILL_IN = re.compile(r"(?<![!\[\]\w])\[(?![\^ xX]?\])(?!\^)[^\[\]\n]{1,%d}\](?![(\[\]])" % FILL_IN_MAX_CHARS)
# The same in single curly braces, as macro libraries write them ("Hi {customer_name}", "by
# {timeframe}", "{Point 2 – time period or product}"; session 13, replies4). Not a template tag
# (`{{ }}`, `{% %}`, `${var}`, `#{var}`: masked by the readers or code) and not a brace of a
# JSON or code sample left in prose (a colon or quote right inside it).
_CURLY_FILL_IN = re.compile(r"(?<![{$#%%\w])\{(?![{%%#\s\"'])[^{}\n:\"]{1,%d}(?<!\s)\}(?![}\w])" % FILL_IN_MAX_CHARS)

# The words a fill-in stands for: a name or a short phrase ("[Product Name]", "[a 10% credit]",
# "{timeframe}"), whatever the words of its instructions ("[insert customer support phone
# number]" is a number). Two at most, as sentence-length counted them since session 14
# (replies5, seed 103); the placeholder holds one placeholder word per word it stands for.
FILL_IN_WORDS = 2


def fill_in_spans(text: str) -> list[tuple[int, int]]:
    """The fill-ins of a reply's prose, in square brackets or single curly braces, as sorted
    spans of `text` that never overlap."""
    spans = []
    if "[" in text:
        spans += [m.span() for m in _FILL_IN.finditer(text) if not _reference_definition(text, m)]
    if "{" in text:
        spans += [m.span() for m in _CURLY_FILL_IN.finditer(text)]
    return _merged([], spans)


def _merged(spans: list[tuple[int, int]], more: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Both lists of spans as one sorted list, a span that overlaps one kept left out."""
    if not more:
        return spans
    kept: list[tuple[int, int]] = []
    for start, end in sorted(spans + more):
        if not kept or start >= kept[-1][1]:
            kept.append((start, end))
    return kept


def _reference_definition(text: str, match: re.Match) -> bool:
    """Whether a bracketed label followed by a colon opens its line, as a Markdown reference
    definition does ("[docs]: https://..."). Only the blanks before the bracket are read: a
    long line of fill-ins is not read back to its start for each (rev15)."""
    if not text.startswith(":", match.end()):
        return False
    at = match.start()
    while at > 0 and text[at - 1] in " \t":
        at -= 1
    return at == 0 or text[at - 1] == "\n"


def placeholder_for(fill_in: str) -> str:
    """The text that stands for a fill-in: one placeholder word per word it stands for."""
    words = min(FILL_IN_WORDS, max(1, word_count(fill_in)))
    return " ".join([PLACEHOLDER_TEXT] * words)


def masked_fill_ins(segment: Segment, source: str | None = None) -> Segment:
    """`segment` with each of its fill-ins as one placeholder (the segment itself when it has none).
    With the `source` it was read from, an emphasised run of capitals naming a value ("**DATE**")
    is a fill-in too (emphasised_fill_ins.py)."""
    text = segment.text
    spans = fill_in_spans(text) if "[" in text or "{" in text else []
    if source is not None:
        spans = _merged(spans, emphasised_fill_in_spans(segment, source))
    if not spans:
        return segment
    return mask_spans(segment, spans, [placeholder_for(text[start:end]) for start, end in spans])


def settle_kind(doc, kind: str) -> None:
    """Give the document its kind, and with it the prose every rule reads: a reply's fill-ins
    become placeholders. The one step the engine, the language server and the benchmarks share,
    so none reads a reply's prose with its fill-ins as words (rev15)."""
    doc.kind = kind
    read_fill_ins(doc)


def read_fill_ins(doc) -> None:
    """Make each fill-in of a reply's prose a placeholder (nothing changes in an article). An
    element that holds a changed segment (an image's alt text) is given the new one."""
    if doc.kind != REPLY:
        return
    replaced = {}
    segments = doc.segments
    source = doc.source.text
    for index, segment in enumerate(segments):
        masked = masked_fill_ins(segment, source)
        if masked is not segment:
            segments.replace(index, masked)
            replaced[id(segment)] = masked
    if replaced:
        for element in doc.elements:
            if element.text_segment is not None and id(element.text_segment) in replaced:
                element.text_segment = replaced[id(element.text_segment)]


def as_written(segment: Segment, start: int, end: int, source: str, fill_ins_only: bool = False) -> str:
    """segment.text[start:end] with each placeholder written as its source ('by [date]' rather
    than 'by X'): for a rule that asks what a fill-in or template tag names (a time, a person).
    With `fill_ins_only`, inline code, template tags and URLs stay placeholders."""
    text = segment.text[start:end]
    if PLACEHOLDER_TEXT not in text:
        return text
    parts, cursor = [], start
    for piece in segment.map.pieces_in(start, end):
        if piece.kind != PLACEHOLDER or piece.start < start or piece.end > end:
            continue
        written = source[piece.src_start:piece.src_end]
        if fill_ins_only and not _is_fill_in(written):
            continue
        parts += [segment.text[cursor:piece.start], written]
        cursor = piece.end
    parts.append(segment.text[cursor:end])
    return "".join(parts)


def _is_fill_in(written: str) -> bool:
    """Whether a placeholder's source is a fill-in ('[Name]', '{timeframe}', an emphasised 'DATE'),
    not a template tag."""
    return (written[:1] == "[" or (written[:1] == "{" and written[1:2] not in ("{", "%"))
            or CAPITALS_RUN.fullmatch(written) is not None)
