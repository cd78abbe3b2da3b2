"""MDX markup that is code is never linted as prose: an `export` block that runs over several
lines (a component written in the page, MDX ESM, which ends at a blank line), and a fenced code
block inside a JSX element whose opening tag has no blank line after it (CommonMark reads such a
tag as the start of an HTML block, MDX reads the element's children as Markdown). The pages are
Hoppscotch's documentation (hoppscotch/docs, MIT; tests/data/ATTRIBUTION.md)."""

from plhelpers import lint_text, spans
from plainlint.reading.readers import read_document
from plainlint.reading.source import Source

# hoppscotch/docs snippets/components.mdx, lines 1-11, then a paragraph of our own.
EXPORTED_COMPONENT = """export const PrimaryButton = ({ label, href }) => {
  return (
    <a className="group" href={href}>
      <button className="flex items-center font-bold px-4 py-2 bg-primary-dark rounded-md text-white">
        <span>
          {label}
        </span>
      </button>
    </a>
  );
};

Please click on <img src="/images/logo.png" /> to utilize the button.
"""


def test_a_multi_line_export_is_code_and_the_prose_after_it_is_linted():
    found = lint_text(EXPORTED_COMPONENT, "snippets/components.mdx",
                      select=["link-text", "alt-text-missing", "jargon"])
    assert [(f.rule, f.line, f.column) for f in found] == [
        ("jargon", 13, 8), ("alt-text-missing", 13, 17), ("jargon", 13, 51)]


def test_an_export_ends_at_a_blank_line_unless_its_brackets_are_open():
    text = ("export const Note = () => {\n  const a = 1;\n\n  return <a href=\"/x\"></a>;\n};\n\n"
            "export const meta = { title: 'x' };\n\nPlease utilize the form.\n")
    found = lint_text(text, "page.mdx", select=["link-text", "jargon"])
    assert spans(found) == [(9, 8, 9, 15, "utilize")]


def test_a_bracket_inside_a_string_or_comment_of_an_export_leaves_none_open():
    """Counted as code, the bracket of ':-(' kept the block open to the end of the page, and
    nothing after it was linted."""
    text = ('export const face = ":-(";\nexport const note = 1; // (see below\n\n# Heading\n\n'
            "Please utilize the form.\n")
    assert spans(lint_text(text, "page.mdx", select=["jargon"])) == [(6, 8, 6, 15, "utilize")]


def test_an_export_word_inside_a_paragraph_does_not_hide_the_lines_after_it():
    text = "You can download the report and\nexport it as a CSV file, then\nutilize it in a spreadsheet.\n"
    assert spans(lint_text(text, "page.mdx", select=["jargon"])) == [(3, 1, 3, 8, "utilize")]


# hoppscotch/docs documentation/getting-started/rest/tests.mdx, lines 46-59.
CODE_GROUP = """<CodeGroup>
  ```javascript Response code 200
  pw.test("Response is ok", () => {
    pw.expect(pw.response.status).toBe(200);
  });
  ```
  ```javascript Matcher function
  pw.test("Response is ok", () => {
    pw.expect(pw.response.status).toBeLevel2xx();
  });
  ```
</CodeGroup>

The tests will have passed once you click on the "**Send**" button.
"""

# hoppscotch/docs documentation/clients/desktop/setup.mdx, lines 31-35 (the URL list shortened).
NOTE_WITH_CODE = """<Note>
  e.g. to allow connection to `https://hoppscotch.my-domain.com` you need to add `app://hoppscotch_my_domain_com`.
  ```bash
  WHITELISTED_ORIGINS=...existing_origins,http://app.hoppscotch_my_domain_com
  ```
</Note>
"""


def test_a_fence_inside_a_jsx_element_is_code():
    found = lint_text(CODE_GROUP, "documentation/getting-started/rest/tests.mdx", select=["terminology", "jargon"])
    assert spans(found) == [(14, 37, 14, 45, "click on")]


def test_a_url_in_a_fence_inside_a_jsx_element_is_not_a_bare_url():
    found = lint_text(NOTE_WITH_CODE, "documentation/clients/desktop/setup.mdx", select=["bare-url", "jargon"])
    assert [(f.rule, f.line) for f in found] == [("jargon", 2)]


def test_the_same_fence_in_a_markdown_file_is_read_as_commonmark_reads_it():
    """In .md an HTML block holds raw text up to its blank line, so the fence is shown as text."""
    found = lint_text(CODE_GROUP, "page.md", select=["terminology"])
    assert [f.line for f in found] == [2, 7]


def test_an_export_line_inside_a_fence_is_the_fence_s_code_and_the_fence_still_closes():
    text = ("Set the variables:\n\n```bash\n# one\n\nexport FOO=bar\n```\nPlease utilize the form.\n")
    assert spans(lint_text(text, "page.mdx", select=["jargon"])) == [(8, 8, 8, 15, "utilize")]


def test_a_fence_inside_a_jsx_element_is_code_with_windows_line_ends_too():
    found = lint_text(CODE_GROUP.replace("\n", "\r\n"), "tests.mdx", select=["terminology", "jargon"])
    assert spans(found) == [(14, 37, 14, 45, "click on")]


# A self-hosting page written as Mintlify writes it (our own words): a JSX element with
# attributes, its content on the next lines (an HTML block to CommonMark, Markdown to MDX), with
# variable names in `code` (trial6: Rallly's configuration page had `DOMAIN` flagged as shouting).
PARAM_FIELDS = """# Configuration

<ParamField path="PUBLIC_URL" required>
  The public address of your instance. The installer builds it from `DOMAIN` and `utilize_cache`; please utilize the full address.
</ParamField>
"""


def test_code_spans_inside_a_jsx_element_are_code_in_mdx():
    found = lint_text(PARAM_FIELDS, "self-hosting/configuration.mdx", select=["shouting", "jargon"])
    # only the prose 'utilize' after the semicolon: nothing inside the backticks
    assert spans(found) == [(4, 106, 4, 113, "utilize")]


def test_the_same_block_in_markdown_stays_raw_html():
    # CommonMark leaves an HTML block's content raw: backticks are characters there, as GitHub shows them.
    # (Read from the segments: shouting, asked before, now takes a word in backticks for a name, sing28.)
    doc = read_document(Source("self-hosting/configuration.md", PARAM_FIELDS), "markdown")
    assert [s.text.strip() for s in doc.segments if "DOMAIN" in s.text] == [
        "The public address of your instance. The installer builds it from `DOMAIN` and `utilize_cache`; "
        "please utilize the full address."]


def test_a_code_span_inside_a_jsx_element_is_one_placeholder_with_an_entity_in_it():
    # rev15: the parser decodes `&amp;` apart from the text around it, and the code span's parts
    # on each side became two placeholders with the '&' left between them as prose
    text = '# Setup\n\n<ParamField path="JOIN" required>\n  Join them with `a &amp; b &lt;c&gt;` and utilize the result.\n</ParamField>\n'
    doc = read_document(Source("setup.mdx", text), "mdx")
    assert [s.text.strip() for s in doc.segments if "Join" in s.text] == ["Join them with X and utilize the result."]
    found = lint_text(text, "setup.mdx", select=["jargon"])
    assert spans(found) == [(4, 44, 4, 51, "utilize")]
