"""shouting (PL207): the labels of a specification sheet, written in capitals as a table's column
headers are. A product's "Technical Specification" page lists its fields one per list item, the
label in capitals and its value below it in the same item ("- MAXIMUM SOUND PRESSURE LEVEL", then
"90 dB SPL @1m"), and groups them under short headings in capitals ("#### AUDIO
SPECIFICATIONS"). The labels name a field, they raise no voice (user31: about 90 of the 97
shouting findings of pg-support-supt-km, CC0; flagged or not by the words each label held).
A label holding an emphatic word ("- DO NOT UNPLUG") is still shouting."""

from __future__ import annotations

import re

from ..enums import Scope
from .capitals import shouting_data

MAX_LABEL_WORDS = 5  # 'MAXIMUM SOUND PRESSURE LEVEL', 'INCLUDED IN THE BOX'
MIN_SHEET_LABELS = 3  # labels that make the page a sheet, whose label paragraphs are labels too
_LIST_MARK = re.compile(r"[ \t>]*(?:[-*+•]|\d{1,3}[.)])[ \t]")
_VALUE = re.compile(r"[a-z0-9]")
_WORD = re.compile(r"[*_]*[A-Z]{3,}[A-Z'’/-]*[*_]*")  # a word of a label, not a letter or a mask


def label_ends(doc) -> dict:
    """Segment key -> the end of the label its text opens with (segment offsets; None for the whole
    segment): a list item's first line in capitals with its value after it in the item, and, on a
    page of `MIN_SHEET_LABELS` such labels or more, a paragraph's first line so followed ("PLAY
    TIME" then "Up to 8 hours"). The sheet's headings in capitals are still reported: seed 272's
    editor labelled them shouting (TP) and the list labels under them not (FP)."""
    def compute():
        ends, on_a_sheet = {}, {}
        for segment in doc.segments:
            first, _, rest = segment.text.partition("\n")
            if not _is_label(first.strip()):
                continue
            if segment.scope == Scope.LIST_ITEM and not _numbered(doc, segment) \
                    and (_VALUE.search(rest) or _value_below(doc, segment)):
                ends[segment.key] = len(first)
            elif segment.scope == Scope.PARAGRAPH and _VALUE.search(rest):
                on_a_sheet[segment.key] = len(first)
        if len(ends) + sum(end is not None for end in on_a_sheet.values()) >= MIN_SHEET_LABELS:
            ends.update(on_a_sheet)
        return ends
    return doc.cached("spec_sheet_label_ends", compute)


def _is_label(text: str) -> bool:
    """A short phrase in capitals with no sentence mark and no emphatic word."""
    words = text.split()
    if not words or len(words) > MAX_LABEL_WORDS or any(ch.islower() for ch in text) \
            or not any(_WORD.fullmatch(word) for word in words) or text[-1] in ".!?:":
        return False  # (a placeholder in brackets is masked as capitals: '[After the check]' reads 'X X X')
    emphatic = shouting_data()["emphatic_words"]
    return not any(word.strip("*_`'\"“”()").lower().replace("’", "'") in emphatic for word in words)


_NUMBER_MARK = re.compile(r"[ \t>]*\d{1,3}[.)][ \t]")


def _numbered(doc, segment) -> bool:
    """A numbered item is a step or a title ("1. RUSHING THE GREETING" above its lines, labelled
    shouting in seed 272), not a field of a sheet."""
    source = doc.source.text
    start = segment.to_source(0, 1).start
    return _NUMBER_MARK.match(source, source.rfind("\n", 0, start) + 1) is not None


def _value_below(doc, segment) -> bool:
    """Whether the first line after the segment's that is not blank is indented under it (no list
    mark opens it: a paragraph or code block of the same item) and gives a value: lower-case
    letters or digits ("\t35 Hz to 20 kHz")."""
    source = doc.source.text
    line_end = source.find("\n", segment.to_source(len(segment.text) - 1, len(segment.text)).end)
    while line_end >= 0:
        line_start, line_end = line_end + 1, source.find("\n", line_end + 1)
        line = source[line_start:] if line_end < 0 else source[line_start:line_end]
        if line.strip():
            return line[:1] in " \t" and _LIST_MARK.match(line) is None and _VALUE.search(line) is not None
    return False
