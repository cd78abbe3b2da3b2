"""Files in another language skip the English rules, with one notice per file."""

from plhelpers import lint_text


def test_front_matter_lang_skips_english_rules():
    found = lint_text("---\nlang: fr\n---\n\nCliquez simplement. Utilize.\n")
    assert [f.rule for f in found] == ["language-skipped"]
    assert found[0].severity == "info"
    assert "front matter" in found[0].message


def test_a_front_matter_lang_that_names_no_language_needs_its_prose():
    """ExpressionEngine's user guide sets `lang: php` (or `ee`, `js`: its examples' code) in the
    front matter of 220 of its 520 English pages, which all skipped the English rules (old36). A
    value that is no known language code is taken only when the prose does not read as English; a
    known code is taken as before. Sentences written for this test."""
    english = "\n\nPlease utilize the form. You can reset your password in the settings of the account.\n"
    for value in ("php", "ee", "javascript", "json"):
        assert "jargon" in [f.rule for f in lint_text(f"---\nlang: {value}\n---{english}", "docs/a.md")], value
    german = ("\n\nSie können Ihr Passwort in den Einstellungen ändern. Wenn Sie Fragen haben, "
              "schreiben Sie uns bitte eine Nachricht.\n")
    assert [f.rule for f in lint_text(f"---\nlang: Deutsch\n---{german}", "docs/b.md")] == ["language-skipped"]
    assert [f.rule for f in lint_text(f"---\nlang: de\n---{english}", "docs/c.md")] == ["language-skipped"]


def test_a_front_matter_value_in_title_case_stands_only_when_it_names_a_language():
    """rev37: any value in title case stood as a language's name, so `lang: Python` (a code sample's
    language, as ExpressionEngine writes `lang: php`) skipped every English rule on an English page.
    A name stands whatever its case and however short the page (rulesets/language-names.yaml)."""
    english = "\n\nPlease utilize the form. You can reset your password in the settings of the account.\n"
    for value in ("Python", "Ruby", "Bash"):
        assert "jargon" in [f.rule for f in lint_text(f"---\nlang: {value}\n---{english}", "docs/a.md")], value
    for value in ("French", "Français", "spanish", "Русский", "Ελληνικά"):
        found = lint_text(f"---\nlang: {value}\n---\n\nMerci.\n", "docs/a.md")
        assert [f.rule for f in found] == ["language-skipped"], value


def test_a_front_matter_value_judges_the_page_s_prose_outside_the_units_caches():
    """rev37: the test of a page whose front matter value names no language asked the cached test
    of a unit, so each such page's whole prose was kept as a key of two caches meant for units (4,096
    each; ExpressionEngine's guide has 220 such pages)."""
    from plainlint.nlp.english import reads_as_english, reads_as_other_language
    from plainlint.reading.readers import _front_matter_language_stands

    def asked() -> int:
        return sum(info.hits + info.misses for info in (reads_as_english.cache_info(),
                                                         reads_as_other_language.cache_info()))

    before = asked()
    german = "Sie können Ihr Passwort in den Einstellungen ändern, wenn Sie es vergessen haben (rev37)."
    assert _front_matter_language_stands("php", lambda: german)
    assert not _front_matter_language_stands("php", lambda: "You can reset your password in the settings.")
    assert asked() == before


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


# A code after a hyphen ends English names too: 'sender-id', 'serial-no', 'custom-ca', 'hmrc-uk',
# 'docker-baseimage-el', 'dialogflow-es' (every such held-out and corpus name but two Chinese pages,
# docs/accuracy.md, docu32). So a hyphen code counts only when the prose is written in that
# language's own script. Sentences written for this test.
CHINESE = "# 网易云音乐\n\n在设置中登录你的账户，然后选择要同步的歌单。请使用最新版本。Utilize it.\n"
GREEK = "# Οδηγός\n\nΣυνδεθείτε στον λογαριασμό σας και επιλέξτε τις ρυθμίσεις που θέλετε. Utilize it.\n"


def test_a_code_after_a_hyphen_counts_when_the_text_is_in_its_script():
    found = lint_text(CHINESE, "music-providers/netease-cloud-music-zh.md")
    assert [f.rule for f in found] == ["language-skipped"]
    assert "'zh' (from file name)" in found[0].message
    assert [f.rule for f in lint_text(GREEK, "guide-el.md")] == ["language-skipped"]


