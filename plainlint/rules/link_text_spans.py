"""Where a document's link texts are, and what that means for a word-list fix (moved out of
wordlist.py): a link text may repeat the heading of the page it points to."""

from __future__ import annotations

import dataclasses
from typing import NamedTuple

from ..enums import Applicability
from ..reading.document import Document
from ..reading.spans import ByStart
from .base import Hit


def no_safe_fix_in_link_text(doc: Document, hit: Hit) -> Hit:
    """A link text may repeat the heading of the page it points to ('see Prior to migrating'):
    rewording it breaks the cross-reference, so a fix inside link text is never safe (issue 26)."""
    rewrite = hit.rewrite
    if rewrite is None or rewrite.applicability != Applicability.SAFE:
        return hit
    span = hit.segment.to_source(hit.start, hit.end)
    holder = link_text_spans(doc).holding(span.start)  # link texts never overlap: one bisection per hit
    if holder is not None and span.end <= holder.end:
        hit.rewrite = dataclasses.replace(rewrite, applicability=Applicability.UNSAFE)
    return hit


class _Span(NamedTuple):
    start: int
    end: int


def link_text_spans(doc: Document) -> ByStart:
    """The source spans of the document's link texts, indexed by start (made once per document)."""
    return doc.cached("link-text-spans", lambda: ByStart(
        [_Span(e.text_start, e.text_end) for e in doc.elements
         if e.kind == "link" and e.text_start is not None and e.text_end is not None]))
