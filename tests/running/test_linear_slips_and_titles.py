"""Cost linear in the input for session 21's new per-finding and per-title loops (rev21b): spelling's
`mode: confident` counting a finding's uses in its document, VitePress's container titles losing
their emphasis marks, and shouting asking each heading whether the page follows PowerShell's help
schema. The counting helpers: linear_work.py."""

from __future__ import annotations

import random
import re
from types import SimpleNamespace

import pytest

from plainlint.reading.readers import vitepress
from plainlint.rules import spelling_confident
from linear_work import grows_linearly

pytestmark = pytest.mark.slow  # the inner loop leaves it out; CI runs it


class CountingRe:
    """Stands for a module's `re` (or one compiled expression): counts the characters of the text
    handed to each call."""

    def __init__(self, real):
        self.real, self.read = real, 0

    def __getattr__(self, name):
        found = getattr(self.real, name)
        if name not in ("findall", "finditer", "fullmatch", "search", "match", "sub"):
            return found

        def counted(*args, **kwargs):
            texts = [arg for arg in args if isinstance(arg, str)]
            self.read += len(texts[-1]) if texts else 0
            return found(*args, **kwargs)
        return counted


def _words(count: int, seed: int = 7) -> list[str]:
    chosen = random.Random(seed)
    return ["".join(chosen.choice("bcdfghklmnprst") for _ in range(9)) for _ in range(count)]


@pytest.mark.parametrize("apostrophe", [False, True])
def test_confident_slips_count_their_uses_in_linear_work(monkeypatch, apostrophe):
    """Each finding's uses were counted by scanning the whole document again (spell21)."""
    counting_re, counting_run = CountingRe(re), CountingRe(spelling_confident._RUN)
    monkeypatch.setattr(spelling_confident, "re", counting_re)
    monkeypatch.setattr(spelling_confident, "_RUN", counting_run)
    monkeypatch.setattr(spelling_confident, "slip_edit", lambda word, suggestion: True)
    words = SimpleNamespace(known_fixes=lambda word: (), count=lambda word: 100)

    def work_at(size: int) -> int:
        written = [word + ("'s" if apostrophe else "") for word in _words(size)]
        text = " ".join(written * 2)  # each twice: none is kept, every one is counted
        hits, at = [], 0
        for word in written * 2:
            hits.append(SimpleNamespace(segment=SimpleNamespace(text=text), start=at, end=at + len(word),
                                        suggestions=["work"]))
            at += len(word) + 1
        doc = SimpleNamespace(source=SimpleNamespace(text=text), tree_terms=frozenset())
        counting_re.read = counting_run.read = 0
        assert not list(spelling_confident.confident_hits(hits, doc, words))
        return counting_re.read + counting_run.read

    grows_linearly(work_at, 150)


def test_confident_uses_are_what_the_scan_found():
    text = "Wrok, wrok-flow and re-wrok; the wrok's page: WROK. Don't dont't. É wrok_2 wrok"
    uses = spelling_confident.WordUses(text)
    for word in ("wrok", "wrok's", "dont't", "don't", "é", "flow", "wrok_2", "page"):
        scanned = len(re.findall(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text.lower()))
        assert uses.of(word) == scanned, word


def test_vitepress_titles_lose_their_marks_in_linear_work(monkeypatch):
    """Each title joined the whole page's characters again to find its marks (trial13)."""
    counting = CountingRe(vitepress._INLINE_MARK)
    monkeypatch.setattr(vitepress, "_INLINE_MARK", counting)

    def work_at(size: int) -> int:
        text = "".join(f"::: tip **Title {n}** and *more*\nBody {n}.\n:::\n\n" for n in range(size))
        counting.read = 0
        view, parts = vitepress.vitepress_view(text)
        assert len(parts.titles) == size
        return counting.read

    grows_linearly(work_at, 100)


def test_a_help_page_s_front_matter_is_read_once_for_all_its_headings(monkeypatch):
    """Each capitalised heading read the page's front matter again (the lead's platyPS headings)."""
    from plainlint.reading.source import Source
    from plainlint.reading.readers import read_document
    from plainlint.rules import capitals
    from linear_work import CountingStr

    class FrontMatter(CountingStr):
        reads = 0

        def splitlines(self, *args):
            FrontMatter.reads += 1
            return super().splitlines(*args)

    def work_at(size: int) -> int:
        front = "---\nexternal help file: A.dll-Help.xml\n" + "".join(f"key{n}: value\n" for n in range(size)) + "---\n"
        text = front + "\n# Get-Thing\n" + "## EXAMPLES\n\nRun it.\n\n" * size
        doc = read_document(Source("docs/Get-Thing.md", text), "markdown", detect_language=False)
        start, end, body, shift = doc.front_matter
        doc.front_matter = (start, end, FrontMatter(body), shift)
        FrontMatter.reads = 0
        data = capitals.shouting_data()
        headings = [segment for segment in doc.segments if segment.text == "EXAMPLES"]
        assert len(headings) == size
        assert all(capitals.capitals_required(doc, segment, data) for segment in headings)
        return FrontMatter.reads * len(body)

    grows_linearly(work_at, 50)
