"""Saving a file the settings are read from, in the editor, lints the open documents again:
the files a config `extend`s and its vocabulary files have any name, so no watcher covers
them, and an editor that watches nothing (Neovim 0.7) reports no config change at all."""

from __future__ import annotations

import pytest
from lsprotocol import types

from lsphelpers import open_document, published, session

pytestmark = [pytest.mark.asyncio, pytest.mark.process]

TEXT = "Please utilize the widgetz form. Simply click Save.\n"


def save(client, path, text: str) -> int:
    """The writer edits `path` in the editor and saves it; returns the publications before."""
    uri = path.as_uri()
    open_document(client, uri, path.read_text(encoding="utf-8"), "yaml" if path.suffix == ".yaml" else "plaintext")
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        types.VersionedTextDocumentIdentifier(uri=uri, version=2), [types.TextDocumentContentChangeWholeDocument(text)]))
    path.write_text(text, encoding="utf-8")
    before = len(client.published)
    client.text_document_did_save(types.DidSaveTextDocumentParams(types.TextDocumentIdentifier(uri)))
    return before


async def test_saving_an_extended_config_or_a_vocabulary_file_lints_open_documents_again(tmp_path):
    (tmp_path / "styles").mkdir()
    (tmp_path / "styles" / "accept.txt").write_text("# our words\n", encoding="utf-8")
    # 'widgetz' is no listed misspelling: the dictionary check (`mode: dictionary`) reports it.
    (tmp_path / "team.yaml").write_text("select: [jargon, assumptive, spelling]\nrules: {spelling: {mode: dictionary}}\n",
                                        encoding="utf-8")
    (tmp_path / ".plainlint.yaml").write_text("extend: team.yaml\nvocabulary: {accept: [styles/accept.txt]}\n",
                                              encoding="utf-8")
    async with session(tmp_path, capabilities="neovim@v0.7.0") as client:
        assert client.init_result.capabilities.text_document_sync.save is not None
        uri = (tmp_path / "article.md").as_uri()
        (tmp_path / "article.md").write_text(TEXT, encoding="utf-8")
        open_document(client, uri, TEXT, "markdown")
        assert {d.code for d in (await published(client, uri, 1)).diagnostics} == {"PL101", "PL202", "PL502"}
        before = save(client, tmp_path / "styles" / "accept.txt", "# our words\nwidgetz\n")
        assert {d.code for d in (await published(client, uri, 1, after=before)).diagnostics} == {"PL101", "PL202"}
        before = save(client, tmp_path / "team.yaml", "select: [assumptive]\n")
        assert {d.code for d in (await published(client, uri, 1, after=before)).diagnostics} == {"PL202"}


async def test_saving_a_gitignore_that_ignores_an_open_document_clears_it(tmp_path):
    """`check --force-exclude` (the pre-commit hook) skips git-ignored files, and so does the
    server; a .gitignore saved in the editor applies to the open documents at once."""
    (tmp_path / ".git").mkdir()
    (tmp_path / ".gitignore").write_text("build/\n", encoding="utf-8")
    (tmp_path / ".plainlint.yaml").write_text("select: [jargon]\n", encoding="utf-8")
    (tmp_path / "drafts").mkdir()
    async with session(tmp_path, capabilities="neovim@v0.7.0") as client:
        uri = (tmp_path / "drafts" / "article.md").as_uri()
        open_document(client, uri, TEXT, "markdown")
        assert [d.code for d in (await published(client, uri, 1)).diagnostics] == ["PL101"]
        before = save(client, tmp_path / ".gitignore", "build/\ndrafts/\n")
        assert list((await published(client, uri, 1, after=before)).diagnostics) == []
