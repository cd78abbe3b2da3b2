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

pytestmark = pytest.mark.process

DOC = (ROOT / "docs" / "editors.md").read_text(encoding="utf-8")
SAMPLE = "# Café — tips\n\nUn café 𐐀 — please utilize the\tform. Simply open Settings.\n"
# Three severities, so every severity branch of every pattern is exercised.
CONFIG = "rules:\n  jargon: info\n  assumptive: error\nselect: [PL101, PL202, PL302]\n"
EXPECTED = [(3, "info", "utilize"), (3, "error", "Simply")]
EXPECTED_CODES = [("PL101", "jargon"), ("PL202", "assumptive")]
# Files plainlint cannot read: one error line on stderr each, with and without a position.
BROKEN_JSON = ("bad reply.json", '{"title": "Refund",\n  "body": [1,}\n', (2, 14, "invalid JSON"))
# An alias bomb is refused for its size, which has no position (nesting now has one).
_BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{n}: &{n} [" + ", ".join([f"*{p}"] * 9) + "]\n" for p, n in zip("abcdefg", "bcdefgh"))
DEEP_JSON = ("bomb reply.yaml", _BOMB, (None, None, "YAML expands to more than"))


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


@pytest.fixture
def broken_workspace(workspace):
    """The sample page plus two files plainlint cannot read, all with spaces in their names."""
    (workspace / "page.md").rename(workspace / "my page.md")
    for name, text, _ in (BROKEN_JSON, DEEP_JSON):
        (workspace / name).write_text(text, encoding="utf-8")
    return workspace


def read_errors_expected():
    return {name: where for name, _, where in (BROKEN_JSON, DEEP_JSON)}


def test_concise_lines_carry_the_code_and_the_name(workspace):
    lines = run_cli(["check", "--format", "concise", "page.md"], workspace).stdout.splitlines()
    assert [line.split(": ", 1)[1].split(" ")[:3] for line in lines] == [
        [severity, code, f"[{name}]"] for (_, severity, _), (code, name) in zip(EXPECTED, EXPECTED_CODES)]


def test_sample_makes_the_units_disagree(workspace):
    lines = run_cli(["check", "--format", "concise", "page.md"], workspace).stdout.splitlines()
    columns = [int(line.split(":")[2]) for line in lines]
    utf8 = [int(line.split(":")[2]) for line in
            run_cli(["check", "--format", "concise", "--column-unit", "utf-8", "page.md"], workspace).stdout.splitlines()]
    utf16 = [int(line.split(":")[2]) for line in
             run_cli(["check", "--format", "concise", "--column-unit", "utf-16", "page.md"], workspace).stdout.splitlines()]
    assert len(columns) == len(EXPECTED)
    assert all(a < b for a, b in zip(columns, utf16)) and all(a < b for a, b in zip(utf16, utf8))


def vscode_task():
    return json.loads(recipe("vscode"))["tasks"][0]


def vscode_problems(task, cwd) -> list[dict]:
    """What VS Code's problem matchers make of the task's output (stdout and stderr: matchers
    read the whole terminal). Every line must be matched by exactly one matcher."""
    done = subprocess.run([shutil.which(task["command"]), *task["args"]], cwd=cwd, capture_output=True, text=True)
    matchers = task["problemMatcher"]
    assert isinstance(matchers, list)
    problems = []
    for line in (done.stdout + done.stderr).splitlines():
        hits = [(m, re.match(m["pattern"]["regexp"], line)) for m in matchers]
        hits = [(m, match) for m, match in hits if match]
        assert len(hits) == 1, (line, [m["pattern"]["regexp"] for m, _ in hits])
        matcher, match = hits[0]
        pattern = matcher["pattern"]
        assert matcher["fileLocation"][0] == "relative"
        problem = {key: match[pattern[key]] for key in ("file", "severity", "message", "line", "column", "code")
                   if key in pattern}
        problem["kind"] = pattern.get("kind", "location")
        assert problem["severity"] in ("error", "warning", "info")  # the severities VS Code knows
        problems.append(problem)
    return problems


def test_vscode_problem_matcher(workspace):
    found, codes = [], []
    for problem in vscode_problems(vscode_task(), workspace):
        lnum, col = int(problem["line"]), int(problem["column"])
        text = (workspace / problem["file"]).read_text(encoding="utf-8").splitlines()[lnum - 1]
        # VS Code counts UTF-16 code units.
        at = text.encode("utf-16-le")[(col - 1) * 2:].decode("utf-16-le")
        found.append((lnum, problem["severity"], at))
        codes.append(problem["code"])
    assert [(l, s) for l, s, _ in found] == [(l, s) for l, s, _ in EXPECTED]
    assert codes == [code for code, _ in EXPECTED_CODES]  # the Problems panel shows the rule's code
    assert all(at.startswith(word) for (_, _, at), (_, _, word) in zip(found, EXPECTED))


def test_vscode_problem_matcher_shows_files_that_cannot_be_read(broken_workspace):
    problems = vscode_problems(vscode_task(), broken_workspace)
    errors = {p["file"]: p for p in problems if p["file"].endswith((".json", ".yaml"))}
    assert {name: (int(p["line"]) if p.get("line") else None, int(p["column"]) if p.get("column") else None)
            for name, p in errors.items()} == {name: where[:2] for name, where in read_errors_expected().items()}
    for name, (_, _, message) in read_errors_expected().items():
        assert errors[name]["severity"] == "error" and errors[name]["message"].startswith(message)
    assert errors[DEEP_JSON[0]]["kind"] == "file"  # no position: VS Code marks the whole file
    assert [p["file"] for p in problems if p["file"].endswith(".md")] == ["my page.md", "my page.md"]


