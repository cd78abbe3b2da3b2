"""The words of spelling's tree, counted once per file version and kept between runs (issue 33,
spd10): a one-file run in a project (pre-commit, an editor's save) reads only the tree's files
that changed since the last run, not all of them.

Beside the result cache's entries (running/cache.py: in its generation folder, so an upgrade or
a local edit of plainlint starts afresh, and dropped with it; within it, the files no summary
names are pruned past the result cache's cap: prune_words), in a `words` folder:
  - one entry per file version: its words and how often it writes each, keyed by its absolute
    path, size, modification time (ns), the size limit it was read with, and plainlint's
    fingerprint (the generation); the entry repeats its path and stamp, checked on reading;
  - one summary per config: the stamp of each file it counted and the tree's totals, so a run
    where nothing changed reads one file; a file changed, added or removed since is taken out
    with its old entry and put back with its new one. A file modified within RACY_NS of the run
    is kept under a stamp no later run matches, so the next run counts it again.
JSON, never pickle (a cache folder that came with someone else's files must not run code),
written atomically (a temporary file renamed), so parallel runs can share it. A missing, damaged
or foreign file (another path, another stamp, a count that is not a positive integer) is
ignored and counted again from the texts; a summary that cannot be brought up to date (an old
entry pruned) is rebuilt from the entries and texts. `--no-cache` neither reads nor writes it,
as ruff's --no-cache turns off all of its caching. Memory is the tree's distinct words (the
totals) and the words of the run's own pages, as without the cache.
"""

from __future__ import annotations

import collections
import json
import os
import time
from pathlib import Path

_FORMAT = 3  # 3: a file's words hold its names' uses too, under NAMED_PREFIX (nlp/tree_words.py)
SUMMARY = "tree-"  # the name of a config's summary: this, then a hash of the config's path
# A file modified this recently may be saved again at the same size within its file system's time
# granularity (FAT's two seconds, a kernel tick), keeping its stamp: its words are kept under its
# stamp marked RACY, which no later stamp equals, so the next run counts it again (git's "racy
# clean" entries; rev18a). Three seconds, above FAT's two.
RACY_NS = 3_000_000_000
RACY = "racy"


def file_words(text: str | None) -> dict[str, int] | None:
    """One file's words as the tree counts them (TreeWords.add: names' uses under NAMED_PREFIX
    too); None for a text that is not UTF-8 (a NUL byte)."""
    from ..nlp.tree_words import word_counts

    if text is None:
        return None
    return dict(word_counts(text))  # (a TreeWords' files count: not needed here)


