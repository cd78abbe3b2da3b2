"""A file saved twice within its file system's time granularity, at the same size, keeps its
stamp (size, mtime_ns): the kept word counts trusted the first save's words for it, in the
summary and in its entry, until the file changed again (rev18a; git's "racy clean" problem). A
file whose time is within RACY_NS of the run that counts it is counted again by the next run."""

from __future__ import annotations

import os

from test_tree_counts import counting_reads, first_pass_terms, real_tree


def test_a_file_saved_again_with_the_same_size_and_time_is_counted_again(tmp_path, monkeypatch):
    real_tree(tmp_path)
    albums = tmp_path / "albums.md"
    assert first_pass_terms(tmp_path, "playback.md")["playback.md"] == {"gapless"}
    stamp = albums.stat()
    text = albums.read_text(encoding="utf-8")
    albums.write_text(text.replace("gapless", "ringing"), encoding="utf-8")  # the same size
    os.utime(albums, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))  # and the same time
    assert first_pass_terms(tmp_path, "playback.md")["playback.md"] == frozenset()  # in one file now
    assert first_pass_terms(tmp_path, "playback.md", cache=False)["playback.md"] == frozenset()


def test_a_settled_file_is_not_read_again(tmp_path, monkeypatch):
    real_tree(tmp_path)
    old = 1_600_000_000 * 10**9
    for path in tmp_path.glob("*.md"):
        os.utime(path, ns=(old, old))
    first_pass_terms(tmp_path, "playback.md")
    read = counting_reads(monkeypatch)
    first_pass_terms(tmp_path, "playback.md")
    assert read == []


def test_the_editor_counts_again_a_file_saved_with_the_same_size_and_time(tmp_path):
    """The language server kept its counts while every stamp was the same as at its last lint."""
    from plainlint.server.settings import SettingsCache
    from test_tree_pass import editor_findings

    real_tree(tmp_path)
    (tmp_path / "albums.md").write_text("# Albums\n\nLive albums sound best muxer.\n", encoding="utf-8")
    cache = SettingsCache()
    assert editor_findings(tmp_path / "streams.md", cache) == []  # three files write 'muxer'
    albums = tmp_path / "albums.md"
    stamp = albums.stat()
    albums.write_text("# Albums\n\nLive albums sound best mixer.\n", encoding="utf-8")
    os.utime(albums, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
    assert editor_findings(tmp_path / "streams.md", SettingsCache()) == ["muxer", "muxer"]  # as a new session
    assert editor_findings(tmp_path / "streams.md", cache) == ["muxer", "muxer"]
