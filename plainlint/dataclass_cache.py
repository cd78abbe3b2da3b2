"""The methods `dataclasses` writes for each class, compiled once and kept between runs.

`@dataclass` writes the source of each class's `__init__`, `__repr__`, `__eq__` (and, frozen,
`__setattr__`, `__hash__`...) as text and compiles it with `exec`: about 0.7 ms a class, and a
one-file run defines some 40 dataclasses (20 to 30 ms, a tenth of its start-up). The text is the
same in every run, so its compiled code is kept like bytecode: `exec` given the same text runs
the same code object, now loaded with marshal instead of compiled. Only the `exec` that
`dataclasses` calls is replaced (a name in that module's globals, which shadows the builtin),
and only plainlint's own classes use the kept code: a class of any other module in the process
(a program that imports plainlint, pytest, a test file) is compiled by `exec` as before and is
not written into plainlint's copy. The functions it builds, their globals and defaults are
exactly as before.

The copy lives in this package's `__pycache__/`, stamped with the Python version, written only
when Python writes bytecode, atomically (datacache.save_kept), and keeps the texts this run
used plus earlier ones up to MAX_TEXTS. A missing or damaged copy means compiling as usual.
"""

from __future__ import annotations

import atexit
import builtins
import marshal
import sys
import types
from pathlib import Path

from .datacache import read_kept, save_kept

MAX_TEXTS = 2000
_STAMP = f"plainlint-dataclass-code-1 {sys.version}"

_kept: dict[str, bytes] = {}  # source text -> its marshalled code object
_used: set[str] = set()
_fresh = 0


def cache_path() -> Path:
    tag = sys.implementation.cache_tag or "python"
    return Path(__file__).parent / "__pycache__" / f"dataclass-code.{tag}.marshal"


def install() -> None:
    """Route the `exec` calls of `dataclasses` through the kept code, for the rest of this process."""
    import dataclasses

    if "exec" in vars(dataclasses) or sys.implementation.cache_tag is None:
        return  # installed already, or a Python that keeps no bytecode
    _kept.update(load())
    dataclasses.exec = kept_exec
    atexit.register(save)


def kept_exec(source, globals=None, locals=None, /):
    """builtins.exec, with the text of a plainlint class's methods compiled once; anything else
    goes to exec as it is."""
    if isinstance(source, str) and globals is not None and is_plainlint_module(globals):
        return builtins.exec(compiled(source), globals, locals)
    return builtins.exec(source, globals, locals)


def is_plainlint_module(module_globals: dict) -> bool:
    """Whether `dataclasses` is building a class of plainlint's (it passes the globals of the
    class's module; of a module missing from sys.modules, an empty dict)."""
    name = module_globals.get("__name__")
    return isinstance(name, str) and name.partition(".")[0] == "plainlint"


def compiled(source: str):
    """The code `exec(source)` runs from dataclasses.py, a module with no `from __future__`
    imports: so compiled here without inheriting this module's."""
    global _fresh
    _used.add(source)
    packed = _kept.get(source)
    if packed is not None:
        try:
            code = marshal.loads(packed)
        except (EOFError, ValueError, TypeError):
            code = None
        if isinstance(code, types.CodeType):
            return code
    code = compile(source, "<string>", "exec", dont_inherit=True)
    _kept[source] = marshal.dumps(code)
    _fresh += 1
    return code


def load() -> dict:
    return read_kept(cache_path(), _STAMP)


def save() -> None:
    if _fresh:
        save_kept(cache_path(), _STAMP, dict(_kept), _used, lambda kept: len(kept) > MAX_TEXTS)
