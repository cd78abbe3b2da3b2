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

Only the terms a run's pages write are decided (nlp/page_terms.py: a one-file run decides a few
dozen words, not the tree's thousands), and each page's settings (FileSettings.tree_terms) hold
the terms that page writes, so the result cache reuses a page's findings only while those are
unchanged: editing another page so that a word of this one stops being a term (or becomes one)
re-lints this page, and no page that does not write the word. Each file's word counts are kept
between runs unless `--no-cache` is given (running/tree_counts.py), so a second one-file run
reads only the files that changed.
"""

from __future__ import annotations

import os
from pathlib import Path

SPELLING = "PL502"
# A config folder with more files than this to lint (a config in a home folder, a monorepo's root)
# is not read whole: the tree is then the run's files, as without a config (bounded time).
TREE_FILES_MAX = 20_000
FEW_PAGES = 64  # a run of more pages keeps only their unknown words while the tree is counted


def spelling_selected(settings) -> bool:
    """Whether spelling runs on some kind of document with these settings, in `mode: dictionary`
    or `mode: confident`, with its typo check and its tree evidence on (known mode, the default, reads no tree)."""
    from ..rules.spelling_known import spelling_mode

    codes = {rule.code for rule in settings.rules}
    options = [settings.options.get(SPELLING, {})]
    for table in settings.by_kind.values():
        codes.update(table.codes)
        options.append(table.options.get(SPELLING, {}))
    return SPELLING in codes and any(
        spelling_mode(o) in ("dictionary", "confident") and o.get("typos", True) and o.get("tree-evidence", True) for o in options)


def confident_selected(settings) -> bool:
    """Whether some kind of document runs spelling in `mode: confident`, which also asks which of a
    page's unknown words another file writes (nlp/page_terms.shared_words)."""
    from ..rules.spelling_known import spelling_mode

    options = [settings.options.get(SPELLING, {})] + [t.options.get(SPELLING, {}) for t in settings.by_kind.values()]
    return any(spelling_mode(o) == "confident" for o in options)


def first_pass(tree, jobs: list[tuple], cache: bool = False) -> None:
    """Set `page_terms` on each Resolver (one per config) that decides a file of the run with
    spelling selected. `tree`: the run's ConfigTree; `jobs`: (candidate, stdin bytes or None);
    `cache`: keep each file's word counts between runs (running/tree_counts.py; off with --no-cache)."""
    groups: dict[int, tuple] = {}
    limits: dict[str, int] = {}  # a run file's size limit, from the settings asked here once (speed34)
    for candidate, data in jobs:
        resolver = tree.resolver_for(candidate.path)
        settings = resolver.settings(candidate.path)
        if not spelling_selected(settings):
            continue
        limits[os.path.abspath(candidate.path)] = settings.max_file_size
        group = groups.setdefault(id(resolver), (resolver, [], []))
        group[1].append((candidate.path, data))
        group[2].append(settings)
    for resolver, named, settings_of_named in groups.values():
        # standard input, as read: it stands for its file on disk, if the project has one
        given = {os.path.abspath(path): data for path, data in named if data is not None}
        project = project_files(tree, resolver) if resolver.config.path is not None else None
        store = None
        if cache and project is not None:
            from .tree_counts import WordStore

            store = WordStore.for_config(resolver.config)
        paths = project if project is not None else [path for path, _ in named]
        shared = any(confident_selected(settings) for settings in settings_of_named)  # an override's too
        resolver.page_terms = pages_terms(paths, [path for path, _ in named], resolver, given, store, shared, limits)


