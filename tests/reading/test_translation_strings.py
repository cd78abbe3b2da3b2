"""Translation helpers' English literals are read as prose in place (left17); the call, its key and
its placeholders are not."""

import pytest

from plainlint.reading.readers import read_document
from plainlint.reading.source import Source
from plhelpers import lint_text, spans

CLICHE = "we apologize for any inconvenience"


@pytest.mark.parametrize(
    "path, text",
    [
        ("mail.hbs", '<p>{{t "Order.Delay" "Sorry, ' + CLICHE + '."}}</p>\n'),
        ("mail.hbs", '<p>{{t "Order.Delay" "Hi {name}, ' + CLICHE + '." name=customer.name }}</p>\n'),
        ("mail.html.j2", '<p>{{ _("Sorry, ' + CLICHE + '.") }}</p>\n'),
        ("mail.html.j2", "<p>{{ _('Hi %(name)s, " + CLICHE + ".', name=user.name) }}</p>\n"),
        ("mail.html.j2", '<p>{{ gettext("Sorry, ' + CLICHE + '.")|safe }}</p>\n'),
        ("mail.html", '{% load i18n %}<p>{% trans "Sorry, ' + CLICHE + '." %}</p>\n'),
        ("mail.html", '{% load i18n %}<p>{% translate "Sorry, ' + CLICHE + '." context "delay" %}</p>\n'),
        ("mail.html.erb", "<p><%= t('order.delay', default: 'Sorry, " + CLICHE + ".') %></p>\n"),
        ("mail.text.erb", '<%= t(:delay, scope: "order", default: "Sorry, ' + CLICHE + '.") %>\n'),
    ],
)
def test_the_default_string_is_read_where_it_stands(path, text):
    found = spans(lint_text(text, path, select=["cliche"]), "cliche")
    assert [(line, column, flagged) for line, column, _, _, flagged in found] == [
        (1, text.index(CLICHE) + 1, CLICHE)]


def test_an_escape_reads_as_its_character_and_positions_stay_exact():
    text = "<p>{{ _('You can\\'t utilize this link.') }}</p>\n"
    found = lint_text(text, "mail.html.j2", select=["jargon"])
    start = text.index("utilize")
    assert [(f.column, f.end_column, f.flagged) for f in found] == [(start + 1, start + 8, "utilize")]
    doc = read_document(Source("mail.html.j2", text), "html", detect_language=False)
    assert [s.text for s in doc.segments if s.text.strip()] == ["You can't utilize this link."]


def test_a_placeholder_group_closing_with_two_braces_ends_neither_the_tag_nor_the_sentence():
    # Sharetribe's ICU select: the "}}" inside the default string once closed the tag there.
    text = ('<p>{{t "Ship.Reminder" "Remember to {option, select, shipping {ship} other {arrange pickup}}'
            ' soon. Please utilize the form." option=o}}</p>\n')
    found = lint_text(text, "mail.hbs", select=["jargon"])
    assert [f.flagged for f in found] == ["utilize"]
    assert found[0].column == text.index("utilize") + 1
    doc = read_document(Source("mail.hbs", text), "html", detect_language=False)
    assert [s.text for s in doc.segments if s.text.strip()] == ["Remember to X soon. Please utilize the form."]


@pytest.mark.parametrize(
    "path, text",
    [
        ("mail.hbs", '<p>{{t "Utilize.Form"}}</p>\n'),  # a key with no default: no English here
        ("mail.hbs", '<p>{{t "Please utilize the form" "Hello."}}</p>\n'),  # the key is not read
        ("mail.html", '{% load i18n %}{% trans "Please utilize the form." as label %}<p>Hi.</p>\n'),
        ("mail.html.erb", "<p><%= t('please_utilize_the_form') %></p>\n"),
        ("mail.html.j2", "<p>{{ _(message) }} {{ utilize_link }}</p>\n"),
        ("mail.liquid", "<p>{{ 'general.utilize' | t }}</p>\n"),
    ],
)
def test_keys_variables_and_stored_strings_are_not_read(path, text):
    assert lint_text(text, path, select=["jargon"]) == []


def test_a_string_stored_with_as_prints_nothing_where_it_stands():
    text = '{% load i18n %}<p>Hi {% trans "View report" as text %}there.</p>\n'
    doc = read_document(Source("mail.html", text), "html", detect_language=False)
    assert [s.text.split() for s in doc.segments if s.text.strip()] == [["Hi", "there."]]


def test_no_fix_is_offered_inside_a_translation_literal():
    # Changing the English changes the message id the translations are looked up by.
    text = '<p>{{ _("Please click on the button.") }}</p>\n'
    found = lint_text(text, "mail.html.j2", select=["jargon"])
    assert [f.flagged for f in found] == ["click on"]
    assert found[0].fix is None


