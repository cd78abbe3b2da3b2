"""Front matter simple enough to read without a YAML parser.

Importing PyYAML costs about 15 ms, a tenth of a one-file run, and most front matter's prose
keys are one line each: `title: How refunds work`. Such a line is read here into the same
Scalar that structured.parse_yaml builds (structured.yaml_string over the same span); anything
else (escapes, block scalars, continuation lines, comments, a key twice, a value YAML would
resolve to something other than a string, a character YAML refuses) returns None and goes to
the YAML parser, so the result never depends on which path read it (tests compare both).
"""

from __future__ import annotations

import re

from .structured import Mapping, yaml_string

# `key: value` at the start of a line; the value starts with a letter (no YAML indicator,
# quote, number or date) and holds no `: `, ` #` (a comment) or tab. Trailing spaces are not
# part of a plain scalar.
_LINE = re.compile(r"([a-z]+):[ ]+([A-Za-z](?:[^\t\r\n:#]|:(?=[^ \t\r\n])|(?<! )#)*?)[ ]*$")
# `key: "value"` or `key: 'value'` on one line, the value holding no quote of its kind and no
# backslash (so no escape and no line folding: the value is the text between the quotes, as
# YAML reads it), and nothing but spaces after the closing quote. Most Microsoft Learn and
# Docusaurus front matter quotes its title and description.
_QUOTED_LINE = re.compile(r"""([a-z]+):[ ]+(?:"([^"\\\t]+)"|'([^'\\\t]+)')[ ]*$""")
# Plain words YAML 1.1 resolves to booleans or null (PyYAML's resolver), not to strings.
_NOT_STRINGS = {"yes", "no", "true", "false", "on", "off", "null", "y", "n"}
# What YAML refuses in a stream (the complement of PyYAML's printable set, written as the few
# ranges it leaves out: the wide class costs 6 ms to compile), the BOM YAML skips, and the
# characters YAML reads as line breaks besides \n (NEL, LS, PS).
_NOT_SIMPLE = re.compile("[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uD800-\uDFFF\uFEFF\uFFFE\uFFFF\u2028\u2029]")


def simple_mapping(body: str) -> Mapping | None:
    """The mapping of one-line `key: plain words` entries in `body`, or None when any line
    needs YAML's full grammar (blank lines are skipped)."""
    if "\r" in body or _NOT_SIMPLE.search(body):
        return None
    root = Mapping(start=-1)
    seen = set()
    offset = 0
    for line in body.split("\n"):
        start = offset
        offset += len(line) + 1
        if not line.strip(" "):
            continue
        entry = _entry(line, start, body)
        if entry is None or entry[0] in seen:
            return None
        if root.start < 0:
            root.start = start
        seen.add(entry[0])
        root.items.append(entry)
    return root if root.items else None


def _entry(line: str, start: int, body: str) -> tuple | None:
    """(key, Scalar) of one line of `body` starting at `start`, or None when it needs YAML."""
    match = _LINE.match(line)
    if match is not None:
        value = match.group(2)
        if value.lower() in _NOT_STRINGS:
            return None
        begin = start + match.start(2)
        return match.group(1), yaml_string(value, body, begin, begin + len(value), "")
    match = _QUOTED_LINE.match(line)
    if match is None:
        return None
    group = 2 if match.group(2) is not None else 3
    value = match.group(group)
    begin = start + match.start(group) - 1  # the opening quote, where YAML's node starts
    return match.group(1), yaml_string(value, body, begin, begin + len(value) + 2, line[match.start(group) - 1])
