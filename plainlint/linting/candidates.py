"""Where the entries of word lists can start in a text: the trie-shaped regexes of many
spellings, and the candidate scanner that one pass over a segment shares among every list.

A list's own regex (wordlists.Matcher) is tried only at the offsets a scanner finds; a scanner
covering several lists finds the offsets of all of them, so one scan serves every list it covers.
"""

from __future__ import annotations

import functools
import re
from array import array

from .. import regex_cache
from . import built_lists

# What may not come just before a match: a word character, or a mark that glues the text to a
# path, an address, a handle or a number ('/utilize', 'e-mail@...', '#hashtag', '.net').
LEFT = r"(?<![\w\-/@#.\\])"


_END = ""  # trie key marking "a spelling ends here"


def _atoms(spelling: str) -> list[str]:
    """Regex atoms of a normalised spelling: one per character, `\\s+` between words."""
    atoms: list[str] = []
    for i, word in enumerate(spelling.split(" ")):
        if i:
            atoms.append(r"\s+")
        atoms.extend("['’]" if char == "'" else re.escape(char) for char in word)
    return atoms


def trie_pattern(spellings: dict[str, str | None]) -> str:
    """One regex for many spellings, shaped as a trie so each position tries one branch.

    `spellings` maps a normalised spelling to the condition (a lookahead) under which it
    counts when it ends there, or None for no condition. A trie tries longer spellings before
    shorter ones sharing a prefix, as the longest-first alternation it replaces did, and two
    spellings can only both match at one position when one is a prefix of the other.
    """
    root: dict = {}
    for spelling, condition in spellings.items():
        node = root
        for atom in _atoms(spelling):
            node = node.setdefault(atom, {})
        node[_END] = condition
    return _emit(root)


def _emit(node: dict) -> str:
    branches = [atom + _emit(child) for atom, child in node.items() if atom != _END]
    if _END in node:
        branches.append(node[_END] or "")
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


# Characters that re.IGNORECASE folds differently from str.lower() (dotless i, long s); text
# holding them, or text whose length changes when lower-cased, takes the slower regex path.
_FOLDS_DIFFERENTLY = re.compile("[\u0131\u017f]")


def lowered_exactly(text: str) -> str | None:
    """`text` lower-cased when that matches case-insensitively offset for offset, else None."""
    lowered = text.lower()
    if len(lowered) != len(text) or (not text.isascii() and _FOLDS_DIFFERENTLY.search(text)):
        return None
    return lowered


