"""alt-text-missing (PL401): images with no text alternative, and frames with no title."""

from __future__ import annotations

import re

from ..reading.spans import ByStart
from .base import Hit, Rule, html_attrs
from ..enums import Category
from .alt_text import is_decorative
from ..reading.readers.mjml import mjml_tag


class AltTextMissing(Rule):
    code = "PL401"
    name = "alt-text-missing"
    category = Category.ALT_TEXT
    english_only = False
    summary = "Images with no text alternative, and frames with no title"
    rationale = (
        "A screen reader announces an image without alt text by its file name ('image underscore "
        "final two dot png') or skips it, so a blind customer misses the step the screenshot shows. "
        "Describe what the image shows that the text does not. An image that is pure decoration "
        "gets alt=\"\" in HTML (or role=\"presentation\"), which tells assistive technology to skip it; "
        "Markdown has no such marker, so an empty Markdown alt is flagged. A picture in a <figure> is "
        "content, not decoration: alt=\"\" there, with an empty caption, leaves it unnamed (GitBook writes "
        "every image it is not given a description for that way). An HTML <iframe> needs a title (or an "
        "aria-label) for the same reason: a screen reader announces it as 'frame' and nothing says what it "
        "holds, a video, a map or a live chart (WCAG 2.x technique H64, success criterion 4.1.2); a frame "
        "hidden from assistive technology or from sight (a tag manager's noscript frame) is not flagged."
    )
    bad = (
        "![](settings-page.png)\n",
        "<p><img src=\"settings.png\"></p>\n",
    )
    good = (
        "![The Settings page with the Export button highlighted](settings-page.png)\n",
        "<p><img src=\"divider.png\" alt=\"\"></p>\n",
    )
    example_format = "markdown"

    def check(self, doc, options):
        linked_images = _images_alone_in_links(doc)
        uncaptioned = _images_in_uncaptioned_figures(doc)
        for element in doc.elements:
            if element.kind == "iframe" and untitled_frame(element):
                yield Hit(element.start, element.end, (
                    "Frame has no title: a screen reader announces it as 'frame' with nothing to say what "
                    "it holds. Add a title that names its content (title=\"Live usage statistics\")"))
            if element.kind != "image" or is_decorative(element):
                continue
            alt = element.alt
            syntax = element.syntax
            if alt is None and mjml_tag(doc.source.text, element.start):
                yield Hit(element.start, element.end, _mjml_message(element))
            elif alt is None:
                yield Hit(element.start, element.end, (
                    "Image has no alt text: a screen reader reads out its file name or skips it. "
                    "Add alt text that says what the image shows (alt=\"\" only for decoration)"))
            elif not alt.strip() and (syntax in ("markdown", "docfx") or id(element) in linked_images
                                      or _linked_mjml_image(doc, element) or id(element) in uncaptioned):
                linked = id(element) in linked_images or _linked_mjml_image(doc, element)
                where = ("is a link's only content, so the link has no name" if linked
                         else "is empty in a figure with no caption text (a figure is content, not decoration)"
                         if id(element) in uncaptioned else "is empty, and Markdown cannot mark an image as decorative")
                yield Hit(element.start, element.end, (
                    f"Image alt text {where}: a screen-reader user hears nothing useful. "
                    "Describe what the image shows"))


def _linked_mjml_image(doc, element) -> bool:
    """An `mj-image` with `href`: MJML renders it as the only content of a link (`<a href><img></a>`),
    so an explicit alt="" leaves the link with no name, as in HTML (left22; trial14 left it)."""
    return bool(element.html.get("href")) and mjml_tag(doc.source.text, element.start) is not None


def _mjml_message(element) -> str:
    """An MJML image with no `alt`: MJML renders alt="", so the image is hidden from screen readers
    (and a linked one, `href`, leaves its link with no name) rather than read out by file name."""
    if element.html.get("href"):
        return ("MJML image has no alt: MJML renders alt=\"\", so this linked image leaves its link with "
                "no name for a screen-reader user. Add alt text that says where the link goes")
    return ("MJML image has no alt: MJML renders alt=\"\", so screen readers skip it. If it carries "
            "meaning (a logo, a chart, a photo), add alt text; write alt=\"\" yourself for decoration")


def _images_alone_in_links(doc) -> set[int]:
    """HTML images with alt="" that are the only content of a link.

    Images are sorted by start once and each empty link bisects into them, so the cost is
    (links + images) x log(images), not links x elements: a page of section anchors
    (`<a name="x"></a>`) has thousands of empty links.
    """
    images = ByStart(e for e in doc.elements if e.kind == "image")
    out = set()
    for link in doc.elements:
        if link.kind != "link" or link.syntax != "html" or link.text.strip():
            continue
        for image in images.between(link.start, link.end_of_content - 1):
            out.add(id(image))
    return out


def _images_in_uncaptioned_figures(doc) -> set[int]:
    """HTML images whose parent is a <figure> with no caption text. A figure is content the text
    refers to (HTML's figure element), so its picture is no decoration; alt="" with an empty
    <figcaption> is how GitBook writes every image it was given no description for (trial9: 134 in
    three GitBook help sites, screenshots nearly all)."""
    captioned = set()
    for element in doc.elements:
        if element.tag == "figcaption" and element.parent is not None and element.parent.tag == "figure":
            inner = doc.source.text[element.end:element.end_of_content]
            if _TAG.sub("", inner).strip():
                captioned.add(id(element.parent))
    return {id(e) for e in doc.elements
            if e.kind == "image" and e.syntax == "html" and e.parent is not None and e.parent.tag == "figure"
            and id(e.parent) not in captioned}


_TAG = re.compile(r"<[^>]*>|&#x20;|&nbsp;")


_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def untitled_frame(element) -> bool:
    """An HTML <iframe> with no title and no aria-label(ledby) that a reader can reach: not hidden
    from assistive technology (aria-hidden, role=presentation, `hidden`) nor from sight (zero size,
    display:none: a tag manager's noscript frame)."""
    attrs = html_attrs(element)
    if element.syntax != "html" or is_decorative(element) or "hidden" in attrs \
            or not (attrs.get("src", "").strip() or attrs.get("srcdoc", "").strip()):  # an empty '<iframe />' shows nothing
        return False
    if any(attrs.get(name, "").strip() for name in ("title", "aria-label", "aria-labelledby")):
        return False
    zero_size = attrs.get("width", "").strip() in ("0", "0px") or attrs.get("height", "").strip() in ("0", "0px")
    return not zero_size and _HIDDEN_STYLE.search(attrs.get("style", "")) is None
