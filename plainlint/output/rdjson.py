"""`--format rdjson`: reviewdog's Diagnostic Format, for `reviewdog -f=rdjson`.

rdjson columns are 1-based UTF-8 byte counts (end exclusive), so code-point columns are
converted with the line's text; fixes become suggestions reviewdog can post as suggested changes.
A file that could not be linted is a diagnostic of severity ERROR.
"""

from __future__ import annotations

import json

from .rule_pages import REPOSITORY_URL, rule_doc_url
from ..rules import find_rule
from .columns import convert_column
from .jsonfmt import JsonReporter

SEVERITIES = {"error": "ERROR", "warning": "WARNING", "info": "INFO"}
SOURCE = {"name": "plainlint", "url": REPOSITORY_URL}


def byte_range(source, line: int, column: int, end_line: int, end_column: int) -> dict:
    return {
        "start": {"line": line, "column": convert_column(source, line, column, "utf-8")},
        "end": {"line": end_line, "column": convert_column(source, end_line, end_column, "utf-8")},
    }


def suggestions(fix, source) -> list[dict]:
    result = []
    for edit in fix.edits:
        line, column = source.line_col(edit.start)
        end_line, end_column = source.line_col(edit.end)
        result.append({"range": byte_range(source, line, column, end_line, end_column), "text": edit.content})
    return result


def diagnostic(finding, source) -> dict:
    item = {
        "message": finding.message,
        "location": {
            "path": finding.path,
            "range": byte_range(source, finding.line, finding.column, finding.end_line, finding.end_column),
        },
        "severity": SEVERITIES[finding.severity],
        "source": SOURCE,
        "code": {"value": finding.code, "url": rule_doc_url(find_rule(finding.code))},
    }
    if finding.fix is not None and source is not None:
        item["suggestions"] = suggestions(finding.fix, source)
    return item


def error_diagnostic(path: str, error, source=None) -> dict:
    """A file that could not be linted, as an ERROR diagnostic (on its line when known). Its
    column is in UTF-8 bytes like a finding's, so it needs the decoded text: a file that could
    not be decoded (no source) gets the line alone."""
    location: dict = {"path": path}
    if error.line:
        start = {"line": error.line}
        if error.column and source is not None:
            start["column"] = convert_column(source, error.line, error.column, "utf-8")
        location["range"] = {"start": start}
    return {"message": error.message, "location": location, "severity": "ERROR", "source": SOURCE}


class RdjsonReporter(JsonReporter):
    def opening(self) -> str:
        return '{"source": ' + json.dumps(SOURCE) + ', "diagnostics": ['

    def closing(self) -> str:
        return "]}"

    def items(self, result):
        if result.error is not None:
            yield error_diagnostic(result.path, result.error, result.source)
        yield from (diagnostic(finding, result.source) for finding in result.findings)
