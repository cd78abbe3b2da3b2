"""React Email templates (`.tsx`/`.jsx` components importing `react-email`, `@react-email/*`,
`jsx-email` or `@jsx-email/*`) read as the HTML they render (trial17).

A small scanner, not a TypeScript parser: it walks the code only far enough to skip strings,
template literals and comments and to find where JSX starts (a `<` where an expression may
begin). Everything that is not JSX (imports, functions, styles objects, `PreviewProps`) is masked as
a vanishing control tag, so it is never linted. In JSX, each React Email component's name is replaced, padded to
the same length, by the element it renders (`Text` a paragraph, `Heading` its `as` heading, `Button`
and `Link` a link, `Img` an image, `Preview` the inbox preview as a paragraph, layout components a
block); lowercase elements are HTML already; any other component (`<Trans>`, `<Footer />`) is
transparent: its tags are blanked and its children read in place. Each `{...}` expression is a
template tag: an output placeholder in text and in attribute values (whose braces become quotes,
so `href={url}` is a link with an href), a vanishing control tag when it holds only a comment or
is code around nested JSX (`{items.map((item) => (<Text>...</Text>))}`: the JSX is read), one space
for `{' '}`. Same length throughout, so the HTML reader's positions are source positions. tree-sitter
would parse TypeScript exactly, but it is not installed here and this needs no more than the
above (a scanner's limit: a `<` generic after `=` or `(` is taken for JSX and given up on, but for
`<T,>`, `<T extends ...>` and a type's `<T>(`, refused at once). A comment between a start tag's attributes is
blanked. An element that is no JSX after all is undone by blanking what it wrote (rev23).
"""

from __future__ import annotations

import re

from ..offsets import CONTROL_MASK, OUTPUT_MASK, SPACE_MASK
from ..source import SourceError
from ..templates import Tag
from .react_email_lex import (VOID, after, jsx_follows, line_end, regex_end, rendered_element, skip_space,
                              string_end, template_end)
from .react_email_strings import as_text, read_shown

SUFFIXES = (".tsx", ".jsx")
_IMPORT = re.compile(r"""(?:\bfrom|\bimport|\brequire\()\s*['"](?:@react-email/[\w.-]+|react-email|"""
                     r"""jsx-email|@jsx-email/[\w.-]+)['"]""")
_NAME = re.compile(r"[A-Za-z_$][\w$.:-]*")
_ATTRIBUTE_NAME = re.compile(r"[A-Za-z_$][\w$:.-]*")
_WORD = re.compile(r"[\w$]+")
_CHILD_MARK = re.compile(r"[<{]")  # where a run of JSX text ends
_COMMENT = re.compile(r"//[^\n]*|/\*.*?(?:\*/|\Z)", re.S)  # may stand between attributes
# `<T extends ...>`, or `<T>(` in a type (`type Pick = <T>(items: T[]) => T`): type parameters, no tag
_GENERIC_ARROW = re.compile(r"\s+extends\b|(?<=<[A-Z])>\(")
# After these (or at the start) a `<` starts JSX; after a name, number or `)` it compares or types.
_EXPRESSION_STARTS = set("(,=?:&|{[;!>}") | {""}
_EXPRESSION_WORDS = {"return", "yield", "default", "await", "case"}


class _NotJsx(Exception):
    """What looked like JSX is not (a TypeScript generic, a comparison), or is broken."""


class _Unclosed(_NotJsx):
    """An element never closed, or closed by another's end tag: bad input, told as a file error."""

    def __init__(self, start: int, message: str) -> None:
        super().__init__(message)
        self.start = start


def _unclosed(text: str, opened: int, start: int, message: str) -> _NotJsx:
    """The error for an element at `start` never closed, or no error (`_NotJsx`: undone quietly) when
    `(` follows its start tag: `: <Item>(items: Item[]) => Item` is a function type, no element."""
    return _NotJsx() if text.startswith("(", opened) else _Unclosed(start, message)


# A template that takes React Email's components from a local module (Documenso's `../components`,
# an app's `emails/components/index.ts`; react24) renders React Email's root pair itself and
# exports a component by default. Next.js's custom document renders `<Html>` with a lower-case
# `<body>`; an app's components render neither.
_RENDERS_AN_EMAIL = (re.compile(r"<Html\b"), re.compile(r"<Body\b"), re.compile(r"<(?:Text|Preview)\b"),
                     re.compile(r"^\s*export\s+default\b", re.M))


