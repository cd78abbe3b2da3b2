"""spelling's first pass decides only the terms a run's pages write, and keeps each file's word
counts between runs (issue 33's one-file start-up, spd10: nlp/page_terms.py,
running/tree_counts.py). The pages are this project's own sentences, beside real articles of
tests/data/spelling/articles (MIT, Apache-2.0, CC-BY-4.0: attributions in that folder's README)."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from plainlint.running import tree_counts, tree_pass
from plhelpers import DATA, DICTIONARY_MODE, DICTIONARY_RULES, require_corpus, run_cli



TERM_PAGES = {  # 'muxer' and 'gapless' are terms: three uses in two files, no near word
    "recording.md": "# Recording\n\nThe muxer joins the audio and video streams into one file.\n",
    "streams.md": "# Streams\n\nPick a muxer for each camera. A muxer that fails stops the recording.\n",
    "playback.md": "# Playback\n\nTurn on gapless playback. Gapless albums play without a pause.\n",
    "albums.md": "# Albums\n\nLive albums sound best gapless.\n",
}
CONFIG = "select: [PL502]\n" + DICTIONARY_RULES


@pytest.fixture(autouse=True)
def settled_files(monkeypatch):
    """The files these tests write count as settled, as a project's files are between saves; one
    saved in the last RACY_NS is counted again by each run (test_tree_counts_racy.py)."""
    monkeypatch.setattr(tree_counts, "RACY_NS", -10**12)


def write(folder: Path, pages: dict[str, str]) -> None:
    for name, text in pages.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def findings(folder: Path, *args: str) -> dict[str, list]:
    """Each page's spelling findings (JSON)."""
    result = run_cli(["check", *DICTIONARY_MODE, "--select", "PL502", "--format", "json", *args], folder)
    assert result.returncode in (0, 1), result.stderr
    by_page: dict[str, list] = {}
    for finding in json.loads(result.stdout):
        by_page.setdefault(finding["path"], []).append((finding["line"], finding["column"], finding["message"]))
    return by_page


def first_pass_terms(folder: Path, *pages: str, cache: bool = True) -> dict[str, frozenset]:
    """The terms the first pass gives each of `pages` (a run naming them, in `folder`)."""
    from plainlint.config import ConfigTree
    from plainlint.config.load import find_config, load_config
    from plainlint.running.discovery import Discovery

    tree = ConfigTree(load_config(find_config(folder)))
    candidates = list(Discovery(tree, None, [], True).files([folder / page for page in pages]))
    tree_pass.first_pass(tree, [(candidate, None) for candidate in candidates], cache)
    return {page: tree.settings(folder / page).tree_terms for page in pages}


def counting_reads(monkeypatch) -> list[str]:
    """The files the first pass reads as text from now on."""
    read: list[str] = []
    text = tree_pass.file_text
    monkeypatch.setattr(tree_pass, "file_text", lambda path, resolver, limit=None: read.append(Path(path).name) or text(path, resolver, limit))
    return read


def test_a_page_gets_only_the_terms_it_writes(tmp_path):
    write(tmp_path, TERM_PAGES)
    (tmp_path / ".plainlint.yaml").write_text(CONFIG, encoding="utf-8")
    terms = first_pass_terms(tmp_path, "streams.md", "albums.md", "recording.md")
    assert terms == {"streams.md": {"muxer"}, "albums.md": {"gapless"}, "recording.md": {"muxer"}}


def test_a_pages_cache_key_changes_only_when_a_term_it_writes_changes(tmp_path):
    from plainlint.running.cache import settings_digest

    write(tmp_path, TERM_PAGES)
    (tmp_path / ".plainlint.yaml").write_text(CONFIG, encoding="utf-8")

    def digests():
        from plainlint.config import ConfigTree
        from plainlint.config.load import find_config, load_config
        from plainlint.running.discovery import Discovery

        tree = ConfigTree(load_config(find_config(tmp_path)))
        candidates = list(Discovery(tree, None, [], True).files([tmp_path]))
        tree_pass.first_pass(tree, [(candidate, None) for candidate in candidates], False)
        return {c.path.name: settings_digest(tree.settings(c.path)) for c in candidates}

    before = digests()
    (tmp_path / "mixing.md").write_text("# Mixing\n\nThe mixer sets each level. Open the mixer.\n", encoding="utf-8")
    after = digests()  # 'muxer' is a slip of 'mixer' now; 'gapless' is still a term
    assert after["streams.md"] != before["streams.md"] and after["recording.md"] != before["recording.md"]
    assert after["albums.md"] == before["albums.md"] and after["playback.md"] == before["playback.md"]


