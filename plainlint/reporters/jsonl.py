"""`--format jsonl`: one finding per line, each the same object as in `--format json`.

Streams: a consumer can act on the first finding before the run ends, and a run killed half
way still leaves whole lines.
"""

from __future__ import annotations

import json

from . import Reporter


class JsonLinesReporter(Reporter):
    def file(self, result) -> None:
        for finding in result.findings:
            self.stream.write(json.dumps(finding.to_json(result.source), ensure_ascii=False) + "\n")
