"""Parsed data files kept beside their source, as Python keeps bytecode beside a module.

Every run parses the same shipped files (the rulesets are 1 MB of YAML: about 50 ms of libyaml
and PyYAML's constructor, a fifth of a one-file run). The parsed value is plain data (dicts,
lists, strings, numbers), so `marshal` stores it and loads it back in about a millisecond. The
copy lives in the source folder's `__pycache__/`, named after the source and the interpreter
(`jargon.yaml.cpython-311.marshal`), and is used only when the source's length and CRC-32
and the parser's name, stored with it, match: an edited ruleset is parsed again and its copy
rewritten. Like bytecode it is written only when Python writes bytecode
(PYTHONDONTWRITEBYTECODE unset), atomically, and a folder that cannot be written, a damaged
copy or a value marshal cannot store just means the file is parsed, never an error.
"""

from __future__ import annotations

import importlib
import marshal
import os
import sys
import zlib
from pathlib import Path
from typing import Callable

_MAGIC = b"PLDC2"  # changes when the layout below changes


def package_file(package: str, name: str) -> Path | None:
    """The file `name` of `package` as a path on disk, or None (no such file, or a package not
    in a folder). Found from the package's __path__: importlib.resources would import tempfile,
    shutil and zipfile first, 13 ms of a one-file run."""
    module = importlib.import_module(package)
    for folder in getattr(module, "__path__", ()):
        path = Path(folder) / name
        if path.is_file():
            return path
    return None


def ruleset_bytes(name: str) -> bytes:
    """The bytes of a shipped file of rulesets/ that is not YAML (the spelling word lists, other
    languages' common words), from the installed folder, or through importlib.resources when the
    package is not in a folder. Here, not in nlp/spelling.py, so that reading the common words
    (the fix safety net, file-name languages) does not import the dictionary's module."""
    path = package_file("plainlint.rulesets", name)
    if path is not None:
        return path.read_bytes()
    import importlib.resources  # a package not in a folder (a zip): 13 ms of imports

    return (importlib.resources.files("plainlint.rulesets") / name).read_bytes()


def _stamp(text: str | bytes, parse: Callable) -> bytes:
    """The source's length and CRC-32, and the parser's name: a parser that makes something
    else from the same text (renamed when its result changes shape) does not read an old copy."""
    data = text if isinstance(text, bytes) else text.encode("utf-8", "surrogatepass")
    parser = f"{getattr(parse, '__module__', '')}.{getattr(parse, '__qualname__', '')}".encode()
    return (_MAGIC + len(data).to_bytes(8, "little") + zlib.crc32(data).to_bytes(4, "little")
            + len(parser).to_bytes(2, "little") + parser)


def cache_path(source: Path) -> Path:
    tag = sys.implementation.cache_tag or "python"
    return source.parent / "__pycache__" / f"{source.name}.{tag}.marshal"


def load(source: Path | None, text: str | bytes, parse: Callable):
    """`parse(text)`, from the copy beside `source` when it was made from this very text (or
    bytes). `source` only names the copy: the file itself need not exist."""
    if source is None or sys.implementation.cache_tag is None:
        return parse(text)
    path = cache_path(source)
    stamp = _stamp(text, parse)
    try:
        blob = path.read_bytes()
        if blob.startswith(stamp):
            return marshal.loads(blob[len(stamp):])
    except (OSError, EOFError, ValueError, TypeError):
        pass
    value = parse(text)
    if not sys.dont_write_bytecode:
        _store(path, stamp, value)
    return value


def _store(path: Path, stamp: bytes, value) -> None:
    try:
        blob = stamp + marshal.dumps(value)
    except ValueError:  # a type marshal cannot store: parse every time
        return
    write_beside(path, blob)


def write_beside(path: Path, blob: bytes) -> None:
    """Write `blob` to `path` through a temporary file beside it, so another process never reads
    half a copy; a folder that cannot be written only means there is no copy (nothing is raised)."""
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(exist_ok=True)
        temporary.write_bytes(blob)
        os.replace(temporary, path)
    except OSError:
        try:
            temporary.unlink()
        except OSError:
            pass


def read_kept(path: Path, stamp: str) -> dict:
    """What a process kept at `path` with save_kept under `stamp` (regex_cache, dataclass_cache),
    or {} when there is no copy, it is damaged or it is another stamp's (another Python's)."""
    try:
        found, kept = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return kept if found == stamp and isinstance(kept, dict) else {}


def save_kept(path: Path, stamp: str, kept: dict, used: set, too_big: Callable[[dict], bool]) -> None:
    """Write `kept` for the next process, only its `used` entries when it is `too_big` (so what
    documents add cannot grow it without bound); nothing when Python writes no bytecode or
    marshal cannot store an entry."""
    if sys.dont_write_bytecode:
        return
    if too_big(kept):
        kept = {key: value for key, value in kept.items() if key in used}
    try:
        blob = marshal.dumps((stamp, kept))
    except ValueError:
        return
    write_beside(path, blob)
