"""`--format checkstyle`: Checkstyle XML, read by Jenkins (warnings-ng), reviewdog, flycheck
and most CI dashboards. Columns are 1-based code points; streamed one <file> at a time."""

from __future__ import annotations

from . import Reporter
from .xmltext import XML_DECLARATION, element

READ_ERROR_SOURCE = "plainlint.read-error"


class CheckstyleReporter(Reporter):
    needs_source = False

    def start(self) -> None:
        self.stream.write(XML_DECLARATION + '<checkstyle version="4.3">\n')

    def file(self, result) -> None:
        errors = []
        if result.error is not None:
            errors.append(element("error", {"line": result.error.line or 1, "column": result.error.column or 1,
                                            "severity": "error", "message": result.error.message,
                                            "source": READ_ERROR_SOURCE}))
        for finding in result.findings:
            errors.append(element("error", {
                "line": finding.line, "column": finding.column, "severity": finding.severity,
                "message": f"[{finding.rule}] {finding.message}", "source": f"plainlint.{finding.code}",
            }))
        body = "".join(f"\n    {error}" for error in errors)
        self.stream.write("  " + element("file", {"name": result.path}, body + ("\n  " if errors else "")) + "\n")

    def finish(self, summary) -> None:
        self.stream.write("</checkstyle>\n")
