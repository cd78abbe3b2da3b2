"""Laravel Blade e-mails (`*.blade.php`, trial11): read as templates, with their directives, PHP
and comments never linted, the English of `__()`, `trans()`, `@lang()` read in place at its exact
position, translation keys and `:name` placeholders standing as one word, and Laravel's Markdown
mails read as Markdown. Before trial11 plainlint read no `.blade.php` file at all."""

import pytest

from plainlint.reading.readers import format_for, read_document
from plainlint.reading.source import Source
from plainlint.reading.templates import find_tags
from plhelpers import lint_text, spans

CLICHE = "we apologize for any inconvenience"


def test_a_blade_file_is_read():
    assert format_for("resources/views/emails/reset.blade.php") == "template"
    assert format_for("app/Http/Controller.php") is None


@pytest.mark.parametrize(
    "text",
    [
        "<p>{{ __('Sorry, " + CLICHE + ".') }}</p>\n",
        '<p>{!! __("Hi :name, ' + CLICHE + '.", [\'name\' => $user->name]) !!}</p>\n',
        "<p>{{ trans('Sorry, " + CLICHE + ".') }}</p>\n",
        "<p>@lang('Sorry, " + CLICHE + ".')</p>\n",
        "@component('mail::message')\n@lang('Hello :UserName, " + CLICHE + ".', ['userName' => $n])\n@endcomponent\n",
        "@extends('emails.layout')\n@section('content')\n<p>Sorry, " + CLICHE + ".</p>\n@endsection\n",
    ],
)
def test_the_english_is_read_where_it_stands(text):
    found = spans(lint_text(text, "emails/delay.blade.php", select=["cliche"]), "cliche")
    assert [(line, column, flagged) for line, column, _, _, flagged in found] == [
        (text[:text.index(CLICHE)].count("\n") + 1,
         text.index(CLICHE) - text.rfind("\n", 0, text.index(CLICHE)), CLICHE)]


@pytest.mark.parametrize(
    "text",
    [
        "{{-- Sorry, " + CLICHE + ". --}}\n<p>Thanks.</p>\n",
        "@php $note = 'Sorry, " + CLICHE + ".'; @endphp\n<p>Thanks.</p>\n",
        "@endif@php $note = 'Sorry, " + CLICHE + ".'; @endphp\n<p>Thanks.</p>\n",
        "<?php $note = 'Sorry, " + CLICHE + ".'; ?>\n<p>Thanks.</p>\n",
        "<p>@if($late) Thanks. @endif @action('reply.footer', 'Sorry, " + CLICHE + "')</p>\n",
    ],
)
def test_comments_php_and_directives_are_never_linted(text):
    text += "<p>Sorry, " + CLICHE + ".</p>\n"  # read, unlike the code and comment above it
    found = spans(lint_text(text, "emails/delay.blade.php", select=["cliche"]), "cliche")
    assert [line for line, *_ in found] == [text.count("\n")]


def test_keys_placeholders_and_addresses():
    text = ("<p>@lang('shop::app.emails.dear', ['name' => $n]), {{ trans('email.failed_login_body') }}</p>\n"
            "<p>{{ __('Hello :user_name', ['user_name' => $u]) }}. Write to help@example.com at 10:30.</p>\n")
    doc = read_document(Source("emails/a.blade.php", text), "template")
    words = " ".join(segment.text for segment in doc.segments)
    assert "shop::app" not in words and "failed_login" not in words and "user_name" not in words
    assert words.endswith("Hello X. Write to X at 10:30.")  # the address is read as one word, as everywhere
    assert [tag.text for tag in doc.template_tags if "help@" in tag.text] == []


def test_an_else_is_a_branch_and_a_component_alone_on_its_line_a_boundary():
    kinds = [tag.kind for tag in find_tags("@if($a)\nx\n@else\ny\n@endif\n@component('mail::button')\nGo\n@endcomponent\n",
                                           ("blade", "curly"))]
    assert kinds == ["control", "branch", "control", "boundary", "boundary"]


def test_a_laravel_markdown_mail_is_read_as_markdown():
    text = "@component('mail::message')\n# Please join us\n\n**Welcome** aboard.\n@endcomponent\n"
    doc = read_document(Source("emails/invite.blade.php", text), "template")
    assert doc.format == "markdown"
    assert [segment.text for segment in doc.segments][:2] == ["Please join us", "Welcome aboard."]


def test_twig_english_filtered_through_trans_is_read_and_a_key_is_not():
    text = ("<p>{{ 'Sorry, " + CLICHE + ".'|trans }}</p>\n"
            "<p>{{ 'sylius.email.password_reset.hello'|trans({}, null, localeCode) }}</p>\n")
    found = spans(lint_text(text, "Email/delay.html.twig", select=["cliche"]), "cliche")
    assert [(line, column) for line, column, *_ in found] == [(1, text.index(CLICHE) + 1)]
    doc = read_document(Source("Email/delay.html.twig", text), "html")
    assert "sylius.email" not in " ".join(segment.text for segment in doc.segments)


def test_a_component_tag_is_markup_even_in_a_text_mail():
    """Coolify's e-mails (trial11's seed-202 check, Apache-2.0): a layout component around Markdown
    with no HTML, read as text; its tag was read as the first words of the first sentence."""
    text = "<x-emails.layout>\nYour server ({{ $name }}) disabled because it is not paid! All automations are stopped.\n</x-emails.layout>\n"
    found = spans(lint_text(text, "emails/server-force-disabled.blade.php", select=["bad-news-tone"]), "bad-news-tone")
    assert [(line, column) for line, column, *_ in found] == [(2, 1)]
    doc = read_document(Source("emails/a.blade.php", text), "template")
    assert "x-emails" not in " ".join(segment.text for segment in doc.segments)


def test_a_laravel_mail_component_says_the_file_is_an_e_mail_wherever_it_is():
    from plainlint.reading.kinds import detect_kind

    text = "<x-mail::message>\n# Your export is ready\n\nDownload it within a week.\n</x-mail::message>\n"
    doc = read_document(Source("resources/views/exports/ready.blade.php", text), "template")
    assert detect_kind(doc, "resources/views/exports/ready.blade.php") == "reply"


def test_a_language_filled_in_at_send_time_is_not_a_declared_language():
    """Firefly III's e-mail header (trial11): `lang` set by a template tag was read as a language
    that is not English, and every English rule was skipped."""
    text = ('<html lang="{{ trans(\'config.html_language\') }}"><body><p>We apologize for any inconvenience.'
            '</p></body></html>\n')
    assert spans(lint_text(text, "emails/header-html.twig", select=["cliche"]), "cliche") != []


def test_an_unclosed_php_block_is_php_to_the_end_of_a_long_file():
    """`<?php` with no `?>` is PHP to the file's end, as PHP reads it, however long the file:
    capped at 40,000 characters before rev20a, the rest of a longer file was read as prose."""
    text = "<p>Thanks.</p>\n<?php\n" + "$step = $step + 1;\n" * 2500 + "\n<p>Sorry, " + CLICHE + ".</p>\n"
    assert len(text) > 40_000
    assert spans(lint_text(text[text.index("\n<p>Sorry"):], "emails/delay.blade.php", select=["cliche"]), "cliche")
    assert spans(lint_text(text, "emails/delay.blade.php", select=["cliche"]), "cliche") == []
