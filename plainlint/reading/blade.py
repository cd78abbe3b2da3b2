"""Laravel Blade's template syntax (`*.blade.php`), masked like every other template's (templates.py).

Blade prints `{{ $x }}` (escaped, shared with CURLY) and `{!! $x !!}` (raw); `{{-- ... --}}` is a
comment; a directive is `@name` or `@name(...)` at a word's start (`@if($a) ... @endif`,
`@component('mail::button', [...]) ... @endcomponent`), so an e-mail address or an `@mention`
is never one: only Blade's own directive names are, or an app's own (`Blade::directive`) called with
arguments. `@php ... @endphp` and `<?php ... ?>` are PHP,
never prose. `@lang('...')`, `@choice('...')`, `{{ __('...') }}` and `{{ trans('...') }}` hold the
e-mail's English as a literal (translation_strings reads it in place) unless the literal is a
translation key (`'email.failed_login_body'`, `'shop::app.emails.dear'`), which stays one word.
Laravel's Markdown mails (`@component('mail::message')`, `<x-mail::message>`) render their body
as Markdown (indented lines become code, as Laravel's documentation warns) and are read as such.
A mail's button (`<x-mail::button :url="$url">View order</x-mail::button>`, `@component('mail::button',
['url' => $url]) ... @endcomponent`) renders as a link: it is read as `<a href="$url">` (buttons_as_links).
"""

from __future__ import annotations

import re

from .call_arguments import argument_end

BLADE = "blade"
SUFFIX = ".blade.php"
_MAX = 4000
# Arguments in parentheses: quoted strings (which may hold brackets) and brackets two levels deep.
_QUOTED = r"'(?:[^'\\\r\n]|\\.){0,2000}'|\"(?:[^\"\\\r\n]|\\.){0,2000}\""
_ARGS = (r"\s*\((?:" + _QUOTED + r"|[^()'\"]|\((?:" + _QUOTED + r"|[^()'\"]|\([^()]*\))*\))*\)")
# Blade's directives (laravel.com/docs/blade), those that print in place first.
_PRINTING = ("lang", "choice", "include", "includeIf", "includeWhen", "includeUnless", "includeFirst",
             "each", "yield", "stack", "json")
_CONTROL = (
    "if", "elseif", "else", "endif", "unless", "endunless", "isset", "endisset", "empty", "endempty",
    "auth", "endauth", "guest", "endguest", "production", "endproduction", "env", "endenv",
    "hasSection", "sectionMissing", "switch", "case", "default", "break", "endswitch", "for", "endfor",
    "foreach", "endforeach", "forelse", "endforelse", "while", "endwhile", "continue", "once", "endonce",
    "push", "endpush", "pushOnce", "endPushOnce", "prepend", "endprepend", "section", "endsection",
    "show", "stop", "append", "overwrite", "extends", "parent", "component", "endcomponent",
    "componentFirst", "slot", "endslot", "props", "aware", "csrf", "method", "error", "enderror",
    "class", "style", "checked", "selected", "disabled", "readonly", "required", "can", "cannot",
    "canany", "endcan", "endcannot", "endcanany", "elsecan", "elsecannot", "elsecanany", "inject",
    "fragment", "endfragment", "markdown", "endmarkdown", "vite", "session", "endsession", "use",
    "verbatim", "endverbatim", "dd", "dump",
)
_NAMES = "|".join(sorted(_PRINTING + _CONTROL, key=len, reverse=True))
# The look-behind follows the "@" so the pattern starts with a literal (templates._compile): no
# directive after a word character, a dot or another "@" (`help@example.com`, `@@if`).
_AT = r"@(?<![\w.@]@)"
# A comment, a PHP block and PHP's `<?php` each run to their first closer however far or, with
# none, to the file's end: read so in one pass. Capped at 40,000 characters, each unclosed opener
# was scanned that far and then read as text, and the next one as far again (rev20a for `<?php`,
# whose reading this is in PHP; rev21a for the other two: a template whose comment or block is
# never closed does not compile, and what follows the opener was meant as comment or code).
PATTERNS = [
    (r"\{\{--.*?(?:--\}\}|\Z)", "control"),
    (rf"\{{!!.{{0,{_MAX}}}?!!\}}", "output"),
    # Blade takes PHP blocks out first, after any character but "@" (`@endif@php ... @endphp`)
    (r"@(?<!@@)php(?![\w(]).*?(?:@endphp\b|\Z)", "control"),
    (r"<\?php\b.*?(?:\?>|\Z)", "control"),
    (rf"{_AT}(?:{_NAMES})(?![\w-])(?:{_ARGS})?", "blade"),
    # a Blade component's tag (`<x-mail::button :url="$url">`, `</x-emails.layout>`): markup, even
    # where the file holds no HTML and is read as text (Coolify's e-mails, trial11's seed-202 check)
    # (an attribute's quoted value may hold `>`: `:url="$event->url()"`, fixu38b)
    (r"<(?:/\s*)?x-[\w.:-]+(?:\s(?:[^<>\"']|\"[^\"<]{0,500}\"|'[^'<]{0,500}'){0,2000}?)?/?>", "component"),
    # an app's own directive (`Blade::directive`), known by its arguments: FreeScout's `@action(...)`
    (rf"{_AT}[A-Za-z_]\w*{_ARGS.replace(chr(92) + 's*', '', 1)}", "blade"),
]
_PRINTING_TAG = re.compile(r"@(?:" + "|".join(_PRINTING) + r")\b")
BRANCH = re.compile(r"@(?:else|elseif|case|default|elsecan|elsecannot|elsecanany)\b"
                    r"|@empty(?!\s*\()")
