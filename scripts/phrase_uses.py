"""Uses of a phrase in the prose plainlint reads, counted and drawn at random (recall38).

Before a word list gains an entry, count the phrase where a rule could see it (the prose segments
the readers make, not code, URLs or template tags) and label a seeded sample of its uses:

    python scripts/phrase_uses.py --regex "\\b(allows|enables) you to\\b" --corpus /work/shared/corpus \\
        --corpus /work/shared/heldout-spelling --sample 40 --seed 38 --out /tmp/uses.tsv

A file is read only when its bytes match the pattern (a fast first pass); a match is kept only
inside a prose segment. `bench/` and `licences/` are left out, as the labelled samples leave them
(scripts/labels.py). Each row: corpus name, path, line, column, the match, the 16-hex sha256 of
the source line, the licence, and the sentence around the match for permissive licences only
(labels never copy other text: CONTRIBUTING.md, "Licences of corpus text").
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from labels_format import is_permissive, licence_of, read_manifest  # noqa: E402

SKIPPED_FOLDERS = ("bench/", "licences/")
CONTEXT = 110  # characters either side of a match in the row's sentence


def candidates(corpus: Path, pattern: re.Pattern) -> list[Path]:
    """The files of `corpus` a default walk lints whose text matches `pattern` somewhere."""
    from plainlint.config import Config, Resolver, Selection
    from plainlint.running.discovery import Discovery

    discovery = Discovery(Resolver(Config(data={}), Selection(None, [], [])), None, [], True)
    found = []
    for candidate in discovery.files([corpus]):
        path = Path(candidate.path)
        if path.relative_to(corpus).as_posix().startswith(SKIPPED_FOLDERS):
            continue
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        if pattern.search(text):
            found.append(path)
    return found


def uses_in(path: Path, rel: str, pattern: re.Pattern):
    """(line, column, match, line hash, sentence) for each match inside a prose segment."""
    from plainlint.reading.readers import format_for, read_document
    from plainlint.reading.source import SourceError, read_source

    fmt = format_for(str(path))
    if fmt is None:
        return
    try:
        source = read_source(path, rel, html=fmt == "html")
        doc = read_document(source, fmt)
    except (SourceError, ValueError) as error:
        print(f"{rel}: skipped ({error})", file=sys.stderr)
        return
    text = source.text
    for segment in doc.segments:
        for match in pattern.finditer(segment.text):
            start = segment.to_source(match.start(), match.end()).start
            line_start = text.rfind("\n", 0, start) + 1
            line_end = text.find("\n", start)
            line = text[line_start:len(text) if line_end < 0 else line_end]
            sentence = segment.text[max(0, match.start() - CONTEXT):match.end() + CONTEXT]
            yield (text.count("\n", 0, start) + 1, start - line_start + 1, match.group(),
                   hashlib.sha256(line.encode("utf-8")).hexdigest()[:16], " ".join(sentence.split()))


def all_uses(corpora: list[Path], pattern: re.Pattern) -> list[tuple]:
    rows = []
    for corpus in corpora:
        manifest = read_manifest(corpus)
        for path in candidates(corpus, pattern):
            rel = path.relative_to(corpus).as_posix()
            licence = licence_of(rel, manifest)
            for line, column, words, digest, sentence in uses_in(path, rel, pattern):
                rows.append((corpus.name, rel, line, column, words, digest, licence,
                             sentence if is_permissive(licence) else "-"))
    return rows


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--regex", required=True, help="a Python pattern, matched ignoring case")
    parser.add_argument("--corpus", type=Path, action="append", required=True)
    parser.add_argument("--sample", type=int, help="draw this many uses (random.Random(seed).sample)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--exclude", type=Path, help="a TSV written before: leave its uses out of the draw")
    parser.add_argument("--out", type=Path, help="write the rows (or the sample) here as TSV")
    args = parser.parse_args(argv)
    rows = sorted(all_uses(args.corpus, re.compile(args.regex, re.IGNORECASE)))
    for corpus in args.corpus:
        print(f"{corpus}: {sum(row[0] == corpus.name for row in rows)} uses", file=sys.stderr)
    if args.exclude:
        drawn = {tuple(line.split("\t")[1:4]) for line in args.exclude.read_text(encoding="utf-8").splitlines()
                 if line and not line.startswith("#")}
        rows = [row for row in rows if (row[1], str(row[2]), str(row[3])) not in drawn]
    if args.sample:
        rows = random.Random(args.seed).sample(rows, min(args.sample, len(rows)))
    lines = ["\t".join(str(value) for value in row) for row in rows]
    if args.out:
        args.out.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    else:
        print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
