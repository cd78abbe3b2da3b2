"""plainlint.nlp.casefold: a search of lower-cased text answers as the ignore-case search does."""

import re

import pytest

from plainlint.nlp.casefold import FOLDS_TO_ASCII, lowered_for_search, search_ignorecase, without_ignorecase
from plainlint.reading import kinds

# sensory-directions' pre-check of session 12 (a list of words, matched anywhere): a list of
# words and classes of letters, which without_ignorecase turns into a trie.
_WORDS = re.compile(r"(?i)left|right|top|bottom|upper|lower|above|below|underneath|beneath|hover|mous|"
                    r"red|green|blue|yellow|orange|purple|pink|gr[ae]y|black|white|brown|teal|violet|"
                    r"magenta|cyan|gold|silver|turquoise|round|circular|square|triang|diamond|oval|rectang")


def test_the_characters_that_fold_to_ascii_letters_are_all_listed():
    """Every code point beyond ASCII that re.IGNORECASE matches to an ASCII letter, or whose
    str.lower() holds one, is in FOLDS_TO_ASCII (else lower-casing could hide a match)."""
    every = "".join(map(chr, range(0x80, 0x110000)))
    by_regex = set(re.findall("[a-z]", every, re.IGNORECASE))
    by_lower = {c for c in every if re.search("[a-z]", c.lower())}
    assert by_regex | by_lower <= set(FOLDS_TO_ASCII)
    assert by_regex | by_lower  # the check is not vacuous: these four exist


@pytest.mark.parametrize("text", [
    "The LEFT pane", "the Blue icon", "no such word", "blac\u212a", "\u017fquare", "R\u0130GHT",
    "r\u0131ght", "\u00c9t\u00e9 GREY \u2019", "", "Gray",
])
def test_a_list_of_words_agrees_with_the_ignorecase_search(text):
    assert search_ignorecase(_WORDS, without_ignorecase(_WORDS), text) == (_WORDS.search(text) is not None)


def test_text_with_a_folding_character_is_searched_as_it_is():
    assert lowered_for_search("Caf\u00e9 MENU") == "caf\u00e9 menu"
    assert lowered_for_search("\u017fign in") is None
    assert search_ignorecase(re.compile("(?i)sign"), re.compile("sign"), "\u017fIGN")


@pytest.mark.parametrize("pattern", [r"(?i)\bleft\b", r"(?i)\w+", r"(?i)Left", r"(?i)[^a]"])
def test_only_patterns_of_letters_lose_the_flag(pattern):
    with pytest.raises(ValueError):
        without_ignorecase(re.compile(pattern))


def _top_level_alternatives(pattern: str) -> list[str]:
    branches, depth, start, escaped = [], 0, 0, False
    for at, char in enumerate(pattern):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append(pattern[start:at])
            start = at + 1
    return branches + [pattern[start:]]


def test_every_self_reference_holds_mail():
    """kinds._may_speak_of_itself looks for 'mail' before it searches: every alternative has it."""
    branches = _top_level_alternatives(kinds.SELF_REFERENCE.pattern)
    assert len(branches) == 3
    assert all(re.search(r"e-\?mail", branch) for branch in branches)
    assert kinds._may_speak_of_itself(["Hi,", "Please reply to this EMAIL."])
    assert not kinds._may_speak_of_itself(["Hi,", "Please reply to this message."])
    assert kinds._may_speak_of_itself(["Please reply to this e-ma\u0131l."])  # re.I reads ı as i


def test_self_reference_is_looked_for_in_every_batch_of_texts():
    """The texts are looked at a batch at a time (no copy of a whole large document): 'mail' in
    the last text of a long document, or a folding character in a later batch, is still seen."""
    filler = ["Open the settings page."] * (3 * kinds._TEXTS_PER_LOOK + 7)
    assert not kinds._may_speak_of_itself(filler)
    assert kinds._may_speak_of_itself(filler + ["Reply to this email."])
    assert kinds._may_speak_of_itself(filler + ["Reply to this e-ma\u0131l."])
    assert not kinds._may_speak_of_itself([])


def test_a_list_of_words_becomes_a_trie_that_finds_the_same_texts():
    import random

    pattern = re.compile("(?i)red|gr[ae]y|re|top|stop|to|ab[cd]e")
    lowered = without_ignorecase(pattern)
    assert lowered.pattern != pattern.pattern.removeprefix("(?i)")  # the trie, not the list
    chooser = random.Random(24)
    texts = ["".join(chooser.choice("abcdegoprsty ") for _ in range(chooser.randint(0, 12))) for _ in range(3000)]
    assert [bool(lowered.search(t)) for t in texts] == [bool(pattern.search(t)) for t in texts]
    assert any(lowered.search(t) for t in texts) and not all(lowered.search(t) for t in texts)


def test_the_lowercase_precheck_holds_every_word_the_pattern_finds():
    from plainlint.rules import terminology_forms

    words = terminology_forms._lowercase_words()
    assert words
    for text in ["The Internet is down", "internet", "INTERNET", "Internet-based", "an Internet connection"]:
        if terminology_forms.lowercase_pattern().search(text):
            assert any(word in text for word in words)
    assert all(terminology_forms.lowercase_pattern().search(f"on the {word}") for word in words)
