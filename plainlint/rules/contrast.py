"""contrast: inline CSS colours whose WCAG 2.x contrast ratio is too low for the text size.

Only inline styles and presentational attributes are read (`style="color:..."`,
`background-color`, `background`, `bgcolor`, `<font color>`), inherited from the nearest ancestor
that sets them; no background means white, no colour means black (link blue inside <a>).
<style> sheets (and <link rel="stylesheet">) and classes are out of scope: a colour set there is unknown, so is a background
image, a translucent colour or a template placeholder, and such text is not judged. In a file
with a style sheet only text whose colour and background are both set inline is judged, since
the sheet may set whichever the inline styles leave out.
"""

from __future__ import annotations

import bisect
import math
import re
from typing import NamedTuple

from ..enums import Category, Severity
from ..reading.offsets import BREAK
from .base import BODY_SCOPES, Hit, Option, RelatedSpan, Rule, html_attrs
from .css_colours import (
    BLACK,
    BOLD_TAGS,
    DEFAULT_FONT_PX,
    FONT_SIZE_ATTR,
    HEADING_PX,
    LARGE_BOLD_TEXT_PX,
    LARGE_TEXT_PX,
    LINK_BLUE,
    RELATIVE_SIZE,
    STYLE_SHEET,
    UNKNOWN,
    VOID,
    WHITE,
    background_of,
    contrast_ratio,
    font_px,
    parse_colour,
    parse_style,
)


class Contrast(Rule):
    code = "PL409"
    name = "contrast"
    category = Category.ACCESSIBILITY
    severity = Severity.ERROR
    english_only = False
    example_format = "html"
    summary = "Inline text and background colours below the WCAG contrast ratio (4.5:1, 3:1 for large text)"
    rationale = (
        "Light grey on white, or white on a pale brand colour, cannot be read by customers with low "
        "vision or colour blindness, or by anyone reading a phone in the sun. WCAG 2.x success "
        "criterion 1.4.3 asks for a contrast ratio of at least 4.5:1 for body text and 3:1 for large "
        "text (24 px, or 18.66 px bold; <big> and <small> scale the size by 1.2). The rule reads inline colours (style color, background-color, "
        "background, bgcolor, <font color>) inherited from the nearest ancestor that sets them; no "
        "background means white. Style sheets (<style>, <link rel=\"stylesheet\">) and classes are out "
        "of scope, so in a file with one only text whose colour and background are both inline is "
        "judged; text over images, "
        "translucent colours or template-filled colours is not judged."
    )
    bad = (
        "<p style=\"color:#999999\">Your invoice is attached.</p>\n",
        "<td bgcolor=\"#ffcc00\"><span style=\"color:#ffffff\">Pay now</span></td>\n",
    )
    good = (
        "<p style=\"color:#595959\">Your invoice is attached.</p>\n",
        "<h1 style=\"color:#949494\">Welcome</h1>\n",
    )
    scopes = BODY_SCOPES
    options = {
        "normal-ratio": Option(4.5, "minimum contrast ratio for body text", minimum=1, maximum=21),
        "large-ratio": Option(3.0, "minimum contrast ratio for large text (24 px, or 18.66 px bold)", minimum=1, maximum=21),
    }

    def check(self, doc, options):
        """One finding per colour pair below its minimum (issue 26): a template that repeats one
        pair 30 times has one problem. The first occurrence is reported, with `count` and the
        other places (`occurrences`: line, column, end_line, end_column) in its context."""
        groups: dict = {}
        for hit in self._hits(doc, options):
            key = (hit.context["colour"], hit.context["background"], hit.context["needed"])
            groups.setdefault(key, []).append(hit)
        for hits in groups.values():
            first = hits[0]
            first.context["count"] = len(hits)
            first.context["occurrences"] = [_position(doc, hit) for hit in hits[1:]]
            first.related = [RelatedSpan(hit.start, hit.end, f"the same colours ({first.context['colour']} on "
                                         f"{first.context['background']})", hit.segment) for hit in hits[1:]]
            if len(hits) > 1:
                first.message += f" (the same colours are used in {len(hits) - 1} more place{'s' if len(hits) > 2 else ''})"
            yield first

    def _hits(self, doc, options):
        tree = _StyleTree(doc)
        if not tree.styled:
            return
        for segment in self.segments(doc):
            for start, end, look in _runs(segment, tree):
                colour, background, large = look
                needed = options["large-ratio"] if large else options["normal-ratio"]
                ratio = contrast_ratio(colour, background)
                if ratio >= needed:
                    continue
                shown = math.floor(ratio * 100) / 100
                size = "large text" if large else "text"
                yield Hit(start, end, (
                    f"Text colour {_hex(colour)} on background {_hex(background)} has a contrast ratio of "
                    f"{shown:.2f}:1, below the {needed:g}:1 WCAG minimum for {size}: darken the text or "
                    "change the background"), segment,
                    context={"colour": _hex(colour), "background": _hex(background), "ratio": round(ratio, 2),
                             "needed": needed})


