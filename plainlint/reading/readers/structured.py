"""JSON and YAML with exact string positions, and the composition of offset maps.

A selected string value is decoded (JSON escapes, YAML quoting and folding) into a segment-like
map from each character of its value to the file; the value is then read as text, HTML or
Markdown by the ordinary readers, and their maps are composed with the string's map, so a
finding inside HTML inside a JSON string still points at the exact line and column of the file.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from ..offsets import DECODED, LITERAL, EscapeRefused, OffsetMap, Piece
from ..source import SourceError
from .compose import compose_elements, compose_segment  # noqa: F401 - read from here by the readers
from .structure_errors import MAX_DEPTH, DuplicateKeys, depth_limited_loader
from .structure_errors import check_flow_depth
from .structure_errors import recursive_alias, yaml_problem, yaml_too_deep

# -- a value tree with positions ------------------------------------------------------------


@dataclass
class Scalar:
    value: object
    start: int = 0  # source span of the whole token (quotes included)
    end: int = 0
    map: OffsetMap | None = None  # for strings: value characters -> source
    escape: object = None  # re-escapes replacement text for this string's context
    anchor: Scalar | None = None  # an alias's repeat (no map): the anchored string it repeats


@dataclass
class Mapping:
    items: list[tuple[str, object]] = field(default_factory=list)
    start: int = 0

    def get(self, key: str):
        for name, value in self.items:
            if name == key:
                return value
        return None


@dataclass
class Sequence:
    items: list[object] = field(default_factory=list)
    start: int = 0


def holds_words(root) -> bool:
    """Whether any string value of the tree holds a letter (keys aside)."""
    pending = [root]
    while pending:
        node = pending.pop()
        if isinstance(node, Mapping):
            pending.extend(value for _, value in node.items)
        elif isinstance(node, Sequence):
            pending.extend(node.items)
        elif isinstance(node, Scalar) and isinstance(node.value, str) and any(c.isalpha() for c in node.value):
            return True
    return False


# -- YAML ------------------------------------------------------------------------------------

MAX_YAML_NODES = 200_000


def parse_yaml(text: str, path: str):
    import yaml

    check_flow_depth(text)
    try:
        documents = _compose_all(text)
    except RecursionError:
        raise SourceError("invalid YAML: nested too deeply") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = yaml_problem(exc)
        raise SourceError(f"invalid YAML: {problem}", mark.line + 1 if mark else None,
                          mark.column + 1 if mark else None) from None
    sizes: dict[int, int] = {}
    if sum(_expanded_size(doc, sizes, set(), 0) for doc in documents if doc is not None) > MAX_YAML_NODES:
        raise SourceError(f"YAML expands to more than {MAX_YAML_NODES} nodes (an alias bomb?)")
    budget = [MAX_YAML_NODES]
    read: dict[int, Scalar] = {}
    duplicates = DuplicateKeys()
    nodes = [_yaml_node(doc, text, budget, set(), 0, read, duplicates) for doc in documents if doc is not None]
    duplicates.raise_any()
    if len(nodes) == 1:
        return nodes[0]
    return Sequence(nodes)


def parse_yaml_erb(text: str, path: str) -> tuple[object, list]:
    """The tree of a YAML file, and the ERB tags masked to read it (none when it parses as
    written). Rails runs ERB over fixtures before YAML reads them (`a: <%= b c: 1 %>`, user37): a
    file that fails is read again with each ERB tag masked, offsets unchanged (an output tag as
    a placeholder, others as spaces: a `<% end %>` line is blank); if that fails too, the error
    is the one for the text as written."""
    try:
        return parse_yaml(text, path), []
    except SourceError as error:
        if "<%" not in text:
            raise
        from .. import templates

        tags = templates.find_tags(text, (templates.ERB,))
        if not tags:
            raise
        try:
            return parse_yaml(_erb_masked(text, tags), path), tags
        except SourceError:
            raise error from None


def _erb_masked(text: str, tags: list) -> str:
    from ..offsets import OUTPUT_MASK

    out, at = [], 0
    for tag in tags:
        out += [text[at:tag.start], re.sub(r"[^\r\n]", OUTPUT_MASK if tag.kind in ("output", "translation") else " ",
                                           tag.text)]
        at = tag.end
    out.append(text[at:])
    return "".join(out)


# Nodes libyaml may nest before its composer's C recursion could exhaust the stack.
C_COMPOSER_MAX_NESTING = 1000
_NESTING_MARKS = re.compile(r"[-?:\[{\n]")
# Text libyaml reads but PyYAML's Python loader refuses (found by comparing the two on ~100,000
# generated texts): tabs, a `?` in a flow collection, a block scalar header running into `#`,
# tags. Such text goes to the Python loader, so a file is valid or not whatever the build.
_LIBYAML_LENIENT = re.compile(r"\t|[|>][-+0-9]*#|(?:^|[\s\[{,])!")


def _compose_all(text: str) -> list:
    """PyYAML's node trees, from libyaml when it is there (front matter on every Markdown file
    made the pure-Python composer a tenth of a run), for text on which both give the same trees.
    libyaml's composer recurses in C, so it is only given text whose nesting is bounded (every
    new level needs a line, `-`, `?`, `:`, `[` or `{`); never a byte-order mark (its marks skip
    it, PyYAML's count it) nor text it is more lenient with; errors are re-read by the Python
    loader so messages never depend on the build."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", None)
    if loader is not None and _libyaml_reads_it_alike(text):
        try:
            return list(yaml.compose_all(text, Loader=loader))
        except Exception:  # noqa: BLE001 - the Python loader below gives the error, or the tree
            pass
    return list(yaml.compose_all(text, Loader=depth_limited_loader()))


