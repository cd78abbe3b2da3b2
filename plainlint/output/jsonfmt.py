"""`--format json`: one JSON array of findings (the documented, stable public shape), and an
entry for each file that could not be linted (`"rule": null`, `"category": "error"`)."""

from __future__ import annotations

import json

from ..linting.findings import error_to_json
from . import Reporter


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
            self.stream.write(json.dumps(item, ensure_ascii=False))
            self.first = False

    def finish(self, summary) -> None:
        self.stream.write(("\n" if not self.first else "") + self.closing() + "\n")
