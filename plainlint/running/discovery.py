"""Which files to lint: directories walked, files chosen by type, .gitignore respected."""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from pathlib import Path

from ..config import safe_resolve
from ..config.settings import config_glob_spec
from ..reading.readers import format_for, is_code_template
from ..reading.readers.react_email import is_react_email
from ..reading.tooling_files import gitignore_spec as _spec
from ..reading.tooling_files import TOOLING_SUFFIXES, is_legal_boilerplate, is_tooling_file, tooling_spec

ALWAYS_SKIPPED_DIRS = {".git", ".hg", ".svn", "node_modules", ".venv", "venv", "__pycache__",
                       ".tox", ".nox", ".mypy_cache", ".pytest_cache", ".plainlint_cache"}

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


def file_identity(path: Path) -> tuple:
    """The real file a path names, so a run lints it once however many paths lead to it (a
    symlink beside its target, a linked folder given beside the folder): (device, inode) through
    every link. A path that cannot be stat'ed (a broken link, a loop) is its own, so its error is
    reported under each name. A file with hard links is known by its real path instead: `--fix`
    writes a new file in its place (fixing/atomic.py), after which each name holds its own text,
    so each name is linted and fixed; so is one on a file system with no inode numbers (0)."""
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return ("path", os.path.normcase(os.path.abspath(path)))
    if info.st_nlink > 1 or not info.st_ino:
        return ("path", os.path.normcase(os.path.realpath(path)))
    return (info.st_dev, info.st_ino)


@functools.lru_cache(maxsize=8)
def _resolved(folder: str) -> Path:
    return safe_resolve(Path(folder))


def display_of_given(path: Path) -> str:
    """How a path given on the command line is shown: relative to cwd, POSIX."""
    if not path.is_absolute():
        return Path(os.path.normpath(path)).as_posix()
    return display_path(path)


@functools.lru_cache(maxsize=4096)
def _gitignore(folder: str):
    try:
        with open(os.path.join(folder, ".gitignore"), encoding="utf-8", errors="replace") as handle:
            lines = handle.read().splitlines()
    except OSError:
        return None
    return _spec(lines)


def read_gitignores_again() -> None:
    """Forget the .gitignore files read so far (a long-lived process: the language server)."""
    _gitignore.cache_clear()


def _ignore_root(start: Path) -> Path:
    """The topmost folder whose .gitignore applies to `start`: the repository's root, or outside
    a repository the file system's root (.gitignore is honoured everywhere, as ruff does)."""
    for folder in (start, *start.parents):
        if os.path.exists(folder / ".git"):  # False, not PermissionError, inside an unreadable folder
            return folder
    return Path(start.anchor or "/")


