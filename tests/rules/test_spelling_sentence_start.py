"""spelling (PL502, issue 33), session 14: a capitalised word opening a sentence that the page also
writes in another case (a package's heading, lower case) is a name the page uses; the same
capitalised form written twice is not evidence (docs/accuracy.md, spell14). Texts in our own words."""

from __future__ import annotations

from plhelpers import lint_text

# The dictionary check (`mode: dictionary`): known mode, the default, reports only known misspellings.
ON = {"extend-select": ["spelling"], "rules": {"spelling": {"mode": "dictionary"}}}
# A maker's name one slip from a common word ('caddy', a web server's name, was the example until
# SCOWL's variant spellings made it a word: spell17).
OPENING = "# Boards\n\nSeeed makes the board and ships it in a case.\n\n"


def flagged(text: str) -> list[str]:
    return [f.flagged for f in lint_text(text, "doc.md", ON) if f.rule == "spelling"]


def test_a_capitalised_word_alone_is_still_checked():
    assert flagged(OPENING) == ["Seeed"]


def test_a_name_the_page_also_writes_as_a_package_heading_is_not_reported():
    assert flagged("# Makers\n\n### seeed\n\nSeeed makes the board.\n") == []


def test_a_name_the_page_writes_in_lower_case_is_not_reported_where_capitalised():
    # The lower-case use in prose is checked on its own: a typo written both ways is still reported.
    assert flagged(OPENING + "The seeed board restarts by itself.\n") == ["seeed"]
    assert flagged("# Install\n\nDownlaod the installer.\n\nThe downlaod page lists every version.\n") == ["downlaod"]


def test_the_same_capitalised_form_twice_is_still_reported():
    assert flagged(OPENING + "Seeed restarts it by itself.\n") == ["Seeed", "Seeed"]
    assert flagged("# Install\n\nDownlaod the installer.\n\nDownlaod the manual too.\n") == ["Downlaod", "Downlaod"]


def test_a_known_misspelling_is_reported_however_the_page_writes_it():
    assert flagged("# Setup\n\nRecieve the code by e-mail.\n\nYou recieve it within a minute.\n") == [
        "Recieve", "recieve"]