def _libyaml_reads_it_alike(text: str) -> bool:
    if "\ufeff" in text or _LIBYAML_LENIENT.search(text):
        return False
    if "?" in text and ("[" in text or "{" in text):
        return False
    return len(_NESTING_MARKS.findall(text)) < C_COMPOSER_MAX_NESTING


def _expanded_size(node, sizes: dict[int, int], active: set[int], depth: int) -> int:
    """Nodes the tree holds once aliases are expanded, computed once per distinct node, so an
    alias bomb is measured in linear time and refused before anything is expanded."""
    import yaml

    key = id(node)
    if key in sizes:
        return sizes[key]
    if key in active:
        raise recursive_alias(node)
    if depth > MAX_DEPTH:
        raise yaml_too_deep(node)
    active.add(key)
    if isinstance(node, yaml.MappingNode):
        size = 1 + sum(_expanded_size(v, sizes, active, depth + 1) for _, v in node.value)
    elif isinstance(node, yaml.SequenceNode):
        size = 1 + sum(_expanded_size(v, sizes, active, depth + 1) for v in node.value)
    else:
        size = 1
    active.discard(key)
    sizes[key] = size
    return size


def _yaml_node(node, text, budget, active, depth, read, duplicates):
    """The value tree of a composed node. `active`: the collections being built (an alias to one
    of them is a cycle); `read`: the string nodes already given a map, since an alias (`*name`)
    is the anchored node itself, whose text is written (and linted) once, at the anchor;
    `duplicates`: where a repeated key is noted (the file is then an error, every one named)."""
    import yaml

    budget[0] -= 1
    if budget[0] < 0:
        raise SourceError(f"YAML expands to more than {MAX_YAML_NODES} nodes (an alias bomb?)")
    if id(node) in active:
        raise recursive_alias(node)
    if depth > MAX_DEPTH:
        raise yaml_too_deep(node)
    if isinstance(node, yaml.MappingNode):
        active.add(id(node))
        out = Mapping(start=node.start_mark.index)
        seen = set()
        for key, value in node.value:
            name = str(key.value)
            if name in seen:
                duplicates.add(name, key.start_mark.line + 1, key.start_mark.column + 1)
                continue
            seen.add(name)
            out.items.append((name, _yaml_node(value, text, budget, active, depth + 1, read, duplicates)))
        active.discard(id(node))
        return _merged(out)
    if isinstance(node, yaml.SequenceNode):
        active.add(id(node))
        out = Sequence([_yaml_node(v, text, budget, active, depth + 1, read, duplicates) for v in node.value],
                       node.start_mark.index)
        active.discard(id(node))
        return out
    start, end = _past_properties(text, node.start_mark.index, node.end_mark.index), node.end_mark.index
    tag = _constructible_tag(node.tag)
    if tag != _STR:
        return Scalar(_yaml_value(node, tag) if end > start else None, start, end)
    if id(node) in read:  # an alias's repeat: the value, not text to read again
        return Scalar(node.value, start, end, anchor=read[id(node)])
    read[id(node)] = yaml_string(node.value, text, start, end, node.style or "")
    return read[id(node)]


