"""Which files to lint: directories walked, files chosen by type, .gitignore respected."""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from pathlib import Path

from .config import safe_resolve
from .readers import format_for

ALWAYS_SKIPPED_DIRS = {".git", ".hg", ".svn", "node_modules", ".venv", "venv", "__pycache__",
                       ".tox", ".nox", ".mypy_cache", ".pytest_cache", ".plainlint_cache"}

# JSON and YAML files that configure tools rather than hold replies; skipped when walking folders
# (named on the command line, they are still read).
TOOLING_FILES = [
    "package.json", "package-lock.json", "npm-shrinkwrap.json", "pnpm-lock.yaml", "yarn.lock",
    "composer.json", "composer.lock", "tsconfig*.json", "jsconfig*.json", ".eslintrc*", ".prettierrc*",
    ".stylelintrc*", ".babelrc*", "renovate.json", ".renovaterc*", "lerna.json", "turbo.json",
    "vercel.json", "netlify.toml", "firebase.json", "app.json", "manifest.json", "*.schema.json",
    ".pre-commit-config.yaml", ".pre-commit-hooks.yaml", ".plainlint.yaml", ".markdownlint*",
    ".yamllint*", ".vale.ini", "mkdocs.yml", "_config.yml", "docker-compose*.yml", "compose*.yaml",
    "Chart.yaml", "pubspec.yaml", "environment.yml", "codecov.yml", ".readthedocs.y*ml",
    ".github/workflows/*", ".github/dependabot.yml", ".gitlab-ci.yml", ".circleci/*", "*.lock",
]


@functools.lru_cache(maxsize=1)
def _tooling_spec():
    return _spec(TOOLING_FILES)


@dataclass(frozen=True)
class Candidate:
    path: Path
    display: str  # POSIX, relative to the current directory when under it
    explicit: bool


def display_path(path: Path) -> str:
    resolved = safe_resolve(path)
    try:
        return resolved.relative_to(_resolved(os.getcwd())).as_posix()
    except ValueError:
        return path.as_posix() if path.is_absolute() else resolved.as_posix()


@functools.lru_cache(maxsize=8)
def _resolved(folder: str) -> Path:
    return safe_resolve(Path(folder))


def display_of_given(path: Path) -> str:
    """How a path given on the command line is shown: relative to cwd, POSIX."""
    if not path.is_absolute():
        return Path(os.path.normpath(path)).as_posix()
    return display_path(path)


@functools.lru_cache(maxsize=4096)
def _gitignore(folder: Path):
    ignore_file = folder / ".gitignore"
    try:
        lines = ignore_file.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    return _spec(lines)


def _spec(lines: list[str]):
    """A gitignore matcher; pathspec is imported only by runs that need one (not `check one.md`)."""
    import pathspec

    return pathspec.GitIgnoreSpec.from_lines(lines)


def _repo_root(start: Path) -> Path | None:
    for folder in (start, *start.parents):
        if (folder / ".git").exists():
            return folder
    return None


class Discovery:
    def __init__(self, resolver, include: list[str] | None, exclude: list[str], respect_gitignore: bool = True):
        self.resolver = resolver
        self.include = _spec(include) if include else None
        self.exclude = _spec(exclude) if exclude else None
        self.respect_gitignore = respect_gitignore
        self.on_error = None  # called with (shown folder, message) for a folder that cannot be listed

    def is_excluded(self, path: Path) -> bool:
        if self.exclude is None:
            return False
        rel = self.resolver.relative(path)
        parts = rel.split("/")
        # A pattern naming a folder excludes everything under it.
        return any(self.exclude.match_file("/".join(parts[:i])) for i in range(1, len(parts) + 1))

    def is_wanted(self, path: Path) -> bool:
        if self.include is not None and self.include.match_file(self.resolver.relative(path)):
            return True
        return format_for(path.name) is not None

    def gitignored(self, path: Path, root: Path | None) -> bool:
        if not self.respect_gitignore or root is None:
            return False
        folder = path.parent
        while True:
            spec = _gitignore(folder)
            if spec is not None:
                rel = path.relative_to(folder).as_posix()
                if spec.match_file(rel) or (path.is_dir() and spec.match_file(rel + "/")):
                    return True
            if folder == root or folder.parent == folder:
                return False
            folder = folder.parent

    def files(self, paths: list[Path], force_exclude: bool = False):
        """Candidates in a stable order: explicit files as given, directories sorted."""
        for given in paths:
            if given.is_dir():
                yield from self._walk(given)
            else:
                if force_exclude and (self.is_excluded(given) or self.gitignored(given.absolute(), _repo_root(given.absolute().parent))):
                    continue
                yield Candidate(given, display_of_given(given), True)

    def _walk(self, top: Path):
        top_abs = top.absolute()
        root = _repo_root(top_abs)

        def unlistable(error: OSError) -> None:
            if self.on_error is not None:
                rel = os.path.relpath(error.filename or top_abs, top_abs)
                self.on_error(display_of_given(Path(os.path.normpath(top / rel))),
                              f"cannot list folder: {error.strerror or error}")

        # followlinks=False: a symlinked folder is never entered, so a link loop cannot recurse.
        for folder, dirs, files in os.walk(top_abs, onerror=unlistable):
            folder_path = Path(folder)
            dirs[:] = sorted(
                d for d in dirs
                if d not in ALWAYS_SKIPPED_DIRS
                and not self.is_excluded(folder_path / d)
                and not self.gitignored(folder_path / d, root)
            )
            for name in sorted(files):
                path = folder_path / name
                if not self.is_wanted(path) or self.is_excluded(path) or self.gitignored(path, root):
                    continue
                rel = os.path.relpath(path, top_abs)
                if path.suffix in (".json", ".yaml", ".yml") and _tooling_spec().match_file(rel):
                    continue
                shown = Path(os.path.normpath(top / rel))
                yield Candidate(path, display_of_given(shown), False)
