"""The string literals a React Email template shows, read as prose where they are written (react37).

Many templates keep their copy out of the JSX: `const copy = { heading: "..." }` rendered as
`<Heading>{copy.heading}</Heading>`, `const previewText = `Join ${team}`` as
`<Preview>{previewText}</Preview>`, a prop's default (`function Email({ title = "Welcome" })`), a
ternary's branches (`{isNew ? "Welcome!" : "Welcome back!"}`). The scanner (react_email.py) reads
each `{...}` child as one placeholder, so none of it was linted (session 36's user trial).

Only what reaches the reader is read: the expressions the scanner saw shown (a `{...}` child, an
`alt`/`title` value) are lexed, and their value operands (the whole expression, a ternary's branches,
the right of `||`, `??` and `&&`, the parts of a `+`; never a condition, a call's argument or a
comparison's side) are followed: a literal in a child is read in place, unless the child stands in
running text ("Hi {name ?? 'there'}"), where it stays one placeholder; a name or member (`copy.body`,
`rows[0].title`, `row.title` in `rows.map((row) => ...)`) is resolved through the file's assignments
(`const`/`let`/`var`, later assignments, destructured and parameter defaults), objects and arrays,
and each string it reaches is read where it is declared. Class names, URLs in `href`, style values,
imports and keys never reach a shown expression, so they stay unread. A lexer, not a parser: names
are not scoped (an assignment anywhere in the file counts) and a call's result is never followed.

Each string read is its own unit: its quotes become boundary masks (they vanish and end the unit),
its escapes read as the characters they stand for (`as_text`), each `${...}` is a placeholder and is
itself followed as shown. Same length throughout: positions are the string's characters in the source.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ..offsets import BRANCH_MASK, CONTROL_MASK, OUTPUT_MASK, SPACE_MASK, EscapeRefused, Segment
from ..templates import Tag
from ..translation_strings import escapes_read
from .react_email_js import Expressions, Ref, Token, bindings, lex, resolve

# A '<' that would open markup in the HTML the reader writes ('<b', '</', '<!--', '<?'): React renders
# a string child as text, so the '<' vanishes (rev24: '<!--' or '<script>' in a string swallowed
# the rest of the e-mail).
_MARKUP_OPENER = re.compile(r"<(?=[A-Za-z!/?])")


def as_text(literal: str) -> str:
    """A string's body as the HTML reader must read it: its escapes read, no markup opened."""
    return _MARKUP_OPENER.sub(CONTROL_MASK, escapes_read(literal))


_CODE_RUN = re.compile(f"[{CONTROL_MASK}\r\n]+")
_LETTER = re.compile(r"[^\W\d_]")
_VANISHING = {CONTROL_MASK, SPACE_MASK, BRANCH_MASK}


def read_shown(text: str, out: list[str], tags: list[Tag], shown: list[tuple[int, int, str]]) -> None:
    """Read, in `out` (the scanner's same-length HTML), the strings the `shown` expressions show:
    (start, end, where) of each `{...}` child ("text"), `alt`/`title` value ("attribute") and `${...}`
    of a template-literal child ("placeholder"); only a "text" child's own literals are read in place."""
    if not shown:
        return
    kept_out, kept_tags = out[:], tags[:]
    try:
        _read_shown(text, out, tags, shown)
    except RecursionError:
        # Code nested past Python's recursion limit (an array literal 300 deep, a chain of 300
        # assignments) leaves the strings unread, as before react37: the rest of the template is
        # read (rev38: the whole file was refused, "nested too deeply to read").
        out[:], tags[:] = kept_out, kept_tags


def _read_shown(text: str, out: list[str], tags: list[Tag], shown: list[tuple[int, int, str]]) -> None:
    view = _code_view(text, "".join(out))
    scanned = len(tags)
    writer = _Writer(text, out, tags, bindings(view, lex(view, 0, len(view))[0]))
    for start, end, where in shown:
        writer.follow(start + 1, end - 1, (start, end) if where == "text" else None)
    if writer.carved:  # the carved children's placeholders, dropped in one pass (rev38: one pass a child was quadratic)
        tags[:scanned] = [tag for tag in tags[:scanned] if (tag.start, tag.end) not in writer.carved]


def _code_view(text: str, masked: str) -> str:
    """The source with all but its code (what the scanner blanked) turned to spaces, lines kept."""
    pieces, done = [], 0
    for run in _CODE_RUN.finditer(masked):
        pieces += [" " * (run.start() - done), text[run.start():run.end()]]
        done = run.end()
    return "".join(pieces) + " " * (len(text) - done)


