"""A fix inside an article's heading whose anchor comes from its words is unsafe (user37, session 37).

'## Whitelist admins' is linked as '#whitelist-admins' (GitHub, VitePress, MkDocs, Docusaurus): a fix
that rewrites the words breaks those links, so it is applied only with --unsafe-fixes and says why.
A heading with an id of its own keeps its links whatever its words, and an e-mail is not linked into.
"""

from __future__ import annotations

import pytest

from plainlint.enums import Applicability
from plainlint.linting.hit_to_finding import HEADING_ANCHOR_NOTE
from plhelpers import lint_text


def _ensure_fixes(text: str, path: str) -> list[tuple[int, Applicability, str]]:
    """(line, applicability, message) of jargon's 'Ensure' fixes (a safe fix in running text)."""
    return [(f.line, f.fix.applicability, f.fix.message) for f in lint_text(text, path, select=["jargon"])
            if f.fix is not None and "'Ensure'" in f.fix.message]


def test_a_markdown_heading_without_an_id_gets_an_unsafe_fix_that_says_why():
    text = "# Account help\n\n## Ensure your email is verified\n\nEnsure your email is verified first.\n"
    fixes = _ensure_fixes(text, "docs/account.md")
    assert [(line, applicability) for line, applicability, _ in fixes] == [
        (3, Applicability.UNSAFE), (5, Applicability.SAFE)]
    assert fixes[0][2].endswith(HEADING_ANCHOR_NOTE) and not fixes[1][2].endswith(HEADING_ANCHOR_NOTE)


@pytest.mark.parametrize("text, path", [
    ("# Account help\n\n## Ensure your email is verified {#verify}\n\nText.\n", "docs/account.md"),
    ("<html lang=\"en\"><body><h1>Account help</h1>\n<h2 id=\"verify\">Ensure your email is verified</h2>\n"
     "<p>Text.</p></body></html>\n", "docs/account.html"),
])
def test_a_heading_with_its_own_id_keeps_a_safe_fix(text, path):
    assert [applicability for _, applicability, _ in _ensure_fixes(text, path)] == [Applicability.SAFE]


@pytest.mark.parametrize("heading", [
    "## Ensure the `{#each}` block is closed",  # Svelte's block in inline code (rev38: kept safe)
    "## Ensure {# a Jinja comment #} the block is closed",
    "## Ensure the block is closed {.wide}",
])
def test_a_brace_and_hash_that_names_no_id_leaves_the_fix_unsafe(heading):
    fixes = _ensure_fixes(f"# Blocks\n\n{heading}\n\nText.\n", "docs/blocks.md")
    assert [applicability for _, applicability, _ in fixes] == [Applicability.UNSAFE]


@pytest.mark.parametrize("attributes", ["{: #verify}", "{ #verify .wide }", "{.wide #verify}", "\\{#verify\\}"])
def test_an_id_in_any_attribute_list_syntax_keeps_the_fix_safe(attributes):
    text = f"# Account help\n\n## Ensure your email is verified {attributes}\r\n\nText.\n"
    assert [applicability for _, applicability, _ in _ensure_fixes(text, "docs/account.md")] == [Applicability.SAFE]


def test_an_html_heading_without_an_id_gets_an_unsafe_fix():
    text = ("<html lang=\"en\"><body><h1>Account help</h1>\n<h2>Ensure your email is verified</h2>\n"
            "<p>Text.</p></body></html>\n")
    assert [applicability for _, applicability, _ in _ensure_fixes(text, "docs/account.html")] == [
        Applicability.UNSAFE]


def test_an_email_heading_keeps_a_safe_fix():
    text = "<h1>Ensure your email is verified</h1>\n<p>Hi {{ name }}, click the link below.</p>\n"
    assert [applicability for _, applicability, _ in _ensure_fixes(text, "emails/verify.html")] == [
        Applicability.SAFE]


def test_a_fix_of_letter_case_alone_keeps_its_level_in_a_heading():
    """'Github' -> 'GitHub' leaves '#connect-github-to-your-account' as it was: anchors are lower
    case (rev38: 16 of the corpus's 54 demoted fixes were of case alone)."""
    text = "# Account help\n\n## Connect Github to your account\n\nText.\n"
    fixes = [f.fix for f in lint_text(text, "docs/account.md", select=["terminology"]) if f.fix is not None]
    assert [(fix.applicability, fix.message.endswith(HEADING_ANCHOR_NOTE)) for fix in fixes] == [
        (Applicability.SAFE, False)]