VIM_PROBE = """\
set nocompatible hidden
edit FILE
source recipe.vim
silent make!
let s:out = []
for s:i in range(1, len(getqflist()))
  execute 'cc ' . s:i
  let s:entry = getqflist()[s:i - 1]
  call add(s:out, [s:entry.lnum, s:entry.type, strpart(getline('.'), col('.') - 1), expand('%'),
        \\ s:entry.valid, s:entry.text])
endfor
call writefile([json_encode(s:out)], 'quickfix.json')
qall!
"""


def vim_quickfix(workspace, file_name: str) -> list[list]:
    """Open `file_name` in real Vim with the recipe, `:make`, and visit each quickfix entry:
    [line, type, text from the cursor, buffer name, valid, message] per entry."""
    vim = shutil.which("vim")
    if vim is None:
        if os.environ.get("CI") or os.environ.get("PLAINLINT_REQUIRE_CORPUS"):
            pytest.fail("vim not found and CI is set: .ci/run installs Debian's vim-nox package")
        pytest.skip("vim is not installed (apt-get install -y vim-nox)")
    assert shutil.which("plainlint"), "plainlint must be on PATH (installed in the test environment)"
    (workspace / "recipe.vim").write_text(recipe("vim") + "\n", encoding="utf-8")
    (workspace / "probe.vim").write_text(VIM_PROBE.replace("FILE", file_name.replace(" ", "\\ ")), encoding="utf-8")
    subprocess.run([vim, "-Nu", "NONE", "-i", "NONE", "-es", "-S", "probe.vim"], cwd=workspace,
                   stdin=subprocess.DEVNULL, capture_output=True, timeout=60)
    return json.loads((workspace / "quickfix.json").read_text(encoding="utf-8"))


def test_vim_makeprg_and_errorformat_land_on_the_flagged_word(workspace):
    entries = vim_quickfix(workspace, "page.md")
    assert [(lnum, kind) for lnum, kind, *_ in entries] == [(l, s[0]) for l, s, _ in EXPECTED]
    assert [text.split(" ")[:2] for *_, text in entries] == [[code, f"[{name}]"] for code, name in EXPECTED_CODES]
    for (_, _, at, path, valid, _), (_, _, word) in zip(entries, EXPECTED):
        assert path == "page.md" and valid and at.startswith(word), at


def test_vim_makeprg_quotes_a_file_name_with_spaces(broken_workspace):
    entries = vim_quickfix(broken_workspace, "my page.md")
    assert [(lnum, kind, path) for lnum, kind, _, path, _, _ in entries] == [
        (l, s[0], "my page.md") for l, s, _ in EXPECTED]
    for (_, _, at, _, valid, _), (_, _, word) in zip(entries, EXPECTED):
        assert valid and at.startswith(word), at


@pytest.mark.parametrize("broken", [BROKEN_JSON, DEEP_JSON], ids=["with-position", "without-position"])
def test_vim_errorformat_shows_a_file_that_cannot_be_read(broken_workspace, broken):
    name, text, (line, column, message) = broken
    ((lnum, kind, at, path, valid, text_),) = vim_quickfix(broken_workspace, name)
    assert (path, kind, valid) == (name, "e", 1) and text_.startswith(message)
    if line is None:
        assert lnum == 0
    else:
        assert lnum == line and at == text.splitlines()[line - 1][column - 1:]


def test_nvim_lint_uses_the_same_errorformat_and_stdin(workspace):
    lua = recipe("nvim-lint")
    vim_efm = re.search(r"errorformat=(.*)", recipe("vim"))[1].replace("\\ ", " ")
    assert f'"{vim_efm}"' in lua
    args = re.findall(r'"([^"]+)"', lua[lua.index("args = {"): lua.index("stream")])
    assert args[-1] == "-" and "--stdin-filename" in args and args[args.index("--column-unit") + 1] == "utf-8"
    assert re.search(r'stream = "both"', lua)  # read errors are on stderr
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


def emacs_compile_pattern():
    elisp = recipe("emacs-compile")
    literal = re.search(r'"((?:[^"\\]|\\.)*)"', elisp)[1]
    assert re.search(r"\b1 2 3 \(4 \. 5\)", elisp)
    return re.compile(elisp_regexp_to_python(literal))


def test_emacs_compile_mode_regexp(workspace):
    pattern = emacs_compile_pattern()
    file_group, line_group, column_group, (warning_group, info_group) = 1, 2, 3, (4, 5)
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


def test_emacs_compile_mode_links_files_that_cannot_be_read(broken_workspace):
    pattern = emacs_compile_pattern()
    stderr = run_cli(["check", "--format", "concise", "--no-color", "."], broken_workspace).stderr.splitlines()
    errors = {}
    for line in stderr:
        match = pattern.match(line)
        assert match and not match[4] and not match[5], line  # an error
        errors[match[1]] = (int(match[2]) if match[2] else None, int(match[3]) if match[3] else None)
    assert errors == {name: where[:2] for name, where in read_errors_expected().items()}


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
