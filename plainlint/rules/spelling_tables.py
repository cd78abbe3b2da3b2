"""Table columns, for the spelling rule (PL502): a column of a Markdown pipe table headed as
accounts or ids, or one that lists field names, holds names and identifiers rather than prose.
Split from plainlint/rules/spelling_places.py."""

from __future__ import annotations

import re

_TABLE_ROW = re.compile(r"[ \t]*\|")
_SEPARATOR_ROW = re.compile(r"[ \t]*\|?[ \t]*:?-+")
_TAG = re.compile(r"<[^>]*>")


def _column(source: str, offset: int) -> tuple[str, list[str]] | None:
    """The header and the data cells of the pipe-table column the cell at `offset` is in, or
    None when `offset` is not in a data row of a pipe table."""
    line = source.rfind("\n", 0, offset) + 1
    if not _TABLE_ROW.match(source, line):
        return None
    column, first = source.count("|", line, offset), line
    while first > 0:
        previous = source.rfind("\n", 0, first - 1) + 1
        if not _TABLE_ROW.match(source, previous):
            break
        first = previous
    if first == line:
        return None  # the header row itself
    rows = []
    for row in source[first:].split("\n"):
        if not _TABLE_ROW.match(row):
            break
        rows.append(row.split("|"))
    header = rows[0]
    if column >= len(header):
        return None
    cells = [row[column].strip() for row in rows[1:] if column < len(row) and not _SEPARATOR_ROW.match("|".join(row))]
    return header[column], cells


# A Markdown table column headed as a column of accounts or identifiers ('GitHub Id', 'Alias',
# 'User name', 'Login'): its cells are user names and sample accounts ('| tabad | 7 |'), not prose.
_NAMES_HEADER = re.compile(r"\b(?:ids?|user ?names?|users?|alias(?:es)?|logins?|accounts?|handles?)\b",
                           re.IGNORECASE)
NAMES_HEADER_WORDS = 3


def in_names_column(source: str, offset: int) -> bool:
    """The cell at `offset` of a pipe table is in a column whose header names accounts or ids."""
    found = _column(source, offset)
    if found is None:
        return False
    title = _TAG.sub("", found[0])  # '<a id="_Toc1"></a>Apache module' is not an id column
    return len(title.split()) <= NAMES_HEADER_WORDS and bool(_NAMES_HEADER.search(title))


# A column that lists fields: every cell one word, and this share of them or more identifiers
# ('| sys_id | contactid |', '| address1_city |', 'msdyn_source_crm_id', 'createdOn'). Its other
# lower-case words are field names written closed up ('contactid', 'createddate'), as a schema
# spells them. Camel case needs two lower-case letters before its capital and one after: brand
# names ('iPhone', 'iPad', 'macOS', 'eBay') list devices and products, not fields.
FIELD_COLUMN_SHARE = 1 / 3
_FIELD = re.compile(r"[A-Za-z][A-Za-z\d]*(?:_[A-Za-z\d]+)+|[A-Za-z]+\d+|[a-z]{2,}[A-Z][a-z]\w*")


def in_field_column(source: str, offset: int) -> bool:
    """The cell at `offset` is in a pipe-table column of field names (FIELD_COLUMN_SHARE)."""
    found = _column(source, offset)
    if found is None:
        return False
    cells = [cell.strip("`*") for cell in found[1] if cell]
    if not cells or any(len(cell.split()) > 1 for cell in cells):
        return False
    return sum(bool(_FIELD.fullmatch(cell)) for cell in cells) >= FIELD_COLUMN_SHARE * len(cells)
