"""The editor recipes in docs/editors.md, checked against plainlint's real output.

The sample line has accents, a dash, a non-BMP character and a tab before the findings, so a
column in the wrong unit lands on the wrong text. Vim runs for real (`:make`, then `:cc N` to
each entry); VS Code's and Emacs's patterns are regular expressions, applied here.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys

import pytest

from plhelpers import ROOT, run_cli

DOC = (ROOT / "docs" / "editors.md").read_text(encoding="utf-8")
SAMPLE = "# Café — tips\n\nUn café 𐐀 — please utilize the\tform. Simply open Settings.\n"
# Three severities, so every severity branch of every pattern is exercised.
CONFIG = "rules:\n  jargon: info\n  assumptive: error\nselect: [PL101, PL202, PL302]\n"
EXPECTED = [(3, "info", "utilize"), (3, "error", "Simply")]


def recipe(name: str) -> str:
    match = re.search(rf"<!-- recipe: {name} -->\n```\w+\n(.*?)\n```", DOC, re.S)
    assert match, f"docs/editors.md has no recipe {name!r}"
    return match[1]


@pytest.fixture
def workspace(tmp_path, monkeypatch):
    # Editors find `plainlint` on PATH: the one installed beside this interpreter.
    monkeypatch.setenv("PATH", os.path.dirname(sys.executable) + os.pathsep + os.environ.get("PATH", ""))
    (tmp_path / ".plainlint.yaml").write_text(CONFIG, encoding="utf-8")
    (tmp_path / "page.md").write_text(SAMPLE, encoding="utf-8")
    return tmp_path


def test_sample_makes_the_units_disagree(workspace):
    lines = run_cli(["check", "--format", "concise", "page.md"], workspace).stdout.splitlines()
    columns = [int(line.split(":")[2]) for line in lines]
    utf8 = [int(line.split(":")[2]) for line in
            run_cli(["check", "--format", "concise", "--column-unit", "utf-8", "page.md"], workspace).stdout.splitlines()]
    utf16 = [int(line.split(":")[2]) for line in
             run_cli(["check", "--format", "concise", "--column-unit", "utf-16", "page.md"], workspace).stdout.splitlines()]
    assert len(columns) == len(EXPECTED)
    assert all(a < b for a, b in zip(columns, utf16)) and all(a < b for a, b in zip(utf16, utf8))


def test_vscode_problem_matcher(workspace):
    task = json.loads(recipe("vscode"))["tasks"][0]
    done = subprocess.run([shutil.which(task["command"]), *task["args"]], cwd=workspace,
                          capture_output=True, text=True)
    matcher = task["problemMatcher"]
    pattern = matcher["pattern"]
    assert matcher["fileLocation"][0] == "relative"
    found = []
    for line in done.stdout.splitlines():
        match = re.match(pattern["regexp"], line)
        assert match, line
        path, lnum, col = match[pattern["file"]], int(match[pattern["line"]]), int(match[pattern["column"]])
        severity = match[pattern["severity"]]
        assert severity in ("error", "warning", "info")  # the severities VS Code knows
        text = (workspace / path).read_text(encoding="utf-8").splitlines()[lnum - 1]
        # VS Code counts UTF-16 code units.
        at = text.encode("utf-16-le")[(col - 1) * 2:].decode("utf-16-le")
        found.append((lnum, severity, at))
    assert [(l, s) for l, s, _ in found] == [(l, s) for l, s, _ in EXPECTED]
    assert all(at.startswith(word) for (_, _, at), (_, _, word) in zip(found, EXPECTED))


VIM_PROBE = """\
set nocompatible hidden
edit page.md
source recipe.vim
silent make!
let s:out = []
for s:i in range(1, len(getqflist()))
  execute 'cc ' . s:i
  let s:entry = getqflist()[s:i - 1]
  call add(s:out, [line('.'), s:entry.type, strpart(getline('.'), col('.') - 1), expand('%')])