def pages_terms(paths: list[Path], pages: list[Path], resolver, given: dict, store=None, shared: bool = False,
                limits: dict | None = None) -> dict:
    """Each page's terms (absolute path -> frozenset) from the tree of `paths` (`given`:
    absolute path -> the bytes read from standard input for it, in place of the file); `shared`:
    with the page's unknown words that other files write too (`mode: confident`). With a
    store, a page whose terms were decided for the same totals is not decided again. `limits`:
    absolute path -> size limit of the files whose settings the caller has asked already."""
    from ..nlp.page_terms import UnknownWords, page_terms
    from .tree_counts import count_tree, file_words, swap

    stamps = _stamps(paths, resolver, given, limits or {})
    wanted = {os.path.abspath(page) for page in pages}
    # A run of a few pages keeps their words as read (its terms may be kept from the last run,
    # with no dictionary loaded); a larger run keeps only each page's unknown words.
    unknown = None if len(wanted) <= FEW_PAGES else UnknownWords()
    keep = None if unknown is None else (lambda path, words: words if path in given else unknown.of(words))
    # a stamp holds the file's size limit: its settings are not asked again to read it
    counts, words_of = count_tree(stamps, wanted, lambda path: file_text(Path(path), resolver, stamps[path][2]),
                                  store, keep)
    kept = store is not None and not given  # standard input changes the totals: decide afresh
    dictionary = dictionary_stamp() + (["shared"] if shared else []) if kept else None
    known = {page: store.page_terms(page, stamps[page], dictionary) for page in wanted if page in stamps} if kept else {}
    todo = [page for page in wanted if known.get(page) is None]
    if not todo:
        return known
    judged = unknown is not None
    unknown, words_by_page = unknown or UnknownWords(), {}
    for page in todo:
        if page in given:
            data = given[page]
            words = file_words(None if b"\0" in data else data.decode("utf-8", "replace"))
            swap(counts, words_of.get(page) if page in stamps else {}, words)
            words_by_page[page] = unknown.of(words)
        elif page in words_of:
            words_by_page[page] = words_of[page] if judged else unknown.of(words_of[page])
        else:  # a page outside the tree (excluded by the config, named anyway) is read, not counted
            words_by_page[page] = unknown.of(file_words(file_text(Path(page), resolver)))
    decided = page_terms(counts, words_by_page, shared)
    for page, terms in decided.items():
        if kept and page in stamps:
            store.put_page_terms(page, stamps[page], dictionary, terms)
    return {**known, **decided}


def _stamps(paths: list[Path], resolver, given: dict, limits: dict) -> dict:
    """The stamp of each file of the tree (absolute path -> tree_counts.stamp_of), first path
    first; a page given on standard input that is not on disk has none. `limits`: the size limits
    known already (absolute path -> bytes); the settings of the other files are asked."""
    from .tree_counts import stamp_of

    stamps = {}
    for path in paths:
        key = os.path.abspath(path)
        if key not in given or os.path.exists(key):
            limit = limits.get(key)
            stamp = stamp_of(key, resolver.settings(path).max_file_size if limit is None else limit)
            if stamp is not None:
                stamps.setdefault(key, stamp)
    return stamps


def dictionary_stamp() -> list:
    """The dictionary's word-frequency file (in the symspellpy package, outside plainlint's
    fingerprint): a page's kept terms are used only with the same one."""
    import importlib.util

    from ..nlp.spelling import FREQUENCY_FILE

    spec = importlib.util.find_spec("symspellpy")
    try:
        info = os.stat(os.path.join(next(iter(spec.submodule_search_locations)), FREQUENCY_FILE))
    except (OSError, TypeError, AttributeError, StopIteration):
        return []
    return [info.st_size, info.st_mtime_ns]


def project_files(tree, resolver) -> list[Path] | None:
    """The files `plainlint check` would lint in the config's folder that this config decides;
    None when there are more than TREE_FILES_MAX."""
    from ..config.settings import input_files
    from .artefacts import is_artefact
    from .discovery import Discovery, file_identity

    config = resolver.config
    discovery = Discovery.of_config(resolver, config)
    inputs = {file.resolve() for file in input_files(config)}
    found, ours = [], {}  # folder -> whether this config decides its files (the nearest config)
    seen = set()  # a real file's words are counted once, as it is linted once (run.Run._jobs)
    for candidate in discovery.files([config.root]):
        folder = os.path.dirname(os.path.abspath(candidate.path))
        if folder not in ours:
            ours[folder] = tree.resolver_for(candidate.path) is resolver
        if ours[folder] and not is_artefact(candidate.path) and not (inputs and candidate.path.resolve() in inputs):
            identity = file_identity(candidate.path)
            if identity in seen:
                continue
            seen.add(identity)
            found.append(candidate.path)
            if len(found) > TREE_FILES_MAX:
                return None
    return found


def file_text(path: Path, resolver, limit: int | None = None) -> str | None:
    """The file's text as the tree counts it; None when it is not UTF-8 text (a NUL byte).
    `limit`: its size limit when known (else its settings are asked)."""
    from ..reading.source import SourceError, read_file_bytes

    try:
        data = read_file_bytes(path, resolver.settings(path).max_file_size if limit is None else limit)
    except SourceError:
        return ""  # the lint reports why
    return None if b"\0" in data else data.decode("utf-8", "replace")
