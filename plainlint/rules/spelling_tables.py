"""Table columns, for the spelling rule (PL502): a column of a Markdown pipe table headed as
accounts or ids, one that lists field names, or one whose every cell is a single lower-case word
holds names, identifiers and values rather than prose.
Split from plainlint/rules/spelling_places.py."""

from __future__ import annotations

import bisect
import re
from typing import Iterable

from ..reading.spans import lines_with_starts

_TABLE_ROW = re.compile(r"[ \t]*\|")
_SEPARATOR_ROW = re.compile(r"[ \t]*\|?[ \t]*:?-+")
_TAG = re.compile(r"<[^>]*>")


class PipeTables:
    """The pipe tables of one document, found in one pass over its lines, and each column's
    verdicts, judged once: a table of thousands of rows with an unknown word in each costs one
    reading of the table, not one per word (linear time). A column's cells are read afresh for
    each judgement and handed over one at a time, never kept: a 10 MB table's cells as strings
    were 12 MB of the run's peak (issue 24)."""

    def __init__(self, source: str):
        self.source = source
        self._starts: list[int] | None = None  # where each run of table rows starts
        self._ends: list[int] = []
        self._verdicts: dict[tuple[int, int, str], bool] = {}

    def judge(self, offset: int, name: str, judge) -> bool:
        """`judge(header, cells)` of the column of the data cell at `offset` (False outside a
        table's data rows), judged once per column; `cells` iterates over the column's stripped
        data cells."""
        place = self._place(offset)
        if place is None:
            return False
        key = (*place, name)
        if key not in self._verdicts:
            self._verdicts[key] = self._judge_column(*place, judge)
        return self._verdicts[key]

    def _place(self, offset: int) -> tuple[int, int] | None:
        """(table, column) of the data cell at `offset`, or None (not in a table, or its header row)."""
        source = self.source
        line = source.rfind("\n", 0, offset) + 1
        if not _TABLE_ROW.match(source, line):
            return None
        if self._starts is None:
            self._find_tables()
        table = bisect.bisect_right(self._starts, line) - 1
        if table < 0 or self._starts[table] == line:
            return None
        return table, source.count("|", line, offset)

    def _find_tables(self) -> None:
        source, self._starts, position, start = self.source, [], 0, None
        while position <= len(source):
            if _TABLE_ROW.match(source, position):
                if start is None:
                    start = position
                    self._starts.append(start)
            elif start is not None:
                self._ends.append(position - 1)
                start = None
            end = source.find("\n", position)
            position = len(source) + 1 if end < 0 else end + 1
        if start is not None:
            self._ends.append(len(source))

    def _judge_column(self, table: int, column: int, judge) -> bool:
        lines = (line for _, line in lines_with_starts(self.source, self._starts[table], self._ends[table]))
        header = next(lines).split("|")
        if column >= len(header):
            return False
        return judge(header[column], _column_cells(lines, column))


def _column_cells(lines, column: int):
    """The stripped cells of `column` in the data rows among `lines` (the separator row skipped)."""
    for line in lines:
        if _SEPARATOR_ROW.match(line):
            continue
        cells = line.split("|", column + 1)  # (the rest of the row stays one string)
        if column < len(cells):
            yield cells[column].strip()


# A Markdown table column headed as a column of accounts or identifiers ('GitHub Id', 'Alias',
# 'User name', 'Login'): its cells are user names and sample accounts ('| tabad | 7 |'), not prose.
_NAMES_HEADER = re.compile(r"\b(?:ids?|user ?names?|users?|alias(?:es)?|logins?|accounts?|handles?)\b",
                           re.IGNORECASE)
NAMES_HEADER_WORDS = 3


def names_column(header: str, cells: Iterable[str]) -> bool:
    """A pipe-table column whose header names accounts or ids."""
    title = _TAG.sub("", header)  # '<a id="_Toc1"></a>Apache module' is not an id column
    return len(title.split()) <= NAMES_HEADER_WORDS and bool(_NAMES_HEADER.search(title))


# A column that lists fields: every cell one word, and this share of them or more identifiers
# ('| sys_id | contactid |', '| address1_city |', 'msdyn_source_crm_id', 'createdOn'). Its other
# lower-case words are field names written closed up ('contactid', 'createddate'), as a schema
# spells them. Camel case needs two lower-case letters before its capital and one after: brand
# names ('iPhone', 'iPad', 'macOS', 'eBay') list devices and products, not fields.
FIELD_COLUMN_SHARE = 1 / 3
_FIELD = re.compile(r"[A-Za-z][A-Za-z\d]*(?:_[A-Za-z\d]+)+|[A-Za-z]+\d+|[a-z]{2,}[A-Z][a-z]\w*")


def field_column(header: str, cells: Iterable[str]) -> bool:
    """A pipe-table column of field names (FIELD_COLUMN_SHARE)."""
    count = fields = 0
    for cell in cells:
        cell = cell.strip("`*")
        if not cell:
            continue
        if len(cell.split()) > 1:
            return False
        count += 1
        fields += _FIELD.fullmatch(cell) is not None
    return count > 0 and fields >= FIELD_COLUMN_SHARE * count


# A column whose every cell is one word wholly in lower case, this many rows or more: a column of
# commands, options or values ('| stop |', '| updatedb |', '| updateself |'), not prose. A typo in a
# description column is still checked (a cell of several words makes the column prose), and so
# is one in a column of capitalised values ('| String |', '| boolen |': a type's name misspelt) or
# of brand names ('| iPhone |', '| tablte |').
ONE_WORD_COLUMN_ROWS = 3
_MARKUP_AROUND = "`*_"


def one_word_column(header: str, cells: Iterable[str]) -> bool:
    """A pipe-table column of one-word lower-case cells (ONE_WORD_COLUMN_ROWS)."""
    count = 0
    for cell in cells:
        cell = cell.strip(_MARKUP_AROUND)
        if not cell:
            continue
        if len(cell.split()) != 1 or cell != cell.lower():
            return False
        count += 1
    return count >= ONE_WORD_COLUMN_ROWS
