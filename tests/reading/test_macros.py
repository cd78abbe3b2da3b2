"""Macros and canned replies in JSON and YAML: exact positions through escapes, shapes, fields."""

import json

import pytest

from plainlint.reading.readers.macros import detect_shape, parse_path
from plainlint.reading.readers.json_tree import parse_json
from plainlint.reading.readers.structured import Scalar, parse_yaml
from plhelpers import lint_bytes, lint_text, run_cli, settings_for, spans


def zendesk(value: str, field: str = "comment_value", title: str = "Refund approved") -> str:
    macro = {"macro": {"id": 42, "title": title, "actions": [
        {"field": "status", "value": "solved"},
        {"field": field, "value": value},
    ]}}
    return json.dumps(macro, indent=2, ensure_ascii=False) + "\n"


def column_of(text: str, needle: str) -> tuple[int, int]:
    offset = text.index(needle)
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


@pytest.mark.parametrize("before", [
    'Hi \\"there\\",\\n\\n',           # escaped quotes and newlines
    "Caf\\u00e9 \\ud83d\\ude00 ok. ",  # \u escapes and a surrogate pair for one emoji
    "Café 😀 — ok. ",                    # raw non-ASCII and emoji
    "Tab\\there\\\\back. ",             # \t and an escaped backslash
])
def test_escapes_and_emoji_before_a_finding_keep_the_column(before):
    text = '{"macros": [{"title": "T", "actions": [{"field": "comment_value", "value": "' + before + 'Please utilize the form."}]}]}\n'
    found = spans(lint_text(text, "macros.json", select=["jargon"]))
    assert found == [(1, *column_of(text, "utilize")[1:], 1, column_of(text, "utilize")[1] + 7, "utilize")]


def test_minified_export_reports_the_right_column_deep_into_line_one():
    filler = [{"id": i, "title": f"Macro {i}", "actions": [{"field": "comment_value", "value": "Thanks for writing in."}]}
              for i in range(400)]
    filler.append({"id": 999, "title": "Late", "actions": [{"field": "comment_value", "value": "We apologize for any inconvenience."}]})
    text = json.dumps({"macros": filler}, separators=(",", ":"))
    assert len(text) > 30_000 and "\n" not in text
    found = [f for f in lint_text(text, "export.json") if f.rule == "cliche"]
    assert [(f.line, f.column) for f in found] == [column_of(text, "We apologize")]
    assert found[0].context["macro"] == "Late"


def test_html_in_json_goes_through_the_html_reader():
    value = '<p>Hi {{ticket.requester.first_name}},</p><p>We&#8217;ll <a href="https://x.test/utilize">click here</a> &amp; utilize it.</p>'
    text = zendesk(value, "comment_value_html")
    found = lint_text(text, "macro.json", select=["jargon", "link-text"])
    by_rule = {f.rule: f for f in found}
    assert set(by_rule) == {"jargon", "link-text"}  # nothing from the URL or the placeholder
    assert (by_rule["jargon"].line, by_rule["jargon"].column) == column_of(text, "utilize it")
    assert text[by_rule["link-text"].start:by_rule["link-text"].end] == "click here"


def freshdesk_reply(content: str, content_html: str) -> str:
    return json.dumps([{"id": 7, "title": "Shipping", "folder_id": 3, "content": content,
                        "content_html": content_html}], indent=2) + "\n"


def intercom_reply(body_text: str, body: str) -> str:
    return json.dumps({"type": "list", "data": [{"type": "macro", "id": "9", "name": "Shipping",
                                                 "body": body, "body_text": body_text}]}, indent=2) + "\n"


def zendesk_reply(comment_value: str, comment_value_html: str) -> str:
    return json.dumps({"macro": {"id": 5, "title": "Shipping", "actions": [
        {"field": "comment_value", "value": comment_value},
        {"field": "comment_value_html", "value": comment_value_html}]}}, indent=2) + "\n"


def helpscout_reply(chat_text: str, text: str) -> str:
    return json.dumps([{"id": 3, "name": "Shipping", "preview": "Hi there", "text": text,
                        "chatText": chat_text}], indent=2) + "\n"