def _merged(mapping: Mapping) -> Mapping:
    """YAML's merge key (`<<: *defaults`, `<<: [*a, *b]`): the merged mappings' keys that the
    mapping does not set itself, first one first; they were a key named '<<' nobody read."""
    merges = [value for name, value in mapping.items if name == "<<"]
    if not merges:
        return mapping
    sources = merges[0].items if isinstance(merges[0], Sequence) else merges
    items = [(name, value) for name, value in mapping.items if name != "<<"]
    for source in (s for s in sources if isinstance(s, Mapping)):
        items += [(name, value) for name, value in source.items if name not in {n for n, _ in items}]
    return Mapping(items, mapping.start)


# An anchor (`&name`) and a tag (`!!str`, `!local`, `!<tag:...>`) before a scalar: the node's
# start mark is at the first of them, the value after them.
_PROPERTIES = re.compile(r"(?:[&!]\S*\s+)+")


def _past_properties(text: str, start: int, end: int) -> int:
    if start < end and text[start] in "&!":
        found = _PROPERTIES.match(text, start, end)
        if found:
            return found.end()
    return start


_STR = "tag:yaml.org,2002:str"
_YAML_TAG = "tag:yaml.org,2002:"


def _constructible_tag(tag: str) -> str:
    """The tag a scalar is read by: its own when the safe constructor knows it; YAML 1.1's type
    for a local shorthand of one (`!binary`, as Ruby's Psych writes VCR cassettes' bodies: Psych
    and Syck read `!binary` as `!!binary`); else a string, its text as written. A YAML 1.1 or
    application tag (`!ruby/object:BigDecimal`, `!ruby/sym`, `!!python/name:x`) is thus never
    constructed, and no longer makes the file invalid (user37: a Rails app's cassettes exited 2)."""
    import yaml

    known = yaml.SafeLoader.yaml_constructors
    if tag in known:
        return tag
    if tag.startswith("!") and not tag.startswith("!!") and _YAML_TAG + tag[1:] in known:
        return _YAML_TAG + tag[1:]
    return _STR


def _yaml_value(node, tag: str):
    """A non-string scalar's value, built from its node by the safe constructor as `tag` (the
    node is already parsed: no second parse); a value its tag cannot take (`!!float abc`) is a
    clear error at the scalar, never code and never a crash."""
    import yaml

    if tag != node.tag:
        node = yaml.ScalarNode(tag, node.value, node.start_mark, node.end_mark, node.style)
    try:
        return yaml.constructor.SafeConstructor().construct_object(node)
    except (yaml.YAMLError, ValueError, TypeError, OverflowError) as exc:
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise SourceError(f"invalid YAML value: {problem}", node.start_mark.line + 1,
                          node.start_mark.column + 1) from None


