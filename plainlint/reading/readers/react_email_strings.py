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
from dataclasses import dataclass, field

from ..offsets import BRANCH_MASK, CONTROL_MASK, OUTPUT_MASK, SPACE_MASK
from ..templates import Tag
from ..translation_strings import escapes_read
from .react_email_lex import after, line_end, regex_end, string_end

# A '<' that would open markup in the HTML the reader writes ('<b', '</', '<!--', '<?'): React renders
# a string child as text, so the '<' vanishes (rev24: '<!--' or '<script>' in a string swallowed
# the rest of the e-mail).
_MARKUP_OPENER = re.compile(r"<(?=[A-Za-z!/?])")


def as_text(literal: str) -> str:
    """A string's body as the HTML reader must read it: its escapes read, no markup opened."""
    return _MARKUP_OPENER.sub(CONTROL_MASK, escapes_read(literal))


_NAME = re.compile(r"[A-Za-z_$][\w$]*")
_NUMBER = re.compile(r"\d[\w.]*")
_PUNCT = re.compile(r"\?\?=?|\?\.(?!\d)|&&=?|\|\|=?|===?|!==?|=>|\.\.\.|[-+*/%<>!=&|^]=?|[^\s\w$]")
_REGEX_AFTER_WORDS = {"return", "typeof", "case", "yield", "await", "in", "of", "void", "delete"}
_LETTER = re.compile(r"[^\W\d_]")
# The operators before and after an operand whose value is what the expression shows.
_VALUE_BEFORE = {None, "?", ":", "||", "??", "&&", "+"}
_VALUE_AFTER = {None, ":", "||", "??", "+"}
_OPERATORS = {"?", ":", "||", "??", "&&", "+", "-", "*", "/", "%", "===", "!==", "==", "!=", "<", ">",
              "<=", ">=", "instanceof", "in"}
_TYPE_WORDS = {"as", "satisfies"}  # `as const`, `satisfies Copy`: the value is the operand before
_MAPS = {"map", "flatMap"}
_VANISHING = {CONTROL_MASK, SPACE_MASK, BRANCH_MASK}


@dataclass(frozen=True)
class _Token:
    kind: str  # "name", "number", "string", "template", "punct"
    start: int
    end: int
    value: str
    holes: tuple[tuple[int, int], ...] = ()  # a template literal's `${...}` spans


@dataclass(frozen=True)
class _Ref:
    path: tuple[str, ...]  # `copy.body` ("copy", "body"); an index `rows[0]` "0"; `row` of a map "*"


@dataclass
class _Obj:
    entries: dict[str, list] = field(default_factory=dict)


@dataclass
class _Arr:
    items: list[list] = field(default_factory=list)


def lex(text: str, start: int, end: int, until_brace: bool = False) -> tuple[list[_Token], int]:
    """The tokens of the code in [start, end); with `until_brace`, up to the `}` that closes the
    block it starts in (a `${...}`), whose position is returned instead of the end."""
    tokens: list[_Token] = []
    pos, depth = start, 0
    while pos < end:
        char = text[pos]
        if char.isspace():
            pos += 1
        elif text.startswith("//", pos):
            pos = line_end(text, pos)
        elif text.startswith("/*", pos):
            pos = after(text, "*/", pos + 2)
        elif char in "'\"":
            stop = min(string_end(text, pos), end)
            tokens.append(_Token("string", pos, stop, text[pos:stop]))
            pos = stop
        elif char == "`":
            stop, holes = _template_end(text, pos, end)
            tokens.append(_Token("template", pos, stop, text[pos:stop], holes))
            pos = stop
        elif char == "/" and _regex_may_start(tokens):
            pos = regex_end(text, pos)
        else:
            match = _NAME.match(text, pos) or _NUMBER.match(text, pos)
            kind = "punct" if match is None else ("name" if match.re is _NAME else "number")
            match = match or _PUNCT.match(text, pos)
            value = match.group()
            if value == "{":
                depth += 1
            elif value == "}":
                if until_brace and depth == 0:
                    return tokens, pos
                depth -= 1
            tokens.append(_Token(kind, pos, match.end(), value))
            pos = match.end()
    return tokens, end


def _template_end(text: str, pos: int, end: int) -> tuple[int, tuple[tuple[int, int], ...]]:
    pos, holes = pos + 1, []
    while pos < end and text[pos] != "`":
        if text[pos] == "\\":
            pos += 2
        elif text.startswith("${", pos):
            close = lex(text, pos + 2, end, until_brace=True)[1]
            holes.append((pos, min(close + 1, end)))
            pos = close + 1
        else:
            pos += 1
    return min(pos + 1, end), tuple(holes)


def _regex_may_start(tokens: list[_Token]) -> bool:
    if not tokens:
        return True
    last = tokens[-1]
    return last.value in _REGEX_AFTER_WORDS if last.kind == "name" else \
        last.kind == "punct" and last.value not in (")", "]", "}")


