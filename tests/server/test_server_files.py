"""Which files the language server lints and with which settings, in this process (the
protocol end to end is tests/server/test_server.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from plainlint.server.linting import Snapshot, lint
from plainlint.server.settings import SettingsCache
from plainlint.server.text import LspText
from plhelpers import DICTIONARY_RULES



JARGON = "Please utilize the form.\n"


def linted(path: Path, text: str, cache: SettingsCache | None = None, language: str = "markdown"):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return lint(Snapshot(path.as_uri(), 1, LspText(text), language, path), cache or SettingsCache())


def codes(result) -> list[str]:
    return [d.code for d in result.diagnostics]


@pytest.mark.parametrize("config,name", [
    ("exclude: ['drafts/**']\n", "drafts/a.md"),
    ("extend-exclude: ['old']\n", "old/deep/a.md"),
    ("", "package.json"),  # a tool's file, which `plainlint check .` skips too
])
def test_files_the_pre_commit_hook_skips_get_no_diagnostics(tmp_path, config, name):
    """`plainlint check --force-exclude` (the pre-commit hook) skips them: so does the editor."""
    (tmp_path / ".plainlint.yaml").write_text(config, encoding="utf-8")
    text = json.dumps({"description": "Please utilize it."}) if name.endswith(".json") else JARGON
    assert linted(tmp_path / name, text, language="json" if name.endswith(".json") else "markdown").diagnostics == []
    assert codes(linted(tmp_path / "help" / "a.md", JARGON)) == ["PL101"]  # the others are linted


@pytest.mark.parametrize("name,language", [("users.js.erb", "erb"), ("theme.css.erb", "eruby"),
                                           ("users.js.erb", "javascript")])
def test_a_template_rendering_code_gets_no_diagnostics(tmp_path, name, language):
    """An editor may call `users.js.erb` ERB: it renders JavaScript, so nothing is read (user36)."""
    assert linted(tmp_path / name, "// Please utilize the GA ping\n", language=language).diagnostics == []
    assert codes(linted(tmp_path / "mail.html.erb", JARGON, language="erb")) == ["PL101"]


def test_gitignored_files_follow_respect_gitignore(tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / ".gitignore").write_text("build/\n", encoding="utf-8")
    (tmp_path / ".plainlint.yaml").write_text("", encoding="utf-8")
    assert linted(tmp_path / "build" / "a.md", JARGON).diagnostics == []
    (tmp_path / ".gitignore").write_text("dist/\n", encoding="utf-8")  # edited while the server runs
    assert codes(linted(tmp_path / "build" / "a.md", JARGON)) == ["PL101"]
    assert linted(tmp_path / "dist" / "a.md", JARGON).diagnostics == []
    (tmp_path / ".plainlint.yaml").write_text("respect-gitignore: false\n", encoding="utf-8")
    assert codes(linted(tmp_path / "build" / "a.md", JARGON)) == ["PL101"]


def test_an_untitled_buffer_is_never_excluded(tmp_path):
    snapshot = Snapshot("untitled:Untitled-1", 1, LspText(JARGON), "markdown", None)
    assert codes(lint(snapshot, SettingsCache())) == ["PL101"]


def test_settings_follow_the_files_they_were_read_from(tmp_path):
    """A file `extend:` names (any name) and the vocabulary files change on disk without any
    watched-file event (no glob covers them; Neovim 0.7 watches nothing): the next lint sees it."""
    (tmp_path / "styles").mkdir()
    (tmp_path / "styles" / "accept.txt").write_text("", encoding="utf-8")
    (tmp_path / "team.yaml").write_text("select: [jargon]\n", encoding="utf-8")
    (tmp_path / ".plainlint.yaml").write_text(
        "extend: team.yaml\nextend-select: [spelling]\nvocabulary: {accept: [styles/accept.txt]}\n" + DICTIONARY_RULES,
        encoding="utf-8")
    cache = SettingsCache()
    text = "Please utilize the widgetz form today.\n"
    assert codes(linted(tmp_path / "a.md", text, cache)) == ["PL101", "PL502"]
    (tmp_path / "styles" / "accept.txt").write_text("widgetz\n", encoding="utf-8")
    assert codes(linted(tmp_path / "a.md", text, cache)) == ["PL101"]
    (tmp_path / "team.yaml").write_text("select: [assumptive]\n", encoding="utf-8")
    assert codes(linted(tmp_path / "a.md", text, cache)) == []


def test_a_config_created_nearer_than_the_one_in_use_is_read(tmp_path):
    """A client that watches no files (Neovim 0.7) says nothing when the writer creates a config
    (or gives a pyproject.toml its [tool.plainlint] table): the next lint reads it, where there
    was no config and where the new one is nearer than the one in use."""
    cache = SettingsCache()
    page = tmp_path / "help" / "billing" / "a.md"
    assert codes(linted(page, JARGON, cache)) == ["PL101"]
    (tmp_path / ".plainlint.yaml").write_text("ignore: [jargon]\n", encoding="utf-8")
    assert codes(linted(page, JARGON, cache)) == []
    (tmp_path / "help" / "pyproject.toml").write_text("[project]\nname = 'help'\n", encoding="utf-8")
    assert codes(linted(page, JARGON, cache)) == []
    (tmp_path / "help" / "pyproject.toml").write_text("[tool.plainlint]\nignore = []\n", encoding="utf-8")
    assert codes(linted(page, JARGON, cache)) == ["PL101"]
    (tmp_path / "help" / ".plainlint.yaml").write_text("ignore: [jargon]\n", encoding="utf-8")  # wins over pyproject
    assert codes(linted(page, JARGON, cache)) == []


def test_a_broken_config_is_read_again_once_fixed(tmp_path):
    config = tmp_path / ".plainlint.yaml"
    config.write_text("select: [jargon\n", encoding="utf-8")
    cache = SettingsCache()
    problem = linted(tmp_path / "a.md", JARGON, cache).diagnostics
    assert len(problem) == 1 and problem[0].message.startswith("config: ")
    config.write_text("select: [jargon]\n", encoding="utf-8")
    assert codes(linted(tmp_path / "a.md", JARGON, cache)) == ["PL101"]


def test_fix_all_is_made_only_where_the_editor_can_show_it(tmp_path, monkeypatch):
    """VS Code asks for code actions by itself at each cursor move (trigger kind Automatic, no
    `only`) and never shows source actions there: "fix all" runs the whole fix loop, seconds on
    a large file, so it is made only when asked for (codeActionsOnSave, the Source Action menu)
    or when the writer invokes the menu."""
    from lsprotocol import types

    import plainlint.server.linting as server_linting

    calls = []
    real = server_linting.fix_source
    monkeypatch.setattr(server_linting, "fix_source", lambda *a, **k: calls.append(k) or real(*a, **k))
    result = linted(tmp_path / "a.md", "Please utilize the form in order to pay.\n")
    cursor = types.Range(types.Position(0, 8), types.Position(0, 8))

    def kinds(only, automatic):
        calls.clear()
        return [a.kind for a in server_linting.code_actions(result, cursor, only, True, automatic)], len(calls)

    result.fixed.clear()
    assert kinds(None, True) == (["quickfix", "quickfix.plainlint.suppress"], 0)  # the fix under the cursor only
    assert kinds([server_linting.FIX_ALL_KIND], True) == ([server_linting.FIX_ALL_KIND], 1)
    assert kinds(None, False)[0] == ["quickfix", "quickfix.plainlint.suppress", server_linting.FIX_ALL_KIND]


def test_code_actions_reuse_the_snapshot_s_lint(tmp_path, monkeypatch):
    """A quick fix lints nothing (its finding comes from the lint of this very text); "fix all"
    starts from that lint and lints only the texts it makes (here one: one pass fixes all)."""
    from lsprotocol import types

    import plainlint.linting.engine as engine
    import plainlint.server.linting as server_linting

    result = linted(tmp_path / "a.md", "Please utilize the form in order to pay.\n")
    lints = []
    real = engine.lint_source
    monkeypatch.setattr(engine, "lint_source", lambda *a, **k: lints.append(a[0].text) or real(*a, **k))
    cursor = types.Range(types.Position(0, 8), types.Position(0, 8))
    quick = server_linting.code_actions(result, cursor, [types.CodeActionKind.QuickFix], True, False)
    assert [a.title for a in quick][0] == "Replace 'utilize' with 'use' (PL101)" and lints == []
    everything = server_linting.code_actions(result, cursor, [server_linting.FIX_ALL_KIND], True, False)
    new_text = everything[0].edit.document_changes[0].edits
    assert [e.new_text for e in new_text] and lints == ["Please use the form to pay.\n"]


def test_plainlint_own_files_get_no_diagnostics(tmp_path):
    """The config's word lists (made of the words the rules flag) and a baseline, opened in the
    editor, as `plainlint check` skips them."""
    (tmp_path / ".plainlint.yaml").write_text("vocabulary: {reject: [styles/reject.txt]}\n", encoding="utf-8")
    assert linted(tmp_path / "styles" / "reject.txt", "utilize -> use\n", language="plaintext").diagnostics == []
    baseline = json.dumps({"plainlint-baseline": 1, "findings": [{"text": "utilize"}]})
    assert linted(tmp_path / "plainlint-baseline.json", baseline, language="json").diagnostics == []
    # (one finding at the span: the reject line names the term to use, so terminology speaks; user35)
    assert codes(linted(tmp_path / "notes.txt", "Please utilize it.\n", language="plaintext")) == ["PL501"]


def test_a_request_and_the_debounced_lint_share_one_lint_of_a_version(tmp_path, monkeypatch):
    """A code action asked for right after a keystroke lints that version; the debounced lint
    that follows (or runs meanwhile) reuses it instead of linting the same text again."""
    import asyncio

    import plainlint.server.app as app

    lints = []
    real = app.lint
    monkeypatch.setattr(app, "lint", lambda snapshot, settings: lints.append(snapshot.version) or real(snapshot, settings))
    server = app.PlainlintServer()
    path = tmp_path / "a.md"
    path.write_text(JARGON, encoding="utf-8")
    snapshot = Snapshot(path.as_uri(), 7, LspText(JARGON), "markdown", path)
    server.documents[snapshot.uri] = snapshot

    async def both():
        return await asyncio.gather(server.lint_now(snapshot), server.lint_now(snapshot))

    first, second = asyncio.run(both())
    assert first is second and lints == [7] and server.linting == {}
    assert asyncio.run(server.lint_now(snapshot)) is first and lints == [7]
    server.linter.shutdown()
