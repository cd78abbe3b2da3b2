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
