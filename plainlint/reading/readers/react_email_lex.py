"""What the React Email reader (react_email.py) needs besides its scanner: the element each
component renders, and the scanner's small lexical steps (strings, regular expressions, white
space). Split from react_email.py (react24) to keep each module under 400 lines."""

from __future__ import annotations

# The element each React Email (and jsx-email) component renders; `Heading` is worked out from `as`.
RENDERED = {
    "Html": "html", "Head": "head", "Body": "body", "Preview": "p", "Container": "div",
    "Section": "div", "Row": "div", "Column": "div", "Text": "p", "Button": "a", "Link": "a",
    "Img": "img", "Hr": "hr", "Font": "svg", "CodeBlock": "svg", "CodeInline": "code",
    "Markdown": "div",
}
VOID = {"img", "hr", "br", "meta", "link", "input", "area", "base", "col", "wbr", "source"}


def rendered_element(name: str, attributes: dict[str, tuple[int, int, str]], text: str) -> str | None:
    """The HTML element a JSX element stands for, or None for a transparent component."""
    if name[0].islower() and "." not in name:
        return name
    if name == "Heading":
        start, end, kind = attributes.get("as", (0, 0, "none"))
        level = text[start + 1:end - 1].strip() if kind in ("string", "expression") else ""
        if kind == "expression":  # `as={"h2"}`
            level = level[1:-1] if level[:1] in ("'", '"', "`") and level[-1:] == level[:1] else ""
        return level if level in ("h1", "h2", "h3", "h4", "h5", "h6") else "h1"
    if name == "Html" and "lang" not in attributes:
        return "div"  # React Email's <Html> renders lang="en" when none is given
    return RENDERED.get(name)


def jsx_follows(text: str, pos: int) -> bool:
    return pos + 1 < len(text) and (text[pos + 1] == ">" or text[pos + 1].isalpha() or text[pos + 1] in "_$")


def skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end == -1 else end


def after(text: str, closer: str, pos: int) -> int:
    end = text.find(closer, pos)
    return len(text) if end == -1 else end + len(closer)


def string_end(text: str, pos: int) -> int:
    quote, pos = text[pos], pos + 1
    while pos < len(text) and text[pos] != quote and text[pos] != "\n":
        pos += 2 if text[pos] == "\\" else 1
    return pos + 1


def template_end(text: str, pos: int, end: int, hole_close) -> tuple[int, list[tuple[int, int]]]:
    """The position after the template literal whose backtick is at `pos`, read up to `end`, and the
    span of each `${...}` in it; `hole_close(p)` is the position of the `}` closing a hole whose code
    starts at p (the scanner reads JSX there, the expression lexer tokens). Unclamped: past `end`
    when the literal or a hole is not closed."""
    pos, holes = pos + 1, []
    while pos < end and text[pos] != "`":
        if text[pos] == "\\":
            pos += 2
        elif text.startswith("${", pos):
            start, pos = pos, hole_close(pos + 2) + 1
            holes.append((start, pos))
        else:
            pos += 1
    return pos + 1, holes


def regex_end(text: str, pos: int) -> int:
    """The position after a regular expression literal starting at `pos` (its flags included)."""
    in_class, pos = False, pos + 1
    while pos < len(text) and text[pos] != "\n":
        char = text[pos]
        if char == "\\":
            pos += 1
        elif char == "[":
            in_class = True
        elif char == "]":
            in_class = False
        elif char == "/" and not in_class:
            break
        pos += 1
    pos += 1
    while pos < len(text) and text[pos].isalpha():
        pos += 1
    return pos
