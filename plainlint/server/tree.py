"""spelling's tree evidence in the editor (issue 33, session 16): the same first pass as
`plainlint check` (running/tree_pass.py), so a page gets the same findings in the editor as from
`plainlint check` in pre-commit and CI.

With a config file the tree is the config's folder; without one there is no project to read and
no tree evidence, as `plainlint check page.md` has none. The tree's word counts are kept per
config and counted again when a file of the tree is added, removed or saved with another size or
time, or was saved in the last few seconds (saved again, it may keep its stamp: RACY_NS in
running/tree_counts.py). Each lint lists the tree and reads each file's stamp (a few milliseconds
for a few hundred files, about 0.15 s for 2,500; a folder of more than 20,000 is not read:
running/tree_pass.py), reading only the files that changed (each file's counts are kept on disk beside the result
cache: running/tree_counts.py); an unsaved buffer counts as its file on disk does. Each lint
decides only the terms the page's buffer writes (nlp/page_terms.py), once per word until the
counts change. A tree found too large is not listed again until the settings are read again (a
config saved or changed: SettingsCache.forget).
"""

from __future__ import annotations

import dataclasses
import os
import threading
from pathlib import Path

from ..config import FileSettings
from .settings import is_inside


class TreeTerms:
    """The word counts of each config's tree, read again when the tree's files change, and the
    terms each page writes, decided from them (nlp/page_terms.py)."""

    def __init__(self):
        self._known: dict = {}  # config file -> (stamps of the tree's files, TreeWords, {word: term?})
        # Config files whose trees have more than TREE_FILES_MAX files: listing one took 0.6 s on
        # each lint, for no terms (rev16)
        self._too_large: set = set()
        self._lock = threading.Lock()

    def forget_under(self, folder: Path) -> None:
        """Drop what is kept for the configs in `folder` (a workspace folder the editor closed):
        the counts are read again if a file of it is linted after all. Kept for the session,
        they grew with every project opened in one editor window."""
        with self._lock:
            for path in [path for path in self._known if is_inside(path, folder)]:
                del self._known[path]
            self._too_large = {path for path in self._too_large if not is_inside(path, folder)}

    def settings_with_terms(self, settings: FileSettings, resolver, text: str = "") -> FileSettings:
        """`settings` (spelling selected, a config file) with the terms of its tree that the
        page's `text` (the editor's buffer) writes, and with `mode: confident` the page's unknown
        words other files write too, as `plainlint check` gives them (running/tree_pass.py)."""
        from ..running.tree_pass import confident_selected

        shared = confident_selected(settings)
        return dataclasses.replace(settings, tree_terms=self.terms(resolver.config, text, shared))

    def terms(self, config, text: str = "", shared: bool = False) -> frozenset:
        """The tree's terms among the words `text` writes; with `shared`, also its unknown words
        that two files or more of the tree write (nlp/page_terms.shared_words)."""
        from ..nlp.page_terms import UnknownWords, shared_words
        from ..running.tree_counts import file_words

        known = self.counts(config)
        if known is None:
            return frozenset()
        _, counts, decided = known
        words = UnknownWords().of(file_words(text) or {})
        undecided = frozenset(word for word in words if word not in decided)
        if undecided:
            from ..nlp.tree_words import spelling_terms

            terms = spelling_terms(counts, among=undecided)
            with self._lock:
                decided.update((word, word in terms) for word in undecided)
        terms = frozenset(word for word in words if decided[word])
        return terms | shared_words(counts, words) if shared else terms

    def counts(self, config):
        """(stamps, TreeWords, decisions) of the config's tree, or None when it is too large."""
        from ..config import ConfigTree
        from ..running.tree_counts import WordStore, any_racy, count_tree
        from ..running.tree_pass import file_text, project_files

        with self._lock:
            if config.path in self._too_large:
                return None
        tree = ConfigTree(config)
        files = project_files(tree, tree.run)
        if files is None:  # too many files to read on each change: no tree evidence here
            with self._lock:
                self._too_large.add(config.path)
            return None
        stamps = {os.path.abspath(path): _stamp(path, tree.run) for path in files}
        stamps = {path: stamp for path, stamp in stamps.items() if stamp is not None}
        with self._lock:
            known = self._known.get(config.path)
        if known is not None and known[0] == stamps and not any_racy(stamps):
            return known
        counts, _ = count_tree(stamps, set(), lambda path: file_text(Path(path), tree.run), WordStore.for_config(config))
        known = (stamps, counts, {})
        with self._lock:
            self._known[config.path] = known
        return known


def _stamp(path, resolver) -> list | None:
    from ..running.tree_counts import stamp_of

    return stamp_of(os.path.abspath(path), resolver.settings(path).max_file_size)
