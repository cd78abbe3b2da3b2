"""The spelling rule's dictionary (issue 33), loaded on first use only: `plainlint check` with the
rule off never reads it, so start-up does not pay for it.

Words come from three places:

- `frequency_dictionary_en_82_765.txt`, shipped inside the `symspellpy` package (MIT): 82,765
  English words with their Google Books Ngram counts, the intersection of the Google Books Ngram
  data (CC BY 3.0) and SCOWL (Kevin Atkinson's permissive word lists). It holds American and
  British spellings alike ('color' and 'colour'). Read as a file; symspellpy itself is not
  imported (its SymSpell index takes seconds to build, and the edits below are enough).
- `rulesets/spelling-terms.txt`: software terms, company, product and font names from
  @cspell/dict-software-terms and six sibling cspell packages (MIT), built by
  `scripts/build_spelling_terms.py`.
- `rulesets/spelling-inflections.txt`: inflections and regular derivatives of the frequency
  list's words that SCOWL's larger en_US list holds ('unparsed', 'rehydrating', 'modally'), from
  @cspell/dict-en_us (MIT; SCOWL's permissive licence, its notice in the file's header).
- `rulesets/spelling-file-types-commands.txt`: file-name extensions (@cspell/dict-filetypes, MIT)
  and the command names of Microsoft's Windows Commands reference (CC BY 4.0).
- `rulesets/spelling.yaml`: support-content terms reviewed on the corpus (`accept`) and known
  misspellings with their one or more corrections (`misspellings`), beside
  `rulesets/spelling-corrections.txt` (known misspellings of software terms, from the same
  cspell package) and `rulesets/spelling-mined.txt` (known misspellings mined from the typo-fix
  commits of permissively licensed repositories, `scripts/mine_typo_fixes.py`), less the words its
  review rejected (`rulesets/spelling-mined-rejected.txt`), from either list.
- `rulesets/spelling-variants.txt`: the American and British spellings of one word (cspell's
  SCOWL-derived en_US and en_GB lists, MIT), each counted as the commonest of them: the frequency
  list lacks some ('neighborhood').
- `rulesets/spelling-scowl-variants.txt`: spellings SCOWL lists as variants of a commoner one
  ('cancelation', levels 1 and 2 to size 50), counted as rare words, built by
  `scripts/build_spelling_scowl_variants.py` (SCOWL's permissive licence, its notice in the header).
- `rulesets/acronyms.yaml` (`known`): abbreviations every reader knows, which help content also
  writes in lower case ('ascii', 'json').

The built dictionary is kept as a marshal copy beside the rulesets (`dictionary()`).

Suggestions are the known words one edit away (a letter deleted, inserted, replaced, or two
letters swapped), else two edits away, ranked by how often the word is used and by the kind of
slip (a swap, a doubled or dropped letter are the commonest typing errors):
`plainlint/nlp/spelling_suggest.py`.
"""

from __future__ import annotations

import functools
import re
from array import array
from dataclasses import dataclass
from pathlib import Path

from .. import datacache
from ..datacache import ruleset_bytes  # a name of this module: scripts/spelling_sources.py and a test replace it here
from . import sorted_words
from .sorted_words import SortedWords
from .spelling_slips import slip_edits
from .spelling_suggest import counted, suggest, symspell_file, with_other_list, with_rivals
from .spelling_variants import AMERICAN_ENDING, american_forms, british_forms

FREQUENCY_FILE = "frequency_dictionary_en_82_765.txt"
# Count given to a term without a frequency (software terms, reviewed support terms): enough to
# be suggested, below the common words it could be confused with.
TERM_COUNT = 200_000
# Count given to the words that are accepted but are no evidence that a word one letter away is a
# slip: inflections from SCOWL's larger list ('copout' would make 'popout' a typo), file-name
# extensions and command names ('jhtml' would make 'mhtml' one). Below every word of the
# frequency list (its rarest has 12,714), so they are suggested only after the common words.
ACCEPT_ONLY_COUNT = 10_000
# Suffixes English adds to any verb or adjective; the frequency list holds only the commonest
# derivatives ('inviter', 'refinable' and 'deployable' are missing).
DERIVATIONAL_SUFFIXES = ("ers", "er", "rs", "r", "able", "ability", "ness", "less", "ably")
# Prefixes technical English joins to a word without a hyphen ('autoscaling', 'subnet', 'delist').
COMPOUND_PREFIXES = {"auto", "sub", "de", "un", "co", "re", "pre", "non", "over", "under", "multi", "inter",
                     "super", "micro", "self", "mis", "anti", "out", "up", "down", "cross", "semi", "post",
                     "hyper", "meta", "bi", "tri", "dis", "mini", "mega", "geo", "bio", "eco"}
