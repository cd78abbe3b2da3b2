"""Property tests for every reader: random prose mixed with markup, template tags, escapes,
CRLF and lone CR, emoji and CJK. For each generated file:

- reading and linting never raises;
- every finding's span lies inside the file, and its line:column is the span's start;
- the source text at the span, unescaped for its context (JSON/YAML string escapes, then
  markup and entities dropped), equals the text the rule flagged (Finding.flagged);
- applying every fix (safe and unsafe) gives a file that still reads without error (a fix
  escaped wrongly for its JSON, YAML or HTML context would break it).

The default run uses a modest example count; `HYPOTHESIS_PROFILE=fuzz` runs thousands.
"""

from __future__ import annotations

import json
import re

import pytest
import yaml
from hypothesis import example, given
from hypothesis import strategies as st

from plainlint.linting.engine import lint_source
from plainlint.fixing.fixer import apply_edits, select_edits
from plainlint.reading.readers import format_for
from plainlint.reading.source import Source
from plhelpers import settings_for
from test_corpus_spans import ELEMENT_CATEGORIES, SPAN_CATEGORIES, normalise_flagged, read_back

pytestmark = pytest.mark.slow  # the inner loop leaves it out; CI runs it

WORDS = ["We", "utilize", "in order to", "simply", "just", "obviously", "leverage", "the majority of",
         "was", "sent", "by", "the", "team", "is", "required", "click", "Save", "guys", "easy",
         "prior to", "café", "naïve", "😀", "👍🏽", "你好", "世界", "。", "日本語", "e.g.", "it's", "don’t",
         ".", ",", "!", "?", ":", "(", ")", "-", "—", "'", '"', "“", "”", "42", "x"]
TEMPLATE = ["{{ name }}", "{{name}}", "{% if vip %}", "{% endif %}", "{% else %}", "*|FNAME|*",
            "{{", "}}", "{%", "<%= user %>", "{{{raw}}}", "{{!-- c --}}"]
NEWLINES = ["\n", "\r\n", "\r", "\n\n", "\r\n\r\n"]
MARKDOWN = ["**", "_", "*", "`", "``", "[", "]", "](http://x.example)", "\\*", "\\_", "&amp;", "&copy;",
            "# ", "> ", "- ", "1. ", "```", "<b>", "</b>", "<br>", "![alt utilize](a.png)", "~~", "|", "\\"]
HTML = ["<p>", "</p>", "<b>", "</b>", "<i>", "<a href=\"x\">", "</a>", "&amp;", "&#233;", "&eacute;",
        "&nbsp;", "<br>", "<img alt=\"We utilize it\" src=a.png>", "<img src=b.png>", "<script>", "</script>",
        "<!-- c -->", "<!--", "<div>", "</div>", "<code>", "</code>", "<", ">", "&", "<li>", "<h1>", "</h1>",
        "<p title=\"in order to\">"]


# How each generated tag reads in prose: output tags stand as one word, control tags vanish.
TAG_PROSE = {"{{ name }}": "X", "{{name}}": "X", "*|FNAME|*": "X", "{{{raw}}}": "X", "<%= user %>": "X",
             "{% if vip %}": "", "{% endif %}": "", "{% else %}": "", "{{!-- c --}}": ""}


def prose_of_tags(raw: str, path: str) -> str:
    for tag, prose in TAG_PROSE.items():
        if tag.startswith("<%") and format_for(path) in ("markdown", "mdx"):
            continue  # ERB is only recognised in HTML, text and template files
        raw = raw.replace(tag, prose)
    if format_for(path) in ("markdown", "mdx"):  # escaped emphasis/brackets read as the character
        raw = re.sub(r"\\([*_~\[\]`])", r"\1", raw)
    return raw


def same_prose(read: str, flagged: str) -> bool:
    """Equal once white space is collapsed. Emphasis and bracket characters are ignored on both
    sides: a lone `**` or `[` is literal text in CommonMark, which `read_back` (a regex, not a parser) cannot tell;
    the caller likewise retries with backticks dropped, for an unmatched "``" that is literal."""
    return re.sub(r"[*_~\[\]]", "", read).split() == re.sub(r"[*_~\[\]]", "", normalise_flagged(flagged)).split()


def pieces(*extra: list[str]):
    choices = [WORDS] + list(extra)
    return st.lists(st.one_of(*(st.sampled_from(c) for c in choices), st.just(" ")), max_size=60)


def document(*extra: list[str]):
    return pieces(NEWLINES, TEMPLATE, *extra).map(" ".join)


def check_file(text: str, path: str, unescape=lambda raw, start: raw):
    source = Source(path, text)
    result = lint_source(source, format_for(path) or "text", settings_for(path, select=["ALL"]))
    assert result.error is None or result.error.message, result.error
    for finding in result.findings:
        assert 0 <= finding.start <= finding.end <= len(text), finding
        assert (finding.line, finding.column) == source.line_col(finding.start)
        assert (finding.end_line, finding.end_column) == source.line_col(finding.end)
        if finding.code >= "PL900" or finding.category in SPAN_CATEGORIES | ELEMENT_CATEGORIES:
            continue
        raw = text[finding.start:finding.end]
        read = prose_of_tags(unescape(raw, finding.start), path)
        assert same_prose(read_back(read), finding.flagged) or same_prose(
            read_back(read.replace("`", "")), finding.flagged.replace("`", "")), (raw, finding.flagged, finding.rule)
    check_fixes(text, path, result)
    return result


