"""`--format json`: one JSON array of findings (the documented, stable public shape)."""

from __future__ import annotations

import json

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
        return (finding.to_json(result.source) for finding in result.findings)

    def file(self, result) -> None:
        for item in self.items(result):
            self.stream.write("\n  " if self.first else ",\n  ")
            self.stream.write(json.dumps(item, ensure_ascii=False))
            self.first = False

    def finish(self, summary) -> None:
        self.stream.write(("\n" if not self.first else "") + self.closing() + "\n")
