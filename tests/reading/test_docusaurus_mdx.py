"""A Docusaurus site compiles its `.md` files as MDX (v2 always; v3 unless `markdown.format` is
`'detect'` or `'md'`), so plainlint reads them so: an import, a JSX element's props and a
`{/* comment */}` are code, not prose (user31: an MDX comment in a Docusaurus `.md` was linted).
Config `markdown-format` says it for any file; Docusaurus's own front matter `mdx: {format: ...}`
wins over both, as it does in Docusaurus (reading/docusaurus.py). Examples written for these tests."""

from __future__ import annotations

import json

import pytest

from plainlint.config import ConfigError, load_config
from plainlint.reading.docusaurus import config_format, front_matter_format, outside_content, resolve_markdown_format
from plhelpers import lint_text, run_cli

# An MDX page as a Docusaurus site writes it in `.md`: imports, a tab component, an MDX comment.
PAGE = """---
title: Overview
---

import Tabs from "@theme/Tabs";
import TabItem from "@theme/TabItem";

<Tabs>
  <TabItem value="win" label="Windows">

Click **Start** and open the installer.

  </TabItem>
</Tabs>

{/* TODO: we will utilize the new screenshots here */}

Please utilize the form below.
"""
COMMENT_LINE, BODY_LINE = 16, 18


def _site(tmp_path, config: str | None = "module.exports = {title: 'Help'};\n", name="docusaurus.config.js",
          page: str = PAGE, at: str = "docs/overview.md"):
    site = tmp_path / "website"
    (site / at).parent.mkdir(parents=True, exist_ok=True)
    if config is not None:
        (site / name).write_text(config)
    (site / at).write_text(page)
    return site


def _jargon_lines(tmp_path, target: str = "website", config: dict | None = None) -> list[int]:
    if config is not None:
        (tmp_path / ".plainlint.yaml").write_text(json.dumps(config))
    result = run_cli(["check", target, "--select", "jargon", "--format", "json", "--no-cache"], tmp_path)
    assert result.returncode in (0, 1), result.stderr
    return sorted(f["line"] for f in json.loads(result.stdout))


@pytest.mark.parametrize("name", ["docusaurus.config.js", "docusaurus.config.ts", "docusaurus.config.mjs",
                                  "docusaurus.config.cjs"])
def test_a_docusaurus_md_is_read_as_mdx(tmp_path, name):
    _site(tmp_path, name=name)
    assert _jargon_lines(tmp_path) == [BODY_LINE]


def test_without_a_site_the_md_is_commonmark(tmp_path):
    _site(tmp_path, config=None)
    assert _jargon_lines(tmp_path) == [COMMENT_LINE, BODY_LINE]


@pytest.mark.parametrize("setting", ["format: 'detect'", 'format: "md"'])
def test_a_site_that_says_detect_or_md_reads_md_as_commonmark(tmp_path, setting):
    _site(tmp_path, config="export default {\n  markdown: {\n    mermaid: true,\n    " + setting + ",\n  },\n};\n")
    assert _jargon_lines(tmp_path) == [COMMENT_LINE, BODY_LINE]


def test_the_site_root_readme_is_not_site_content(tmp_path):
    """A README beside docusaurus.config.js is the repository's, shown by GitHub as CommonMark."""
    _site(tmp_path, at="README.md")
    assert _jargon_lines(tmp_path) == [COMMENT_LINE, BODY_LINE]


@pytest.mark.parametrize("front, expected", [
    ("mdx:\n  format: md\n", [COMMENT_LINE + 2, BODY_LINE + 2]),
    ("mdx: {format: mdx}\n", [BODY_LINE + 1]),
])
def test_front_matter_mdx_format_wins_over_the_site(tmp_path, front, expected):
    """Docusaurus's mdx-loader reads `frontMatter.mdx.format` and it takes precedence over the
    site's `markdown.format` (here 'detect', so only the front matter can make it MDX)."""
    page = PAGE.replace("title: Overview\n", "title: Overview\n" + front)
    _site(tmp_path, config="module.exports = {markdown: {format: 'detect'}};\n", page=page)
    assert _jargon_lines(tmp_path) == expected


def test_config_key_reads_md_as_mdx_anywhere(tmp_path):
    _site(tmp_path, config=None)
    config = {"overrides": [{"files": ["website/docs/**"], "markdown-format": "mdx"}]}
    assert _jargon_lines(tmp_path, config=config) == [BODY_LINE]


def test_config_key_wins_over_the_site(tmp_path):
    _site(tmp_path)
    assert _jargon_lines(tmp_path, config={"markdown-format": "detect"}) == [COMMENT_LINE, BODY_LINE]


def test_config_key_md_reads_mdx_as_commonmark(tmp_path):
    _site(tmp_path, config=None, at="docs/overview.mdx")
    assert _jargon_lines(tmp_path) == [BODY_LINE]
    assert _jargon_lines(tmp_path, config={"markdown-format": "md"}) == [COMMENT_LINE, BODY_LINE]


def test_config_key_rejects_an_unknown_value(tmp_path):
    (tmp_path / ".plainlint.yaml").write_text("markdown-format: jsx\n")
    with pytest.raises(ConfigError, match="markdown-format"):
        load_config(tmp_path / ".plainlint.yaml")


def test_show_settings_names_the_site(tmp_path):
    site = _site(tmp_path)
    result = run_cli(["check", "--show-settings", str(site / "docs" / "overview.md")], tmp_path)
    assert 'markdown-format: "mdx" (Docusaurus site: website/docusaurus.config.js)' in result.stdout


