"""Translation helpers whose string literal is the e-mail's own words, read as prose in place.

Many e-mail templates keep every sentence inside a translation call whose English is a string
literal: Handlebars `{{t "Key" "Your order was delivered"}}` (the default after the key), Jinja's
`{{ _("...") }}` and `{{ gettext("...") }}`, Django's `{% trans "..." %}` / `{% translate "..." %}`
and Rails' `<%= t(".key", default: "...") %>`; gettext's call helpers (Jinja's `_()`, `ngettext()`, ...,
Ruby's `_()`, `n_()`, ...) and a project's own (config `translation-helpers`) are listed per template
language in rulesets/translation-helpers.yaml and matched by translation_helpers.calls. Masked as one output word, that prose was never
read (left17's survey: 94% of Sharetribe's and 82% of Helpy's e-mail words, a third of
django-oscar's). `translation_mask` gives such a tag its same-length mask with only the literal's
characters left as they are, so every finding keeps its exact source position: the call around it
vanishes (control mask), a placeholder inside it (`{name}`, an ICU `{n, plural, ...}` group,
`%(name)s`, `%s`, `%{name}`) stands as one word (output mask), and an escape's backslash vanishes so
`Can\\'t` reads `Can't`, while a line-break or tab escape (`\\n`, `\\r`, `\\t`) reads as a space, a
break between words, and a character given by its code (`\\u00e9`) reads as that character. A
call whose English is only a key (`{{t "Key"}}`, `t(".x")`, `{{ 'key' | t }}`) stays one output word, and `{% trans "..." as name %}` prints nothing there.
"""

from __future__ import annotations

import re

from .blade import PLACEHOLDER, is_key
from .offsets import BRANCH_MASK, CODE_MASK, CONTROL_MASK, OUTPUT_MASK, SPACE_MASK
from .translation_helpers import calls

_LITERAL = r"""(?:"(?:[^"\\\r\n]|\\.){1,2000}"|'(?:[^'\\\r\n]|\\.){1,2000}')"""
_END = r"""(?=\s*(?:[,)]|~?\}\}|-?%[}>]|\s[A-Za-z_][\w-]*=|\|))"""
# The literal that holds the English, as group "text", in each helper's syntax.
_HELPERS = re.compile(
    r"\{\{~?-?\s*(?:t|i18n|translate)\s+" + _LITERAL + r"\s+(?P<hbs>" + _LITERAL + ")" + _END
    + r"|\{%-?\s*(?:trans|translate)\s+(?P<django>" + _LITERAL + r")(?=(?:\s+(?:context\s+" + _LITERAL
    + r"|noop))*\s*-?%\})"
    + r"|<%[=-]\s*(?:I18n\.)?t(?:ranslate)?[ (]\s*(?::[\w.]+|" + _LITERAL + r")\s*,[^%]{0,400}?\bdefault:\s*(?P<erb>"
    + _LITERAL + ")" + _END
    # Laravel Blade: `{{ __('...') }}`, `{!! trans('...') !!}`, `@lang('...')`, `@choice('...')`
    + r"|(?:\{\{|\{!!)\s*(?:__|trans|trans_choice|Lang::get)\s*\(\s*(?P<blade>" + _LITERAL + r")(?=\s*[,)])"
    + r"|@(?:lang|choice)\s*\(\s*(?P<blade_directive>" + _LITERAL + r")(?=\s*[,)])"
    # Twig: `{{ 'Your order has shipped'|trans }}`
    + r"|\{\{-?\s*(?P<twig>" + _LITERAL + r")\s*\|\s*trans\b",
    re.DOTALL,
)
# Helpers whose first argument may be a key rather than English (Laravel, Symfony): a key stays one word.
_KEYED = ("blade", "blade_directive", "twig")
_ASSIGNED = re.compile(r"\{%-?\s*(?:trans|translate)\s+" + _LITERAL + r"(?:\s+(?:context\s+" + _LITERAL
                       + r"|noop))*\s+as\s+\w+\s*-?%\}\Z")
