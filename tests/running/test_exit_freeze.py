"""gc.freeze at exit (plainlint/cli.py): only when plainlint is the program (the `plainlint`
command, `python -m plainlint`), never in a program that imports plainlint.cli (a tool calling
main(), pytest), whose cyclic garbage may hold finalisers that must run at exit."""

from __future__ import annotations

import subprocess
import sys

import pytest

pytestmark = pytest.mark.process

# Registered before plainlint.cli is imported, so it runs after plainlint's exit handlers.
PROBE = "import atexit, gc\natexit.register(lambda: print('frozen', gc.get_freeze_count()))\n"


def frozen_at_exit(code: str) -> int:
    done = subprocess.run([sys.executable, "-c", PROBE + code], capture_output=True, text=True)
    return int(done.stdout.split("frozen")[-1])


def test_a_program_importing_plainlint_keeps_its_collector_at_exit():
    assert frozen_at_exit("import plainlint.cli\nplainlint.cli.main(['rules'], standalone_mode=False)\n") == 0


def test_plainlint_as_the_program_freezes_its_objects_at_exit():
    code = "import runpy, sys\nsys.argv = ['plainlint', 'rules']\nrunpy.run_module('plainlint', run_name='__main__')\n"
    assert frozen_at_exit(code) > 10_000