# A word counts as the second part of a compound only when it is common (Google Books count):
# rare words ('ins', 'tad') would let typos through as compounds.
COMPOUND_PART_COUNT = 1_000_000
# The first part of a word + word compound must be commoner still ('block', 'feature', 'white'):
# typos split into two rarer words ('brow' + 'swing') far more often than compounds do.
COMPOUND_HEAD_COUNT = 10_000_000


# Prefixes English joins to a word it derives from ('reauthenticating', 'unpublish', 'nonexpiring'):
# the word after the prefix must be a listed word (not itself derived, nor a rare inflection: 'co' +
# 'mends' would make 'recomends' a word) of at least DERIVED_TAIL letters, used at least
# PREFIXED_TAIL_COUNT times (Google Books). Not 'mis' ('misstake' is 'mistake' misspelled, not a
# stake gone wrong) nor 'dis' ('dissapear').
DERIVING_PREFIXES = ("re", "un", "pre", "non", "over", "under", "sub", "co", "de", "multi", "inter",
                     "super", "anti", "semi", "post", "auto", "self", "cross")
DERIVED_TAIL = 5
PREFIXED_TAIL_COUNT = 100_000


# A verb in -ize / -ise and its inflections: group 1 is what it was made from.
_IZE = re.compile(r"(.+?)i[sz](?:e|es|ed|ing|ation|ations)$")


def _agent_noun_of_common(word: str, count) -> bool:
    """'scaler', 'scalers', 'loader': a common verb (COMPOUND_PART_COUNT) plus -r/-er(s)."""
    stem = word[:-1] if word.endswith("s") else word
    if not stem.endswith("r") or not count(stem):
        return False
    return count(stem[:-1]) >= COMPOUND_PART_COUNT or (stem.endswith("er") and count(stem[:-2]) >= COMPOUND_PART_COUNT)


class WordCounts:
    """How often each known word is used: a SortedWords and an array of counts. A dict of the
    82,000 words took 33 ms to load at every start of a run with spelling on; these load as
    three objects, and a word is found by bisection (each answer remembered). Past
    LOOKUPS_BEFORE_DICT searches (the suggestion search tries thousands of strings) the words
    become a dict, once."""

    LOOKUPS_BEFORE_DICT = 3000

    def __init__(self, words: SortedWords, counts: array):
        self._words = words
        self._counts = counts
        self._found: dict[str, int | None] = {}
        self._all: dict[str, int] | None = None

    def get(self, word: str, default=None):
        if self._all is not None:
            return self._all.get(word, default)
        found = self._found.get(word, self)
        if found is self:
            if len(self._found) >= self.LOOKUPS_BEFORE_DICT:
                return self.as_dict().get(word, default)
            at = self._words.index(word)
            found = self._found[word] = None if at is None else self._counts[at]
        return default if found is None else found

    def listed(self, words: set[str] | frozenset[str]) -> dict[str, int]:
        """{word: count} for `words` the list holds, as get() answers; by one set operation once a dict."""
        if self._all is None and len(self._found) + len(words) < self.LOOKUPS_BEFORE_DICT:
            return {word: n for word in words if (n := self.get(word)) is not None}
        return {word: self.as_dict()[word] for word in words & self.as_dict().keys()}

    def as_dict(self) -> dict[str, int]:
        if self._all is None:
            self._all = dict(zip(self._words.all(), self._counts))
        return self._all

    def __eq__(self, other) -> bool:
        return isinstance(other, WordCounts) and self.as_dict() == other.as_dict()

    __hash__ = object.__hash__


