"""The fixing core: safety levels, the fix loop, escaping per context, what is never touched.

Sentences come from the corpus (duckduckgo-help-pages, sendgrid-docs, Zendesk macros) unless a
test needs a replacement with characters that must be escaped, which no built-in entry has.
"""

import dataclasses
import json

import pytest
import yaml

from plainlint.fixing.fixer import MAX_PASSES, fix_source, select_edits
from plainlint.running.fixrun import fix_bytes, patch_of
from plainlint.reading.readers import format_for
from plainlint.reading.source import Source
from plhelpers import lint_text, settings_for

# An entry whose replacement holds every character some context must escape.
TRICKY = {"rules": {"jargon": {"add": [{"term": "prior to", "use": ['before "now" & <then>'], "fix": "safe"}],
                               "remove": ["prior to"]}}}


def fixed(text, path="doc.md", unsafe=False, config=None, **kw):
    source = Source(path, text)
    return fix_source(source, format_for(path) or "text", settings_for(path, config), unsafe, **kw)


def test_safe_fixes_keep_inflection_and_capitals():
    text = ("You can simply restart the app to do everything right now.\n\n"
            "Utilized space is shown. Customers utilizing the API see it prior to upgrading.\n")
    out = fixed(text)
    assert out.text == ("You can restart the app to do everything right now.\n\n"
                        "Used space is shown. Customers using the API see it before upgrading.\n")
    assert out.settled and out.applied == 4


def test_removing_a_minimiser_repairs_the_next_capital():
    assert fixed("Simply reply to any email sent to one of your Duck Addresses.\n").text == \
        "Reply to any email sent to one of your Duck Addresses.\n"


def test_unsafe_fixes_need_the_flag():
    text = "**Ad clicks are managed by Microsoft's ad network.**\n"
    assert fixed(text).text == text
    passive = {"extend-select": ["passive-voice"]}  # off by default since issue 26
    assert fixed(text, config=passive).text == text
    assert fixed(text, unsafe=True, config=passive).text == "**Microsoft's ad network manages ad clicks.**\n"


def test_overlapping_fixes_settle_over_passes():
    # "Simply u" (removal + capital) and "utilize" overlap: the second waits for the next pass.
    findings = lint_text("Simply utilize the export button.\n")
    edits = select_edits(findings)
    assert len([f for f in findings if f.fix]) == 2 and len(edits) == 1
    out = fixed("Simply utilize the export button.\n")
    assert out.text == "Use the export button.\n"
    assert out.passes == 2 and out.settled


def test_passes_are_bounded():
    text = "Simply utilize the export button.\n"
    out = fixed(text, max_passes=1)
    assert out.passes == 1 and not out.settled
    assert out.text == "Utilize the export button.\n"
    assert MAX_PASSES == 10


def test_remaining_findings_are_those_of_the_fixed_text():
    out = fixed("Please utilize the form. We will facilitate the move.\n")
    assert out.text == "Please use the form. We will facilitate the move.\n"
    assert [f.flagged for f in out.result.findings] == ["facilitate"]


@pytest.mark.parametrize("path, text, expected", [
    ("a.json", '[{"body": "Reply prior to Monday."}]', '[{"body": "Reply before \\"now\\" & <then> Monday."}]'),
    ("a.html", "<p>Reply prior to Monday.</p>", "<p>Reply before \"now\" &amp; &lt;then&gt; Monday.</p>"),
    ("a.html", '<img alt="Reply prior to Monday" src="x.png">',
     '<img alt="Reply before &quot;now&quot; &amp; &lt;then&gt; Monday" src="x.png">'),
    ("a.md", "Reply prior to Monday.\n", "Reply before \"now\" & \\<then\\> Monday.\n"),
    ("a.yaml", '- body: "Reply prior to Monday."\n', '- body: "Reply before \\"now\\" & <then> Monday."\n'),
    ("a.yaml", "- body: 'Reply prior to Monday.'\n", "- body: 'Reply before \"now\" & <then> Monday.'\n"),
    ("a.json", '[{"body": "<p>Reply prior to Monday.</p>"}]',
     '[{"body": "<p>Reply before \\"now\\" &amp; &lt;then&gt; Monday.</p>"}]'),
])
def test_replacements_are_escaped_for_their_context(path, text, expected):
    assert fixed(text, path, config=TRICKY).text == expected


def test_yaml_single_quotes_are_doubled_and_plain_scalars_refuse_syntax():
    config = {"rules": {"jargon": {"add": [{"term": "prior to", "use": ["the user's: #1"], "fix": "safe"}],
                                   "remove": ["prior to"]}}}
    assert fixed("- body: 'Reply prior to Monday.'\n", "a.yaml", config=config).text == \
        "- body: 'Reply the user''s: #1 Monday.'\n"
    plain = "- body: Reply prior to Monday.\n"
    assert fixed(plain, "a.yaml", config=config).text == plain  # ': ' would make a mapping
    assert fixed(plain, "a.yaml").text == "- body: Reply before Monday.\n"
    block = "- body: |\n    Reply prior to Monday.\n"
    assert fixed(block, "a.yaml").text == "- body: |\n    Reply before Monday.\n"


