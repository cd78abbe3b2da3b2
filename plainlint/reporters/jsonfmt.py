"""`--format json`: one JSON array of findings (the documented, stable public shape)."""

from __future__ import annotations

import json

from . import Reporter


class JsonReporter(Reporter):
    def start(self) -> None:
        self.first = True
        self.stream.write("[")

    def file(self, result) -> None:
        for finding in result.findings:
            self.stream.write("\n  " if self.first else ",\n  ")
            self.stream.write(json.dumps(finding.to_json(result.source), ensure_ascii=False))
            self.first = False

    def finish(self, summary) -> None:
        self.stream.write("\n]\n" if not self.first else "]\n")