COPIES = [(freshdesk_reply, "canned.json"), (intercom_reply, "macros.json"), (zendesk_reply, "macro.json"),
          (helpscout_reply, "saved-replies.json")]


@pytest.mark.parametrize("export, path", COPIES)
def test_plain_and_html_copies_of_one_reply_report_each_finding_once(export, path):
    # The plain copy is Markdown, the HTML copy has tags, entities, a link and inline code, and
    # their line breaks differ: the prose is the same, so only the HTML copy is linted.
    plain = "Hi {{ticket.requester.first_name}},\n\nPlease utilize the [returns form](https://x.test/r)\nand quote `order-id` here ."
    html = ("<p>Hi {{ticket.requester.first_name}},</p><p>Please utilize the "
            '<a href="https://x.test/r">returns form</a> and quote <code>order-id</code>&nbsp;here.</p>')
    text = export(plain, html)
    found = lint_text(text, path, select=["jargon"])
    html_line = column_of(text, json.dumps(html)[:12])[0]
    assert [(f.line, f.flagged, f.context["macro"]) for f in found] == [(html_line, "utilize", "Shipping")]


@pytest.mark.parametrize("export, path", COPIES)
def test_a_plain_text_copy_with_code_in_backticks_reads_as_its_html_copy(export, path):
    # No Markdown marks, so the plain copy is read as text and keeps `order-id` as words: the
    # HTML copy's <code> is left out of the comparison, so are the backticks.
    html = "<p>Please utilize the form and quote <code>order-id</code>, then wait.</p>"
    text = export("Please utilize the form and quote `order-id`, then wait.", html)
    found = lint_text(text, path, select=["jargon"])
    assert [f.line for f in found] == [column_of(text, json.dumps(html))[0]]


@pytest.mark.parametrize("export, path", COPIES)
def test_a_plain_copy_ending_in_a_hard_break_backslash_reads_as_its_html_copy(export, path):
    # Help Scout's chatText marks each paragraph end with a backslash, the last one included
    # (CommonMark shows a backslash that ends a paragraph): a mark, not a word.
    html = "<p>Thanks for asking!</p><p>Please utilize the form.</p>"
    text = export("Thanks for asking!\n\\\nPlease utilize the form.\n\\", html)
    found = lint_text(text, path, select=["jargon"])
    assert [f.line for f in found] == [column_of(text, json.dumps(html))[0]]


@pytest.mark.parametrize("export, path", COPIES)
def test_copies_that_say_different_things_are_both_linted(export, path):
    text = export("Please utilize the form. We will refund you.", "<p>Please utilize the form.</p>")
    assert len(lint_text(text, path, select=["jargon"])) == 2


def test_fix_mends_both_copies_of_a_reply(tmp_path):
    from plainlint.running.fixrun import fix_bytes

    text = freshdesk_reply("Please utilize the form.", "<p>Please utilize the form.</p>")
    fixed = fix_bytes(text.encode(), "canned.json", settings_for("canned.json", select=["jargon"]))
    reply = json.loads(fixed.data)[0]
    assert (reply["content"], reply["content_html"]) == ("Please use the form.", "<p>Please use the form.</p>")


def test_finding_names_the_macro_in_context_and_json_output():
    text = zendesk("We apologize for any inconvenience.", title="Delay notice")
    found = [f for f in lint_text(text, "macro.json") if f.rule == "cliche"]
    assert found[0].to_json()["context"]["macro"] == "Delay notice"


def test_zendesk_placeholders_and_unselected_fields_are_not_linted():
    text = json.dumps({"macro": {"title": "Hi", "description": "Agents utilize this internally",
                                 "actions": [{"field": "comment_value",
                                              "value": "Hi {{ticket.requester.first_name | utilize}}, thanks."}]}})
    assert lint_text(text, "m.json", select=["jargon"]) == []