def real_tree(folder: Path) -> None:
    """The real articles and the term pages, with a config selecting spelling."""
    for article in (DATA / "spelling" / "articles").glob("*.md"):
        shutil.copy(article, folder / article.name)
    write(folder, TERM_PAGES)
    (folder / ".plainlint.yaml").write_text(CONFIG, encoding="utf-8")


@pytest.mark.parametrize("cache", [True, False])
def test_a_one_file_run_finds_what_the_whole_tree_run_finds_on_each_page(tmp_path, cache):
    real_tree(tmp_path)
    flags = () if cache else ("--no-cache",)
    whole = findings(tmp_path, *flags, ".")
    assert whole and "streams.md" not in whole  # terms are taken, slips reported
    for page in sorted(path.name for path in tmp_path.glob("*.md")):
        assert findings(tmp_path, *flags, page).get(page) == whole.get(page), page


def test_a_second_run_reads_no_file_and_one_changed_file_is_read_alone(tmp_path, monkeypatch):
    real_tree(tmp_path)
    assert first_pass_terms(tmp_path, "streams.md")["streams.md"] == {"muxer"}
    read = counting_reads(monkeypatch)
    assert first_pass_terms(tmp_path, "streams.md")["streams.md"] == {"muxer"}
    assert read == []
    (tmp_path / "mixing.md").write_text("# Mixing\n\nThe mixer sets each level. Open the mixer.\n", encoding="utf-8")
    assert first_pass_terms(tmp_path, "streams.md")["streams.md"] == frozenset()  # added: a slip now
    assert read == ["mixing.md"]
    (tmp_path / "mixing.md").write_text("# Mixing\n\nSet each level.\n", encoding="utf-8")
    assert first_pass_terms(tmp_path, "streams.md")["streams.md"] == {"muxer"}  # changed: a term again
    assert read == ["mixing.md", "mixing.md"]
    (tmp_path / "mixing.md").write_text("# Mixing\n\nThe mixer sets each level. Open the mixer.\n", encoding="utf-8")
    first_pass_terms(tmp_path, "streams.md")
    (tmp_path / "mixing.md").unlink()
    assert first_pass_terms(tmp_path, "streams.md")["streams.md"] == {"muxer"}  # removed
    assert read == ["mixing.md", "mixing.md", "mixing.md"]


def test_terms_are_the_same_with_the_cache_without_it_and_after_changes(tmp_path):
    real_tree(tmp_path)
    pages = sorted(path.name for path in tmp_path.glob("*.md"))
    assert first_pass_terms(tmp_path, *pages) == first_pass_terms(tmp_path, *pages, cache=False)
    (tmp_path / "recording.md").unlink()  # 'muxer' now twice in one file: no longer a term
    (tmp_path / "more.md").write_text("# More\n\nGapless and gapless again.\n", encoding="utf-8")
    pages = sorted(path.name for path in tmp_path.glob("*.md"))
    cached, fresh = first_pass_terms(tmp_path, *pages), first_pass_terms(tmp_path, *pages, cache=False)
    assert cached == fresh and cached["streams.md"] == frozenset() and cached["more.md"] == {"gapless"}


def word_files(folder: Path) -> list[Path]:
    return [path for path in (folder / ".plainlint_cache").glob("*/words/*") if not path.name.startswith(".")]


@pytest.mark.parametrize("damage", ["not json", "[]", '{"format": 1}', "counts"])
def test_a_damaged_or_foreign_cache_file_is_ignored_and_written_again(tmp_path, monkeypatch, damage):
    real_tree(tmp_path)
    expected = first_pass_terms(tmp_path, "streams.md", "albums.md", cache=False)
    first_pass_terms(tmp_path, "streams.md", "albums.md")
    files = word_files(tmp_path)
    kept_terms = [path for path in files if path.name.endswith("-terms")]
    assert len(kept_terms) == 2  # the two pages' terms
    assert len(files) == len(list(tmp_path.glob("*.md"))) + 1 + 2  # an entry per file and the summary
    for path in files:
        if damage == "counts":  # valid JSON, wrong values: a word written a negative number of times
            data = json.loads(path.read_text(encoding="utf-8"))
            for table in ("words", "uses"):
                if isinstance(data.get(table), dict):
                    data[table] = {word: -5 for word in data[table]}
            if "terms" in data:
                data["terms"] = [5]
            path.write_text(json.dumps(data), encoding="utf-8")
        else:
            path.write_text(damage, encoding="utf-8")
    read = counting_reads(monkeypatch)
    assert first_pass_terms(tmp_path, "streams.md", "albums.md") == expected
    assert len(read) == len(list(tmp_path.glob("*.md")))  # every file counted again from its text
    read.clear()
    assert first_pass_terms(tmp_path, "streams.md", "albums.md") == expected and read == []  # and kept


