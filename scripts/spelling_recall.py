"""Recall of the spelling rule (PL502, issue 33): seed misspellings into copies of permissively
licensed articles and count how many the rule flags with the right word among its first three
suggestions.

    python scripts/spelling_recall.py                       # the copies in tests/data/spelling/
    python scripts/spelling_recall.py --corpus ../shared/corpus --documents 40 --seed 33

Edit types (the commonest typing and spelling slips, after Damerau 1964 and Kukich 1992):

- transposition: two neighbouring letters swapped ('recieve', 'wrok');
- omission: one letter left out ('acount', 'pasword');
- doubling: one letter typed twice ('untill', 'messsage');
- confusion: a vowel or ending written as its usual confusable ('seperate' a/e, 'existance'
  ance/ence, 'accessable' ible/able, 'dependant' ent/ant, 'recieve' ie/ei).

One word is changed per paragraph, list item or heading (a word of five letters or more, in lower
case, that the rule knows and did not flag before), and only where the change makes a word the
dictionary does not hold. The original text is never modified: a copy is linted from memory.
With `--corpus`, documents are drawn (seeded) only from corpus folders whose MANIFEST.tsv licence
is MIT, Apache-2.0, BSD, CC0 or CC-BY; the report names each source.
"""

from __future__ import annotations

import argparse
import collections
import csv
import random
import sys
from dataclasses import dataclass, replace
from pathlib import Path

# Confusable spellings, each way round: (written correctly, written wrongly); the table
# confident mode's slip test reads, so what is seeded is what the rule means to catch.
from plainlint.rules.spelling_confident import CONFUSIONS

ROOT = Path(__file__).resolve().parent.parent
TEST_COPIES = ROOT / "tests" / "data" / "spelling" / "articles"
PERMISSIVE = ("MIT", "Apache-2.0", "BSD-2-Clause", "BSD-3-Clause", "CC0-1.0", "CC-BY-4.0", "CC-BY-3.0")
EDIT_TYPES = ("transposition", "omission", "doubling", "confusion")
VOWELS = "aeiou"


@dataclass
class Seed:
    path: str
    edit: str
    original: str
    misspelled: str
    start: int  # source offset of the misspelled word in the copy
    flagged: bool = False
    suggested: bool = False  # the original word is among the first three suggestions


def misspell(word: str, edit: str, rng: random.Random) -> str | None:
    """One misspelling of `word` by `edit`, or None when the edit does not apply."""
    n = len(word)
    if edit == "transposition":
        spots = [i for i in range(1, n - 1) if word[i] != word[i + 1]]
        if spots:
            i = rng.choice(spots)
            return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    elif edit == "omission":
        i = rng.randrange(1, n)
        return word[:i] + word[i + 1:]
    elif edit == "doubling":
        spots = [i for i in range(1, n) if word[i] != word[i - 1] and (i + 1 >= n or word[i] != word[i + 1])]
        if spots:
            i = rng.choice(spots)
            return word[:i + 1] + word[i] + word[i + 1:]
    elif edit == "confusion":
        options = [(right, wrong) for right, wrong in CONFUSIONS if right in word[1:]]
        if not options:
            vowels = [i for i in range(1, n - 1) if word[i] in VOWELS]
            if not vowels:
                return None
            i = rng.choice(vowels)
            return word[:i] + rng.choice([v for v in VOWELS if v != word[i]]) + word[i + 1:]
        right, wrong = rng.choice(options)
        at = word.index(right, 1)
        return word[:at] + wrong + word[at + len(right):]
    return None


def _settings(path: Path, tree_terms: frozenset | None = None, mode: str | None = None):
    from plainlint.config import Config, Resolver, Selection

    config = {"select": ["PL502"], "rules": {"spelling": {"mode": mode or "dictionary"}}}
    resolver = Resolver(Config(data=config, root=path.parent), Selection(None, [], []))
    return replace(resolver.settings(path), tree_terms=tree_terms)


