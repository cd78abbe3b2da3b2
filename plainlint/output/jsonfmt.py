"""`--format json`: one JSON array of findings (the documented, stable public shape), and an
entry for each file that could not be linted (`"rule": null`, `"category": "error"`)."""

from __future__ import annotations

import json

from ..linting.findings import error_to_json
from ..reading.source import LONE_SURROGATE
from . import Reporter


def dumps(item) -> str:
    """One JSON value, non-ASCII text as itself. A file name that is not UTF-8 holds lone
    surrogates (Python's surrogateescape): written as escapes (`\\udce9`), so the report stays
    valid UTF-8 and `json.load` gives back the name `os.fsencode` turns into its bytes (as its
    raw bytes, the report was no longer UTF-8 and JSON readers refused or mangled it)."""
    text = json.dumps(item, ensure_ascii=False)
    if text.isascii():  # (no surrogate to escape: most findings; speed29)
        return text
    return LONE_SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


class JsonReporter(Reporter):
    """Streams a JSON array, one item per line; subclasses choose the items."""

    def opening(self) -> str:
        return "["

    def closing(self) -> str:
        return "]"

    def start(self) -> None:
        self.first = True
        self.stream.write(self.opening())

    def items(self, result):
        if result.error is not None:  # a file that could not be linted is an entry too
            yield error_to_json(result.path, result.error)
        yield from (finding.to_json(result.source) for finding in result.findings)

    def file(self, result) -> None:
        for item in self.items(result):
            self.stream.write("\n  " if self.first else ",\n  ")
            self.stream.write(dumps(item))
            self.first = False

    def finish(self, summary) -> None:
        self.stream.write(("\n" if not self.first else "") + self.closing() + "\n")