class Discovery:
    def __init__(self, resolver, include: list[str] | None, exclude: list[str], respect_gitignore: bool = True,
                 roots: dict | None = None):
        """`include` and `exclude`: globs relative to the resolver's config folder, or to the
        folder `roots` names for a list (`{"include": folder, "exclude": [(folder, globs)]}`, as
        Discovery.of_config makes them: a config's lists may come from a file it extends)."""
        roots = roots or {}
        self.resolver = resolver
        self.include = config_glob_spec(tuple(include)) if include else None
        self.include_root = roots.get("include")
        groups = roots.get("exclude") or ([(None, exclude)] if exclude else [])
        self.exclude = [(root, config_glob_spec(tuple(globs))) for root, globs in groups] or None
        self.respect_gitignore = respect_gitignore
        self.on_error = None  # called with (shown folder, message) for a folder that cannot be listed
        self._chains: dict[tuple[str, str], tuple] = {}

    @classmethod
    def of_config(cls, resolver, config, include: bool = True) -> "Discovery":
        """The discovery a config asks for: its `include` (unless not `include`), `exclude` and
        `extend-exclude`, each relative to the folder of the file that set it (Config.key_root),
        and `respect-gitignore`."""
        groups: dict[Path, list[str]] = {}
        for key in ("exclude", "extend-exclude"):
            if config.get(key):
                groups.setdefault(config.key_root(key), []).extend(config.get(key))
        wanted = config.get("include") if include else None
        roots = {"include": config.key_root("include") if wanted else None, "exclude": list(groups.items())}
        return cls(resolver, wanted, [], config.get("respect-gitignore", True), roots)

    def is_excluded(self, path: Path) -> bool:
        if self.exclude is None:
            return False
        for root, spec in self.exclude:
            parts = self.resolver.relative(path, root).split("/")
            # A pattern naming a folder excludes everything under it.
            if any(spec.match_file("/".join(parts[:i])) for i in range(1, len(parts) + 1)):
                return True
        return False

    def is_wanted(self, path: Path) -> bool:
        if self.include is not None and self.include.match_file(self.resolver.relative(path, self.include_root)):
            return True
        return _lintable(format_for(path.name), str(path))

    def gitignored(self, path: Path, root: Path) -> bool:
        if not self.respect_gitignore:
            return False
        text = str(path)
        return self._ignored_in(os.path.dirname(text), str(root), text, path.is_dir())

    def _ignored_in(self, folder: str, root: str, path: str, is_dir: bool) -> bool:
        """Whether a .gitignore in `folder` or a folder above it, up to `root`, matches `path`.

        Paths are strings and ancestors are found lexically (like Path.parent), and the
        .gitignore files that apply to a folder are looked up once per folder, not per file."""
        for base, spec in self._ignore_chain(folder, root):
            rel = path[len(base.rstrip("/")) + 1:]
            if spec.match_file(rel) or (is_dir and spec.match_file(rel + "/")):
                return True
        return False

    def _ignore_chain(self, folder: str, root: str) -> tuple:
        """(folder, matcher) for `folder` and each folder above it up to `root` that has a
        .gitignore, nearest first."""
        key = (folder, root)
        chain = self._chains.get(key)
        if chain is None:
            parent = os.path.dirname(folder)
            above = () if folder == root or parent == folder else self._ignore_chain(parent, root)
            spec = _gitignore(folder)
            chain = self._chains[key] = above if spec is None else ((folder, spec), *above)
        return chain

    def files(self, paths: list[Path], force_exclude: bool = False):
        """Candidates in a stable order: explicit files as given, directories sorted."""
        for given in paths:
            if given.is_dir():
                yield from self._walk(given)
            elif not (force_exclude and self.force_excluded(given)):
                yield Candidate(given, display_of_given(given), True)

    def force_excluded(self, given: Path) -> bool:
        """Whether --force-exclude skips a named file: excluded, gitignored, a tooling file or a
        template rendering code (`users.js.erb`)."""
        absolute = given.absolute()
        return (self.is_excluded(given) or self.gitignored(absolute, _ignore_root(absolute.parent))
                or is_tooling_file(self.resolver.relative(given)) or is_tooling_file(display_of_given(given))
                or is_code_template(given.name))

    def _walk(self, top: Path):
        """Files under `top`, with string paths throughout (a knowledge base has thousands)."""
        top_abs = str(top.absolute())
        root = str(_ignore_root(Path(top_abs))) if self.respect_gitignore else None
        shown = _Shown(top, top_abs)
        filtered = self.exclude is not None

        def unlistable(error: OSError) -> None:
            if self.on_error is not None:
                rel = os.path.relpath(error.filename or top_abs, top_abs)
                self.on_error(display_of_given(Path(os.path.normpath(top / rel))),
                              f"cannot list folder: {error.strerror or error}")

        def ignored(folder: str, name: str, is_dir: bool) -> bool:
            path = os.path.join(folder, name)
            if filtered and self.is_excluded(Path(path)):
                return True
            return root is not None and self._ignored_in(folder, root, path, is_dir)

        # followlinks=False: a symlinked folder is never entered, so a link loop cannot recurse.
        for folder, dirs, files in os.walk(top_abs, onerror=unlistable):
            dirs[:] = sorted(d for d in dirs if d not in ALWAYS_SKIPPED_DIRS and not ignored(folder, d, True))
            rel_folder = os.path.relpath(folder, top_abs)
            for name in sorted(files):
                if not self._wanted(folder, name) or ignored(folder, name, False):
                    continue
                rel = name if rel_folder == "." else f"{rel_folder}/{name}"
                if os.path.splitext(name)[1] in TOOLING_SUFFIXES and tooling_spec().match_file(rel):
                    continue
                if name[0] in "LlCcNn" and is_legal_boilerplate(name, at_root=_repository_root(folder)):
                    continue
                path = os.path.join(folder, name)
                yield Candidate(Path(path), shown.display(rel, path), False)

    def _wanted(self, folder: str, name: str) -> bool:
        if self.include is not None:
            return self.is_wanted(Path(folder, name))
        return _lintable(_format_of(name), os.path.join(folder, name))


def _repository_root(folder: str) -> bool:
    """Whether a folder is a git repository's root (holds `.git`, a folder or a worktree's file);
    asked only of the rare names a licence file could have."""
    return os.path.exists(os.path.join(folder, ".git"))


def _lintable(fmt: str | None, path: str) -> bool:
    """A file of a format plainlint reads; a `.tsx`/`.jsx` one only if it is a React Email template."""
    return fmt is not None and (fmt != "react-email" or _imports_react_email(path))


def _imports_react_email(path: str) -> bool:
    """A walked `.tsx`/`.jsx` file is linted only when it imports React Email or jsx-email (an app's
    other components are code): its imports are near the top, so the first 64 KiB are enough."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(65536).decode("utf-8", "replace")
    except OSError:
        return True  # listed, so that the run reports why it cannot be read
    return is_react_email(head)


def _format_of(name: str) -> str | None:
    """format_for(name), computed once per kind of name: the reader depends only on the name's
    suffixes, which are what follows the first dot once leading dots are dropped (PurePath's
    rule), so `a.md` and `b.md` share one lookup."""
    bare = name.lstrip(".")
    dot = bare.find(".")
    return _format_of_suffixes("" if dot == -1 else bare[dot:])


@functools.lru_cache(maxsize=1024)
def _format_of_suffixes(suffixes: str) -> str | None:
    return format_for("x" + suffixes)


class _Shown:
    """How a file found under a walked folder is shown: like display_of_given(top/rel), with
    the walked folder resolved once rather than every file's path."""

    def __init__(self, top: Path, top_abs: str):
        self.top = str(top)
        self.relative = not top.is_absolute()
        self.resolved_top = None if self.relative else str(safe_resolve(Path(os.path.normpath(top_abs))))
        self.cwd = str(_resolved(os.getcwd()))

    def display(self, rel: str, path: str) -> str:
        if self.relative:
            return os.path.normpath(os.path.join(self.top, rel)).replace(os.sep, "/")
        # Folders below the top are never symlinks (the walk does not enter them): only the
        # file itself can be one, and then it is resolved in full as display_path does.
        if os.path.islink(path):
            resolved = str(safe_resolve(Path(os.path.normpath(path))))
        else:
            resolved = os.path.join(self.resolved_top, rel)
        under = os.path.join(self.cwd, "")
        if resolved.startswith(under):
            return resolved[len(under):].replace(os.sep, "/")
        return Path(os.path.normpath(path)).as_posix()
