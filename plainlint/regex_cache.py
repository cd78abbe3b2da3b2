"""Compiled regular expressions kept between runs, as Python keeps bytecode.

A one-file run compiles some 400 regular expressions (rules, readers, word lists, click) and
Python's `re` parses and compiles each in pure Python every time: about a fifth of the run's
instructions, for the same patterns every run. What `re` hands to its C engine at the end is
plain data (flags, a list of opcodes, group names), so marshal can keep it. Once installed, a
pattern compiled before is built straight from that data; others are compiled as `re` would,
and the data is saved when the process ends.

The copy lives in this package's `__pycache__/`, stamped with the Python version and the regex
engine's MAGIC number (the opcode layout), and is written only when Python writes bytecode,
atomically. It keeps the patterns this run used plus earlier ones up to MAX_PATTERNS and
MAX_BYTES, so patterns built from document text cannot grow it without bound. Anything
unexpected (another Python's `re`, a damaged copy, a pattern this path does not handle) means
`re` compiles as usual, never an error.
"""

from __future__ import annotations

import atexit
import marshal
import re
import sys
from pathlib import Path

from .datacache import read_kept, save_kept

try:
    import _sre
    from re import _compiler, _parser
except ImportError:  # another implementation's `re`: nothing to keep
    _sre = _compiler = _parser = None

MAX_PATTERNS = 5000
MAX_BYTES = 8_000_000  # the copy is read whole at every start
_STAMP = f"plainlint-regex-2 {sys.version} {getattr(_sre, 'MAGIC', '')} {getattr(_sre, 'CODESIZE', '')}"

# (pattern, flags) -> the arguments of _sre.compile after the pattern, marshalled on their own:
# a run unpacks only the patterns it compiles, not every pattern any run kept
_kept: dict = {}
_used: set = set()
_fresh = 0
_original = None  # re's own compile, once install() has replaced it


def cache_path() -> Path:
    tag = sys.implementation.cache_tag or "python"
    return Path(__file__).parent / "__pycache__" / f"regex.{tag}.marshal"


def install() -> None:
    """Route `re`'s compiling through the kept copy, for the rest of this process."""
    global _original
    if _original is not None or _sre is None or not hasattr(_compiler, "compile") or not hasattr(_compiler, "_code"):
        return
    _kept.update(load())
    original = _original = _compiler.compile

    def compile_kept(pattern, flags=0):
        if isinstance(pattern, (str, bytes)) and not flags & re.DEBUG:
            try:
                return compile_from_kept(pattern, flags)
            except Exception:  # noqa: BLE001 - whatever this path cannot do, `re` does
                pass
        return original(pattern, flags)

    _compiler.compile = compile_kept
    atexit.register(save)


def compile_from_kept(pattern, flags: int):
    """The pattern built from its kept arguments, worked out (and kept) first if need be."""
    global _fresh
    flags = int(flags)
    key = (pattern, flags)
    packed = _kept.get(key)
    if packed is None:
        arguments = _arguments(pattern, flags)
        _kept[key] = marshal.dumps(arguments)
        _fresh += 1
    else:
        arguments = marshal.loads(packed)
    _used.add(key)
    return _sre.compile(pattern, *arguments)


def is_kept(pattern, flags: int = 0) -> bool:
    """Whether compiling `pattern` takes its kept arguments (no parsing, no code generation)."""
    return _original is not None and (pattern, int(flags)) in _kept


def _arguments(pattern, flags: int) -> tuple:
    """What re._compiler.compile passes to _sre.compile after the pattern (Python 3.11-3.13)."""
    flags = int(flags)
    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]  # named constants marshal cannot store
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup))


def load() -> dict:
    return read_kept(cache_path(), _STAMP)


def _too_big(kept: dict) -> bool:
    return len(kept) > MAX_PATTERNS or sum(len(key[0]) + len(value) for key, value in kept.items()) > MAX_BYTES


def save() -> None:
    if _fresh:
        save_kept(cache_path(), _STAMP, dict(_kept), _used, _too_big)


def longest_first(words) -> list:
    """Words in the order an alternation lists them: longest first, so the longest alternative
    wins, then alphabetically, so that the same words make the same pattern in every run (a set
    iterates in a different order each run, and a new pattern is compiled, not found here)."""
    return sorted(words, key=lambda word: (-len(word), word))
