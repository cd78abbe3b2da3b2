"""alt-text-unhelpful (PL402): alt text that names the kind of picture, a file name, or repeats the caption."""

from __future__ import annotations

import re

from ..reading.spans import ByStart
from .base import Hit, Option, Rule
from ..enums import Category, Scope
from .alt_text import data, file_stem, image_span, looks_like_file_name, normalise


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
    options = {"max-length": Option(150, "longest acceptable alt text, in characters", minimum=1)}

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
