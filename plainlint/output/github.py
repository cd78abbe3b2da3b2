"""`--format github`: GitHub Actions workflow commands, shown as annotations on the diff.

    ::warning file=help/a.md,line=3,endLine=3,col=8,endColumn=15,title=PL101 jargon::message

Columns are 1-based code points. The runner drops `col`/`endColumn` when `line` and `endLine`
differ, so a finding that spans lines is written without them.
"""

from __future__ import annotations

from . import Reporter, terminal_safe

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    """The message after `::` (as @actions/core escapes it), with no control character a log viewer
    would act on (output.terminal_safe)."""
    return terminal_safe(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def escape_property(text: str) -> str:
    """A property value: also `:` and `,`, which would end the value."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def workflow_command(command: str, properties: dict, message: str) -> str:
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    return f"::{command} {props}::{escape_data(message)}"


def finding_properties(finding) -> dict:
    props = {"file": finding.path, "line": finding.line, "endLine": finding.end_line}
    if finding.line == finding.end_line:
        props["col"] = finding.column
        props["endColumn"] = finding.end_column
    props["title"] = f"{finding.code} {finding.rule}"
    return props


class GithubReporter(Reporter):
    needs_source = False

    def file(self, result) -> None:
        if result.error is not None:
            props = {"file": result.path}
            if result.error.line:
                props["line"] = result.error.line
            props["title"] = "plainlint: file not linted"
            self.stream.write(workflow_command("error", props, result.error.message) + "\n")
        for finding in result.findings:
            self.stream.write(workflow_command(COMMANDS[finding.severity], finding_properties(finding),
                                               finding.message) + "\n")