# Inside the literal: a backslash escape, a placeholder (brace group, balanced one level deep:
# ICU `{n, plural, one {# night} other {# nights}}`), a printf-style field.
_CODED = (r"\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}|\\u[0-9a-fA-F]{4}|\\x[0-9a-fA-F]{2}"
          r"|\\U[0-9a-fA-F]{8}")
_PLACEHOLDERS = r"\{(?:[^{}]|\{[^{}]*\})*\}|%\(\w+\)[sdif]|%\{\w+\}|%[sdif]"


def _inner(placeholders: str) -> re.Pattern:
    return re.compile(r"(?P<code>" + _CODED + r")|(?P<escape>\\)[^\r\n]|(?P<word>" + placeholders + ")")


_INNER = _inner(_PLACEHOLDERS)
# and Laravel's `:name` placeholder (a colon before a letter, after no word character: not "10:30")
_LARAVEL_INNER = _inner(_PLACEHOLDERS + r"|(?<![\w:])" + PLACEHOLDER)
_CODE = re.compile(r"[uxU][0-9a-fA-F]+")
_LETTER = re.compile(r"[A-Za-z]")
_NOT_NEWLINE = re.compile(r"[^\r\n]")


def is_assigned_translation(tag_text: str) -> bool:
    """`{% trans "..." as name %}`: stores the string, prints nothing where it stands."""
    return bool(_ASSIGNED.match(tag_text))


def translation_mask(tag_text: str, helpers: tuple[str, ...] = ()) -> str | None:
    """The tag's mask with its English literal left as text, or None when it holds none (worked
    out once per tag, when it is classified: templates.Tag.translated). `helpers`: config
    `translation-helpers`, calls whose first string argument is English besides the shipped ones."""
    found = _english(tag_text, helpers)
    if found is None:
        return None
    group, runs = found
    start, end = runs[0][0]
    if not _LETTER.search(tag_text, start, runs[0][-1][1]):
        return None
    if group in _KEYED and is_key(tag_text[start:end]):
        return None
    inner = _LARAVEL_INNER if group.startswith("blade") else _INNER
    out, pos = [], 0
    for at, run in enumerate(runs):  # a plural after its singular: a unit of its own
        for start, end in run:  # literals joined (`'...' \` and `'...'` on the next line): one text
            between = BRANCH_MASK if at and start == run[0][0] else CONTROL_MASK
            out.append(masked_keeping_lines(tag_text[pos:start], between))
            out.append(_inside(tag_text[start:end], inner))
            pos = end
    return "".join(out) + masked_keeping_lines(tag_text[pos:], CONTROL_MASK)


# Adjacent literals are one string, in Jinja and in Ruby (after a backslash that ends the line).
_RUN = _LITERAL + r"(?:(?:\s|\\(?=\r?\n))*" + _LITERAL + "){0,40}"
_ONE_LITERAL = re.compile(_LITERAL)


def _english(tag_text: str, helpers: tuple[str, ...]) -> tuple[str, list[list[tuple[int, int]]]] | None:
    """The matched helper's group name and the spans of its English (inside each literal's quotes),
    as runs of literals read as one: one run, or a singular and its plural; a `s_('Context|text')`
    string without what precedes its last `|`."""
    match = _HELPERS.match(tag_text)
    if match is not None:
        group = match.lastgroup  # the one named group of the alternative that matched
        return group, [[(match.start(group) + 1, match.end(group) - 1)]]
    pattern, shapes = calls(helpers, _LITERAL, _RUN, _END)
    match = pattern.match(tag_text)
    if match is None:
        return None
    group = match.lastgroup.rstrip("p")
    _, strings, separator = shapes[group]
    runs = [[(literal.start() + 1, literal.end() - 1) for literal in _ONE_LITERAL.finditer(tag_text, *match.span(name))]
            for name in (group, group + "p")[:strings]]
    if separator:
        start, end = runs[0][0]
        runs[0][0] = (tag_text.rfind(separator, start, end) + 1 or start, end)
    return group, runs