class _Expressions:
    """Value operands of expressions over one token list (`matching`: each bracket's partner)."""

    def __init__(self, text: str, tokens: list[_Token]) -> None:
        self.text, self.tokens = text, tokens
        self.matching: dict[int, int] = {}
        opened: list[int] = []
        for index, token in enumerate(tokens):
            if token.kind == "punct" and token.value in "([{":
                opened.append(index)
            elif token.kind == "punct" and token.value in ")]}" and opened:
                self.matching[opened.pop()] = index

    def value(self, index: int) -> str | None:
        return self.tokens[index].value if index < len(self.tokens) else None

    def close(self, index: int) -> int:
        return self.matching.get(index, len(self.tokens))

    def operands(self, index: int, stop: int | None = None) -> tuple[list, int]:
        """The values an expression from `index` shows, and where it ends."""
        stop = len(self.tokens) if stop is None else stop
        values, before = [], None
        while index < stop:
            found, index = self.primary(index)
            if found is None:
                break
            while self.value(index) in _TYPE_WORDS and index + 1 < stop:
                index += 2
            after_it = self.value(index) if index < stop else None
            if before in _VALUE_BEFORE and (after_it in _VALUE_AFTER or after_it not in _OPERATORS):
                values.extend(found)
            if after_it not in _OPERATORS:
                break
            before, index = after_it, index + 1
        return values, index

    def primary(self, index: int) -> tuple[list | None, int]:
        """One operand from `index`: its values (none for a call, a number, an arrow function)
        and the index after it; None when no operand starts there."""
        token = self.tokens[index] if index < len(self.tokens) else None
        if token is None:
            return None, index
        if token.kind in ("string", "template"):
            return [token], index + 1
        if token.kind == "number":
            return [], index + 1
        if token.value == "{" and self.close(index) == index + 2 and self.tokens[index + 1].kind in ("string", "template"):
            return [self.tokens[index + 1]], index + 3  # a component's `label={`Failed to ${x}`}`
        if token.value == "{":
            return [self.object(index)], self.close(index) + 1
        if token.value == "[":
            return [self.array(index)], self.close(index) + 1
        if token.value == "(":
            inner = self.operands(index + 1, self.close(index))[0]
            end = self.close(index) + 1
            return ([], end + 1) if self.value(end) == "=>" else (inner, end)
        if token.value in ("!", "-", "+", "~", "typeof", "new", "await", "void"):
            return [], self.primary(index + 1)[1]
        if token.kind == "name":
            return self.chain(index)
        return None, index

    def chain(self, index: int) -> tuple[list, int]:
        """`copy.body`, `rows[0].title`, `a?.b`: a reference; a call anywhere in it: nothing."""
        path, index, called = [self.tokens[index].value], index + 1, False
        while index < len(self.tokens):
            value = self.value(index)
            if value in (".", "?.") and self.tokens[index + 1:index + 2] and self.tokens[index + 1].kind == "name":
                path.append(self.tokens[index + 1].value)
                index += 2
            elif value == "[":
                key = self.tokens[index + 1] if index + 1 < len(self.tokens) else None
                literal = key is not None and key.kind in ("string", "number") and self.close(index) == index + 2
                path.append(_key(key) if literal else "*")
                index = self.close(index) + 1
            elif value == "(":
                called, index = True, self.close(index) + 1
            elif value == "!" and self.value(index + 1) not in ("=", "=="):  # TypeScript's non-null
                index += 1
            else:
                break
        return ([] if called else [_Ref(tuple(path))]), index

    def object(self, index: int) -> _Obj:
        found, stop, index = _Obj(), self.close(index), index + 1
        while index < stop:
            key = self.tokens[index]
            if self.value(index + 1) == ":" and key.kind in ("name", "string", "number"):
                values, index = self.operands(index + 2, stop)
                found.entries.setdefault(_key(key), []).extend(values)
            index = self._next_item(index, stop)
        return found

    def array(self, index: int) -> _Arr:
        found, stop, index = _Arr(), self.close(index), index + 1
        while index < stop:
            values, index = self.operands(index, stop)
            found.items.append(values)
            index = self._next_item(index, stop)
        return found

    def _next_item(self, index: int, stop: int) -> int:
        """The index after the next `,` at this level (or `stop`)."""
        while index < stop and self.value(index) != ",":
            index = self.close(index) + 1 if self.value(index) in ("(", "[", "{") else index + 1
        return index + 1


def _key(token: _Token) -> str:
    return token.value[1:-1] if token.kind == "string" else token.value


def bindings(text: str, tokens: list[_Token]) -> dict[str, list]:
    """Each name's values in the file: what is assigned to it (a declaration, a later assignment,
    a destructured or parameter default), and the element of a `.map((row) => ...)`."""
    expressions, found = _Expressions(text, tokens), {}
    for index, token in enumerate(tokens):
        if token.kind != "name" or (index and tokens[index - 1].value in (".", "?.")):
            continue
        at = index + 1
        if expressions.value(at) == ":" and index and tokens[index - 1].value in ("const", "let", "var"):
            while at < len(tokens) and expressions.value(at) not in ("=", ";"):
                at = expressions.close(at) + 1 if expressions.value(at) in ("(", "[", "{") else at + 1
        if expressions.value(at) == "=":
            found.setdefault(token.value, []).extend(expressions.operands(at + 1)[0])
    for index, token in enumerate(tokens):
        if token.value in _MAPS and index >= 2 and tokens[index - 1].value in (".", "?.") \
                and expressions.value(index + 1) == "(":
            _map_aliases(expressions, index, found)
    return found


