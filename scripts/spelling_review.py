"""List the words the spelling rule (PL502) flags on the corpus, with the repositories they occur
in (issue 33): a word flagged in several repositories is a candidate for `accept:` in
rulesets/spelling.yaml, to be reviewed one by one (a real word or term of support content, or a
misspelling several writers share). Prints only words, counts and repository folders.

    python scripts/spelling_review.py --min-repos 3 > /tmp/spelling-review.tsv

`--unknown` lists every word the dictionary does not know (before the rule's filters for names,
terms and typos), so a term the filters hide today is reviewed too. Second round (issue 33): no
unknown word of the five folders occurred in three repositories or more (the words in two were
reviewed in the first round), so that review added nothing. Third round: with bench/ too
(`--folder articles --folder articles-html --folder emails --folder macros --folder macros-exports
--folder bench/ms-iis-docs --folder bench/ms-deployoffice-docs --folder bench/ms-sharepoint-docs`)
eight words were flagged in two repositories: three terms were accepted (visio, dbname, dogfood),
the rest are typos. `--unknown` over the five folders listed only Latin placeholder and German
words in two repositories (the rule skips such text as not English).
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import labels  # noqa: E402  (scripts/labels.py)


def repository(rel: str) -> str:
    """The corpus folder of one source repository: 'articles/sendgrid-docs'."""
    return "/".join(rel.split("/")[:2])


def flagged_words(corpus: Path, unknown: bool = False,
                  folders: tuple[str, ...] = labels.FOLDERS) -> tuple[dict[str, set[str]], collections.Counter, int]:
    linter = labels.Linter(corpus, {"select": ["PL502"]})
    repos: dict[str, set[str]] = collections.defaultdict(set)
    counts: collections.Counter = collections.Counter()
    documents = 0
    current = [""]

    def record(word: str) -> None:
        repos[word].add(repository(current[0]))
        counts[word] += 1

    if unknown:
        _record_unknown_words(record)
    for folder in folders:
        for doc in linter.documents(folder):
            documents += 1
            current[0] = doc
            for found in linter.findings(doc):
                if not unknown:
                    record(found.text.lower())
    return repos, counts, documents


def _record_unknown_words(record) -> None:
    """Hook the rule's first pass so that every unknown word of each segment is recorded."""
    from plainlint.rules import spelling

    first_pass = spelling._unknown_words

    def recording(words, vocabulary, segment, min_length, names=None):
        judged, unknown = first_pass(words, vocabulary, segment, min_length, names)
        for start, end in unknown:
            record(segment.text[start:end].lower())
        return judged, unknown

    spelling._unknown_words = recording


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", default=str(labels.default_corpus()))
    parser.add_argument("--min-repos", type=int, default=3)
    parser.add_argument("--unknown", action="store_true", help="every unknown word, not only the flagged ones")
    parser.add_argument("--folder", action="append", help="corpus folders to read (default: the five of labels.py)")
    args = parser.parse_args(argv)
    repos, counts, documents = flagged_words(Path(args.corpus), args.unknown, tuple(args.folder or labels.FOLDERS))
    print(f"# {sum(counts.values())} findings, {len(counts)} distinct words, {documents} documents")
    for word in sorted(repos, key=lambda w: (-len(repos[w]), -counts[w], w)):
        if len(repos[word]) >= args.min_repos:
            print(f"{word}\t{len(repos[word])}\t{counts[word]}\t{','.join(sorted(repos[word]))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
