"""Reporters: streamed one file at a time so no run holds every file's text in memory.

Each reporter gets `start()`, then `file(result)` for every file in order, then `finish(summary)`.
Reporters live in their own modules and are imported only when chosen.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field

FORMATS = {
    "text": "plainlint.reporters.text:TextReporter",
    "concise": "plainlint.reporters.text:ConciseReporter",
    "json": "plainlint.reporters.jsonfmt:JsonReporter",
}


@dataclass
class Summary:
    files: int = 0
    by_severity: dict[str, int] = field(default_factory=lambda: {"error": 0, "warning": 0, "info": 0})
    by_rule: dict[str, int] = field(default_factory=dict)
    errors: int = 0  # files that could not be read
    fixable: int = 0

    def add(self, result) -> None:
        self.files += 1
        if result.error is not None:
            self.errors += 1
        for finding in result.findings:
            self.by_severity[finding.severity] = self.by_severity.get(finding.severity, 0) + 1
            key = f"{finding.code} {finding.rule}"
            self.by_rule[key] = self.by_rule.get(key, 0) + 1
            if finding.fix is not None:
                self.fixable += 1

    @property
    def total(self) -> int:
        return sum(self.by_severity.values())


class Reporter:
    def __init__(self, stream, color: bool = False, options: dict | None = None):
        self.stream = stream
        self.color = color
        self.options = options or {}

    def start(self) -> None:
        pass

    def file(self, result) -> None:
        raise NotImplementedError

    def finish(self, summary: Summary) -> None:
        pass


def reporter_class(name: str):
    module_name, _, class_name = FORMATS[name].partition(":")
    return getattr(importlib.import_module(module_name), class_name)
