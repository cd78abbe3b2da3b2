"""`plainlint server` code actions beyond fixes, hover and related information (issue 35), end
to end: a pytest-lsp client drives the server subprocess, applies what it offers as an editor
would, and the server (and `plainlint check`) must then lint the result clean for that rule.
"""

from __future__ import annotations

import json

import pytest
from lsprotocol import types

from lsphelpers import apply_edits, covered, edits_of, open_document, published, session, until
from plhelpers import run_cli

pytestmark = [pytest.mark.asyncio, pytest.mark.process]

SUPPRESS = "quickfix.plainlint.suppress"
VOCABULARY = "quickfix.plainlint.vocabulary"

# name, language id, text (one PL101 "utilize"), the exact comment the action must insert.
COMMENT_TYPES = [
    ("article.md", "markdown", "# Café\n\nCafé 😀 — please utilize the form.  \nNext line, simply.\n",
     " <!-- plainlint-disable-line PL101 -->"),
    ("list.md", "markdown", "- one\n- Café 😀, please\n  utilize the form.\n",
     " <!-- plainlint-disable-line PL101 -->"),
    ("page.mdx", "mdx", 'import X from "./x"\n\n# Café\n\nCafé 😀 — please utilize the form.\n',
     " {/* plainlint-disable-line PL101 */}"),
    ("page.html", "html", "<p>Caf&eacute; &#128512; — please utilize the form.</p>\n",
     " <!-- plainlint-disable-line PL101 -->"),
    ("alt.html", "html", '<p>Hello.</p>\n<img src="a.png" alt="Café 😀, please\nutilize the form">\n',
     " <!-- plainlint-disable-line PL101 -->"),
    ("welcome.liquid", "liquid", "<p>Hi {{ customer.first_name }}, Café 😀 — please utilize the form.</p>\n",
     " {% comment %} plainlint-disable-line PL101 {% endcomment %}"),
    ("welcome.html.j2", "jinja-html", "<p>Hi {{ name }}, Café 😀 — please utilize the form.</p>\n",
     " {# plainlint-disable-line PL101 #}"),
    ("welcome.twig", "twig", "<p>Hi {{ name }}, Café — please utilize the form.</p>\n",
     " {# plainlint-disable-line PL101 #}"),
    ("welcome.hbs", "handlebars", "<p>Hi {{name}}, Café 😀 — please utilize the form.</p>\n",
     " {{! plainlint-disable-line PL101 }}"),
    # a plain-text mail renders the space before a comment: the comment is written against the text
    ("welcome.text.mustache", "mustache", "Hi {{name}}, Café 😀 — please utilize the form.\n",
     "{{! plainlint-disable-line PL101 }}"),
    ("welcome.text.erb", "erb", "Hi <%= @name %>, Café 😀 — please utilize the form.\n",
     "<%# plainlint-disable-line PL101 %>"),
    ("welcome.txt.j2", "jinja", "Hi {{ name }}, Café 😀 — please utilize the form.\n",
     "{# plainlint-disable-line PL101 #}"),
    ("welcome.html.erb", "erb", "<p>Hi <%= @name %>, Café 😀 — please utilize the form.</p>\n",
     " <%# plainlint-disable-line PL101 %>"),
    ("welcome.blade.php", "blade", "<p>Hi {{ $user->name }}, Café 😀 — please utilize the form.</p>\n",
     " {{-- plainlint-disable-line PL101 --}}"),
    ("replies.yaml", "yaml", '- title: Refund\n  body: "Café 😀 — please utilize the form."\n',
     " # plainlint-disable-line PL101"),
    # MJML keeps HTML comments (left22: no suppress comment was offered in a .mjml file)
    ("welcome.mjml", "mjml", '<mjml lang="en"><mj-body>\n<mj-text>Café 😀 — please utilize the form.</mj-text>\n'
     '</mj-body></mjml>\n', " <!-- plainlint-disable-line PL101 -->"),
    ("untitled:Untitled-2", "mjml", '<mjml lang="en"><mj-body>\n<mj-text>Please utilize the form.</mj-text>\n'
     '</mj-body></mjml>\n', " <!-- plainlint-disable-line PL101 -->"),
    ("untitled:Untitled-1", "liquid", "<p>Hi {{ name }}, please utilize the form.</p>\n",
     " {% comment %} plainlint-disable-line PL101 {% endcomment %}"),
]


