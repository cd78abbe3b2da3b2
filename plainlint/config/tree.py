"""Config nearest to each file, as ruff and markdownlint-cli2 do.

The closest `.plainlint.yaml` / `.plainlint.yml` / `pyproject.toml` with `[tool.plainlint]` in a
folder above a file (or beside it) decides that file's settings entirely: configs are not merged
by folder, only through `extend:`. A symlink is decided by the config nearest its target.
`--config FILE` overrides all of them. A file with no config
above it uses the run's config (the one nearest the current folder), else the defaults. So one file gets the same findings in an editor, in pre-commit and
in CI, whatever the folder plainlint runs from.
"""

from __future__ import annotations

import os
from pathlib import Path

from .load import Config, config_in, load_config, unread_configs, unread_warning
from .selection import Selection
from .settings import FileSettings, Resolver


class ConfigTree:
    """A Resolver per config file, chosen per path; the same interface as Resolver for the
    code that lints (`settings`, `relative`, `config`)."""

    def __init__(self, run_config: Config, cli: Selection | None = None, encoding: str | None = None,
                 forced: bool = False):
        """`run_config`: the config of the run (the one nearest the current folder, or --config
        when `forced`): its `fail-level`, `include`, `exclude` and `respect-gitignore` apply to
        the run as a whole; with `forced` it also decides every file."""
        self.cli, self.encoding, self.forced = cli, encoding, forced
        self.run = Resolver(run_config, cli, encoding)
        self._by_config: dict[Path | None, Resolver] = {run_config.path: self.run}
        self._nearest: dict[str, Path | None] = {}  # folder -> its nearest config file
        self._real: dict[str, str] = {}  # folder -> its real path, for this run
        self.on_unread = None  # called with a warning line for a TOML config discovery does not read

    @property
    def config(self) -> Config:
        return self.run.config

    def resolver_for(self, path: Path) -> Resolver:
        """The Resolver of the config nearest `path` (loaded on first use; may raise ConfigError)."""
        if self.forced:
            return self.run
        found = self.nearest_config(self.real_folder(path))
        if found is None:
            return self.run  # no config above the file: the run's (the current folder's)
        resolver = self._by_config.get(found)
        if resolver is None:
            resolver = self._by_config[found] = Resolver(load_config(found), self.cli, self.encoding)
        return resolver

    def real_folder(self, path: Path) -> str:
        """The folder of the real file `path` names, through a symlinked file or folder (each folder
        resolved once). A file reached by two paths (a link beside its target) is decided by the
        config nearest the real file, as its overrides already match its real path
        (Resolver.relative), so the order the paths come in changes nothing (old36)."""
        text = os.path.abspath(path)
        if os.path.islink(text):
            return os.path.dirname(os.path.realpath(text))
        folder = os.path.dirname(text)
        real = self._real.get(folder)
        if real is None:
            real = self._real[folder] = os.path.realpath(folder)
        return real

    def nearest_config(self, folder: str) -> Path | None:
        """The config file in `folder` or the closest folder above it (each folder looked up once)."""
        known = self._nearest.get(folder, False)
        if known is not False:
            return known
        here = config_in(Path(folder))
        if self.on_unread is not None:
            for unread in unread_configs(Path(folder)):
                self.on_unread(unread_warning(unread, here))
        parent = os.path.dirname(folder)
        if here is None and parent != folder:
            here = self.nearest_config(parent)
        self._nearest[folder] = here
        return here

    def settings(self, path: Path) -> FileSettings:
        return self.resolver_for(path).settings(path)

    def settings_for(self, path: Path, kind: str | None) -> FileSettings:
        return self.resolver_for(path).settings_for(path, kind)

    def relative(self, path: Path, root: Path | None = None) -> str:
        """`path` relative to `root`, by default the run's config root (what the run's include
        and exclude match)."""
        return self.run.relative(path, root)

    def root_for(self, path: Path) -> Path:
        """The folder of the config that decides `path` (its cache lives there)."""
        return self.resolver_for(path).config.root

    def roots(self) -> list[Path]:
        return sorted({resolver.config.root for resolver in self._by_config.values()})
