"""The fix safety net (lang36, user36 defect 1): the English rules report nothing, and so fix
nothing, in a unit (a paragraph, a string, a reply) that does not read as English, even in a file
declared or taken as English. Sentences written for these tests."""

from plhelpers import lint_text
from plainlint.fixing.fixer import fix_source
from plainlint.nlp.english import reads_as_other_language
from plainlint.reading.source import Source

FRENCH = "Vous vous êtes inscrit avec succès. Vous recevrez un e-mail de confirmation.\n"
GERMAN = "Wir haben Ihre Erstattung veranlasst. Sie erhalten eine E-Mail, sobald sie sie bearbeitet haben.\n"
ENGLISH = "Open the the Billing page. We send an e-mail when the refund is done.\n"


def test_a_french_paragraph_in_an_english_page_gets_no_english_finding():
    page = "# Help\n\n" + ENGLISH + "\n" + FRENCH + "\n" + GERMAN
    found = [(f.rule, f.line) for f in lint_text(page, "help.md")]
    assert ("repeated-words", 3) in found and ("terminology", 3) in found  # the English paragraph
    assert [rule for rule, line in found if line > 3] == []


def test_a_french_string_in_an_english_yaml_file_is_not_fixed():
    text = 'registrations:\n  signed_up: "' + FRENCH.strip() + '"\n  updated: "Open the the page."\n'
    source = Source("strings.yml", text)
    fixed = fix_source(source, "yaml", _settings("strings.yml")).text
    assert "Vous vous êtes" in fixed and "e-mail de confirmation" in fixed
    assert "Open the page." in fixed


def test_the_unit_check_tells_the_languages_apart():
    assert reads_as_other_language(FRENCH) and reads_as_other_language(GERMAN)
    assert not reads_as_other_language(ENGLISH)
    # dense English jargon with accented names is still English
    assert not reads_as_other_language("Configure the Zoë API key in Señor Café's dashboard, then restart it.")


def _settings(path):
    from plhelpers import settings_for

    return settings_for(path, None, None)


def test_english_words_that_are_common_words_elsewhere_stay_english():
    """'word' and 'link' are Dutch words too: a unit of them repeated is no Dutch."""
    assert not reads_as_other_language(" ".join(["word"] * 33) + ".")
    assert "sentence-length" in [f.rule for f in lint_text(" ".join(["word"] * 33) + ".\n", "help/x.md")]


# lang37 item 1: a heading is too short to tell by its own words; one with no English function
# word is judged by the prose of its section. Sentences written for these tests.
GERMAN_SECTIONS = ("# Versand und Rückgabe\n\nWir versenden alle Bestellungen innerhalb von zwei Tagen. Sie erhalten "
                   "eine E-Mail, sobald das Paket unterwegs ist.\n\n## Kosten der Rücksendung\n\nDie Rücksendung ist "
                   "für Sie kostenlos, wenn Sie das Etikett aus der E-Mail verwenden.\n")


def test_short_german_headings_above_german_prose_get_no_english_finding():
    """The English headings keep theirs: on an English page, and above a quoted German paragraph
    when the heading has English function words (the section decides only for a heading that
    could be either)."""
    assert [(f.rule, f.line) for f in lint_text(GERMAN_SECTIONS, "help/versand.md", select=["heading-case"])] == []
    english = "# Refund Policy\n\n" + ENGLISH
    assert [f.line for f in lint_text(english, "help/refunds.md", select=["heading-case"])] == [1]
    quoted = "## How to Write to our German Customers\n\n" + GERMAN
    assert [f.line for f in lint_text(quoted, "help/german.md", select=["heading-case"])] == [1]


def test_a_german_title_right_above_a_subheading_is_judged_by_the_next_section():
    page = "# Versand und Rückgabe\n\n" + GERMAN_SECTIONS.split("\n\n", 2)[2]
    assert [(f.rule, f.line) for f in lint_text(page, "help/versand.md", select=["heading-case"])] == []


# lang37 item 2: short Dutch and Polish strings in a file that declares nothing. The Dutch string
# is Helpy's (helpyio/helpy 26aff0e, config/locales/devise.nl.yml, MIT); the Polish one is ours.
DUTCH = "Je ontvangt via e-mail instructies hoe je je account kan bevestigen."
POLISH = "Twoje konto zostało pomyślnie potwierdzone. Sprawdź e-mail."


def test_short_dutch_and_polish_strings_are_not_fixed():
    text = f'confirmations:\n  send: "{DUTCH}"\n  confirmed: "{POLISH}"\n  updated: "Open the the page."\n'
    fixed = fix_source(Source("strings.yml", text), "yaml", _settings("strings.yml")).text
    assert DUTCH in fixed and POLISH in fixed
    assert "Open the page." in fixed
    # an English sentence naming Polish places stays English
    assert not reads_as_other_language("Our office in Łódź moved to Gdańsk: send the forms to the new address.")


def test_a_run_of_headings_judges_each_section_once(monkeypatch):
    """Consecutive headings share the section after them: it is judged once, not once per heading
    (a forward scan per heading was quadratic in a run of headings; the lead, session 37)."""
    from plainlint.linting import other_language

    judged = []
    real = other_language._mostly_other_language
    monkeypatch.setattr(other_language, "_mostly_other_language", lambda units: judged.append(len(units)) or real(units))
    headings = "".join(f"## Neue Funktionen Im Konto {n}\n\n" for n in range(200))
    text = headings + "Sie können wählen, ob Sie alle Ihre Passwörter in einer einzigen Datenbank ablegen wollen.\n"
    findings = lint_text(text, "docs/seite.md", select=["heading-case"])
    assert judged == [1] and findings == []  # one section of one unit, judged German once


def test_a_heading_above_lorem_ipsum_is_still_english():
    """Lorem ipsum reads as no English, but it is filler, not a language: the short heading above it
    is judged English and keeps its finding (other_language._mostly_other_language; rev38: no test
    held it)."""
    text = ("# Widgets\n\n## Utilize widgets\n\nLorem ipsum dolor sit amet, consectetur adipiscing elit, sed do "
            "eiusmod tempor incididunt ut labore et dolore magna aliqua.\n")
    assert [(f.line, f.flagged) for f in lint_text(text, "docs/widgets.md", select=["jargon"])] == [(3, "Utilize")]