class WordStore:
    """The entries and a config's summary in `folder` (one generation of the result cache)."""

    def __init__(self, folder: Path, config_path: str):
        self.folder = str(folder)
        import hashlib  # here, not at the top: a --no-cache run imports this module but no store (spell24)

        self.fingerprint = os.path.basename(os.path.dirname(self.folder))
        name = hashlib.blake2b(config_path.encode("utf-8", "surrogateescape"), digest_size=12).hexdigest()
        self.summary_path = os.path.join(self.folder, SUMMARY + name + ".json")
        self.config_path = config_path
        self.version: str | None = None  # the totals' name, once read or written

    @classmethod
    def for_config(cls, config) -> WordStore | None:
        """The store beside the config's result cache; None when its folder cannot be made."""
        from .cache import WORDS_FOLDER, ResultCache

        cache = ResultCache(config.root)
        if not cache.prepare():
            return None
        folder = cache.generation / WORDS_FOLDER
        try:
            folder.mkdir(exist_ok=True)
        except OSError:
            return None
        return cls(folder, str(config.path))

    def _entry_path(self, path: str, stamp: list) -> str:
        import hashlib

        key = json.dumps([self.fingerprint, _FORMAT, path, stamp]).encode("utf-8", "surrogateescape")
        return os.path.join(self.folder, hashlib.blake2b(key, digest_size=20).hexdigest())

    def entry(self, path: str, stamp: list) -> tuple[bool, dict | None]:
        """(found, words) for this version of the file; (False, None) when absent or not trusted."""
        data = _load(self._entry_path(path, stamp))
        if not isinstance(data, dict) or data.get("path") != path or data.get("stamp") != stamp:
            return False, None
        words = data.get("words")
        if words is None:
            return True, None
        return (True, words) if _counts(words) else (False, None)

    def put_entry(self, path: str, stamp: list, words: dict | None) -> None:
        _dump(self._entry_path(path, stamp), {"path": path, "stamp": stamp, "words": words})

    def summary(self):
        """(stamps by path, TreeWords) as last written, or None."""
        from ..nlp.tree_words import TreeWords

        data = _load(self.summary_path)
        if not isinstance(data, dict) or data.get("format") != _FORMAT or data.get("config") != self.config_path:
            return None
        stamps, uses, files = data.get("stamps"), data.get("uses"), data.get("files")
        if not (isinstance(stamps, dict) and all(isinstance(s, list) for s in stamps.values())
                and _counts(uses) and _counts(files) and uses.keys() == files.keys()):
            return None
        counts = TreeWords()
        counts.uses, counts.files = collections.Counter(uses), collections.Counter(files)
        self.version = data.get("version")
        return stamps, counts

    def put_summary(self, stamps: dict, counts) -> None:
        self.version = os.urandom(8).hex()  # names these totals: a page's terms kept for them
        _dump(self.summary_path, {"format": _FORMAT, "config": self.config_path, "stamps": stamps,
                                  "uses": counts.uses, "files": counts.files, "version": self.version})

    def page_terms(self, path: str, stamp: list, dictionary: list) -> frozenset | None:
        """The terms this version of the page was given with the tree's current totals and the
        same dictionary files, or None: a run where nothing changed then loads no dictionary."""
        data = _load(self._entry_path(path, stamp) + "-terms")
        if (not isinstance(data, dict) or data.get("path") != path or data.get("stamp") != stamp
                or self.version is None or data.get("version") != self.version
                or data.get("dictionary") != dictionary):
            return None
        terms = data.get("terms")
        return frozenset(terms) if isinstance(terms, list) and all(isinstance(t, str) for t in terms) else None

    def put_page_terms(self, path: str, stamp: list, dictionary: list, terms: frozenset) -> None:
        if self.version is not None:
            _dump(self._entry_path(path, stamp) + "-terms", {"path": path, "stamp": stamp, "version": self.version,
                                                             "dictionary": dictionary, "terms": sorted(terms)})


def prune_words(folder: str, cap: int | None = None, grace: float = 60.0) -> int:
    """Delete the files of `folder` that no summary names (an edited file's old versions and
    their pages' terms, files gone from the tree) once it holds more than `cap` (the result
    cache's ENTRY_CAP; run when a summary is written); how many. A file a summary names is kept
    whatever its age: without it, the next run that finds its file changed counts the whole tree
    again (rev18a: the result cache's prune by age took these first, as the first run wrote
    them). Files younger than `grace` seconds may be a running run's, whose summary is not
    written yet."""
    from .cache import ENTRY_CAP

    try:
        files = [entry for entry in os.scandir(folder) if entry.is_file(follow_symlinks=False)]
    except OSError:
        return 0
    if len(files) <= (ENTRY_CAP if cap is None else cap):
        return 0
    store, live = WordStore(Path(folder), ""), set()
    for entry in files:
        if entry.name.startswith(SUMMARY):
            live.add(entry.name)
            stamps = _load(entry.path)
            stamps = stamps.get("stamps") if isinstance(stamps, dict) else None
            for path, stamp in (stamps.items() if isinstance(stamps, dict) else ()):
                name = os.path.basename(store._entry_path(path, stamp))
                live.update((name, name + "-terms"))
    doomed = 0
    for entry in files:
        try:
            if entry.name not in live and time.time() - entry.stat().st_mtime > grace:
                os.unlink(entry.path)
                doomed += 1
        except OSError:
            pass  # gone already, or in use by another run (Windows): next time
    return doomed


def _counts(value) -> bool:
    """A JSON object of positive whole counts."""
    return isinstance(value, dict) and all(type(n) is int and n > 0 for n in value.values())