@pytest.mark.parametrize("style, body", [
    ("plain", "body: Please utilize the form and we apologize for any inconvenience.\n"),
    ("single", "body: 'It''s simple: please utilize the form.'\n"),
    ("double", 'body: "Caf\\u00e9 \\"tips\\": please utilize\\n the form."\n'),
    ("literal", "body: |\n  First line.\n  Please utilize the form.\n"),
    ("folded", "body: >-\n  First line\n  and please utilize\n  the form.\n"),
    ("anchored", "body: &reply Please utilize the form.\n"),
    ("tagged", "body: !!str Please utilize the form.\n"),
    ("anchored and tagged, quoted", 'body: &a !!str "Please utilize the form."\n'),
    ("tagged block", "body: !!str |\n  Please utilize the form.\n"),
    ("tag on its own line", "body: !!str\n  Please utilize the form.\n"),
])
def test_yaml_scalar_styles_keep_exact_positions(style, body):
    text = "- title: Shipping\n  " + body.replace("\n", "\n  ").rstrip(" ")
    found = [f for f in lint_text(text, "replies.yaml", select=["jargon"])]
    assert [(f.line, f.column) for f in found] == [column_of(text, "utilize")]
    assert found[0].context["macro"] == "Shipping"


def test_an_aliased_reply_is_linted_once_at_its_anchor():
    text = ("- title: One\n  body: &shared Please utilize the form.\n"
            "- title: Two\n  body: *shared\n"
            "- &three {title: Three, body: We utilize this.}\n- *three\n")
    found = lint_text(text, "replies.yaml", select=["jargon"])
    assert [(f.line, f.column, f.context["macro"]) for f in found] == [(2, 24, "One"), (5, 34, "Three")]


def test_yaml_only_selected_fields_are_linted():
    text = "- id: 1\n  notes: Agents utilize this\n  reply: Please utilize the form.\n"
    assert [s[0] for s in spans(lint_text(text, "r.yml", select=["jargon"]))] == [3]


def test_unknown_shape_with_configured_path_and_key_names():
    text = json.dumps({"library": {"entries": [
        {"label": "One", "parts": [{"kind": "public", "copy": "Please utilize the form."},
                                   {"kind": "internal", "copy": "Agents utilize this."}]},
    ]}}, indent=1)
    # no known keys: strings found by what they are (4+ words and a full stop; not "Agents utilize this.")
    assert [f.line for f in lint_text(text, "kb.json", select=["jargon"])] == [9]
    by_path = lint_text(text, "kb.json", select=["jargon"],
                        config={"fields": ["library.entries[].parts[kind=public].copy"]})
    assert [(f.flagged, f.context["macro"]) for f in by_path] == [("utilize", "One")]
    by_key = lint_text(text, "kb.json", select=["jargon"], config={"fields": ["copy"]})
    assert len(by_key) == 2


def test_path_syntax_parses_keys_lists_and_filters():
    assert parse_path("macros[].actions[field=comment_value].value") == [
        ("key", "macros"), ("each",), ("key", "actions"), ("where", "field", "comment_value"), ("key", "value")]


@pytest.mark.parametrize("text, shape", [
    ('{"macro": {"title": "a", "actions": []}}', "zendesk"),
    ('{"macros": [{"title": "a", "actions": []}]}', "zendesk"),
    ('[{"title": "a", "content_html": "<p>x</p>", "folder_id": 1}]', "freshdesk"),
    ('{"_embedded": {"replies": [{"name": "a", "text": "x", "preview": "x"}]}}', "helpscout"),
    ('{"type": "list", "data": [{"type": "macro", "name": "a", "body": "x"}]}', "intercom"),
    ('[{"title": "a", "body": "x"}]', "plain"),
])
def test_shape_detection(text, shape):
    assert detect_shape(parse_json(text, "x.json")) == shape


@pytest.mark.parametrize("path, data, where", [
    ("bad.json", b'{"macros": [\n  {"title": "a",}\n]}\n', ":2:"),
    ("bad.yaml", b"- title: a\n  body: [unclosed\n", ":"),
    ("dup.yaml", b"title: a\ntitle: b\n", ":2:"),
    ("dup.json", b'{"title": "a",\n "title": "b"}\n', ":2:"),
    ("nan.json", b'[{"title": "a",\n  "score": NaN}]\n', ":2:"),  # Python's json reads NaN; JSON does not
    ("inf.json", b'{"body": "b", "n": -Infinity}\n', ":1:"),
])
def test_malformed_files_are_one_clear_error(path, data, where):
    result = lint_bytes(data, path)
    assert result.error is not None
    assert result.findings == []
    assert "\n" not in result.error.message
    if where != ":":
        assert f":{result.error.line}:" == where


