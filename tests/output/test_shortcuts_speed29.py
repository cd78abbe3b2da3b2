"""Two regex substitutions per finding skipped where they cannot change the text (speed29): a
finding's message on one line (`one_line`: no two spaces and every character printable, so none of
_LAID_OUT's), and a JSON item's lone surrogates escaped (`jsonfmt.dumps`: ASCII text holds none).
Each gives what the full path gives on crafted and random texts; a shortcut that skipped too much
is seen by the same texts."""

from __future__ import annotations

import json
import random

from plainlint.linting import hit_to_finding
from plainlint.linting.hit_to_finding import _LAID_OUT, one_line
from plainlint.output.jsonfmt import dumps
from plainlint.reading.source import LONE_SURROGATE

PIECES = ["a", "Word", " ", "  ", "\t", "\n", "\r\n", "\f", "\v", "\u2028", "\u2029", "\u00a0", "\u200b", "\x00",
          "\x85", "é", "’", "'", "-", "_", "--", "__", "!", "click", "here", "\ud800", "\udce9", "😀", "\u3000", ".", "İ"]


def random_texts(count: int, seed: int) -> list[str]:
    pick = random.Random(seed)
    return ["".join(pick.choice(PIECES) for _ in range(pick.randint(0, 12))) for _ in range(count)]


TEXTS = ["", "plain", "two  spaces", "tab\there", "line\nbreak", "nbsp\u00a0here", "zero\u200bwidth",
         "ideographic\u3000space", "next\x85line", "'Click here' is vague", "here’s how"]


def _full_one_line(message: str) -> str:
    return _LAID_OUT.sub(" ", message)


def _full_dumps(item) -> str:
    return LONE_SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(item, ensure_ascii=False))


def test_the_shortcuts_give_what_the_full_paths_give():
    for text in TEXTS + random_texts(20_000, seed=2936):
        assert one_line(text) == _full_one_line(text), repr(text)
        item = {"message": text, "flagged": text[:3], "line": 1}
        assert dumps(item) == _full_dumps(item), repr(text)


def test_the_comparison_sees_a_shortcut_that_skips_too_much(monkeypatch):
    """A one_line that skipped every text without two spaces (tabs and line breaks left) is seen."""
    def wrong(message: str) -> str:
        return message if "  " not in message else _LAID_OUT.sub(" ", message)

    monkeypatch.setattr(hit_to_finding, "one_line", wrong)
    texts = TEXTS + random_texts(20_000, seed=2936)
    assert any(hit_to_finding.one_line(text) != _full_one_line(text) for text in texts)
