"""Inline HTML code in a Markdown paragraph: `<code>`, `<kbd>`, `<samp>`, `<var>`, `<pre>`.

What such a tag holds is code, read as one placeholder from the opening tag to the closing one
(like a backtick code span), so no rule lints it. But CommonMark and MDX parse Markdown inside an
inline HTML tag: `<code>null | [MoneyAmount](/docs/money-amount)</code>`, typedoc's table shape,
renders a link named 'MoneyAmount'. The link's text is what a browser shows and a screen reader
announces, so it is kept for the link (its accessible name, read by the link rules) and nowhere
else: it never enters the prose (user38: 490 'Link has no text' findings in clerk-docs).
"""

from __future__ import annotations

import re

# Inline HTML whose content is code or computer output, skipped as in HTML files (html.SKIPPED).
CODE_TAG = re.compile(r"<(/?)(code|kbd|samp|var|pre)(?=[\s>/])", re.I)


def code_tag(reader, unit, tag: re.Match, start: int, end: int) -> None:
    """An opening tag opens code; its closing tag closes it (and any code opened inside it) and,
    once no code is open, puts one placeholder for the whole span into the unit."""
    closing, name = tag.group(1), tag.group(2)
    if not closing:
        reader.inline_code.append((name, start))
        return
    for index in range(len(reader.inline_code) - 1, -1, -1):
        if reader.inline_code[index][0] == name:
            opened = reader.inline_code[index][1]
            del reader.inline_code[index:]
            if not reader.inline_code:
                unit.current.placeholder(opened, end)
                reader.code_spans.append((opened, end))
            return


def note_shown_text(reader, shown: str, start: int, end: int) -> None:
    """Text (or a line break, as a space) the reader skips: inside inline HTML code (not in a
    backtick span or an autolink, whose text no link takes), while a Markdown link is open, it is
    kept for that link's name only."""
    unit = reader.unit
    if reader.inline_code and not (reader.code_depth or reader.autolink_depth) and unit is not None \
            and unit.links and not unit.links[-1].get("html"):
        unit.links[-1].setdefault("shown", []).append((shown, start, end))


def link_text_in_code(link: dict, pieces: list) -> tuple[str, int, int] | None:
    """The text, start and end of a link written wholly inside inline code (no prose piece of its
    own), as a browser shows it; None for any other link."""
    shown = link.get("shown")
    words = [(start, end) for text, start, end in shown if text.strip()] if shown and not pieces else None
    if not words:
        return None
    return "".join(text for text, _, _ in shown), words[0][0], words[-1][1]
