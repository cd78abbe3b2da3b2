"""VitePress Markdown (Vue's static-site generator, markdown-it): containers, tabs, attributes.

A container is `::: tip`, `::: warning Title`, `::: details Click to expand`, `::: code-group`,
closed by `:::` (more colons to nest: `::::tabs`); vitepress-plugin-tabs writes a tab as a line
`== Title` inside `:::tabs`. VitePress sites write them tight, with no blank line around:

    Some step.
    ::: tip Still got questions?
    Read the guide.
    :::

`readers.markdown` masked each marker and kept its title as text, so the masked lines, which are
not blank to CommonMark, joined the step, the title, the body and the next paragraph into one
paragraph, and a tab's `== Title` line was read as words beginning with '=='. A first run on
Mihon's, Beszel's and Plane's help sites (trial13, session 21) found such joins in most container
pages. `vitepress_view` gives the parser a same-length view in which every marker line and tab
line is blank (a paragraph ends there, as it does in VitePress) and each title is a segment of its
own (TITLE, as readers.myst does for a directive's title). markdown-it-attrs' `{#id}` and
`{.class}` at the end of a line (`## Install {#install}`: the heading's anchor) are markup.

A home page (`layout: home` in the front matter) shows its hero's `text` and `tagline` and each
feature's `title` and `details`: `home_page_prose` lists them for readers.markdown's front matter
reading (which reads `title` and `description` of any page). The action buttons' `text` (two or
three words of a label: 'Get started') is not read (trial13 left it; docs/accuracy.md).

Only a file with VitePress's own marks is read so: a marker line with a space between the colons
and the type (`::: tip`; remark-directive, Docusaurus's parser, takes no space there) or a
`:::tabs` or `:::code-group` container. A marker inside a fenced code block is code.
"""

from __future__ import annotations

import re

from ...enums import Scope
from ..offsets import CONTROL_MASK, OUTPUT_MASK
from .myst import MystParts

_HINT = re.compile(r"(?m)^[ \t>]*:{3,}(?:[ \t]+[A-Za-z]|[ \t]*(?:tabs|code-group)[ \t]*$)")
_MARKER = re.compile(r"([ \t>]*)(:{3,})[ \t]*(?:([A-Za-z][\w-]*)(?:[ \t]+(.*?))?)?[ \t]*\Z")
_TAB = re.compile(r"([ \t>]*)==[ \t]+(.*?)[ \t]*\Z")
_FENCE = re.compile(r"[ \t>]*(`{3,}|~{3,})")
# markdown-it-attrs at a line's end: `{#custom-id}`, `{.class}`, `{#id .class}`.
_ATTRIBUTES = re.compile(r"[ \t]*\{[#.][A-Za-z][\w.:-]*(?:[ \t]+[#.][A-Za-z][\w.:-]*)*\}[ \t]*\Z")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(\S(?:.*\S)?)\1\Z")
_DOCFX = re.compile(r"(?m)^[ \t>]*:{3,}[ \t]*(?:zone|moniker|row|column|code|image|video)(?![\w-])")
_CODE_SPAN = re.compile(r"`[^`\n]+`")
_INLINE_MARK = re.compile(r"\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])")
_NO_TITLE = {"code-group", "tabs"}


def is_vitepress(text: str) -> bool:
    """A file with a VitePress container marker (`::: tip`, `:::tabs`, `:::code-group`) and none
    of DocFX's (`::: zone pivot="x"`, `::: moniker range="y"`, `:::image ... :::`), whose marker
    lines hold attributes, not titles (readers.markdown masks them)."""
    return ":::" in text and _HINT.search(text) is not None and _DOCFX.search(text) is None


def vitepress_view(text: str, marker: re.Pattern | None = None) -> tuple[str, MystParts | None]:
    """`text` with VitePress's markup blank or masked and its titles listed; same length. Text
    without a VitePress mark is returned as is, with no parts. `marker`: another dialect's
    container marker line (readers.starlight's asides), read with no VitePress mark needed and no
    attribute lists (VitePress's markdown-it-attrs)."""
    if marker is None and not is_vitepress(text):
        return text, None
    parts = MystParts(masked=text)
    chars = list(text)
    fence = ""  # the open code fence, if any
    containers: list[int] = []  # the colon counts of the open containers; a `tabs` one's negative
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        line = line[:-1] if line.endswith("\r") else line  # a CRLF file reads as its LF twin
        opened = _FENCE.match(line)
        if fence:
            if opened and opened.group(1)[0] == fence[0] and len(opened.group(1)) >= len(fence) \
                    and not line[opened.end():].strip():
                fence = ""
        elif opened:
            fence = opened.group(1)
        else:
            _read_line(line, start, chars, parts, containers, marker)
        start = end + 1
    if parts.titles:
        parts.masked = _without_emphasis_marks(text, parts.titles)
    return "".join(chars), parts