endfor
call writefile([json_encode(s:out)], 'quickfix.json')
qall!
"""


def test_vim_makeprg_and_errorformat_land_on_the_flagged_word(workspace):
    vim = shutil.which("vim")
    if vim is None:
        pytest.skip("vim is not installed")
    plainlint = shutil.which("plainlint")
    assert plainlint, "plainlint must be on PATH (installed in the test environment)"
    (workspace / "recipe.vim").write_text(recipe("vim") + "\n", encoding="utf-8")
    (workspace / "probe.vim").write_text(VIM_PROBE, encoding="utf-8")
    subprocess.run([vim, "-Nu", "NONE", "-i", "NONE", "-es", "-S", "probe.vim"], cwd=workspace,
                   stdin=subprocess.DEVNULL, capture_output=True, timeout=60)
    entries = json.loads((workspace / "quickfix.json").read_text(encoding="utf-8"))
    assert [(lnum, kind) for lnum, kind, _, _ in entries] == [(l, s[0]) for l, s, _ in EXPECTED]
    for (_, _, at, path), (_, _, word) in zip(entries, EXPECTED):
        assert path == "page.md" and at.startswith(word), at


def test_nvim_lint_uses_the_same_errorformat_and_stdin(workspace):
    lua = recipe("nvim-lint")
    vim_efm = re.search(r"errorformat=(.*)", recipe("vim"))[1].replace("\\ ", " ")
    assert f'"{vim_efm}"' in lua
    args = re.findall(r'"([^"]+)"', lua[lua.index("args = {"): lua.index("stream")])
    assert args[-1] == "-" and "--stdin-filename" in args and args[args.index("--column-unit") + 1] == "utf-8"
    # The same call nvim-lint makes, with the buffer's name in place of the Lua function.
    cli = [a for a in args if a != "-"] + [str(workspace / "page.md"), "-"]
    done = run_cli(cli[:cli.index("--stdin-filename") + 1] + cli[-2:], workspace, stdin=SAMPLE)
    assert [line.split(":")[0] for line in done.stdout.splitlines()] == ["page.md", "page.md"]


def elisp_regexp_to_python(literal: str) -> str:
    """An Emacs regexp written in an elisp string literal, as a Python regexp.

    Covers what the recipe uses: in Emacs `\\(`, `\\(?:`, `\\)` and `\\|` are the operators and
    bare `(`, `)`, `|` are literal characters (the recipe has none of those).
    """
    emacs = literal.replace("\\\\", "\\")  # elisp string: "\\(" is the two characters \(
    assert not re.search(r"(?<!\\)[()|{}]", emacs), "literal parens/bars would need escaping"
    return re.sub(r"\\\(\?:|\\[()|]", lambda m: m[0][1:], emacs)


def test_emacs_compile_mode_regexp(workspace):
    elisp = recipe("emacs-compile")
    literal = re.search(r'"((?:[^"\\]|\\.)*)"', elisp)[1]
    pattern = re.compile(elisp_regexp_to_python(literal))
    file_group, line_group, column_group, (warning_group, info_group) = 1, 2, 3, (4, 5)
    assert re.search(r"\b1 2 3 \(4 \. 5\)", elisp)
    lines = run_cli(["check", "--format", "concise", "--no-color", "."], workspace).stdout.splitlines()
    found = []
    for line in lines:
        match = pattern.match(line)
        assert match, (pattern.pattern, line)
        kind = "warning" if match[warning_group] else "info" if match[info_group] else "error"
        text = (workspace / match[file_group]).read_text(encoding="utf-8").splitlines()[int(match[line_group]) - 1]
        found.append((int(match[line_group]), kind, text[int(match[column_group]) - 1:]))  # characters
    assert [(l, k) for l, k, _ in found] == [(l, s) for l, s, _ in EXPECTED]
    assert all(at.startswith(word) for (_, _, at), (_, _, word) in zip(found, EXPECTED))


def test_flycheck_command_gives_checkstyle_with_character_columns(workspace):
    import xml.etree.ElementTree as ET

    elisp = recipe("flycheck")
    command = re.search(r":command \((.*?)\)\s*:standard-input t", elisp, re.S)[1]
    words = [w.strip('"') for w in command.split()]
    args = [str(workspace / "page.md") if w == "source-original" else w for w in words[1:]]
    assert words[0] == "plainlint" and "flycheck-parse-checkstyle" in elisp
    done = run_cli(args, workspace, stdin=SAMPLE)
    root = ET.fromstring(done.stdout)
    (file_,) = root.findall("file")
    assert file_.get("name") == "page.md"  # relative to the buffer's folder, where flycheck runs it
    text = SAMPLE.splitlines()
    found = [(int(e.get("line")), e.get("severity"), text[int(e.get("line")) - 1][int(e.get("column")) - 1:])
             for e in file_.iter("error")]
    assert [(l, s) for l, s, _ in found] == [(l, s) for l, s, _ in EXPECTED]
    assert all(at.startswith(word) for (_, _, at), (_, _, word) in zip(found, EXPECTED))