@pytest.mark.parametrize("escape", ["\\n", "\\t", "\\r\\n", "\\n\\n"])
def test_a_line_break_or_tab_escape_separates_words(escape):
    # rev17: "First line.\nPlease" read "First line.nPlease", a made-up word in the sentence.
    text = '<p>{{ _("Your order shipped.' + escape + 'Please utilize the link.") }}</p>\n'
    doc = read_document(Source("mail.html.j2", text), "html", detect_language=False)
    assert [s.text.split() for s in doc.segments if s.text.strip()] == [
        ["Your", "order", "shipped.", "Please", "utilize", "the", "link."]]
    found = lint_text(text, "mail.html.j2", select=["jargon"])
    assert [(f.column, f.flagged) for f in found] == [(text.index("utilize") + 1, "utilize")]


@pytest.mark.parametrize("escape, char", [("\\u00e9", "é"), ("\\xe9", "é"), ("\\U000000e9", "é"),
                                          ("\\u00E9", "é")])
def test_a_character_given_by_its_code_reads_as_that_character(escape, char):
    # rev17's open item: "Caf\u00e9" read "Cafu00e9", a made-up word; positions stay exact.
    text = '<p>{{ _("Visit the Caf' + escape + ' page, then utilize the link.") }}</p>\n'
    doc = read_document(Source("mail.html.j2", text), "html", detect_language=False)
    assert [s.text.split() for s in doc.segments if s.text.strip()] == [
        ["Visit", "the", "Caf" + char, "page,", "then", "utilize", "the", "link."]]
    found = lint_text(text, "mail.html.j2", select=["jargon"])
    assert [(f.column, f.flagged) for f in found] == [(text.index("utilize") + 1, "utilize")]


@pytest.mark.parametrize("escape, words", [
    ("\\ud83d\\ude00", ["Thanks", "😀", "Please"]),  # a surrogate pair: one character
    ("\\u00a0", ["Thanks", "Please"]),  # a no-break space: a break between words
    ("\\ud83d", ["Thanks", "Please"]),  # a lone surrogate: no character, vanishes
    ("\\u00ad", ["Thanks", "Please"]),  # a soft hyphen: vanishes
    ("\\\\u00e9", ["Thanks", "\\u00e9", "Please"]),  # an escaped backslash: no code follows
    ("\\U0011ffff", ["Thanks", "Please"]),  # past Unicode's last code: vanishes
])
def test_codes_that_are_no_letter_read_as_what_they_are(escape, words):
    text = '<p>{{ _("Thanks ' + escape + ' Please") }}</p>\n'
    doc = read_document(Source("mail.html.j2", text), "html", detect_language=False)
    assert [s.text.split() for s in doc.segments if s.text.strip()] == [words]


def test_each_translation_tag_is_read_once(monkeypatch):
    # rev17's open item: the tag was read when classified and again when masked, a 4,096-tag cache
    # saving the second reading until an e-mail held more distinct calls (20,000: 1.35 s).
    from plainlint.reading import templates
    calls = []
    original = templates.translation_mask
    monkeypatch.setattr(templates, "translation_mask",
                        lambda text, helpers=(): calls.append(text) or original(text, helpers))
    text = "".join(f'<p>{{{{t "Line{i}" "We can\\\'t ship order {i} yet."}}}}</p>\n' for i in range(5000))
    tags = templates.find_tags(text, templates.DEFAULT_SYNTAXES)
    masked = templates.mask(text, tags)
    assert len(calls) == len(tags) == 5000
    assert len(masked) == len(text) and "ship order 4999 yet" in masked


# i18n31 (user31's defect 2): gettext's other helpers and a project's own wrapper or macro.
@pytest.mark.parametrize(
    "path, text",
    [
        ("mail.html.j2", "<p>{{ _l('Sorry, " + CLICHE + ".') }}</p>\n"),  # Flask-Babel's alias
        ("mail.html.j2", "<p>{{ N_('Sorry, " + CLICHE + ".') }}</p>\n"),
        ("mail.html.j2", "<p>{{ pgettext('delay', 'Sorry, " + CLICHE + ".') }}</p>\n"),
        ("mail.html.erb", "<p><%= _('Sorry, " + CLICHE + ".') %></p>\n"),  # Ruby gettext
        ("mail.text.erb", "<%= _ 'Sorry, " + CLICHE + ".' %>\n"),
        ("mail.text.erb", "<%= N_(\"Sorry, " + CLICHE + ".\") %>\n"),
        ("mail.text.erb", "<%= p_('Mail', 'Sorry, " + CLICHE + ".') %>\n"),
        ("mail.text.erb", "<%= s_('Mail|Delay|Sorry, " + CLICHE + ".') %>\n"),  # its context is not read
    ],
)
def test_gettext_helpers_of_jinja_and_ruby_are_read_where_they_stand(path, text):
    found = spans(lint_text(text, path, select=["cliche"]), "cliche")
    assert [(line, column, flagged) for line, column, _, _, flagged in found] == [
        (1, text.index(CLICHE) + 1, CLICHE)]


