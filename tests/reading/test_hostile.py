"""plainlint over a generated "hostile" folder: every kind of bad input a CI checkout can hold.

Each bad file must give exactly one clear error line naming it (with line:column where known),
the run must go on and lint every good file (findings at exact positions), and no file's bytes
may change. Faults root cannot produce with chmod (an unreadable file, an unlistable folder) are
injected by patching `os.open` / `os.scandir` for that one path, so the test can fail.

Modes are parametrised: a mode that rewrites files (`--fix`) lists the good files it may change;
bad files must stay byte-identical in every mode.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from plainlint.cli import main

GOOD_TEXT = "We utilize this form.\n"

# name -> the message the file's one error line must contain (and the position, when known)
BAD: dict[str, str] = {
    "bad-utf8.md": "bad-utf8.md:2:15: error: not valid utf-8 at byte offset 20",
    "latin1-undeclared.txt": "latin1-undeclared.txt:1:7: error: not valid utf-8 at byte offset 6",
    "unreadable.md": "unreadable.md: error: cannot read: Permission denied",
    "broken-link.md": "broken-link.md: error: file not found (or a broken symlink)",
    "loop-a.md": "loop-a.md: error: cannot read: Too many levels of symbolic links",
    "loop-b.md": "loop-b.md: error: cannot read: Too many levels of symbolic links",
    "pipe.md": "pipe.md: error: not a regular file",
    "huge.md": "huge.md: error: file is 70,000 bytes, over the 65,536-byte limit",
    "bad.json": "bad.json:2:7: error: invalid JSON: Expecting value",
    "bad.yaml": "bad.yaml:2:2: error: invalid YAML: expected ',' or ']'",
    "duplicate.yaml": "duplicate.yaml:3:3: error: duplicate key 'body'",
    "alias-bomb.yaml": "alias-bomb.yaml: error: YAML expands to more than",
    "deep.json": "deep.json:1:202: error: invalid JSON: nested too deeply (over 200 levels)",
    "duplicate.json": "duplicate.json:1:30: error: duplicate key 'title'",
    "deep.yaml": "deep.yaml:1:201: error: invalid YAML: nested too deeply",
    "locked": "locked: error: cannot list folder: Permission denied",
}

# name -> (encoding to read it back with, how many 'utilize' findings)
GOOD: dict[str, tuple[str, int]] = {
    "utf8-bom.md": ("utf-8-sig", 1),
    "utf16-bom.md": ("utf-16", 1),
    "crlf.md": ("utf-8", 2),
    "mixed-endings.md": ("utf-8", 3),
    "no-newline.md": ("utf-8", 1),
    "emoji-cjk.md": ("utf-8", 2),
    "unclosed.html": ("utf-8", 2),
    "unterminated.hbs": ("utf-8", 1),
    "unbalanced.md": ("utf-8", 1),  # the unclosed fence swallows the rest (CommonMark)
    "deep-quotes.md": ("utf-8", 1),
    "deep.html": ("utf-8", 1),
    "legacy/cp1252.txt": ("cp1252", 1),
    "replies.json": ("utf-8", 1),
    "replies.yaml": ("utf-8", 1),
    "sub/nested.md": ("utf-8", 1),
}
QUIET = ["empty.md", "only-newline.md", "empty.json"]  # lint cleanly: no findings, no error
SKIPPED = ["image.md"]  # binary: a file-skipped notice, not an error

CONFIG = """\
max-file-size: 64KB
select: [jargon, file-skipped]
overrides:
  - files: ["legacy/**"]
    encoding: cp1252
