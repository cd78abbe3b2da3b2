"""Composing offset maps: a segment or element read from a decoded string (a JSON or YAML value,
front matter) moved into the coordinates of the file that holds the string."""

from __future__ import annotations

from dataclasses import replace

from ..document import OFFSET_FIELDS, Element
from ..offsets import OffsetMap, Segment


def compose_segment(inner: Segment, outer: OffsetMap, escape) -> Segment:
    """Re-map a segment read from a decoded string so its pieces point into the file."""
    inner_escape = inner.escape
    return Segment(inner.text, inner.map.compose(outer), inner.scope, lambda s: escape(inner_escape(s)), inner.context)


def compose_elements(elements: list[Element], outer: OffsetMap) -> list[Element]:
    """Elements read from a decoded string, with every source offset (each field declared with
    `source_offset`) moved into the file, and parents linked to the composed copies."""
    def start_of(offset: int) -> int:
        return outer.to_source(offset, offset + 1).start

    def end_of(offset: int) -> int:
        return outer.to_source(offset - 1, offset).end if offset > 0 else start_of(0)

    move = {"start": start_of, "end": end_of}
    composed: dict[int, Element] = {}
    out = []
    for element in elements:
        offsets = {name: move[where](value) for name, where in OFFSET_FIELDS
                   if (value := getattr(element, name)) is not None}
        parent = composed.get(id(element.parent)) if element.parent is not None else None
        copy = replace(element, start=start_of(element.start), end=end_of(element.end), parent=parent,
                       text_segment=None, **offsets)
        composed[id(element)] = copy
        out.append(copy)
    return out
