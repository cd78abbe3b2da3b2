"""Cost linear in the input for session 19's new per-unit loops (rev19b's review): each test counts
the work (comparisons made, characters scanned) at a size and at four times it. Nothing is timed."""

from __future__ import annotations

import pytest

from plainlint.reading import templates
from plhelpers import lint_text

pytestmark = pytest.mark.slow  # the inner loop leaves it out; CI runs it


def grew_linearly(work_at, size: int, bound: float = 6.0) -> None:
    """The work at 4x `size` at most `bound` times the work at `size`: linear grows 4x (n log n a
    little more), quadratic 16x."""
    small, large = work_at(size), work_at(4 * size)
    assert 0 < small and large <= bound * small, (small, large)


class CountingInt(int):
    """An int whose comparisons are counted (in `COMPARISONS`), kept through additions."""

    def _counted(self, other, compare):
        COMPARISONS[0] += 1
        return compare(int(self), int(other))

    def __le__(self, other):
        return self._counted(other, int.__le__)

    def __lt__(self, other):
        return self._counted(other, int.__lt__)

    def __ge__(self, other):
        return self._counted(other, int.__ge__)

    def __gt__(self, other):
        return self._counted(other, int.__gt__)

    def __radd__(self, other):
        return CountingInt(int(other) + int(self))

    __add__ = __radd__


COMPARISONS = [0]


class _CountingMatch:
    """A match whose group offsets are CountingInts."""

    def __init__(self, match):
        self._match = match

    def start(self, group=0):
        return CountingInt(self._match.start(group))

    def end(self, group=0):
        return CountingInt(self._match.end(group))

    def span(self, group=0):
        return self.start(group), self.end(group)

    def __getattr__(self, name):
        return getattr(self._match, name)


class _CountingPattern:
    def __init__(self, pattern):
        self._pattern = pattern

    def match(self, *args):
        found = self._pattern.match(*args)
        return None if found is None else _CountingMatch(found)


def gitbook_tabs(count: int) -> str:
    tabs = "".join(f'{{% tab title="Tab number {n}" %}}\nThe steps for tab {n}.\n{{% endtab %}}\n'
                   for n in range(count))
    return "# Install\n\n{% tabs %}\n" + tabs + "{% endtabs %}\n"


def test_gitbook_tab_titles_are_found_in_linear_work(monkeypatch):
    """Each unit was compared with every tab title of the page (units x titles: a page of 2,000
    tabs spent 0.6 s marking them, 4x per 2x tabs)."""
    monkeypatch.setattr(templates, "_TAB_TITLE", _CountingPattern(templates._TAB_TITLE))

    def work_at(count: int) -> int:
        COMPARISONS[0] = 0
        lint_text(gitbook_tabs(count), "guide.md", select=["jargon"])
        return COMPARISONS[0]

    grew_linearly(work_at, 150)
