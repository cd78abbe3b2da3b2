"""Workspace folders closed in the editor: the settings and spelling's tree counts the server kept
for their files are let go (rev20a). Kept for the session before, they grew with every project
opened in one window: each project's word counts (server/tree.py), each file's settings."""

from __future__ import annotations

from pathlib import Path

import pytest
from lsprotocol import types

from lsphelpers import open_document, published, session
from plhelpers import DICTIONARY_RULES, run_cli
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


# One long sentence: sentence-length warns in a reply and is a hint (info) in an article, so the
# severity shows which kind the document was read as; nothing in the text says which it is.
LONG = ("Open the billing page and pick the plan that fits the team you have now, then add each person who "
        "needs access to the shared reports, and check that every one of them gets the welcome note before "
        "the end of the month.\n")


def page_without_config(folder: Path) -> Path:
    (folder / "emails").mkdir(parents=True)
    page = folder / "emails" / "welcome.md"
    page.write_text(LONG, encoding="utf-8")
    return page


def read_as(page: Path, cache: SettingsCache) -> tuple[str, str, list[str]]:
    """The name the document is reported under, its kind and its sentence-length severities."""
    linted = lint(Snapshot(page.as_uri(), 1, LspText(LONG), "markdown", page), cache)
    return linted.source.path, linted.document.kind, [f.severity for f in linted.findings if f.code == "PL302"]


def check_from(folder: Path, name: str) -> list[str]:
    """sentence-length's severities from `plainlint check NAME` run in `folder`."""
    report = run_cli(["check", "--no-cache", "--format", "concise", name], folder).stdout
    return [line.split(": ", 1)[1].split(" ")[0] for line in report.splitlines() if "PL302" in line]


def test_without_a_config_a_document_reads_as_check_run_in_its_workspace_folder_whatever_the_server_s_folder(
        tmp_path, monkeypatch):
    """The kind's folder signals (`emails/`) were read from the server's current folder: a page
    of the workspace was a reply or an article depending on where the editor started the server."""
    workspace = tmp_path / "help"
    page = page_without_config(workspace)
    assert check_from(workspace, "emails/welcome.md") == ["warning"]
    for current in (workspace, tmp_path, page.parent):
        monkeypatch.chdir(current)
        assert read_as(page, SettingsCache({}, [workspace])) == ("emails/welcome.md", "reply", ["warning"]), current


def test_outside_every_folder_and_once_its_folder_is_removed_a_document_reads_from_its_own_folder(tmp_path):
    """rev21a: a document opened from outside the workspace folders was reported under its whole
    path, and one whose folder the editor removed was still read from that folder (the first
    workspace folder was kept for the session). Both now read as `plainlint check` run in the
    document's own folder, the folder its config would be looked for from."""
    workspace, elsewhere = tmp_path / "help", tmp_path / "downloads"
    page, stray = page_without_config(workspace), page_without_config(elsewhere)
    cache = SettingsCache({}, [workspace])
    assert read_as(page, cache) == ("emails/welcome.md", "reply", ["warning"])
    assert check_from(stray.parent, "welcome.md") == ["info"]
    assert read_as(stray, cache) == ("welcome.md", "article", ["info"])
    cache.forget_folder(workspace)
    assert read_as(page, cache) == ("welcome.md", "article", ["info"])
    cache.add_folders([workspace])  # added again
    assert read_as(page, cache) == ("emails/welcome.md", "reply", ["warning"])


@pytest.mark.asyncio
@pytest.mark.process
async def test_the_server_reads_documents_of_added_and_removed_folders_from_where_they_now_are(tmp_path):
    """End to end (the server runs in this repository's folder, not the workspace's): a folder the
    editor adds is a project root for its documents without a config; a removed one is not."""
    first, added = tmp_path / "first", tmp_path / "added"
    first.mkdir()
    page = page_without_config(added)
    async with session(first) as client:
        client.workspace_did_change_workspace_folders(types.DidChangeWorkspaceFoldersParams(
            types.WorkspaceFoldersChangeEvent(added=[types.WorkspaceFolder(uri=added.as_uri(), name="added")], removed=[])))
        uri = page.as_uri()
        open_document(client, uri, LONG, "markdown")
        severities = [d.severity for d in (await published(client, uri, 1)).diagnostics if d.code == "PL302"]
        assert severities == [types.DiagnosticSeverity.Warning]  # a reply: emails/ in its workspace folder
        client.workspace_did_change_workspace_folders(types.DidChangeWorkspaceFoldersParams(
            types.WorkspaceFoldersChangeEvent(added=[], removed=[types.WorkspaceFolder(uri=added.as_uri(), name="added")])))
        before = len(client.published)
        client.text_document_did_change(types.DidChangeTextDocumentParams(
            types.VersionedTextDocumentIdentifier(uri=uri, version=2),
            [types.TextDocumentContentChangeWholeDocument(LONG + "\n")]))
        linted = await published(client, uri, 2, after=before)
        assert [d.severity for d in linted.diagnostics if d.code == "PL302"] == [types.DiagnosticSeverity.Information]