def codes(params: types.PublishDiagnosticsParams) -> list[str]:
    return sorted(d.code for d in params.diagnostics)


def first(params: types.PublishDiagnosticsParams, code: str) -> types.Diagnostic:
    return next(d for d in params.diagnostics if d.code == code)


async def actions_at(client, uri: str, diagnostic: types.Diagnostic, only=None) -> list[types.CodeAction]:
    return await client.text_document_code_action_async(types.CodeActionParams(
        types.TextDocumentIdentifier(uri), diagnostic.range,
        types.CodeActionContext(diagnostics=[diagnostic], only=only)))


def change(client, uri: str, version: int, text: str) -> int:
    before = len(client.published)
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        types.VersionedTextDocumentIdentifier(uri=uri, version=version),
        [types.TextDocumentContentChangeWholeDocument(text=text)]))
    return before


async def test_suppress_on_this_line_in_each_file_types_comment(tmp_path):
    """The action inserts the type's directive; the server and `plainlint check` then report
    everything but that finding, and the page's prose is what it was."""
    saved = []
    async with session(tmp_path, ["utf-16"]) as client:
        for name, language, text, comment in COMMENT_TYPES:
            uri = name if name.startswith("untitled:") else (tmp_path / name).as_uri()
            open_document(client, uri, text, language)
            before = await published(client, uri, 1)
            assert "PL101" in codes(before), name
            actions = await actions_at(client, uri, first(before, "PL101"))
            suppress = [a for a in actions if a.kind == SUPPRESS]
            assert [a.title for a in suppress] == ["Suppress PL101 (jargon) on this line"], name
            assert [d.code for d in suppress[0].diagnostics] == ["PL101"]
            [edit] = edits_of(suppress[0], uri)
            assert edit.new_text == comment, name
            assert edit.range.start == edit.range.end  # an insertion, nothing replaced
            fixed = apply_edits(text, [edit], "utf-16")
            line = first(before, "PL101").range.start.line
            assert fixed.splitlines()[line].rstrip().endswith(comment.strip()), name
            after = await published(client, uri, 2, after=change(client, uri, 2, fixed))
            expected = [c for c in codes(before) if c != "PL101"]
            assert codes(after) == expected, name
            if not name.startswith("untitled:"):
                (tmp_path / name).write_text(fixed, encoding="utf-8", newline="")
                saved.append(name)
    found = json.loads(run_cli(["check", "--no-cache", "--format", "json", "--select", "PL101", *saved],
                               tmp_path).stdout or "[]")
    assert found == [], found


async def test_the_comment_goes_above_when_the_line_end_is_not_a_comment(tmp_path):
    """A line ending inside a multi-line HTML tag: the end of the line is inside an attribute, so
    the directive goes on the line above, as disable-next-line."""
    text = '<p>Hello.</p>\n<img src="a.png" alt="Café, please utilize the form"\n     width="10">\n'
    async with session(tmp_path, ["utf-16"]) as client:
        uri = (tmp_path / "mail.html").as_uri()
        open_document(client, uri, text, "html")
        before = await published(client, uri, 1)
        suppress = [a for a in await actions_at(client, uri, first(before, "PL101")) if a.kind == SUPPRESS]
        [edit] = edits_of(suppress[0], uri)
        assert edit.new_text == "<!-- plainlint-disable-next-line PL101 -->\n"
        assert (edit.range.start.line, edit.range.start.character) == (1, 0)
        fixed = apply_edits(text, [edit], "utf-16")
        after = await published(client, uri, 2, after=change(client, uri, 2, fixed))
        assert "PL101" not in codes(after)