def test_json_structure_and_template_tags_survive():
    # From macros-exports/zendesk/macros/360001234549.json (escapes kept as the file has them).
    text = ('{"actions": [{"field": "comment_value", "value": "Hi {{ticket.requester.first_name}},\\n\\n'
            'Please provide us with more details regarding the issue you\\u2019re facing so that we can assist '
            'you better.\\n\\n{{current_user.name}}"}], "title": "Ask for details"}')
    out = fixed(text, "macro.json")
    assert "we can help you better" in out.text and "\\u2019" in out.text
    assert json.loads(out.text).keys() == json.loads(text).keys()


def test_fix_touching_a_template_tag_is_dropped():
    # The minimiser's fix would rewrite the first letter of the next word: here that is a tag.
    findings = lint_text("Simply {{ action }} the form.\n", "mail.txt")
    assert [f.rule for f in findings] == ["assumptive"] and findings[0].fix is None
    findings = lint_text("The form was sent by {{ agent_name }}.\n", "mail.txt", {"extend-select": ["passive-voice"]})
    assert findings and all(f.fix is None for f in findings)


def test_inexact_span_gets_no_fix():
    # `prior&nbsp;to` reads as "prior to" but the source is not that text: no fix.
    findings = lint_text("<p>Reply prior&nbsp;to Monday.</p>", "a.html")
    assert [f.flagged for f in findings] == ["prior\xa0to"] and findings[0].fix is None


def test_no_fix_across_a_line_break():
    findings = lint_text("Please reply prior\nto Monday.\n")
    assert findings and findings[0].fix is None


def test_replacement_that_cannot_be_encoded_is_left_out():
    config = {"rules": {"jargon": {"add": [{"term": "prior to", "use": ["before ✓"], "fix": "safe"}],
                                   "remove": ["prior to"]}}}
    data = "Reply prior to Monday. Please utilize the form.\n".encode("cp1252")
    settings = dataclasses.replace(settings_for("a.md", config), encoding="cp1252")
    result = fix_bytes(data, "a.md", settings)
    assert result.data == "Reply prior to Monday. Please use the form.\n".encode("cp1252")


def test_stdin_mode_is_one_call_on_bytes():
    # What `plainlint check --fix -` does with stdin: bytes in, fixed bytes out (BOM and CRLF kept).
    data = "\ufeffPlease utilize the form.\r\nSimply click Save.\r\n".encode("utf-8")
    result = fix_bytes(data, "stdin.md", settings_for("stdin.md"))
    assert result.data == "\ufeffPlease use the form.\r\nClick Save.\r\n".encode("utf-8")
    assert result.changed and result.outcome.result.findings == []


def patch_for(text: str, path: str = "help/x.md") -> str:
    """The `--diff` patch plainlint writes for `text` (jargon fixes only), decoded for reading."""
    fixed = fix_bytes(text.encode("utf-8"), path, settings_for(path, select=["jargon"]))
    return patch_of(fixed, path).decode("utf-8")


def test_diff_patch_shape():
    patch = patch_for("a\n\nPlease utilize it.\n\nb")
    assert patch.splitlines()[:2] == ["--- a/help/x.md", "+++ b/help/x.md"]
    assert "-Please utilize it.\n+Please use it.\n" in patch
    assert patch_for("Please utilize it.", "f.md").endswith("+Please use it.\n\\ No newline at end of file\n")
    # A form feed or U+2028 inside a line is not a line break for diff.
    assert patch_for("a\fb\u2028c\nPlease utilize it.\n", "f.md").split("\n")[3:] == \
        [" a\fb\u2028c", "-Please utilize it.", "+Please use it.", ""]


def test_diff_names_a_file_outside_the_current_folder_by_its_absolute_path():
    """user31: `--diff` on /tmp/x.md wrote `--- a//tmp/x.md`, a path neither `git apply` nor `patch`
    takes; an absolute path is written unprefixed, for `patch -p0`."""
    patch = patch_for("Please utilize it.\n", "/srv/help/x.md")
    assert patch.splitlines()[:2] == ["--- /srv/help/x.md", "+++ /srv/help/x.md"]


def test_diff_of_a_file_with_a_bom_applies_to_its_bytes(tmp_path):
    """The BOM is part of line 1 on disk: a patch without it does not apply (`patch` rejects
    the hunk, `git apply` fails), so `--diff` keeps it, for files and for stdin."""
    from plhelpers import run_cli

    data = "\ufeffPlease utilize the form.\r\nNext line.\r\n".encode("utf-8")
    (tmp_path / "a.md").write_bytes(data)
    for args, stdin in ((["a.md"], b""), (["--stdin-filename", "a.md", "-"], data)):  # bytes: CRs kept
        patch = run_cli(["check", "--no-cache", "--diff", *args], tmp_path, stdin=stdin).stdout.decode("utf-8")
        assert "-\ufeffPlease utilize the form.\r\n+\ufeffPlease use the form.\r\n Next line.\r\n" in patch
    assert (tmp_path / "a.md").read_bytes() == data


