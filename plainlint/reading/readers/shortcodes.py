"""Images written as Hugo shortcodes: `{{< figure src="..." alt="..." >}}` (or `{{% %}}`).

A shortcode is a template tag, so its text is masked and never linted; but `figure` (Hugo's own)
and the `img`/`image` shortcodes of common themes render an <img>, so they become image elements
for the alt-text rules, and their alt text is read like an HTML alt attribute. Hugo's `figure`
writes `alt` from the `alt` parameter, else from `caption`, else no alt at all
(gohugoio/hugo, tpl/tplimpl/embedded/templates/shortcodes/figure.html).
"""

from __future__ import annotations

import re

from ..document import Document, Element
from ...enums import Scope
from ..offsets import EscapeRefused
from ..segment_builder import SegmentBuilder, hyphens_as_ascii
from . import common

IMAGE_SHORTCODES = {"figure", "img", "image"}
_SHORTCODE = re.compile(r"\{\{([<%])-?\s*(\w+)\b(.*?)-?\s*[>%]\}\}\Z", re.S)
_PARAMETER = re.compile(r"""([A-Za-z_][\w-]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|`([^`]*)`|([^\s"'`]+))""")


def shortcode_images(doc: Document) -> None:
    """An image element (and an alt segment) for each image shortcode among doc's template tags."""
    text = doc.source.text
    for tag in doc.template_tags:
        if not text.startswith(("{{<", "{{%"), tag.start):
            continue
        match = _SHORTCODE.match(tag.text)
        if match is None or match.group(2).lower() not in IMAGE_SHORTCODES:
            continue
        parameters = _parameters(match.group(3), tag.start + match.start(3))
        doc.elements.append(_image(doc, tag.start, tag.end, parameters))


def _parameters(raw: str, offset: int) -> dict[str, tuple[str, int, int]]:
    """Named parameters: name -> (value, source start, source end of the value)."""
    found = {}
    for match in _PARAMETER.finditer(raw):
        group = next(g for g in range(2, 6) if match.group(g) is not None)
        found[match.group(1).lower()] = (match.group(group), offset + match.start(group), offset + match.end(group))
    return found


def _image(doc: Document, start: int, end: int, parameters: dict) -> Element:
    """The image a shortcode renders. Its alt parameter is read as prose (as an HTML alt is);
    a caption standing in for a missing alt is judged as alt text but not read as prose."""
    alt = parameters.get("alt")
    from_caption = alt is None or not alt[0].strip()
    if from_caption:
        alt = parameters.get("caption")  # Hugo's figure falls back to the caption
    title = parameters.get("title")
    element = Element("image", start, end, "shortcode", src=parameters.get("src", ("", 0, 0))[0],
                      title=title[0] if title else None)
    if alt is None or not alt[0].strip():
        return element  # no alt attribute is rendered at all
    element.alt, element.alt_start, element.alt_end = hyphens_as_ascii(alt[0]), alt[1], alt[2]
    if not from_caption:
        builder = SegmentBuilder(doc.source.text, None, Scope.ALT)
        builder.literal(alt[1], alt[2])
        segment = builder.build(escape=_escape_parameter)
        if segment is not None:
            element.text_segment = common.mask_non_prose_tokens(segment)
            doc.segments.append(element.text_segment)
    return element


def _escape_parameter(text: str) -> str:
    """A fix inside a quoted parameter: refused when it would need a quote or a backslash."""
    if any(char in text for char in "\"'`"):
        raise EscapeRefused("a shortcode parameter cannot take quotes or backslashes here")
    return text
