"""`--format gitlab`: a GitLab Code Quality report (a JSON array of Code Climate issues).

The fingerprint is plainlint.linting.fingerprint's (path, rule, flagged text, rank), the same one the
baseline uses, so an issue keeps its identity when unrelated lines above it move. A file that
could not be linted is an issue of severity `blocker` (check_name `error`).
"""

from __future__ import annotations

import hashlib

from ..linting.fingerprint import fingerprints
from .jsonfmt import JsonReporter

SEVERITIES = {"error": "major", "warning": "minor", "info": "info"}


def code_quality_issue(finding, fingerprint: str) -> dict:
    return {
        "type": "issue",
        "check_name": finding.code,
        "description": f"[{finding.rule}] {finding.message}",
        "categories": ["Style"],
        "severity": SEVERITIES[finding.severity],
        "fingerprint": fingerprint,
        "location": {
            "path": finding.path,
            "positions": {
                "begin": {"line": finding.line, "column": finding.column},
                "end": {"line": finding.end_line, "column": finding.end_column},
            },
        },
    }


def error_issue(path: str, error) -> dict:
    """A file that could not be linted: a `blocker`, so the merge-request widget shows it."""
    fingerprint = hashlib.sha256("\x1f".join((path, "error", error.message)).encode("utf-8", "surrogateescape")).hexdigest()
    return {
        "type": "issue",
        "check_name": "error",
        "description": f"[error] {error.message}",
        "categories": ["Bug Risk"],
        "severity": "blocker",
        "fingerprint": fingerprint,
        "location": {"path": path, "lines": {"begin": error.line or 1}},
    }


class GitlabReporter(JsonReporter):
    def items(self, result):
        if result.error is not None:
            yield error_issue(result.path, result.error)
        yield from (code_quality_issue(finding, fingerprint)
                    for finding, fingerprint in zip(result.findings, fingerprints(result.findings)))