"""


def build_hostile(root: Path) -> None:
    def write(name: str, data: bytes) -> None:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)

    write(".plainlint.yaml", CONFIG.encode())
    # bad
    write("bad-utf8.md", b"Hello\nWe utilize caf\xe9.\n")
    write("latin1-undeclared.txt", "Vous utilize caf\xe9.\n".encode("latin-1")[:6] + b"\xe9 utilize\n")
    write("unreadable.md", GOOD_TEXT.encode())
    os.symlink("missing-target.md", root / "broken-link.md")
    os.symlink("loop-b.md", root / "loop-a.md")
    os.symlink("loop-a.md", root / "loop-b.md")
    os.mkfifo(root / "pipe.md")
    write("huge.md", (b"word " * 14_000))
    write("bad.json", b'[{"body": "We utilize it",\n "x": }]')
    write("bad.yaml", b"a: [1, 2\nb: c\n")
    write("duplicate.yaml", b"- title: A\n  body: We utilize it.\n  body: again\n")
    write("duplicate.json", b'[{"title": "A", "body": "x", "title": "B"}]')
    bomb = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for prev, name in zip("abcdefg", "bcdefgh"):
        bomb.append(f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 9) + "]")
    write("alias-bomb.yaml", "\n".join(bomb).encode() + b"\n")
    write("deep.json", b"[" * 20_000 + b"]" * 20_000)
    write("deep.yaml", b"[" * 20_000 + b"]" * 20_000)
    (root / "locked").mkdir()
    write("locked/inside.md", GOOD_TEXT.encode())
    # good
    write("utf8-bom.md", b"\xef\xbb\xbf" + GOOD_TEXT.encode())
    write("utf16-bom.md", b"\xff\xfe" + "Caf\u00e9 notes.\r\nWe utilize this.\r\n".encode("utf-16-le"))
    write("crlf.md", b"# Title\r\n\r\nWe utilize this.\r\nThen utilize that.\r\n")
    write("mixed-endings.md", b"One utilize.\r\nTwo.\rWe utilize this.\nAnd \rthen utilize it.\n")
    write("no-newline.md", b"We utilize this")
    write("emoji-cjk.md", "\U0001F600\U0001F44D\U0001F3FD \u4f60\u597d\u4e16\u754c utilize \u3002\n\n\u65e5\u672c utilize \U0001F389\n".encode())
    write("unclosed.html", b"<html><body><p>We utilize <b>this<div><p>We utilize <i>that")
    write("unterminated.hbs", b"<p>Hello {{ name, we utilize {% if x %} this</p>")
    write("unbalanced.md", b"**We utilize _this [link](http://x\n\n```\nunclosed fence utilize\n\n> *open\n\nAnd utilize ]]]\n")
    write("deep-quotes.md", b">" * 90 + b" We utilize this.\n")  # within MAX_MARKDOWN_NESTING
    write("deep.html", b"<div>" * 5000 + b"We utilize this." + b"</span>" * 5000)
    write("legacy/cp1252.txt", "We utilize \u201csmart\u201d quotes in caf\u00e9s.\n".encode("cp1252"))
    write("replies.json", b'[{"title": "Refunds", "body": "We utilize \\u00e9 refunds."}]\n')
    write("replies.yaml", "- title: Refunds\n  body: \"We utilize caf\u00e9 refunds.\"\n".encode())
    write("sub/nested.md", GOOD_TEXT.encode())
    os.symlink("..", root / "sub" / "up")  # a link loop in the walk: must not be followed
    # quiet and skipped
    write("empty.md", b"")
    write("only-newline.md", b"\n")
    write("empty.json", b"")
    write("image.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))


def hashes(root: Path) -> dict[str, str]:
    """Every file's hash, but plainlint's own result cache (which a run may add to)."""
    out = {}
    for path in sorted(root.rglob("*")):
        if path.is_symlink() or not path.is_file() or ".plainlint_cache" in path.relative_to(root).parts:
            continue
        out[path.relative_to(root).as_posix()] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


@dataclass(frozen=True)
class Mode:
    args: tuple[str, ...]
    rewrites_good_files: bool = False  # --fix may change good files; bad files never


MODES = {
    "check": Mode(()),
    "check-concise": Mode(("--format", "concise")),
    "fix": Mode(("--fix",), rewrites_good_files=True),
    "unsafe-fix": Mode(("--fix", "--unsafe-fixes"), rewrites_good_files=True),
}


@pytest.fixture
def faults(monkeypatch, tmp_path):
    """EACCES for `unreadable.md` (open) and the `locked` folder (listing), even as root."""
    real_open, real_scandir = os.open, os.scandir
    unreadable = str(tmp_path / "unreadable.md")
    locked = str(tmp_path / "locked")

    def fake_open(path, flags, *args, **kwargs):
        if os.fspath(path) in (unreadable, "unreadable.md"):
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))
        return real_open(path, flags, *args, **kwargs)

    def fake_scandir(path="."):
        if os.fspath(path) == locked:
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "open", fake_open)
    monkeypatch.setattr(os, "scandir", fake_scandir)


def run_cli(root: Path, args: tuple[str, ...]):
    cwd = os.getcwd()
    os.chdir(root)
    try:
        runner = CliRunner()
        # In this process (-j 1): the faults are patched into this process's os module.
        json_result = runner.invoke(main, ["check", "-j", "1", "--format", "json", "."])
        result = runner.invoke(main, ["check", "-j", "1", *args, "."])
    finally:
        os.chdir(cwd)
    return json_result, result


@pytest.mark.parametrize("mode", list(MODES))
def test_hostile_folder(tmp_path, faults, mode):
    build_hostile(tmp_path)
    before = hashes(tmp_path)
    originals = {name: (tmp_path / name).read_bytes() for name in GOOD}
    json_result, result = run_cli(tmp_path, MODES[mode].args)

    assert result.exit_code == 2, result.output
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    if MODES[mode].rewrites_good_files:  # --fix ends with one summary line of what it changed
        assert lines[-1].startswith("Fixed ") and " finding(s) in " in lines[-1], lines[-1]
        lines = lines[:-1]
    error_lines = lines
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    for name, expected in BAD.items():
        mine = [line for line in error_lines if line.startswith(name + ":")]
        assert len(mine) == 1, f"{name}: {mine}"
        assert expected in mine[0], mine[0]
    assert len(error_lines) == len(BAD), "\n".join(error_lines)

    entries = json.loads(json_result.stdout)
    findings = [entry for entry in entries if entry["rule"] is not None]
    # Each bad file is also an entry of the JSON report (category "error"), as on stderr.
    errors = [entry for entry in entries if entry["rule"] is None]
    assert sorted(e["path"] for e in errors) == sorted(BAD), errors
    assert {(e["category"], e["severity"], e["code"]) for e in errors} == {("error", "error", None)}
    by_path: dict[str, list[dict]] = {}
    for finding in findings:
        by_path.setdefault(finding["path"], []).append(finding)
    for name, (encoding, count) in GOOD.items():
        found = [f for f in by_path.get(name, []) if f["rule"] == "jargon"]
        assert len(found) == count, f"{name}: {found}"
        lines = originals[name].decode(encoding).splitlines()
        for f in found:
            line = lines[f["line"] - 1]
            assert line[f["column"] - 1:f["end_column"] - 1] == "utilize", (name, f)
    for name in QUIET:
        assert name not in by_path, by_path.get(name)
    for name in SKIPPED:
        assert [f["rule"] for f in by_path[name]] == ["file-skipped"]
    assert not any(p.startswith(("sub/up", "locked/")) for p in by_path), sorted(by_path)
    assert set(by_path) <= set(GOOD) | set(SKIPPED), sorted(set(by_path) - set(GOOD) - set(SKIPPED))

    after = hashes(tmp_path)
    may_change = set(GOOD) if MODES[mode].rewrites_good_files else set()
    for name, (encoding, count) in GOOD.items():
        if name in may_change and count:  # fixed in its own encoding, BOM and line endings
            fixed = (tmp_path / name).read_bytes()
            removed = originals[name].decode(encoding).count("utilize") - fixed.decode(encoding).count("utilize")
            assert removed == count and fixed.count(b"\r") == originals[name].count(b"\r"), name
            assert fixed[:3] == originals[name][:3] or not originals[name].startswith((b"\xef\xbb\xbf", b"\xff\xfe")), name
    assert {k: v for k, v in after.items() if k not in may_change} == \
        {k: v for k, v in before.items() if k not in may_change}


def check_a_crashing_file_and_a_good_one(folder):
    """`plainlint check --select jargon .` in `folder` holding a.txt ("boom", which the test makes
    crash) and b.txt (a jargon finding)."""
    (folder / "a.txt").write_text("boom\n", encoding="utf-8")
    (folder / "b.txt").write_text(GOOD_TEXT, encoding="utf-8")
    cwd = os.getcwd()
    os.chdir(folder)
    try:
        return CliRunner().invoke(main, ["check", "--format", "concise", "--select", "jargon", "."])
    finally:
        os.chdir(cwd)


def test_a_crash_in_one_file_is_that_files_error_and_the_run_goes_on(tmp_path, monkeypatch):
    import plainlint.reading.readers.text as text_reader

    real = text_reader.read_text

    def crash_on_boom(masked, doc):
        if "boom" in masked:
            raise ValueError("simulated reader bug")
        return real(masked, doc)

    monkeypatch.setattr(text_reader, "read_text", crash_on_boom)
    result = check_a_crashing_file_and_a_good_one(tmp_path)
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        "a.txt: error: internal error: ValueError('simulated reader bug') (please report it)"]
    assert result.stdout.startswith("b.txt:1:4: warning PL101 [jargon]")


def test_a_crash_in_a_rule_names_the_rule(tmp_path, monkeypatch):
    from plainlint.rules import find_rule

    jargon = find_rule("PL101")
    real = jargon.check

    def crash_on_boom(doc, options):
        if "boom" in doc.source.text:
            raise ValueError("simulated rule bug")
        return real(doc, options)

    monkeypatch.setattr(jargon, "check", crash_on_boom)
    result = check_a_crashing_file_and_a_good_one(tmp_path)
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        "a.txt: error: internal error in rule PL101 (jargon): ValueError('simulated rule bug') (please report it)"]
    assert result.stdout.startswith("b.txt:1:4: warning PL101 [jargon]")


def test_an_unreadable_file_or_folder_named_on_the_command_line_is_one_line_each(tmp_path, faults, monkeypatch):
    """Named, not walked into: click refused an unreadable file before the run began (no file was
    linted), and a folder that cannot be entered crashed looking for its .git."""
    (tmp_path / "good.md").write_text(GOOD_TEXT)
    (tmp_path / "unreadable.md").write_text(GOOD_TEXT)
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "inside.md").write_text(GOOD_TEXT)
    locked = str(tmp_path / "locked")
    real_access, real_stat = os.access, os.stat

    def fake_access(path, mode, *args, **kwargs):
        return os.fspath(path) not in ("unreadable.md", "locked") and real_access(path, mode, *args, **kwargs)

    def fake_stat(path, *args, **kwargs):
        if os.fspath(path).startswith(locked + os.sep):
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))
        return real_stat(path, *args, **kwargs)

    monkeypatch.setattr(os, "access", fake_access)
    monkeypatch.setattr(os, "stat", fake_stat)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["check", "-j", "1", "--format", "concise", "unreadable.md", "locked", "good.md"])
    assert result.exit_code == 2, result.output
    assert result.stdout.startswith("good.md:1:4: warning PL101 [jargon]")
    errors = [line for line in result.stderr.splitlines() if line and not line.startswith("Checked ")]
    assert errors == ["locked: error: cannot list folder: Permission denied",  # and no "no files to lint"
                      "unreadable.md: error: cannot read: Permission denied"]
