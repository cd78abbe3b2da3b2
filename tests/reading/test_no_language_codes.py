"""`und`, `mul` and `zxx` name no one language: a file declaring one is read as declaring nothing
(its other signals, then English), and html-lang reports `und` (issue 27)."""

from plhelpers import lint_text

# An order-confirmation email as template builders export it: lang="und" on <html>.
UND_EMAIL = """<!DOCTYPE html>
<html lang="und">
<head><meta charset="utf-8"><title>Order received</title></head>
<body>
  <p>Hi {{ first_name }},</p>
  <p>We have received your order. Please utilize the link below to track it.</p>
</body>
</html>
"""


def test_und_html_lang_keeps_english_rules_and_is_reported():
    found = lint_text(UND_EMAIL, "emails/order-received.html")
    rules = [f.rule for f in found]
    assert "language-skipped" not in rules
    assert "jargon" in rules  # "utilize" is read as English
    lang = [f for f in found if f.rule == "html-lang"]
    assert len(lang) == 1 and "undetermined" in lang[0].message
    assert (lang[0].line, lang[0].column) == (2, 1)


def test_mul_and_zxx_are_no_declaration_and_not_reported_by_html_lang():
    for code in ("mul", "zxx", "ZXX", "und-Latn"):
        found = lint_text(UND_EMAIL.replace('lang="und"', f'lang="{code}"'), "emails/order-received.html")
        rules = [f.rule for f in found]
        assert "language-skipped" not in rules and "jargon" in rules, code
        assert ("html-lang" in rules) == code.lower().startswith("und"), code


def test_und_falls_back_to_the_file_name():
    found = lint_text(UND_EMAIL, "emails/order-received.fr.html")
    assert "language-skipped" in [f.rule for f in found]
    assert "from file name" in [f for f in found if f.rule == "language-skipped"][0].message


def test_front_matter_und_and_config_und_declare_nothing():
    page = "---\ntitle: Refunds\nlang: und\n---\n\nPlease utilize the refund form.\n"
    assert "jargon" in [f.rule for f in lint_text(page, "help/refunds.md")]
    assert [f.rule for f in lint_text("Utilize it.\n", "page.md", {"language": "zxx"})] == ["jargon"]


def test_a_real_language_still_skips():
    found = lint_text(UND_EMAIL.replace('lang="und"', 'lang="de"'), "emails/order-received.html")
    assert "language-skipped" in [f.rule for f in found]
    assert "html-lang" not in [f.rule for f in found]
