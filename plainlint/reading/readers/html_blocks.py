"""An HTML block of a Markdown or MDX page: raw HTML to Markdown, but authors write Markdown links
in its cells, and in MDX the block is a JSX element whose content MDX reads as Markdown."""

from __future__ import annotations

import re

from ..document import Document
from ..offsets import CONTROL_MASK
from .html import read_html


# A Markdown code span (CommonMark: a run of backticks, closed by a run of the same length, on
# one line here).
_CODE_SPAN = re.compile(r"(?<!`)(`+)(?!`)[^\n]*?(?<!`)\1(?!`)")


# Markdown link syntax written inside an HTML block of a Markdown page: `[text](destination)`, the
# `)` sometimes forgotten (then the destination ends at white space or markup); one level of
# parentheses inside the destination, as CommonMark allows.
_MARKDOWN_LINK = re.compile(r"\[([^\[\]\n]+)\]\((?:[^\s()<]|\([^\s()<]*\))*(?:\)|(?=[\s<])|$)")


def read_html_block_of_markdown(masked: str, doc: Document, start: int, end: int) -> None:
    """An HTML block of a Markdown page (a `<table>` of modules, say). Markdown leaves an HTML
    block raw, but authors still write Markdown links in its cells; the destination (a URL, a
    `{{root_url}}/...` path) is not words the reader reads, so such a link reads as its text
    (issue 26: a cell's grade came from a link's path counted as words). In MDX the block is a
    JSX element whose content MDX reads as Markdown, so a `code` span in it is code, one
    placeholder (trial6: Mintlify's `<ParamField path="..." required>` with `DOMAIN` in it)."""
    code = [m.span() for m in _CODE_SPAN.finditer(masked, start, end)] if doc.format == "mdx" else None
    read_html(markdown_links_as_text(masked, start, end), doc, start, end, code)


def markdown_links_as_text(masked: str, start: int, end: int) -> str:
    """`masked` with the brackets and destination of each Markdown link in [start, end) made
    vanishing masks (same length: offsets hold)."""
    links = list(_MARKDOWN_LINK.finditer(masked, start, end))
    if not links:
        return masked
    pieces, pos = [], start
    for link in links:
        pieces += [masked[pos:link.start()], CONTROL_MASK, link.group(1),
                   CONTROL_MASK * (link.end() - link.end(1))]
        pos = link.end()
    return masked[:start] + "".join(pieces) + masked[pos:]
