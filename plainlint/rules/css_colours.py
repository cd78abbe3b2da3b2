"""CSS colours and sizes as the contrast rule (PL409) reads them: colour values (hex, rgb(), names),
WCAG relative luminance and contrast ratio, inline style declarations, backgrounds and font
sizes in pixels."""

from __future__ import annotations

import functools
import re

from ..linting.ruleset_data import load_ruleset_file


UNKNOWN = "unknown"
WHITE = (255, 255, 255)
BLACK = (0, 0, 0)
LINK_BLUE = (0, 0, 238)
DEFAULT_FONT_PX = 16.0  # browsers' default font size: what 1em, 1rem and 100% are
# WCAG "large text", which needs only 3:1: 18pt, or 14pt bold (1pt = 4/3 px).
LARGE_TEXT_PX = 24.0
LARGE_BOLD_TEXT_PX = 18.66
HEADING_PX = {"h1": 32.0, "h2": 24.0, "h3": 18.72, "h4": 16.0, "h5": 13.28, "h6": 10.72}
BOLD_TAGS = {"b", "strong", "th", "h1", "h2", "h3", "h4", "h5", "h6"}
FONT_SIZE_ATTR = {"1": 10.0, "2": 13.0, "3": 16.0, "4": 18.0, "5": 24.0, "6": 32.0, "7": 48.0}
KEYWORD_PX = {"xx-small": 9.0, "x-small": 10.0, "small": 13.0, "medium": 16.0, "large": 18.0,
              "x-large": 24.0, "xx-large": 32.0, "xxx-large": 48.0}
# A <style> element or an external sheet (<link rel="stylesheet">): either may set colours.
STYLE_SHEET = re.compile(r"""<style[\s>]|<link\b[^>]*\brel\s*=\s*["']?[^"'>]*\bstylesheet\b""", re.I)
# <big> and <small> set font-size: larger / smaller, one step (1.2x) up or down from the parent.
RELATIVE_SIZE = {"big": 1.2, "small": 1 / 1.2}
VOID = {"img", "br", "hr", "input", "meta", "link", "source", "track", "embed", "area", "col", "wbr", "base", "param"}


@functools.lru_cache(maxsize=1)
def named_colours() -> dict[str, str]:
    return load_ruleset_file("colours")["named_colours"]


def relative_luminance(rgb: tuple[int, int, int]) -> float:
    """WCAG 2.x relative luminance of an sRGB colour (0 for black, 1 for white)."""
    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(first, second) -> float:
    """(L1 + 0.05) / (L2 + 0.05), lighter over darker: from 1 (same) to 21 (black on white)."""
    a, b = relative_luminance(first), relative_luminance(second)
    lighter, darker = max(a, b), min(a, b)
    return (lighter + 0.05) / (darker + 0.05)


_HEX = re.compile(r"^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$")
_RGB = re.compile(r"^rgba?\(\s*([^)]*)\)$")


def parse_colour(value: str):
    """An (r, g, b) tuple, None for 'no colour here' (transparent, inherit), UNKNOWN otherwise."""
    value = value.strip().lower().replace("!important", "").strip()
    if value in ("transparent", "inherit", "initial", "unset", "none", ""):
        return None
    if value in named_colours():
        value = named_colours()[value]
    hex_match = _HEX.match(value)
    if hex_match:
        digits = hex_match.group(1)
        if len(digits) in (3, 4):
            digits = "".join(c * 2 for c in digits)
        if len(digits) == 8 and digits[6:] != "ff":
            return UNKNOWN  # translucent: the colour depends on what is behind it
        return tuple(int(digits[i:i + 2], 16) for i in (0, 2, 4))
    rgb_match = _RGB.match(value)
    if rgb_match:
        return _parse_rgb(rgb_match.group(1))
    return UNKNOWN


def _parse_rgb(body: str):
    parts = [p for p in re.split(r"[\s,/]+", body.strip()) if p]
    if len(parts) not in (3, 4):
        return UNKNOWN
    if len(parts) == 4:
        alpha = parts[3]
        alpha_value = float(alpha[:-1]) / 100 if alpha.endswith("%") else _float(alpha)
        if alpha_value is None or alpha_value < 1:
            return UNKNOWN
    out = []
    for part in parts[:3]:
        number = _float(part[:-1]) * 2.55 if part.endswith("%") and _float(part[:-1]) is not None else _float(part)
        if number is None:
            return UNKNOWN
        out.append(max(0, min(255, round(number))))
    return tuple(out)


def _float(text: str):
    try:
        return float(text)
    except ValueError:
        return None


def parse_style(style: str) -> dict[str, str]:
    out = {}
    for declaration in style.split(";"):
        if ":" in declaration:
            name, value = declaration.split(":", 1)
            out[name.strip().lower()] = value.strip()
    return out


def background_of(style: dict[str, str], attrs: dict):
    """The background an element sets: a colour, None (sets none) or UNKNOWN (an image)."""
    if "background-image" in style and "none" not in style["background-image"].lower():
        return UNKNOWN
    if "background-color" in style:
        colour = parse_colour(style["background-color"])
        if colour is not None:
            return colour
    if "background" in style:
        value = style["background"].lower()
        if "url(" in value or "gradient(" in value:
            return UNKNOWN
        for token in re.findall(r"rgba?\([^)]*\)|#[0-9a-f]+|[a-z]+", value):
            colour = parse_colour(token)
            if colour not in (None, UNKNOWN):
                return colour
        if value.strip() not in ("none", "transparent", "inherit", "initial", "unset"):
            return UNKNOWN
    if attrs.get("bgcolor"):
        return parse_colour(attrs["bgcolor"])
    if attrs.get("background"):
        return UNKNOWN
    return None


def font_px(value: str):
    value = value.strip().lower().replace("!important", "").strip()
    if value in KEYWORD_PX:
        return KEYWORD_PX[value]
    match = re.match(r"^([0-9.]+)\s*(px|pt|em|rem|%)?$", value)
    if not match or _float(match.group(1)) is None:
        return None
    number, unit = float(match.group(1)), match.group(2) or "px"
    return {"px": number, "pt": number * 4 / 3, "em": number * DEFAULT_FONT_PX, "rem": number * DEFAULT_FONT_PX,
            "%": number * DEFAULT_FONT_PX / 100}[unit]
