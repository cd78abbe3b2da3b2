"""Astro Starlight pages (`src/content/docs/`): asides written `:::tip[Title]`.

An aside is remark-directive's container: `:::note`, `:::tip`, `:::caution`, `:::danger`, a custom
title in brackets right after the type (`:::tip[Did you know?]`), attributes in braces
(`:::note{icon="heart"}`), closed by `:::` (more colons to nest). Starlight sites write them tight,
the title line, the body and the closing line with no blank line between:

    :::tip[Did you know?]
    You can export every bookmark.
    :::

`readers.markdown` masked the colons and the type and left the rest, so the title, in its
brackets, and the body were one paragraph ('[Did you know?] You can export ...'), and a body
joined the paragraph after a tight closing line. A first run on linkding's, AerynOS's and the
CachyOS wiki's Starlight docs (trial15, session 22) found it in every page with a titled aside.
`starlight_view` reads them as readers.vitepress reads VitePress containers: each marker line
blank (a paragraph ends there, as it does in Starlight) and each title a TITLE segment of its own.

A page under a locale folder of Starlight's content root (`src/content/docs/fr/`, `.../pt-br/`:
Starlight's i18n layout, one folder per configured locale) is in that language: its English rules
are skipped, as for a locale in a file name (the CachyOS wiki's cs/ and sk/ pages and Safeparts'
ar/ pages were linted as English: shouting on Czech pages' button labels).

Only a file with a Starlight mark is read so: under a `src/content/docs/` folder (Starlight's
content collection), an import from `@astrojs/starlight`, or `template:` `splash` or `doc` in its
front matter (Starlight's own key). Components (`<Aside title>`, `<Card title>`, `<TabItem
label>`, `<Steps>`) are readers.mdx_flow's; the hero of a `template` page is
readers.vitepress.home_page_prose's.
"""

from __future__ import annotations

import re

from .common import LANGUAGE_CODES, primary_subtag
from .myst import MystParts
from .vitepress import STARLIGHT_TEMPLATE, vitepress_view

# An aside's opening or closing line: indentation (in a list or a quote), colons, the type, a
# bracketed title, brace attributes; groups as readers.vitepress's marker (3: the type, 4: the title).
# (In MDX the braces are an expression, masked by readers.mdx before the view.)
_ASIDE = re.compile(r"([ \t>]*)(:{3,})(?:([A-Za-z][\w-]*)(?:\[(.*)\])?(?:\{[^{}]*\}|[\ue000\ue001]+)?)?[ \t]*\Z")
_IMPORT = re.compile(r"(?m)^import[^\n]*['\"]@astrojs/starlight")
_LOCALE_FOLDER = re.compile(r"(?:^|/)src/content/docs/([A-Za-z]{2,3}(?:[-_][A-Za-z]{2,4})?)/")
_TEMPLATE = re.compile(r"(?m)^" + STARLIGHT_TEMPLATE)


def is_starlight(path: str, text: str) -> bool:
    """A Starlight page: under `src/content/docs/`, importing Starlight's components, or with
    Starlight's `template` key in its front matter."""
    if "src/content/docs/" in path.replace("\\", "/"):
        return True
    if "@astrojs/starlight" in text and _IMPORT.search(text) is not None:
        return True
    end = text.find("\n---", 3) if text.startswith("---") else -1
    return end > 0 and text.find("template:", 0, end) >= 0 and _TEMPLATE.search(text, 0, end) is not None


def starlight_view(text: str) -> tuple[str, MystParts | None]:
    """`text` with each aside's marker lines blank and its titles listed; same length. A file with
    no aside marker is returned as is, with no parts."""
    if ":::" not in text:
        return text, None
    return vitepress_view(text, marker=_ASIDE)


def locale_folder_language(path: str, prose=lambda: "") -> str | None:
    """The language of a page in a locale folder of Starlight's content root (`cs` of
    `src/content/docs/cs/faq.md`), a known code other than English; else None. A folder named
    like a code can be a region or a team ('uk/', 'ca/', 'eu/', 'it/', 'hr/'): a page whose
    prose (`prose()`, asked only for a page in such a folder) reads as English is not in another
    language, whatever its folder."""
    match = _LOCALE_FOLDER.search(path.replace("\\", "/"))
    if not match or primary_subtag(match.group(1)) not in LANGUAGE_CODES:
        return None
    return None if has_common_english_words(prose()) else match.group(1).lower()


# Words common in any English page and rare as words of the languages locale folders name ('a',
# 'to', 'in', 'of', 'for', 'will' are left: Czech, Dutch, Danish and German words too).
_ENGLISH = frozenset("the and you your are with that this from".split())
_WORD = re.compile(r"[^\W\d_]+")
ENGLISH_WORDS, ENGLISH_SHARE = 3, 0.1


def has_common_english_words(prose: str) -> bool:
    """At least ENGLISH_WORDS of the text's words, and a tenth of them, are English words of `_ENGLISH`:
    a page's test, not a unit's (`nlp.english.reads_as_english` compares a unit's function words with
    another language's; rev37 renamed this one, which bore the same name)."""
    words = _WORD.findall(prose.lower())
    english = sum(word in _ENGLISH for word in words)
    return english >= ENGLISH_WORDS and english >= ENGLISH_SHARE * len(words)
