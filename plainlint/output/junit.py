"""`--format junit`: JUnit XML for CI test-report views (GitLab, Jenkins, Azure, CircleCI).

One <testsuite> per file and one failing <testcase> per finding (a clean file is one passing
test case), so CI shows each finding as a failed test named by rule and position. The totals
on <testsuites> need the whole run, so suites are collected and written at the end.
"""

from __future__ import annotations

from . import Reporter
from .text import headline
from .xmltext import XML_DECLARATION, element, text


def finding_case(finding) -> str:
    failure = element("failure", {"type": finding.code, "message": finding.message}, text(headline(finding)))
    return element("testcase", {
        "classname": finding.path,
        "name": f"{finding.code} {finding.rule} at {finding.line}:{finding.column}",
        "file": finding.path, "line": finding.line,
    }, failure)


def file_suite(result) -> tuple[str, int, int, int]:
    """(XML, tests, failures, errors) for one file."""
    cases = [finding_case(finding) for finding in result.findings]
    errors = 0
    if result.error is not None:
        errors = 1
        cases.append(element("testcase", {"classname": result.path, "name": "read file", "file": result.path},
                             element("error", {"message": result.error.message})))
    elif not cases:
        cases.append(element("testcase", {"classname": result.path, "name": "plainlint", "file": result.path}))
    body = "".join(f"\n    {case}" for case in cases) + "\n  "
    suite = element("testsuite", {"name": result.path, "tests": len(cases), "failures": len(result.findings),
                                  "errors": errors, "skipped": 0}, body)
    return suite, len(cases), len(result.findings), errors


class JunitReporter(Reporter):
    needs_source = False

    def start(self) -> None:
        self.suites: list[str] = []
        self.tests = self.failures = self.errors = 0

    def file(self, result) -> None:
        suite, tests, failures, errors = file_suite(result)
        self.suites.append(suite)
        self.tests += tests
        self.failures += failures
        self.errors += errors

    def finish(self, summary) -> None:
        body = "".join(f"\n  {suite}" for suite in self.suites) + "\n"
        totals = {"name": "plainlint", "tests": self.tests, "failures": self.failures, "errors": self.errors}
        self.stream.write(XML_DECLARATION + element("testsuites", totals, body) + "\n")
