"""Rails locale files (`config/locales/*.yml`): every string under a root key that is a locale code.

Rails' I18n reads YAML whose root key is the locale (`en:`, `pt-BR:`) and whose leaves are the
app's own words, looked up by their dotted key (`t("user_mailer.welcome.cta")`): a mailer's
sentences, a button's label, a flash message. Read by content (readers.detect: four words and a
full stop), a locale file gave only its longer sentences, never `cta: Simply click here` (user37,
D4). This shape reads every leaf string: `%{name}` is an interpolation (masked as a template tag, as
the merge syntax does everywhere), a key ending in `_html` (or named `html`) holds HTML (Rails marks
its value safe), any other is plain text. The root key names the strings' language, but a new
locale file starts as a copy of `en.yml` (lang36), so, as for a file named by its code, the code
stands only when the prose does not read as English (`root_language`; a name or a folder that says
the language comes first). Lists (`day_names: [Sunday, ...]`) are Rails' date data and are not
read; a number format (`format: "%u%n"`) is read and says nothing. The strings are pieces of
views and e-mails, put together with the view's markup, links and buttons, so the rules that judge
what a whole message lacks leave them alone (rules._replies.whole_replies_holding).
"""

from __future__ import annotations

import re

from .common import LANGUAGE_CODES
from .file_locale import WHOLE_NAME_CODES
from .structured import Mapping, Scalar

# A locale code as Rails' and rails-i18n's file names and root keys write it: a language, maybe a
# region, a script or a UN M.49 area (`en`, `en-GB`, `pt_BR`, `zh-Hant`, `es-419`).
_LOCALE = re.compile(r"([a-z]{2,3})(?:[-_](?:[A-Za-z]{2}|[A-Z][a-z]{3}|\d{3}))?")
_CODES = LANGUAGE_CODES | WHOLE_NAME_CODES | {"en"}
MAX_DEPTH = 50


def locale_code(key) -> str | None:
    """`key` when it is a locale code (`en`, `pt-BR`), else None."""
    match = _LOCALE.fullmatch(str(key))
    return match.group() if match is not None and match.group(1) in _CODES else None


def is_rails_locale(root) -> bool:
    """Whether the file is a Rails locale file: a mapping whose every root key is a locale code,
    each holding a mapping of keys."""
    return isinstance(root, Mapping) and bool(root.items) and all(
        locale_code(key) is not None and isinstance(value, Mapping) for key, value in root.items)


def locale_fields(root: Mapping, field_type) -> list:
    """Every leaf string of the file; `field_type` is macros.Field (passed in: macros imports this
    module). A string is named by the dotted key of the mapping it is in (without the locale):
    `user_mailer.welcome` for `en.user_mailer.welcome.cta`, the scope of a view's lazy lookups
    (`t(".cta")` in `user_mailer/welcome`), so one e-mail's or page's strings are one reply, and a
    plural's `one` and `other` are one message; a string at the top is named by its own key."""
    out: list = []
    for _, tree in root.items:
        _leaves(tree, "", field_type, out, 0)
    return out


def _leaves(node: Mapping, prefix: str, field_type, out: list, depth: int) -> None:
    if depth > MAX_DEPTH:
        return
    for key, child in node.items:
        name = f"{prefix}{key}"
        if isinstance(child, Mapping):
            _leaves(child, name + ".", field_type, out, depth + 1)
        elif _is_text(child):
            kind = "html" if str(key).endswith("_html") or str(key) == "html" else "text"
            out.append(field_type(child, kind, prefix[:-1] or name))


def root_language(text: str, prose) -> str | None:
    """The code of the file's (first) root key (`af` of `af:` in `i18n_languages.af.yml`) when it
    names a language other than English and `prose()` does not read as English; else None."""
    from ...nlp.sentences import is_english
    from .file_locale import root_key
    from .starlight import has_common_english_words

    code = locale_code(root_key(text) or "")
    if code is None or is_english(code) or has_common_english_words(prose()):
        return None
    return code


def _is_text(node) -> bool:
    """A string with letters and its text in the file (an alias's anchor stands in for it)."""
    return isinstance(node, Scalar) and isinstance(node.value, str) and (node.map, node.anchor) != (None, None) \
        and any(char.isalpha() for char in node.value)