def is_react_email(text: str) -> bool:
    """Whether a `.tsx`/`.jsx` file is an e-mail template, the only such files read: it imports React
    Email or jsx-email, or it renders `<Html>`, `<Body>` and `<Text>` or `<Preview>` and has a
    default export (components imported through a local module)."""
    return _IMPORT.search(text) is not None or all(pattern.search(text) for pattern in _RENDERS_AN_EMAIL)


def as_html(text: str) -> tuple[str, list[Tag]]:
    """The source as same-length HTML (code blanked, components renamed), and its `{...}` tags.
    A file that imports neither React Email nor jsx-email is blanked whole: nothing is read."""
    scanner = _Scanner(text)
    if is_react_email(text):
        scanner.code(0)
        read_shown(text, scanner.out, scanner.tags, scanner.shown)
    if scanner.unclosed is not None:  # one line naming the file and where; the run goes on
        line, column = text.count("\n", 0, scanner.unclosed.start) + 1, \
            scanner.unclosed.start - text.rfind("\n", 0, scanner.unclosed.start)
        raise SourceError(f"{scanner.unclosed}: the template is not read", line, column)
    return "".join(scanner.out), sorted(scanner.tags, key=lambda tag: tag.start)


def _blank(text: str, char: str = CONTROL_MASK) -> list[str]:
    """`text` overwritten with `char`, newlines kept. Code is blanked with CONTROL_MASK, which
    vanishes from prose: a run of spaces would be read as the source's text between elements."""
    return [c if c in "\r\n" else char for c in text]


