"""Issue 28: draw the re-judge sample of skipped entries (20% per list, seed 2028).

Prints each drawn entry with its sentence only (not the original reason), so the second editor
judges blind. `--compare rejudge.tsv` reports agreement per list against the original decisions.
"""

from __future__ import annotations

import argparse
import csv
import math
import random
from pathlib import Path

DECISIONS = Path(__file__).resolve().parent.parent / "rulesets" / "decisions"
SEED = 2028
SHARE = 0.2


def read_table(path: Path) -> list[dict]:
    lines = path.read_text(encoding="utf-8").splitlines()[1:]
    return list(csv.DictReader(lines, delimiter="\t"))


def draw(path: Path) -> list[dict]:
    """A seeded 20% (rounded up) of the list's skips, in file order of the draw."""
    skips = [row for row in read_table(path) if row["decision"] == "skip"]
    if not skips:
        return []
    k = math.ceil(len(skips) * SHARE)
    return random.Random(f"{SEED}:{path.stem}").sample(skips, k)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lists", nargs="*", help="list names (default: the lists re-judged in the table)")
    parser.add_argument("--compare", type=Path, help="a re-judge table: list, entry, rejudge, ...")
    args = parser.parse_args()
    paths = sorted(DECISIONS.glob("*.tsv"))
    if args.lists:
        paths = [p for p in paths if p.stem in args.lists]
    if not args.compare:
        for path in paths:
            for row in draw(path):
                print(f"{path.stem}\t{row['entry']}\t{row['sentence']}")
        return
    judged = read_table(args.compare)
    for path in paths:
        mine = [r for r in judged if r["list"] == path.stem]
        if not mine:
            continue
        disagree = [r for r in mine if r["rejudge"] != "skip"]
        share = len(disagree) / len(mine)
        verdict = "revisit all skips" if share > 0.10 else "agree"
        print(f"{path.stem}: {len(mine)} re-judged, {len(disagree)} disagree ({share:.0%}) -> {verdict}")


if __name__ == "__main__":
    main()