@pytest.mark.parametrize("data, message", [
    (b'{"body": "Please', "invalid JSON: Unterminated string starting"),
    (b'{"body": "a\tb"}', "invalid JSON: Invalid control character"),
])
def test_json_errors_do_not_end_in_a_dangling_at(data, message):
    assert lint_bytes(data, "m.json").error.message == message


def test_not_json_constants_are_named_with_their_column():
    result = lint_bytes(b'{"body": "b", "n": -Infinity}\n', "inf.json")
    assert (result.error.column, result.error.message) == (20, "invalid JSON: '-Infinity' is not a JSON value")


def test_a_lone_surrogate_escape_is_one_replacement_character_in_every_format(tmp_path):
    """A \\ud800 with no partner decoded to a character JSON output could not encode (a crash)."""
    (tmp_path / "m.json").write_text('[{"title": "Hi \\ud800", "raw_body": "Please utilize \\udc00 the form."}]')
    for fmt in ("json", "sarif", "text", "github", "rdjson"):
        result = run_cli(["check", "--no-cache", "--format", fmt, "m.json"], tmp_path)
        assert result.returncode == 1, (fmt, result.stderr)
        assert "utilize" in result.stdout or fmt == "sarif"
    finding = json.loads(run_cli(["check", "--format", "json", "m.json"], tmp_path).stdout)[-1]
    assert (finding["rule"], finding["column"], finding["context"]) == ("jargon", 45, {"macro": "Hi \ufffd"})


def test_malformed_file_error_line_and_run_continues(tmp_path):
    from click.testing import CliRunner

    from plainlint.cli import main

    (tmp_path / "bad.json").write_text('{"title": "a" "body": "b"}\n')
    (tmp_path / "good.json").write_text('[{"title": "a", "body": "Please utilize the form."}]\n')
    result = CliRunner().invoke(main, ["check", "--format", "concise", str(tmp_path)])
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if "error:" in line]
    assert errors == [f"{tmp_path.as_posix()}/bad.json:1:15: error: invalid JSON: Expecting ',' delimiter"]
    assert "good.json:1:" in result.stdout and "[jargon]" in result.stdout


def test_yaml_reader_maps_escapes_of_double_quoted_scalars():
    root = parse_yaml('a: "x\\ty \\u00e9 \\"q\\""\n', "a.yaml")
    node = root.get("a")
    assert node.value == 'x\ty é "q"'
    source = 'a: "x\\ty \\u00e9 \\"q\\""\n'
    offset = node.value.index("é")
    span = node.map.to_source(offset, offset + 1)
    assert source[span.start:span.end] == "\\u00e9"


def test_markdown_front_matter_title_and_description_are_prose():
    text = "---\ntitle: How to utilize exports\ndescription: 'Simply export it.'\nlayout: utilize\n---\n\nBody.\n"
    found = lint_text(text, "a.md", select=["jargon", "assumptive"])
    assert [(f.rule, f.line, f.column) for f in found] == [("jargon", 2, 15), ("assumptive", 3, 15)]


def test_markdown_front_matter_title_written_as_a_list_is_not_prose_and_does_not_crash():
    text = "---\ntitle: [Topic name]\ndescription: How to utilize exports\n---\n\nBody.\n"
    found = lint_text(text, "a.md", select=["jargon"])
    assert [(f.rule, f.line, f.column) for f in found] == [("jargon", 3, 21)]


