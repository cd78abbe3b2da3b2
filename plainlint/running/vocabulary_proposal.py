"""`plainlint vocabulary`: propose project-vocabulary terms from what spelling reports across a tree.

Spelling's precision on a project it was never tuned on is decided by the project's own terms
('pinout', 'setext', a product's name written in lower case), which no shipped word list can
hold (issue 33; docs/accuracy.md, "More conservative structures"): on every labelled spelling
finding, a word written in three or more documents of one repository was a term far
more often than a slip. So this command lints PATHS with spelling on and, for each word the rule
reports, counts the files that write it anywhere (in prose, code, a name in capitals: a term is
often reported on one page and written in code on five), and prints the words written in at least
`--min-files` files as lines of an accept file, for a person to review before the project keeps
them (`--write FILE` adds them to one).

A word the rule knows as a misspelling (it offers a safe fix: 'recieve') is never proposed,
however many files write it, and nor is a word of eight letters or more: a typo copied from page
to page ('certifiation' on six pages, 'gigibyte' on five versions of one page) is written in
several files too, and of the labelled spelling findings of eight letters or more, 277 were slips
and 6 terms (docs/accuracy.md, "Proposing vocabulary"), so those are listed apart as typos to fix,
unless the tree writes the word in three or more inflected forms the dictionary lacks ('scrobbles',
'scrobbled', 'scrobbling'): a term is inflected as the text needs it, where a slip is copied as
it stands (of the labelled findings, two such families were terms and none slips; session 14).
A word in fewer files is proposed too when the tree writes it three times or more, in two files
or more, and writes no word one edit from it (a letter dropped, added, replaced or two swapped)
but far less often (under a twentieth: '-Dlibretro' beside 'libretro' is the term's own):
a slip's correct form is nearly always written somewhere in the same tree ('information' beside
'informaiton'), where a term has no near neighbour there ('muxer', 'colorimetry', 'gapless'). On
every labelled spelling finding (seeds to 110) this removes 70 of the 151 wrong ones the rule
reports and no right one (session 15, docs/accuracy.md); it also makes a long word a term.
Terms are proposed in lower case: the vocabulary accepts them in any
case, where a term with capitals would also make every other capitalisation a terminology finding.
"""

from __future__ import annotations

import collections
from dataclasses import dataclass, field
from pathlib import Path

from ..enums import Applicability
from ..nlp.tree_words import LONE_FILES, LONE_USES, TreeWords
from ..output import Reporter
from .run import EXIT_CLEAN, EXIT_ERROR, Run, RunOptions

SPELLING = "PL502"
SHOWN_PLACES = 3
LONG_WORD = 8  # letters: a word this long one slip from a dictionary word is nearly always a typo
TERM_FAMILY = 3  # inflected forms of one stem, each reported, that make a long word a term
_ENDINGS = ("ing", "ed", "es", "s", "d")


@dataclass
class Proposal:
    term: str
    files: list[str] = field(default_factory=list)  # display paths where it is reported, in order
    places: list[str] = field(default_factory=list)  # "path:line" of the first few findings
    suggestion: str = ""  # the rule's first suggestion

    family: int = 1  # words of the tree with the term's stem that the dictionary lacks, the term among them
    lone: bool = False  # written LONE_USES times in LONE_FILES files, and no word one edit away is written

    @property
    def looks_like_slip(self) -> bool:
        return len(self.term) >= LONG_WORD and self.family < TERM_FAMILY and not self.lone

    def line(self) -> str:
        """The term as an accept-file line, with where it was found as a comment."""
        return f"{self.term}  # {self._where()}"

    def slip_line(self) -> str:
        return f"{self.term} -> {self.suggestion or '?'}  ({self._where()})"

    written: int = 0  # files that write the word anywhere

    def _where(self) -> str:
        return f"written in {self.written} file{'s' if self.written != 1 else ''}: {', '.join(self.places)}"


