"""Output formats (stage 4): reporters, streamed one file at a time so no run holds every file's text in memory.

Each reporter gets `start()`, then `file(result)` for every file in order (with the file's
Source, for byte columns and fix positions), then `finish(summary)`. Every format streams
except JUnit, whose totals come before the test cases: it keeps each file's XML until the end.
Reporters live in their own modules (one per format, registered in FORMATS) and are imported
only when chosen.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass, field

FORMATS = {
    "text": "plainlint.output.text:TextReporter",
    "concise": "plainlint.output.text:ConciseReporter",
    "json": "plainlint.output.jsonfmt:JsonReporter",
    "jsonl": "plainlint.output.jsonl:JsonLinesReporter",
    "sarif": "plainlint.output.sarif:SarifReporter",
    "github": "plainlint.output.github:GithubReporter",
    "gitlab": "plainlint.output.gitlab:GitlabReporter",
    "checkstyle": "plainlint.output.checkstyle:CheckstyleReporter",
    "junit": "plainlint.output.junit:JunitReporter",
    "rdjson": "plainlint.output.rdjson:RdjsonReporter",
}
# Characters a terminal or a CI log acts on rather than shows: C0 and C1 controls but the tab (an
# escape sequence in a file could set the title or colours, or forge log lines: user31), and the
# bidirectional overrides and isolates that reorder what is shown ("Trojan Source").
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def terminal_safe(text: str) -> str:
    """`text` with each character a terminal would act on shown as U+FFFD (one column, so carets
    under a quoted line stay aligned)."""
    return _CONTROLS.sub("\ufffd", text) if _CONTROLS.search(text) else text


# Formats read by people: they may get a progress bar and a summary on the same stream.
HUMAN_FORMATS = ("text",)
# Formats whose column unit can be chosen (editors differ); every other format has a fixed unit.
COLUMN_UNIT_FORMATS = ("text", "concise")


@dataclass
class Tally:
    """A file's findings counted the way the run's Summary counts them."""

    by_severity: dict[str, int]
    by_rule: dict[str, int]  # "CODE name" -> count
    fixable: int  # findings with a safe fix (`--fix` applies it)
    unsafe_fixable: int = 0  # findings with an unsafe fix (`--fix --unsafe-fixes`)

    @classmethod
    def of(cls, findings) -> Tally:
        tally = cls({}, {}, 0)
        for finding in findings:
            tally.by_severity[finding.severity] = tally.by_severity.get(finding.severity, 0) + 1
            rule = f"{finding.code} {finding.rule}"
            tally.by_rule[rule] = tally.by_rule.get(rule, 0) + 1
            if finding.fix is not None:
                if finding.fix.applicability == "safe":
                    tally.fixable += 1
                else:
                    tally.unsafe_fixable += 1
        return tally

    def to_json(self) -> str:
        import json

        return json.dumps([self.by_severity, self.by_rule, self.fixable, self.unsafe_fixable],
                          ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, line: bytes) -> Tally:
        import json

        by_severity, by_rule, fixable, unsafe_fixable = json.loads(line)  # an older 3-item entry: a miss
        counts = [*by_severity.values(), *by_rule.values(), fixable, unsafe_fixable]
        if not all(type(count) is int for count in counts):
            raise ValueError("damaged tally")
        return cls(by_severity, by_rule, fixable, unsafe_fixable)


@dataclass
class Summary:
    files: int = 0
    by_severity: dict[str, int] = field(default_factory=lambda: {"error": 0, "warning": 0, "info": 0})
    by_rule: dict[str, int] = field(default_factory=dict)
    errors: int = 0  # files that could not be read
    fixable: int = 0  # findings shown with a safe fix
    unsafe_fixable: int = 0  # findings shown with an unsafe fix
    fix_mode: str | None = None  # the fixes this run applied: None, "safe" (--fix) or "unsafe"
    hidden: int = 0  # findings below --min-severity, not shown or counted above

    def add(self, result) -> None:
        """Count one file's result; a result answered from the cache by a run that prints
        nothing carries only its `tally`."""
        self.files += 1
        if result.error is not None:
            self.errors += 1
        tally = getattr(result, "tally", None) or Tally.of(result.findings)
        for severity, count in tally.by_severity.items():
            self.by_severity[severity] = self.by_severity.get(severity, 0) + count
        for rule, count in tally.by_rule.items():
            self.by_rule[rule] = self.by_rule.get(rule, 0) + count
        self.fixable += tally.fixable
        self.unsafe_fixable += tally.unsafe_fixable

    @property
    def total(self) -> int:
        return sum(self.by_severity.values())


def summary_line(summary: Summary) -> str:
    sev = summary.by_severity
    parts = [f"{sev.get('error', 0)} error(s)", f"{sev.get('warning', 0)} warning(s)", f"{sev.get('info', 0)} info"]
    line = f"Checked {summary.files} file(s): " + ", ".join(parts)
    if summary.errors:
        line += f"; {summary.errors} file(s) could not be read"
    return line + "."


def fix_hint(summary: Summary) -> str | None:
    """The line after the summary saying what `--fix` (and `--unsafe-fixes`) would fix, as
    ruff's `[*] N fixable with the --fix option` does; None when there is nothing to say."""
    safe, unsafe = summary.fixable, summary.unsafe_fixable
    if summary.fix_mode == "unsafe" or not (safe or unsafe):
        return None
    if summary.fix_mode == "safe":
        return f"{unsafe} more finding(s) fixable with --unsafe-fixes." if unsafe else None
    if not safe:
        return f"{unsafe} finding(s) fixable with --fix --unsafe-fixes."
    more = f"; {unsafe} more with --fix --unsafe-fixes" if unsafe else ""
    return f"{safe} finding(s) fixable with --fix{more}."


def summary_lines(summary: Summary) -> list[str]:
    """The summary line, the line saying how many were hidden by --min-severity, the fix hint."""
    lines = [summary_line(summary)]
    if summary.hidden:
        lines.append(f"{summary.hidden} finding(s) below --min-severity not shown.")
    hint = fix_hint(summary)
    return lines + [hint] if hint else lines


def statistics_lines(summary: Summary) -> list[str]:
    """`--statistics`: findings per rule, most frequent first."""
    rows = sorted(summary.by_rule.items(), key=lambda item: (-item[1], item[0]))
    width = max((len(str(count)) for _, count in rows), default=1)
    return [f"{count:>{width}}  {rule}" for rule, count in rows]


class Reporter:
    needs_source = True  # whether file() reads result.source (a cache hit decodes it only then)

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


class SilentReporter(Reporter):
    """`--silent`: prints nothing; the run still counts findings for its exit code."""

    needs_source = False

    def file(self, result) -> None:
        pass


def reporter_class(name: str):
    module_name, _, class_name = FORMATS[name].partition(":")
    return getattr(importlib.import_module(module_name), class_name)
