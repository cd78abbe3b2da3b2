"""`plainlint server` end to end: a pytest-lsp client drives the server as a subprocess, the way
an editor does (initialize, open, edit, code actions, config changes, close, shutdown).

Every document puts accents, an emoji (two UTF-16 units, four UTF-8 bytes), CJK, an entity, a
JSON escape or a template tag before the flagged word, so a range in the wrong unit, or one that
forgot the source mapping, covers the wrong text.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest
from lsprotocol import types

from lsphelpers import SERVER, apply_edits, covered, edits_of, open_document, published, session, until
from plhelpers import HEADLINE, run_cli

pytestmark = [pytest.mark.asyncio, pytest.mark.process]

# name, language id, text, what the PL101 (jargon) range must cover
DOCUMENTS = [
    ("article.md", "markdown", "# Café\n\nCafé 😀 日本語 — please utilize the form.\n", "utilize"),
    ("page.mdx", "mdx", 'import X from "./x"\n\n# Café\n\nCafé 😀 — please utilize the form.\n', "utilize"),
    ("page.html", "html", "<p>Caf&eacute; &#128512; 日本 — please utilize the form.</p>\n", "utilize"),
    ("welcome.liquid", "liquid", "<p>Hi {{ customer.first_name }}, Café 😀 — please utilize the form.</p>\n", "utilize"),
    ("notes.txt", "plaintext", "Café 😀\r\nCafé 😀 — please utilize the form.\r\n", "utilize"),
    ("macros.json", "json", '[{"title": "Refund", "actions": [{"field": "comment_value", '
     '"value": "Caf\\u00e9 \\ud83d\\ude00 \\u2014 please utili\\u007ae the form."}]}]\n', "utili\\u007ae"),
    ("replies.yaml", "yaml", '- title: Refund\n  body: "Café 😀 — please utilize the form."\n', "utilize"),
    # the language server's `mjml` language id (left22; trial14 left it)
    ("welcome.mjml", "mjml", '<mjml lang="en"><mj-body><mj-text>Café 😀 — please utilize the form.</mj-text>'
     '</mj-body></mjml>\n', "utilize"),
]
ENCODINGS = [(["utf-16"], "utf-16"), (["utf-8", "utf-16"], "utf-8"), (["utf-32"], "utf-32")]


def jargon(params: types.PublishDiagnosticsParams) -> list[types.Diagnostic]:
    return [d for d in params.diagnostics if d.code == "PL101"]


@pytest.mark.parametrize("offered,negotiated", ENCODINGS)
async def test_every_type_exact_ranges_in_the_negotiated_encoding(tmp_path, offered, negotiated):
    async with session(tmp_path, offered) as client:
        assert client.init_result.capabilities.position_encoding == negotiated
        for name, language, text, flagged in DOCUMENTS:
            path = tmp_path / name
            path.write_text(text, encoding="utf-8", newline="")
            open_document(client, path.as_uri(), text, language)
            found = jargon(await published(client, path.as_uri(), 1))
            assert [covered(text, d.range, negotiated) for d in found] == [flagged], name
            diagnostic = found[0]
            assert diagnostic.severity == types.DiagnosticSeverity.Warning
            assert diagnostic.source == "plainlint"
            assert diagnostic.code_description.href.endswith("/docs/rules/PL101.md")


async def test_ranges_agree_with_the_cli(tmp_path):
    """The server's line and UTF-8 column are the CLI's `--column-unit utf-8` ones."""
    server = []
    async with session(tmp_path, ["utf-8"]) as client:
        for name, language, text, _ in DOCUMENTS:
            path = tmp_path / name
            path.write_text(text, encoding="utf-8", newline="")
            open_document(client, path.as_uri(), text, language)
            server += [(name, d.range.start.line + 1, d.range.start.character + 1)
                       for d in (await published(client, path.as_uri(), 1)).diagnostics]
    lines = run_cli(["check", "--format", "concise", "--column-unit", "utf-8", "--no-cache",
                     *(name for name, *_ in DOCUMENTS)], tmp_path).stdout.splitlines()
    cli = [(m["path"], int(m["line"]), int(m["col"])) for m in map(HEADLINE.match, lines)]
    assert sorted(server) == sorted(cli) and len(cli) >= len(DOCUMENTS)


async def test_untitled_buffers_read_by_language_id(tmp_path):
    async with session(None) as client:
        assert client.init_result.capabilities.position_encoding == "utf-16"  # the default
        for number, (_, language, text, flagged) in enumerate(DOCUMENTS):
            uri = f"untitled:Untitled-{number}"
            open_document(client, uri, text, language)
            found = jargon(await published(client, uri, 1))
            assert [covered(text, d.range, "utf-16") for d in found] == [flagged], language
        open_document(client, "untitled:Untitled-x", "Please utilize the form.\n", "python")
        assert not (await published(client, "untitled:Untitled-x", 1)).diagnostics


async def test_full_and_incremental_edits(tmp_path):
    path = tmp_path / "article.md"
    text = "Café 😀 — please utilize the form.\nLine\u2028with a separator, utilize it.\n"
    async with session(tmp_path, ["utf-16"]) as client:
        uri = path.as_uri()
        open_document(client, uri, text, "markdown")
        first = await published(client, uri, 1)
        # U+2028 does not end an LSP line: the second finding is on line 1, after it.
        assert [(d.range.start.line, covered(text, d.range, "utf-16")) for d in jargon(first)] == \
            [(0, "utilize"), (1, "utilize")]
        # Incremental: put an emoji and CJK before the first finding (after "Café 😀 ").
        before = len(client.published)
        insert = types.Position(0, 8)
        client.text_document_did_change(types.DidChangeTextDocumentParams(
            types.VersionedTextDocumentIdentifier(uri=uri, version=2),
            [types.TextDocumentContentChangePartial(range=types.Range(insert, insert), text="日本 🎉 ")]))
        text = text[:7] + "日本 🎉 " + text[7:]
        second = await published(client, uri, 2, after=before)
        assert [covered(text, d.range, "utf-16") for d in jargon(second)] == ["utilize", "utilize"]
        # Incremental on the line after U+2028: replace the second "utilize" with "use".
        start = text.index("utilize it")
        line_start = text.index("Line")
        rng = types.Range(types.Position(1, start - line_start), types.Position(1, start - line_start + 7))
        client.text_document_did_change(types.DidChangeTextDocumentParams(
            types.VersionedTextDocumentIdentifier(uri=uri, version=3),
            [types.TextDocumentContentChangePartial(range=rng, text="use")]))
        text = text[:start] + "use" + text[start + 7:]
        third = await published(client, uri, 3, after=before)
        assert [covered(text, d.range, "utf-16") for d in jargon(third)] == ["utilize"]
        # Full sync.
        text = "Nothing to flag here.\n\nWe utilize plain words.\n"
        client.text_document_did_change(types.DidChangeTextDocumentParams(
            types.VersionedTextDocumentIdentifier(uri=uri, version=4),
            [types.TextDocumentContentChangeWholeDocument(text=text)]))
        fourth = await published(client, uri, 4, after=before)
        assert [(d.range.start.line, covered(text, d.range, "utf-16")) for d in jargon(fourth)] == [(2, "utilize")]


async def test_quick_typing_publishes_only_the_latest_version(tmp_path):
    path = tmp_path / "article.md"
    async with session(tmp_path) as client:
        uri = path.as_uri()
        open_document(client, uri, "Start.\n", "markdown")
        await published(client, uri, 1)
        before = len(client.published)
        for version in range(2, 12):  # faster than the debounce: one lint, for version 11
            client.text_document_did_change(types.DidChangeTextDocumentParams(
                types.VersionedTextDocumentIdentifier(uri=uri, version=version),
                [types.TextDocumentContentChangeWholeDocument(text=f"Please utilize it {version} times.\n")]))
        last = await published(client, uri, 11, after=before)
        assert [d.range.start.character for d in jargon(last)] == [7]
        assert {p.version for p in client.published[before:]} == {11}


async def test_quick_fix_then_lints_clean_for_that_rule(tmp_path):
    text = "# Café\n\nCafé 😀 — please utilize the form. Simply click Save.\n"
    path = tmp_path / "article.md"
    async with session(tmp_path, ["utf-16"]) as client:
        uri = path.as_uri()
        open_document(client, uri, text, "markdown")
        diagnostic = jargon(await published(client, uri, 1))[0]
        actions = await client.text_document_code_action_async(types.CodeActionParams(
            types.TextDocumentIdentifier(uri), diagnostic.range, types.CodeActionContext(diagnostics=[diagnostic])))
        quick = [a for a in actions if a.kind == types.CodeActionKind.QuickFix]
        assert [a.title for a in quick] == ["Replace 'utilize' with 'use' (PL101)"]
        assert quick[0].is_preferred
        assert quick[0].edit.document_changes[0].text_document.version == 1
        fixed = apply_edits(text, edits_of(quick[0], uri), "utf-16")
        assert fixed == text.replace("utilize", "use")
        before = len(client.published)
        client.text_document_did_change(types.DidChangeTextDocumentParams(
            types.VersionedTextDocumentIdentifier(uri=uri, version=2),
            [types.TextDocumentContentChangeWholeDocument(text=fixed)]))
        after = await published(client, uri, 2, after=before)
        assert not jargon(after)
        assert {d.code for d in after.diagnostics} == {"PL202"}  # "Simply" is still there


async def test_unsafe_fix_says_to_review_the_sentence_after(tmp_path):
    text = "Dear Sir or Madam,\n\nYour refund is on its way.\n"
    async with session(tmp_path) as client:
        uri = (tmp_path / "reply.md").as_uri()
        open_document(client, uri, text, "markdown")
        diagnostic = [d for d in (await published(client, uri, 1)).diagnostics if d.code == "PL203"][0]
        actions = await client.text_document_code_action_async(types.CodeActionParams(
            types.TextDocumentIdentifier(uri), diagnostic.range, types.CodeActionContext(diagnostics=[])))
        rewrite = [a for a in actions if "PL203" in a.title]
        # What it does first, in the writer's words, then its code, then the caution (user37).
        assert rewrite and rewrite[0].title == "Replace 'Dear Sir or Madam' with 'Hello' (PL203) (review the sentence after)"
        assert not rewrite[0].is_preferred
        assert apply_edits(text, edits_of(rewrite[0], uri), "utf-16").startswith("Hello,")
        # Fix all applies safe fixes only: the unsafe rewrite is not part of it.
        everything = await client.text_document_code_action_async(types.CodeActionParams(
            types.TextDocumentIdentifier(uri), types.Range(types.Position(0, 0), types.Position(0, 0)),
            types.CodeActionContext(diagnostics=[], only=[types.CodeActionKind.SourceFixAll])))
        assert not everything


FIX_ALL = [
    ("article.md", "markdown", "Café 😀 — in order to reset it, simply utilize the form.\n\nWe are able to help.\n"),
    ("macros.json", "json", '[{"title": "R", "actions": [{"field": "comment_value", "value": '
     '"Caf\\u00e9 \\ud83d\\ude00 \\u2014 in order to reset it, simply utilize the \\"form\\"."}]}]\n'),
    ("page.html", "html", "<p>Caf&eacute; — in order to reset it, simply utilize the form.</p>\n"),
    ("welcome.liquid", "liquid", "<p>Hi {{ name }}, in order to reset it, simply utilize the form.</p>\n"),
]


async def test_fix_all_is_plainlint_check_fix(tmp_path):
    """`source.fixAll.plainlint` makes exactly the text `plainlint check --fix` writes."""
    fixed = {}
    async with session(tmp_path, ["utf-8"]) as client:
        for name, language, text in FIX_ALL:
            path = tmp_path / name
            path.write_text(text, encoding="utf-8")
            uri = path.as_uri()
            open_document(client, uri, text, language)
            await published(client, uri, 1)
            actions = await client.text_document_code_action_async(types.CodeActionParams(
                types.TextDocumentIdentifier(uri), types.Range(types.Position(0, 0), types.Position(0, 0)),
                types.CodeActionContext(diagnostics=[], only=[types.CodeActionKind.Source])))
            assert [a.kind for a in actions] == ["source.fixAll.plainlint"], name
            # VS Code resolves edits: "fix all" comes without one, made by codeAction/resolve
            assert actions[0].edit is None and actions[0].data["version"] == 1, name
            resolved = await client.code_action_resolve_async(actions[0])
            fixed[name] = apply_edits(text, edits_of(resolved, uri), "utf-8")
    run_cli(["check", "--fix", "--no-cache", *fixed], tmp_path)
    for name, _, text in FIX_ALL:
        assert fixed[name] == (tmp_path / name).read_text(encoding="utf-8") != text, name


async def test_config_file_changes_are_read_again(tmp_path):
    text = "Please utilize the form. Simply click Save.\n"
    async with session(tmp_path) as client:
        await until(lambda: client.registrations)
        assert [r.method for r in client.registrations] == ["workspace/didChangeWatchedFiles"]
        uri = (tmp_path / "docs" / "article.md").as_uri()
        open_document(client, uri, text, "markdown")
        assert {d.code for d in (await published(client, uri, 1)).diagnostics} == {"PL101", "PL202"}
        config = tmp_path / ".plainlint.yaml"
        config.write_text("ignore: [jargon]\n", encoding="utf-8")
        before = len(client.published)
        client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(
            [types.FileEvent(uri=config.as_uri(), type=types.FileChangeType.Created)]))
        assert {d.code for d in (await published(client, uri, 1, after=before)).diagnostics} == {"PL202"}
        config.write_text("rules:\n  jargon: error\n", encoding="utf-8")
        before = len(client.published)
        client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(
            [types.FileEvent(uri=config.as_uri(), type=types.FileChangeType.Changed)]))
        severities = {d.code: d.severity for d in (await published(client, uri, 1, after=before)).diagnostics}
        assert severities == {"PL101": types.DiagnosticSeverity.Error, "PL202": types.DiagnosticSeverity.Warning}
        # A broken config is one diagnostic naming it, not silence.
        config.write_text("rules: [\n", encoding="utf-8")
        before = len(client.published)
        client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(
            [types.FileEvent(uri=config.as_uri(), type=types.FileChangeType.Changed)]))
        broken = (await published(client, uri, 1, after=before)).diagnostics
        assert len(broken) == 1 and ".plainlint.yaml" in broken[0].message and "invalid YAML" in broken[0].message


async def test_nearest_config_to_the_file(tmp_path):
    """Each file gets the config nearest to it, also for a file not yet on disk."""
    (tmp_path / "replies").mkdir()
    (tmp_path / "replies" / ".plainlint.yaml").write_text("ignore: [assumptive]\n", encoding="utf-8")
    text = "Please utilize the form. Simply click Save.\n"
    async with session(tmp_path) as client:
        inner = (tmp_path / "replies" / "new" / "draft.md").as_uri()  # folder "new" does not exist
        outer = (tmp_path / "article.md").as_uri()
        open_document(client, inner, text, "markdown")
        open_document(client, outer, text, "markdown")
        assert {d.code for d in (await published(client, inner, 1)).diagnostics} == {"PL101"}
        assert {d.code for d in (await published(client, outer, 1)).diagnostics} == {"PL101", "PL202"}


async def test_initialization_options_without_a_config(tmp_path):
    text = "Please utilize the form. Simply click Save.\n"
    async with session(tmp_path, options={"select": ["assumptive"], "ignore": []}) as client:
        uri = (tmp_path / "article.md").as_uri()
        open_document(client, uri, text, "markdown")
        assert {d.code for d in (await published(client, uri, 1)).diagnostics} == {"PL202"}
    (tmp_path / ".plainlint.yaml").write_text("select: [jargon]\n", encoding="utf-8")
    async with session(tmp_path, options={"select": ["assumptive"]}) as client:  # a config wins
        open_document(client, uri, text, "markdown")
        assert {d.code for d in (await published(client, uri, 1)).diagnostics} == {"PL101"}


async def test_file_errors_are_one_diagnostic(tmp_path):
    async with session(tmp_path, ["utf-16"]) as client:
        bad = '{"title": "Café 😀",\n  "body": [1,}\n'
        uri = (tmp_path / "bad.json").as_uri()
        open_document(client, uri, bad, "json")
        [error] = (await published(client, uri, 1)).diagnostics
        assert error.severity == types.DiagnosticSeverity.Error and "invalid JSON" in error.message
        assert (error.range.start.line, error.range.start.character) == (1, 13)
        # A lone surrogate (bytes the editor could not decode) cannot be written back as UTF-8.
        odd = "Café 😀 ok\nline \ud800 here\n"
        uri = (tmp_path / "odd.md").as_uri()
        open_document(client, uri, odd, "markdown")
        [error] = (await published(client, uri, 1)).diagnostics
        assert "UTF-8" in error.message and (error.range.start.line, error.range.start.character) == (1, 5)


CRASHING_SERVER = textwrap.dedent("""
    import sys
    from plainlint.rules import find_rule
    jargon = find_rule("PL101")
    real = jargon.check
    def check(doc, options):
        if "CRASH-ME" in doc.source.text:
            raise RuntimeError("a bug in a rule")
        return real(doc, options)
    jargon.check = check
    from plainlint.cli import main
    sys.argv = ["plainlint", "server"]
    main()
