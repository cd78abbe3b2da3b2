"""Adding terms to a project-vocabulary accept file (`plainlint vocabulary --write FILE`).

The file is a person's: its lines, comments, encoding mark and line endings are kept, terms it
already holds (in any case) are not added again, and it is replaced atomically, so an interrupted
or refused write leaves it as it was. A file that does not parse as an accept file is left alone.
"""

from __future__ import annotations

from pathlib import Path

from ..config.load import find_config, load_config
from ..config.schema import ConfigError
from ..config.settings import vocabulary_files
from ..fixing.atomic import WriteError, write_atomic
from ..linting.vocabulary import VocabularyError, parse_lines

BOM = "\ufeff"


class VocabularyWriteError(Exception):
    """One line naming the file; the file is unchanged."""


def add_terms(path: Path, lines: list[str]) -> int:
    """Append each line whose term `path` does not yet accept; how many were added."""
    original = _read(path)
    text = original[len(BOM):] if original.startswith(BOM) else original
    try:
        held = {term.casefold() for term, _ in parse_lines(text, str(path), reject=False)}
    except VocabularyError as exc:
        raise VocabularyWriteError(f"{exc}; {path} is not an accept file, left unchanged") from None
    new = []
    for line in lines:
        term = line.split("  #", 1)[0].strip()
        if term.casefold() not in held:
            held.add(term.casefold())
            new.append(line)
    if not new:
        return 0
    newline = "\r\n" if "\r\n" in text else "\n"
    if text and not text.endswith(("\n", "\r")):
        text += newline
    updated = (BOM if original.startswith(BOM) else "") + text + newline.join(new) + newline
    try:
        write_atomic(path, updated.encode("utf-8"))
    except WriteError as exc:
        raise VocabularyWriteError(f"{path}: error: {exc}") from None
    return len(new)


def start_file(path: Path) -> None:
    """An empty accept file (and its folders) where none is yet."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.touch(exist_ok=True)
    except OSError as exc:
        raise VocabularyWriteError(f"{path}: error: cannot make it: {exc.strerror or exc}") from None


def _read(path: Path) -> str:
    if not path.exists():
        return ""
    try:
        return path.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        raise VocabularyWriteError(f"{path}: error: not UTF-8 text; left unchanged") from None
    except OSError as exc:
        raise VocabularyWriteError(f"{path}: error: cannot read it: {exc.strerror or exc}; left unchanged") from None


def named_in_config(config_path: Path | None, file: Path) -> bool:
    """Whether the config that decides the current folder (or --config) names `file` as a
    vocabulary file."""
    try:
        config = load_config(config_path or find_config(Path.cwd()))
    except ConfigError:  # the run has already said what is wrong with the config
        return False
    wanted = file.resolve()
    return any(named.resolve() == wanted for named in vocabulary_files(config))