CONFIG = "# team settings\nrules:\n  jargon: warning   # keep\n"
CONFIG_TYPES = [
    ("macros.json", "json", '[{"title": "Refund", "actions": [{"field": "comment_value", '
     '"value": "Caf\\u00e9 \\ud83d\\ude00 \\u2014 please utilize the form. Simply click Save."}]}]\n',
     {"files": ["help/macros.json"], "macros": ["Refund"], "rules": ["PL101"]}, "for macro 'Refund'"),
    ("notes.txt", "plaintext", "Café 😀\r\nPlease utilize the form. Simply click Save.\r\n",
     {"files": ["help/notes.txt"], "rules": ["PL101"]}, "for this file"),
    ("block.yaml", "yaml", "- title: Refund\n  body: |\n    Please utilize the form. Simply click Save.\n",
     {"files": ["help/block.yaml"], "macros": ["Refund"], "rules": ["PL101"]}, "for macro 'Refund'"),
]


async def test_no_comment_syntax_suppresses_in_the_nearest_config(tmp_path):
    """JSON and plain text have no comments (nor a YAML block scalar's line): the action adds a
    `suppress` entry to the nearest .plainlint.yaml, which the server writes, keeping its
    comments; every open document is linted again, and `plainlint check` agrees."""
    config = tmp_path / ".plainlint.yaml"
    config.write_text(CONFIG, encoding="utf-8")
    (tmp_path / "help").mkdir()
    async with session(tmp_path, ["utf-16"]) as client:
        for number, (name, language, text, entry, where) in enumerate(CONFIG_TYPES):
            path = tmp_path / "help" / name
            path.write_text(text, encoding="utf-8", newline="")
            uri = path.as_uri()
            open_document(client, uri, text, language)
            before = await published(client, uri, 1)
            assert codes(before) == ["PL101", "PL202"], name
            suppress = [a for a in await actions_at(client, uri, first(before, "PL101")) if a.kind == SUPPRESS]
            assert [a.title for a in suppress] == [f"Suppress PL101 (jargon) {where} in .plainlint.yaml"], name
            assert suppress[0].edit is None and suppress[0].command.command == "plainlint.suppressInConfig"
            waiting = len(client.published)
            await client.workspace_execute_command_async(types.ExecuteCommandParams(
                command=suppress[0].command.command, arguments=suppress[0].command.arguments))
            after = await published(client, uri, 1, after=waiting)
            assert codes(after) == ["PL202"], name
            written = config.read_text(encoding="utf-8")
            assert written.startswith(CONFIG) and "# keep" in written
            import yaml

            assert yaml.safe_load(written)["suppress"][number] == entry
    found = json.loads(run_cli(["check", "--no-cache", "--format", "json", "help"], tmp_path).stdout)
    assert sorted({f["code"] for f in found}) == ["PL202"]


async def test_no_config_action_without_a_yaml_config(tmp_path):
    """plainlint does not create a config behind the writer's back (nor edit pyproject.toml)."""
    text = '[{"title": "Refund", "actions": [{"field": "comment_value", "value": "Please utilize it."}]}]\n'
    async with session(tmp_path) as client:
        uri = (tmp_path / "macros.json").as_uri()
        open_document(client, uri, text, "json")
        diagnostic = first(await published(client, uri, 1), "PL101")
        kinds = [a.kind for a in await actions_at(client, uri, diagnostic, only=[types.CodeActionKind.QuickFix])]
        assert kinds == [types.CodeActionKind.QuickFix]
    (tmp_path / "pyproject.toml").write_text("[tool.plainlint]\nselect = [\"PL101\"]\n", encoding="utf-8")
    async with session(tmp_path) as client:
        open_document(client, uri, text, "json")
        diagnostic = first(await published(client, uri, 1), "PL101")
        assert [a.kind for a in await actions_at(client, uri, diagnostic, only=[types.CodeActionKind.QuickFix])] == \
            [types.CodeActionKind.QuickFix]


