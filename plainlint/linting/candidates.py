"""Where the entries of word lists can start in a text: the trie-shaped regexes of many
spellings, and the candidate scanner that one pass over a segment shares among every list.

A list's own regex (wordlists.Matcher) is tried only at the offsets a scanner finds; a scanner
covering several lists finds the offsets of all of them, so one scan serves every list it covers.
"""

from __future__ import annotations

import functools
import re

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
    """

    PREFIX_WORDS = 3  # enough to make candidates rare; fewer words make a smaller regex
    HEAD_CHARS = 4  # the first letters of a spelling that the heads scanner compares
    COMPILE_AFTER = 300_000  # characters scanned by heads before the regex pays for its compile

    def __init__(self, matchers: list[Matcher]):
        self.spellings = frozenset().union(*(m.spellings for m in matchers))
        self.prefixes = {" ".join(s.split(" ")[:self.PREFIX_WORDS]) for s in self.spellings}
        self.heads_scanned = 0
        self._last: tuple | None = None  # (text, lowered, positions) of the last `scan`

    def extended(self, matchers: list[Matcher]) -> Candidates:
        """A scanner for this one's lists and `matchers`, made from this one's prefixes (a run
        adds terminology's lists one by one to the word lists' thousands of spellings); the
        characters scanned by heads so far count towards its COMPILE_AFTER."""
        more = Candidates(matchers)
        more.spellings |= self.spellings
        more.prefixes |= self.prefixes
        more.heads_scanned = self.heads_scanned
        return more

    @functools.cached_property
    def regex(self) -> re.Pattern | None:
        body = trie_pattern(dict.fromkeys(sorted(self.prefixes)))
        return re.compile(f"{LEFT}(?={body})") if body else None

    @functools.cached_property
    def _heads(self) -> tuple[re.Pattern, dict[int, frozenset[str]]]:
        """A word-start finder for the letters spellings begin with, and the heads by length."""
        heads = {p.split(" ")[0][:self.HEAD_CHARS] for p in self.prefixes}
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
        if self.heads_scanned < self.COMPILE_AFTER:
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