def test_tool_config_json_and_yaml_are_skipped_in_folder_walks_but_read_when_named(tmp_path):
    from click.testing import CliRunner

    from plainlint.cli import main

    reply = '[{"title": "a", "body": "Please utilize the form."}]\n'
    for name in ("package.json", "tsconfig.base.json", ".github/workflows/ci.yml", "replies.json"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(reply if name.endswith("json") else "- body: Please utilize it.\n")
    walked = CliRunner().invoke(main, ["check", "--format", "concise", str(tmp_path)])
    assert [line.split(":")[0].rsplit("/", 1)[-1] for line in walked.stdout.splitlines() if "[jargon]" in line] == ["replies.json"]
    named = CliRunner().invoke(main, ["check", "--format", "concise", str(tmp_path / "package.json")])
    assert "[jargon]" in named.stdout


@pytest.mark.parametrize("path, text", [
    ("empty.json", ""), ("empty.yaml", ""), ("object.json", "{}"), ("list.json", "[]\n"),
    ("comment.yaml", "# replies go here\n"), ("numbers.yaml", "a: 1\nb: [2, 3.5, true, null]\n"),
])
def test_a_file_without_a_word_gets_no_notice(path, text):
    """Nothing in it went unread, so "no customer-facing strings recognised" would only be noise."""
    assert lint_text(text, path) == []


def test_unknown_shape_gets_a_notice_instead_of_passing_in_silence():
    text = '{"items": [{"label": "Refund", "payload": {"html": "<p>Please utilize the refund form.</p>"}}]}\n'
    found = lint_text(text, "custom.json")  # the reply is found by what it is (issue 27)
    assert [(f.rule, f.severity, f.line, f.column) for f in found] == [("fields-detected", "info", 1, 1),
                                                                       ("jargon", "warning", 1, 63)]
    assert "html (1)" in found[0].message
    nothing_like_prose = lint_text(text.replace("Please utilize the refund form.", "Refund form"), "custom.json")
    assert [(f.rule, f.severity, f.line, f.column) for f in nothing_like_prose] == [("no-fields", "info", 1, 1)]
    assert "set `fields`" in nothing_like_prose[0].message
    configured = lint_text(text, "custom.json", config={"fields": ["items[].payload.html"]})
    assert [f.rule for f in configured] == ["jargon"]
    nothing = lint_text(text, "custom.json", config={"fields": ["items[].nothing"]})
    assert "matched nothing" in nothing[0].message


@pytest.mark.parametrize("spec", ["items[.payload", "a..b", "[]", "x[=y]"])
def test_malformed_field_paths_are_config_errors(tmp_path, spec):
    from click.testing import CliRunner

    from plainlint.cli import main

    (tmp_path / ".plainlint.yaml").write_text(f"fields: ['{spec}']\n", encoding="utf-8")
    (tmp_path / "a.json").write_text("[]\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(tmp_path / "a.json"), "--config", str(tmp_path / ".plainlint.yaml")])
    assert result.exit_code == 2
    assert "fields" in result.stderr and spec in result.stderr


YAML_STYLES = (
    "plain: Crème brûlée 🎉 reply\r\nsingle: 'it''s é'\r\ndouble: \"tab\\there \\u00e9 ok\"\r\n"
    "literal: |\r\n  line one é\r\n  line two\r\nfolded: >-\r\n  folded 🎉\r\n  text\r\n"
    "list:\r\n  - name: a\r\n    body: [x, 'y z']\r\n"
)


def _scalars(node, found):
    """(value, span, source span of each character) of every scalar in a parsed tree."""
    if isinstance(node, Scalar):
        chars = [(node.map.to_source(i, i + 1).start, node.map.to_source(i, i + 1).end) for i in range(len(node.value))] if node.map else []
        found.append((node.value, node.start, node.end, chars))
    for item in getattr(node, "items", []):
        _scalars(item[1] if isinstance(item, tuple) else item, found)
    return found


def test_libyaml_and_python_composers_give_the_same_tree(monkeypatch):
    """libyaml composes small files (front matter); its marks and styles give the same scalars,
    offsets and maps as PyYAML's Python composer, also after a byte-order mark."""
    import yaml

    texts = (YAML_STYLES, "\ufeff" + YAML_STYLES)
    fast = [_scalars(parse_yaml(text, "a.yaml"), []) for text in texts]
    monkeypatch.delattr(yaml, "CSafeLoader")
    slow = [_scalars(parse_yaml(text, "a.yaml"), []) for text in texts]
    assert fast == slow and len(fast[0]) >= 8 and fast[1][0][1] == fast[0][0][1] + 1


@pytest.mark.parametrize("path, text, message, line, column", [
    # JSON says names SHOULD be unique and parsers keep one value: the other is lost in silence.
    ("dup.json", '{"macros": [{"title": "Refund",\n  "title": "Refunds", "actions": []}]}',
     "duplicate key 'title'", 2, 3),
    ("dup.json", '{"a": 1, "a": 2}', "duplicate key 'a'", 1, 10),
    ("esc.json", '{"t\\u0069tle": 1, "title": 2}', "duplicate key 'title'", 1, 19),
    # Every duplicate in one line, the first at its position (yamllint names them all; user36).
    ("en.yml", "en:\n  login: Log in\n  closed: Closed\n  login: Sign in\n  reply:\n    a: 1\n    a: 2\n"
     "  closed: Shut\n", "duplicate key 'login' (also 'a' at 7:5, 'closed' at 8:3)", 4, 3),
    ("dups.json", '{"a": 1, "b": {"c": 1, "c": 2}, "a": 3}', "duplicate key 'c' (also 'a' at 1:33)", 1, 24),
    ("many.yaml", "".join(f"k{i}: 1\n" for i in range(13)) * 2,
     "duplicate key 'k0' (also " + ", ".join(f"'k{i}' at {14 + i}:1" for i in range(1, 11)) + " and 2 more)", 14, 1),
    ("anchor.yaml", "a: &x [1]\nb: &x [2]\n", "invalid YAML: duplicate anchor 'x' (first defined at 1:4)", 2, 4),
    ("deep.json", "[" * 300 + "]" * 300, "invalid JSON: nested too deeply (over 200 levels)", 1, 202),
    ("deep.json", '{"a":' * 2000 + "1" + "}" * 2000, "invalid JSON: nested too deeply (over 200 levels)", 1, 1006),
    ("deep.json", "[\n" * 300 + "]" * 300, "invalid JSON: nested too deeply (over 200 levels)", 202, 1),
    ("deep.yaml", "- " * 300 + "x\n", "invalid YAML: nested too deeply (over 200 levels)", 1, 403),
    ("deep.yaml", "- " * 100_000 + "x\n", "invalid YAML: nested too deeply (over 200 levels)", 1, 403),
    ("deep.yaml", "".join(" " * i + f"k{i}:\n" for i in range(300)) + " " * 300 + "x\n",
     "invalid YAML: nested too deeply (over 200 levels)", 202, 202),
    ("loop.yaml", "a: &a [*a]\n", "invalid YAML: an alias refers to a node that holds it (recursive)", 1, 4),
])
@pytest.mark.parametrize("libyaml", [True, False])
def test_structure_errors_name_what_and_where(path, text, message, line, column, libyaml, monkeypatch):
    """Duplicate keys and anchors, nesting deeper than 200 and recursive aliases: one error with
    its line and column, whichever YAML composer read the file."""
    import yaml

    if not libyaml:
        monkeypatch.delattr(yaml, "CSafeLoader", raising=False)
    result = lint_bytes(text.encode(), path)
    assert (result.error.message, result.error.line, result.error.column) == (message, line, column)


def test_deep_yaml_nesting_is_an_error_not_a_crash():
    """libyaml's composer recurses in C (100,000 levels crash the process): deep text goes to the
    Python composer, which refuses it with an error line."""
    from plainlint.reading.source import SourceError

    with pytest.raises(SourceError, match="nested too deeply"):
        parse_yaml("- " * 100_000 + "x\n", "deep.yaml")


@pytest.mark.parametrize("text", [
    "subject: Hello\t\nbody: Your refund was processed.\n",
    "a:\tb\n",
    "- x\t\n",
    "tags: [refund, where is my money?]\nbody: Your refund was processed by our team.\n",
    "a: |# c\n  text\n",
    "a: !*x!st*xr 5\n",
])
def test_yaml_libyaml_accepts_is_still_refused(text, monkeypatch):
    """libyaml reads these; PyYAML's Python loader refuses them. A file must be valid or not
    whatever the PyYAML build: the result is the Python loader's either way."""
    import yaml

    from plainlint.reading.source import SourceError

    def outcome():
        try:
            return "tree", _scalars(parse_yaml(text, "m.yaml"), [])
        except SourceError as error:
            return "error", error.message, error.line, error.column

    with_libyaml = outcome()
    monkeypatch.delattr(yaml, "CSafeLoader")
    assert with_libyaml == outcome() and with_libyaml[0] == "error"
