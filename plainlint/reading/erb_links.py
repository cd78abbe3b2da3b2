"""Rails' `<%= link_to "Text", url %>` in an HTML `.erb` template, read as the link it renders.

An ERB output tag is masked whole (templates.mask), so a link written with Rails' helper had no
text for link-text while the same link written as `<a href="<%= url %>">here</a>` had (user37, D7:
Rails mailers use `link_to` everywhere). Where the link's text is a string literal, the tag's mask
is rewritten here, same length, as the HTML the helper renders: `<a` and spaces up to the literal's
opening quote (a `>` there), the literal's characters as they are (an escape's backslash vanishes,
translation_strings.escapes_read), `</a>`, and the rest of the tag a control mask, which vanishes.
So the literal is the link's text at its exact place in the file, and nothing else in the tag is read.

The helpers and where their text stands: `link_to "Text", url` and `link_to_unless_current "Text",
url` (the first argument), `link_to_if cond, "Text", url` and `link_to_unless cond, "Text", url`
(the second; with the condition false or true, they print the text alone, still the same words).
Not read: a literal with `#{...}` (its words are known when the page is rendered, and a quote inside
the interpolation would end the literal early), a block form (`link_to url do %>...<% end %>`: the
first argument is the address), a literal holding `<` or `>` (markup, escaped by Rails), and a call
with no address after the text. The link's address is the second argument: a literal URL as
written; any other expression as the ERB tag `<%=expression%>` would stand in an `href`
(link_text._with_its_tags reads a masked `href` back the same way), so `link_to "Help", help_path`
and `<a href="<%= help_path %>">Help</a>` name one destination.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from .call_arguments import argument_end
from .offsets import CONTROL_MASK
from .translation_strings import escapes_read, masked_keeping_lines

_LITERAL = r"""(?:"(?:[^"\\\r\n#<>]|\\[^\r\n]|#(?!\{))+"|'(?:[^'\\\r\n<>]|\\[^\r\n])+')"""
_CONDITION = r"""[^,"'%<>]{1,200}?,\s*"""  # `link_to_if`'s first argument: a plain expression
_CALL = re.compile(
    r"<%[=-]\s*(?:(?:link_to|link_to_unless_current)\b\s*\(?\s*|(?:link_to_if|link_to_unless)\b\s*\(?\s*" + _CONDITION
    + r")(?P<text>" + _LITERAL + r")\s*,\s*(?P<rest>.*?)\s*-?%>\Z", re.DOTALL)
_BLOCK = re.compile(r"\bdo\s*(?:\|[^|]*\|\s*)?-?%>\Z")
_URL_LITERAL = re.compile(r"""(?:"([^"\\#]*)"|'([^'\\]*)')(?=\s*(?:[,)]|$|\s(?:if|unless)\b))""")
_END_TAG = "</a>"


def link_call(tag_text: str) -> re.Match | None:
    """The helper call of an ERB output tag when its link text is a plain string literal."""
    if not tag_text.startswith(("<%=", "<%-")) or "link_to" not in tag_text or _BLOCK.search(tag_text):
        return None
    return _CALL.match(tag_text)


def links_as_html(masked: str, tags) -> tuple[str, dict[int, str]]:
    """`masked` with each `link_to "Text", url` tag's mask rewritten as an <a> element around its
    text (same length, line breaks kept), and each such link's address by the tag's start."""
    hrefs: dict[int, str] = {}
    pieces, pos = [], 0
    for tag in tags:
        found = link_call(tag.text) if tag.kind == "output" else None
        html = _as_html(tag.text, found) if found is not None else None
        if html is None:
            continue
        pieces += [masked[pos:tag.start], html]
        pos = tag.end
        hrefs[tag.start] = _address(found.group("rest"))
    if not hrefs:
        return masked, hrefs
    pieces.append(masked[pos:])
    return "".join(pieces), hrefs


def _as_html(tag_text: str, found: re.Match) -> str | None:
    """The tag's same-length mask as `<a   >Text</a>` and a control mask after; None when `</a>`
    finds no four characters on one line after the literal."""
    start, end = found.start("text") + 1, found.end("text") - 1  # the literal's characters, quotes left out
    close = _room_for_end_tag(tag_text, end)
    if close is None:
        return None
    opening = "<a" + masked_keeping_lines(tag_text[2:start - 1], " ") + ">"
    between = masked_keeping_lines(tag_text[end:close], CONTROL_MASK)
    return (opening + escapes_read(tag_text[start:end]) + between + _END_TAG
            + masked_keeping_lines(tag_text[close + len(_END_TAG):], CONTROL_MASK))


def _room_for_end_tag(tag_text: str, at: int) -> int | None:
    """The first offset from `at` where `</a>` fits without a line break in it."""
    for offset in range(at, len(tag_text) - len(_END_TAG) + 1):
        if "\n" not in tag_text[offset:offset + len(_END_TAG)] and "\r" not in tag_text[offset:offset + len(_END_TAG)]:
            return offset
    return None


def _address(rest: str) -> str:
    """The link's address from the arguments after its text: a literal URL, else the expression
    written as the ERB tag that would print it (spaces dropped, percent-encoded, as
    link_text._with_its_tags reads an `href` that holds a tag)."""
    literal = _URL_LITERAL.match(rest)
    if literal is not None:
        return literal.group(1) if literal.group(1) is not None else literal.group(2)
    return quote("<%=" + "".join(_first_argument(rest).split()) + "%>", safe="")


def _first_argument(rest: str) -> str:
    """`rest` up to its first comma outside brackets and quotes, or a trailing `if`/`unless`."""
    return rest[:argument_end(rest, 0, _MODIFIER)[0]]


_MODIFIER = re.compile(r"\s(?:if|unless)\b")  # `link_to "Help", help_path if signed_in?`


def give_addresses(doc, hrefs: dict[int, str]) -> None:
    """Each link read from a helper call gets the address the call names."""
    for element in doc.elements:
        if element.kind == "link" and element.start in hrefs:
            element.href = hrefs[element.start]