""")


async def test_a_crash_is_logged_and_the_server_keeps_serving(tmp_path):
    async with session(tmp_path, command=[sys.executable, "-c", CRASHING_SERVER]) as client:
        crash = (tmp_path / "crash.md").as_uri()
        open_document(client, crash, "CRASH-ME: please utilize it.\n", "markdown")
        [error] = (await published(client, crash, 1)).diagnostics
        said = "internal error in rule PL101 (jargon): RuntimeError('a bug in a rule') (please report it)"
        assert error.message == said
        logged = [m for m in client.log_messages if m.type == types.MessageType.Error]
        first, *trace = logged[0].message.splitlines()
        assert first == f"plainlint: {crash}: {said}"  # one line that says it all, then the traceback
        assert "RuntimeError: a bug in a rule" in trace and "Traceback (most recent call last):" in trace
        fine = (tmp_path / "fine.md").as_uri()
        open_document(client, fine, "Please utilize it.\n", "markdown")
        assert [d.code for d in (await published(client, fine, 1)).diagnostics] == ["PL101"]


async def test_close_clears_diagnostics(tmp_path):
    async with session(tmp_path) as client:
        uri = (tmp_path / "article.md").as_uri()
        open_document(client, uri, "Please utilize it.\n", "markdown")
        await published(client, uri, 1)
        before = len(client.published)
        client.text_document_did_close(types.DidCloseTextDocumentParams(types.TextDocumentIdentifier(uri)))
        assert not (await published(client, uri, after=before)).diagnostics


async def test_neovim_0_7_capabilities_get_plain_changes(tmp_path):
    """A client without versioned document changes gets `changes` (Neovim 0.7 supports both;
    Emacs 29's eglot declares documentChanges)."""
    text = "Please utilize it.\n"
    async with session(tmp_path, capabilities="neovim@v0.7.0") as client:
        client.capabilities.workspace.workspace_edit.document_changes = False
        uri = (tmp_path / "article.md").as_uri()
        open_document(client, uri, text, "markdown")
        diagnostic = jargon(await published(client, uri, 1))[0]
        actions = await client.text_document_code_action_async(types.CodeActionParams(
            types.TextDocumentIdentifier(uri), diagnostic.range, types.CodeActionContext(diagnostics=[])))
        # "fix all" comes without its edit (Neovim 0.7 resolves edits): resolved, it is plain too
        actions = [a if a.edit is not None else await client.code_action_resolve_async(a) for a in actions]
        assert actions and all(a.edit.document_changes is None or a.edit.changes for a in actions)
        assert apply_edits(text, edits_of(actions[0], uri), "utf-16") == "Please use it.\n"
        assert apply_edits(text, edits_of(actions[-1], uri), "utf-16") == "Please use it.\n"


async def test_tcp_listens_on_localhost_only(tmp_path):  # blocking calls: nothing else runs on its loop
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([*SERVER, "--tcp", str(port)], cwd=tmp_path, stderr=subprocess.PIPE)
    try:
        import time

        for _ in range(200):
            try:
                connection = socket.create_connection(("127.0.0.1", port), timeout=5)
                break
            except OSError:
                time.sleep(0.05)
        else:
            pytest.fail("plainlint server --tcp did not listen")
        listening = open("/proc/net/tcp").read() if os.path.exists("/proc/net/tcp") else ""
        body = b'{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{}}}'
        with connection:
            connection.sendall(b"Content-Length: %d\r\n\r\n" % len(body) + body)
            reply = connection.recv(65536)
        assert b'"positionEncoding":"utf-16"' in reply.replace(b" ", b"")
        if listening:
            local = [line.split()[1] for line in listening.splitlines()[1:] if line.split()[3] == "0A"]
            assert f"0100007F:{port:04X}" in local and not any(a.endswith(f":{port:04X}") and not a.startswith("0100007F")
                                                                for a in local)
    finally:
        server.kill()
        server.wait()


@pytest.mark.parametrize("shutdown,code", [(True, 0), (False, 1)])
async def test_exit_code_says_whether_shutdown_came_first(tmp_path, shutdown, code):
    """LSP: `exit` after `shutdown` exits 0, without it 1 (pygls would return 0 both times).
    Blocking calls: nothing else runs on its loop."""
    def message(method, params, id=None):
        body = json.dumps({"jsonrpc": "2.0", "method": method, "params": params,
                           **({"id": id} if id is not None else {})}).encode()
        return b"Content-Length: %d\r\n\r\n" % len(body) + body

    session = [message("initialize", {"processId": None, "rootUri": None, "capabilities": {}}, 1),
               message("initialized", {}), *([message("shutdown", None, 2)] if shutdown else []),
               message("exit", None)]
    done = subprocess.run(SERVER, cwd=tmp_path, input=b"".join(session), capture_output=True, timeout=60)
    assert done.returncode == code, done.stderr


async def test_fix_all_without_resolve_support_and_a_stale_resolve(tmp_path):
    """A client that cannot resolve edits gets "fix all" with its edit; a resolve for a version
    the document has left makes no edit (it would apply to other text)."""
    text = "Please utilize it in order to pay.\n"
    uri = (tmp_path / "article.md").as_uri()
    source_only = types.CodeActionContext(diagnostics=[], only=[types.CodeActionKind.Source])
    whole = types.Range(types.Position(0, 0), types.Position(0, 0))
    async with session(tmp_path, ["utf-16"]) as client:
        open_document(client, uri, text, "markdown")
        await published(client, uri, 1)
        lazy = await client.text_document_code_action_async(types.CodeActionParams(
            types.TextDocumentIdentifier(uri), whole, source_only))
        before = len(client.published)
        client.text_document_did_change(types.DidChangeTextDocumentParams(
            types.VersionedTextDocumentIdentifier(uri=uri, version=2),
            [types.TextDocumentContentChangeWholeDocument(text="Plain words.\n")]))
        await published(client, uri, 2, after=before)
        assert (await client.code_action_resolve_async(lazy[0])).edit is None

    def no_resolve(caps):
        caps.text_document.code_action.resolve_support = None

    async with session(tmp_path, ["utf-16"], adjust=no_resolve) as client:
        open_document(client, uri, text, "markdown")
        await published(client, uri, 1)
        eager = await client.text_document_code_action_async(types.CodeActionParams(
            types.TextDocumentIdentifier(uri), whole, source_only))
        assert apply_edits(text, edits_of(eager[0], uri), "utf-16") == "Please use it to pay.\n"
