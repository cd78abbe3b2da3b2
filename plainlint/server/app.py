"""The language server: pygls wiring, document versions, debouncing and publishing.

Every lint and every fix runs in one worker thread, so the message loop keeps reading (a change
that arrives meanwhile cancels the pending lint of its document) and the engine never runs twice
at once. A lint still waiting for the worker when its document changes is skipped, and a result
is published only when its document still has the version that was linted.
"""

from __future__ import annotations

import asyncio
import logging
import traceback
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from lsprotocol import types
from pygls.capabilities import ServerCapabilitiesBuilder
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol
from pygls.protocol.language_server import lsp_method
from pygls.uris import to_fs_path

from .. import __version__
from ..linting.crash import describe
from . import actions as more
from .hover import hover
from .linting import FIX_ALL_KIND, Linted, Snapshot, code_actions, lint, problem, resolve_action
from .settings import CONFIG_NAMES, WATCHED_GLOBS, SettingsCache
from .text import UTF16, LspText

DEBOUNCE_SECONDS = 0.3  # after the last keystroke; a document is linted at once when opened
INIT_OPTIONS = ("select", "ignore")  # initialization options, used where no config file is found
# Saved in the editor, these change what the open documents get wherever they are: a config
# (maybe one nearer to a document), and .gitignore, which `check --force-exclude` follows.
SAVES_THAT_RELINT = (*CONFIG_NAMES, ".gitignore")
logger = logging.getLogger("plainlint.server")


class DocumentsOurOwn(LanguageServerProtocol):
    """pygls's protocol without its copy of the open documents: the server keeps its own
    (`LspText`), whose lines end where LSP says. pygls's copy splits lines at U+2028 and form
    feeds too, and while applying a ranged change to it pygls clamps the change's positions in
    place, so the server's handler would receive a different range than the client sent."""

    @lsp_method(types.TEXT_DOCUMENT_DID_OPEN)
    def lsp_text_document__did_open(self, params: types.DidOpenTextDocumentParams):
        yield from self._user_handler(types.TEXT_DOCUMENT_DID_OPEN, params)

    @lsp_method(types.TEXT_DOCUMENT_DID_CHANGE)
    def lsp_text_document__did_change(self, params: types.DidChangeTextDocumentParams):
        yield from self._user_handler(types.TEXT_DOCUMENT_DID_CHANGE, params)

    @lsp_method(types.TEXT_DOCUMENT_DID_CLOSE)
    def lsp_text_document__did_close(self, params: types.DidCloseTextDocumentParams):
        yield from self._user_handler(types.TEXT_DOCUMENT_DID_CLOSE, params)

    def _user_handler(self, method: str, params):
        handler = self.fm.features.get(method)
        if handler is not None:
            yield handler, (params,), None


