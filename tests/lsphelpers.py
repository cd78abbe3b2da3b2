"""Drive `plainlint server` as an editor does: a pytest-lsp client talking to a subprocess.

Positions are checked with a conversion written here independently of the server's: a range in
the client's units is turned back into the text it covers, which must be the flagged words.
"""

from __future__ import annotations

import asyncio
import re
import sys
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Union

from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, make_test_lsp_client

SERVER = [sys.executable, "-m", "plainlint", "server"]
WAIT_SECONDS = 30  # for one lint to be published (a slow CI machine loading the rules)


def make_client() -> LanguageClient:
    """pytest-lsp's client, also keeping every publishDiagnostics with its version, and every
    client/registerCapability request (the server registers its config-file watchers)."""
    client = make_test_lsp_client()
    client.published = []
    client.registrations = []
    default_publish = DEFAULT_CLIENT_FEATURES[types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS]

    # pygls keeps the first handler registered for a method, so wrap it in place.
    def publish(ls, params: types.PublishDiagnosticsParams):
        ls.published.append(params)
        default_publish(ls, params)

    client.protocol.fm.features[types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS] = lambda params: publish(client, params)

    # lsprotocol reads any code action with a `command` key as a Command; editors (VS Code's
    # `Command.is`) look at whether `command` is a string, as a CodeAction's is an object.
    converter = client.protocol._converter

    def command_or_code_action(obj, _):
        kind = types.Command if isinstance(obj.get("command"), str) else types.CodeAction
        return converter.structure(obj, kind)

    converter.register_structure_hook(Union[types.Command, types.CodeAction], command_or_code_action)

    @client.feature(types.CLIENT_REGISTER_CAPABILITY)
    def register(params: types.RegistrationParams):
        client.registrations.extend(params.registrations)

    return client


@asynccontextmanager
async def session(root: Path | None, encodings: list[str] | None = None, options: dict | None = None,
                  command: list[str] | None = None, env: dict | None = None, capabilities: str = "visual-studio-code",
                  adjust=None):
    """An initialized client; shut down (and the server's exit checked) when the block ends.
    `adjust(capabilities)` changes the client's capabilities before they are sent."""
    config = ClientServerConfig(server_command=command or SERVER, client_factory=make_client, server_env=env)
    client = await config.start()
    try:
        caps = client_capabilities(capabilities)
        if encodings is not None:
            caps.general = caps.general or types.GeneralClientCapabilities()
            caps.general.position_encodings = encodings
        if adjust is not None:
            adjust(caps)
        result = await client.initialize_session(types.InitializeParams(
            capabilities=caps, root_uri=root.as_uri() if root else None, initialization_options=options))
        client.init_result = result
        yield client
        await asyncio.wait_for(client.shutdown_session(), WAIT_SECONDS)
        assert client._server.returncode == 0
    finally:
        if client._server is not None and client._server.returncode is None:
            client._server.kill()  # a failed test: do not wait for an orderly exit
        await client.stop()


async def published(client: LanguageClient, uri: str, version: int | None = None,
                    after: int = 0) -> types.PublishDiagnosticsParams:
    """The first publishDiagnostics for `uri` (at `version`, when given) after the first `after`."""
    async def arrived():
        while True:
            for params in client.published[after:]:
                if params.uri == uri and (version is None or params.version == version):
                    return params
            await asyncio.sleep(0.02)

    return await asyncio.wait_for(arrived(), WAIT_SECONDS)


async def until(condition) -> None:
    async def waiting():
        while not condition():
            await asyncio.sleep(0.02)

    await asyncio.wait_for(waiting(), WAIT_SECONDS)


def open_document(client: LanguageClient, uri: str, text: str, language: str = "", version: int = 1) -> int:
    """Open a document; returns how many publications came before (for `published(after=)`)."""
    before = len(client.published)
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        types.TextDocumentItem(uri=uri, language_id=language, version=version, text=text)))
    return before


# -- an independent reading of LSP positions -------------------------------------------------

LINE_END = re.compile(r"\r\n|\r|\n")


def line_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in LINE_END.finditer(text)]


def width(char: str, encoding: str) -> int:
    return len(char.encode({"utf-8": "utf-8", "utf-16": "utf-16-le", "utf-32": "utf-32-le"}[encoding])) // (
        {"utf-8": 1, "utf-16": 2, "utf-32": 4}[encoding])


def offset_of(text: str, position: types.Position, encoding: str) -> int:
    offset = line_starts(text)[position.line]
    counted = 0
    while counted < position.character:
        assert text[offset] not in "\r\n", "a position past the end of its line"
        counted += width(text[offset], encoding)
        offset += 1
    assert counted == position.character, "a position inside a character"
    return offset


def covered(text: str, rng: types.Range, encoding: str) -> str:
    return text[offset_of(text, rng.start, encoding):offset_of(text, rng.end, encoding)]


def apply_edits(text: str, edits: list[types.TextEdit], encoding: str) -> str:
    spans = sorted(((offset_of(text, e.range.start, encoding), offset_of(text, e.range.end, encoding), e.new_text)
                    for e in edits), reverse=True)
    for start, end, new in spans:
        text = text[:start] + new + text[end:]
    return text


def edits_of(action: types.CodeAction, uri: str) -> list[types.TextEdit]:
    edit = action.edit
    if edit.document_changes:
        return [e for change in edit.document_changes if change.text_document.uri == uri for e in change.edits]
    return list(edit.changes[uri])