def _lint(data: bytes, path: Path, tree_terms: frozenset | None = None, mode: str | None = None):
    from plainlint.linting.engine import lint_bytes

    return lint_bytes(data, str(path), _settings(path, tree_terms, mode))


class Trees:
    """`--tree`: spelling's tree evidence for a seeded copy, from its source folder (the folder
    of tests/data/spelling's copies; a corpus document's repository) with the copy in place of
    its original, as `plainlint check FOLDER` would read it after the slips were typed."""

    def __init__(self):
        self._folders: dict[Path, object] = {}

    def terms(self, path: Path, folder: Path, copy: bytes) -> frozenset:
        from plainlint.nlp.tree_words import TreeWords, spelling_terms

        if folder not in self._folders:
            counts = TreeWords()
            for other in sorted(folder.rglob("*")):
                if other.suffix in (".md", ".mdx", ".html", ".htm", ".txt", ".json", ".yaml", ".yml") and other.is_file():
                    counts.add(other.read_bytes().decode("utf-8", "replace"))
            self._folders[folder] = counts
        base, original, seeded = self._folders[folder], TreeWords(), TreeWords()
        original.add(path.read_bytes().decode("utf-8", "replace"))
        seeded.add(copy.decode("utf-8", "replace"))
        counts = TreeWords()
        counts.uses = base.uses - original.uses + seeded.uses
        counts.files = base.files - original.files + seeded.files
        from labels_findings import shared_unknown_words

        return spelling_terms(counts) | shared_unknown_words(counts)


def seed_document(path: Path, display: str, rng: random.Random) -> tuple[bytes, list[Seed]]:
    """A copy of the file with one misspelling per prose unit, and the seeds."""
    from plainlint.nlp.spelling import dictionary
    from plainlint.rules.spelling_words import candidate_words

    words = dictionary()
    data = path.read_bytes()
    result = _lint(data, path)
    text = result.source.text
    flagged = {(f.start, f.end) for f in result.findings}
    chosen: list[tuple[int, int, str, str, str]] = []
    for segment in result.document.segments:
        spans = []
        for start, end in candidate_words(segment.text):
            word = segment.text[start:end]
            if len(word) < 5 or not word.isalpha() or not word.islower() or not words.knows(word):
                continue
            where = segment.map.to_source(start, end)
            if where.exact and text[where.start:where.end] == word and (where.start, where.end) not in flagged:
                spans.append((where.start, where.end, word))
        rng.shuffle(spans)
        for src_start, src_end, word in spans:
            edit = rng.choice(EDIT_TYPES)
            wrong = misspell(word, edit, rng)
            if wrong and wrong != word and not words.knows(wrong):
                chosen.append((src_start, src_end, word, wrong, edit))
                break
    chosen.sort()
    pieces, at, seeds, shift = [], 0, [], 0
    for src_start, src_end, word, wrong, edit in chosen:
        pieces += [text[at:src_start], wrong]
        seeds.append(Seed(display, edit, word, wrong, src_start + shift))
        shift += len(wrong) - len(word)
        at = src_end
    pieces.append(text[at:])
    return "".join(pieces).encode("utf-8"), seeds


def score_document(path: Path, copy: bytes, seeds: list[Seed], tree_terms: frozenset | None = None,
                   mode: str = "dictionary") -> None:
    """Mark each seed flagged / suggested from the findings on the misspelled copy, linted in
    spelling's `mode` (the seeds are chosen with the dictionary check whatever it is)."""
    result = _lint(copy, path, tree_terms, mode)
    by_start = {f.start: f for f in result.findings}
    for seed in seeds:
        finding = by_start.get(seed.start)
        if finding is not None:
            seed.flagged = True
            seed.suggested = seed.original in [s.lower() for s in finding.suggestions[:3]]


