"""Which settings lint a document in the editor.

`settings_for(path)` is the one place the server asks for a file's settings. It finds the
config nearest to the file's folder (or, for a file not on disk, to the nearest folder that
exists), `extend:` included, with the same `find_config` / `load_config` / `Resolver` as
`plainlint check` uses per file (config.tree.ConfigTree), so a file gets the same findings in
the editor as in pre-commit and CI.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from ..config import CONFIG_FILES, Config, ConfigError, FileSettings, Resolver, find_config, load_config, validate

# Files whose change makes the server read the settings again (workspace/didChangeWatchedFiles).
WATCHED_GLOBS = ("**/.plainlint.yaml", "**/.plainlint.yml", "**/pyproject.toml")


def nearest_folder(path: Path | None) -> Path | None:
    """The folder of `path` if it exists, else its nearest existing ancestor (None: no path); the
    real folder, through a symlinked file or folder, as `plainlint check` decides it
    (config.tree.ConfigTree.real_folder): a file in a linked folder gets the config nearest its
    real folder in the editor too (rev37; only a linked file was resolved)."""
    if path is None:
        return None
    path = Path(os.path.realpath(path))
    for folder in path.parents:
        if folder.is_dir():
            return folder
    return None


def settings_for(path: Path | None, fallback: dict | None = None) -> tuple[FileSettings, Resolver]:
    """The settings for `path` and the resolver that made them. Without a config file the
    `fallback` mapping (the client's initialization options `select`/`ignore`) is the config.
    Raises ConfigError for a config file that is broken."""
    folder = nearest_folder(path)
    config_path = find_config(folder) if folder is not None else None
    if config_path is not None:
        config = load_config(config_path)
    else:
        data = dict(fallback or {})
        validate(data, "initialization options")
        config = Config(None, folder or Path.cwd(), data)
    resolver = Resolver(config)
    return resolver.settings(path if path is not None else config.root / "untitled"), resolver


def excluded(path: Path | None, resolver: Resolver) -> bool:
    """Whether `plainlint check --force-exclude` (what the pre-commit hook runs) skips the file:
    the config's `exclude` and `extend-exclude`, .gitignore (unless `respect-gitignore: false`),
    tooling files such as package.json, the config's extended and vocabulary files, a baseline or
    a report. The editor shows no diagnostics for it, as ruff's server does for excluded files."""
    if path is None:
        return False
    from ..config.settings import input_files
    from ..running.artefacts import is_artefact
    from ..running.discovery import Discovery, read_gitignores_again

    config = resolver.config
    if any(path.absolute() == file.absolute() for file in input_files(config)) or is_artefact(path):
        return True  # plainlint's own input (extended configs, word lists) and output (a baseline)
    read_gitignores_again()  # edited while the server runs, and no watcher reports it
    return Discovery.of_config(resolver, config, include=False).force_excluded(path)


class SettingsCache:
    """settings_for, remembered per path until a watched config file changes, or until a file
    the settings were read from changes on disk: the config, the files it `extend`s (any name)
    and its vocabulary files, which no watcher glob covers; and clients without file watching
    (Neovim 0.7) send no change events at all."""

    def __init__(self, fallback: dict | None = None, workspace_folders=()):
        self.fallback = fallback or {}
        self.folders = [Path(os.path.abspath(folder)) for folder in workspace_folders if folder is not None]
        # path -> (files read, their stamps then, the settings or the config's error). An error
        # is read again each time (the file at fault may be any of them, and fixing it is the
        # next thing the writer does).
        self._known: dict[Path | None, tuple[tuple, tuple, tuple[FileSettings, Resolver] | ConfigError]] = {}
        self._lock = threading.Lock()
        self.trees = None  # server.tree.TreeTerms, made when spelling is first selected

    def get(self, path: Path | None) -> tuple[FileSettings, Resolver]:
        with self._lock:
            entry = self._known.get(path)
        if entry is None or isinstance(entry[2], ConfigError) or stamps(entry[0]) != entry[1]:
            try:
                known = settings_for(path, self.fallback)
            except ConfigError as exc:
                known = exc
            files = read_from(path, known)
            entry = (files, stamps(files), known)
            with self._lock:
                self._known[path] = entry
        known = entry[2]
        if isinstance(known, ConfigError):
            raise known
        return known

    def add_folders(self, folders) -> None:
        with self._lock:
            self.folders += [Path(os.path.abspath(folder)) for folder in folders if folder is not None]

    def project_root(self, path: Path | None) -> Path | None:
        """The folder a document with no config file is read from, as `plainlint check` run
        there reads it (its path, from there, gives the folder signals of its kind: `emails/`):
        the innermost workspace folder holding it; outside every folder, or once the editor
        removed its folder, the document's own folder. None for an untitled buffer."""
        with self._lock:
            holding = [folder for folder in self.folders if is_inside(path, folder)]
        return max(holding, key=lambda folder: len(folder.parts)) if holding else nearest_folder(path)

    def forget_folder(self, folder: Path) -> None:
        """Drop the settings of the files in `folder` and the trees of its configs: the editor
        closed that workspace folder (each file's settings and each project's word counts were
        otherwise kept for the session, however many projects were opened and closed). Its
        documents are outside every folder from now on (project_root)."""
        folder = Path(os.path.abspath(folder))
        with self._lock:
            self.folders = [known for known in self.folders if known != folder]
            for path in [path for path in self._known if is_inside(path, folder)]:
                del self._known[path]
            trees = self.trees
        if trees is not None:
            trees.forget_under(folder)

    def forget(self) -> None:
        with self._lock:
            self._known.clear()
            self.trees = None  # (a tree found too large is listed again: rev16)


def is_inside(path, folder: Path) -> bool:
    """Whether `path` (None for an untitled buffer, or where there is no config) is `folder` or
    below it; `folder` absolute."""
    return path is not None and Path(os.path.abspath(path)).is_relative_to(folder)


def read_from(path: Path | None, known) -> tuple[Path, ...]:
    """The files the settings of `path` were read from (config, extended files, vocabulary), and
    the places a nearer config could be created (`nearer_configs`)."""
    if isinstance(known, ConfigError):
        return ()
    from ..config.settings import input_files

    config = known[1].config
    read = () if config.path is None else (Path(config.path), *input_files(config))
    return (*nearer_configs(path, None if config.path is None else Path(config.path)), *read)


CONFIG_NAMES = (*CONFIG_FILES, "pyproject.toml")


def nearer_configs(path: Path | None, config: Path | None) -> tuple[Path, ...]:
    """Where a config file created (or a pyproject.toml given a [tool.plainlint] table) would
    be nearer to `path` than `config`, the one in use: every folder from the file's up to the
    config's (all the way up without one). A client that watches no files (Neovim 0.7) says
    nothing when the writer creates one; stamping these paths makes the next lint see it."""
    folder = nearest_folder(path)
    if folder is None:
        return ()
    out = []
    for place in (folder, *folder.parents):
        if config is not None and place == config.parent:
            out += [place / name for name in CONFIG_FILES if place / name != config]  # .yaml wins over pyproject
            break
        out += [place / name for name in CONFIG_NAMES]
    return tuple(out)


def stamps(files: tuple[Path, ...]) -> tuple:
    """(modification time, size) per file, None for a file that is not there (a few stats per
    lint, against a lint's milliseconds at least)."""
    out = []
    for file in files:
        try:
            stat = file.stat()
            out.append((stat.st_mtime_ns, stat.st_size))
        except OSError:
            out.append(None)
    return tuple(out)
