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
