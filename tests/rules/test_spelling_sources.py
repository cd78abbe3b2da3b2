"""scripts/spelling_sources.py (issue 33, session 14): how a candidate word list is read and added
to the spelling dictionary for measuring, and that the dictionary comes back as shipped."""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import spelling_sources  # noqa: E402


def test_a_cspell_list_is_read_as_lower_case_words(tmp_path):
    plain = tmp_path / "terms.txt"
    plain.write_text("# cspell-tools: keep-case\nRemux\n!badword\n+suffixed\nvirtual host\n", encoding="utf-8")
    packed = tmp_path / "more.txt.gz"
    packed.write_bytes(gzip.compress("Scrobbling\n".encode("utf-8")))
    latin = tmp_path / "scowl.95"
    latin.write_bytes("café\nwebroot\n".encode("latin-1"))
    words = spelling_sources.read_words([plain, packed, latin])
    assert {"remux", "suffixed", "virtual", "host", "scrobbling", "webroot"} <= words
    assert "badword" not in words and "keep" not in words


@pytest.mark.slow  # builds the dictionary twice (8 s)
def test_added_words_are_known_only_while_added(monkeypatch):
    from plainlint.nlp import spelling
    from plainlint.rules.spelling_words import is_known

    monkeypatch.setattr(spelling, "ruleset_bytes", spelling.ruleset_bytes)
    monkeypatch.setattr(spelling, "_cache_name", spelling._cache_name)
    try:
        assert is_known(spelling_sources.use_words({"qzxremux"}), "qzxremuxes")  # a plural of an added word
        assert not is_known(spelling_sources.use_words(set()), "qzxremux")
    finally:
        spelling.dictionary.cache_clear()
