"""Rails locale files (rails38; user37's D4): a YAML file whose root key is a locale code is read
leaf by leaf, every string, not only those that read as prose by their content (four words and a
full stop): `%{name}` is an interpolation, a `_html` key's value is HTML, the root key is the
strings' language, and one-word labels give no finding. Texts invented in the shape of
maybe-finance's and Helpy's `config/locales/` files."""

from __future__ import annotations

from plhelpers import lint_text

LOCALE = """en:
  user_mailer:
    welcome:
      subject: Welcome aboard
      cta: Simply click the button
      body: "You can read the new reports, %{name}."
      help_html: "<a href='/help'>here</a>"
  buttons:
    save: Save
    cancel: Cancel
    delete: Delete
    ok: OK
  date:
    day_names: [Sunday, Monday]
  number:
    currency:
      format:
        format: "%u%n"
        unit: "$"
"""


def _found(findings):
    return [(f.rule, f.line, f.column, f.flagged) for f in findings]


def test_every_leaf_string_is_read_and_labels_give_nothing():
    findings = lint_text(LOCALE, "config/locales/en.yml", select=["ALL"])
    assert _found(f for f in findings if f.severity.value != "info") == [
        ("assumptive", 5, 12, "Simply"), ("link-text", 7, 35, "here")]
    # A root key that is no locale code: not a locale file, read by content as before (nothing here).
    other = "en:\n  cta: Simply click the button\nsettings:\n  theme: dark\n"
    assert [f.rule for f in lint_text(other, "config/app.yml") if f.severity.value != "info"] == []


def test_an_interpolation_is_one_word_in_its_sentence():
    text = 'en:\n  notice: "%{name} can utilize the reports"\n'
    findings = lint_text(text, "config/locales/views/en.yml", select=["jargon", "spelling"])
    assert _found(findings) == [("jargon", 2, 24, "utilize")]


def test_the_root_key_is_the_language_when_the_prose_agrees():
    """A one-locale file whose name does not say its language (`i18n_languages.af.yml` holds `af:`) is
    in its root key's language when its prose does not read as English; a file still holding the
    English it was copied from (lang36: a new locale starts as a copy of en.yml) is English."""
    text = ("af:\n  mailer:\n    reset: Ons het jou wagwoord verander.\n"
            "    help: Klik op die skakel om weer aan te meld.\n")
    found = lint_text(text, "config/locales/mailers/wagwoord.yml")
    assert [(f.rule, f.message) for f in found] == [
        ("language-skipped", "file is in 'af' (from its root key): English language rules were skipped")]
    spanish = "es-419:\n  mailer:\n    reset: Cambiamos tu contraseña. Haz clic en el enlace para entrar.\n"
    assert [f.message for f in lint_text(spanish, "config/locales/mailers/clave.yml")] == [
        "file is in 'es-419' (from its root key): English language rules were skipped"]
    untranslated = "af:\n  mailer:\n    intro: Please utilize the link that we sent to your e-mail address.\n"
    assert _found(lint_text(untranslated, "config/locales/mailers/wagwoord.yml", select=["jargon"])) == [
        ("jargon", 3, 19, "utilize")]


def test_a_views_strings_are_one_reply_and_no_whole_message_rule_judges_a_piece():
    """A string is named by the key of the mapping it is in (the scope of a view's lazy lookups), and
    the rules that judge what a whole message lacks (dead-end, no-way-forward) leave locale strings
    alone: the view adds its own links and buttons, which the file does not hold."""
    text = ("en:\n  ticket_mailer:\n    closed:\n      body: We have resolved your ticket.\n"
            "      footer: Please do not reply to this email.\n      cta: Simply open the portal\n")
    findings = lint_text(text, "config/locales/en.yml")
    assert [(f.rule, f.line, f.context.get("macro")) for f in findings] == [
        ("assumptive", 6, "ticket_mailer.closed")]