def _without_emphasis_marks(text: str, titles: list[tuple[int, int]]) -> str:
    """`text` with the emphasis marks inside the titles masked and each code span a stand-in word,
    as in a paragraph: VitePress renders a title's Markdown (`::: tip **Android 7** and above`,
    `::: details` with an error code in backticks), so the marks are not words and the code is
    no prose."""
    chars = list(text)
    for start, end in titles:
        for code in _CODE_SPAN.finditer(text, start, end):
            chars[code.start():code.end()] = OUTPUT_MASK * (code.end() - code.start())
        # the title with the code masked, and the character before it for the marks' look-behind
        # (the whole page joined again for each title made the page's titles cost its length each)
        before = max(start - 1, 0)
        title = "".join(chars[before:end])
        for mark in _INLINE_MARK.finditer(title, start - before):
            chars[before + mark.start():before + mark.end()] = CONTROL_MASK * (mark.end() - mark.start())
    return "".join(chars)


def _read_line(line: str, start: int, chars: list[str], parts: MystParts, containers: list[int],
               dialect: re.Pattern | None = None) -> None:
    """One line outside code: a container marker blanked (its title listed), a tab line inside a
    `tabs` container likewise, or an attribute list at its end masked. `containers`: the open
    containers' colon counts (a `tabs` one's negative), opened and closed here. `dialect`: another
    marker pattern (its groups as _MARKER's), with no attribute lists."""
    marker = (dialect or _MARKER).match(line) if ":::" in line else None
    if marker is not None:
        colons, kind, title = len(marker.group(2)), marker.group(3), marker.group(4)
        if kind is None:
            if containers and abs(containers[-1]) <= colons:  # a closing marker closes the innermost container
                containers.pop()
        else:
            containers.append(-colons if kind == "tabs" else colons)
        if title and "](" in title and kind not in _NO_TITLE and dialect is None:  # a link: the parser reads it
            at = start + marker.start(4)
            chars[start + marker.end(1):at] = CONTROL_MASK * (at - start - marker.end(1))
            return
        _blank(chars, start + marker.end(1), start + len(line))
        if title and kind not in _NO_TITLE:
            _add_title(parts, start + marker.start(4), title)
        return
    tab = _TAB.match(line) if containers and containers[-1] < 0 and "==" in line else None
    if tab is not None:
        _blank(chars, start + tab.end(1), start + len(line))
        _add_title(parts, start + tab.start(2), tab.group(2))
        return
    attributes = _ATTRIBUTES.search(line) if "{" in line and dialect is None else None
    if attributes is not None:
        chars[start + attributes.start():start + attributes.end()] = \
            CONTROL_MASK * (attributes.end() - attributes.start())


def _add_title(parts: MystParts, at: int, title: str) -> None:
    """The title at `at` as a TITLE segment, without an attribute list at its end or the emphasis
    marks around it (VitePress renders a title's Markdown: `::: warning **Enterprise only**`)."""
    attributes = _ATTRIBUTES.search(title) if "{" in title else None
    if attributes is not None:
        title = title[:attributes.start()]
    wrapped = _EMPHASIS.match(title)
    if wrapped is not None:
        at, title = at + wrapped.start(2), wrapped.group(2)
    if title:
        parts.titles.append((at, at + len(title)))


def _blank(chars: list[str], start: int, end: int) -> None:
    chars[start:end] = " " * (end - start)


# The top-level front matter keys a home page's prose is under (and the key that says it is one).
HOME_BLOCK = re.compile(r"(?:layout|template|hero|features)[ \t]*:")
_HERO = {"text": Scope.HEADING, "tagline": Scope.PARAGRAPH}
# Starlight's hero (any page with `template:`, Starlight's own key; `splash` is the home page's):
# its `title` (the page's h1 when given) and `tagline`; the actions' `text` is left, as VitePress's.
_STARLIGHT_HERO = {"title": Scope.HEADING, "tagline": Scope.PARAGRAPH}
_FEATURE = {"title": Scope.HEADING, "details": Scope.PARAGRAPH}
# Starlight's `template` key with a value that draws a hero ('\r': a file with CRLF line ends).
STARLIGHT_TEMPLATE = r"template:[ \t]*['\"]?(?:splash|doc)['\"]?[ \t\r]*$"
_HOME = re.compile(r"(?m)^(?:layout:[ \t]*['\"]?home\b|" + STARLIGHT_TEMPLATE + ")")


def is_home_page(front_matter: str) -> bool:
    """A VitePress home page (`layout: home`) or a Starlight page with a `template` (its hero)."""
    return _HOME.search(front_matter) is not None


def home_page_prose(root) -> list[tuple[str, object, Scope]]:
    """(key path, value node, scope) of a VitePress home page's hero and features, or a Starlight
    page's hero (`root`: the front matter's mapping); nothing for another page."""
    from .structured import Mapping, Scalar, Sequence

    layout, template, hero = root.get("layout"), root.get("template"), root.get("hero")
    if isinstance(template, Scalar) and template.value in ("splash", "doc") and isinstance(hero, Mapping):
        return [(f"hero.{key}", hero.get(key), scope) for key, scope in _STARLIGHT_HERO.items()]
    if not isinstance(layout, Scalar) or layout.value != "home":
        return []
    found = []
    if isinstance(hero, Mapping):
        found += [(f"hero.{key}", hero.get(key), scope) for key, scope in _HERO.items()]
    features = root.get("features")
    for feature in features.items if isinstance(features, Sequence) else []:
        if isinstance(feature, Mapping):
            found += [(f"features.{key}", feature.get(key), scope) for key, scope in _FEATURE.items()]
    return found
