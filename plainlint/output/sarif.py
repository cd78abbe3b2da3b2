"""`--format sarif`: SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.

Columns are 1-based code points, declared with `columnKind: unicodeCodePoints`. Every rule is
listed with its help text and a link to docs/rules/<code>.md; fixes become SARIF `fixes`.
Results are streamed between a header (tool and rules) and a trailer (invocation).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from urllib.parse import quote

from .. import __version__
from .rule_pages import REPOSITORY_URL, rule_doc_url, rule_markdown
from .explain import explain_text
from ..linting.findings import fix_to_json
from ..linting.fingerprint import fingerprints
from . import Reporter

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
FINGERPRINT_KEY = "plainlint/v1"
SRCROOT = "%SRCROOT%"
_RESULTS, _INVOCATIONS = "\x00results\x00", "\x00invocations\x00"


def artifact_location(path: str) -> dict:
    """Relative paths stay relative to the folder plainlint ran in (%SRCROOT%)."""
    if Path(path).is_absolute():
        return {"uri": Path(path).as_uri()}
    return {"uri": quote(os.fsencode(path)), "uriBaseId": SRCROOT}  # a name's own bytes, UTF-8 or not


def region(line: int, column: int, end_line: int, end_column: int) -> dict:
    return {"startLine": line, "startColumn": column, "endLine": end_line, "endColumn": end_column}


def rule_descriptor(rule) -> dict:
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.rationale},
        "help": {"text": explain_text(rule), "markdown": rule_markdown(rule)},
        "helpUri": rule_doc_url(rule),
        "defaultConfiguration": {"level": LEVELS[rule.severity], "enabled": rule.enabled_by_default},
        "properties": {"category": rule.category, "fixable": rule.fixable, "tags": ["plain-language", rule.category]},
    }


def sarif_fix(fix, path: str, source) -> dict:
    edits = fix_to_json(fix, source)["edits"]
    return {
        "description": {"text": fix.message},
        "artifactChanges": [{
            "artifactLocation": artifact_location(path),
            "replacements": [{
                "deletedRegion": region(e["line"], e["column"], e["end_line"], e["end_column"]),
                "insertedContent": {"text": e["content"]},
            } for e in edits],
        }],
        "properties": {"applicability": fix.applicability},
    }


class SarifReporter(Reporter):
    def start(self) -> None:
        from ..rules import all_rules

        self.rule_index = {rule.code: i for i, rule in enumerate(all_rules())}
        self.notifications: list[dict] = []
        self.first = True
        header = {
            "$schema": SCHEMA_URI,
            "version": "2.1.0",
            "runs": [{
                "tool": {"driver": {
                    "name": "plainlint",
                    "version": __version__,
                    "semanticVersion": __version__,
                    "informationUri": REPOSITORY_URL,
                    "rules": [rule_descriptor(rule) for rule in all_rules()],
                }},
                "columnKind": "unicodeCodePoints",
                "originalUriBaseIds": {SRCROOT: {"uri": Path.cwd().as_uri().rstrip("/") + "/"}},
                "results": _RESULTS,
                "invocations": _INVOCATIONS,
            }],
        }
        # The document is written around its results, so they can be streamed file by file.
        text = json.dumps(header, ensure_ascii=False, indent=2)
        head, rest = text.split(json.dumps(_RESULTS))
        self.middle, self.tail = rest.split(json.dumps(_INVOCATIONS))
        self.stream.write(head + "[")

    def file(self, result) -> None:
        if result.error is not None:
            self.notifications.append(self.notification(result))
        prints = fingerprints(result.findings)
        for finding, fingerprint in zip(result.findings, prints):
            item = self.result(finding, fingerprint, result.source)
            self.stream.write(("\n        " if self.first else ",\n        ") + json.dumps(item, ensure_ascii=False))
            self.first = False

    def result(self, finding, fingerprint: str, source) -> dict:
        item = {
            "ruleId": finding.code,
            "ruleIndex": self.rule_index[finding.code],
            "level": LEVELS[finding.severity],
            "message": {"text": finding.message},
            "locations": [{"physicalLocation": {
                "artifactLocation": artifact_location(finding.path),
                "region": region(finding.line, finding.column, finding.end_line, finding.end_column),
            }}],
            "partialFingerprints": {FINGERPRINT_KEY: fingerprint},
            "properties": {"rule": finding.rule, "category": finding.category,
                           "suggestions": list(finding.suggestions)},
        }
        if finding.related:
            item["relatedLocations"] = [{
                "id": number,
                "physicalLocation": {
                    "artifactLocation": artifact_location(finding.path),
                    "region": region(related.line, related.column, related.end_line, related.end_column),
                },
                "message": {"text": related.message},
            } for number, related in enumerate(finding.related, 1)]
        if finding.fix is not None and source is not None:
            item["fixes"] = [sarif_fix(finding.fix, finding.path, source)]
        return item

    @staticmethod
    def notification(result) -> dict:
        location: dict = {"artifactLocation": artifact_location(result.path)}
        if result.error.line:
            location["region"] = {"startLine": result.error.line, "startColumn": result.error.column or 1}
        return {"level": "error", "message": {"text": result.error.message},
                "locations": [{"physicalLocation": location}]}

    def finish(self, summary) -> None:
        invocation = {"executionSuccessful": not self.notifications,
                      "toolExecutionNotifications": self.notifications}
        closing = "\n      ]" if not self.first else "]"
        self.stream.write(closing + self.middle + json.dumps([invocation], ensure_ascii=False) + self.tail + "\n")
