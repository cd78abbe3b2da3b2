"""spelling (PL502, issue 33), session 13: what the blind sample of four fresh help centres got
wrong (seed 95: Anki, Bitwarden, Jitsi, Standard Notes; docs/accuracy.md): a column of one-word
values, an inline list of names, a product named after its site. Texts in our own words."""

from __future__ import annotations

from plhelpers import lint_text

# The dictionary check (`mode: dictionary`): known mode, the default, reports only known misspellings.
ON = {"extend-select": ["spelling"], "rules": {"spelling": {"mode": "dictionary"}}}


def flagged(text: str) -> list[str]:
    return [f.flagged for f in lint_text(text, "doc.md", ON) if f.rule == "spelling"]


COMMANDS = """| Command | What it does |
|---|---|
| start | Start every container. |
| restart | Restart every container. |
| rebuildb | Rebuild the database from its backups. |
| help | List these commands. |
"""


def test_a_column_of_one_word_values_is_data():
    assert flagged(COMMANDS) == []


def test_a_slip_in_a_column_of_capitalised_values_is_still_reported():
    types = "| Field | Type |\n|---|---|\n| name | String |\n| enabled | Booleen |\n| size | Integer |\n"
    assert flagged(types) == []  # capitalised alone in a cell: read as a name
    types = "| Field | Type |\n|---|---|\n| name | String |\n| enabled | booleen |\n| size | Integer |\n"
    assert flagged(types) == ["booleen"]


def test_a_slip_in_a_column_of_phrases_is_still_reported():
    phrases = COMMANDS.replace("| What it does |", "| Notes |").replace("| rebuildb |", "| rebuild |")
    phrases = phrases.replace("Rebuild the database", "Rebuild the databse")
    assert flagged(phrases) == ["databse"]
    # A column with a cell of several words is prose.
    mixed = COMMANDS.replace("| help |", "| show the help |")
    assert flagged(mixed) == ["rebuildb"]
    # A known misspelling is reported even alone in a cell.
    assert flagged(COMMANDS.replace("| help |", "| recieve |")) == ["recieve"]


def test_an_inline_list_of_names_is_data():
    text = ("Code blocks support these languages: bash, css, elixir, go, haskell, html, java, "
            "kotlin, lexor, lua, markdown, python, ruby and rust.\n")
    assert flagged(text) == []


def test_a_slip_in_a_short_or_unsorted_list_is_still_reported():
    assert flagged("Bring your laptop, charger, adaptor, notbook and pen.\n") == ["notbook"]
    text = ("Pick any of these: zebra, monkey, apple, notbook, banana, tiger, lemon, cherry, "
            "grape, melon.\n")
    assert flagged(text) == ["notbook"]


def test_a_product_named_after_the_site_it_links_to():
    text = ("If you run nginz in front of the server, raise "
            "[its buffer size](https://nginzproxy.example.org/docs/buffers).\n")
    assert flagged(text) == []
    text = ("If you run caddo in front of the server, raise "
            "[its buffer size](https://caddoserver.example.com/docs/buffers).\n")
    assert flagged(text) == []
    # The rest of the host's label must be a word: 'notbook' + 'ly' is no product's site.
    assert flagged("Open notbook. See [the guide](https://notbookserver.example.com/).\n") == []
    assert flagged("Open notbook. See [the guide](https://notbookly.example.com/).\n") == ["notbook"]
    # A word that only begins another word of the page's links is not named by them.
    text = "Open the setings page. See [the guide](https://example.com/settings-guide).\n"
    assert flagged(text) == ["setings"]


def test_an_inline_list_ends_at_its_own_items_not_the_prose_around_it():
    """An item may be two words ('visual basic'), but the first and last items of a list do not
    take in the word of the sentence before or after it (rev13)."""
    # The word before the list made its first item ('for abap'), out of order: the list was missed.
    text = ("The editor has modes for abap, bash, css, elixir, go, haskell, julia, lexor, lua "
            "and ruby.\n")
    assert flagged(text) == []
    # The word after the list made its last item ('ruby tooday'): a slip in prose went unreported.
    text = "Modes: abap, bash, css, elixir, go, haskell, java, julia, lua, and ruby tooday.\n"
    assert flagged(text) == ["tooday"]
    text = "Modes: abap, bash, css, elixir, go, haskell, java, julia, lua, ruby tooday.\n"
    assert flagged(text) == ["tooday"]
