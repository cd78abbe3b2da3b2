"""alt-text-unhelpful (PL402): alt text that names the kind of picture, a file name, or repeats the caption."""

from __future__ import annotations

import re
from urllib.parse import unquote

from ..reading.offsets import CONTROL_MASK, OUTPUT_MASK, as_read
from ..reading.spans import ByStart
from .base import Hit, Option, Rule
from ..enums import Category, Scope
from .alt_text import data, file_stem, image_span, looks_like_file_name, looks_like_slug, normalise


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
        "the image makes the listener hear the same words twice. Two different images with the same "
        "alt text in one document (issue 29) sound identical: the listener cannot tell that the second "
        "shows something else (the same picture shown twice, or its light and dark variants, is fine; "
        "an image whose source is only a template tag or variable names no file and is not compared)."
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
        first_image_with_alt: dict[tuple, str] = {}
        for element in doc.elements:
            if element.kind != "image":
                continue
            alt = element.alt
            if not alt or not alt.strip():
                continue
            text = " ".join(alt.split())
            quoted = as_read(text)  # a template tag's mask read as a segment reads it (user38)
            lowered = normalise(text)
            start, end = image_span(element)
            stem = normalise(file_stem(element.src))
            if file_like.match(text) or (stem and lowered == stem and looks_like_file_name(text)):
                message = (f"Alt text '{quoted}' is the file name: a screen-reader user hears "
                           "the name, not the picture. Describe what the image shows")
            elif looks_like_slug(text, stem):
                message = (f"Alt text '{quoted}' reads like a file name or an identifier (words joined by "
                           "hyphens): a screen-reader user hears a label, not the picture. Describe what it shows")
            elif lowered in generic:
                message = (f"Alt text '{quoted}' only says what kind of picture this is: "
                           "describe what it shows (for example the setting or button it points at)")
            elif any(lowered.startswith(prefix + " ") for prefix in words["redundant_prefixes"]):
                message = (f"Alt text starts with '{_prefix(lowered, words)}': screen readers "
                           "already say 'image'. Start with what it shows")
            elif len(text) > options["max-length"]:
                message = (f"Alt text is {len(text)} characters (limit {options['max-length']}): "
                           "keep it to what the image adds, put long descriptions in the text")
            elif captions.get(id(element)) and normalise(captions[id(element)]) == lowered:
                message = ("Alt text repeats the caption next to the image: a screen-reader "
                           "user hears it twice. Use alt=\"\" or describe something the caption does not")
            else:
                message = _shared_alt_message(doc, element, quoted, lowered, first_image_with_alt)
            if message:
                yield Hit(start, end, message)


def _shared_alt_message(doc, element, text: str, lowered: str, first_image_with_alt: dict[tuple, str]) -> str | None:
    """A message when another picture in the same reply (and the same tab panel: trial12, one
    screenshot per OS in a set of tabs) had this alt text first (issue 29); records this picture as
    the first with it otherwise."""
    picture = image_identity(element.src)
    if not picture:
        return None  # no file named: nothing says this picture differs from another
    key = (_reply_of(doc, element), doc.tab_panel_at(element.start), lowered)
    first = first_image_with_alt.setdefault(key, picture)
    if first != picture:
        return (f"Alt text '{text}' is also the alt text of a different image in this "
                "document: a screen-reader user hears the same words for two pictures. "
                "Say what this one shows that the other does not")
    return None


# Variants of one picture: a theme ('-dark', '_light'), a density ('@2x', '-2x'), a size suffix.
_VARIANT = re.compile(r"(?:[-_.@](?:dark|light|dm|lm|night|day|retina|hires|hi-res|\d+x|small|large|thumb|mobile|desktop))+$")


# A copy's number: GitBook keeps a picture uploaded again as 'name (1).png' (and 'name (1) (2).png'
# after that), as browsers and file managers name a second download of one file (trial9: one icon
# as 'options_light.svg' and 'options_light (1).svg' in one GitBook page, labelled FP).
_COPY_NUMBER = re.compile(r"(?:\s*\(\d{1,3}\))+$")


# A source that is only a template tag or a JSX expression (`src={logoUrl}`, `{{ logo_url }}`; the
# reader masks them): it names no file, so it can be any picture (check27: a brand's logo as
# `src={logoLightUrl}` in an e-mail's header and as its file in the footer, one alt text, 2 FP).
_ONLY_A_TAG = re.compile(rf"[\s{OUTPUT_MASK}{CONTROL_MASK}]*")


def image_identity(src: str) -> str:
    """Which picture an image shows, for telling two images apart: the file stem without its
    folder, query, fragment, a copy's number or a variant suffix (theme, density, size), lower
    case. '' when there is no source or it is only a template tag."""
    if _ONLY_A_TAG.fullmatch(src or ""):
        return ""
    stem = _COPY_NUMBER.sub("", unquote(file_stem(src or "")).lower()) or file_stem(src or "").lower()
    return _VARIANT.sub("", stem) or stem


def _reply_of(doc, element) -> int:
    """The reply of a macro export the image is in (each reply is read on its own), else 0."""
    for index, span in enumerate(doc.macro_spans):
        if span.start <= element.start < span.end:
            return index + 1
    return 0


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
