"""Where a key path such as `rules.jargon.add[2].use` sits in a YAML or TOML text.

The loaders turn text into plain dicts and lists, so validation works on those; when a value
is at fault, these find its line and column in the text again so the error can name them
(`.plainlint.yaml:7:14: error: ...`). Returns "" when the path cannot be found.
"""

from __future__ import annotations

import re

_PARTS = re.compile(r"[^.\[\]]+|\[\d+\]")


def key_parts(key: str) -> list[str | int]:
    """`a.b[2].c` -> ["a", "b", 2, "c"]."""
    return [int(part[1:-1]) if part.startswith("[") else part for part in _PARTS.findall(key)]


def yaml_position(text: str, key: str, at_value: bool = True) -> str:
    """":line:column" of the value at `key` (or of the key itself) in YAML text, or ""."""
    import yaml

    try:
        node = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError:
        return ""
    mark = None
    for part in key_parts(key):
        if isinstance(node, yaml.MappingNode) and isinstance(part, str):
            found = [(k, v) for k, v in node.value if str(k.value) == part]
            if not found:
                break
            key_node, node = found[0]
            mark = node.start_mark if at_value else key_node.start_mark
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
            mark = node.start_mark
        else:
            break
    return f":{mark.line + 1}:{mark.column + 1}" if mark else ""


# --- TOML: tomllib keeps no positions, so the text is scanned for the key's table and line.

_TABLE = re.compile(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(?:#.*)?$")
_ASSIGN = re.compile(r"^\s*((?:[A-Za-z0-9_-]+|\"[^\"]*\"|'[^']*')(?:\s*\.\s*(?:[A-Za-z0-9_-]+|\"[^\"]*\"|'[^']*'))*)\s*=\s*")


def _dotted(text: str) -> list[str]:
    return [part.strip().strip("\"'") for part in re.findall(r"\"[^\"]*\"|'[^']*'|[^.]+", text)]


def toml_position(text: str, key: str, at_value: bool = True, table_of_keys: tuple = ("tool", "plainlint")) -> str:
    """":line:column" of `key` (relative to `[tool.plainlint]` in a pyproject.toml; to the top,
    `table_of_keys=()`, in a TOML config given with --config), or ""."""
    target = [*table_of_keys, *key_parts(key)]
    table: list = []
    counts: dict[tuple, int] = {}
    best = ""
    offset = 0
    for number, line in enumerate(text.splitlines(keepends=True), start=1):
        start_of_line = offset
        offset += len(line)
        header = _TABLE.match(line)
        if header:
            names = _dotted(header.group(2))
            if header.group(1) == "[[":
                index = counts[tuple(names)] = counts.get(tuple(names), -1) + 1
                table = [*names, index]
            else:
                table = names
            if table == target:
                return f":{number}:{line.index('[') + 1}"
            if _is_prefix(table, target):
                best = f":{number}:{line.index('[') + 1}"
            elif _is_prefix(target, table):  # the key begins a longer table name: `[tool.plainlint]` for `tool`
                return f":{number}:{header.start(2) + 1}"
            continue
        assign = _ASSIGN.match(line)
        if not assign:
            continue
        path = [*table, *_dotted(assign.group(1))]
        if not _is_prefix(path, target):
            if _is_prefix(target, path):  # the key begins a longer dotted key: `tool.plainlint.select = ...`
                return f":{number}:{assign.start(1) + 1}"
            continue
        rest = target[len(path):]
        if not rest:
            return f":{number}:{(assign.end() if at_value else assign.start(1)) + 1}"
        found = _inline(text, start_of_line + assign.end(), rest, at_value)
        if found is None:
            return f":{number}:{assign.end() + 1}"
        return _line_column(text, found)
    return best


def _is_prefix(path: list, target: list) -> bool:
    return len(path) <= len(target) and target[:len(path)] == path


def _inline(text: str, position: int, rest: list, at_value: bool) -> int | None:
    """Offset of the rest of a key path inside an inline table or array starting at `position`."""
    for part in rest:
        while position < len(text) and text[position] in " \t":
            position += 1
        if isinstance(part, int):
            if text[position:position + 1] != "[":
                return None
            position = _element(text, position, part)
        else:
            if text[position:position + 1] != "{":
                return None
            match = re.compile(r"[{,]\s*(?P<key>[\"']?" + re.escape(part) + r"[\"']?)\s*=\s*").search(text, position)
            if match is None:
                return None
            if part is rest[-1] and not at_value:
                return match.start("key")
            position = match.end()
        if position is None:
            return None
    return position


def _element(text: str, position: int, index: int) -> int | None:
    """Offset of the `index`-th element of the array whose `[` is at `position`."""
    depth, count, i = 0, 0, position
    quote = None
    while i < len(text):
        char = text[i]
        if quote:
            if char == quote:
                quote = None
        elif char in "\"'":
            quote = char
        elif char in "[{":
            depth += 1
            if depth == 2 and count == index:
                return i
        elif char in "]}":
            depth -= 1
            if depth == 0:
                return None
        elif char == "," and depth == 1:
            count += 1
        elif depth == 1 and count == index and not char.isspace() and char != "#":
            return i
        i += 1
    return None


def _line_column(text: str, offset: int) -> str:
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return f":{line}:{column}"