class SpellingCollector(Reporter):
    """Receives each linted file from Run; keeps the files of each word spelling reported."""

    needs_source = True  # the file's text: the files that write a word count, not only those it is reported in

    def __init__(self, accept_file: Path | None = None):
        """`accept_file`: the file proposals go to (`--write`), linted with PATHS when no config
        names it yet; its terms are not the project's writing them again."""
        super().__init__(None)
        self.words: dict[str, Proposal] = {}
        self.known_slips: set[str] = set()
        self.tree = TreeWords()  # word -> times the tree writes it, and files that write it
        self.accept_file = accept_file.resolve() if accept_file is not None else None

    def file(self, result) -> None:
        if self.accept_file is not None and Path(result.path).resolve() == self.accept_file:
            return
        if result.source is not None:
            self.tree.add(result.source.text)
        for finding in result.findings:
            if finding.code != SPELLING or not finding.flagged:
                continue
            term = finding.flagged.casefold()
            fix = finding.fix
            if fix is not None and fix.applicability == Applicability.SAFE:
                self.known_slips.add(term)
            proposal = self.words.setdefault(term, Proposal(term, suggestion=next(iter(finding.suggestions), "")))
            if result.path not in proposal.files:
                proposal.files.append(result.path)
                if len(proposal.places) < SHOWN_PLACES:
                    proposal.places.append(f"{result.path}:{finding.line}")

    def proposals(self, min_files: int) -> list[Proposal]:
        """Words in at least `min_files` files that look like the project's terms, the most
        widely written first."""
        return [p for p in self._widespread(min_files) if not p.looks_like_slip]

    def widespread_slips(self, min_files: int) -> list[Proposal]:
        """Words in at least `min_files` files that look like typos copied from page to page."""
        return [p for p in self._widespread(min_files) if p.looks_like_slip]

    def _widespread(self, min_files: int) -> list[Proposal]:
        for term, proposal in self.words.items():
            proposal.written = max(self.tree.files[term], len(proposal.files))
            proposal.lone = self._lone(proposal)
        kept = [p for term, p in self.words.items()
                if (p.written >= min_files or p.lone) and term not in self.known_slips]
        self._count_families([p for p in kept if len(p.term) >= LONG_WORD])
        return sorted(kept, key=lambda p: (-p.written, p.term))

    def _lone(self, proposal: Proposal) -> bool:
        """Written often enough, in files enough, with no word one edit away written anywhere but
        far less often (a flag or a letter before the term itself): nlp/tree_words.py."""
        return self.tree.lone(proposal.term, files=proposal.written)

    def _count_families(self, long_words: list[Proposal]) -> None:
        """Each long word's family: the words of the tree with its stem that the dictionary does
        not know (reported or written anywhere: 'Scrobbling' opening a sentence is not reported)."""
        if not long_words:
            return
        from ..nlp.spelling import dictionary

        stems = {inflection_stem(p.term) for p in long_words}
        forms: dict[str, set[str]] = collections.defaultdict(set)
        for word in (*self.tree.files, *self.words):
            stem = inflection_stem(word)
            if stem in stems:
                forms[stem].add(word)
        known = dictionary().knows
        for proposal in long_words:
            family = {w for w in forms[inflection_stem(proposal.term)] if w not in self.known_slips and not known(w)}
            proposal.family = len(family | {proposal.term})


def inflection_stem(word: str) -> str:
    """The word less one inflection ending and a final 'e' ('scrobbling', 'scrobbled',
    'scrobbles' and 'scrobble' are all 'scrobbl'), keeping four letters at least."""
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            word = word[:-len(ending)]
            break
    return word[:-1] if word.endswith("e") and len(word) > 4 else word


def collect(options: RunOptions, error, stdin=None, accept_file: Path | None = None) -> tuple[int, SpellingCollector]:
    """Lint with spelling selected and every other rule off; the config's spelling settings
    apply (its options, its vocabulary, a kind where it turns spelling off). `stdin`: the
    binary stream a path `-` reads; `accept_file`: the `--write` file, left out of the counts."""
    options.select, options.extend_select, options.ignore = [SPELLING], [], []
    # No result cache: a cache hit of a file with no finding keeps no text, and every file's text
    # counts here (the files that write a word), so a second run proposed less than the first.
    options.cache = False
    # The tree's lone words are proposed here (Proposal.lone), so check's first pass must not hide them.
    options.tree_evidence = False
    # Terms come from the dictionary check's reports, whatever the config's `mode` says.
    options.rule_settings = {SPELLING: {"mode": "dictionary"}}
    collector = SpellingCollector(accept_file)
    code = Run(options, None, error=error, reporter=collector, stdin=stdin).execute()
    return code, collector


def propose(options: RunOptions, min_files: int, write: Path | None, out, error, notice, stdin=None) -> int:
    """The command: print the proposals (or add them to `write`); exit 2 when a file or the config
    could not be read or `write` could not be written, else 0."""
    if write is not None:
        from .vocabulary_file import VocabularyWriteError, start_file

        try:
            start_file(write)  # a config may already name it: the run reads the vocabulary it names
        except VocabularyWriteError as exc:
            error(str(exc))
            return EXIT_ERROR
    code, collector = collect(options, error, stdin, accept_file=write)
    if code == EXIT_ERROR and not collector.words:
        return EXIT_ERROR
    proposals = collector.proposals(min_files)
    slips = collector.widespread_slips(min_files)
    if slips:
        notice(f"Not proposed: {len(slips)} long word(s) in {min_files} or more files that look like typos "
               "copied from page to page; fix them (plainlint check --select PL502):")
        for slip in slips:
            notice(f"  {slip.slip_line()}")
    if write is None:
        for proposal in proposals:
            out.write(proposal.line() + "\n")
        notice(_summary(len(proposals), min_files, len(collector.known_slips)))
        return EXIT_ERROR if code == EXIT_ERROR else EXIT_CLEAN
    from .vocabulary_file import VocabularyWriteError, add_terms, named_in_config

    try:
        added = add_terms(write, [p.line() for p in proposals])
    except VocabularyWriteError as exc:
        error(str(exc))
        return EXIT_ERROR
    notice(f"Added {added} of {len(proposals)} proposed term(s) to {write}; review them before you commit.")
    if added and not named_in_config(options.config_path, write):
        notice(f"{write} is not in your config's vocabulary yet: add it as `vocabulary: {{accept: [...]}}` "
               "(paths relative to the config file).")
    return EXIT_ERROR if code == EXIT_ERROR else EXIT_CLEAN


def _summary(proposed: int, min_files: int, slips: int) -> str:
    known = f"; {slips} known misspelling(s) left out" if slips else ""
    return (f"{proposed} word(s) that spelling does not know, each in {min_files} or more files (or in "
            f"{LONE_FILES} or more, written {LONE_USES} times or more, with no word one edit away){known}. "
            "Review them: delete any that is a typo, keep the rest in an accept file.")
