"""What a word source would do to the spelling rule (PL502, issue 33): for each candidate list of
words (a cspell dictionary, a SCOWL size, a Hunspell dictionary expanded with `unmunch`), count the
labelled findings it would remove (an FP gone is a term the list holds; a TP gone is a real
misspelling the list holds as a word) and score the seeded misspellings again.

    python scripts/spelling_sources.py --source docker=/tmp/npm/docker/package/dict/docker-words.txt.gz \
        --source scowl-70=/tmp/lists/scowl-70.txt --corpus ../shared/corpus \
        --heldout-corpus ../shared/heldout-spelling

Each `--source NAME=FILE[,FILE...]` is read as words one a line or several a line (plain or
gzipped; cspell's markers `!` (forbidden: skipped), `+`, `~`, `*` and `#` comments handled; Latin-1
read when a file is not UTF-8), lower-cased, letters and apostrophes only. The words are added to
the dictionary the rule uses as accepted words (the count of rulesets/spelling-file-types-commands.txt:
accepted, never evidence that a word one letter away is a slip), and every labelled finding is
looked up with the rule's own test (`spelling_words.is_known`: plurals, derivatives and prefixes of listed words
count). Two populations: every label as drawn (before the tuning each sample prompted), and the
findings the rule reports now. Recall: the seeded misspellings of `scripts/spelling_recall.py`
(tests/data/spelling/, seed 33), drawn once with the dictionary as shipped and scored again with the
source added, so a misspelling the source holds as a word counts as missed (seeding afresh would
leave such words out of the draw and hide the loss).

`--words` prints the words of each population that a source removes, with their labels.
"""

from __future__ import annotations

import argparse
import collections
import gzip
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import spelling_features  # noqa: E402
import spelling_recall  # noqa: E402

ACCEPTED_FILE = "spelling-file-types-commands.txt"
TOKEN = re.compile(r"[A-Za-z][A-Za-z']*")


def read_words(paths: list[Path]) -> set[str]:
    """The lower-case words of the files (one or more a line)."""
    found: set[str] = set()
    for path in paths:
        data = path.read_bytes()
        if path.suffix == ".gz":
            data = gzip.decompress(data)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("latin-1")
        for line in text.splitlines():
            line = line.strip()
            if not line or line.startswith(("#", "!")):
                continue
            for token in TOKEN.findall(line.lstrip("+~*:")):
                if len(token) >= 2:
                    found.add(token.lower().strip("'"))
    return found


def use_words(extra: set[str]):
    """The dictionary with `extra` accepted, built afresh (its caches are keyed by the object)."""
    from plainlint.nlp import spelling

    original = spelling.ruleset_bytes.__wrapped__ if hasattr(spelling.ruleset_bytes, "__wrapped__") else spelling.ruleset_bytes

    def patched(name: str) -> bytes:
        data = original(name)
        if name == ACCEPTED_FILE and extra:
            data += ("\n" + "\n".join(sorted(extra)) + "\n").encode("utf-8")
        return data

    patched.__wrapped__ = original
    spelling.ruleset_bytes = patched
    if not hasattr(spelling, "_shipped_cache_name"):
        spelling._shipped_cache_name = spelling._cache_name
    # A dictionary with extra words is never kept as the marshal copy the rule loads.
    spelling._cache_name = (lambda: None) if extra else spelling._shipped_cache_name
    spelling.dictionary.cache_clear()
    return spelling.dictionary()


def labelled(corpus: str, heldout: str) -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]:
    """(file, word, TP/FP) of every label as drawn, and of every labelled finding reported now."""
    drawn, now = [], []
    root = Path(spelling_features.ROOT)
    for folder, base in ((spelling_features.LABEL_SETS[0][0], corpus), (spelling_features.LABEL_SETS[1][0], heldout)):
        for path in sorted(folder.glob("spelling.*labels.yaml")):
            where = (root / base).resolve()
            for population, as_drawn in ((drawn, True), (now, False)):
                for word, _, verdict, *_ in spelling_features.labelled_findings(path, where, as_drawn):
                    if verdict in ("TP", "FP"):
                        population.append((path.name, word, verdict))
    return drawn, now


def unknown(words, population) -> list[tuple[str, str, str]]:
    """The labels whose word `words` does not know (the rest are accepted already)."""
    from plainlint.rules.spelling_words import is_known

    return [entry for entry in population if not is_known(words, entry[1])]


def removed(words, population) -> collections.Counter:
    from plainlint.rules.spelling_words import is_known

    return collections.Counter(verdict for _, word, verdict in population if is_known(words, word))


def seeded_copies():
    """Main's seeds: (path, copy, seeds) drawn with the dictionary as shipped."""
    rng = random.Random(33)
    return [(path, *spelling_recall.seed_document(path, display, rng)) for path, display in spelling_recall.test_copies()]


def recall(copies) -> tuple[int, int, int]:
    flagged = suggested = total = 0
    for path, copy, seeds in copies:
        for seed in seeds:
            seed.flagged = seed.suggested = False
        spelling_recall.score_document(path, copy, seeds)
        total += len(seeds)
        flagged += sum(s.flagged for s in seeds)
        suggested += sum(s.suggested for s in seeds)
    return total, flagged, suggested


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", action="append", default=[], metavar="NAME=FILE[,FILE...]")
    parser.add_argument("--corpus", default=spelling_features.LABEL_SETS[0][1])
    parser.add_argument("--heldout-corpus", default=spelling_features.LABEL_SETS[1][1])
    parser.add_argument("--words", action="store_true", help="list the words each source removes")
    args = parser.parse_args(argv)
    words = use_words(set())
    drawn, now = labelled(args.corpus, args.heldout_corpus)
    drawn, now = unknown(words, drawn), unknown(words, now)
    shipped = set(words.counts.as_dict())
    copies = seeded_copies()
    base = recall(copies)
    print(f"labels as drawn whose word is not known now: {sum(v == 'TP' for *_, v in drawn)} TP / {sum(v == 'FP' for *_, v in drawn)} FP; "
          f"reported now: {sum(v == 'TP' for *_, v in now)} TP / {sum(v == 'FP' for *_, v in now)} FP; "
          f"seeded recall {base[2]} of {base[0]} suggested ({base[1]} flagged)")
    print("| source | new words | as drawn: FP removed / TP lost | reported now: FP removed / TP lost | seeded recall |")
    print("|---|---|---|---|---|")
    for spec in args.source:
        name, _, files = spec.partition("=")
        extra = read_words([Path(f) for f in files.split(",")])
        words = use_words(extra)
        new = len(extra - shipped)
        gone_drawn, gone_now = removed(words, drawn), removed(words, now)
        total, flagged, suggested = recall(copies)
        print(f"| {name} | {new:,} | {gone_drawn['FP']} / {gone_drawn['TP']} | {gone_now['FP']} / {gone_now['TP']} "
              f"| {suggested} of {total} ({flagged} flagged) |")
        if args.words:
            from plainlint.rules.spelling_words import is_known
            for label, population in (("drawn", drawn), ("now", now)):
                hits = collections.Counter((w.lower(), v) for _, w, v in population if is_known(words, w))
                print(f"    {label}: " + ", ".join(f"{w} {v}{'x' + str(n) if n > 1 else ''}" for (w, v), n in sorted(hits.items())))
        sys.stdout.flush()
    use_words(set())
    return 0


if __name__ == "__main__":
    sys.exit(main())
