"""Wiki links: a link's target is never read as prose, its shown text is. Obsidian, Foam, Logseq
and Dendron write `[[target|shown text]]`; GitHub and Gollum wikis write `[[shown text|target]]`.
A side holding '#', '/' or a '.md' ending is the target in either order; otherwise the target is
first (Obsidian's order, 334 of 335 links with a marked side in the held-out Obsidian help; no
text-first link in the corpus). Without shown text, the target's last part is shown. Examples in
our own words."""

import pytest

from plhelpers import lint_text, spans

JARGON = {
    "alias-is-prose-target-is-not": ("See [[Utilize shared vaults|shared vaults]] for more.\n", []),
    "alias-is-prose": ("See [[Shared vaults|utilize vaults]] for more.\n", [(1, 21, 1, 28, "utilize")]),
    "target-with-heading-first": ("See [[Utilize vaults#Sync|this section]].\n", []),
    "target-marked-second-is-a-target": ("See [[utilize the vault|Utilize-vaults.md]].\n",
                                         [(1, 7, 1, 14, "utilize")]),
    "target-path-second-is-a-target": ("See [[this page|guides/utilize]].\n", []),
    "no-alias-last-part-is-shown": ("See [[Guides/Utilize/Sync notes]] and [[Guides/Utilize filters]].\n",
                                    [(1, 48, 1, 55, "Utilize")]),
    "no-alias-heading-is-shown": ("See [[Utilize vaults#Utilize filters]].\n", [(1, 22, 1, 29, "Utilize")]),
    "no-alias-heading-of-this-note-is-shown": ("See [[#Utilize filters]].\n", [(1, 8, 1, 15, "Utilize")]),
    "same-character-page-and-heading": ("See [[a#a]] and utilize it.\n", [(1, 17, 1, 24, "utilize")]),
    "no-alias-block-reference-shows-the-note": ("See [[Utilize vaults#^b1f2]].\n", [(1, 7, 1, 14, "Utilize")]),
    "md-extension-is-hidden": ("See [[Utilize.md]] now.\n", [(1, 7, 1, 14, "Utilize")]),
    "table-escaped-pipe": ("| Page |\n| --- |\n| [[Utilize vaults\\|Vaults]] |\n", []),
    "crlf-and-non-ascii": ("Café ñ.\r\nÜber [[Notes/Über#Utilize it|utilize it]] now.\r\n",
                           [(2, 30, 2, 37, "utilize")]),
}


@pytest.mark.parametrize("text, expected", JARGON.values(), ids=JARGON.keys())
def test_only_the_shown_text_of_a_wiki_link_is_prose(text, expected):
    assert spans(lint_text(text, "notes/page.md", select=["jargon"])) == expected


def test_a_wiki_link_is_counted_once_in_its_sentence():
    """Before, `[[target|alias]]` was two links' words: a 26-word sentence went over the limit."""
    words = " ".join(["word"] * 24)
    text = f"{words} [[Long hidden target name of many words here|see this]] end.\n"
    assert lint_text(text, "notes/page.md", select=["sentence-length"]) == []


@pytest.mark.parametrize("text", ["```bash\nif [[ -f utilize.txt ]]; then exit; fi\n```\n",
                                  "```toml\n[[menus.main]]\nname = 'utilize'\n```\n",
                                  "Use [[ -f path ]] to utilize a test.\n"])
def test_double_brackets_that_are_not_wiki_links_are_untouched(text):
    found = spans(lint_text(text, "notes/page.md", select=["jargon"]))
    assert found == ([(1, 22, 1, 29, "utilize")] if text.startswith("Use") else [])


@pytest.mark.parametrize("path", ["saved-replies/warning.md", "support/macros.json"])
def test_in_a_saved_reply_double_brackets_are_a_placeholder_read_as_written(path):
    """A reply's `[[hidden|removed]]` asks the agent to keep one word: both are words of the reply,
    as in its HTML twin (a macro export's `content_html`), which never reads wiki links."""
    text = "Your post was [[utilized|removed]] by a moderator.\n"
    if path.endswith(".json"):
        text = ('[{"title": "Warning", "body": "Your post was [[utilized|removed]] by a moderator. '
                'Read **the [guide](https://a.test/guide)**."}]\n')
    assert [f.flagged for f in lint_text(text, path, select=["jargon"])] == ["utilized"]


def test_capitals_in_double_brackets_stay_a_placeholder():
    """`[[ORDER NUMBER]]` shows the same words as a wiki link or as written; read as written, its
    brackets keep it a placeholder an agent fills in, which shouting does not report."""
    text = "Hello, your order [[ORDER NUMBER]] has shipped. See [[FAQ]] or [[Orders/Utilize returns]].\n"
    found = lint_text(text, "notes/page.md", select=["shouting", "jargon"])
    assert [(f.rule, f.flagged) for f in found] == [("jargon", "Utilize")]