async def test_commands_change_only_the_files_in_use(tmp_path):
    (tmp_path / ".plainlint.yaml").write_text(CONFIG, encoding="utf-8")
    other = tmp_path / "elsewhere.yaml"
    other.write_text("x: 1\n", encoding="utf-8")
    async with session(tmp_path) as client:
        uri = (tmp_path / "notes.txt").as_uri()
        open_document(client, uri, "Please utilize it.\n", "plaintext")
        await published(client, uri, 1)
        await client.workspace_execute_command_async(types.ExecuteCommandParams(
            command="plainlint.suppressInConfig", arguments=[str(other), {"rules": ["PL101"]}]))
        await client.workspace_execute_command_async(types.ExecuteCommandParams(
            command="plainlint.addToVocabulary", arguments=[str(other), "kubectl"]))
        await until(lambda: len(client.messages) >= 2)
        assert all("not a config or vocabulary file in use" in m.message for m in client.messages)
    assert other.read_text(encoding="utf-8") == "x: 1\n"


async def test_add_to_vocabulary_then_lints_clean(tmp_path):
    (tmp_path / "styles").mkdir()
    accept = tmp_path / "styles" / "accept.txt"
    accept.write_text("# names we use\nAcme Cloud", encoding="utf-8")  # no final newline
    (tmp_path / ".plainlint.yaml").write_text("vocabulary:\n  accept: [styles/accept.txt]\n", encoding="utf-8")
    text = "# Café\n\nCafé 😀 — push it to Github and then utilize the form.\n"
    async with session(tmp_path, ["utf-16"]) as client:
        (tmp_path / "article.md").write_text(text, encoding="utf-8")
        uri = (tmp_path / "article.md").as_uri()
        open_document(client, uri, text, "markdown")
        before = await published(client, uri, 1)
        assert codes(before) == ["PL101", "PL501"]
        term = first(before, "PL501")
        assert covered(text, term.range, "utf-16") == "Github"
        actions = await actions_at(client, uri, term, only=[types.CodeActionKind.QuickFix])
        vocabulary = [a for a in actions if a.kind == VOCABULARY]
        assert [a.title for a in vocabulary] == ["Add 'Github' to the vocabulary (styles/accept.txt)"]
        # Jargon is not a vocabulary rule: no such action on "utilize".
        jargon = await actions_at(client, uri, first(before, "PL101"))
        assert not [a for a in jargon if a.kind == VOCABULARY]
        waiting = len(client.published)
        await client.workspace_execute_command_async(types.ExecuteCommandParams(
            command=vocabulary[0].command.command, arguments=vocabulary[0].command.arguments))
        after = await published(client, uri, 1, after=waiting)
        assert codes(after) == ["PL101"]
    assert accept.read_text(encoding="utf-8") == "# names we use\nAcme Cloud\nGithub\n"
    found = json.loads(run_cli(["check", "--no-cache", "--format", "json", "article.md"], tmp_path).stdout)
    assert [f["code"] for f in found] == ["PL101"], found


async def test_hover_shows_the_rule_summary_and_the_rewrite(tmp_path):
    text = "# Café\n\nCafé 😀 — please utilize the form.\n"
    async with session(tmp_path, ["utf-16"]) as client:
        uri = (tmp_path / "article.md").as_uri()
        open_document(client, uri, text, "markdown")
        diagnostic = first(await published(client, uri, 1), "PL101")
        inside = types.Position(diagnostic.range.start.line, diagnostic.range.start.character + 3)
        shown = await client.text_document_hover_async(types.HoverParams(types.TextDocumentIdentifier(uri), inside))
        assert shown.contents.kind == types.MarkupKind.Markdown
        value = shown.contents.value
        from plainlint.rules import find_rule

        assert value.startswith("**PL101 jargon** (warning)")
        assert find_rule("PL101").summary in value
        assert "Rewrite (safe fix): Replace 'utilize' with 'use'" in value
        assert "/docs/rules/PL101.md" in value
        assert covered(text, shown.range, "utf-16") == "utilize"
        outside = types.Position(0, 1)
        assert await client.text_document_hover_async(types.HoverParams(types.TextDocumentIdentifier(uri), outside)) is None


