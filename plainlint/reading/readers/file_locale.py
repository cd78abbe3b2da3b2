"""A language code after a hyphen in a file name (`netease-cloud-music-zh.md`, `fritzbox-de.md`), as
the whole name (Rails' and i18next's `fr.yml`, `pt-BR.json`) or as a translation folder (Docusaurus'
`i18n/fr/`, Hugo's `content/fr/`, i18next's `locales/fr/`), taken only when the page's prose bears it
out: the same codes end English names, and `it`, `id`, `no` are words."""

from __future__ import annotations

import functools
import re

from ...nlp.stopwords import stopword_languages
from .common import LANGUAGE_CODES
from .starlight import has_common_english_words

# A code after a hyphen (`faq-zh`) ends English names as often: 'sender-id', 'serial-no', 'custom-ca',
# 'hmrc-uk', 'docker-baseimage-el', 'dialogflow-es' (68 of the 71 such names of the corpus and the
# held-out corpus; the others: two Chinese pages and a German one, docs/accuracy.md, docu32). It
# counts only when the page's prose confirms it (`hyphen_language`).
_HYPHEN_LOCALE = re.compile(r"-([a-z]{2})$")
_SCRIPTS = {
    "han": "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff", "kana": "\u3040-\u30ff", "hangul": "\u1100-\u11ff\uac00-\ud7af",
    "cyrillic": "\u0400-\u04ff", "greek": "\u0370-\u03ff", "arabic": "\u0600-\u06ff\u0750-\u077f",
    "hebrew": "\u0590-\u05ff", "devanagari": "\u0900-\u097f", "bengali": "\u0980-\u09ff", "tamil": "\u0b80-\u0bff",
    "thai": "\u0e00-\u0e7f", "georgian": "\u10a0-\u10ff", "armenian": "\u0530-\u058f",
}
_SCRIPT_OF = {"zh": "han", "ja": "han kana", "ko": "hangul han", "ru": "cyrillic", "uk": "cyrillic",
              "bg": "cyrillic", "mk": "cyrillic", "kk": "cyrillic", "sr": "cyrillic", "el": "greek",
              "ar": "arabic", "fa": "arabic", "ur": "arabic", "he": "hebrew", "hi": "devanagari",
              "bn": "bengali", "ta": "tamil", "th": "thai", "ka": "georgian", "hy": "armenian"}
SCRIPT_SHARE, SCRIPT_LETTERS = 0.3, 20
# A language written in Latin letters: its common words (rulesets/spelling-stopwords.txt, which holds
# no English one) this share of the prose's words, and at least this many (fritzbox-de: 0.40, 508;
# every other name of both corpora with a known code: 0.01 or less).
COMMON_WORDS_SHARE, COMMON_WORDS_MIN = 0.15, 8


def hyphen_language(stem: str, prose) -> str | None:
    """The code after a hyphen in a file name (`zh` of `netease-cloud-music-zh`) when `prose()`
    (asked only for such a name) confirms it (`confirmed_language`); else None."""
    match = _HYPHEN_LOCALE.search(stem)
    return confirmed_language(match.group(1), prose) if match else None


# The whole file name a code, with a region or script maybe (`fr`, `pt-BR`, `zh_Hans`): Rails' locale
# files (`config/locales/devise/fr.yml`, root key `fr:`), i18next's, vue-i18n's and Laravel's
# `fr.json`. The code alone says what the file is for, not that it is translated yet (a new locale
# file starts as a copy of `en.yml`): the prose confirms it as it does a hyphen's code, so a code that
# is also a word (`it.md`, `no.md`) or a file still in English stays English.
_STEM_LOCALE = re.compile(r"([a-z]{2})(?:[-_](?:[A-Za-z]{2}|[A-Z][a-z]{3}))?")
# A translation folder (lang36): Docusaurus' `i18n/<code>/`, Hugo's `content/<code>/`, i18next's
# `locales/<code>/` (Starlight's `src/content/docs/<code>/` is starlight.locale_folder_language).
_TRANSLATION_FOLDER = re.compile(r"(?:^|/)(?:i18n|content|locales)/([a-z]{2}(?:[-_](?:[A-Za-z]{2}|[A-Z][a-z]{3}))?)/")


# Codes a whole file name or a folder may be beside common.LANGUAGE_CODES, never a bare `_xx` suffix
# (`language_from_filename` takes that unconfirmed, and 'my', 'be' are words): Helpy's devise
# locale files include az, bs and my (user36).
WHOLE_NAME_CODES = frozenset("af az be bs cy eo gu km kn ky lo mn mr my ne pa si sq te tl".split())


def stem_language(stem: str, prose, text: str = "") -> str | None:
    """The code a file name is (`pt-BR` of `pt-BR.json`) when `prose()` confirms it, or when the
    file's root key is that code (Rails' `nl:` in `nl.yml`: two signals, so a file of a few short
    strings, too few to count common words in, is taken) and the prose does not read as English
    (a locale file not translated yet); else None."""
    match = _STEM_LOCALE.fullmatch(stem)
    if match is None or match.group(1) not in LANGUAGE_CODES | WHOLE_NAME_CODES:
        return None
    if root_key(text) == stem and not has_common_english_words(prose()):
        return stem
    return stem if confirmed_language(match.group(1), prose) else None


_ROOT_KEY = re.compile(r"(?:(?:[ \t\r]*(?:#[^\n]*)?|---[^\n]*)\n)*[\"']?([A-Za-z0-9_-]+)[\"']?:[ \t]*(?:#[^\n]*)?\r?\n")


def root_key(text: str) -> str | None:
    """The first key of a YAML file when it opens a mapping at the root (`fr:` of a Rails locale
    file), after blank lines, comments and a `---`."""
    match = _ROOT_KEY.match(text)
    return match.group(1) if match else None


def folder_language(path: str, prose) -> str | None:
    """The code of a translation folder the file is in (`fr` of `i18n/fr/docusaurus-plugin-content-
    docs/current/faq.md`) when `prose()` confirms it; else None."""
    match = _TRANSLATION_FOLDER.search(path.replace("\\", "/"))
    if match is None:
        return None
    code = match.group(1)
    return code if confirmed_language(code[:2], prose) else None


def confirmed_language(code: str, prose) -> str | None:
    """`code` (a primary subtag) when it is a known code other than English and `prose()` (asked
    only then) is written in it: for a language with a script of its own, at least SCRIPT_LETTERS
    letters, and SCRIPT_SHARE of the letters, in that script; for another known language, its
    common words a share of the words (`_common_words_confirm`); else None."""
    if code not in LANGUAGE_CODES:
        return None
    text = prose()
    if code not in _SCRIPT_OF:
        return code if _common_words_confirm(code, text) else None
    ranges = "".join(_SCRIPTS[name] for name in _SCRIPT_OF[code].split())
    in_script = len(re.findall(f"[{ranges}]", text))
    letters = sum(char.isalpha() for char in text)
    return code if in_script >= SCRIPT_LETTERS and in_script >= SCRIPT_SHARE * letters else None


def _common_words_confirm(code: str, text: str) -> bool:
    words = [word.lower() for word in re.findall(r"[^\W\d_]+", text)]
    common = _common_words(code)
    count = sum(word in common for word in words)
    return count >= COMMON_WORDS_MIN and count >= COMMON_WORDS_SHARE * len(words) and not has_common_english_words(text)


@functools.lru_cache(maxsize=None)
def _common_words(code: str) -> frozenset[str]:
    """The common words of language `code` in rulesets/spelling-stopwords.txt."""
    return frozenset(word for word, languages in stopword_languages().items() if code in languages)
