"""Errors in the structure of JSON and YAML files, each with its line and column: nesting deeper
than MAX_DEPTH, duplicate YAML anchors, aliases that hold themselves, duplicate keys (found where
the trees are built, in readers/structured.py and readers/json_tree.py, and gathered here)."""

from __future__ import annotations

import re

from ..source import SourceError

MAX_DEPTH = 200
JSON_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[{}\[\],:]|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null|\S', re.S)


class DuplicateKeys:
    """Every duplicate key of a file, reported together as its one error line: the first at its
    position, the others listed after it (yamllint's `key-duplicates` names them all in one run;
    one at a time, a locale file with five took five runs, user36)."""

    LISTED = 10

    def __init__(self) -> None:
        self.found: list[tuple[str, int, int]] = []

    def add(self, name: str, line: int, column: int) -> None:
        self.found.append((name, line, column))

    def raise_any(self) -> None:
        if not self.found:
            return
        (name, line, column), others = self.found[0], self.found[1:]
        message = f"duplicate key {name!r}"
        if others:
            listed = ", ".join(f"{other!r} at {at}:{col}" for other, at, col in others[:self.LISTED])
            more = f" and {len(others) - self.LISTED} more" if len(others) > self.LISTED else ""
            message += f" (also {listed}{more})"
        raise SourceError(message, line, column)


def line_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of an offset, counted as the json module counts them."""
    return text.count("\n", 0, offset) + 1, offset - text.rfind("\n", 0, offset)


def json_too_deep(text: str, offset: int) -> SourceError:
    return SourceError(f"invalid JSON: nested too deeply (over {MAX_DEPTH} levels)", *line_column(text, offset))


def json_too_deep_offset(text: str) -> int:
    """Where valid-looking JSON first opens a level deeper than MAX_DEPTH (the json module's
    RecursionError says nothing of where)."""
    depth = 0
    for token in JSON_TOKEN.finditer(text):
        raw = token.group()
        if raw in "[{":
            depth += 1
            if depth > MAX_DEPTH + 1:
                return token.start()
        elif raw in "]}":
            depth -= 1
    return 0


_DUPLICATE_ANCHOR = re.compile(r"found duplicate anchor (.+); first occurrence")


def yaml_problem(exc) -> str:
    """PyYAML's message for an error: its `problem`, or for a duplicate anchor (whose problem is
    only "second occurrence") what is repeated and where it was first defined."""
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    duplicate = _DUPLICATE_ANCHOR.match(getattr(exc, "context", None) or "")
    first = getattr(exc, "context_mark", None)
    if duplicate and first is not None:
        return f"duplicate anchor {duplicate.group(1)} (first defined at {first.line + 1}:{first.column + 1})"
    return problem


def _mark_position(node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def yaml_too_deep(node) -> SourceError:
    return SourceError(f"invalid YAML: nested too deeply (over {MAX_DEPTH} levels)", *_mark_position(node))


def recursive_alias(node) -> SourceError:
    return SourceError("invalid YAML: an alias refers to a node that holds it (recursive)", *_mark_position(node))


def depth_limited_loader():
    """PyYAML's safe loader whose composer stops a node deeper than MAX_DEPTH at its own line
    and column (its recursion would otherwise give an error with no position, or none at all)."""
    import yaml

    class DepthLimitedLoader(yaml.SafeLoader):
        depth = -1

        def compose_node(self, parent, index):
            self.depth += 1
            try:
                if self.depth > MAX_DEPTH and not self._read_as_is(parent, index):
                    mark = self.peek_event().start_mark
                    raise SourceError(f"invalid YAML: nested too deeply (over {MAX_DEPTH} levels)",
                                      mark.line + 1, mark.column + 1)
                return super().compose_node(parent, index)
            finally:
                self.depth -= 1

        def _read_as_is(self, parent, index) -> bool:
            """An alias (no recursion) or a plain key, which the tree keeps as a name."""
            is_key = parent is not None and index is None
            return self.check_event(yaml.AliasEvent) or (is_key and self.check_event(yaml.ScalarEvent))

    return DepthLimitedLoader


_FLOW_BRACKET = re.compile(r"[\[\]{}]")


def check_flow_depth(text: str) -> None:
    """Refuse `[[[[...` deeper than MAX_DEPTH before PyYAML sees it: its scanner is quadratic in
    flow depth. Brackets inside plain scalars can only over-count, and only a file with hundreds
    of unmatched ones would be refused."""
    depth = 0
    for match in _FLOW_BRACKET.finditer(text):
        depth = depth + 1 if match.group() in "[{" else max(0, depth - 1)
        if depth > MAX_DEPTH:
            line = text.count("\n", 0, match.start()) + 1
            raise SourceError(f"invalid YAML: nested too deeply (over {MAX_DEPTH} levels)", line,
                              match.start() - text.rfind("\n", 0, match.start()))