async def test_related_information_for_link_text_and_contrast(tmp_path):
    links = ("# Café — billing 😀\n\nOpen [billing](https://a.example/billing) first.\n\n"
             "Later, Café 😀 — open [billing](https://b.example/other) again.\n")
    colours = ('<p style="color:#999999">Your invoice is attached.</p>\n'
               '<p>Caf&eacute; 😀 — <span style="color:#999999">Pay now</span></p>\n')
    async with session(tmp_path, ["utf-16"]) as client:
        uri = (tmp_path / "links.md").as_uri()
        open_document(client, uri, links, "markdown")
        diagnostic = first(await published(client, uri, 1), "PL403")
        assert covered(links, diagnostic.range, "utf-16") == "billing" and diagnostic.range.start.line == 4
        [related] = diagnostic.related_information
        assert related.location.uri == uri and related.location.range.start.line == 2
        assert covered(links, related.location.range, "utf-16") == "billing"
        assert related.message == "the other link with the text 'billing'"
        uri = (tmp_path / "mail.html").as_uri()
        open_document(client, uri, colours, "html")
        diagnostic = first(await published(client, uri, 1), "PL409")
        assert [covered(colours, r.location.range, "utf-16") for r in diagnostic.related_information] == ["Pay now"]


SAVED_REPLIES = ("# Saved replies\n\n## Needs more information\n\n```\nThanks for the report! Please utilize the "
                 "issue template so we can reproduce it.\n```\n")
FILL_IN_REPLY = "Hi [Customer name],\n\nThanks for the report! Please utilize [the form we linked] today.\n\nThanks,\nAna\n"


@pytest.mark.parametrize("folder, name, text", [
    # A saved-replies file reads its bare reply fences as prose with no `lint-fenced` set
    # (readers.fenced.prose_fences): the action's re-read must read them too.
    (".github", "SAVED_REPLIES.md", SAVED_REPLIES),
    # A reply's fill-ins are placeholders in the prose linted (reading/fill_ins.py): the re-read
    # must make them placeholders too (fillin, session 15).
    ("replies", "report.md", FILL_IN_REPLY),
])
async def test_suppress_on_this_line_in_a_reply(tmp_path, folder, name, text):
    """The suppress action re-reads the edited text; it must read the prose the linter read, or
    it sees other prose and offers no action."""
    async with session(tmp_path, ["utf-16"]) as client:
        (tmp_path / folder).mkdir()
        uri = (tmp_path / folder / name).as_uri()
        open_document(client, uri, text, "markdown")
        before = await published(client, uri, 1)
        assert "PL101" in codes(before)
        suppress = [a for a in await actions_at(client, uri, first(before, "PL101")) if a.kind == SUPPRESS]
        assert [a.title for a in suppress] == ["Suppress PL101 (jargon) on this line"]
        [edit] = edits_of(suppress[0], uri)
        fixed = apply_edits(text, [edit], "utf-16")
        after = await published(client, uri, 2, after=change(client, uri, 2, fixed))
        assert "PL101" not in codes(after)


async def test_a_reply_fenced_in_mdx_is_suppressed_around_its_fence(tmp_path):
    """A saved reply in a fence of an MDX page: an MDX comment inside the fence would be part of
    the reply, so the action puts a `disable` line above the fence and an `enable` line below
    it; the finding after the fence stays."""
    text = ("# Saved replies\n\n## Thanks\n\n```markdown\nThanks 😀! Please utilize the form.\n```\n\n"
            "Please utilize these replies with care.\n")
    async with session(tmp_path, ["utf-16"]) as client:
        (tmp_path / "saved-replies").mkdir()
        uri = (tmp_path / "saved-replies" / "replies.mdx").as_uri()
        open_document(client, uri, text, "mdx")
        before = await published(client, uri, 1)
        inside, outside = [d for d in before.diagnostics if d.code == "PL101"]
        suppress = [a for a in await actions_at(client, uri, inside) if a.kind == SUPPRESS]
        assert [a.title for a in suppress] == ["Suppress PL101 (jargon) in this fenced block"]
        fixed = apply_edits(text, edits_of(suppress[0], uri), "utf-16")
        assert fixed == text.replace("```markdown\n", "{/* plainlint-disable PL101 */}\n```markdown\n").replace(
            "form.\n```\n", "form.\n```\n{/* plainlint-enable PL101 */}\n")
        after = await published(client, uri, 2, after=change(client, uri, 2, fixed))
        assert [d.range.start.line for d in after.diagnostics if d.code == "PL101"] == [outside.range.start.line + 2]