class _Scanner:
    def __init__(self, text: str) -> None:
        self.text = text
        self.out = _blank(text)
        self.tags: list[Tag] = []
        self.written_to = 0  # the end of the furthest write to `out`
        self.unclosed: _Unclosed | None = None  # the first element never closed
        # (start, end, "text"/"attribute") of each `{...}` child and alt/title value: what it shows is read
        self.shown: list[tuple[int, int, str]] = []

    # --- code -----------------------------------------------------------------------------
    def code(self, pos: int, closer: str = "") -> tuple[int, list[tuple[int, int]]]:
        """Skip code from `pos` to the `closer` that ends it at depth 0 (or the end of the text);
        read the JSX found on the way. Returns the closer's position and the JSX elements' spans."""
        text, depth, previous, elements = self.text, 0, "", []
        while pos < len(text):
            char = text[pos]
            if char.isspace():
                pos += 1
            elif text.startswith("//", pos):
                pos = line_end(text, pos)
            elif text.startswith("/*", pos):
                pos = after(text, "*/", pos + 2)
            elif char == "/" and (previous in _EXPRESSION_STARTS or previous in _EXPRESSION_WORDS):
                pos, previous = regex_end(text, pos), "x"  # `url.replace(/^https?:\/\//, "")`
            elif char in "'\"":
                pos, previous = string_end(text, pos), "x"
            elif char == "`":
                pos, previous = self._template_literal(pos), "x"
            elif char in "([{":
                depth, pos, previous = depth + 1, pos + 1, char
            elif char in ")]}":
                if depth == 0 and char == closer:
                    return pos, elements
                depth, pos, previous = max(depth - 1, 0), pos + 1, char
            elif char == "<" and (previous in _EXPRESSION_STARTS or previous in _EXPRESSION_WORDS) \
                    and jsx_follows(text, pos):
                end = self._element_or_none(pos)
                if end is None:
                    pos, previous = pos + 1, "<"
                else:
                    elements.append((pos, end))
                    pos, previous = end, ")"
            elif char.isalnum() or char in "_$":
                word = _WORD.match(text, pos).group()
                pos, previous = pos + len(word), word if word in _EXPRESSION_WORDS else "x"
            else:
                pos, previous = pos + 1, char
        return pos, elements

    def _template_literal(self, pos: int, placeholders: list | None = None) -> int:
        """The position after the template literal at `pos`; each `${...}` span added to `placeholders`."""
        stop, holes = template_end(self.text, pos, len(self.text), lambda code: self.code(code, "}")[0])
        if placeholders is not None:
            placeholders += holes
        return stop

    # --- JSX ------------------------------------------------------------------------------
    def _element_or_none(self, pos: int) -> int | None:
        """The JSX element at `pos` read, or None with its writes undone. Every write lies at or
        after `pos` (the scanner writes only what it has passed) and `out` there is still as
        `_blank` made it, so blanking what was written undoes it: no copy of the file per element
        (rev23: a copy of `out` for each `{cond && <Text>...}` was quadratic in the file)."""
        tag_count, shown_count, written_to = len(self.tags), len(self.shown), self.written_to
        try:
            return self._element(pos)
        except _NotJsx as problem:
            if isinstance(problem, _Unclosed) and self.unclosed is None:
                self.unclosed = problem
            del self.tags[tag_count:], self.shown[shown_count:]
            self.out[pos:self.written_to] = _blank(self.text[pos:self.written_to])
            self.written_to = written_to
            return None

    def _write(self, start: int, chars: list[str]) -> None:
        self.out[start:start + len(chars)] = chars
        self.written_to = max(self.written_to, start + len(chars))

    def _element(self, pos: int) -> int:
        """Read the JSX element starting at `pos` (`<`); return the position after it."""
        text = self.text
        if text.startswith("<>", pos):  # a fragment: transparent
            return self._children(pos + 2, "", start=pos)
        name_match = _NAME.match(text, pos + 1)
        if name_match is None:
            raise _NotJsx
        name = name_match.group()
        if _GENERIC_ARROW.match(text, name_match.end()):
            raise _NotJsx  # read as JSX, each ran to the file's end, the next nested in it
        attributes, end, self_closing = self._attributes(name_match.end())
        rendered = rendered_element(name, attributes, self.text)
        if rendered is not None and (not self_closing or rendered in VOID):
            self._write_start(pos, name_match, rendered, attributes, end)
        if self_closing:
            return end
        return self._children(end, name, rendered, start=pos)

    def _attributes(self, pos: int) -> tuple[dict[str, tuple[int, int, str]], int, bool]:
        """Each attribute's (value start, value end, "string"/"expression"/"none"), the position
        after the start tag, and whether it closes itself."""
        text, attributes = self.text, {}
        while pos < len(text):
            pos = skip_space(text, pos)
            comment = _COMMENT.match(text, pos)
            if comment is not None:  # `<Text /* note */ className="x">`: blanked like a spread
                attributes[f"/{pos}"] = (pos, comment.end(), "comment")
                pos = comment.end()
                continue
            if text.startswith("/>", pos):
                return attributes, pos + 2, True
            if text.startswith(">", pos):
                return attributes, pos + 1, False
            if text.startswith("{", pos):  # a spread, `{...props}`
                end = self.code(pos + 1, "}")[0] + 1
                attributes[f"{{{pos}"] = (pos, end, "spread")
                pos = end
                continue
            name = _ATTRIBUTE_NAME.match(text, pos)
            if name is None:
                raise _NotJsx
            pos = skip_space(text, name.end())
            if not text.startswith("=", pos):
                attributes[name.group()] = (pos, pos, "none")
                continue
            pos = skip_space(text, pos + 1)
            if pos < len(text) and text[pos] in "'\"":
                end = after(text, text[pos], pos + 1)  # JSX strings have no escapes
                attributes[name.group()] = (pos, end, "string")
            elif text.startswith("{", pos):
                end = self.code(pos + 1, "}")[0] + 1
                attributes[name.group()] = (pos, end, "expression")
            else:
                raise _NotJsx
            pos = end
        raise _NotJsx

    def _write_start(self, pos: int, name_match: re.Match, rendered: str,
                     attributes: dict[str, tuple[int, int, str]], end: int) -> None:
        """The start tag as HTML: the element's name padded, attributes as written, each `{...}`
        value a quoted placeholder, spreads and comments blanked."""
        self._write(pos, list(self.text[pos:end]))
        start, stop = name_match.span()
        self._write(start, list(rendered.ljust(stop - start)))
        alt_from_spread = rendered == "img" and "alt" not in attributes
        for name, (value_start, value_end, kind) in attributes.items():
            if kind == "spread" and alt_from_spread:
                self._spread_alt(value_start, value_end)
                alt_from_spread = False
            elif kind in ("spread", "comment"):
                self._write(value_start, _blank(self.text[value_start:value_end], " "))
            elif kind == "expression":
                if name in ("alt", "title"):
                    self.shown.append((value_start, value_end, "attribute"))
                self._tag(value_start + 1, value_end - 1, "output")
                self._write(value_start, ['"'])
                self._write(value_end - 1, ['"'])

    def _spread_alt(self, start: int, end: int) -> None:
        """`<Img src={...} {...props} />`: the spread may carry the alt (Trigger.dev's `Image`
        wrapper, trial17's seed-254 FP), so it reads as `alt="..."` holding a placeholder: an alt
        the caller gives, not a missing one. `{...p}` is too short to quote one: `alt=` and the
        placeholder unquoted (rev23: the alt was missing or not by the length of the spread's name)."""
        if end - start < 7:
            self._tag(start + 4, end, "output")
            self._write(start, list("alt="))
            return
        self._tag(start + 5, end - 1, "output")
        self._write(start, list('alt="'))
        self._write(end - 1, ['"'])

    def _children(self, pos: int, name: str, rendered: str | None = None, start: int = 0) -> int:
        """Read children up to the closing tag of `name` ("" for a fragment); return the position
        after it. `start`: where the element opens, named if it is never closed."""
        text, opened = self.text, pos
        while pos < len(text):
            if text.startswith("</", pos):
                end = text.find(">", pos)
                if end == -1 or text[pos + 2:end].strip() != name:
                    closer = "the end of the file" if end == -1 else f"</{text[pos + 2:end].strip()}>"
                    raise _unclosed(text, opened, start, f"JSX element <{name}> is not closed before {closer}")
                if rendered is not None:
                    self._write(pos, list(("</" + rendered).ljust(end - pos) + ">"))
                return end + 1
            if text[pos] == "<":
                if not jsx_follows(text, pos):
                    raise _NotJsx
                pos = self._element(pos)
            elif text[pos] == "{":
                pos = self._expression(pos)
            else:  # JSX text up to the next tag or expression, as written
                mark = _CHILD_MARK.search(text, pos)
                stop = len(text) if mark is None else mark.start()
                self._write(pos, list(text[pos:stop]))
                pos = stop
        raise _unclosed(text, opened, start, f"JSX element <{name}> is never closed")

    def _expression(self, pos: int) -> int:
        """A `{...}` child: a placeholder, or code around nested JSX, or a comment, or a space."""
        end, elements = self.code(pos + 1, "}")
        if end >= len(self.text):
            raise _NotJsx
        inner = self.text[pos + 1:end].strip()
        if elements:
            edges = [pos, *[edge for span in elements for edge in span], end + 1]
            for start, stop in zip(edges[::2], edges[1::2]):
                self._tag(start, stop, "control")
        elif not inner or re.fullmatch(r"(?:/\*.*?\*/|//[^\n]*\s*)+", inner, re.S):
            self._tag(pos, end + 1, "control")
        elif re.fullmatch(r"""(['"])\s+\1""", inner):
            self._tag(pos, end + 1, "space")
        elif not self._string_child(pos, end):
            self._tag(pos, end + 1, "output")
            self.shown.append((pos, end + 1, "text"))
        return end + 1

    def _string_child(self, pos: int, end: int) -> bool:
        """`{'Return to cart →'}`, `{`Invited to ${org}`}`: a child that is one string or template
        literal is prose, its words where they stand (react24; trial17 read each as one placeholder).
        The braces and quotes vanish, each `${...}` is a placeholder, an escape reads as what it
        stands for. False when the expression is anything else (`{cond ? "Yes" : "No"}`)."""
        text = self.text
        start = skip_space(text, pos + 1)
        if text[start] not in "'\"`":
            return False
        placeholders: list[tuple[int, int]] = []
        stop = self._template_literal(start, placeholders) if text[start] == "`" else string_end(text, start)
        if skip_space(text, stop) != end or text[stop - 1] != text[start]:
            return False
        self._tag(pos, start + 1, "control")
        chunk = start + 1
        for placeholder_start, placeholder_end in placeholders:
            self._write(chunk, list(as_text(text[chunk:placeholder_start])))
            self._tag(placeholder_start, placeholder_end, "output")
            self.shown.append((placeholder_start + 1, placeholder_end, "placeholder"))
            chunk = placeholder_end
        self._write(chunk, list(as_text(text[chunk:stop - 1])))
        self._tag(stop - 1, end + 1, "control")
        return True

    def _tag(self, start: int, end: int, kind: str) -> None:
        """A template tag over [start, end), masked in the output with newlines kept."""
        if start >= end:
            return
        char = {"output": OUTPUT_MASK, "space": SPACE_MASK}.get(kind, CONTROL_MASK)
        self._write(start, _blank(self.text[start:end], char))
        self.tags.append(Tag(start, end, "control" if kind == "space" else kind, self.text[start:end]))
