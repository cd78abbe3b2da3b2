"""Front matter simple enough to read without a YAML parser.

Importing PyYAML costs about 15 ms, a tenth of a one-file run, and most front matter's prose
keys are one line each: `title: How refunds work`. Such a line is read here into the same
Scalar that structured.parse_yaml builds (structured.yaml_string over the same span); anything
else (quotes, block scalars, continuation lines, comments, a key twice, a value YAML would
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
        match = _LINE.match(line)
        if match is None or match.group(1) in seen or match.group(2).lower() in _NOT_STRINGS:
            return None
        if root.start < 0:
            root.start = start
        seen.add(match.group(1))
        value = match.group(2)
        begin = start + match.start(2)
        root.items.append((match.group(1), yaml_string(value, body, begin, begin + len(value), "")))
    return root if root.items else None
