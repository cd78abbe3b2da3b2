"""MkDocs (Python-Markdown) blocks whose body is indented under a marker line: admonitions
(`!!! note "Title"`, collapsible `??? tip` and `???+ tip`) and Material's content tabs
(`=== "Linux"`). Python-Markdown reads the body, indented four columns deeper than the marker, as
Markdown; CommonMark reads it as an indented code block once a blank line stands before it, so a
first run on PiKVM's docs (session 17, trial8) linted none of the prose in 200 such blocks.

`dedent_block_bodies` moves each body line's block indentation (four columns a level, levels
nested) to the end of the line before it, as tabs, the way readers.fenced's `dedented_view` does
for a fence's content: the parser sees the body at its own indentation, every character stays at
its source offset, tabs at a line's end make no hard break, and a blank line stays blank. A body
line indented further (an indented code block inside the admonition) keeps the rest of its
indentation, so it is still code. A body line right under its marker line, with no blank line
between, continues the marker's paragraph: its indentation goes to the marker line's end as
spaces, a hard break, so the title ('!!! warning "Back up first"') is a sentence of its own, not
the first words of the body's first sentence. A body line that ends in a hard break's mark (two
spaces, a backslash) keeps its hard break: the indentation moved after it goes as spaces, and the
backslash, which must stand right before the newline, becomes one of them (rev18a). After a
closing fence or an ATX heading it goes as spaces too: pulldown-cmark leaves a fence with tabs
after it open (the rest of the page was code) and keeps a heading's closing '##' before tabs. A byte order
mark before the first line is no indentation: a marker line after it opens a block (rev18a).
"""

from __future__ import annotations

import re

# Python-Markdown's admonition line, as its own pattern reads it (any case: '!!! Warning "Title"',
# '!!! WARNING'), and pymdownx.details' '???'/'???+': the marks and the type word are syntax the
# renderer reads, not punctuation or a voice raised (held-out seeds 251/252: Tandoor, libretro,
# Tasmota, Mealie). A type and at most two CSS classes ('!!! danger highlight blink', Python-Markdown's
# docs); a line that goes on as a sentence ('!!! Please note: ...', '!!! There are a number of
# reported issues with ...', a Grav notice) is no admonition here. Read by rules.shouting_labels
# and readers.grav_notices.
ADMONITION_LINE = re.compile(
    r'[ \t]*(?:!!!|\?\?\?\+?)[ \t]*(?P<type>[\w-]+(?:[ \t]+[\w-]+){0,2})(?:[ \t]+"[^"\n]*")?[ \t\u2028]*(?=\n|$)')


# A marker line, after its indentation: an admonition's type word, or a content tab's quoted title.
_MARKER = re.compile(r"(?:!!!|\?\?\?\+?)[ \t]+[A-Za-z][\w-]*|===[!+]{0,2}[ \t]+\"")
_HINT = re.compile(r"^[ \t]*(?:!!!|\?\?\?|===)[ \t+!]", re.M)
_LEVEL = 4  # Python-Markdown's tab length: a body is indented four columns under its marker
_BOM = "\ufeff"
# A line that is a block of its own, whose trailing spaces make no hard break: a closing fence,
# which pulldown-cmark does not close when tabs follow it, an ATX heading, whose closing
# '##' it keeps as text before tabs, and a table's delimiter row ('|---|:--|'), after which tabs
# make it no table (check20: a table indented in a Docusaurus <TabItem> read as one paragraph).
# (The delimiter row is an alternative of its own, not after `[ \t]*`, whose spaces it also takes:
# after it, a line of spaces was tried once per space, rev20b.)
_ONE_LINE_BLOCK = re.compile(r"[ \t]*(?:(?:`{3,}|~{3,})[ \t]*|#{1,6}(?:[ \t].*)?)\Z"
                             r"|(?=[^\n]*\|)(?=[^\n]*-)[|:\- \t]+\Z")


def _may_hold_a_marker(text: str) -> bool:
    """Whether `text` holds what each marker line does ('!!!', '???' or '==='): one without them
    (most Markdown) is not searched line by line (speed23)."""
    return "!!!" in text or "???" in text or "===" in text


def dedent_block_bodies(text: str) -> str:
    """`text` (newlines already '\\n') with the bodies of admonitions and content tabs no longer
    indented as code; same length, same offsets. Text without a marker line is returned as is."""
    if text.startswith(_BOM):
        return _BOM + dedent_block_bodies(text[1:])
    if not _may_hold_a_marker(text) or not _HINT.search(text):
        return text
    lines = text.split("\n")
    markers: list[int] = []  # the indentation of each open block's marker, outermost first
    marker_line = -1  # the last marker line: a body line right under it ends its title's sentence
    for number, line in enumerate(lines):
        if not line.strip():
            continue  # a blank line neither opens nor closes a block
        indent = _columns(line)
        while markers and indent < markers[-1] + _LEVEL:
            markers.pop()
        if markers:
            removed = _leading(line, _LEVEL * len(markers))
            lines[number] = line[removed:]
            lines[number - 1] = moved_onto(lines[number - 1], removed, number - 1 == marker_line)
        if _MARKER.match(line, len(line) - len(line.lstrip(" \t"))):
            markers.append(indent)
            marker_line = number
    return "\n".join(lines)


def moved_onto(line: str, count: int, after_marker: bool) -> str:
    """The line before a body line, with the body line's `count` indentation characters moved to
    its end: tabs, which make no hard break, or spaces, which do, after a marker line or a line
    ending in a hard break's mark ('text  ', or 'text\\' whose backslash becomes a space)."""
    backslashes = len(line) - len(line.rstrip("\\"))
    if backslashes % 2:
        return line[:-1] + " " * (count + 1)
    return line + (" " if after_marker or line.endswith("  ") or _ONE_LINE_BLOCK.match(line) else "\t") * count


def _columns(line: str) -> int:
    """The width of a line's indentation, a tab reaching the next multiple of four."""
    width = 0
    for char in line:
        if char == " ":
            width += 1
        elif char == "\t":
            width += _LEVEL - width % _LEVEL
        else:
            break
    return width


def _leading(line: str, columns: int) -> int:
    """How many characters of the line's indentation make up its first `columns` columns."""
    width = count = 0
    for char in line:
        if width >= columns or char not in " \t":
            break
        width += 1 if char == " " else _LEVEL - width % _LEVEL
        count += 1
    return count