class Candidates:
    """Where any of several word lists can match: one scan of a text serves every list.

    A position is a candidate when the first words of some spelling start there at a word
    start; each Matcher whose spellings are all in the union then only tries those positions.

    Two scanners give positions. The exact one is a single regex of every spelling's first words;
    compiling it costs about a tenth of a second for the shipped lists, which a one-file run (an
    editor, a pre-commit hook) would spend on its first paragraph. So the first COMPILE_AFTER
    characters of a process are scanned by heads: word starts whose first letters begin some
    spelling. Those positions are a superset of the regex's, and the list's regex at each position
    is exact, so the findings are the same whichever scanner ran (a test checks it).

    When the regex is among the patterns kept between runs (regex_cache: as installed, after a
    first run), it costs only its pattern's text, about 0.02 s, where the heads scanner is some
    five times slower per character than the regex: after KEPT_AFTER characters the pattern is
    written once, and a kept one is used from then on (speed27).
    """

    PREFIX_WORDS = 3  # enough to make candidates rare; fewer words make a smaller regex
    HEAD_CHARS = 4  # the first letters of a spelling that the heads scanner compares
    COMPILE_AFTER = 300_000  # characters scanned by heads before the regex pays for its compile
    KEPT_AFTER = 30_000  # characters scanned by heads before asking whether the regex is kept

    def __init__(self, matchers: list[Matcher]):
        self.matchers = list(matchers)  # bit i of a mask (`masks`) stands for matchers[i]
        self.spellings = frozenset().union(*(m.spellings for m in matchers))
        self.prefixes = set().union(*(m.prefixes for m in matchers))
        self.heads_scanned = 0
        self._kept_asked = False  # whether the regex was looked for among the kept patterns
        self._last: tuple | None = None  # (text, lowered, positions) of the last `scan`

    def extended(self, matchers: list[Matcher]) -> Candidates:
        """A scanner for this one's lists and `matchers`, made from this one's prefixes (a run
        adds terminology's lists one by one to the word lists' thousands of spellings); the
        characters scanned by heads so far count towards its COMPILE_AFTER."""
        more = Candidates(matchers)
        more.matchers[:0] = self.matchers
        more.spellings |= self.spellings
        more.prefixes |= self.prefixes
        more.heads_scanned = self.heads_scanned
        return more

    @functools.cached_property
    def regex(self) -> re.Pattern | None:
        return re.compile(self._regex_source) if self._regex_source else None

    @functools.cached_property
    def _regex_source(self) -> str | None:
        body = trie_pattern(dict.fromkeys(sorted(self.prefixes)))
        return f"{LEFT}(?={body})" if body else None

    def _regex_due(self) -> bool:
        """Whether to scan with the regex now: it is compiled, COMPILE_AFTER characters went by
        heads, or KEPT_AFTER did and the pattern is kept (asked once: a compile from the kept copy
        takes about a millisecond)."""
        if "regex" in self.__dict__ or self.heads_scanned >= self.COMPILE_AFTER:
            return True
        if self._kept_asked or self.heads_scanned < self.KEPT_AFTER:
            return False
        self._kept_asked = True
        return self._regex_source is not None and regex_cache.is_kept(self._regex_source)

    @functools.cached_property
    def _heads(self) -> tuple[re.Pattern, dict[int, frozenset[str]]]:
        """A word-start finder for the letters spellings begin with, and the heads by length."""
        heads = set().union(*(m.heads for m in self.matchers))
        by_length: dict[int, set[str]] = {}
        for head in heads:
            by_length.setdefault(len(head), set()).add(head)
        firsts = "".join(sorted({re.escape(h[0]) for h in heads} | ({"’"} if "'" in {h[0] for h in heads} else set())))
        starts = re.compile(f"{LEFT}(?=[{firsts}])")
        return starts, {n: frozenset(hs) for n, hs in sorted(by_length.items())}

    def covers(self, matcher: Matcher) -> bool:
        known = matcher.__dict__.get("_covered_by")
        if known is None or known[0] is not self:  # a subset test of ~1,000 spellings: once
            known = matcher._covered_by = (self, matcher.spellings <= self.spellings)
        return known[1]

    def scan(self, text: str) -> tuple[str | None, list[int] | None]:
        """`text` lower-cased (lowered_exactly) and its candidate offsets (`positions`); the last
        text's answer is kept, for the next matcher that asks about the same text."""
        last = self._last
        if last is not None and last[0] is text:
            return last[1], last[2]
        lowered = lowered_exactly(text)
        positions = self._positions(text, lowered)
        self._last = (text, lowered, positions)
        return lowered, positions

    def positions(self, text: str) -> list[int] | None:
        """Candidate offsets in `text`, or None when the text must be scanned in full."""
        return self._positions(text, lowered_exactly(text))

    def _positions(self, text: str, lowered: str | None) -> list[int] | None:
        if not self.prefixes or lowered is None:
            return None
        if not self._regex_due():
            self.heads_scanned += len(text)
            return self.positions_by_heads(lowered)
        return [match.start() for match in self.regex.finditer(lowered)]

    def positions_by_heads(self, lowered: str) -> list[int]:
        starts, by_length = self._heads
        found = []
        for match in starts.finditer(lowered):
            at = match.start()
            window = lowered[at:at + self.HEAD_CHARS].replace("’", "'")
            if any(window[:n] in heads for n, heads in by_length.items()):
                found.append(at)
        return found

    MASK_BITS = 64  # more lists than this: no masks (every list tries every candidate)

    def bit_of(self, matcher: Matcher) -> int | None:
        """The bit standing for `matcher` in `masks`, or None when it has none (not one of this
        scanner's lists, or too many lists for a mask)."""
        return self._bits.get(id(matcher))

    @functools.cached_property
    def _bits(self) -> dict[int, int]:
        if len(self.matchers) > self.MASK_BITS:
            return {}
        return {id(matcher): 1 << i for i, matcher in enumerate(self.matchers)}

    @functools.cached_property
    def _heads_of_lists(self) -> tuple[tuple[int, dict[str, int]], ...]:
        """For each head length, each head (a spelling's first HEAD_CHARS letters, or its whole
        first word when shorter) with the mask of the lists that have a spelling starting so."""
        by_length: dict[int, dict[str, int]] = {}
        for matcher in self.matchers:
            bit = self.bit_of(matcher)
            for head in matcher.heads:
                table = by_length.setdefault(len(head), {})
                table[head] = table.get(head, 0) | bit
        return tuple(sorted(by_length.items()))

    def masks(self, text: str, positions: list[int]) -> list[int] | None:
        """For each candidate offset of `text`, the mask of the lists (`bit_of`) that have a
        spelling whose head is there; None when there are no masks. A list can only match where
        one of its spellings starts, and its regex reads the lower-cased text literally (with
        ['’] for an apostrophe), so a list whose bit is not in an offset's mask cannot match
        there, and skipping that offset changes none of its matches."""
        return self._masks(lowered_exactly(text), positions)

    def _masks(self, lowered: str | None, positions: list[int]) -> list[int] | None:
        """`masks` of the text whose lowered_exactly is `lowered`."""
        if lowered is None or not self._bits:
            return None
        heads = self._heads_of_lists
        found = []
        for at in positions:
            window = lowered[at:at + self.HEAD_CHARS].replace("’", "'")
            mask = 0
            for length, table in heads:
                mask |= table.get(window[:length], 0)
            found.append(mask)
        return found

    def positions_and_masks(self, text: str) -> tuple[list[int] | None, list[int] | None]:
        """`positions(text)`, and their `masks` when there are some (the text lower-cased once)."""
        lowered = lowered_exactly(text)
        positions = self._positions(text, lowered)
        return positions, (self._masks(lowered, positions) if positions else None)


