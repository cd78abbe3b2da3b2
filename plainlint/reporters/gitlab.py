"""`--format gitlab`: a GitLab Code Quality report (a JSON array of Code Climate issues).

The fingerprint is plainlint.fingerprint's (path, rule, flagged text, rank), the same one the
baseline uses, so an issue keeps its identity when unrelated lines above it move.
"""

from __future__ import annotations

from ..fingerprint import fingerprints
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


class GitlabReporter(JsonReporter):
    def items(self, result):
        return (code_quality_issue(finding, fingerprint)
                for finding, fingerprint in zip(result.findings, fingerprints(result.findings)))
