"""Foundation for Emails' Inky templates (`.inky`, `.html.inky`: ERB inside, inky-rb's form)
read as the HTML Inky renders them (trial16).

Inky's tags are not HTML's: `<button href>` and a menu's `<item href>` render a link (`<a href>`
inside tables), so the link rules must judge them, and `<container>`, `<row>`, `<columns>`,
`<callout>`, `<wrapper>`, `<spacer>`, `<block-grid>` render layout tables. Each such tag name is
replaced, in the masked text and padded with spaces to the same length, by the HTML element it
stands for, as readers/mjml.py does for MJML; attributes are kept. Only files named `.inky` are
read this way, so a `<button>` in any other HTML keeps its meaning. Same length, so every
position is a source position (template tags are masked before).
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

SUFFIX = ".inky"
# The link-rendering elements, and the layout elements that render a block.
RENDERED = {"button": "a", "item": "a", "h-line": "hr"}
LAYOUT = ("container", "row", "columns", "column", "callout", "wrapper", "spacer", "block-grid", "menu")
_INKY_TAG = re.compile(r"(</?)(%s)(?=[\s/>])" % "|".join(sorted({*RENDERED, *LAYOUT}, key=len, reverse=True)),
                       re.I)


def is_inky(path: str) -> bool:
    """A file inky-rb renders: `welcome.html.inky` or a bare `welcome.inky`."""
    return PurePosixPath(path.replace("\\", "/")).name.lower().endswith(SUFFIX)


def as_html(masked: str) -> str:
    """`masked` with every Inky tag name replaced by its HTML element's, padded to the same length."""
    def rename(match: re.Match) -> str:
        name = match.group(2)
        html_name = RENDERED.get(name.lower(), "div")
        return match.group(1) + html_name + " " * (len(name) - len(html_name))
    return _INKY_TAG.sub(rename, masked)