def test_an_entry_written_for_another_file_is_not_taken(tmp_path, monkeypatch):
    """An entry's name is a hash; its content must say it is this file's, at this stamp."""
    real_tree(tmp_path)
    first_pass_terms(tmp_path, "streams.md")
    entries = [path for path in word_files(tmp_path) if not path.name.startswith("tree-")]
    other = next(json.loads(path.read_text(encoding="utf-8")) for path in entries
                 if json.loads(path.read_text(encoding="utf-8"))["path"].endswith("albums.md"))
    for path in entries:
        path.write_text(json.dumps(other), encoding="utf-8")
    for summary in (tmp_path / ".plainlint_cache").glob("*/words/tree-*"):
        summary.unlink()
    read = counting_reads(monkeypatch)
    assert first_pass_terms(tmp_path, "streams.md")["streams.md"] == {"muxer"}
    assert len(read) == len(list(tmp_path.glob("*.md"))) - 1  # albums.md's own entry is still right


def test_no_cache_neither_reads_nor_writes_the_word_counts(tmp_path):
    real_tree(tmp_path)
    findings(tmp_path, "--no-cache", "streams.md")
    assert not (tmp_path / ".plainlint_cache").exists()
    findings(tmp_path, "streams.md")
    assert word_files(tmp_path)


def test_standard_input_counts_in_place_of_its_file_with_the_cache(tmp_path):
    """As tests/running/test_tree_pass.py's stdin test, with the word counts cached: the buffer
    writes 'muxer' once where the saved page writes it twice, so it is no term."""
    write(tmp_path, {name: TERM_PAGES[name] for name in ("recording.md", "streams.md")})
    (tmp_path / ".plainlint.yaml").write_text(CONFIG, encoding="utf-8")
    findings(tmp_path, ".")
    buffer = "# Streams\n\nPick a muxer for each camera.\n"
    for _ in range(2):
        result = run_cli(["check", "--format", "concise", "--stdin-filename", "streams.md", "-"], tmp_path, stdin=buffer)
        assert result.stdout.count("'muxer'") == 1
    assert "'muxer'" not in run_cli(["check", "--format", "concise", "streams.md"], tmp_path).stdout


@pytest.mark.corpus
def test_one_file_runs_equal_the_whole_tree_run_on_a_corpus_repository(tmp_path):
    """A real tree (80 SharePoint articles, CC-BY-4.0): every tenth page alone, against `check .`."""
    source = require_corpus() / "articles" / "ms-sharepoint-docs"
    tree = tmp_path / "tree"
    shutil.copytree(source, tree)
    (tree / ".plainlint.yaml").write_text("extend-select: [spelling]\n" + DICTIONARY_RULES, encoding="utf-8")
    whole = findings(tree, "--no-cache", "--jobs", "1", ".")
    pages = sorted(path.relative_to(tree).as_posix() for path in tree.rglob("*.md"))
    assert first_pass_terms(tree, *pages, cache=False) and any(first_pass_terms(tree, *pages, cache=False).values())
    for page in pages[::10]:
        assert findings(tree, page).get(page) == whole.get(page), page


