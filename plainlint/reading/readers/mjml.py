"""MJML e-mails (`.mjml`) read as the HTML MJML renders them (trial14).

MJML's tags are not HTML's, so each `<mj-*>` tag name is replaced, in the masked text and padded
with spaces to the same length, by the HTML element it renders: `mj-text` a block of HTML prose,
`mj-button` and `mj-navbar-link` a link (`href` kept, the content is the link text), `mj-image`
and `mj-carousel-image` an image (`alt`, `title`, `src` kept), `mj-preview` the inbox preview text
(prose), `mj-title` the title. Styling and set-up elements (`mj-style`, `mj-attributes` and its
children, `mj-font`, `mj-breakpoint`, `mj-include`, `mj-html-attributes`) are never prose: they
become a skipped element. Attributes are kept as written; the HTML reader reads only `alt` and
`title`. Same length, so every position is a source position (template tags are masked before).
"""

from __future__ import annotations

import re

# An MJML start or end tag's name: `<mjml`, `<mj-text`, `</mj-button`.
_MJML_TAG = re.compile(r"(</?)(mj(?:ml|-[a-z-]+))(?=[\s/>])", re.I)
RENDERED = {
    "mjml": "html", "mj-head": "div", "mj-body": "body", "mj-title": "title", "mj-preview": "p",
    "mj-text": "div", "mj-button": "a", "mj-navbar-link": "a", "mj-social-element": "a",
    "mj-image": "img", "mj-carousel-image": "img", "mj-table": "table", "mj-raw": "div",
    "mj-hero": "div", "mj-section": "div", "mj-column": "div", "mj-wrapper": "div", "mj-group": "div",
    "mj-divider": "hr", "mj-spacer": "br",
}
# Never prose: styles, defaults and fonts for the renderer, and includes of other files.
NOT_PROSE = ("mj-style", "mj-attributes", "mj-font", "mj-breakpoint", "mj-include",
             "mj-html-attributes", "mj-all", "mj-class")
# An element the HTML reader skips with its content (html.SKIPPED), short enough for `<mj-all`.
_SKIPPED = "svg"
IMAGE_TAGS = ("mj-image", "mj-carousel-image")


def rendered_tag(name: str) -> str:
    """The HTML element an MJML element renders (a block for any other `mj-*`)."""
    lowered = name.lower()
    if lowered in NOT_PROSE:
        return _SKIPPED
    return RENDERED.get(lowered, "div")


def as_html(masked: str) -> str:
    """`masked` with every MJML tag name replaced by its HTML element's, padded to the same length."""
    def rename(match: re.Match) -> str:
        name = match.group(2)
        html_name = rendered_tag(name)
        return match.group(1) + html_name + " " * (len(name) - len(html_name))
    return _MJML_TAG.sub(rename, masked)


def mjml_tag(source_text: str, start: int) -> str | None:
    """The MJML element name of the tag at `start` (an element's start), or None for an HTML tag."""
    match = _MJML_TAG.match(source_text, start)
    return match.group(2).lower() if match else None