class PlainlintServer(LanguageServer):
    def __init__(self):
        super().__init__("plainlint", __version__, text_document_sync_kind=types.TextDocumentSyncKind.Incremental,
                         protocol_cls=DocumentsOurOwn)
        self.documents: dict[str, Snapshot] = {}
        self.linted: dict[str, Linted] = {}
        # (uri, version) -> the lint of that version under way: a code action request right after
        # a keystroke and the debounced lint then share one lint instead of making two.
        self.linting: dict[tuple[str, int | None], tuple[Snapshot, asyncio.Task]] = {}
        self.pending: dict[str, asyncio.Task] = {}
        self.settings = SettingsCache()
        self.linter = ThreadPoolExecutor(max_workers=1, thread_name_prefix="plainlint-lint")
        self.encoding = UTF16
        self.versioned_edits = False
        self.resolve_edits = False  # the client resolves a code action's `edit` (codeAction/resolve)
        self.watch_dynamically = False
        self.shut_down = False  # a `shutdown` request came: exit 0 (LSP), else 1

    # -- documents --------------------------------------------------------------------------

    def open(self, item: types.TextDocumentItem) -> None:
        self.documents[item.uri] = Snapshot(item.uri, item.version, LspText(item.text, self.encoding),
                                            item.language_id or "", file_path(item.uri))
        self.schedule(item.uri, 0)

    def change(self, params: types.DidChangeTextDocumentParams) -> None:
        old = self.documents.get(params.text_document.uri)
        if old is None:
            return
        text = old.text
        for change in params.content_changes:
            text = text.changed(change)
        self.documents[old.uri] = Snapshot(old.uri, params.text_document.version, text, old.language_id, old.path)
        self.schedule(old.uri, DEBOUNCE_SECONDS)

    def close(self, uri: str) -> None:
        self.cancel(uri)
        self.documents.pop(uri, None)
        self.linted.pop(uri, None)
        self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    def saved(self, uri: str) -> None:
        """A document saved in the editor: when the settings are read from it (a config, a file
        a config extends, a vocabulary file) or it is a .gitignore, every open document is linted
        again. No watcher covers these but configs, and some editors watch nothing."""
        path = file_path(uri)
        if path is not None and (path.name in SAVES_THAT_RELINT or path.resolve() in self.settings_files()):
            self.config_changed()

    def settings_files(self) -> set[Path]:
        """The files the open documents' settings were read from, resolved."""
        from ..config.settings import input_files

        files = set()
        for config in {id(linted.config): linted.config for linted in self.linted.values()}.values():
            if config is not None and config.path is not None:
                files |= {Path(file).resolve() for file in (config.path, *input_files(config))}
        return files

    def config_changed(self) -> None:
        self.settings.forget()
        self.linted.clear()
        self.linting.clear()  # a lint under way has the old settings: not shared any more
        for uri in list(self.documents):
            self.schedule(uri, 0)

    def folders_changed(self, added, removed) -> None:
        """Added workspace folders are where their documents without a config are read from; the
        settings and tree counts kept for removed ones are let go."""
        self.settings.add_folders(file_path(folder.uri) for folder in added)
        for folder in removed:
            path = file_path(folder.uri)
            if path is not None:
                self.settings.forget_folder(path)

    # -- linting ----------------------------------------------------------------------------

    def schedule(self, uri: str, delay: float) -> None:
        self.cancel(uri)
        self.pending[uri] = asyncio.get_running_loop().create_task(self.lint_later(uri, delay))

    def cancel(self, uri: str) -> None:
        task = self.pending.pop(uri, None)
        if task is not None:
            task.cancel()

    async def lint_later(self, uri: str, delay: float) -> None:
        if delay:
            await asyncio.sleep(delay)
        snapshot = self.documents.get(uri)
        if snapshot is None:
            return
        linted = await self.lint_now(snapshot)
        if self.documents.get(uri) is not snapshot:
            return  # edited (or closed) meanwhile: these diagnostics are for an old version
        self.pending.pop(uri, None)
        self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(
            uri=uri, diagnostics=linted.diagnostics, version=snapshot.version))

    async def lint_now(self, snapshot: Snapshot) -> Linted:
        """The lint of this snapshot, reused when it was linted already or is being linted (keyed
        by uri and version). A bug in plainlint is logged to the client and becomes one
        diagnostic; the server keeps serving."""
        known = self.linted.get(snapshot.uri)
        if known is not None and known.snapshot is snapshot:
            return known
        key = (snapshot.uri, snapshot.version)
        running = self.linting.get(key)
        if running is None or running[0] is not snapshot:
            running = (snapshot, asyncio.ensure_future(self._lint(snapshot)))
            self.linting[key] = running
        return await asyncio.shield(running[1])  # a cancelled debounce must not cancel a shared lint

    async def _lint(self, snapshot: Snapshot) -> Linted:
        try:
            linted = await asyncio.get_running_loop().run_in_executor(self.linter, self.lint_if_current, snapshot)
        except Exception as exc:  # noqa: BLE001 - logged with its traceback, shown as the file's error
            self.log_crash(snapshot, exc)
            linted = Linted(snapshot, problem=problem(snapshot.text, 0, describe(exc)))
        if linted is None:
            linted = Linted(snapshot)  # typed over while it waited: nothing to show or act on
        elif self.documents.get(snapshot.uri) is snapshot or snapshot.uri not in self.linted:
            self.linted[snapshot.uri] = linted
        key = (snapshot.uri, snapshot.version)
        if self.linting.get(key, (None,))[0] is snapshot:
            del self.linting[key]
        return linted

    def lint_if_current(self, snapshot: Snapshot) -> Linted | None:
        """In the worker: the lint of `snapshot`, or None when its document was edited or closed
        while the lint waited for the worker. A pause longer than the debounce starts a lint; on
        a file whose lint takes longer than the writer's pauses, each would otherwise be linted
        in turn, the worker falling further behind the text at every pause."""
        if self.documents.get(snapshot.uri) is not snapshot:
            return None
        return lint(snapshot, self.settings)

    def log_crash(self, snapshot: Snapshot, exc: BaseException) -> None:
        """One line that says it all (the file, the rule, the exception), then the traceback."""
        trace = "".join(traceback.format_exception(exc))
        self.window_log_message(types.LogMessageParams(
            type=types.MessageType.Error, message=f"plainlint: {snapshot.uri}: {describe(exc)}\n{trace}"))

    async def actions(self, params: types.CodeActionParams) -> list[types.CodeAction]:
        snapshot = self.documents.get(params.text_document.uri)
        if snapshot is None:
            return []
        linted = await self.lint_now(snapshot)
        try:
            return await asyncio.get_running_loop().run_in_executor(
                self.linter, code_actions, linted, params.range, params.context.only, self.versioned_edits,
                params.context.trigger_kind == types.CodeActionTriggerKind.Automatic, self.resolve_edits)
        except Exception as exc:  # noqa: BLE001
            self.log_crash(snapshot, exc)
            return []

    async def resolve(self, action: types.CodeAction) -> types.CodeAction:
        """codeAction/resolve: the edit of an action sent without one ("fix all"), made for the
        version it was offered for; none when the document has changed since (the client asks
        for actions again)."""
        data = action.data if isinstance(action.data, dict) else {}
        snapshot = self.documents.get(data.get("uri", ""))
        if snapshot is None or snapshot.version != data.get("version") or action.edit is not None:
            return action
        linted = await self.lint_now(snapshot)
        try:
            return await asyncio.get_running_loop().run_in_executor(
                self.linter, resolve_action, linted, action, self.versioned_edits)
        except Exception as exc:  # noqa: BLE001
            self.log_crash(snapshot, exc)
            return action

    async def hover(self, params: types.HoverParams) -> types.Hover | None:
        snapshot = self.documents.get(params.text_document.uri)
        if snapshot is None:
            return None
        return hover(await self.lint_now(snapshot), params.position)

    def known_files(self) -> set[Path]:
        """The config files and accept files of the open documents: the only files a command
        may change (a command's arguments come from the client)."""
        files = set()
        for linted in self.linted.values():
            if linted.config is not None and linted.config.path is not None:
                files.add(Path(linted.config.path))
                accept = more.accept_file(linted.config)
                if accept is not None:
                    files.add(accept)
        return files

    async def run_action(self, carry_out, target: str, *arguments) -> None:
        """A command of a code action (a config or vocabulary file to change): done in the lint
        worker, then every open document is linted again with the changed settings."""
        path = Path(target)
        if path not in self.known_files():
            self.window_show_message(types.ShowMessageParams(
                type=types.MessageType.Error, message=f"plainlint: {target} is not a config or vocabulary file in use"))
            return
        arguments = (path, *arguments)
        try:
            done = await asyncio.get_running_loop().run_in_executor(self.linter, carry_out, *arguments)
        except more.ActionError as exc:
            self.window_show_message(types.ShowMessageParams(type=types.MessageType.Error, message=f"plainlint: {exc}"))
            return
        self.window_log_message(types.LogMessageParams(type=types.MessageType.Info, message=f"plainlint: {done}"))
        self.config_changed()

    # -- session ----------------------------------------------------------------------------

    def configure(self, params: types.InitializeParams) -> None:
        capabilities = params.capabilities
        self.encoding = str(ServerCapabilitiesBuilder.choose_position_encoding(capabilities))
        workspace = capabilities.workspace
        edits = workspace.workspace_edit if workspace is not None else None
        self.versioned_edits = bool(edits and edits.document_changes)
        actions = capabilities.text_document.code_action if capabilities.text_document is not None else None
        resolvable = actions.resolve_support if actions is not None else None
        self.resolve_edits = bool(resolvable and "edit" in (resolvable.properties or []))
        watched = workspace.did_change_watched_files if workspace is not None else None
        self.watch_dynamically = bool(watched and watched.dynamic_registration)
        options = params.initialization_options if isinstance(params.initialization_options, dict) else {}
        folders = [folder.uri for folder in params.workspace_folders or []] or [params.root_uri or ""]
        self.settings = SettingsCache({key: options[key] for key in INIT_OPTIONS if key in options},
                                      [file_path(uri) for uri in folders])

    def watch_config_files(self) -> None:
        if not self.watch_dynamically:
            return
        watchers = [types.FileSystemWatcher(glob_pattern=glob) for glob in WATCHED_GLOBS]
        registration = types.Registration(
            id="plainlint-config-files", method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
            register_options=types.DidChangeWatchedFilesRegistrationOptions(watchers=watchers))
        self.client_register_capability(types.RegistrationParams(registrations=[registration]))

    def stop(self) -> None:
        self.shut_down = True
        for uri in list(self.pending):
            self.cancel(uri)
        self.linter.shutdown(wait=False, cancel_futures=True)


