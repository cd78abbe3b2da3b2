"""alt-text-missing and alt-text-unhelpful: images a screen-reader user cannot perceive."""

from __future__ import annotations

import functools
import re
from pathlib import PurePosixPath

from ..spans import ByStart
from ..wordlists import load_ruleset_file
from .base import Hit, Option, Rule, html_attrs
from ..enums import Category, Scope


@functools.lru_cache(maxsize=1)
def data() -> dict:
    raw = load_ruleset_file("accessibility")
    return {key: [str(v).lower() for v in values] for key, values in raw.items()}


def is_decorative(element) -> bool:
    """An image marked as decoration, or a 1x1 tracking pixel, needs no description."""
    attrs = html_attrs(element)
    if attrs.get("role", "").lower() in ("presentation", "none") or attrs.get("aria-hidden", "").lower() == "true":
        return True
    return attrs.get("width", "").strip() in ("0", "1") and attrs.get("height", "").strip() in ("0", "1")


def image_span(element) -> tuple[int, int]:
    if element.alt_start is not None and element.alt:
        return element.alt_start, element.alt_end
    return element.start, element.end


def file_stem(src: str) -> str:
    name = PurePosixPath(src.split("?")[0].split("#")[0]).name
    return name.rsplit(".", 1)[0] if "." in name else name


_FILE_NAME_MARKS = re.compile(r"_|\d|^[a-z]{2,}[A-Z][a-z]")


def looks_like_file_name(text: str) -> bool:
    """One token with a file name's marks: an underscore, a digit or lower camelCase
    ('IMG_1234', 'banner-2x', 'exportDialog'). A brand word that happens to be the file stem
    ('Instagram' for instagram.png) is good alt text for a logo or icon."""
    return not any(ch.isspace() for ch in text) and _FILE_NAME_MARKS.search(text) is not None


def normalise(text: str) -> str:
    return " ".join(re.sub(r"[_\-.]+", " ", text.lower()).split())


class AltTextMissing(Rule):
    code = "PL401"
    name = "alt-text-missing"
    category = Category.ALT_TEXT
    english_only = False
    summary = "Images with no text alternative"
    rationale = (
        "A screen reader announces an image without alt text by its file name ('image underscore "
        "final two dot png') or skips it, so a blind customer misses the step the screenshot shows. "
        "Describe what the image shows that the text does not. An image that is pure decoration "
        "gets alt=\"\" in HTML (or role=\"presentation\"), which tells assistive technology to skip it; "
        "Markdown has no such marker, so an empty Markdown alt is flagged."
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
        for element in doc.elements:
            if element.kind != "image" or is_decorative(element):
                continue
            alt = element.alt
            syntax = element.syntax
            if alt is None:
                yield Hit(element.start, element.end, (
                    "Image has no alt text: a screen reader reads out its file name or skips it. "
                    "Add alt text that says what the image shows (alt=\"\" only for decoration)"))
            elif not alt.strip() and (syntax in ("markdown", "docfx") or id(element) in linked_images):
                where = "is a link's only content, so the link has no name" if id(element) in linked_images \
                    else "is empty, and Markdown cannot mark an image as decorative"
                yield Hit(element.start, element.end, (
                    f"Image alt text {where}: a screen-reader user hears nothing useful. "
                    "Describe what the image shows"))


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


class AltTextUnhelpful(Rule):
    code = "PL402"
    name = "alt-text-unhelpful"
    category = Category.ALT_TEXT
    english_only = False
    summary = "Alt text that is a file name, a generic word, redundant or too long"
    rationale = (
        "Alt text is read aloud in place of the image. 'screenshot', 'image1.png' or 'Picture of the "
        "settings page' waste the listener's time (the screen reader already says 'image') and say "
        "nothing about what matters in the picture. Very long alt text cannot be skimmed or "
        "re-read; put long descriptions in the body text. Alt text that repeats the caption next to "
        "the image makes the listener hear the same words twice."
    )
    bad = (
        "![screenshot](export.png)\n",
        "![export-dialog.png](export-dialog.png)\n",
        "![Picture of the export dialog](export.png)\n",
    )
    good = ("![The Export dialog with CSV selected](export.png)\n",)
    options = {"max-length": Option(150, "longest acceptable alt text, in characters")}

    def check(self, doc, options):
        words = data()
        generic = set(words["generic_alt"])
        extensions = "|".join(words["image_extensions"])
        file_like = re.compile(rf"^\S+\.({extensions})$", re.I)
        captions = _captions(doc)
        for element in doc.elements:
            if element.kind != "image":
                continue
            alt = element.alt
            if not alt or not alt.strip():
                continue
            text = " ".join(alt.split())
            lowered = normalise(text)
            start, end = image_span(element)
            stem = normalise(file_stem(element.src))
            if file_like.match(text) or (stem and lowered == stem and looks_like_file_name(text)):
                yield Hit(start, end, f"Alt text '{text}' is the file name: a screen-reader user hears "
                                      "the name, not the picture. Describe what the image shows")
            elif lowered in generic:
                yield Hit(start, end, f"Alt text '{text}' only says what kind of picture this is: "
                                      "describe what it shows (for example the setting or button it points at)")
            elif any(lowered.startswith(prefix + " ") for prefix in words["redundant_prefixes"]):
                yield Hit(start, end, f"Alt text starts with '{_prefix(lowered, words)}': screen readers "
                                      "already say 'image'. Start with what it shows")
            elif len(text) > options["max-length"]:
                yield Hit(start, end, f"Alt text is {len(text)} characters (limit {options['max-length']}): "
                                      "keep it to what the image adds, put long descriptions in the text")
            elif captions.get(id(element)) and normalise(captions[id(element)]) == lowered:
                yield Hit(start, end, "Alt text repeats the caption next to the image: a screen-reader "
                                      "user hears it twice. Use alt=\"\" or describe something the caption does not")


def _prefix(lowered: str, words: dict) -> str:
    return next(p for p in words["redundant_prefixes"] if lowered.startswith(p + " "))


def _captions(doc) -> dict[int, str]:
    """Image -> its caption: the <figcaption> of its <figure>. A title (the HTML attribute or a
    Markdown image title) is a tooltip, not a caption shown next to the image (issue 26: an alt
    that matches it was a false alarm 6 times in 7 on the labelled sample)."""
    images = [e for e in doc.elements if e.kind == "image"]
    out = {}
    captions = ByStart([s for s in doc.segments if s.scope == Scope.CAPTION and s.map.pieces],
                       lambda segment: segment.map.pieces[0].src_start)
    by_start = ByStart(images)
    for figure in (e for e in doc.elements if e.tag == "figure"):
        inside = captions.between(figure.start, figure.end_of_content - 1)
        if not inside:
            continue
        for image in by_start.between(figure.start, figure.end_of_content - 1):
            out[id(image)] = inside[0].text
    return out
