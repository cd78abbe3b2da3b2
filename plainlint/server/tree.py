"""spelling's tree evidence in the editor (issue 33, session 16): the same first pass as
`plainlint check` (running/tree_pass.py), so a page gets the same findings in the editor as from
`plainlint check` in pre-commit and CI.

With a config file the tree is the config's folder; without one there is no project to read and
no tree evidence, as `plainlint check page.md` has none. The terms are kept per config and read
again when a file of the tree is added, removed or saved with another size or time (each lint
lists the tree and reads each file's stamp: a few milliseconds for a few hundred files, about
0.15 s for 2,500; a folder of more than 20,000 is not read: running/tree_pass.py); an unsaved
buffer counts as its file on disk does.
"""

from __future__ import annotations

import dataclasses
import os
import threading

from ..config import FileSettings


class TreeTerms:
    """The terms of each config's tree, read again when the tree's files change."""

    def __init__(self):
        self._known: dict = {}  # config file -> (stamps of the tree's files, terms)
        self._lock = threading.Lock()

    def settings_with_terms(self, settings: FileSettings, resolver) -> FileSettings:
        """`settings` (spelling selected, a config file) with its tree's terms."""
        return dataclasses.replace(settings, tree_terms=self.terms(resolver.config))

    def terms(self, config) -> frozenset:
        from ..config import ConfigTree
        from ..running.tree_pass import count_files, project_files

        tree = ConfigTree(config)
        files = project_files(tree, tree.run)
        if files is None:
            return frozenset()  # too many files to read on each change: no tree evidence here
        stamps = tuple(_stamp(path) for path in files)
        with self._lock:
            known = self._known.get(config.path)
        if known is not None and known[0] == stamps:
            return known[1]
        terms = count_files(files, tree.run)
        with self._lock:
            self._known[config.path] = (stamps, terms)
        return terms


def _stamp(path) -> tuple:
    try:
        info = os.stat(path)
    except OSError:
        return (str(path), None)
    return (str(path), info.st_mtime_ns, info.st_size)