async def test_a_docusaurus_md_is_read_and_suppressed_as_mdx(tmp_path):
    """A `.md` page of a Docusaurus site is MDX (reading/docusaurus.py), in the editor as in
    `plainlint check`: its `{/* comment */}` is not prose, and the suppress action writes an MDX
    comment, which the re-read finds."""
    text = ("# Install\n\nimport Tabs from '@theme/Tabs';\n\n{/* we will utilize new screenshots */}\n\n"
            "Please utilize the installer.\n")
    async with session(tmp_path, ["utf-16"]) as client:
        (tmp_path / "docs").mkdir()
        (tmp_path / "docusaurus.config.js").write_text("module.exports = {title: 'Help'};\n")
        uri = (tmp_path / "docs" / "install.md").as_uri()
        open_document(client, uri, text, "markdown")
        before = await published(client, uri, 1)
        assert [d.range.start.line for d in before.diagnostics if d.code == "PL101"] == [6]
        suppress = [a for a in await actions_at(client, uri, first(before, "PL101")) if a.kind == SUPPRESS]
        assert suppress and "{/* plainlint-disable" in edits_of(suppress[0], uri)[0].new_text
        fixed = apply_edits(text, edits_of(suppress[0], uri), "utf-16")
        after = await published(client, uri, 2, after=change(client, uri, 2, fixed))
        assert "PL101" not in codes(after)


TAG_CASES = [
    # a component's title on the tag's first line: the directive goes above the tag, as next-line
    ("first.mdx", "mdx", '# Refunds\n\n<Card title="Please utilize the form"\n  href="/refunds" />\n',
     '# Refunds\n\n{/* plainlint-disable-next-line PL101 */}\n<Card title="Please utilize the form"\n'
     '  href="/refunds" />\n'),
    # on a later line of the tag: nothing inside the tag; disable above it, enable below it
    ("later.mdx", "mdx", '# Refunds\n\n<Card\n  title="Café 😀, please utilize the portal" href="/x"\n/>\n\nDone.\n',
     '# Refunds\n\n{/* plainlint-disable PL101 */}\n<Card\n  title="Café 😀, please utilize the portal" href="/x"\n/>\n'
     '{/* plainlint-enable PL101 */}\n\nDone.\n'),
    ("later.html", "html", '<p>Hello.</p>\n<img src="a.png"\n     alt="Café, please utilize the form"\n     width="10">\n',
     '<p>Hello.</p>\n<!-- plainlint-disable PL101 -->\n<img src="a.png"\n     alt="Café, please utilize the form"\n'
     '     width="10">\n<!-- plainlint-enable PL101 -->\n'),
]


@pytest.mark.parametrize("name, language, text, expected", TAG_CASES, ids=[c[0] for c in TAG_CASES])
async def test_no_comment_inside_a_tag_written_over_lines(tmp_path, name, language, text, expected):
    """An MDX or HTML comment inside a tag's attributes is no comment: MDX refuses to compile the
    page ("Unexpected empty expression"; user33, 12 of 12 such actions on two MDX sites). The
    directive goes above the tag (next-line when the finding is on the tag's first line), or
    around it."""
    async with session(tmp_path, ["utf-16"]) as client:
        uri = (tmp_path / name).as_uri()
        open_document(client, uri, text, language)
        before = await published(client, uri, 1)
        suppress = [a for a in await actions_at(client, uri, first(before, "PL101")) if a.kind == SUPPRESS]
        assert len(suppress) == 1, [a.title for a in suppress]
        fixed = apply_edits(text, edits_of(suppress[0], uri), "utf-16")
        assert fixed == expected
        after = await published(client, uri, 2, after=change(client, uri, 2, fixed))
        assert "PL101" not in codes(after)