def _map_aliases(expressions: _Expressions, index: int, found: dict[str, list]) -> None:
    """`rows.map((row) => ...)`: `row` is each element of `rows`; `rows.map(({ title }) => ...)`:
    `title` is each element's `title`."""
    start = index - 2
    while start >= 2 and expressions.value(start - 1) in (".", "?.") and expressions.tokens[start - 2].kind == "name":
        start -= 2
    path = tuple(expressions.tokens[at].value for at in range(start, index - 1, 2)) + ("*",)
    at = index + 3 if expressions.value(index + 2) == "(" else index + 2
    token = expressions.tokens[at] if at < len(expressions.tokens) else None
    if token is not None and token.kind == "name" and expressions.value(at + 1) in (",", ")", "=>"):
        found.setdefault(token.value, []).append(_Ref(path))
    elif token is not None and token.value == "{":
        for inner in range(at + 1, expressions.close(at)):
            name = expressions.tokens[inner]
            if name.kind == "name" and expressions.value(inner - 1) in ("{", ",") \
                    and expressions.value(inner + 1) in (",", "}", "="):
                found.setdefault(name.value, []).append(_Ref(path + (name.value,)))


def resolve(found: dict[str, list], values: list, steps: tuple[str, ...] = (), depth: int = 0) -> list[_Token]:
    """The string tokens `values` reach, followed by `steps` (keys and indexes)."""
    if depth > 16:
        return []
    reached: list[_Token] = []
    for value in values:
        if isinstance(value, _Ref):
            reached += resolve(found, found.get(value.path[0], []), value.path[1:] + steps, depth + 1)
        elif isinstance(value, _Token):
            reached += [] if steps else [value]
        elif isinstance(value, _Obj) and steps:  # `labels[kind]`: any of its values
            entries = [item for items in value.entries.values() for item in items] if steps[0] == "*" \
                else value.entries.get(steps[0], [])
            reached += resolve(found, entries, steps[1:], depth + 1)
        elif isinstance(value, _Arr):
            items = value.items if not steps or not steps[0].isdigit() else value.items[int(steps[0]):int(steps[0]) + 1]
            rest = steps[1:] if steps and (steps[0] == "*" or steps[0].isdigit()) else steps
            reached += resolve(found, [item for element in items for item in element], rest, depth + 1)
    return reached


def read_shown(text: str, out: list[str], tags: list[Tag], shown: list[tuple[int, int, str]]) -> None:
    """Read, in `out` (the scanner's same-length HTML), the strings the `shown` expressions show:
    (start, end, "text" or "attribute") of each `{...}` child and `alt`/`title` value."""
    if not shown:
        return
    view = "".join(char if mask == CONTROL_MASK or char in "\r\n" else " " for char, mask in zip(text, out))
    writer = _Writer(text, out, tags, bindings(view, lex(view, 0, len(view))[0]))
    for start, end, where in shown:
        writer.follow(start + 1, end - 1, (start, end) if where == "text" else None)


class _Writer:
    def __init__(self, text: str, out: list[str], tags: list[Tag], found: dict[str, list]) -> None:
        self.text, self.out, self.tags, self.found = text, out, tags, found
        self.read: set[int] = set()

    def follow(self, start: int, end: int, child: tuple[int, int] | None) -> None:
        """The expression in [start, end): its literals read in place when it is a `child` that
        stands alone, the strings its names reach read where they are declared."""
        values = _Expressions(self.text, lex(self.text, start, end)[0]).operands(0)[0]
        literals = [value for value in values if isinstance(value, _Token) and self._readable(value)]
        if child is not None and literals and not self._in_running_text(*child):
            self._carve(child, literals)
        for string in resolve(self.found, [value for value in values if isinstance(value, _Ref)]):
            if string.start not in self.read and self._readable(string) and all(
                    self.out[at] == CONTROL_MASK or self.text[at] in "\r\n" for at in range(string.start, string.end)):
                self._string(string)

    def _readable(self, token: _Token) -> bool:
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

    def _carve(self, child: tuple[int, int], literals: list[_Token]) -> None:
        """The child's placeholder split: each literal read as its own unit, the rest vanishing."""
        self.tags[:] = [tag for tag in self.tags if (tag.start, tag.end) != child]
        done = child[0]
        for literal in sorted(literals, key=lambda token: token.start):
            self._tag(done, literal.start, "control")
            self._string(literal)
            done = literal.end
        self._tag(done, child[1], "control")

    def _string(self, token: _Token) -> None:
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