def file_path(uri: str) -> Path | None:
    """The file a `file:` URI names; None for untitled buffers and other schemes."""
    if not uri.startswith("file:"):
        return None
    path = to_fs_path(uri)
    return Path(path) if path else None


def build_server() -> PlainlintServer:
    server = PlainlintServer()

    @server.feature(types.INITIALIZE)
    def initialize(ls: PlainlintServer, params: types.InitializeParams):
        ls.configure(params)

    @server.feature(types.INITIALIZED)
    def initialized(ls: PlainlintServer, params: types.InitializedParams):
        ls.watch_config_files()

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: PlainlintServer, params: types.DidOpenTextDocumentParams):
        ls.open(params.text_document)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: PlainlintServer, params: types.DidChangeTextDocumentParams):
        ls.change(params)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: PlainlintServer, params: types.DidCloseTextDocumentParams):
        ls.close(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE, types.SaveOptions(include_text=False))
    def did_save(ls: PlainlintServer, params: types.DidSaveTextDocumentParams):
        ls.saved(params.text_document.uri)

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def did_change_watched_files(ls: PlainlintServer, params: types.DidChangeWatchedFilesParams):
        ls.config_changed()

    @server.feature(types.WORKSPACE_DID_CHANGE_WORKSPACE_FOLDERS)
    def did_change_workspace_folders(ls: PlainlintServer, params: types.DidChangeWorkspaceFoldersParams):
        ls.folders_changed(params.event.added or [], params.event.removed or [])

    @server.feature(types.TEXT_DOCUMENT_CODE_ACTION, types.CodeActionOptions(
        code_action_kinds=[types.CodeActionKind.QuickFix, more.SUPPRESS_KIND, more.VOCABULARY_KIND, FIX_ALL_KIND],
        resolve_provider=True))
    async def code_action(ls: PlainlintServer, params: types.CodeActionParams):
        return await ls.actions(params)

    @server.feature(types.CODE_ACTION_RESOLVE)
    async def code_action_resolve(ls: PlainlintServer, params: types.CodeAction):
        return await ls.resolve(params)

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    async def on_hover(ls: PlainlintServer, params: types.HoverParams):
        return await ls.hover(params)

    @server.command(more.SUPPRESS_IN_CONFIG)
    async def suppress_in_config(ls: PlainlintServer, config_path: str, entry: dict):
        await ls.run_action(more.add_config_suppression, config_path, entry)

    @server.command(more.ADD_TO_VOCABULARY)
    async def add_to_vocabulary(ls: PlainlintServer, accept_path: str, term: str):
        await ls.run_action(more.add_to_vocabulary, accept_path, term)

    @server.feature(types.SHUTDOWN)
    def shutdown(ls: PlainlintServer, params):
        ls.stop()

    return server
