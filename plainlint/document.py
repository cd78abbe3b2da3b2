"""What a reader produces for one file: prose segments plus structure for the accessibility rules."""

from __future__ import annotations

from dataclasses import dataclass, field

from .offsets import Segment
from .source import Source


@dataclass
class Element:
    """A structural element with a source span: image, link, heading, table, media, ...

    `attrs` holds what the element rules need (alt, src, href, level, ...); `text_segment`
    is the segment holding its visible text (link text, alt text) when it has one.
    """

    kind: str
    start: int
    end: int
    attrs: dict = field(default_factory=dict)
    text_segment: Segment | None = None


@dataclass
class Notice:
    """Something plainlint tells the user about a file that is not a finding of a rule."""

    code: str
    message: str
    start: int = 0
    end: int = 0


@dataclass
class Document:
    source: Source
    format: str
    segments: list[Segment] = field(default_factory=list)
    elements: list[Element] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)
    language: str | None = None
    language_origin: str = ""
    meta: dict = field(default_factory=dict)
    _cache: dict = field(default_factory=dict, repr=False)

    def cached(self, key: str, compute):
        """Per-document cache so rules share sentence and word splitting."""
        if key not in self._cache:
            self._cache[key] = compute()
        return self._cache[key]
