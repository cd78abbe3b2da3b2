#!/usr/bin/env python3
"""`plainlint server` code action latency on a long document: the lightbulb after a keystroke,
the lightbulb on a lint already made, and "fix all".

Usage (from the repository root, with plainlint installed in the active Python):
    python benchmarks/lsp_code_actions.py                    # ../shared/corpus, 7 rounds
    python benchmarks/lsp_code_actions.py --rounds 11 --corpus /path/to/corpus

The document is benchmarks/lsp_latency.py's 50 KB article (Markdown articles of
corpus/articles/spotinst-help, Apache-2.0, joined in name order; built in a temporary folder,
nothing is copied into the repository). The server runs as editors start it (`python -m
plainlint server`, stdio) with VS Code's capabilities (pytest-lsp's record of them, which resolve
code action edits). Each round:

  - keystroke: an incremental change inserting a few words, then at once a code action request
    (trigger kind Automatic, no `only`) on a finding with a fix: what VS Code sends as the
    writer types; the time to the answer;
  - cursor: the same request again on the linted version (the cursor moved);
  - fix all: a `source.fixAll.plainlint` request (what codeActionsOnSave sends), plus
    codeAction/resolve when the action came without its edit; the time to the edit.

Medians are printed with the load average: other work on the machine changes every figure.
Nothing here runs in the unit tests.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from lsprotocol import types
from pygls.lsp.client import LanguageClient
from pytest_lsp import client_capabilities

sys.path.insert(0, str(Path(__file__).resolve().parent))
from lsp_latency import build_article, corpus_arguments, edit_point, position, typed_edit  # noqa: E402

WAIT_SECONDS = 300


def fixable_range(text: str, after: int) -> types.Range:
    """The range of a word plainlint fixes safely ("utilize", inserted by each keystroke)."""
    at = text.index("utilize", after)
    return types.Range(position(text, at), position(text, at + len("utilize")))


async def timed(coroutine) -> tuple[float, object]:
    """The seconds `coroutine` took, and its result."""
    start = time.perf_counter()
    result = await asyncio.wait_for(coroutine, WAIT_SECONDS)
    return time.perf_counter() - start, result


async def started_client(path: Path, text: str) -> tuple[LanguageClient, set[int]]:
    """`plainlint server` with VS Code's capabilities and `path` open as `text`, its first
    diagnostics published; the set of published versions, which the client keeps filling."""
    client = LanguageClient("code-action-bench", "1")
    published: set[int] = set()

    @client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def on_publish(params: types.PublishDiagnosticsParams):
        published.add(params.version)

    @client.feature(types.CLIENT_REGISTER_CAPABILITY)
    def register(params: types.RegistrationParams):  # the server's config-file watchers
        return None

    await client.start_io(sys.executable, "-m", "plainlint", "server", cwd=str(path.parent))
    await client.initialize_async(types.InitializeParams(
        capabilities=client_capabilities("visual-studio-code"), root_uri=path.parent.as_uri()))
    client.initialized(types.InitializedParams())
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        types.TextDocumentItem(uri=path.as_uri(), language_id="markdown", version=1, text=text)))
    while 1 not in published:
        await asyncio.sleep(0.01)
    return client, published


async def fix_all_seconds(client: LanguageClient, document: types.TextDocumentIdentifier) -> float:
    """The time to the "fix all" edit: the source action, then codeAction/resolve when it came
    without its edit."""
    fix_all = types.CodeActionParams(document, types.Range(types.Position(0, 0), types.Position(0, 0)),
                                     types.CodeActionContext(diagnostics=[], only=[types.CodeActionKind.Source]))
    start = time.perf_counter()
    actions = await asyncio.wait_for(client.text_document_code_action_async(fix_all), WAIT_SECONDS)
    if actions and actions[0].edit is None:
        await asyncio.wait_for(client.code_action_resolve_async(actions[0]), WAIT_SECONDS)
    return time.perf_counter() - start


async def measure(path: Path, text: str, rounds: int) -> dict:
    """Seconds per request kind ("keystroke", "cursor", "fix all"), one figure per round."""
    client, published = await started_client(path, text)
    uri = path.as_uri()
    document = types.TextDocumentIdentifier(uri)
    at = edit_point(path.name, text)
    figures: dict[str, list[float]] = {"keystroke": [], "cursor": [], "fix all": []}
    version = 1
    for _ in range(rounds):
        for insert in (True, False):  # type the words, then take them away again
            version += 1
            change, text = typed_edit(text, at, insert=insert)
            client.text_document_did_change(types.DidChangeTextDocumentParams(
                types.VersionedTextDocumentIdentifier(uri=uri, version=version), [change]))
            if insert:
                request = types.CodeActionParams(document, fixable_range(text, at), types.CodeActionContext(
                    diagnostics=[], trigger_kind=types.CodeActionTriggerKind.Automatic))
                seconds, _ = await timed(client.text_document_code_action_async(request))
                figures["keystroke"].append(seconds)
                seconds, _ = await timed(client.text_document_code_action_async(request))
                figures["cursor"].append(seconds)
                figures["fix all"].append(await fix_all_seconds(client, document))
            while version not in published:
                await asyncio.sleep(0.01)
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()
    return figures


def main(argv=None) -> int:
    args = corpus_arguments(__doc__.split("\n")[0], argv, "rounds", 7, "rounds")
    if args is None:
        return 2
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    with tempfile.TemporaryDirectory() as folder:
        text = build_article(args.corpus)
        path = Path(folder) / "article.md"
        path.write_text(text, encoding="utf-8")
        figures = asyncio.run(measure(path, text, args.rounds))
    print(f"article.md {len(text.encode('utf-8')) / 1000:.0f}KB, {args.rounds} rounds")
    print(f"{'request':<10} {'median':>8} {'min':>8} {'max':>8}")
    for name, values in figures.items():
        print(f"{name:<10} {statistics.median(values) * 1000:>6.0f}ms {min(values) * 1000:>6.0f}ms "
              f"{max(values) * 1000:>6.0f}ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