# Regions rendered as a whole (a component, a slot, a section): alone on its line, a boundary.
REGION = re.compile(r"@(?:end)?(?:component|componentFirst|slot|section|markdown)\b|@(?:show|stop)\b|</?\s*x-")
_MARKDOWN_MAIL = re.compile(r"@component\s*\(\s*['\"]mail::message['\"]|<x-mail::message\b")
# A translation key, not English: dotted or namespaced segments without spaces, or snake_case.
_KEY = re.compile(r"[\w-]+(?:(?:\.|::)[\w-]+)+|[a-z0-9]+(?:_[a-z0-9]+)+")
# A Laravel placeholder in a translated string (`Hello :name`): stands as one word.
PLACEHOLDER = r":[A-Za-z_]\w*"


def is_blade(path_or_suffix: str | None) -> bool:
    return bool(path_or_suffix) and path_or_suffix.lower().endswith(SUFFIX)


def classify(text: str) -> str:
    """A directive's kind: "branch", "output" (prints in place) or "control"."""
    if BRANCH.match(text):
        return "branch"
    return "output" if _PRINTING_TAG.match(text) else "control"


def is_markdown_mail(text: str) -> bool:
    """A Laravel Markdown mail, whose body Laravel renders as Markdown."""
    return bool(_MARKDOWN_MAIL.search(text))


def is_key(literal: str) -> bool:
    """Whether a translation call's literal is a key (`auth.failed`) rather than English."""
    return bool(_KEY.fullmatch(literal))


# A mail button's opening tag, in either form, with its URL expression (group "url"): Laravel's
# mail components (illuminate/mail resources/views/html/button.blade.php) render `<a href="{{ $url }}">`
# around the slot, so the slot is the link's text (fixu38b, user38 defect 6: MJML's `mj-button` was
# checked as a link and these were not).
_BUTTON_TAG = re.compile(r"<x-mail::button\b[^<>]*?\s:url\s*=\s*\"(?P<url>[^\"\r\n]*)\"")
_BUTTON_DIRECTIVE = re.compile(r"@component\s*\(\s*(['\"])mail::button\1\s*,\s*\[[^\]]*?(['\"])url\2\s*=>\s*")
_DIRECTIVE_OPENS = re.compile(r"@component(?:First)?\s*\(")


def buttons_as_links(masked: str, tags) -> str:
    """`masked` with each mail button's tags (masked, `tags` in order) written as the `<a href="...">`
    and `</a>` Laravel renders, padded with spaces to the same length (lines kept), so the HTML and
    Markdown readers see a link whose text is the button's: every position stays a source position.
    The `href` is the URL expression as written, at its own place, so two buttons are one destination
    when their expressions are one."""
    out, directives, in_button_tag = None, [], False
    for tag in tags:
        if tag.text.startswith("@endcomponent"):
            url, link = None, bool(directives) and directives.pop()
        elif tag.text.startswith("</x-mail::button"):
            url, link, in_button_tag = None, in_button_tag, False
        else:
            url = _url_span(tag.text)
            link = url is not None
            if _DIRECTIVE_OPENS.match(tag.text):
                directives.append(link)
            elif tag.text.startswith("<x-mail::button"):
                in_button_tag = link
        if link:
            out = out if out is not None else list(masked)
            out[tag.start:tag.end] = _link_tag(tag.text, url)
    return masked if out is None else "".join(out)


def _url_span(text: str) -> tuple[int, int] | None:
    """Where a mail button's opening tag holds its URL expression (start, end in the tag), or None."""
    found = _BUTTON_TAG.match(text)
    if found is not None:
        return found.span("url")
    found = _BUTTON_DIRECTIVE.match(text)
    if found is None:
        return None
    end = _expression_end(text, found.end())
    return (found.end(), end) if end is not None else None


def _expression_end(text: str, start: int) -> int | None:
    """The end of the PHP expression at `start`: the first `,` or `]` outside brackets and quotes,
    on the expression's own line (None when a line break, a stray `)` or the tag's end comes first)."""
    end, what = argument_end(text, start)
    return end if what in (",", "]") and not _LINE_BREAK.search(text, start, end) else None


_LINE_BREAK = re.compile(r"[\r\n]")


def _link_tag(text: str, url: tuple[int, int] | None) -> str:
    """An `<a href="...">` (with `url`, the expression's span in `text`) or `</a>` of `text`'s length,
    spaces elsewhere and `text`'s line breaks kept."""
    out = [char if char in "\r\n" else " " for char in text]
    out[-1] = ">"
    if url is None:
        out[:3] = "</a"
        return "".join(out)
    out[:2] = "<a"
    start, end = url
    out[start - 6:start] = 'href="'
    out[start:end] = text[start:end].replace('"', "'")
    out[end] = '"'
    return "".join(out)
