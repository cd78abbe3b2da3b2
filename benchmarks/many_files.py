"""The many-files row of `benchmarks/scaling.py --memory` (mem35): what each file adds to the peak of
a run over many small files, `--jobs 1 --no-cache`."""

from __future__ import annotations

import os
from pathlib import Path

# A run over many files (mem35): the peak of a folder of FEW_FILES and of MANY_FILES small articles,
# each writing words no other file writes (as a knowledge base's product names and slips do), linted
# with spelling's default mode; what each file beyond the first FEW_FILES adds must stay under
# PER_FILE_LIMIT bytes (spelling kept 35 kB per unknown word it judged: about 15 kB a file of the
# held-out corpus). The first thousand files take the one-time costs (the dictionary's counts become a
# dict after 3,000 look-ups: some 8 MB), so the two runs differ by what is kept per file.
FEW_FILES, MANY_FILES = 1000, 3000
PER_FILE_LIMIT = 4000
_SYLLABLES = ("ba", "ke", "ri", "mo", "tu", "ga", "le", "ni", "po", "su", "da", "fe", "hi", "jo", "vu",
              "za", "we", "xi", "qo", "cu")
_ARTICLE = ("# Setting up {0}\n\nOpen the settings page and choose the {0} option before you save your "
            "changes.\n\nIf the {1} panel does not open, sign out and sign in again, then try once more.\n\n"
            "Your team can see the {2} report on the next day. Ask your administrator to turn on {3} "
            "for every workspace.\n")


def made_up_word(n: int) -> str:
    """A word of four syllables no dictionary holds, a different one for each n."""
    letters = []
    for _ in range(4):
        n, syllable = divmod(n, len(_SYLLABLES))
        letters.append(_SYLLABLES[syllable])
    return "".join(letters) + "x"


def write_articles(folder: Path, count: int) -> None:
    folder.mkdir()
    for i in range(count):
        words = [made_up_word(4 * i + k) for k in range(4)]
        (folder / f"article-{i:05}.md").write_text(_ARTICLE.format(*words))


def measure_many_files(plainlint: list[str], work: Path, run_once, timeout: float) -> tuple[int, int]:
    """(peak RSS bytes of FEW_FILES articles, of MANY_FILES), one run each, `--jobs 1 --no-cache`;
    `run_once(command, timeout)`: scaling.py's, with the peak in `.rss`."""
    peaks = []
    for count in (FEW_FILES, MANY_FILES):
        folder = work / f"articles-{count}"
        write_articles(folder, count)
        command = [*plainlint, "check", "--no-cache", "--jobs", "1", "--format", "jsonl", "-o", os.devnull,
                   "--exit-zero", str(folder)]
        peaks.append(run_once(command, timeout).rss)
    return peaks[0], peaks[1]


def print_many_files(few: int, many: int) -> bool:
    """Print the row of the two peaks and the bytes each file beyond FEW_FILES adds; whether that
    is under PER_FILE_LIMIT."""
    per_file = (many - few) / (MANY_FILES - FEW_FILES)
    passed = per_file < PER_FILE_LIMIT
    print(f"\n| many files | peak MB, {FEW_FILES} files | peak MB, {MANY_FILES} files | bytes per file more "
          f"| < {PER_FILE_LIMIT} |")
    print("|---|---|---|---|---|")
    print(f"| small articles, each with its own unknown words | {few / 1e6:.0f} | {many / 1e6:.0f} | {per_file:.0f} "
          f"| {'PASS' if passed else 'FAIL'} |")
    return passed
