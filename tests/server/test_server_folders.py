"""Workspace folders closed in the editor: the settings and spelling's tree counts the server kept
for their files are let go (rev20a). Kept for the session before, they grew with every project
opened in one window: each project's word counts (server/tree.py), each file's settings."""

from __future__ import annotations

from pathlib import Path

import pytest
from lsprotocol import types

from lsphelpers import open_document, published, session
from plhelpers import DICTIONARY_RULES
from plainlint.server.linting import Snapshot, lint
from plainlint.server.settings import SettingsCache
from plainlint.server.text import LspText



TEXT = "Please utilize the widgetz form.\n"
CODES = ["PL101", "PL502"]  # jargon, and spelling with the tree's evidence read


def project(root: Path, name: str) -> Path:
    folder = root / name
    folder.mkdir()
    (folder / ".plainlint.yaml").write_text("select: [jargon]\nextend-select: [spelling]\n" + DICTIONARY_RULES, encoding="utf-8")
    (folder / "page.md").write_text(TEXT, encoding="utf-8")
    return folder


def codes_of(folder: Path, cache: SettingsCache) -> list[str]:
    path = folder / "page.md"
    return [d.code for d in lint(Snapshot(path.as_uri(), 1, LspText(TEXT), "markdown", path), cache).diagnostics]


def test_a_closed_folder_s_settings_and_tree_counts_are_let_go(tmp_path):
    cache = SettingsCache()
    folders = [project(tmp_path, f"project-{n}") for n in range(5)]
    for folder in folders:
        assert codes_of(folder, cache) == CODES
    assert len(cache.trees._known) == 5 and len(cache._known) == 5  # one tree, one file each
    for folder in folders[:4]:
        cache.forget_folder(folder)
    assert [Path(path).parent for path in cache.trees._known] == [folders[4]]
    assert list(cache._known) == [folders[4] / "page.md"]
    assert codes_of(folders[0], cache) == CODES  # opened again: read again, the same findings


def test_a_folder_s_name_is_not_a_prefix_match(tmp_path):
    """'project-1' closed leaves 'project-10' alone (paths compared by parts, not as strings)."""
    cache = SettingsCache()
    one, ten = project(tmp_path, "project-1"), project(tmp_path, "project-10")
    codes_of(one, cache), codes_of(ten, cache)
    cache.forget_folder(one)
    assert [Path(path).parent for path in cache.trees._known] == [ten]


@pytest.mark.asyncio
@pytest.mark.process
async def test_the_server_lets_a_removed_workspace_folder_go_and_lints_on(tmp_path):
    """End to end: the editor removes a folder (workspace/didChangeWorkspaceFolders, which the
    server says it takes); documents of the other folder, and of the removed one opened again,
    are linted as before."""
    kept, closed = project(tmp_path, "kept"), project(tmp_path, "closed")
    async with session(kept) as client:
        folders = client.init_result.capabilities.workspace.workspace_folders
        assert folders.supported and folders.change_notifications
        for folder in (kept, closed):
            open_document(client, (folder / "page.md").as_uri(), TEXT, "markdown")
            assert [d.code for d in (await published(client, (folder / "page.md").as_uri(), 1)).diagnostics] == CODES
        before = len(client.published)
        client.workspace_did_change_workspace_folders(types.DidChangeWorkspaceFoldersParams(
            types.WorkspaceFoldersChangeEvent(added=[], removed=[
                types.WorkspaceFolder(uri=closed.as_uri(), name="closed")])))
        uri = (kept / "page.md").as_uri()
        client.text_document_did_change(types.DidChangeTextDocumentParams(
            types.VersionedTextDocumentIdentifier(uri=uri, version=2),
            [types.TextDocumentContentChangeWholeDocument("Thanks.\n" + TEXT)]))
        linted = await published(client, uri, 2, after=before)
        assert [(d.code, d.range.start.line) for d in linted.diagnostics] == [("PL101", 1), ("PL502", 1)]