def prefixes_of(spellings) -> frozenset[str]:
    """The first PREFIX_WORDS words of each spelling: what a scanner finds (Matcher.prefixes)."""
    return frozenset(" ".join(s.split(" ")[:Candidates.PREFIX_WORDS]) for s in spellings)


def heads_of(prefixes) -> frozenset[str]:
    """The first HEAD_CHARS letters of each prefix's first word (Matcher.heads)."""
    return frozenset(p.split(" ")[0][:Candidates.HEAD_CHARS] for p in prefixes)


_shared: list = [None, -1]  # the shared scanner, and how many shipped lists it was made for


def shared_scanner() -> Candidates:
    """One scanner for every shipped list built so far in this process (the word lists and
    terminology's lists, as built_lists.kept_matcher hands them out): a segment is scanned once
    for all of them, and each list tries its own regex at the offsets found. A list the scanner
    covers gets offsets it cannot match at too (another list's), where its regex fails: the
    matches are the ones its own offsets give. Made again when a list is built (the first
    document's rules build them; then it stays); a list with config edits has its own."""
    scanner, known = _shared
    shipped = built_lists.SHIPPED
    if known != len(shipped):
        scanner = Candidates(shipped) if scanner is None else scanner.extended(shipped[known:])
        _shared[:] = [scanner, len(shipped)]
    return scanner


def mask_typecode(lists: int) -> str:
    """The smallest unsigned array type that holds a mask of `lists` bits (one per offset)."""
    return next((code for code in "BHIQ" if array(code).itemsize * 8 >= lists), "Q")


def every_list(masks: array) -> int:
    """The mask of every list, in `masks`' type: an offset or segment with no masks."""
    return (1 << (masks.itemsize * 8)) - 1


def add_masks(masks: array, scan_masks: array, found: list[int] | None, count: int) -> None:
    """A segment's `count` offset masks onto `masks`, and their union onto `scan_masks` (the
    segment's); `found` None: every list, at every offset."""
    if found is None:
        masks.extend([every_list(masks)] * count)
        scan_masks.append(every_list(scan_masks))
        return
    masks.extend(found)
    union = 0
    for mask in found:
        union |= mask
    scan_masks.append(union)


class OneListCandidates:
    """A document's candidates (rules.wordlist.PackedCandidates) seen by one list, bit `bit` of
    the masks: `to_scan` holds only the segments where that list can start (on every 10th file
    of bench/, a few hundred of the some 5,000 with any candidate), and a segment's offsets only
    the list's. The others are where no spelling of the list starts: its regex fails there."""

    __slots__ = ("_packed", "_bit", "to_scan", "scanner")

    def __init__(self, packed, bit: int):
        self._packed, self._bit, self.scanner = packed, bit, packed.scanner
        # an array: a list's 86,000 segment numbers were 86,000 int objects (2.7 MB) on a 10 MB table
        self.to_scan = array(packed.to_scan.typecode,
                             (index for index, mask in zip(packed.to_scan, packed._scan_masks) if mask & bit))

    def __getitem__(self, index: int):
        packed = self._packed
        if index in packed._in_full:
            return None
        start, end = packed._bounds[index], packed._bounds[index + 1]
        if start == end:
            return []
        bit = self._bit
        return [at for at, mask in zip(packed._positions[start:end], packed._masks[start:end]) if mask & bit]