def run(files: list[tuple[Path, str]], seed: int, folder_of=None, mode: str = "dictionary") -> list[Seed]:
    """`folder_of`: a document's source folder (--tree), or None for no tree evidence; `mode`:
    spelling's mode the seeds are scored in (--mode)."""
    rng = random.Random(seed)
    seeds: list[Seed] = []
    trees = Trees() if folder_of is not None else None
    for path, display in files:
        copy, mine = seed_document(path, display, rng)
        terms = trees.terms(path, folder_of(path, display), copy) if trees is not None else None
        score_document(path, copy, mine, terms, mode)
        seeds += mine
    return seeds


def summary(seeds: list[Seed]) -> dict:
    out = {"seeded": len(seeds), "flagged": sum(s.flagged for s in seeds),
           "suggested": sum(s.suggested for s in seeds), "by_edit": {}}
    for edit in EDIT_TYPES:
        mine = [s for s in seeds if s.edit == edit]
        out["by_edit"][edit] = (len(mine), sum(s.flagged for s in mine), sum(s.suggested for s in mine))
    return out


def permissive_articles(corpus: Path, documents: int, seed: int) -> list[tuple[Path, str]]:
    """Article files from corpus folders under a permissive licence (MANIFEST.tsv), drawn with `seed`."""
    with (corpus / "MANIFEST.tsv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    folders = [r["folder_in_corpus"] for r in rows
               if r["folder_in_corpus"].startswith("articles/") and r["licence_spdx"] in PERMISSIVE]
    files = sorted(p for folder in folders for p in (corpus / folder).rglob("*.md"))
    rng = random.Random(seed)
    rng.shuffle(files)
    return [(p, p.relative_to(corpus).as_posix()) for p in files[:documents]]


def source_folder(display: str) -> str:
    """A corpus document's repository: its first two folders (scripts/labels.py's source_folder)."""
    parts = Path(display).parts
    return "/".join(parts[:3] if len(parts) > 1 and parts[1].startswith("fresh-") else parts[:2])


def test_copies() -> list[tuple[Path, str]]:
    return [(p, p.relative_to(ROOT).as_posix()) for p in sorted(TEST_COPIES.glob("*.md"))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", help="draw documents from this corpus instead of tests/data/spelling")
    parser.add_argument("--documents", type=int, default=40)
    parser.add_argument("--seed", type=int, default=33)
    parser.add_argument("--misses", action="store_true", help="list the seeds not suggested")
    parser.add_argument("--tree", action="store_true",
                        help="with spelling's tree evidence from each document's source folder (see Trees)")
    parser.add_argument("--mode", choices=("known", "confident", "dictionary"), default="dictionary",
                        help="spelling's mode to score the seeds with (chosen with the dictionary check)")
    args = parser.parse_args(argv)
    files = permissive_articles(Path(args.corpus), args.documents, args.seed) if args.corpus else test_copies()
    folder_of = None
    if args.tree:
        corpus = Path(args.corpus) if args.corpus else None
        folder_of = (lambda path, display: corpus / source_folder(display)) if corpus else (lambda path, _: TEST_COPIES)
    seeds = run(files, args.seed, folder_of, args.mode)
    result = summary(seeds)
    n = max(result["seeded"], 1)
    print(f"{result['seeded']} misspellings seeded in {len(files)} documents: flagged {result['flagged']} "
          f"({100 * result['flagged'] / n:.1f}%), right word in the first three suggestions "
          f"{result['suggested']} ({100 * result['suggested'] / n:.1f}%)")
    for edit, (count, flagged, suggested) in result["by_edit"].items():
        print(f"  {edit:13} {count:4} seeded, {flagged:4} flagged, {suggested:4} suggested")
    if args.misses:
        for s in seeds:
            if not s.suggested:
                print(f"  miss {s.edit:13} {s.original} -> {s.misspelled} ({'flagged' if s.flagged else 'not flagged'})")
    if args.corpus:
        print("sources: " + ", ".join(sorted({d.split('/')[1] for _, d in files})))
    return 0


if __name__ == "__main__":
    sys.exit(main())
