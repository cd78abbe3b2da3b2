"""`--format jsonl`: one finding per line, each the same object as in `--format json`
(a file that could not be linted is a line too, as in `--format json`).

Streams: a consumer can act on the first finding before the run ends, and a run killed half
way still leaves whole lines.
"""

from __future__ import annotations

from ..linting.findings import error_to_json
from . import Reporter
from .jsonfmt import dumps


class JsonLinesReporter(Reporter):
    def file(self, result) -> None:
        if result.error is not None:
            self.stream.write(dumps(error_to_json(result.path, result.error)) + "\n")
        for finding in result.findings:
            self.stream.write(dumps(finding.to_json(result.source)) + "\n")