def check_fixes(text: str, path: str, result) -> None:
    edits = select_edits(result.findings, unsafe=True)
    if not edits or result.error is not None:
        return
    fixed = apply_edits(text, edits)
    again = lint_source(Source(path, fixed), format_for(path) or "text", settings_for(path, select=["ALL"]))
    assert again.error is None, (fixed, again.error.message)


@given(document())
def test_text_reader(text):
    check_file(text, "notes.txt")


@given(document(MARKDOWN))
@example(text="is `` required")  # found by the fuzz profile (oracle gaps, not reader bugs)
@example(text="was [ sent")
@example(text="was \\* sent")
def test_markdown_reader(text):
    check_file(text, "article.md")


@given(document(HTML))
def test_html_reader(text):
    check_file(text, "page.html")


@given(document(HTML), st.sampled_from(["welcome.html.hbs", "welcome.liquid", "welcome.text.j2", "mail.erb"]))
def test_template_readers(text, name):
    check_file(text, name)


def _json_unescape(raw: str, start: int) -> str:
    return json.loads('"' + raw.replace("\n", "\\n") + '"')


@given(st.lists(st.tuples(document(), document(HTML)), min_size=1, max_size=3), st.booleans(), st.booleans())
def test_json_reader(replies, ascii_only, crlf):
    data = [{"title": title, "body": body} for title, body in replies]
    text = json.dumps(data, ensure_ascii=ascii_only, indent=1)
    if crlf:
        text = text.replace("\n", "\r\n")
    check_file(text, "macros.json", _json_unescape)


def _yaml_scalars(node):
    if isinstance(node, yaml.ScalarNode):
        yield node
    elif isinstance(node, (yaml.SequenceNode, yaml.MappingNode)):
        for child in node.value:
            for item in child if isinstance(child, tuple) else (child,):
                yield from _yaml_scalars(item)


def _yaml_unescaper(text: str):
    """Unescape a span by the style of the scalar that holds it (the dumper picks the style)."""
    scalars = list(_yaml_scalars(yaml.compose(text, Loader=yaml.SafeLoader)))

    def unescape(raw: str, start: int) -> str:
        style = next(n.style for n in scalars if n.start_mark.index <= start < n.end_mark.index)
        if style == '"':
            return yaml.safe_load('"' + raw + '"')
        if style == "'":
            return raw.replace("''", "'")
        return raw

    return unescape


@given(st.lists(st.tuples(document(), document(HTML)), min_size=1, max_size=3),
       st.sampled_from([None, '"', "'", "|", ">"]), st.booleans())
@example(replies=[("", "\n We utilize")], style="|", crlf=True)  # found by the fuzz profile
def test_yaml_reader(replies, style, crlf):
    data = [{"title": title, "body": body} for title, body in replies]
    text = yaml.safe_dump(data, default_style=style, allow_unicode=True, width=60)
    if crlf:
        text = text.replace("\n", "\r\n")
    check_file(text, "macros.yaml", _yaml_unescaper(text))


FILE_NAMES = ["a.md", "a.mdx", "a.txt", "a.html", "a.json", "a.yaml", "a.html.hbs", "a.erb", "a.liquid"]
STRUCTURE = list("{}[]:,\"'\\-#&;<>/!|*_`\n\r\t &%") + ["utilize ", "in order to ", "\\u00e9", "&amp;", "---\n",
                                                        "&a ", "*a ", "!!str ", "\ufeff", "\x00", "😀"]


@given(st.binary(max_size=300), st.sampled_from(FILE_NAMES))
@example(data=b"\x01\x01\x01\x01\x9d", name="a.html")  # found: an encoding guess that cannot decode
def test_any_bytes_are_read_or_refused_with_a_clear_error(data, name):
    from plainlint.reading.source import SourceError, decode_bytes, decode_html_bytes

    decode = decode_html_bytes if format_for(name) in ("html", "template") else decode_bytes
    try:
        source = decode(data, name)
    except SourceError as error:
        assert error.message and "\n" not in error.message
        return
    check_structure(source.text, name)


@given(st.lists(st.sampled_from(STRUCTURE), max_size=80).map("".join), st.sampled_from(FILE_NAMES))
def test_malformed_structure_is_linted_or_one_error(text, name):
    check_structure(text, name)


def check_structure(text: str, name: str) -> None:
    """No exception; an error is one line with a position inside the file; spans are inside."""
    source = Source(name, text)
    result = lint_source(source, format_for(name) or "text", settings_for(name, select=["ALL"]))
    if result.error is not None:
        assert result.error.message and "\n" not in result.error.message
        if result.error.line is not None:
            assert 1 <= result.error.line <= len(source.line_starts)
        return
    for finding in result.findings:
        assert 0 <= finding.start <= finding.end <= len(text), finding
        assert (finding.line, finding.column) == source.line_col(finding.start)
    check_fixes(text, name, result)