def pack_counts(counts: dict[str, int]) -> tuple[str, bytes, bytes]:
    """WordCounts' parts (as a marshal copy holds them) from a dict of counts."""
    words = sorted(counts)
    return (*sorted_words.pack(words), array("Q", (counts[w] for w in words)).tobytes())


def unpack_counts(text: str, starts: bytes, counts: bytes) -> WordCounts:
    return WordCounts(sorted_words.unpack(text, starts), array("Q", counts))


@dataclass(frozen=True, eq=False)  # hashed by identity: one per process, a cache key
class Dictionary:
    counts: WordCounts
    misspellings: dict[str, tuple[str, ...]]

    def count(self, word: str) -> int:
        """How common `word` is (0 when unknown); an American form the list lacks counts as its
        British form ('canceled' as 'cancelled'), found only when the forms map both ways."""
        found = self.counts.get(word)
        if found is not None:
            return found
        if not AMERICAN_ENDING.search(word):
            return 0
        for british in british_forms(word):
            found = self.counts.get(british)
            if found is not None and word in american_forms(british):
                return found
        return 0

    def knows(self, word: str) -> bool:
        """Whether `word` (lower case) is a word: in the dictionary (American forms included), a
        term's plural, or a regular derivative."""
        if word in self.misspellings:
            return False  # 'occured' is not 'occur' + 'ed'
        count = self.count
        if count(word):
            return True
        if word.endswith("s") and count(word[:-1]):
            return True  # 'webhooks', 'pageviews': plurals of terms the lists give singular
        if word.endswith("es") and count(word[:-2]):
            return True
        return self._derived(word) or self._british_form(word)

    def _british_form(self, word: str) -> bool:
        """A British form whose American form is listed ('desensitising', 'deserialised'): both
        are accepted, and the list does not always hold the British one. Here, not in count():
        suggestions would pay for the patterns on every candidate."""
        return bool(self.listed_american_forms(word))

    def listed_american_forms(self, word: str) -> list[str]:
        """The listed American forms of `word`, a British form ('deserialised': 'deserialized'):
        what `knows` accepts it through, and what `variant: en-US` suggests for it."""
        return [american for american in american_forms(word)
                if self.counts.get(american) and word in british_forms(american)]

    def _derived(self, word: str) -> bool:
        """A regular derivative of a known word that the list leaves out: 'inviter', 'refinable',
        'deployable' (a suffix added, with the base's silent e restored)."""
        for suffix in DERIVATIONAL_SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 4:
                base = word[:-len(suffix)]
                if self.count(base) or self.count(base + "e"):
                    return True
        # A noun used as a verb ('actioning', 'torrenting', 'favorited', 'forecasted'); the base
        # must not end in a doubled letter, which is the typo ('selectted', 'settting').
        for suffix in ("ing", "ed"):
            base = word[:-len(suffix)]
            if word.endswith(suffix) and len(base) >= 4 and base[-1] != base[-2] and self.count(base):
                return True
        # An adjective in -y made a noun or an adverb ('spikiness', 'snappily'): y becomes i.
        for suffix in ("iness", "ily"):
            if word.endswith(suffix) and len(word) - len(suffix) >= 3 and self.count(word[:-len(suffix)] + "y"):
                return True
        # A verb in -y inflected or made an adjective ('xcopied', 'xcopies', 'retriable': y becomes
        # i, as in 'deniable', 'verifiable').
        for suffix in ("ied", "ies", "iable"):
            if word.endswith(suffix) and len(word) - len(suffix) >= 3 and self.count(word[:-len(suffix)] + "y"):
                return True
        # A verb made from a noun or adjective with -ize/-ise ('parameterizes', 'affinitized',
        # 'containerizing'), the noun's final y dropped ('affinity' -> 'affinitize').
        if match := _IZE.match(word):
            base = match.group(1)
            if len(base) >= 5 and (self.count(base) or self.count(base + "y") or self.count(base + "e")):
                return True
        # The one a verb's action is done to ('requestee', 'designees': -ee, as 'employee'); the
        # verb itself listed, not a word in -e with its e doubled ('configuree').
        if (tail := word.removesuffix("s")).endswith("ee") and len(tail) >= 7 and self.count(tail[:-2]) >= PREFIXED_TAIL_COUNT:
            return True
        # The adverb of an adjective in -ble ('immutably', 'configurably'): -ble becomes -bly.
        if word.endswith("bly") and len(word) >= 6 and self.count(word[:-1] + "e"):
            return True
        # A verb in -e whose -s and -d forms the lists hold ('dedupe': 'dedupes', 'deduped').
        if word.endswith("e") and len(word) >= 5 and self.count(word + "s") and self.count(word + "d"):
            return True
        if self._prefixed(word):
            return True
        # ... and after a silent e ('favorited': 'favorite' + 'd').
        return word.endswith("ed") and len(word) >= 6 and bool(self.count(word[:-1]))

    def _prefixed(self, word: str) -> bool:
        """A prefix and a listed word ('reauthenticating' = 're' + 'authenticating'), the word
        not derived itself and not a known misspelling ('reoccured')."""
        for prefix in DERIVING_PREFIXES:
            tail = word[len(prefix):]
            if (word.startswith(prefix) and len(tail) >= DERIVED_TAIL and tail not in self.misspellings
                    and self.count(tail) >= PREFIXED_TAIL_COUNT):
                return True
        return False

    def is_compound(self, word: str) -> bool:
        """Whether `word` is two words written as one, as technical English makes them
        ('autoscaling', 'subnet', 'tradeoffs', 'featureset'): a common prefix or a common word of
        three letters or more, then a known word of three letters or more. A first part in the
        plural ('toolsbars') is not how compounds are made: that is a typo."""
        count = self.count
        for cut in range(2, len(word) - 2):
            head, tail = word[:cut], word[cut:]
            if head in COMPOUND_PREFIXES and len(tail) >= 5 and _agent_noun_of_common(tail, count):
                return True  # 'autoscaler': 'auto' + 'scaler', who or what does the common 'scale'
            if len(tail) < 3 or count(tail) < COMPOUND_PART_COUNT:
                continue
            if head in COMPOUND_PREFIXES:
                return True
            if head[-1] == tail[0]:
                continue  # a letter doubled at the join is the typo ('selectted'), not a compound
            if len(head) >= 4 and count(head) >= COMPOUND_HEAD_COUNT and not (
                    head.endswith("s") and count(head[:-1])):
                return True
        return False

    def known_fixes(self, word: str) -> tuple[str, ...]:
        return self.misspellings.get(word, ())

    def one_slip_away(self, word: str) -> bool:
        """Whether a known word is one slip from `word` (spelling_slips: a letter replaced only
        by a keyboard neighbour or a letter of like sound). The rare inflections of SCOWL's
        larger list are not counted: they are accepted as words, but a term one letter from
        'copout' ('popout') is no more a slip than it was before 'copout' was known."""
        return any(n > ACCEPT_ONLY_COUNT for n in counted(self, slip_edits(word)).values())

    def suggest(self, word: str) -> list[str]:
        """Up to three corrections of `word` (lower case), most likely first."""
        return list(suggest(self, word))


