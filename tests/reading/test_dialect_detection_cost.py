"""speed23: the dialect readings added since session 20 (MyST, VitePress, Starlight, MkDocs blocks,
Inky, Blade) cost nothing on a file without their mark: none of their patterns is tried on it.
Counted, not timed."""

from __future__ import annotations

import pytest

from plainlint.reading import blade
from plainlint.reading.readers import inky, mkdocs_blocks, myst, read_document, starlight, vitepress
from plainlint.reading.source import Source

# Each dialect's patterns that a reading of every file could try.
PATTERNS = [(myst, "_HINT"), (vitepress, "_HINT"), (vitepress, "_DOCFX"), (starlight, "_IMPORT"),
            (starlight, "_TEMPLATE"), (starlight, "_ASIDE"), (mkdocs_blocks, "_HINT"), (inky, "_INKY_TAG"),
            (blade, "_MARKDOWN_MAIL")]
PLAIN_MARKDOWN = (
    "---\ntitle: Reset your password\n---\n\n# Reset your password\n\nOpen **Settings** and select *Reset*.\n\n"
    "```json\n{\"name\": \"x\", \"items\": [{\"id\": 1}]}\n```\n\n| Step | What |\n|---|---|\n| 1 | Sign in |\n\n"
    "See [the guide](https://example.com/a:b) (for help) or {{ name }}.\n")
PLAIN_HTML = "<html lang=\"en\"><body><h1>Hi</h1><p>Your order <b>shipped</b>. Questions? Reply.</p></body></html>\n"


@pytest.fixture
def tried(monkeypatch):
    calls = []

    class Counting:
        def __init__(self, name, real):
            self.name, self.real = name, real

        def __getattr__(self, method):
            def counted(*args, **kwargs):
                calls.append(self.name)
                return getattr(self.real, method)(*args, **kwargs)
            return counted

    for module, name in PATTERNS:
        monkeypatch.setattr(module, name, Counting(f"{module.__name__}.{name}", getattr(module, name)))
    return calls


@pytest.mark.parametrize("path, text, fmt", [
    ("docs/reset.md", PLAIN_MARKDOWN, "markdown"), ("docs/reset.mdx", PLAIN_MARKDOWN, "mdx"),
    ("emails/shipped.html", PLAIN_HTML, "html"), ("emails/shipped.txt", "Hi,\n\nYour order shipped.\n", "text"),
])
def test_a_file_without_a_dialect_mark_tries_none_of_their_patterns(tried, path, text, fmt):
    doc = read_document(Source(path, text), fmt)
    assert doc.segments and tried == []


@pytest.mark.parametrize("path, text, fmt, pattern", [
    ("docs/a.md", ":::{note}\nHi there.\n:::\n", "markdown", "plainlint.reading.readers.myst._HINT"),
    ("docs/a.md", "::: tip Careful\nHi there.\n:::\n", "markdown", "plainlint.reading.readers.vitepress._HINT"),
    ("docs/a.mdx", "import { Aside } from '@astrojs/starlight/components';\n\nHi.\n", "mdx",
     "plainlint.reading.readers.starlight._IMPORT"),
    ("docs/a.md", "---\ntitle: Hi\ntemplate: splash\n---\n\nHi.\n", "markdown",
     "plainlint.reading.readers.starlight._TEMPLATE"),
    ("docs/a.md", "!!! note \"Hi\"\n    Body here.\n", "markdown", "plainlint.reading.readers.mkdocs_blocks._HINT"),
    ("emails/a.html.inky", "<container><row><columns>Hi.</columns></row></container>\n", "html",
     "plainlint.reading.readers.inky._INKY_TAG"),
    ("emails/a.blade.php", "@component('mail::message')\nHi.\n@endcomponent\n", "template",
     "plainlint.reading.blade._MARKDOWN_MAIL"),
])
def test_a_file_with_a_mark_is_read_as_its_dialect(tried, path, text, fmt, pattern):
    read_document(Source(path, text), fmt)
    assert pattern in tried