def _inside(literal: str, inner: re.Pattern) -> str:
    out, pos = [], 0
    for match in inner.finditer(literal):
        out.append(literal[pos:match.start()])
        if match.group("code"):
            out.append(_coded(match.group()))
        elif match.group("escape"):
            out.append(_escaped(literal[match.start() + 1:match.end()]))
        else:
            out.append(masked_keeping_lines(match.group(), OUTPUT_MASK))
        pos = match.end()
    out.append(literal[pos:])
    return "".join(out)


def _escaped(char: str) -> str:
    """An escape's two characters as read: the character after the backslash (`\\'` reads `'`), or
    a space (two SPACE_MASK) for a line break or tab, so 'shipped.\\nPlease' is not read 'shipped.nPlease'."""
    return SPACE_MASK * 2 if char in "nrt" else CONTROL_MASK + char


def _coded(escape: str) -> str:
    """The mask of a character given by its code (`\\u00e9`, `\\xe9`, `\\U0001F600`, a surrogate
    pair `\\ud83d\\ude00`): the segment reads the character (CODE_MASK), so 'Caf\\u00e9' reads 'Café'
    and not 'Cafu00e9' (rev17's open item); a space reads as a space, and a lone surrogate, a code
    past Unicode's last or an invisible format character (a soft hyphen, a joiner) vanishes."""
    char = decode_codes(escape)
    if char.isspace():
        return SPACE_MASK * len(escape)
    if not char or not char.isprintable():
        return CONTROL_MASK * len(escape)
    return CODE_MASK * len(escape)


def decode_codes(escapes: str) -> str:
    """The characters a run of code escapes stands for; a code that is no character gives none."""
    out = []
    for escape in re.findall(_CODED, escapes):
        codes = [int(part[1:], 16) for part in _CODE.findall(escape)]
        point = 0x10000 + ((codes[0] - 0xD800) << 10) + (codes[1] - 0xDC00) if len(codes) == 2 else codes[0]
        out.append(chr(point) if point <= 0x10FFFF and not 0xD800 <= point <= 0xDFFF else "")
    return "".join(out)


def masked_keeping_lines(text: str, char: str) -> str:
    """`text` with every character but its line breaks made `char` (a tag's mask)."""
    if "\n" not in text and "\r" not in text:
        return char * len(text)
    return _NOT_NEWLINE.sub(char, text)


_ESCAPES_ONLY = _inner(r"(?!)")  # no placeholder syntax: a JavaScript string's `{` is a brace


def escapes_read(literal: str) -> str:
    """A string literal's body (inside its quotes) as read: its escapes masked as above, the rest
    as written. The React Email reader's string children (`{'Don\\'t wait'}`, react24)."""
    return _inside(literal, _ESCAPES_ONLY)


# Jinja's `{% trans %}...{% endtrans %}` and Django's `{% blocktrans %}` / `{% blocktranslate %}`
# blocks: their text is a message id that translators' catalogues are keyed by. A single-tag
# `{% trans "..." %}` is a translation literal, read above.
_BLOCK_OPEN = re.compile(r"\{%-?\s*(?:trans|blocktrans|blocktranslate)\b(?!\s*[\"'])")
_BLOCK_CLOSE = re.compile(r"\{%-?\s*(?:endtrans|endblocktrans|endblocktranslate)\b")


def translation_blocks(doc) -> list[tuple]:
    """(opening tag, closing tag) of each translation block of the document, in order: neither
    `--fix` (linting.hit_to_finding) nor a suppress action (server.actions) may write between
    them, or every translation of the message silently stops matching."""
    return doc.cached("translation blocks", lambda: _blocks(doc.template_tags))


def _blocks(tags) -> list[tuple]:
    blocks, opened = [], None
    for tag in sorted(tags, key=lambda tag: tag.start):
        if opened is None and _BLOCK_OPEN.match(tag.text):
            opened = tag
        elif opened is not None and _BLOCK_CLOSE.match(tag.text):
            blocks.append((opened, tag))
            opened = None
    return blocks
