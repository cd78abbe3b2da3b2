"""Column units. plainlint counts 1-based code points; some consumers count something else.

reviewdog (rdjson) and Vim/Neovim count UTF-8 bytes, VS Code counts UTF-16 code units. The
conversion needs the text of the line before the column, which the file's Source holds.
"""

from __future__ import annotations

UNITS = ("code-point", "utf-8", "utf-16")


def convert_column(source, line: int, column: int, unit: str) -> int:
    """`column` (1-based code points on `line`) as a 1-based column in `unit`.

    Without the source (a file that could not be read) there is nothing to convert.
    """
    if unit == "code-point" or source is None or line < 1 or column <= 1:
        return column
    starts = source.line_starts
    if line > len(starts):
        return column
    start = starts[line - 1]
    before = source.text[start:start + column - 1]
    if unit == "utf-8":
        return len(before.encode("utf-8", "surrogatepass")) + 1
    if unit == "utf-16":
        return len(before.encode("utf-16-le", "surrogatepass")) // 2 + 1
    raise ValueError(f"unknown column unit {unit!r}")