def test_a_code_after_a_hyphen_in_an_english_page_is_a_word():
    for name in ("sender-id.md", "serial-no.md", "hmrc-uk.md", "docker-baseimage-el.md", "custom-ca.md",
                 "faq-zh.md", "guia-es.md", "faq-de.md", "submit-it.md"):
        assert [f.rule for f in lint_text("Utilize it.\n", name)] == ["jargon"], name


def test_a_hyphen_code_needs_its_own_script_not_just_another_one():
    """Chinese text in a page named `-el` is not Greek (it gets no language from the name)."""
    assert "language-skipped" not in [f.rule for f in lint_text(CHINESE, "guide-el.md")]


# Written for this test: a German help page, as pihole-docs' routers/fritzbox-de.md is German.
GERMAN = ("# Router einrichten\n\nDiese Anleitung zeigt, wie Sie den Router mit dem Server verbinden. Wenn Sie "
          "die Einstellungen nicht sehen, ist die erweiterte Ansicht noch nicht aktiv. Dann wird der Server "
          "als DNS-Server für alle Geräte im Netz eingetragen, und die Geräte fragen nur noch ihn. Utilize it.\n")


def test_a_latin_script_code_after_a_hyphen_counts_when_its_common_words_fill_the_page():
    """Common words of the language (rulesets/spelling-stopwords.txt) a sixth of the prose, and the
    page not English: `fritzbox-de.md` (the only such page of both corpora) is German."""
    found = lint_text(GERMAN, "routers/fritzbox-de.md")
    assert [f.rule for f in found] == ["language-skipped"]
    assert [f.rule for f in lint_text(GERMAN, "routers/fritzbox-es.md")] != ["language-skipped"]


# old36 (user35): a page in another language that keeps English reply scripts in fences. The notice
# says how to lint them, and counts only fences that read as English replies (not a command, not a
# reply in the page's own language). Text written for this test.
ZH_REPLIES = ("---\nlang: zh\n---\n\n# 售后回复模板\n\n以下是客服可以使用的英文回复。\n\n"
              "```\nHello, thank you for your order. Your parcel is on the way and you will get it soon.\n```\n\n"
              "```text\nWe are sorry that the item arrived late. You can ask for a refund on the order page.\n```\n\n"
              "```\nnpm install --save widget\n```\n\n"
              "```\n您好，感谢您的订单。您的包裹正在路上，很快就会送达。请耐心等待。\n```\n")


def test_language_skipped_notice_says_how_to_lint_english_replies_in_fences():
    [notice] = lint_text(ZH_REPLIES, "replies.md")
    assert notice.rule == "language-skipped"
    assert "2 fenced blocks read as English replies" in notice.message
    assert "`language: en` and `kind: reply`" in notice.message


def test_language_skipped_notice_without_english_fences_says_nothing_more():
    text = ZH_REPLIES.split("```\nHello")[0] + "```\nnpm install --save widget\n```\n"
    [notice] = lint_text(text, "replies.md")
    assert notice.message == "file is in 'zh' (from front matter): English language rules were skipped"

# A file named only by its language code (Rails `fr.yml`, i18next's `fr.json`, `pt-BR.json`) or in a
# translation folder (Docusaurus `i18n/fr/`, Hugo `content/fr/`, i18next `locales/fr/`) is in that
# language when its prose bears the code out, as a code after a hyphen is (lang36, user36 defect 1).
# Sentences written for these tests.
FRENCH_STRINGS = ('fr:\n  devise:\n    signed_up: "Bienvenue ! Vous êtes inscrit avec succès. Nous vous enverrons un '
                  'message de confirmation."\n    updated: "Nous avons bien mis à jour votre compte. Vous pouvez '
                  'utiliser le lien pour nous contacter."\n')
DUTCH_STRINGS = ('nl:\n  send_instructions: "Je ontvangt binnen enkele minuten een bericht met instructies hoe je je '
                 'account kan bevestigen."\n  updated: "Je account is bijgewerkt. Als je vragen hebt, kun je ons '
                 'een bericht sturen."\n')
PORTUGUESE_STRINGS = ('pt-BR:\n  updated: "Sua conta foi atualizada com sucesso. Se você tiver alguma dúvida, '
                      'entre em contato conosco pelo site."\n  sent: "Você receberá um e-mail com as instruções para '
                      'confirmar a sua conta em alguns minutos."\n')
FRENCH_PAGE = ("# Aide\n\nVous pouvez modifier votre mot de passe dans les paramètres de votre compte. Si vous "
               "avez oublié votre mot de passe, cliquez sur le lien et nous vous enverrons un message.\n")
ENGLISH_STRINGS = 'it:\n  signed_up: "Utilize the link to confirm your account, and then sign in with your password."\n'


