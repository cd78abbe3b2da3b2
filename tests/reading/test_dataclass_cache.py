"""The methods dataclasses writes, kept compiled between runs (plainlint/dataclass_cache.py): a
dataclass gets exactly the code `dataclasses` compiles, and a copy from elsewhere is never used."""

from __future__ import annotations

import __future__
import dataclasses
import marshal
import subprocess
import sys
import types

import pytest
from kept_cache import isolate

import plainlint.cli  # noqa: F401 - installs the kept exec, as a run does
from plainlint import dataclass_cache


OWN_MODULE = "plainlint.tests_kept_classes"  # a module of plainlint's, whose classes use the kept code


@pytest.fixture
def own_module(monkeypatch):
    monkeypatch.setitem(sys.modules, OWN_MODULE, types.ModuleType(OWN_MODULE))


def make_classes():
    @dataclasses.dataclass(frozen=True, order=True)
    class Point:
        __module__ = OWN_MODULE
        x: int
        y: list[int] = dataclasses.field(default_factory=list)
        label: str = "origin"

    @dataclasses.dataclass(slots=True)
    class Box:
        __module__ = OWN_MODULE
        corner: Point
        size: float = 1.0

    return Point, Box


METHODS = {"Point": ("__init__", "__eq__", "__lt__", "__hash__", "__setattr__", "__delattr__"),
           "Box": ("__init__", "__eq__")}


def test_a_dataclass_gets_the_code_dataclasses_compiles(monkeypatch, own_module):
    monkeypatch.setattr(dataclass_cache, "_used", set())
    kept = make_classes()
    assert dataclasses.exec is dataclass_cache.kept_exec and len(dataclass_cache._used) >= 8  # through the kept code
    monkeypatch.delattr(dataclasses, "exec")  # dataclasses' own exec: the builtin
    own = make_classes()
    for kept_class, own_class in zip(kept, own):
        for name in METHODS[own_class.__name__]:
            assert getattr(kept_class, name).__code__ == getattr(own_class, name).__code__, name
        assert repr(kept_class.__init__.__defaults__) == repr(own_class.__init__.__defaults__)
        assert kept_class.__repr__.__wrapped__.__code__ == own_class.__repr__.__wrapped__.__code__
    point = kept[0](1, [2])
    assert (point, repr(point), point < kept[0](2)) == (kept[0](1, [2]), "make_classes.<locals>.Point(x=1, y=[2], label='origin')", True)
    with pytest.raises(dataclasses.FrozenInstanceError):
        point.x = 3


def test_only_plainlint_classes_use_the_kept_code(monkeypatch, own_module):
    """A class of another module (a program importing plainlint, pytest, this test file) is
    compiled by exec as before, and its text is not written into plainlint's copy."""
    monkeypatch.setattr(dataclass_cache, "_used", set())

    @dataclasses.dataclass
    class Users:
        name: str

    assert Users("a") == Users("a") and not dataclass_cache._used

    @dataclasses.dataclass
    class Own:
        __module__ = OWN_MODULE
        name: str

    assert Own("a") == Own("a") and dataclass_cache._used


@pytest.fixture
def kept_at(tmp_path, monkeypatch):
    return isolate(dataclass_cache, tmp_path / "__pycache__" / "dataclass-code.test.marshal", monkeypatch)


SOURCE = "def __create_fn__(x):\n def f(self): return x\n return f"


def test_what_a_run_compiled_is_saved_and_loaded_back(kept_at):
    code = dataclass_cache.compiled(SOURCE)
    dataclass_cache.save()
    kept = dataclass_cache.load()
    assert list(kept) == [SOURCE] and marshal.loads(kept[SOURCE]) == code
    assert code == compile(SOURCE, "<string>", "exec", dont_inherit=True)
    assert not code.co_flags & __future__.annotations.compiler_flag  # not this module's future import


def test_a_copy_from_another_python_or_a_damaged_one_is_not_used(kept_at):
    kept_at.parent.mkdir()
    kept_at.write_bytes(marshal.dumps(("plainlint-dataclass-code-1 another python", {SOURCE: b"x"})))
    assert dataclass_cache.load() == {}
    kept_at.write_bytes(b"\x00not marshal")
    assert dataclass_cache.load() == {}


def test_a_damaged_entry_is_compiled_again(kept_at):
    dataclass_cache._kept[SOURCE] = b"\x00not marshal"
    assert dataclass_cache.compiled(SOURCE) == compile(SOURCE, "<string>", "exec", dont_inherit=True)


def test_an_entry_that_is_no_code_is_compiled_again(kept_at):
    """A copy stamped right whose entry holds other marshal data (damaged in place, or written
    by hand): exec would be handed a number and the class definition would fail."""
    dataclass_cache._kept[SOURCE] = marshal.dumps(42)
    assert dataclass_cache.compiled(SOURCE) == compile(SOURCE, "<string>", "exec", dont_inherit=True)


def test_nothing_is_written_when_python_writes_no_bytecode(kept_at, monkeypatch):
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    dataclass_cache.compiled(SOURCE)
    dataclass_cache.save()
    assert not kept_at.exists()


@pytest.mark.process
def test_the_plainlint_command_builds_its_dataclasses_through_it():
    """The command installs it before importing the modules that define dataclasses."""
    code = ("import sys\nfrom plainlint import dataclass_cache\n"
            "import plainlint.cli, plainlint.running.run\n"
            "print(len(dataclass_cache._used))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert int(done.stdout) > 20
