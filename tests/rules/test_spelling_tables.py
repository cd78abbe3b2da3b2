"""PipeTables reads a column's cells from the source each time it judges one and keeps no rows
(issue 24's memory): its verdicts must be those of the whole table split into rows and cells, the
way it read tables before (kept here as the reference)."""

import random

import pytest

from plainlint.rules.spelling_tables import (_SEPARATOR_ROW, _TABLE_ROW, PipeTables, field_column, names_column,
                                             one_word_column)


def _reference_tables(source: str) -> tuple[list[int], list[int]]:
    starts, ends, position, start = [], [], 0, None
    for line in source.split("\n"):
        if _TABLE_ROW.match(line):
            if start is None:
                start = position
                starts.append(start)
        elif start is not None:
            ends.append(position - 1)
            start = None
        position += len(line) + 1
    if start is not None:
        ends.append(len(source))
    return starts, ends


def _reference_verdict(source: str, start: int, end: int, column: int, judge) -> bool:
    rows = [row.split("|") for row in source[start:end].split("\n")]
    if column >= len(rows[0]):
        return False
    cells = [row[column].strip() for row in rows[1:] if column < len(row) and not _SEPARATOR_ROW.match("|".join(row))]
    return judge(rows[0][column], cells)


_CELLS = ["id", "User name", "sys_id", "stop", "Stop", "two words", "", "  ", "`code`", "**x**", "a|b", "createdOn",
          "address1_city", "iPhone", ":--", "---"]


def _random_source(pick: random.Random) -> str:
    lines = []
    for _ in range(pick.randint(0, 9)):
        if pick.random() < 0.3:
            lines.append(pick.choice(["", "Some prose.", "  text | with a bar"]))
            continue
        cells = [pick.choice(_CELLS) for _ in range(pick.randint(1, 4))]
        lines.append(pick.choice(["", "  ", "\t"]) + "|" + "|".join(cells) + pick.choice(["|", ""]))
    return "\n".join(lines) + pick.choice(["", "\n"])


@pytest.mark.parametrize("seed", [2811, 2812])
def test_pipe_tables_judge_as_the_whole_table_split_into_cells_would(seed):
    pick = random.Random(seed)
    for _ in range(1500):
        source = _random_source(pick)
        tables = PipeTables(source)
        starts, ends = _reference_tables(source)
        for offset in range(len(source)):
            for judge in (names_column, field_column, one_word_column):
                line = source.rfind("\n", 0, offset) + 1
                table = next((i for i, s in enumerate(starts) if s <= line <= ends[i]), None)
                if table is None or starts[table] == line or not _TABLE_ROW.match(source, line):
                    expected = False
                else:
                    column = source.count("|", line, offset)
                    expected = _reference_verdict(source, starts[table], ends[table], column, judge)
                assert tables.judge(offset, judge.__name__, judge) == expected, (source, offset, judge.__name__)
