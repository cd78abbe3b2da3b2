"""Human output: `path:line:col: severity [rule] message`, the source line, a caret underline;
`concise`: `path:line:col: severity CODE [rule] message`, one line per finding."""

from __future__ import annotations

import functools
import re
import unicodedata

from . import Reporter, summary_lines, terminal_safe
from .columns import convert_column

_COLORS = {"error": "31", "warning": "33", "info": "36", "path": "1", "dim": "2", "caret": "35", "fix": "32"}


def display_width(text: str) -> int:
    """Terminal columns: a tab 4, a wide (CJK) character 2, a combining mark 0, the rest 1.
    Only the non-ASCII characters are looked at one by one (and each kind once per run)."""
    width = len(text) + 3 * text.count("\t")
    if not text.isascii():
        width += sum(map(_extra_width, _NON_ASCII.findall(text)))
    return width


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


@functools.lru_cache(maxsize=4096)
def _extra_width(char: str) -> int:
    """A non-ASCII character's width minus one."""
    if unicodedata.combining(char):
        return -1
    return 1 if unicodedata.east_asian_width(char) in ("W", "F") else 0


EXCERPT_CONTEXT = 80  # code points shown either side of a finding on a long line (minified HTML, JSON)


def excerpt_window(line: str, column: int, end_column: int | None) -> tuple[str, int, int]:
    """The part of `line` to show, and the finding's start and end within it. A long line is cut
    to the finding and some context, marked with an ellipsis, so output stays linear in size."""
    return source_excerpt(len(line), line.__getitem__, column, end_column)


def source_excerpt(length: int, cut, column: int, end_column: int | None) -> tuple[str, int, int]:
    """excerpt_window on a line known by its length and a `cut(slice)` function, so a finding on a
    10 MB one-line export copies its window of the line, not the line."""
    first = column - 1
    last = length if end_column is None else max(first, end_column - 1)
    lo = max(0, first - EXCERPT_CONTEXT)
    hi = min(length, max(last, first) + EXCERPT_CONTEXT, first + 4 * EXCERPT_CONTEXT)
    if lo == 0 and hi == length:
        return cut(slice(0, length)), first, last
    head = "…" if lo > 0 else ""
    tail = "…" if hi < length else ""
    shift = len(head) - lo
    return head + cut(slice(lo, hi)) + tail, first + shift, min(last, hi) + shift


def one_line(text: str) -> str:
    """A message quoting prose across a line break, kept on one line for line-based tools, with
    nothing a terminal would act on."""
    return terminal_safe(" ".join(text.splitlines()) if "\n" in text or "\r" in text else text)


def headline(finding, column: int | None = None) -> str:
    column = finding.column if column is None else column
    return f"{terminal_safe(finding.path)}:{finding.line}:{column}: {finding.severity} [{finding.rule}] {one_line(finding.message)}"


def concise_line(finding, column: int | None = None) -> str:
    """The headline with the rule's code before its name (`warning PL101 [jargon] ...`), so
    editors can show the code and `grep PL101` finds it; the name stays for people."""
    column = finding.column if column is None else column
    return (f"{terminal_safe(finding.path)}:{finding.line}:{column}: {finding.severity} {finding.code} [{finding.rule}] "
            f"{one_line(finding.message)}")


class ConciseReporter(Reporter):
    """`path:line:col: severity CODE [rule] message`, one line per finding, for editors and grep."""

    def paint(self, text: str, what: str) -> str:
        return f"\x1b[{_COLORS[what]}m{text}\x1b[0m" if self.color else text

    @property
    def needs_source(self) -> bool:
        return self.options.get("column_unit", "code-point") != "code-point"

    def column(self, result, finding) -> int:
        """The start column in the unit chosen with --column-unit (code points by default)."""
        return convert_column(result.source, finding.line, finding.column, self.options.get("column_unit", "code-point"))

    def file(self, result) -> None:
        if result.findings:  # one write per file
            self.stream.write("".join(concise_line(f, self.column(result, f)) + "\n" for f in result.findings))

    def finish(self, summary) -> None:
        pass


class TextReporter(ConciseReporter):
    needs_source = True  # quotes the line of each finding

    def file(self, result) -> None:
        out: list[str] = []  # one write per file
        paint = self.paint
        for finding in result.findings:
            where = paint(f"{terminal_safe(finding.path)}:{finding.line}:{self.column(result, finding)}:", "path")
            out.append(f"{where} {paint(finding.severity, finding.severity)} [{finding.rule}] {one_line(finding.message)}\n")
            if result.source is not None and finding.line >= 1:
                self._excerpt(result.source, finding, out)
        if out:
            self.stream.write("".join(out))

    @functools.cached_property
    def _margins(self) -> tuple[str, str]:
        """The left margin of the caret line and of the fix or suggestion line."""
        return self.paint(" " * 5 + " | ", "dim"), self.paint(" " * 5 + " = ", "dim")

    def _excerpt(self, source, finding, out: list[str]) -> None:
        end_column = finding.end_column if finding.end_line == finding.line else None
        start, end = source.line_span(finding.line)
        line_text, first, last = source_excerpt(
            end - start, lambda part: source.text[start + part.start:start + part.stop], finding.column, end_column)
        gutter = f"{finding.line:>5} | "
        shown = terminal_safe(line_text).replace("\t", "    ")
        bar, pad = self._margins
        carets = "^" * max(1, display_width(line_text[first:last]))
        out.append(f"{self.paint(gutter, 'dim')}{shown}\n{bar}{' ' * display_width(line_text[:first])}"
                   f"{self.paint(carets, 'caret')}\n")
        if finding.fix is not None:
            out.append(pad + self.paint(f"fix ({finding.fix.applicability}): {one_line(finding.fix.message)}", "fix") + "\n")
        options = one_line(" | ".join(s for s in finding.suggestions[:3] if s))
        if options and finding.fix is None:
            out.append(pad + self.paint(f"suggestion: {options}", "fix") + "\n")

    def finish(self, summary) -> None:
        self.stream.write(("\n" if summary.total else "") + "".join(line + "\n" for line in summary_lines(summary)))
