"""Hover on findings in this process (the protocol end to end is in test_server_actions.py)."""

from __future__ import annotations

from lsprotocol import types

from plainlint.server.hover import hover
from plainlint.server.linting import Snapshot, lint
from plainlint.server.settings import SettingsCache
from plainlint.server.text import LspText

# One sentence long enough for sentence-length (PL302), with a jargon word (PL101) inside it.
LONG = ("If the export does not start after you press the button on the billing page, please utilize "
        "the form at the bottom of the page to tell us which browser and which version of the app "
        "you were using at the time.\n")


def shown(tmp_path, text: str, word: str) -> str:
    path = tmp_path / "article.md"
    path.write_text(text, encoding="utf-8")
    linted = lint(Snapshot(path.as_uri(), 1, LspText(text), "markdown", path), SettingsCache())
    at = linted.snapshot.text.position(text.index(word) + 2)
    return hover(linted, at).contents.value


def test_the_word_under_the_cursor_comes_before_its_sentence(tmp_path):
    """Hovering a flagged word inside a long sentence (or a hard paragraph) shows that word's
    finding first; the sentence's comes after it, so the first lines of the popup are about the
    word the writer pointed at."""
    value = shown(tmp_path, LONG, "utilize")
    assert value.startswith("**PL101 jargon**") and "**PL302 sentence-length**" in value


def test_a_word_outside_any_narrower_finding_shows_the_sentence(tmp_path):
    assert shown(tmp_path, LONG, "browser").startswith("**PL302 sentence-length**")
