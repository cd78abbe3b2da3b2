"""The counting helpers of the linear-cost tests (test_linear_reading.py, test_linear_names.py,
test_linear_rules.py): work counted at two sizes, regular expressions' steps, lists and strings
that count what is read from them."""

from __future__ import annotations

from plainlint.reading.readers import read_document
from plainlint.reading.source import Source
from regex_steps import StepCounter


def grows_linearly(work_at, size: int) -> tuple[int, int]:
    """The work counted at `size` and at four times it, after asserting it grew about fourfold:
    linear work grows 4x, quadratic 16x, so 5x catches any square term that matters at these sizes."""
    small, large = work_at(size), work_at(4 * size)
    assert 0 < small and large <= 5 * small, (small, large)
    return small, large


def counting_patterns(monkeypatch, module, *names: str) -> list[StepCounter]:
    """Each named compiled expression of `module` replaced by a StepCounter of it."""
    counters = []
    for name in names:
        counters.append(StepCounter(getattr(module, name)))
        monkeypatch.setattr(module, name, counters[-1])
    return counters


def steps_of(counters) -> int:
    """The steps counted so far, and the counters set back to zero."""
    total = sum(counter.steps for counter in counters)
    for counter in counters:
        counter.steps = 0
    return total


def name_list(count: int) -> str:
    """`count` distinct names of four capitals, joined by commas."""
    return ", ".join("".join("BCDFGHKLMNPRSTV"[(n >> (4 * k)) % 15] for k in range(4)) for n in range(count))


class CountingList(list):
    """A list that counts how many items its iterations hand out."""

    def __init__(self, items=()):
        super().__init__(items)
        self.visits = 0
        self.iterations = 0

    def __iter__(self):
        self.iterations += 1
        for item in super().__iter__():
            self.visits += 1
            yield item


class CountingStr(str):
    """A string that counts the characters of every slice taken from it."""

    copied = 0

    def __getitem__(self, key):
        part = super().__getitem__(key)
        CountingStr.copied += len(part)
        return part


def recording_calls(monkeypatch, module, name: str, method: str) -> list[int]:
    """`module.name`, a compiled expression, replaced by one noting the length of the text given to
    each call of its `method` ('search', 'fullmatch'): the list of those lengths, as calls come."""
    calls, real = [], getattr(module, name)

    class Recording:
        def __getattr__(self, attribute):
            found = getattr(real, attribute)
            if attribute != method:
                return found

            def recorded(text, *args, **kwargs):
                calls.append(len(text))
                return found(text, *args, **kwargs)
            return recorded

    monkeypatch.setattr(module, name, Recording())
    return calls


class CountingInt(int):
    """An offset that counts how often it is compared (in `CountingInt.comparisons`); a sum with it
    is one too, so offsets computed from it are counted as well."""

    comparisons = 0

    def _count(self, other, op):
        CountingInt.comparisons += 1
        return op(int(self), int(other))

    def __lt__(self, other):
        return self._count(other, int.__lt__)

    def __le__(self, other):
        return self._count(other, int.__le__)

    def __gt__(self, other):
        return self._count(other, int.__gt__)

    def __ge__(self, other):
        return self._count(other, int.__ge__)

    def __add__(self, other):
        return CountingInt(int(self) + int(other))

    __radd__ = __add__


def html_doc(text: str, path: str = "page.html"):
    return read_document(Source(path, text), "html")