def _position(doc, hit) -> dict:
    span = hit.segment.to_source(hit.start, hit.end)
    line, column = doc.source.line_col(span.start)
    end_line, end_column = doc.source.line_col(span.end)
    return {"line": line, "column": column, "end_line": end_line, "end_column": end_column}


def _hex(rgb) -> str:
    return "#%02x%02x%02x" % rgb


def _runs(segment, tree):
    """(start, end, look) for each run of segment text that shares one computed look."""
    text = segment.text
    current, run_start, run_end = None, 0, 0
    for piece in segment.map.pieces:
        if piece.kind == BREAK:
            continue
        look = tree.look_at(piece.src_start)
        if look != current:
            if current not in (None, UNKNOWN):
                yield from _trimmed(text, run_start, run_end, current)
            current, run_start = look, piece.start
        run_end = piece.end
    if current not in (None, UNKNOWN):
        yield from _trimmed(text, run_start, run_end, current)


def _trimmed(text: str, start: int, end: int, look):
    chunk = text[start:end]
    if not any(c.isalnum() for c in chunk):
        return
    lead = len(chunk) - len(chunk.lstrip())
    trail = len(chunk) - len(chunk.rstrip())
    yield start + lead, end - trail, look


class _Inherited(NamedTuple):
    """What an element's text inherits: the first colour, background and size found walking out."""

    colour: object
    background: object
    size: float | None
    scale: float  # relative sizes (<big>, <small>) met before a size was found
    bold: bool
    from_link: bool  # the colour is the browser's link blue, not a style's
    hidden: bool = False  # inside an element that is not shown (a hidden e-mail preheader)


_ROOT = _Inherited(None, None, None, 1.0, False, False)
# Styles that hide an element, as e-mail templates hide their preheader (the preview text an
# inbox shows next to the subject): hidden text is not seen, so its contrast is not judged.
_HIDING = re.compile(r"^(?:display:none|visibility:hidden|opacity:0(?:\.0+)?%?|max-height:0(?:px|em|rem|%)?|"
                     r"font-size:0(?:px|pt|em|rem|%)?|mso-hide:all|max-width:0(?:px)?)$")
MAX_ANCESTOR_STEPS = 256  # a run of text is looked up at most this far out from the last tag before it


