"""The work a backtracking regular expression does, counted: a test's stand-in for `re`.

Python's `re` gives no count of the steps it takes, and where a linear fix changed an expression
itself (a run read possessively, a trailing word asked for outside the expression), the quadratic
work was inside one `search` call, where counting calls or characters handed to it sees nothing.
`StepCounter` runs the same parsed expression (`re._parser`) with the same semantics as `re`
(leftmost match, ordered alternatives, greedy, lazy and possessive repeats, atomic groups,
look-arounds, the same flags) and counts one step each time a part of the expression is tried at
a position: the backtracking `re` does, in a unit that does not depend on the machine.

`re` adds constant-factor shortcuts (a literal prefix found by a fast scan, a repeat of one
character matched in a C loop) and none that changes how work grows with the input, so a count
that grows linearly here grows linearly there; tests/running/test_regex_steps.py checks that it
finds what `re` finds on the expressions the linear tests use."""

from __future__ import annotations

import re
import sys
from re import _constants as C  # noqa: N812
from re import _parser


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


_CATEGORIES = {
    C.CATEGORY_DIGIT: str.isdecimal, C.CATEGORY_NOT_DIGIT: lambda ch: not ch.isdecimal(),
    C.CATEGORY_SPACE: str.isspace, C.CATEGORY_NOT_SPACE: lambda ch: not ch.isspace(),
    C.CATEGORY_WORD: _is_word, C.CATEGORY_NOT_WORD: lambda ch: not _is_word(ch),
}


