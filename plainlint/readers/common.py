"""Pieces every reader shares: front matter, language from file names, URL masking."""

from __future__ import annotations

import re

from ..offsets import Segment, mask_spans

FRONT_MATTER = re.compile(r"\A(---|\+\+\+)[ \t]*\r?\n(.*?)(?:^|\n)(---|\.\.\.|\+\+\+)[ \t]*(?:\r?\n|\Z)", re.DOTALL)

URL_OR_EMAIL = re.compile(
    r"(?:\b(?:https?|ftp|mailto|file)://|\bwww\.)[^\s<>\"'`]*[^\s<>\"'`.,;:!?)\]]"
    r"|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b"
)

_REGION_LOCALE = re.compile(r"(?:^|[-_.])([a-z]{2,3})[-_]([A-Z]{2}|Han[st])$")
_BARE_LOCALE = re.compile(r"[_.]([a-z]{2})$")
LANGUAGE_CODES = set(
    "ar bg bn ca cs da de el es et eu fa fi fr ga gl he hi hr hu hy id is it ja ka kk ko lt lv mk "
    "ms mt nb nl nn no pl pt ro ru sk sl sq sr sv sw ta th tr uk ur uz vi zh".split()
)


def front_matter_span(text: str) -> tuple[int, int, str, int] | None:
    """(start, end, body, where the body starts) of YAML (---) or TOML (+++) front matter at the
    top of a file."""
    match = FRONT_MATTER.match(text)
    if not match or (match.group(1) == "+++") != (match.group(3) == "+++"):
        return None
    return 0, match.end(), match.group(2), match.start(2)


def language_from_filename(stem: str) -> str | None:
    """Locale in a file name: `guide-fr-FR`, `faq_pt_BR`, `help_de`, `page.ja` (not English)."""
    match = _REGION_LOCALE.search(stem)
    if match and match.group(1) in LANGUAGE_CODES | {"en"}:
        return f"{match.group(1)}-{match.group(2)}"
    match = _BARE_LOCALE.search(stem)
    if match and match.group(1) in LANGUAGE_CODES:
        return match.group(1)
    return None


def language_from_front_matter(body: str) -> str | None:
    match = re.search(r"^(?:lang|language|locale)\s*[:=]\s*[\"']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)?)", body, re.M)
    return match.group(1) if match else None


def mask_urls(segment: Segment) -> Segment:
    if "@" not in segment.text and "://" not in segment.text and "www." not in segment.text:
        return segment
    spans = [m.span() for m in URL_OR_EMAIL.finditer(segment.text)]
    return mask_spans(segment, spans)


def blank_out(text: str, start: int, end: int) -> str:
    """Replace text[start:end] with spaces, keeping line breaks (offsets stay put)."""
    return text[:start] + re.sub(r"[^\r\n]", " ", text[start:end]) + text[end:]


def normalise_newlines(text: str) -> str:
    """CRLF -> ' \\n' and lone CR -> LF: same length, so parser offsets equal source offsets."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", " \n").replace("\r", "\n")
