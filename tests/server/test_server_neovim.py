"""A real editor on `plainlint server`: headless Neovim (Debian's 0.7.2, `vim.lsp.start_client`)
runs the docs/editors.md recipe, opens an article and reads back the diagnostics it shows, and
the code actions the server offers at the first one.

Neovim stores a diagnostic's column in bytes, converted from the server's UTF-16 positions, so
the text from that column on must start with the flagged word on a line with accents, a dash
and a non-BMP character.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from test_editor_recipes import recipe

pytestmark = pytest.mark.process

ARTICLE = "# Café — tips\n\nUn café 𐐀 — please utilize the\tform. Simply open Settings.\n"

PROBE = """
local found = vim.wait(60000, function() return #vim.diagnostic.get(0) >= 2 end, 50)
local out = { found = found, diagnostics = {}, actions = {} }
for _, d in ipairs(vim.diagnostic.get(0)) do
  local line = vim.api.nvim_buf_get_lines(0, d.lnum, d.lnum + 1, false)[1]
  local lsp = (d.user_data or {}).lsp or {}
  table.insert(out.diagnostics, { d.lnum, d.col, d.severity, d.source or "", d.code or lsp.code or "",
                                  string.sub(line, d.col + 1), d.message })
end
local first
for _, d in ipairs(vim.diagnostic.get(0)) do
  if (d.code or ((d.user_data or {}).lsp or {}).code) == "PL101" then first = d end
end
if first then
  vim.api.nvim_win_set_cursor(0, { first.lnum + 1, first.col })  -- on the flagged word, as a user would
  local params = vim.lsp.util.make_range_params()
  params.context = { diagnostics = {} }
  local replies = vim.lsp.buf_request_sync(0, "textDocument/codeAction", params, 30000) or {}
  for _, reply in pairs(replies) do
    for _, action in ipairs(reply.result or {}) do table.insert(out.actions, action.title) end
  end
end
vim.fn.writefile({ vim.fn.json_encode(out) }, "diagnostics.json")
vim.cmd("qall!")
"""


def test_neovim_shows_the_servers_diagnostics(tmp_path):
    nvim = shutil.which("nvim")
    if nvim is None:
        if os.environ.get("CI") or os.environ.get("PLAINLINT_REQUIRE_CORPUS"):
            pytest.fail("nvim not found and CI is set: .ci/run installs Debian's neovim package")
        pytest.skip("Neovim is not installed (apt-get install -y neovim)")
    (tmp_path / "article.md").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "init.lua").write_text(recipe("neovim-lsp") + "\n", encoding="utf-8")
    (tmp_path / "probe.lua").write_text(PROBE, encoding="utf-8")
    env = dict(os.environ, HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"), XDG_STATE_HOME=str(tmp_path / "state"),
               PATH=os.path.dirname(sys.executable) + os.pathsep + os.environ.get("PATH", ""))
    subprocess.run([nvim, "--headless", "--clean", "-u", "init.lua", "article.md", "-c", "luafile probe.lua"],
                   cwd=tmp_path, env=env, stdin=subprocess.DEVNULL, capture_output=True, timeout=120)
    out = json.loads((tmp_path / "diagnostics.json").read_text(encoding="utf-8"))
    assert out["found"], out
    shown = sorted((lnum, code, at.split()[0], source) for lnum, _, _, source, code, at, _ in out["diagnostics"])
    assert shown == [(2, "PL101", "utilize", "plainlint"), (2, "PL202", "Simply", "plainlint")]
    assert "Replace 'utilize' with 'use' (PL101)" in out["actions"]