class _StyleTree:
    """Computed colours and text size at a source offset, from the HTML elements' inline styles.

    Each element's inherited look is computed once, from its parent's, so the cost is linear in
    the elements even when unclosed elements nest thousands deep (`<p>` after `<p>` in a `<div>`).
    """

    def __init__(self, doc):
        self.elements = [e for e in doc.elements if e.syntax == "html" and e.tag is not None]
        self.doc = doc
        self.starts = [e.start for e in self.elements]
        self.styled = any(_sets_colour(e) for e in self.elements)
        self.has_sheet = bool(STYLE_SHEET.search(doc.source.text)) if self.styled else False
        self.ends: dict = {}
        self.inherited: dict = {}
        self.looks: dict = {}

    def end_of(self, element) -> int:
        """Where an element's content ends; an unclosed element ends with its parent."""
        chain = []
        while element is not None and element not in self.ends:
            if element.content_end is not None:
                self.ends[element] = element.content_end
            elif element.tag in VOID:
                self.ends[element] = element.end
            else:
                chain.append(element)
                element = element.parent
        end = self.ends[element] if element is not None else len(self.doc.source.text)
        for unclosed in chain:
            self.ends[unclosed] = end
        return end

    def innermost(self, offset: int):
        position = bisect.bisect_right(self.starts, offset) - 1
        if position < 0:
            return None
        element = self.elements[position]
        for _ in range(MAX_ANCESTOR_STEPS):
            if element.end <= offset < self.end_of(element):
                return element
            element = element.parent
            if element is None:
                return None
        return None

    def look_at(self, offset: int):
        element = self.innermost(offset)
        if element is None:
            return None
        if element not in self.looks:
            self.looks[element] = self._look(self._inherited(element))
        return self.looks[element]

    def _inherited(self, element) -> _Inherited:
        """The element's inherited look, computing uncomputed ancestors outermost first."""
        chain = []
        while element is not None and element not in self.inherited:
            chain.append(element)
            element = element.parent
        state = self.inherited[element] if element is not None else _ROOT
        for inner in reversed(chain):
            state = self.inherited[inner] = _inherit(inner, state)
        return state

    def _look(self, state: _Inherited):
        if state.hidden:
            return None
        explicit = (state.colour is not None and not state.from_link) or state.background is not None
        if not explicit:
            return None
        if UNKNOWN in (state.colour, state.background):
            return UNKNOWN
        if self.has_sheet and (state.colour is None or state.background is None or state.from_link):
            return UNKNOWN  # a <style> sheet may set what the inline styles leave out
        colour = state.colour or BLACK
        background = state.background or WHITE
        size = (state.size or DEFAULT_FONT_PX) * state.scale
        large = size >= LARGE_TEXT_PX or (state.bold and size >= LARGE_BOLD_TEXT_PX)
        return colour, background, large


def _inherit(element, parent: _Inherited) -> _Inherited:
    """An element's look: what it sets itself, the rest from its parent."""
    attrs = html_attrs(element)
    tag = element.tag
    style = parse_style(attrs.get("style", ""))
    colour, from_link = parent.colour, parent.from_link
    value = style.get("color") or (attrs.get("color") if tag == "font" else None)
    own_colour = parse_colour(value) if value else None
    if own_colour is not None:
        colour, from_link = own_colour, False
    elif tag == "a":
        colour, from_link = LINK_BLUE, True  # browsers style links themselves: no inheritance into <a>
    own_background = background_of(style, attrs)
    background = own_background if own_background is not None else parent.background
    own_size = _size_of(tag, style, attrs)
    if own_size is not None:
        size, scale = own_size, 1.0
    else:
        size, scale = parent.size, parent.scale * RELATIVE_SIZE.get(tag, 1.0)
    bold = parent.bold or tag in BOLD_TAGS or _is_bold(style.get("font-weight", ""))
    hidden = parent.hidden or _hides(style, attrs)
    return _Inherited(colour, background, size, scale, bold, from_link, hidden)


def _hides(style: dict[str, str], attrs: dict) -> bool:
    """display:none, visibility:hidden, opacity:0, max-height:0, font-size:0, mso-hide:all or
    the `hidden` attribute: the element's text is not shown."""
    if "hidden" in attrs:
        return True
    for name, value in style.items():
        value = value.lower().replace("!important", "").replace(" ", "")
        if _HIDING.match(f"{name}:{value}"):
            return True
    return False


def _sets_colour(element) -> bool:
    attrs = html_attrs(element)
    style = attrs.get("style", "").lower()
    return "color" in style or "background" in style or "bgcolor" in attrs or (
        element.tag == "font" and "color" in attrs)


def _size_of(tag, style, attrs):
    if "font-size" in style:
        return font_px(style["font-size"])
    if tag == "font" and attrs.get("size", "").strip() in FONT_SIZE_ATTR:
        return FONT_SIZE_ATTR[attrs["size"].strip()]
    return HEADING_PX.get(tag)


def _is_bold(weight: str) -> bool:
    weight = weight.strip().lower()
    return weight in ("bold", "bolder") or (weight.isdigit() and int(weight) >= 700)