def test_a_file_named_by_its_code_alone_is_in_that_language():
    for path, text, code in (("config/locales/devise/fr.yml", FRENCH_STRINGS, "fr"),
                             ("config/locales/nl.yml", DUTCH_STRINGS, "nl"),
                             ("locales/pt-BR.yml", PORTUGUESE_STRINGS, "pt-BR"),
                             ("locales/fr.yml", ENGLISH_STRINGS, None)):
        found = [f for f in lint_text(text, path) if f.rule != "fields-detected"]
        if code is None:  # a locale file not translated yet: English
            assert "language-skipped" not in [f.rule for f in found], path
            continue
        assert [f.rule for f in found] == ["language-skipped"], path
        assert f"'{code}' (from file name)" in found[0].message


def test_a_code_that_is_an_english_word_needs_its_prose():
    assert "jargon" in [f.rule for f in lint_text(ENGLISH_STRINGS, "config/locales/it.yml")]
    assert [f.rule for f in lint_text("Utilize it.\n", "en-GB.md")] == ["jargon"]
    assert [f.rule for f in lint_text("Utilize the page.\n", "docs/fr.md")] == ["jargon"]


def test_a_translation_folder_is_in_its_language():
    for path in ("site/i18n/fr/docusaurus-plugin-content-docs/current/aide.md", "hugo/content/fr/aide.md",
                 "public/locales/fr/translation.md"):
        found = lint_text(FRENCH_PAGE + "\nUtilize it.\n", path)
        assert [f.rule for f in found] == ["language-skipped"], path
        assert "'fr' (from translation folder)" in found[0].message
    assert [f.rule for f in lint_text("Utilize the page.\n", "hugo/content/it/page.md")] == ["jargon"]
    assert [f.rule for f in lint_text("Utilize the page.\n", "site/i18n/en/page.md")] == ["jargon"]


def test_a_rails_locale_file_whose_root_key_is_its_name_is_in_that_language():
    """Rails' layout (`nl.yml` holding `nl:`) is two signals: a short file is taken without its
    prose counting enough common words, unless the prose reads as English (not translated yet)."""
    short = 'nl:\n  devise:\n    send_instructions: "Je ontvangt via e-mail instructies hoe je je account kan bevestigen."\n'
    found = [f.rule for f in lint_text(short, "config/locales/devise/nl.yml") if f.rule != "fields-detected"]
    assert found == ["language-skipped"]
    other_root = short.replace("nl:\n", "en:\n", 1)
    assert "language-skipped" not in [f.rule for f in lint_text(other_root, "config/locales/devise/nl.yml")]
    untranslated = 'nl:\n  sent: "Utilize the link in the e-mail that we sent you to confirm your account."\n'
    assert "jargon" in [f.rule for f in lint_text(untranslated, "config/locales/nl.yml")]


def test_a_rails_locale_file_s_root_key_is_read_after_blank_lines_and_comments_in_crlf_too():
    """rev37: the root key was looked for after blank lines matched as `[ \\t]*\\n`, so a Windows
    file (CRLF) with a blank line before `nl:` had no root key, and its short Dutch strings, too few
    to count common words in, got the English rules."""
    short = '# Dutch\n\nnl:\n  devise:\n    send_instructions: "Je ontvangt via e-mail instructies hoe je je account kan bevestigen."\n'
    for text in (short, short.replace("\n", "\r\n")):
        found = [f.rule for f in lint_text(text, "config/locales/devise/nl.yml") if f.rule != "fields-detected"]
        assert found == ["language-skipped"], repr(text[:12])


def test_a_code_no_bare_suffix_takes_is_taken_as_a_whole_name():
    """Bosnian, Azerbaijani and Burmese Rails files (`bs.yml` holding `bs:`): codes a `_bs` suffix
    never counts for ('my', 'be' are words), taken as a whole name with the prose's consent."""
    bosnian = 'bs:\n  sent: "U roku nekoliko minuta ćete primiti e-mail s uputama za potvrdu Vašeg računa."\n'
    found = [f.rule for f in lint_text(bosnian, "config/locales/devise/bs.yml") if f.rule != "fields-detected"]
    assert found == ["language-skipped"]
    assert "terminology" in [f.rule for f in lint_text(bosnian.replace("bs:", "strings:"), "notes_bs.yml")]
    english = 'my:\n  sent: "Utilize the link in the e-mail that we sent you to confirm your account."\n'
    assert "jargon" in [f.rule for f in lint_text(english, "config/locales/my.yml")]
