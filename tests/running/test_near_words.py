"""The tree's words one edit away, found in one pass over them (nlp/near_words.py, speed33, issue 24):
the same words `edits1(word) & words` finds, and the same terms as the code before it."""

from __future__ import annotations

import random
import zlib

import pytest

from plainlint.nlp import near_words, spelling_suggest, tree_words
from plainlint.nlp.near_words import NearWords
from plainlint.nlp.spelling_suggest import edits1
from plainlint.nlp.tree_words import TreeWords


def edited(word: str, pick: random.Random, alphabet: str) -> str:
    """`word` with one random edit (any character of `alphabet`, not only edits1's letters)."""
    at = pick.randrange(len(word) + 1)
    kind = pick.choice("dris")
    if kind == "d" and at < len(word):
        return word[:at] + word[at + 1:]
    if kind == "r" and at < len(word):
        return word[:at] + pick.choice(alphabet) + word[at + 1:]
    if kind == "s" and at + 1 < len(word):
        return word[:at] + word[at + 1] + word[at] + word[at + 2:]
    return word[:at] + pick.choice(alphabet) + word[at:]


def word_family(seed: int, alphabet: str = "abcde'’", count: int = 400) -> list[str]:
    """Random words and chains of their one-edit variants, so most words have near ones."""
    pick = random.Random(seed)
    words = []
    while len(words) < count:
        word = "".join(pick.choice(alphabet) for _ in range(pick.randint(1, 9)))
        for _ in range(pick.randint(1, 6)):
            words.append(word)
            word = edited(word, pick, alphabet) or "a"
    return words


@pytest.mark.parametrize("seed", [331, 332, 333])
def test_one_pass_finds_what_edits1_finds(seed):
    # apostrophes, a name's prefix, non-ASCII, capitals and the keys' own hole character among the words
    alphabet = "abcdez'’^éA\0" if seed == 333 else "abcde'’"
    words = set(word_family(seed, alphabet))
    pick = random.Random(seed)
    asked = sorted(words) + [edited(word, pick, alphabet) for word in sorted(words)] + ["", "a", "\0", "abcde\0"]
    for some in (asked, asked[::7]):  # every word asked found at once; the others by edits1
        near = NearWords(words, some)
        for word in asked:
            assert near.near(word) == (edits1(word) & words) - {word}, word


def test_a_key_shared_by_many_words_gives_them_all():
    words = {"muxer", "maxer", "mixer", "moxer", "muxers", "mxer", "umxer", "muxr"}
    near = NearWords(words, ["muxer", "mexer"])
    assert near.near("muxer") == words - {"muxer"}
    assert near.near("mexer") == {"muxer", "maxer", "mixer", "moxer", "mxer"} == edits1("mexer") & words


def terms_before(counts: TreeWords, unknown, among=None) -> frozenset:
    """TreeWords.terms as it was before speed33: edits1 for every word decided."""
    wanted = (lambda word: True) if among is None else among.__contains__
    lone = {word for word, uses in counts.uses.items()
            if uses >= tree_words.LONE_USES and len(word) >= tree_words.SHORTEST_TERM and word[0] != "^"
            and counts.files[word] >= tree_words.LONE_FILES and wanted(word) and unknown(word)
            and counts.lone(word, unknown=unknown)}
    names = {key[1:] for key in counts.uses
             if key[0] == "^" and len(key) > tree_words.SHORTEST_TERM and key[1:] not in lone
             and wanted(key[1:]) and counts.a_name(key[1:]) and unknown(key[1:])}
    return frozenset(lone | names)


def random_tree(seed: int) -> TreeWords:
    """Files of words of a few families (siblings, slips, terms) written 1 to 30 times, some as names."""
    pick = random.Random(seed)
    family = word_family(seed, "abcdeo'", 600)
    counts = TreeWords()
    for _ in range(30):
        words = pick.sample(family, 120)
        text = " ".join(word for word in words for _ in range(pick.choice([1, 1, 2, 5])))
        text += " " + " ".join("of " + word.capitalize() for word in pick.sample(family, 20))
        counts.add(text)
    return counts


@pytest.mark.parametrize("seed", [334, 335])
def test_terms_through_one_pass_are_the_terms_before(monkeypatch, seed):
    counts = random_tree(seed)
    unknown = lambda word: zlib.crc32(word.encode()) % 3 != 0  # noqa: E731 - a dictionary that knows a third of the words
    among = frozenset(word for word in counts.uses if zlib.crc32(word.encode()) % 2)
    expected, expected_among = terms_before(counts, unknown), terms_before(counts, unknown, among)
    assert expected and expected_among
    for ratio in (0, 10**9):  # edits1 for each word / one pass whatever the number
        monkeypatch.setattr(tree_words, "NEAR_PASS_RATIO", ratio)
        assert counts.terms(unknown) == expected
        assert counts.terms(unknown, among) == expected_among


def test_many_words_decided_make_no_edits1_and_few_make_no_pass(monkeypatch):
    counts = random_tree(336)
    made = []
    monkeypatch.setattr(spelling_suggest, "edits1", lambda word: made.append(word) or edits1(word))
    built = []
    real = near_words.NearWords
    monkeypatch.setattr(near_words, "NearWords", lambda *args: built.append(args) or real(*args))
    counts.terms(lambda word: True)  # every word of the tree decided: one pass
    assert built and not made
    built.clear()
    asked = [word for word in counts.uses if len(word) >= 5 and counts.uses[word] >= 3 and counts.files[word] >= 2
             and word[0] != "^"]
    few = frozenset(asked[:3])
    counts.terms(lambda word: True, among=few)  # a one-page run's few words: edits1 each
    assert not built and made


def test_the_holes_are_held_one_length_at_a_time(monkeypatch):
    """Every asked word's holes at once were the tree pass's peak (about 115 MB on 17,387 held-out
    pages, mem35): the keys of one length are filled by the tree's words of that length alone, so
    they are made and dropped a length at a time, with the same answers."""
    words = set(word_family(334, count=600))
    held = []
    real = NearWords._fill_holes
    monkeypatch.setattr(NearWords, "_fill_holes", lambda self, holes, *rest: held.append(len(holes)) or real(self, holes, *rest))
    asked = sorted(words)
    near = NearWords(words, asked)
    every = {word[:at] + "\0" + word[at + 1:] for word in asked for at in range(len(word))}
    every |= {word[:at] + "\0" + word[at:] for word in asked for at in range(len(word) + 1)}
    assert sum(held) <= len(every) and max(held) < len(every) / 2  # (no key is longer than every word)
    assert all(near.near(word) == (edits1(word) & words) - {word} for word in asked)
