"""The little of JavaScript the React Email reader needs to follow a template's copy (react37): a
lexer (strings, template literals and their `${...}`, comments, regular expressions), the values an
expression shows (its value operands: the whole expression, a ternary's branches, the right of `||`,
`??` and `&&`, the parts of a `+`; never a condition, a call's argument or a comparison's side), each
name's assigned values (objects, arrays, defaults, `.map` elements) and what a name or member reaches.
Split from react_email_strings.py, which reads the strings, to keep each module under 400 lines."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

from .react_email_lex import regex_end, string_end, template_end

# One lexeme: white space, a comment, a name, a number, a quote that opens a string, a punctuator.
_LEXEME = re.compile(r"(?P<space>\s+)|(?P<comment>//[^\n]*|/\*.*?(?:\*/|\Z))|(?P<name>[^\W\d][\w$]*|\$[\w$]*)"
                     r"|(?P<number>\d[\w.]*)|(?P<quote>['\"`])"
                     r"|(?P<punct>\?\?=?|\?\.(?!\d)|&&=?|\|\|=?|===?|!==?|=>|\.\.\.|[-+*/%<>!=&|^]=?|[^\s\w$])", re.S)
_REGEX_AFTER_WORDS = {"return", "typeof", "case", "yield", "await", "in", "of", "void", "delete"}
# The operators before and after an operand whose value is what the expression shows.
_VALUE_BEFORE = {None, "?", ":", "||", "??", "&&", "+"}
_VALUE_AFTER = {None, ":", "||", "??", "+"}
_OPERATORS = {"?", ":", "||", "??", "&&", "+", "-", "*", "/", "%", "===", "!==", "==", "!=", "<", ">",
              "<=", ">=", "instanceof", "in"}
_TYPE_WORDS = {"as", "satisfies"}  # `as const`, `satisfies Copy`: the value is the operand before
_MAPS = {"map", "flatMap"}
# A prop named for data whose default is a sample value for the preview, never copy (react37, Dub's sets)
_DATA_PROP = re.compile(r"(?:name|e?mail|url|link|href|src|domain|id|date|time|amount|count|number|total|slug|"
                        r"key|token|code|currency|phone|address|ip|location|country|city|price|plan|program|"
                        r"workspace|company|org|organization|team|user|partner|customer|recipient|sender|"
                        r"inviter|owner|brand|product|store|site|host|provider|feedback|reason)s?(?:text)?$", re.I)


class Token(NamedTuple):
    kind: str  # "name", "number", "string", "template", "punct"
    start: int
    end: int
    value: str
    holes: tuple[tuple[int, int], ...] = ()  # a template literal's `${...}` spans


class Ref(NamedTuple):
    path: tuple[str, ...]  # `copy.body` ("copy", "body"); an index `rows[0]` "0"; `row` of a map "*"


@dataclass
class _Obj:
    entries: dict[str, list] = field(default_factory=dict)


@dataclass
class _Arr:
    items: list[list] = field(default_factory=list)


def lex(text: str, start: int, end: int, until_brace: bool = False) -> tuple[list[Token], int]:
    """The tokens of the code in [start, end); with `until_brace`, up to the `}` that closes the
    block it starts in (a `${...}`), whose position is returned instead of the end."""
    tokens: list[Token] = []
    pos, depth = start, 0
    while pos < end:
        match = _LEXEME.match(text, pos)
        kind, value = match.lastgroup, match.group()
        if kind in ("space", "comment"):
            pos = match.end()
        elif kind == "quote":
            stop, holes = (min(string_end(text, pos), end), ()) if value != "`" else _template_end(text, pos, end)
            tokens.append(Token("string" if value != "`" else "template", pos, stop, text[pos:stop], holes))
            pos = stop
        elif value == "/" and _regex_may_start(tokens):
            pos = regex_end(text, pos)
        else:
            if value == "{":
                depth += 1
            elif value == "}":
                if until_brace and depth == 0:
                    return tokens, pos
                depth -= 1
            tokens.append(Token(kind, pos, match.end(), value))
            pos = match.end()
    return tokens, end


def _template_end(text: str, pos: int, end: int) -> tuple[int, tuple[tuple[int, int], ...]]:
    """The template literal at `pos` within [.., end): its end and its holes, none past `end`."""
    stop, holes = template_end(text, pos, end, lambda code: lex(text, code, end, until_brace=True)[1])
    return min(stop, end), tuple((start, min(close, end)) for start, close in holes)


def _regex_may_start(tokens: list[Token]) -> bool:
    if not tokens:
        return True
    last = tokens[-1]
    return last.value in _REGEX_AFTER_WORDS if last.kind == "name" else \
        last.kind == "punct" and last.value not in (")", "]", "}")


class Expressions:
    """Value operands of expressions over one token list (`matching`: each bracket's partner)."""

    def __init__(self, text: str, tokens: list[Token]) -> None:
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
        return ([] if called else [Ref(tuple(path))]), index

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


def _key(token: Token) -> str:
    return token.value[1:-1] if token.kind == "string" else token.value


def bindings(text: str, tokens: list[Token]) -> dict[str, list]:
    """Each name's values in the file: what is assigned to it (a declaration, a later assignment,
    a destructured or parameter default), and the element of a `.map((row) => ...)`."""
    expressions, found = Expressions(text, tokens), {}
    for index, token in enumerate(tokens):
        if token.kind != "name" or (index and tokens[index - 1].value in (".", "?.")):
            continue
        at = index + 1
        if expressions.value(at) == ":" and index and tokens[index - 1].value in ("const", "let", "var"):
            while at < len(tokens) and expressions.value(at) not in ("=", ";"):
                at = expressions.close(at) + 1 if expressions.value(at) in ("(", "[", "{") else at + 1
        if expressions.value(at) == "=":
            values = expressions.operands(at + 1)[0]
            if index and tokens[index - 1].value in ("{", ","):  # a default: `({ title = "Welcome" })`
                values = _default_copy(token.value, values)
            found.setdefault(token.value, []).extend(values)
    for index, token in enumerate(tokens):
        if token.value in _MAPS and index >= 2 and tokens[index - 1].value in (".", "?.") \
                and expressions.value(index + 1) == "(":
            _map_aliases(expressions, index, found)
    return found


def _default_copy(name: str, values: list) -> list:
    """A prop's default as far as it is the template's copy. Dub's templates (and many others) give
    each prop a sample value for the preview: `email = "panic@thedis.co"`, `name = "Brendon Urie"`,
    `payout = { ... }`. A customer never reads those, so an object or array default, and any default
    of a prop named for data (a name, an address, an amount: `_DATA_PROP`), is not followed."""
    if _DATA_PROP.search(name):
        return []
    return [value for value in values if isinstance(value, Token)]


def _map_aliases(expressions: Expressions, index: int, found: dict[str, list]) -> None:
    """`rows.map((row) => ...)`: `row` is each element of `rows`; `rows.map(({ title }) => ...)`:
    `title` is each element's `title`."""
    start = index - 2
    while start >= 2 and expressions.value(start - 1) in (".", "?.") and expressions.tokens[start - 2].kind == "name":
        start -= 2
    path = tuple(expressions.tokens[at].value for at in range(start, index - 1, 2)) + ("*",)
    at = index + 3 if expressions.value(index + 2) == "(" else index + 2
    token = expressions.tokens[at] if at < len(expressions.tokens) else None
    if token is not None and token.kind == "name" and expressions.value(at + 1) in (",", ")", "=>"):
        found.setdefault(token.value, []).append(Ref(path))
    elif token is not None and token.value == "{":
        for inner in range(at + 1, expressions.close(at)):
            name = expressions.tokens[inner]
            if name.kind == "name" and expressions.value(inner - 1) in ("{", ",") \
                    and expressions.value(inner + 1) in (",", "}", "="):
                found.setdefault(name.value, []).append(Ref(path + (name.value,)))


def resolve(found: dict[str, list], values: list, steps: tuple[str, ...] = (), seen: set | None = None) -> list[Token]:
    """The string tokens `values` reach, followed by `steps` (keys and indexes). `seen`: each name
    with its steps is followed once, so a cycle (`let a = b; let b = a;`) or a name assigned from
    itself many times (`s = s + "..."`) stays linear."""
    seen = set() if seen is None else seen
    reached: list[Token] = []
    for value in values:
        if isinstance(value, Ref):
            key = (value.path[0], value.path[1:] + steps)
            if key not in seen:
                seen.add(key)
                reached += resolve(found, found.get(value.path[0], []), key[1], seen)
        elif isinstance(value, Token):
            reached += [] if steps else [value]
        elif isinstance(value, _Obj) and steps:  # `labels[kind]`: any of its values
            entries = [item for items in value.entries.values() for item in items] if steps[0] == "*" \
                else value.entries.get(steps[0], [])
            reached += resolve(found, entries, steps[1:], seen)
        elif isinstance(value, _Arr):
            items = value.items if not steps or not steps[0].isdigit() else value.items[int(steps[0]):int(steps[0]) + 1]
            rest = steps[1:] if steps and (steps[0] == "*" or steps[0].isdigit()) else steps
            reached += resolve(found, [item for element in items for item in element], rest, seen)
    return reached
