"""A language code after a hyphen in a file name (`netease-cloud-music-zh.md`, `fritzbox-de.md`),
taken only when the page's prose bears it out: the same codes end English names."""

from __future__ import annotations

import functools
import re

from ...nlp.stopwords import stopword_languages
from .common import LANGUAGE_CODES
from .starlight import reads_as_english

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
    (asked only for such a name) confirms it: for a language with a script of its own, at least
    SCRIPT_LETTERS letters, and SCRIPT_SHARE of the letters, in that script; for another known
    language, its common words a share of the words (`_common_words_confirm`); else None."""
    match = _HYPHEN_LOCALE.search(stem)
    code = match.group(1) if match else None
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
    return count >= COMMON_WORDS_MIN and count >= COMMON_WORDS_SHARE * len(words) and not reads_as_english(text)


@functools.lru_cache(maxsize=None)
def _common_words(code: str) -> frozenset[str]:
    """The common words of language `code` in rulesets/spelling-stopwords.txt."""
    return frozenset(word for word, languages in stopword_languages().items() if code in languages)
