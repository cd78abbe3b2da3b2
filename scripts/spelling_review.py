"""List the words the spelling rule (PL502) flags on the corpus, with the repositories they occur
in (issue 33): a word flagged in several repositories is a candidate for `accept:` in
rulesets/spelling.yaml, to be reviewed one by one (a real word or term of support content, or a
misspelling several writers share). Prints only words, counts and repository folders.

    python scripts/spelling_review.py --min-repos 3 > /tmp/spelling-review.tsv
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


def flagged_words(corpus: Path) -> tuple[dict[str, set[str]], collections.Counter, int]:
    linter = labels.Linter(corpus, {"select": ["PL502"]})
    repos: dict[str, set[str]] = collections.defaultdict(set)
    counts: collections.Counter = collections.Counter()
    documents = 0
    for folder in labels.FOLDERS:
        for doc in linter.documents(folder):
            documents += 1
            for found in linter.findings(doc):
                word = found.text.lower()
                repos[word].add(repository(doc))
                counts[word] += 1
    return repos, counts, documents


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", default=str(labels.default_corpus()))
    parser.add_argument("--min-repos", type=int, default=3)
    args = parser.parse_args(argv)
    repos, counts, documents = flagged_words(Path(args.corpus))
    print(f"# {sum(counts.values())} findings, {len(counts)} distinct words, {documents} documents")
    for word in sorted(repos, key=lambda w: (-len(repos[w]), -counts[w], w)):
        if len(repos[word]) >= args.min_repos:
            print(f"{word}\t{len(repos[word])}\t{counts[word]}\t{','.join(sorted(repos[word]))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