class StepCounter:
    """A compiled pattern's `search`, `match`, `fullmatch`, `finditer`, `findall` and `sub`
    (numbered groups only), each part of the expression tried counted in `steps`."""

    def __init__(self, pattern: str | re.Pattern, flags: int = 0):
        if isinstance(pattern, re.Pattern):
            pattern, flags = pattern.pattern, pattern.flags
        self.pattern = pattern
        parsed = _parser.parse(pattern, flags)
        self.flags = parsed.state.flags
        self.groups = parsed.state.groups - 1
        self._top = self._sequence(list(parsed), self.flags)
        self.steps = 0

    # -- the interface the code under test calls --------------------------------------------

    def match(self, text: str, pos: int = 0, endpos: int | None = None):
        return self._at(text, pos, len(text) if endpos is None else min(endpos, len(text)), pos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int | None = None):
        end = len(text) if endpos is None else min(endpos, len(text))
        return self._at(text, pos, end, pos, whole=True)

    def search(self, text: str, pos: int = 0, endpos: int | None = None):
        end = len(text) if endpos is None else min(endpos, len(text))
        for start in range(pos, end + 1):
            found = self._at(text, start, end, pos)
            if found is not None:
                return found
        return None

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        end = len(text) if endpos is None else min(endpos, len(text))
        while pos <= end:
            found = self.search(text, pos, end)
            if found is None:
                return
            yield found
            pos = found.end() if found.end() > found.start() else found.end() + 1

    def findall(self, text: str, pos: int = 0, endpos: int | None = None):
        found = []
        for m in self.finditer(text, pos, endpos):
            groups = tuple(m.group(g) or "" for g in range(1, self.groups + 1))
            found.append(m.group() if not groups else groups[0] if len(groups) == 1 else groups)
        return found

    def sub(self, replacement: str, text: str) -> str:
        """Each match replaced by `replacement`, a plain string (no group references)."""
        pieces, done = [], 0
        for m in self.finditer(text):
            pieces += [text[done:m.start()], replacement]
            done = m.end()
        return "".join(pieces) + text[done:]

    # -- matching ---------------------------------------------------------------------------

    def _at(self, text: str, start: int, end: int, searched_from: int, whole: bool = False):
        self._text, self._end, self._marks = text, end, {}
        ends = []
        limit = sys.getrecursionlimit()
        sys.setrecursionlimit(max(limit, 20 * (end - start) + 10_000))
        try:
            found = self._top(start, lambda e: (not whole or e == end) and (ends.append(e) or True))
        finally:
            sys.setrecursionlimit(limit)
        return _Match(text, start, ends[0], dict(self._marks)) if found else None

    def _sequence(self, items, flags):
        parts = [self._item(op, av, flags) for op, av in items]

        def run(pos, k, i=0):
            if i == len(parts):
                return k(pos)
            return parts[i](pos, lambda e: run(e, k, i + 1))
        return run

    def _item(self, op, av, flags):  # noqa: C901 - one branch per operation of the parsed form
        counted = self._counted
        if op in (C.LITERAL, C.NOT_LITERAL, C.ANY, C.IN):
            test = self._char_test(op, av, flags)
            return counted(lambda pos, k: pos < self._end and test(self._text[pos]) and k(pos + 1))
        if op is C.AT:
            test = self._position_test(av, flags)
            return counted(lambda pos, k: test(pos) and k(pos))
        if op is C.BRANCH:
            alternatives = [self._sequence(list(alt), flags) for alt in av[1]]
            return counted(lambda pos, k: any(alt(pos, k) for alt in alternatives))
        if op is C.SUBPATTERN:
            group, add, remove, sub = av
            body = self._sequence(list(sub), (flags | add) & ~remove)
            return body if group is None else self._capture(group, body)
        if op is C.ATOMIC_GROUP:
            return counted(self._first_end_then(self._sequence(list(av), flags)))
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            low, high, sub = av
            return counted(self._repeat(op, low, high, self._sequence(list(sub), flags)))
        if op in (C.ASSERT, C.ASSERT_NOT):
            direction, sub = av
            return counted(self._look(op is C.ASSERT, direction, sub, flags))
        raise NotImplementedError(f"regex_steps: {op} in {self.pattern!r}")

    def _counted(self, part):
        def run(pos, k):
            self.steps += 1
            return part(pos, k)
        return run

    def _capture(self, group, body):
        """The group's span kept while the rest of the expression matches, undone if it fails."""
        def run(pos, k):
            def close(e):
                before = self._marks.get(group)
                self._marks[group] = (pos, e)
                if k(e):
                    return True
                self._marks.pop(group) if before is None else self._marks.__setitem__(group, before)
                return False
            return body(pos, close)
        return run

    def _first_end_then(self, sub):
        def run(pos, k):
            ends = []
            return sub(pos, lambda e: ends.append(e) or True) and k(ends[0])
        return run

    def _repeat(self, op, low, high, sub):
        if op is C.POSSESSIVE_REPEAT:
            def possessive(pos, k):
                count = 0
                while count < high:
                    ends = []
                    if not sub(pos, lambda e: ends.append(e) or True) or (ends[0] == pos and count >= low):
                        break
                    pos, count = ends[0], count + 1
                return count >= low and k(pos)
            return possessive
        greedy = op is C.MAX_REPEAT

        def more(pos, k, count):
            return count < high and sub(pos, lambda e: (e != pos or count < low) and step(e, k, count + 1))

        def step(pos, k, count):
            if count < low:
                return more(pos, k, count)
            if greedy:
                return more(pos, k, count) or k(pos)
            return k(pos) or more(pos, k, count)
        return lambda pos, k: step(pos, k, 0)

    def _look(self, positive, direction, sub, flags):
        body = self._sequence(list(sub), flags)
        if direction == 1:
            def ahead(pos, k):
                return (body(pos, lambda e: True) == positive) and k(pos)
            return ahead
        low, high = sub.getwidth()
        assert low == high, f"regex_steps: a look-behind of variable width in {self.pattern!r}"

        def behind(pos, k):
            fits = pos - low >= 0 and body(pos - low, lambda e: e == pos)
            return fits == positive and k(pos)
        return behind

    def _char_test(self, op, av, flags):
        fold = bool(flags & re.IGNORECASE)
        if op is C.ANY:
            return (lambda ch: True) if flags & re.DOTALL else (lambda ch: ch != "\n")
        if op in (C.LITERAL, C.NOT_LITERAL):
            same = _same_letter(chr(av), fold)
            return same if op is C.LITERAL else (lambda ch: not same(ch))
        negate = any(item_op is C.NEGATE for item_op, _ in av)
        tests = [self._set_item(item_op, item_av) for item_op, item_av in av if item_op is not C.NEGATE]

        def in_set(ch):
            variants = {ch, ch.lower(), ch.upper()} if fold else (ch,)
            return any(test(v) for v in variants for test in tests) != negate
        return in_set

    @staticmethod
    def _set_item(op, av):
        if op is C.LITERAL:
            return lambda ch: ord(ch) == av
        if op is C.RANGE:
            return lambda ch: av[0] <= ord(ch) <= av[1]
        if op is C.CATEGORY:
            return _CATEGORIES[av]
        raise NotImplementedError(f"regex_steps: {op} in a set")

    def _position_test(self, at, flags):
        multiline = bool(flags & re.MULTILINE)

        def text():
            return self._text

        def word_before(pos):
            return pos > 0 and _is_word(text()[pos - 1])

        def word_after(pos):
            return pos < self._end and _is_word(text()[pos])
        tests = {
            C.AT_BEGINNING_STRING: lambda pos: pos == 0,
            C.AT_END_STRING: lambda pos: pos == self._end,
            C.AT_BEGINNING: lambda pos: pos == 0 or (multiline and text()[pos - 1] == "\n"),
            C.AT_END: lambda pos: pos == self._end or (pos == self._end - 1 and text()[pos] == "\n")
            or (multiline and text()[pos] == "\n"),
            C.AT_BOUNDARY: lambda pos: word_before(pos) != word_after(pos),
            C.AT_NON_BOUNDARY: lambda pos: word_before(pos) == word_after(pos),
        }
        if at not in tests:
            raise NotImplementedError(f"regex_steps: {at} in {self.pattern!r}")
        return tests[at]


def _same_letter(letter: str, fold: bool):
    if not fold:
        return lambda ch: ch == letter
    forms = {letter, letter.lower(), letter.upper()}
    return lambda ch: ch in forms or ch.lower() in forms or ch.upper() in forms


class _Match:
    """The whole match of a StepCounter search: span, start, end, group()."""

    def __init__(self, text: str, start: int, end: int, groups: dict[int, tuple[int, int]]):
        self.string, self._spans = text, {0: (start, end), **groups}

    def span(self, group=0):
        return self._spans.get(group, (-1, -1))

    def start(self, group=0):
        return self.span(group)[0]

    def end(self, group=0):
        return self.span(group)[1]

    def group(self, group=0):
        start, end = self.span(group)
        return None if start < 0 else self.string[start:end]