def yaml_string(value: str, text: str, start: int, end: int, style: str) -> Scalar:
    """Align a YAML scalar's value with its source: literal runs, folded breaks, escapes."""
    pieces: list[Piece] = []
    i, j = 0, start
    # Skip the block header line ("|-", ">2") or the opening quote.
    if style in ("|", ">"):
        j = text.index("\n", start) + 1 if "\n" in text[start:end] else end
    elif style in ("'", '"'):
        j = start + 1
    run = None  # (value_start, source_start)

    def flush():
        nonlocal run
        if run is not None and i > run[0]:
            pieces.append(Piece(run[0], i, run[1], run[1] + i - run[0], LITERAL))
        run = None

    while i < len(value) and j < end:
        char, source_char = value[i], text[j]
        if style == '"' and source_char == "\\":
            flush()
            code = text[j + 1] if j + 1 < end else ""
            if code in "\r\n":  # an escaped line break joins lines and stands for nothing
                j += 1
                while j < end and text[j] in " \t\r\n":
                    j += 1
                continue
            width = 2 + {"x": 2, "u": 4, "U": 8}.get(code, 0)
            pieces.append(Piece(i, i + 1, j, j + width, DECODED))
            i, j = i + 1, j + width
            continue
        if style == "'" and char == "'" and text.startswith("''", j):
            flush()
            pieces.append(Piece(i, i + 1, j, j + 2, DECODED))
            i, j = i + 1, j + 2
            continue
        if char == source_char:
            if run is None:
                run = (i, j)
            i, j = i + 1, j + 1
            continue
        if char == "\n" and source_char == "\r":
            # A CRLF (or lone CR) line break read as "\n": the same alignment as an LF file, so
            # indentation after it is skipped, not swallowed together with leading spaces.
            flush()
            width = 2 if text.startswith("\r\n", j) else 1
            pieces.append(Piece(i, i + 1, j, j + width, DECODED))
            i, j = i + 1, j + width
            continue
        if char in " \n" and source_char in "\r\n":
            # A folded line break (and the indentation after it) stands for one space or newline.
            flush()
            k = j
            while k < end and text[k] in " \t\r\n":
                k += 1
            pieces.append(Piece(i, i + 1, j, k, DECODED))
            i, j = i + 1, k
            continue
        if source_char in " \t\r\n":
            flush()
            j += 1
            continue
        break
    flush()
    if i < len(value):  # could not align the rest: keep it, mapped to the remaining span (inexact)
        pieces.append(Piece(i, len(value), min(j, end), end, DECODED))
    escape = _yaml_escaper(style)
    return Scalar(value, start, end, OffsetMap(pieces), escape)


def _yaml_escaper(style: str):
    if style == '"':
        return _yaml_double_quoted_text
    if style == "'":
        return _yaml_single_quoted_text
    if style in ("|", ">"):
        return _yaml_block_text
    return _yaml_plain_text


# Characters that would turn plain-scalar text into YAML syntax (an indicator, a flow
# collection, an anchor, a comment) when they start it or stand anywhere in a flow context.
_YAML_PLAIN_UNSAFE = re.compile(r"^[-?:,\[\]{}#&*!|>'\"%@`\s]|[,\[\]{}]|: | #|:$|\s$")


def _yaml_double_quoted_text(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)[1:-1]


def _yaml_single_quoted_text(text: str) -> str:
    return text.replace("'", "''")


def _yaml_plain_text(text: str) -> str:
    """Plain scalars have no escapes: refuse text that YAML would read as syntax."""
    if "\n" in text or "\r" in text or "\t" in text or _YAML_PLAIN_UNSAFE.search(text):
        raise EscapeRefused(f"cannot write {text!r} into a plain YAML scalar")
    return text


def _yaml_block_text(text: str) -> str:
    """Block scalars take any text on one line; a line break would need the block's indent."""
    if "\n" in text or "\r" in text or text[:1].isspace():
        raise EscapeRefused(f"cannot write {text!r} into a YAML block scalar")
    return text
