"""Files in another language skip the English rules, with one notice per file."""

from plhelpers import lint_text


def test_front_matter_lang_skips_english_rules():
    found = lint_text("---\nlang: fr\n---\n\nCliquez simplement. Utilize.\n")
    assert [f.rule for f in found] == ["language-skipped"]
    assert found[0].severity == "info"
    assert "front matter" in found[0].message


def test_locale_in_file_name():
    assert [f.rule for f in lint_text("Utilize it.\n", "guide-fr-FR.md")] == ["language-skipped"]
    assert [f.rule for f in lint_text("Utilize it.\n", "faq_de.md")] == ["language-skipped"]
    assert [f.rule for f in lint_text("Utilize it.\n", "how-to.md")] == ["jargon"]
    assert [f.rule for f in lint_text("Utilize it.\n", "guide-en-US.md")] == ["jargon"]


def test_config_language_per_glob():
    config = {"overrides": [{"files": ["fr/**"], "language": "fr"}]}
    assert [f.rule for f in lint_text("Utilize it.\n", "fr/page.md", config)] == ["language-skipped"]
    assert [f.rule for f in lint_text("Utilize it.\n", "en/page.md", config)] == ["jargon"]


def test_english_named_or_in_three_letters_is_english():
    """`lang: English` once read as the code 'Eng' and skipped every English rule."""
    for value in ("English", "english", "eng", "en-GB"):
        assert [f.rule for f in lint_text(f"---\nlang: {value}\n---\n\nUtilize it.\n")] == ["jargon"], value
    assert [f.rule for f in lint_text("Utilize it.\n", "page.md", {"language": "english"})] == ["jargon"]


def test_front_matter_language_name_is_read_whole():
    found = lint_text("---\nlanguage: French\n---\n\nUtilize it.\n")
    assert [f.rule for f in found] == ["language-skipped"]
    assert "'French'" in found[0].message