def test_yaml_fix_keeps_structure():
    # From macros/typescript-eslint/.github/replies.yml style: a list of name/body replies.
    text = "- name: Needs details\n  body: |\n    Please utilize the template so we can help.\n"
    out = fixed(text, "replies.yml")
    assert yaml.safe_load(out.text) == [{"name": "Needs details", "body": "Please use the template so we can help.\n"}]


def test_an_edit_that_would_change_the_yaml_structure_is_left_out():
    # A plain scalar that becomes `yes` would read as a boolean: the invariant check drops it.
    config = {"rules": {"jargon": {"add": [{"term": "prior to", "use": ["yes"], "fix": "safe"}],
                                   "remove": ["prior to"]}}}
    text = "- title: Reply\n  body: prior to\n- title: Other\n  body: Please utilize it.\n"
    out = fixed(text, "replies.yaml", config=config)
    assert out.text == "- title: Reply\n  body: prior to\n- title: Other\n  body: Please use it.\n"
    assert [f.flagged for f in out.result.findings] == ["prior to"]


def test_stdin_fix_writes_fixed_bytes_to_stdout_and_the_report_to_stderr(tmp_path):
    from plhelpers import run_cli

    data = "\ufeffPlease utilize the form.\r\nWe apologize for any inconvenience.\r\n".encode("utf-8")
    result = run_cli(["check", "--stdin-filename", "help/a.md", "--fix", "-"], tmp_path, stdin=data)
    assert result.stdout == "\ufeffPlease use the form.\r\nWe apologize for any inconvenience.\r\n".encode("utf-8")
    assert b"[cliche]" in result.stderr
    assert result.returncode == 1  # the unsafe finding remains


def test_stdin_diff_and_unreadable_stdin_keep_the_buffer(tmp_path):
    from plhelpers import run_cli

    diff = run_cli(["check", "--stdin-filename", "a.md", "--diff", "-"], tmp_path, stdin="Please utilize it.\n")
    assert diff.returncode == 1
    assert "-Please utilize it.\n+Please use it.\n" in diff.stdout
    binary = b"\xff\xfe\x00bad \x00 bytes"
    kept = run_cli(["check", "--stdin-filename", "a.md", "--fix", "-"], tmp_path, stdin=binary)
    assert kept.stdout == binary


def test_no_safe_fix_inside_link_text():
    """A link text may name another page's heading: a word-list fix there is never safe (issue 26)."""
    text = "Read [what to do prior to migrating](migrate.md) first. Prior to migrating, back up.\n"
    assert fixed(text).text == "Read [what to do prior to migrating](migrate.md) first. Before migrating, back up.\n"
    assert fixed(text, unsafe=True).text == "Read [what to do before migrating](migrate.md) first. Before migrating, back up.\n"


def test_diff_is_written_in_the_file_s_own_encoding(tmp_path):
    """A patch applies byte for byte: a latin-1 or cp1252 line printed as UTF-8 matches nothing."""
    from plhelpers import run_cli

    for encoding, text in (("latin-1", "Please utilize the caf\u00e9 form.\n"),
                           ("cp1252", "Please utilize the form \u2019now\u2019.\r\n")):
        data = text.encode(encoding)
        (tmp_path / "a.md").write_bytes(data)
        for args, stdin in ((["a.md"], b""), (["--stdin-filename", "a.md", "-"], data)):
            patch = run_cli(["check", "--no-cache", "--encoding", encoding, "--diff", *args], tmp_path,
                            stdin=stdin).stdout
            assert b"\n-" + data + b"+" + text.replace("utilize", "use").encode(encoding) in patch, (encoding, args)
        assert (tmp_path / "a.md").read_bytes() == data


def test_diff_of_a_utf16_file_is_one_warning_and_no_patch(tmp_path):
    from plhelpers import run_cli

    data = "Please utilize the form.\n".encode("utf-16")
    (tmp_path / "wide.md").write_bytes(data)
    (tmp_path / "narrow.md").write_text("Please utilize it.\n", encoding="utf-8")
    result = run_cli(["check", "--no-cache", "--diff", "wide.md", "narrow.md"], tmp_path)
    assert result.stdout.count("--- a/") == 1 and "--- a/narrow.md" in result.stdout
    warnings = [line for line in result.stderr.splitlines() if "wide.md" in line]
    assert warnings == ["wide.md: warning: no --diff patch for a UTF-16-LE file (diff tools cannot apply one)"]
    stdin = run_cli(["check", "--diff", "--stdin-filename", "wide.md", "-"], tmp_path, stdin=data)
    assert stdin.stdout == b"" and stdin.stderr.count(b"wide.md: warning: no --diff patch") == 1
    assert (tmp_path / "wide.md").read_bytes() == data