def test_a_run_where_nothing_changed_decides_no_term_and_loads_no_dictionary(tmp_path, monkeypatch):
    """A page's terms are kept for the tree's totals and the dictionary's files: a re-run (its
    result cached too) need not load the dictionary; a change anywhere in the tree, or another
    dictionary, decides them again."""
    from plainlint.nlp import page_terms

    real_tree(tmp_path)
    decided = []
    unknown_words = page_terms.UnknownWords
    monkeypatch.setattr(page_terms, "UnknownWords", lambda: decided.append(1) or unknown_words())
    assert first_pass_terms(tmp_path, "streams.md")["streams.md"] == {"muxer"} and len(decided) == 1
    assert first_pass_terms(tmp_path, "streams.md")["streams.md"] == {"muxer"} and len(decided) == 1
    (tmp_path / "mixing.md").write_text("# Mixing\n\nThe mixer sets each level. Open the mixer.\n", encoding="utf-8")
    assert first_pass_terms(tmp_path, "streams.md")["streams.md"] == frozenset() and len(decided) == 2
    assert first_pass_terms(tmp_path, "streams.md")["streams.md"] == frozenset() and len(decided) == 2
    monkeypatch.setattr(tree_pass, "dictionary_stamp", lambda: [1, 2])  # symspellpy upgraded
    assert first_pass_terms(tmp_path, "streams.md")["streams.md"] == frozenset() and len(decided) == 3
    assert first_pass_terms(tmp_path, "streams.md", cache=False)["streams.md"] == frozenset() and len(decided) == 4


def test_the_editor_counts_only_the_file_saved_since_its_last_lint(tmp_path, monkeypatch):
    from plainlint.server.settings import SettingsCache
    from test_tree_pass import editor_findings

    real_tree(tmp_path)
    cache = SettingsCache()
    assert editor_findings(tmp_path / "streams.md", cache) == []
    read = counting_reads(monkeypatch)
    (tmp_path / "mixing.md").write_text("# Mixing\n\nThe mixer sets each level. Open the mixer.\n", encoding="utf-8")
    assert editor_findings(tmp_path / "streams.md", cache) == ["muxer", "muxer"]
    assert read == ["mixing.md"]
    assert editor_findings(tmp_path / "albums.md", SettingsCache()) == []  # a new editor session: counts kept on disk
    assert read == ["mixing.md"]


@pytest.mark.parametrize("cache", [True, False])
def test_a_run_of_many_pages_keeps_only_their_unknown_words_and_finds_the_same_terms(tmp_path, monkeypatch, cache):
    real_tree(tmp_path)
    pages = sorted(path.name for path in tmp_path.glob("*.md"))
    few = first_pass_terms(tmp_path, *pages, cache=False)
    monkeypatch.setattr(tree_pass, "FEW_PAGES", 1)
    kept: list = []
    from plainlint.running import tree_counts

    count_tree = tree_counts.count_tree

    def counting(*args):
        counted = count_tree(*args)
        kept.append(counted[1])
        return counted

    monkeypatch.setattr(tree_counts, "count_tree", counting)
    assert first_pass_terms(tmp_path, *pages, cache=cache) == few and few["streams.md"] == {"muxer"}
    assert all(isinstance(words, frozenset) and "the" not in words for words in kept[0].values())


def test_a_page_may_look_up_each_word_and_the_part_before_its_apostrophe():
    """rules/spelling.py `_a_tree_term` looks up a word's lower case with ’ as ', and the part
    before the apostrophe; the page's words must hold both (the counter sees 'muxer’s' whole)."""
    from plainlint.nlp.page_terms import lookup_words

    assert lookup_words(["muxer’s", "gapless", "o'neill"]) == {"muxer's", "muxer", "gapless", "o'neill", "o"}


@pytest.mark.skipif(not hasattr(os, "fsencode") or os.name != "posix", reason="a file name that is not UTF-8 needs POSIX bytes")
def test_a_file_name_that_is_not_utf8_is_kept_and_read_back(tmp_path, monkeypatch):
    """A file name Python holds with surrogates ('caf\\xe9.md' from a Latin-1 tree) could not be
    written as UTF-8 JSON: the run stopped with an internal error and left a temporary file (rev19a)."""
    real_tree(tmp_path)
    try:
        (tmp_path / os.fsdecode(b"caf\xe9.md")).write_text("# Cafe\n\nThe muxer again.\n", encoding="utf-8")
    except (OSError, UnicodeError):
        pytest.skip("this file system takes no such name")
    expected = first_pass_terms(tmp_path, "streams.md", cache=False)
    assert first_pass_terms(tmp_path, "streams.md") == expected
    assert not list((tmp_path / ".plainlint_cache").glob("*/words/.tmp-*"))
    read = counting_reads(monkeypatch)
    assert first_pass_terms(tmp_path, "streams.md") == expected and read == []  # the entries were kept
