"""`plainlint report`: a self-contained HTML health report and its data as report.json.

The run is an ordinary Run (config, discovery, lint_file) with a collecting reporter: each file
becomes a DocumentRecord and its per-document view is written to a temporary file at once, so
memory holds records, not texts. The page is then assembled: overview, tables, the views.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from datetime import datetime, timezone
from pathlib import Path

from .. import __version__
from ..reporters import Reporter
from ..run import EXIT_ERROR, Run, RunOptions
from .compare import CompareError, Comparison, compare, load_report
from .model import REPORT_SCHEMA, DocumentRecord, document_record
from .page import overview, page_head, page_tail
from .views import document_view

DEFAULT_TITLE = "Content health report"


class ReportCollector(Reporter):
    """Receives each linted file from Run; keeps its record and writes its view."""

    def __init__(self, views, old: dict[str, DocumentRecord] | None = None):
        super().__init__(views)
        self.views = views
        self.old = old
        self.records: list[DocumentRecord] = []

    def file(self, result) -> None:
        record = document_record(len(self.records) + 1, result)
        self.records.append(record)
        new_prints, removed = None, []
        if self.old is not None:
            before = self.old.get(record.path)
            old_prints = set() if before is None else {f.fingerprint for f in before.findings}
            new_prints = {f.fingerprint for f in record.findings} - old_prints
            if before is not None:
                current = {f.fingerprint for f in record.findings}
                removed = [f for f in before.findings if f.fingerprint not in current]
        text = result.source.text if result.source is not None else None
        self.views.write(document_view(record, text, result.findings, new_prints, removed) + "\n")


def json_path_for(output: Path) -> Path:
    return output.with_suffix(".json")


def report_data(records: list[DocumentRecord], comparison: Comparison | None) -> dict:
    return {
        "schema": REPORT_SCHEMA,
        "plainlint": __version__,
        "created": datetime.now(timezone.utc).replace(microsecond=0).isoformat(),
        "documents": [d.to_json() for d in records],
        "comparison": None if comparison is None else comparison.to_json(),
    }


def write_report(options: RunOptions, output: Path, compare_with: Path | None = None,
                 title: str = DEFAULT_TITLE, error=print, notice=print) -> int:
    """Lint, then write OUTPUT (HTML) and report.json beside it. Exit code as for check, except
    that findings are not a failure: 0 written, 2 when a file or the config could not be read."""
    old_records = None
    if compare_with is not None:
        try:
            old_records = load_report(compare_with)
        except CompareError as exc:
            error(f"error: {exc}")
            return EXIT_ERROR
    with tempfile.TemporaryFile("w+", encoding="utf-8") as views:
        collector = ReportCollector(views, None if old_records is None else {d.path: d for d in old_records})
        code = Run(options, views, error=error, reporter=collector).execute()
        if code == EXIT_ERROR and not collector.records:
            return EXIT_ERROR
        records = collector.records
        comparison = None if old_records is None else compare(compare_with.name, old_records, records)
        views.seek(0)
        output.parent.mkdir(parents=True, exist_ok=True)
        with output.open("w", encoding="utf-8") as page:
            page.write(page_head(title))
            page.write(overview(records, title, comparison))
            shutil.copyfileobj(views, page)
            page.write("</section>\n")
            page.write(page_tail())
    json_path_for(output).write_text(json.dumps(report_data(records, comparison), ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    notice(f"Wrote {output} and {json_path_for(output)} ({len(records)} documents)")
    return EXIT_ERROR if code == EXIT_ERROR else 0
