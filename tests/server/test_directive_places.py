"""Where a suppress action writes its directive (plainlint/server/directive_places.py), without a
server: JSX's white-space rules (user31's React Email templates), checked against what Babel's
JSX transform renders (cleanJSXElementLiteralChild: each line of a text child trimmed at its line
breaks, empty lines dropped, the rest joined by one space)."""

from __future__ import annotations

import re

import pytest

from plainlint.server.directive_places import insertions, jsx_text_goes_on

COMMENT = "{{/* {} */}}"


def jsx_rendered(children: str) -> str:
    """The text a run of JSX children renders, as Babel cleans it (comments and tags left out)."""
    out = []
    for part in re.split(r"\{/\*.*?\*/\}|<[^>]*>", children):
        lines = part.split("\n")
        kept = []
        for number, line in enumerate(lines):
            if number > 0:
                line = line.lstrip(" \t")
            if number < len(lines) - 1:
                line = line.rstrip(" \t")
            if line:
                kept.append(line)
        out.append(" ".join(kept))
    return "".join(out)


def apply(text: str, insertion) -> str:
    return text[:insertion.offset] + insertion.text + text[insertion.offset:]


@pytest.mark.parametrize("text", [
    "<Text>\n  We will utilize your card\n  to finish the refund.\n</Text>",  # text goes on after the line
    "<Text>\n  Your card.\n  We will utilize it\n</Text>",  # text before the line
    "<Link href={url}>\n  Click here to see it\n</Link>",
    "<Text>We will utilize it.</Text>\n<Text>Thanks.</Text>",
    "<Text>\n  <b>Soon</b>\n  we will utilize it\n  today.\n</Text>",
])
def test_every_place_offered_in_jsx_renders_the_same_text(text):
    line = next(number for number, content in enumerate(text.split("\n"), 1) if "utilize" in content or "Click" in content)
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    line_end = text.find("\n", starts[line - 1])
    places = insertions(text, starts[line - 1], len(text) if line_end < 0 else line_end, line, COMMENT, "PL101", jsx=True)
    assert places
    for place in places:
        assert jsx_rendered(apply(text, place)) == jsx_rendered(text), place


def test_a_comment_alone_on_a_line_between_two_lines_of_text_is_not_offered():
    """It would render 'Your card.We will' (no space): only the end of the line is offered."""
    text = "<Text>\n  Your card.\n  We will utilize it\n</Text>"
    assert jsx_text_goes_on(text, text.index("  We"))
    assert [p.text for p in insertions(text, text.index("  We"), text.index("\n</Text>"), 3, COMMENT, "PL101", jsx=True)] \
        == ["{/* plainlint-disable-line PL101 */}"]


def test_outside_jsx_the_places_are_as_before():
    text = "Hello.\nPlease utilize the form.\n"
    places = insertions(text, 7, 31, 2, "<!-- {} -->", "PL101")
    assert [p.text for p in places] == [" <!-- plainlint-disable-line PL101 -->", "<!-- plainlint-disable-next-line PL101 -->\n"]
