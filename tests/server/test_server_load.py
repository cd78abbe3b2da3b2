"""The language server under load, in this process: keystrokes faster than a lint, a rule that
crashes (the protocol end to end is tests/server/test_server.py)."""

from __future__ import annotations

import asyncio
import time

from lsprotocol import types

import plainlint.server.app as app
from plainlint.server.linting import Snapshot
from plainlint.server.text import LspText

TEXT = "Please utilize the form.\n"


def typing_server(tmp_path, monkeypatch, lint_seconds: float):
    """A server whose lint takes `lint_seconds` (a large file) and whose publications are kept."""
    lints, published = [], []
    real = app.lint

    def slow_lint(snapshot, settings):
        lints.append(snapshot.version)
        time.sleep(lint_seconds)
        return real(snapshot, settings)

    monkeypatch.setattr(app, "lint", slow_lint)
    monkeypatch.setattr(app, "DEBOUNCE_SECONDS", 0.01)
    server = app.PlainlintServer()
    monkeypatch.setattr(server, "text_document_publish_diagnostics", published.append)
    path = tmp_path / "a.md"
    path.write_text(TEXT, encoding="utf-8")
    return server, path, lints, published


def keystroke(server, uri: str, version: int, column: int) -> None:
    at = types.Position(0, column)
    server.change(types.DidChangeTextDocumentParams(
        types.VersionedTextDocumentIdentifier(uri=uri, version=version),
        [types.TextDocumentContentChangePartial(range=types.Range(at, at), text="x")]))


def test_keystrokes_slower_than_the_debounce_do_not_queue_a_lint_each(tmp_path, monkeypatch):
    """A writer pausing longer than the debounce between keys, on a file whose lint takes
    longer than the pause: each pause starts a lint, but only the newest version waiting for the
    worker is linted; the versions typed over meanwhile are skipped, not linted in turn."""
    server, path, lints, published = typing_server(tmp_path, monkeypatch, lint_seconds=1.0)

    async def type_ten_keys():
        server.open(types.TextDocumentItem(uri=path.as_uri(), language_id="markdown", version=1, text=TEXT))
        for version in range(2, 12):
            await asyncio.sleep(0.03)
            keystroke(server, path.as_uri(), version, 0)
        while not published or published[-1].version != 11:
            await asyncio.sleep(0.02)

    asyncio.run(asyncio.wait_for(type_ten_keys(), 10))
    server.linter.shutdown()
    assert lints[-1] == 11 and len(lints) <= 3, lints
    assert [p.version for p in published] == [11]
