"""The language-server set-ups in docs/editors.md for editors not installed here (VS Code,
Neovim 0.11, Helix, Zed, Sublime Text, Emacs): each snippet must at least parse, start
`plainlint server`, and name languages the server reads. (Neovim 0.7 runs for real:
tests/server/test_server_neovim.py.)"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import tomllib

import pytest

from plainlint.server.linting import LANGUAGE_FORMATS
from plhelpers import ROOT

DOC = (ROOT / "docs" / "editors.md").read_text(encoding="utf-8")


def setup(name: str) -> str:
    match = re.search(rf"<!-- setup: {name} -->\n```\w+\n(.*?)\n```", DOC, re.S)
    assert match, f"docs/editors.md has no set-up {name!r}"
    return match[1]


def test_vscode_generic_client():
    settings = json.loads(setup("vscode-glspc"))
    assert (settings["glspc.server.command"], settings["glspc.server.commandArguments"]) == ("plainlint", ["server"])
    assert set(settings["glspc.server.languageId"]) <= set(LANGUAGE_FORMATS)
    assert settings["editor.codeActionsOnSave"] == {"source.fixAll.plainlint": "explicit"}


def test_sublime_lsp():
    client = json.loads(setup("sublime-lsp"))["clients"]["plainlint"]
    assert client["command"] == ["plainlint", "server"] and client["enabled"]


def test_helix_and_zed_toml():
    helix = tomllib.loads(setup("helix"))
    assert helix["language-server"]["plainlint"] == {"command": "plainlint", "args": ["server"]}
    assert all("plainlint" in language["language-servers"] for language in helix["language"])
    zed = tomllib.loads(setup("zed-extension"))
    assert zed["language_servers"]["plainlint"]["languages"] == ["Markdown", "HTML", "JSON", "YAML"]


def balanced(code: str) -> bool:
    depth = 0
    for char in re.sub(r'"(?:\\.|[^"\\])*"', '""', code):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth < 0:
            return False
    return depth == 0


@pytest.mark.parametrize("name", ["eglot", "lsp-mode"])
def test_emacs_forms_are_balanced(name):
    code = setup(name)
    assert balanced(code) and '"plainlint" "server"' in code


@pytest.mark.process
def test_neovim_0_11_lua_parses():
    code = setup("neovim-0.11")
    assert 'cmd = { "plainlint", "server" }' in code and 'vim.lsp.enable("plainlint")' in code
    nvim = shutil.which("nvim")
    if nvim is None:
        pytest.skip("Neovim is not installed (apt-get install -y neovim)")
    # Neovim 0.7 has no vim.lsp.config: check the syntax only (LuaJIT's loadstring).
    probe = f"local f, err = loadstring({json.dumps(code)}); io.stdout:write(f and 'ok' or err)"
    done = subprocess.run([nvim, "--headless", "--clean", "-c", f"lua {probe}", "-c", "qall!"],
                          capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)
    assert "ok" in done.stdout + done.stderr, done.stdout + done.stderr