@pytest.mark.parametrize("text, expected", [
    ("module.exports = {title: 'x'};", "mdx"),
    ("export default {markdown: {format: 'detect', mermaid: true}};", "detect"),
    ("const config = {\n  markdown: {\n    hooks: {onBrokenMarkdownLinks: 'warn'},\n    format: \"md\",\n  },\n};", "md"),
    # a `format` of another object inside `markdown` is not the site's
    ("export default {markdown: {hooks: {format: 'md'}}, presets: []};", "mdx"),
    ("// markdown: {format: 'md'}\nmodule.exports = {};", "mdx"),
    ("export default {markdown: {format: `md`}};", "md"),
])
def test_config_format(text, expected):
    assert config_format(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("---\nmdx:\n  format: md\n---\n# A", "md"),
    ("---\ntitle: A\nmdx: {format: 'mdx'}\n---\n# A", "mdx"),
    ("---\nmdx:\n  format: detect\n---\n", "detect"),
    ("---\nformat: md\n---\n# A", None),  # not Docusaurus's key (its loader reads frontMatter.mdx)
    ("# A\n\nmdx:\n  format: md\n", None),
    ("", None),
])
def test_front_matter_format(text, expected):
    assert front_matter_format(text) == expected


@pytest.mark.parametrize("fmt, configured, expected", [
    ("markdown", None, "markdown"), ("mdx", None, "mdx"),
    ("markdown", "mdx", "mdx"), ("mdx", "mdx", "mdx"),
    ("markdown", "md", "markdown"), ("mdx", "md", "markdown"),
    ("markdown", "detect", "markdown"), ("mdx", "detect", "mdx"),
    ("html", "mdx", "html"), ("text", "md", "text"),
])
def test_resolve_markdown_format(fmt, configured, expected):
    assert resolve_markdown_format(fmt, "# Page\n", configured) == expected
    assert resolve_markdown_format(resolve_markdown_format(fmt, "# Page\n", configured), "# Page\n",
                                   configured) == expected


# CommonMark that MDX would not accept: `<` and `{` as text. Read as MDX, it must still be read.
LOOSE = """# Limits

Orders of < 5 items ship free, and 3<4 always.

Type {name} or { to open a group; I <3 this.

Please utilize the form.
"""


def test_commonmark_with_brackets_read_as_mdx_is_still_read():
    findings = lint_text(LOOSE, "docs/limits.md", {"markdown-format": "mdx"}, select=["jargon"])
    assert [(f.line, f.column) for f in findings] == [(7, 8)]


def test_pages_with_the_same_spelling_terms_keep_their_own_site_format(tmp_path):
    """Settings with spelling's tree terms are shared by pages writing the same terms: a page of a
    Docusaurus site and one outside it must not share one (their readers differ)."""
    from plainlint.config import Config, Resolver

    site = _site(tmp_path)
    (tmp_path / "notes").mkdir()
    outside = tmp_path / "notes" / "a.md"
    outside.write_text(PAGE)
    inside = site / "docs" / "overview.md"
    resolver = Resolver(Config(data={}))
    resolver.page_terms = {str(inside): frozenset({"Tabs"}), str(outside): frozenset({"Tabs"})}
    assert resolver.settings(inside).markdown_format == "mdx"
    assert resolver.settings(outside).markdown_format is None


def _outside_site(tmp_path, config: str):
    """The layout of `website/docusaurus.config.js` naming `../docs` (Docusaurus's v1 migration,
    many monorepos): the pages are outside the site's folder."""
    (tmp_path / "website").mkdir()
    (tmp_path / "website" / "docusaurus.config.js").write_text(config)
    for at in ("docs/overview.md", "notes/overview.md", "README.md"):
        (tmp_path / at).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / at).write_text(PAGE)


OUTSIDE_CONFIG = """module.exports = {
  presets: [['classic', {
    docs: {path: '../docs', sidebarPath: require.resolve('./sidebars.js')},
    // blog: {path: '../notes'},
  }]],
};
"""


def test_docs_named_outside_the_site_are_read_as_mdx(tmp_path):
    _outside_site(tmp_path, OUTSIDE_CONFIG)
    assert _jargon_lines(tmp_path, "docs") == [BODY_LINE]


def test_folders_the_site_does_not_name_stay_commonmark(tmp_path):
    """A folder named only in a comment, and the README at the repository's root, are not content."""
    _outside_site(tmp_path, OUTSIDE_CONFIG)
    assert _jargon_lines(tmp_path, "notes") == [COMMENT_LINE, BODY_LINE]
    assert _jargon_lines(tmp_path, "README.md") == [COMMENT_LINE, BODY_LINE]


def test_a_site_outside_the_folder_keeps_its_format(tmp_path):
    _outside_site(tmp_path, OUTSIDE_CONFIG.replace("module.exports = {", "module.exports = {markdown: {format: 'md'},"))
    assert _jargon_lines(tmp_path, "docs") == [COMMENT_LINE, BODY_LINE]


def test_show_settings_names_a_site_outside_the_folder(tmp_path):
    _outside_site(tmp_path, OUTSIDE_CONFIG)
    result = run_cli(["check", "--show-settings", str(tmp_path / "docs" / "overview.md")], tmp_path)
    assert 'markdown-format: "mdx" (Docusaurus site: website/docusaurus.config.js)' in result.stdout


@pytest.mark.parametrize("text, expected", [
    ("docs: {path: '../docs'}, blog: {\"path\": \"../blog\"}", ["../docs", "../blog"]),
    ("docs: {path: 'docs', routeBasePath: '/'}", []),
    ("/* path: '../old' */ docs: {path: `../guides/user`}", ["../guides/user"]),
    ("const path = require('path'); x.path: '../no'", []),
])
def test_outside_content(text, expected):
    assert outside_content(text) == expected