def _frequency_path() -> Path:
    """The word-frequency file inside the installed symspellpy package, without importing it."""
    return symspell_file(FREQUENCY_FILE)


def _lines(data: bytes) -> list[str]:
    text = data.decode("utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


# The files the dictionary is built from, in the order _build reads them.
_SOURCES = ("spelling-terms.txt", "spelling-corrections.txt", "spelling.yaml", "acronyms.yaml",
            "spelling-inflections.txt", "spelling-file-types-commands.txt", "spelling-variants.txt",
            "spelling-scowl-variants.txt", "spelling-mined.txt", "spelling-mined-rejected.txt")


@functools.lru_cache(maxsize=1)
def dictionary() -> Dictionary:
    """The dictionary, built from its files once and then kept as a marshal copy beside the
    rulesets (plainlint.datacache): the copy holds the built word counts and misspellings and is
    used only while its files are byte for byte the ones it was built from, so a run loads
    it in a few milliseconds instead of splitting 82,765 lines and parsing YAML."""
    parts = [_frequency_path().read_bytes()] + [ruleset_bytes(name) for name in _SOURCES]
    stamp = b"\0".join(parts)

    def packed_dictionary_with_both_lists(_stamp):  # the name stamps the copy: renamed when _build's result changes
        counts, misspellings = _build(*parts)
        return (*pack_counts(counts), misspellings)

    words, starts, counts, misspellings = datacache.load(_cache_name(), stamp, packed_dictionary_with_both_lists)
    return Dictionary(unpack_counts(words, starts, counts), misspellings)


def source_parts() -> list[bytes]:
    """The bytes the dictionary is built from, in _build's order (spelling_known.py reads them too)."""
    return [_frequency_path().read_bytes()] + [ruleset_bytes(name) for name in _SOURCES]


def built_misspellings(parts: list[bytes]) -> dict[str, tuple[str, ...]]:
    """The known misspellings _build makes from `parts` (source_parts)."""
    return _build(*parts)[1]


def _cache_name() -> Path | None:
    """What names the marshal copy: rulesets/__pycache__/spelling-dictionary.<python>.marshal."""
    path = datacache.package_file("plainlint.rulesets", "spelling.yaml")
    return None if path is None else path.with_name("spelling-dictionary")


def _build(frequencies: bytes, terms: bytes, corrections: bytes, ruleset: bytes, acronyms: bytes,
           inflections: bytes = b"", named: bytes = b"", variants: bytes = b"",
           scowl_variants: bytes = b"", mined: bytes = b"", rejected: bytes = b"") -> tuple[dict, dict]:
    """Word counts and known misspellings from the frequency list, the term lists,
    rulesets/spelling.yaml and the abbreviations every reader knows (rulesets/acronyms.yaml
    `known`: 'ascii', 'json' written in lower case are those terms, not typos), less the words the
    mined list's review rejected ('parms'). Plain dicts, strings, ints and tuples: what marshal stores."""
    from ..linting.ruleset_data import parse_yaml

    fields = frequencies.decode("utf-8").split()
    counts: dict[str, int] = dict(zip(fields[0::2], map(int, fields[1::2])))
    english, never = frozenset(counts), {line.split("\t")[0] for line in _lines(rejected)}  # before the terms
    data = parse_yaml(ruleset.decode("utf-8")) or {}
    acronym_lists = parse_yaml(acronyms.decode("utf-8")) or {}
    known = acronym_lists.get("known") or {}
    abbreviations = [str(w).lower() for group in known.values() for w in group]
    abbreviations += [str(w).lower() for w in acronym_lists.get("unit_senses") or []]  # 'kb': a unit in any case
    for term in _lines(terms) + [str(w).lower() for w in data.get("accept", [])] + abbreviations:
        counts.setdefault(term, TERM_COUNT)
    for word in _lines(inflections) + _lines(named) + _lines(scowl_variants):
        counts.setdefault(word, ACCEPT_ONLY_COUNT)
    _add_other_spellings(counts, variants)
    misspellings: dict[str, tuple[str, ...]] = {}
    listed = [(typo, (fix,)) for typo, _, fix in (line.partition("->") for line in _lines(corrections))]
    listed += [(row[0], tuple(row[1].split("|"))) for row in (line.split("\t") for line in _lines(mined))]
    for typo, fixes in listed:  # cspell's first, then the mined list (misspelling, fixes, provenance)
        if typo not in counts and typo not in never:  # a typo both lists correct gets both lists' corrections
            misspellings[typo] = (with_other_list(misspellings[typo], fixes) if typo in misspellings
                                  else with_rivals(typo, fixes, counts, english))
    for typo, fixes in (data.get("misspellings") or {}).items():
        misspellings[str(typo).lower()] = tuple([fixes] if isinstance(fixes, str) else fixes)
    return counts, misspellings


def _add_other_spellings(counts: dict[str, int], variants: bytes) -> None:
    """Every American and British spelling of rulesets/spelling-variants.txt (cspell's SCOWL
    en_US and en_GB lists), counted as the commonest listed spelling of the same word: the
    frequency list lacks some of the American ones ('neighborhood', 'belabor') and British ones
    ('anaesthetise'), and `variant: any` accepts both."""
    for line in _lines(variants):
        word, suggestions, _ = line.split("\t")
        forms = [word, *suggestions.split("|")]
        count = max((counts[form] for form in forms if form in counts), default=ACCEPT_ONLY_COUNT)
        for form in forms:
            counts.setdefault(form, count)