def _load(path: str):
    try:
        with open(path, "rb") as stream:
            return json.loads(stream.read())
    except (OSError, ValueError):
        return None


def _dump(path: str, value) -> None:
    """Write `value` as JSON through a temporary file renamed over `path`; nothing is raised and
    no temporary file is left when the folder cannot be written (a read-only or full disk costs
    speed, never a wrong answer)."""
    import tempfile

    blob = _json_bytes(value)
    try:
        handle, temporary = tempfile.mkstemp(dir=os.path.dirname(path), prefix=".tmp-")
    except OSError:
        return
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(blob)
        os.replace(temporary, path)
    except OSError:
        try:
            os.unlink(temporary)
        except OSError:
            pass


def _json_bytes(value) -> bytes:
    """`value` as UTF-8 JSON. A path Python holds with surrogates (a file name that is not UTF-8:
    os.fsdecode) cannot be UTF-8, so such a value is written with \\u escapes, which json.loads
    reads back as the same surrogates (rev19a: it stopped the run with an internal error)."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(value, separators=(",", ":")).encode("ascii")


def count_tree(stamps: dict, wanted: set, read, store: WordStore | None = None, keep=None):
    """(TreeWords of the files in `stamps`, {path: keep(path, words)} of the `wanted` ones among
    them: `keep` can shrink a page's words as they come, so a run of many pages does not hold
    every file's words). `stamps`: absolute path -> [size, mtime_ns, size limit]; `read(path)`:
    the file's text, or None when it is not UTF-8 text. Without a store every file is read."""
    from ..nlp.tree_words import TreeWords

    known = store.summary() if store is not None else None
    counted, counts = known if known is not None else ({}, TreeWords())
    summarised = len(counted)
    if known is not None and not _take_out_changed(counted, counts, stamps, store):
        counted, counts = {}, TreeWords()  # an old entry is gone: rebuild
    dirty = known is None or len(counted) != summarised
    words_of, now = {}, time.time_ns()
    for path, stamp in stamps.items():
        if path in counted and path not in wanted:
            continue
        found, words = store.entry(path, stamp) if store is not None else (False, None)
        kept = stamp + [RACY] if not found and _racy(stamp, now) else stamp
        if not found:
            words = file_words(read(path))
            if store is not None:
                store.put_entry(path, kept, words)
        if path not in counted:
            _add(counts, words or {})
            counted[path], dirty = kept, True
        if path in wanted:
            words_of[path] = words if keep is None else keep(path, words)
    if store is not None and dirty:
        store.put_summary(counted, counts)
        prune_words(store.folder)
    return counts, words_of


def any_racy(stamps: dict) -> bool:
    """Whether a file of `stamps` was modified within RACY_NS: saved again, it may keep its stamp."""
    now = time.time_ns()
    return any(_racy(stamp, now) for stamp in stamps.values())


def _racy(stamp: list, now: int) -> bool:
    return now - stamp[1] <= RACY_NS


def _take_out_changed(counted: dict, counts, stamps: dict, store: WordStore) -> bool:
    """Take the files changed or gone since the summary out of its totals; False when one's
    words cannot be read back (or do not add up), so the totals cannot be trusted."""
    for path in [path for path, stamp in counted.items() if stamps.get(path) != stamp]:
        found, words = store.entry(path, counted.pop(path))
        if not found or not _subtract(counts, words or {}):
            return False
    return True


def _add(counts, words: dict) -> None:
    counts.uses.update(words)
    counts.files.update(words.keys())


def swap(counts, old: dict | None, new: dict | None) -> None:
    """Count `new` in place of `old` (a buffer read from standard input for its file on disk)."""
    _subtract(counts, old or {})
    _add(counts, new or {})


def _subtract(counts, words: dict) -> bool:
    uses, files = counts.uses, counts.files
    for word, n in words.items():
        if uses[word] < n or files[word] < 1:
            return False
        uses[word] -= n
        files[word] -= 1
        if not uses[word]:
            del uses[word], files[word]
    return True


def stamp_of(path: str, limit) -> list | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return [info.st_size, info.st_mtime_ns, limit]
