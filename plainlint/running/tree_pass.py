"""The first pass of a run with spelling selected: the words of the project's files, counted
before any file is linted, so spelling can take a word the tree writes as a term for a term
(nlp/tree_words.py; issue 33, session 16).

Which files are the tree: with a config file, every file `plainlint check` would lint in the
config's folder (its include, exclude and .gitignore; files a nearer config decides belong to that
config's tree), whatever the run names, so a page gets the same findings from `plainlint check .`
in CI, from pre-commit with the two files a commit changed and from `plainlint check page.md`.
Without a config file there is no project to read, only what the run names: the tree is the
run's files (a folder given is the tree; one file alone has no tree evidence, as a term needs two
files). A run that does not select spelling, or sets `tree-evidence: false`, reads nothing here;
a config folder with more than TREE_FILES_MAX files to lint is not read whole (its tree is the
run's files), so a config in a home folder does not make every run read the home folder.

The terms become part of each file's settings (FileSettings.tree_terms), so the result cache
reuses a file's findings only while its tree's terms are unchanged: editing another page so that
a word stops being a term (or becomes one) re-lints the pages of that tree.
"""

from __future__ import annotations

import os
from pathlib import Path

SPELLING = "PL502"
# A config folder with more files than this to lint (a config in a home folder, a monorepo's root)
# is not read whole: the tree is then the run's files, as without a config (bounded time).
TREE_FILES_MAX = 20_000


def spelling_selected(settings) -> bool:
    """Whether spelling runs on some kind of document with these settings, with its typo check
    and its tree evidence on."""
    codes = {rule.code for rule in settings.rules}
    options = [settings.options.get(SPELLING, {})]
    for table in settings.by_kind.values():
        codes.update(table.codes)
        options.append(table.options.get(SPELLING, {}))
    return SPELLING in codes and any(o.get("typos", True) and o.get("tree-evidence", True) for o in options)


def first_pass(tree, jobs: list[tuple]) -> None:
    """Set `tree_terms` on each Resolver (one per config) that decides a file of the run with
    spelling selected. `tree`: the run's ConfigTree; `jobs`: (candidate, stdin bytes or None)."""
    groups: dict[int, tuple] = {}
    for candidate, data in jobs:
        resolver = tree.resolver_for(candidate.path)
        if not spelling_selected(resolver.settings(candidate.path)):
            continue
        groups.setdefault(id(resolver), (resolver, []))[1].append((candidate.path, data))
    for resolver, named in groups.values():
        # standard input, as read: it stands for its file on disk, if the project has one
        given = {os.path.abspath(path): data for path, data in named if data is not None}
        paths = [path for path, _ in named]
        project = project_files(tree, resolver) if resolver.config.path is not None else None
        if project is not None:
            on_disk = {os.path.abspath(path) for path in project}
            paths = project + [Path(path) for path in given if path not in on_disk]
        resolver.tree_terms = count_files(paths, resolver, given)


def count_files(paths: list[Path], resolver, given: dict | None = None) -> frozenset:
    """spelling's terms from the words of `paths` (`given`: absolute path -> the bytes read from
    standard input for it)."""
    from ..nlp.tree_words import TreeWords, spelling_terms

    counts = TreeWords()
    for path in paths:
        data = given.get(os.path.abspath(path)) if given else None
        text = data.decode("utf-8", "replace") if data is not None else _text(path, resolver)
        if text:
            counts.add(text)
    return spelling_terms(counts)


def project_files(tree, resolver) -> list[Path] | None:
    """The files `plainlint check` would lint in the config's folder that this config decides;
    None when there are more than TREE_FILES_MAX."""
    from ..config.settings import input_files
    from .artefacts import is_artefact
    from .discovery import Discovery

    config = resolver.config
    exclude = list(config.get("exclude", [])) + list(config.get("extend-exclude", []))
    discovery = Discovery(resolver, config.get("include"), exclude, config.get("respect-gitignore", True))
    inputs = {file.resolve() for file in input_files(config)}
    found = []
    for candidate in discovery.files([config.root]):
        if tree.resolver_for(candidate.path) is resolver and not is_artefact(candidate.path) \
                and not (inputs and candidate.path.resolve() in inputs):
            found.append(candidate.path)
            if len(found) > TREE_FILES_MAX:
                return None
    return found


def _text(path: Path, resolver) -> str:
    from ..reading.source import SourceError, read_file_bytes

    try:
        data = read_file_bytes(path, resolver.settings(path).max_file_size)
    except SourceError:
        return ""  # the lint reports why
    return "" if b"\0" in data else data.decode("utf-8", "replace")