class _Writer:
    def __init__(self, text: str, out: list[str], tags: list[Tag], found: dict[str, list]) -> None:
        self.text, self.out, self.tags, self.found = text, out, tags, found
        self.read: set[int] = set()
        self.carved: set[tuple[int, int]] = set()  # the children whose placeholder _carve split

    def follow(self, start: int, end: int, child: tuple[int, int] | None) -> None:
        """The expression in [start, end): its literals read in place when it is a `child` that
        stands alone, the strings its names reach read where they are declared."""
        values = Expressions(self.text, lex(self.text, start, end)[0]).operands(0)[0]
        literals = [value for value in values if isinstance(value, Token) and self._readable(value)]
        if child is not None and literals and not self._in_running_text(*child):
            self._carve(child, literals)
        for string in resolve(self.found, [value for value in values if isinstance(value, Ref)]):
            if string.start not in self.read and self._readable(string) \
                    and _CODE_RUN.fullmatch("".join(self.out[string.start:string.end])):
                self._string(string)

    def _readable(self, token: Token) -> bool:
        """A string closed by its own quote, with a letter in it."""
        return token.end - token.start >= 2 and self.text[token.end - 1] == self.text[token.start] \
            and _LETTER.search(self.text, token.start + 1, token.end - 1) is not None

    def _in_running_text(self, start: int, end: int) -> bool:
        """Whether text stands beside the child in its element ("Hi {name ?? 'there'},"): its
        literals are then a word of that sentence, left a placeholder."""
        before, after_it = start - 1, end
        while before >= 0 and (self.out[before].isspace() or self.out[before] in _VANISHING):
            before -= 1
        while after_it < len(self.out) and (self.out[after_it].isspace() or self.out[after_it] in _VANISHING):
            after_it += 1
        return not ((before < 0 or self.out[before] == ">") and (after_it >= len(self.out) or self.out[after_it] == "<"))

    def _carve(self, child: tuple[int, int], literals: list[Token]) -> None:
        """The child's placeholder split: each literal read as its own unit, the rest vanishing (the
        placeholder's tag is dropped by read_shown, once for all children)."""
        self.carved.add(child)
        done = child[0]
        for literal in sorted(literals, key=lambda token: token.start):
            self._tag(done, literal.start, "control")
            self._string(literal)
            done = literal.end
        self._tag(done, child[1], "control")

    def _string(self, token: Token) -> None:
        """A string's characters read as prose: quotes end the unit, each `${...}` a placeholder."""
        self.read.add(token.start)
        self._tag(token.start, token.start + 1, "boundary")
        chunk = token.start + 1
        for hole_start, hole_end in token.holes:
            self._put(chunk, as_text(self.text[chunk:hole_start]))
            self._tag(hole_start, hole_end, "output")
            self.follow(hole_start + 2, hole_end - 1, None)
            chunk = hole_end
        self._put(chunk, as_text(self.text[chunk:token.end - 1]))
        self._tag(token.end - 1, token.end, "boundary")

    def _put(self, start: int, chars: str) -> None:
        self.out[start:start + len(chars)] = list(chars)

    def _tag(self, start: int, end: int, kind: str) -> None:
        if start >= end:
            return
        char = {"output": OUTPUT_MASK, "boundary": BRANCH_MASK}.get(kind, CONTROL_MASK)
        self.out[start:end] = [c if c in "\r\n" else char for c in self.text[start:end]]
        self.tags.append(Tag(start, end, kind, self.text[start:end]))


def guard_string_fixes(doc, tags: list[Tag]) -> None:
    """A fix in a string read here must not need an escape: its own quote would end the JavaScript
    string (or the JSX attribute), a backslash or `${` would start an escape or a placeholder. Each
    segment with text in a string (between its quotes' boundary tags) refuses such a fix."""
    quotes = sorted((tag.start, tag.text) for tag in tags if tag.kind == "boundary" and tag.text in "'\"`")
    strings = [(start, end, quote) for (start, quote), (end, _) in zip(quotes[::2], quotes[1::2])]
    ends = [end for _, end, _ in strings]  # ascending: the strings are apart, in order
    for index, segment in enumerate(doc.segments):
        where = segment.source_span()
        refused = "".join(_quotes_over(strings, ends, where.start, where.end))
        if refused:
            doc.segments.replace(index, Segment(segment.text, segment.map, segment.scope,
                                                _refusing(segment.escape, refused), segment.context))


def _quotes_over(strings: list[tuple[int, int, str]], ends: list[int], start: int, end: int):
    """The quote of each string overlapping [start, end), found by bisection (rev38: each segment
    compared with every string was quadratic in a template of many strings)."""
    at = bisect_right(ends, start)
    while at < len(strings) and strings[at][0] < end:
        yield strings[at][2]
        at += 1


def _refusing(escape, quotes: str):
    def escape_in_a_string(text: str) -> str:
        if any(char in text for char in quotes + "\\") or "${" in text:
            raise EscapeRefused(f"a fix in a JavaScript string cannot take {quotes}, a backslash or ${{")
        return escape(text)
    return escape_in_a_string