@pytest.mark.parametrize(
    "path, text",
    [
        ("mail.html.j2", "<p>{{ ngettext('Please utilize the %(num)d coupon.', 'Please utilize the %(num)d coupons.', n) }}</p>\n"),
        ("mail.html.j2", "<p>{{ npgettext('promo', 'Please utilize the coupon.', 'Please utilize the coupons.', n) }}</p>\n"),
        ("mail.text.erb", "<%= n_('Please utilize the coupon.', 'Please utilize the coupons.', n) %>\n"),
    ],
)
def test_a_singular_and_its_plural_are_both_read_each_a_unit_of_its_own(path, text):
    found = lint_text(text, path, select=["jargon"])
    first = text.index("utilize") + 1
    assert [(f.column, f.flagged) for f in found] == [(first, "utilize"), (text.index("utilize", first) + 1, "utilize")]
    doc = read_document(Source(path, text), "html" if ".html" in path else "text", detect_language=False)
    assert [s.text.startswith("Please utilize") for s in doc.segments if s.text.strip()] == [True, True]


def test_a_context_is_not_read():
    text = "<p>{{ pgettext('Please utilize', 'Thanks.') }}</p>\n<%= s_('Utilize|Thanks.') %>\n"
    assert lint_text(text, "mail.html.erb", select=["jargon"]) == []


def test_a_configured_helper_reads_its_first_string_through_escapes_and_placeholders():
    # Flask-Security's `_fsdomain(...)` and SimpleLogin's `render_text(...)` shapes, in our own words.
    text = ("<p>{{ _fsdomain('Hi %(name)s, you can\\'t utilize <a href=\"%(link)s\">this page</a>.', link=link)|safe }}</p>\n"
            '<p>{{ render_text("We will commence the refund.") }}</p>\n')
    config = {"translation-helpers": ["_fsdomain", "render_text"]}
    found = lint_text(text, "mail.html", config, select=["jargon"])
    assert [(f.line, f.column, f.flagged) for f in found] == [
        (1, text.index("utilize") + 1, "utilize"), (2, text.split("\n")[1].index("commence") + 1, "commence")]
    assert all(f.fix is None for f in found)  # the message id stays as written
    assert lint_text(text, "mail.html", select=["jargon"]) == []  # not named: not read


def test_a_configured_helper_called_with_no_string_or_by_another_name_reads_nothing():
    text = "<p>{{ render_text(body) }} {{ my.render_text('Please utilize it.') }} {{ render_texts('Utilize.') }}</p>\n"
    assert lint_text(text, "mail.html", {"translation-helpers": ["render_text"]}, select=["jargon"]) == []


@pytest.mark.parametrize("path, joiner", [("mail.text.erb", " \\\n      "), ("mail.html.j2", "\n      ")])
def test_literals_joined_over_lines_read_as_one_string(path, joiner):
    # Alaveteli's mails write `_('... ' \ 'more ...')` (Ruby); Jinja joins adjacent strings too.
    first, second = "Please utilize the form or reply to this mail and we will ", "commence the refund."
    opener, closer = ("<%= _(", ") %>") if path.endswith(".erb") else ("<p>{{ _(", ") }}</p>")
    text = opener + "'" + first + "'" + joiner + "'" + second + "'" + closer + "\n"
    found = lint_text(text, path, select=["jargon"])
    assert [(f.line, f.column, f.flagged) for f in found] == [
        (1, len(opener) + 2 + first.index("utilize"), "utilize"),
        (2, text.split("\n")[1].index("commence") + 1, "commence")]
    doc = read_document(Source(path, text), "text" if path.endswith(".erb") else "html", detect_language=False)
    assert [s.text.split() for s in doc.segments if s.text.strip()] == [(first + second).split()]


@pytest.mark.parametrize("path, fmt, lines", [
    ("mail.text.erb", "text", ["<%= _('We sent the message below.', :x => 1) %>", "<%= _('Your details stay private.') %>"]),
    ("mail.html.j2", "html", ["<p>{{ _('We sent the message below.') }}", "{{ _('Your details stay private.') }}</p>"]),
])
def test_calls_on_lines_of_their_own_are_sentences_apart(path, fmt, lines):
    # Alaveteli writes one `<%= _('...') %>` per line: the line break between two calls was lost
    # with the masks around it, 'below.Your' read as one word and two sentences as one (i18n31).
    text = "\n".join(lines) + "\n"
    doc = read_document(Source(path, text), fmt, detect_language=False)
    assert [s.text.split() for s in doc.segments if s.text.strip()] == [
        ["We", "sent", "the", "message", "below.", "Your", "details", "stay", "private."]]


def test_an_unknown_key_in_the_helpers_ruleset_is_an_error(monkeypatch):
    """rulesets/translation-helpers.yaml is checked as code-blocks.yaml is (ruleset_data.check_sections)."""
    from plainlint.linting.ruleset_data import RulesetError
    from plainlint.reading import translation_helpers

    monkeypatch.setattr(translation_helpers, "load_ruleset_file", lambda name: {"curly": [{"name": "_", "plural": 2}]})
    translation_helpers._helpers.cache_clear()
    try:
        with pytest.raises(RulesetError, match=r"rulesets/translation-helpers.yaml: curly: .*unknown \['plural'\]"):
            translation_helpers._helpers()
    finally:
        translation_helpers._helpers.cache_clear()
