"""What the alt-text rules share: their data, decorative images, file names as alt text."""

from __future__ import annotations

import functools
import re
from pathlib import PurePosixPath

from ..linting.ruleset_data import load_ruleset_file
from .base import html_attrs


@functools.lru_cache(maxsize=1)
def data() -> dict:
    raw = load_ruleset_file("accessibility")
    return {key: [str(v).lower() for v in values] for key, values in raw.items()}


def is_decorative(element) -> bool:
    """An image marked as decoration, or a 1x1 tracking pixel, needs no description."""
    if element.decorative:
        return True
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


_SLUG_TOKEN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)+")
_LOWER_TOKEN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def looks_like_slug(text: str, stem: str) -> bool:
    """An identifier in place of a description: lower-case words joined by hyphens, as file
    names, CSS classes and widget ids are written ('media-server-streams'; Homarr's 'stock-price
    apple' and 'dns-hole-controls small-size', left21). Writers for people put spaces between
    words. One token of three words or more, or of two that is the image's file stem
    ('play-button' for play-button.png); several lower-case tokens when one of them joins three
    words or more. Two words alone ('sign-in', 'e-mail', 'add-on') are left: a compound."""
    tokens = text.split()
    if not tokens or not all(_LOWER_TOKEN.fullmatch(token) for token in tokens):
        return False
    long_slug = any(_SLUG_TOKEN.fullmatch(token) and token.count("-") >= 2 for token in tokens)
    if len(tokens) > 1:
        return long_slug
    return long_slug or (_SLUG_TOKEN.fullmatch(text) is not None and normalise(text) == stem)


def normalise(text: str) -> str:
    return " ".join(re.sub(r"[_\-.]+", " ", text.lower()).split())
