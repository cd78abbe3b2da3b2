"""`plainlint report`: a self-contained HTML health report and its data as report.json.

The run is an ordinary Run (config, discovery, lint_file) with a collecting reporter: each file
becomes a DocumentRecord and its per-document view is written to a temporary file at once, so
memory holds records, not texts. The page is then assembled: overview, tables, the views.

Where the views go: for a help centre of a few hundred articles they fit in the report itself
(one file to mail or attach; a view is shown when its #doc-N is the URL's target). A whole
corpus' views hold all of its text and every finding (about 100 MB for 5,600 files), which one
page cannot carry well, so above INLINE_LIMIT they become one small page each in a folder beside
the report (sharing one stylesheet there), loaded only when opened. --documents inline|folder forces either.
"""

from __future__ import annotations

import shutil
import tempfile
from datetime import datetime, timezone
from pathlib import Path

from .. import __version__
from ..output import Reporter
from ..output.jsonfmt import dumps
from ..running.run import EXIT_ERROR, Run, RunOptions
from .compare import CompareError, Comparison, compare, load_report
from .model import REPORT_SCHEMA, DocumentRecord, document_parts
from .page import STYLESHEET, asset, document_page, overview, page_head, page_tail
from .views import BACK_LINK, document_view

DEFAULT_TITLE = "Content health report"

INLINE_LIMIT = 8_000_000  # bytes of document views above which "auto" writes them to a folder
# A file name that is not UTF-8 (lone surrogates from os.fsdecode) is shown as its escape,
# `caf\udce9.md` (as report.json holds it): UTF-8 refuses them, and the report stopped.
NAMES = "backslashreplace"


class ReportCollector(Reporter):
    """Receives each linted file from Run; keeps its record and writes its view (UTF-8) to a
    temporary file, remembering where each view starts and ends."""

    def __init__(self, views, old: dict[str, DocumentRecord] | None = None):
        super().__init__(views)
        self.views = views
        self.old = old
        self.records: list[DocumentRecord] = []
        self.spans: list[tuple[int, int]] = []

    def file(self, result) -> None:
        text = result.source.text if result.source is not None else None
        for part in document_parts(len(self.records) + 1, result):
            self._add(part, text)

    def _add(self, part, text: str | None) -> None:
        record = part.record
        self.records.append(record)
        new_prints, removed = None, []
        if self.old is not None:
            before = self.old.get(record.path)
            old_prints = set() if before is None else {f.fingerprint for f in before.findings}
            new_prints = {f.fingerprint for f in record.findings} - old_prints
            if before is not None:
                current = {f.fingerprint for f in record.findings}
                removed = [f for f in before.findings if f.fingerprint not in current]
        start = self.views.tell()
        view = document_view(record, text, part.findings, new_prints, removed, part.start, part.end)
        self.views.write((view + "\n").encode("utf-8", NAMES))
        self.spans.append((start, self.views.tell()))


def json_path_for(output: Path) -> Path:
    return output.with_suffix(".json")


def folder_for(output: Path) -> Path:
    return output.with_name(output.stem + "-documents")


def write_json(path: Path, records: list[DocumentRecord], comparison: Comparison | None) -> None:
    """One document per line: a large report stays diffable and is never built as one string."""
    head = {"schema": REPORT_SCHEMA, "plainlint": __version__,
            "created": datetime.now(timezone.utc).replace(microsecond=0).isoformat(),
            "comparison": None if comparison is None else comparison.to_json()}
    with path.open("w", encoding="utf-8") as out:
        out.write(dumps(head)[:-1] + ',\n"documents": [\n')
        for i, record in enumerate(records):
            out.write(("" if i == 0 else ",\n") + dumps(record.to_json()))
        out.write("\n]}\n")


def write_report(options: RunOptions, output: Path, compare_with: Path | None = None,
                 title: str = DEFAULT_TITLE, mode: str = "auto", error=print, notice=print) -> int:
    """Lint, then write OUTPUT (HTML) and its .json beside it. Exit code as for check, except
    that findings are not a failure: 0 written, 2 when a file or the config could not be read.

    Document views go inline (one file) or, for large runs, one page each in OUTPUT-documents/."""
    old_records = None
    if compare_with is not None:
        try:
            old_records = load_report(compare_with)
        except CompareError as exc:
            error(f"error: {exc}")
            return EXIT_ERROR
    with tempfile.TemporaryFile("w+b") as views:
        collector = ReportCollector(views, None if old_records is None else {d.path: d for d in old_records})
        options.jobs, options.cache = 1, False  # views need each file's parsed document, here
        code = Run(options, views, error=error, reporter=collector).execute()
        if code == EXIT_ERROR and not collector.records:
            return EXIT_ERROR
        records = collector.records
        comparison = None if old_records is None else compare(compare_with.name, old_records, records)
        inline = mode == "inline" or (mode == "auto" and views.tell() <= INLINE_LIMIT)
        try:
            output.parent.mkdir(parents=True, exist_ok=True)
            if inline:
                _write_inline(output, title, records, comparison, views)
            else:
                _write_with_folder(output, title, records, comparison, views, collector.spans)
            write_json(json_path_for(output), records, comparison)
        except OSError as exc:  # a folder not writable, a full disk: one line, not a traceback
            error(f"{exc.filename or output}: error: cannot write the report: {exc.strerror or exc}")
            return EXIT_ERROR
    where = "" if inline else f" with document views in {folder_for(output)}/"
    notice(f"Wrote {output} and {json_path_for(output)} ({len(records)} documents){where}")
    return EXIT_ERROR if code == EXIT_ERROR else 0


def _write_inline(output: Path, title: str, records, comparison, views) -> None:
    views.seek(0)
    with output.open("w", encoding="utf-8", errors=NAMES) as page:
        page.write(page_head(title))
        page.write(overview(records, title, comparison, lambda d: f"#{d.anchor}"))
        page.flush()
        shutil.copyfileobj(views, page.buffer)
        page.write(page_tail("This file works offline and needs no other files."))


def _write_with_folder(output: Path, title: str, records, comparison, views, spans) -> None:
    folder = folder_for(output)
    if folder.is_dir():
        for old in folder.glob("doc-*.html"):
            old.unlink()
    folder.mkdir(exist_ok=True)
    (folder / STYLESHEET).write_text(asset(STYLESHEET), encoding="utf-8")
    back = f"../{output.name}#documents"
    for record, (start, end) in zip(records, spans):
        views.seek(start)
        view = views.read(end - start).decode("utf-8").replace(f'href="{BACK_LINK}"', f'href="{back}"')
        (folder / f"{record.anchor}.html").write_text(document_page(f"{record.path} \u2013 {title}", back, view),
                                                      encoding="utf-8", errors=NAMES)
    with output.open("w", encoding="utf-8", errors=NAMES) as page:
        page.write(page_head(title))
        page.write(overview(records, title, comparison, lambda d: f"{folder.name}/{d.anchor}.html"))
        page.write(page_tail(f"Document views are in the folder {folder.name} beside this file; "
                             "both work offline."))
