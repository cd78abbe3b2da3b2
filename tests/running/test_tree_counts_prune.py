"""The kept word counts (running/tree_counts.py) are pruned by what the tree's summaries name,
not by age: the result cache's age-based prune deleted a live entry of an unchanged file (written
by the first run, so the oldest), and the next run that found that file changed counted the whole
tree again (rev18a). Old versions of edited files still go, when a run writes a summary, so the
folder stays bounded."""

from __future__ import annotations

import os
import time

from plainlint.running import cache as cache_module, tree_counts
from plainlint.running.cache import ResultCache
from test_cache_prune import fill
from test_tree_counts import (  # noqa: F401 (settled_files: autouse)
    counting_reads, first_pass_terms, real_tree, settled_files, word_files,
)


def age_everything(folder, seconds: float) -> None:
    """Set back the time of every file of the cache, as if written `seconds` ago."""
    then = time.time() - seconds
    for path in (folder / ".plainlint_cache").rglob("*"):
        if path.is_file():
            os.utime(path, (then, then))


def test_the_result_caches_prune_keeps_the_entries_the_summary_names(tmp_path, monkeypatch):
    monkeypatch.setattr(cache_module, "ENTRY_CAP", 10)
    real_tree(tmp_path)
    first_pass_terms(tmp_path, "streams.md")
    live = sorted(word_files(tmp_path))
    age_everything(tmp_path, 3600)
    cache = ResultCache(tmp_path)
    fill(cache, 12, time.time())  # newer result entries, past the cap
    cache.prune_entries()
    assert sorted(word_files(tmp_path)) == live
    (tmp_path / "albums.md").write_text("# Albums\n\nLive albums sound best.\n", encoding="utf-8")
    read = counting_reads(monkeypatch)
    first_pass_terms(tmp_path, "streams.md")
    assert read == ["albums.md"]  # not the whole tree again


def test_word_files_no_summary_names_go_once_past_the_cap(tmp_path, monkeypatch):
    monkeypatch.setattr(cache_module, "ENTRY_CAP", 10)
    real_tree(tmp_path)
    for version in range(12):  # twelve versions of one page: eleven stale entries
        (tmp_path / "albums.md").write_text(f"# Albums\n\nLive albums {'sound ' * version}best.\n", encoding="utf-8")
        first_pass_terms(tmp_path, "streams.md", "albums.md")
    files = len(list(tmp_path.glob("*.md")))
    assert len(word_files(tmp_path)) >= files + 11
    age_everything(tmp_path, 3600)
    (folder,) = (tmp_path / ".plainlint_cache").glob("*/words")
    tree_counts.prune_words(str(folder))  # as the next run that writes a summary does
    assert len(word_files(tmp_path)) == files + 1 + 2  # an entry per file, the summary, two pages' terms
    read = counting_reads(monkeypatch)
    first_pass_terms(tmp_path, "streams.md", "albums.md")
    assert read == []
