"""What separates right from wrong spelling findings (PL502, issue 33): pool every labelled
spelling sample, re-lint its documents with the rule as it is now, and measure features of each
finding that is still reported and labelled TP or FP.

    python scripts/spelling_features.py                 # a table per feature, precision per value
    python scripts/spelling_features.py --rows          # one line per finding (word, label, features)

Features: the document's kind (reply or article, as plainlint detects it), how often the word is
written in its document (any case, whole word), whether it is capitalised, how common its first
suggestion is (Google Books count, as log10), how it differs from that suggestion (a swap, a
doubled or dropped letter, another edit), its length, and how many dictionary words are one edit
from it. Each labels file is scored on the corpus it was
drawn from (tests/data/support/labels/ on ../shared/corpus, labels-heldout/ on the held-out one).

    python scripts/spelling_features.py --vocabulary 3  # precision after `plainlint vocabulary`
    python scripts/spelling_features.py --tree          # with check's tree evidence (session 16)

`--vocabulary N` measures the first-run step the README gives before turning the rule on: for each
repository (a corpus folder's first two parts: articles/sendgrid-docs, heldout/anki-manual) it
runs `plainlint vocabulary --min-files N` over the whole folder and counts a labelled finding as
gone when the word is proposed there (the proposals accepted unreviewed).
"""

from __future__ import annotations

import argparse
import collections
import functools
import math
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import labels  # noqa: E402  (scripts/labels.py)
from plainlint.rules.spelling_confident import edit_kind  # noqa: E402  (what confident mode measures)

ROOT = Path(__file__).resolve().parent.parent
LABEL_SETS = (
    (ROOT / "tests" / "data" / "support" / "labels", "../shared/corpus"),
    (ROOT / "tests" / "data" / "support" / "labels-heldout", "../shared/heldout-spelling"),
)
# The labelled samples were drawn from the dictionary check (known mode is the default since spell20b).
DICTIONARY_CHECK = {"select": ["PL502"], "rules": {"spelling": {"mode": "dictionary"}}}


def labelled_findings(labels_path: Path, corpus: Path, as_drawn: bool,
                      tree: bool = False) -> list[tuple[str, list[str], str, str, str, str]]:
    """(word, suggestions, verdict, source text, path, kind) for each finding reported now that has a
    label, or with `as_drawn` for every label (the findings as they were when the sample was drawn);
    kind is the document's as plainlint detects it (reply or article)."""
    from plainlint.nlp.spelling import dictionary

    data = labels.load_yaml(labels_path)
    sample = labels.load_yaml(labels_path.parent / data["sample"])
    linter, found = labels.sample_findings(sample, corpus, DICTIONARY_CHECK, tree)
    if as_drawn:
        words = dictionary()
        sources = {path: (corpus / path).read_text(encoding="utf-8", errors="replace")
                   for path in {e["path"] for e in data.get("labels", [])}}
        texts = [e.get("text") or text_at(sources[e["path"]], e) for e in data.get("labels", [])]
        return [(text, words.suggest(text.lower()), e["label"], sources[e["path"]], e["path"],
                 linter.kinds.get(e["path"], "")) for text, e in zip(texts, data.get("labels", []))]
    by_key = {labels.label_key(e): e["label"] for e in data.get("labels", [])}
    return [(f.text, f.suggestions, by_key[f.key], linter.sources.get(f.path, ""), f.path,
             linter.kinds.get(f.path, "")) for f in found if f.key in by_key]


def absent_folders(labels_path: Path, corpus: Path) -> list[str]:
    """The source folders of a labels file's sample that `corpus` lacks (a held-out copy built
    with some sources only)."""
    sample = labels.load_yaml(labels_path.parent / labels.load_yaml(labels_path)["sample"])
    return sorted({labels.source_folder(d["path"]) for d in sample["documents"]
                   if not (corpus / labels.source_folder(d["path"])).is_dir()})


@functools.lru_cache(maxsize=None)
def _proposals(folder: Path, min_files: int) -> frozenset[str]:
    from plainlint.running.run import RunOptions
    from plainlint.running.vocabulary_proposal import collect

    options = RunOptions(paths=[folder], jobs=1, cache=False)
    _, collector = collect(options, error=lambda message: None)
    return frozenset(p.term for p in collector.proposals(min_files))


def proposed_terms(corpus: Path, path: str, min_files: int) -> frozenset[str]:
    """The terms `plainlint vocabulary --min-files N` proposes on the repository of `path`."""
    return _proposals(corpus.joinpath(*Path(path).parts[:2]), min_files)


def text_at(source: str, entry: dict) -> str:
    """The labelled text, read from the source by its line and column (1-based; labels of files
    under a licence that does not allow quoting store no text)."""
    lines = source.splitlines(keepends=True)
    start = sum(map(len, lines[:entry["line"] - 1])) + entry["column"] - 1
    end = sum(map(len, lines[:entry["end_line"] - 1])) + entry["end_column"] - 1
    return source[start:end]


def edit_place(word: str, suggestion: str) -> str:
    """Where `word` first differs from `suggestion`: at its first letter, its last, or inside.
    Writers rarely get a first letter wrong; a letter before or after a word is more often a
    prefix or suffix of a name ('vdirs', 'bytea') than a slip."""
    if not suggestion:
        return "none"
    head = next((i for i, (a, b) in enumerate(zip(word, suggestion)) if a != b), min(len(word), len(suggestion)))
    tail = next((i for i, (a, b) in enumerate(zip(word[::-1], suggestion[::-1])) if a != b),
                min(len(word), len(suggestion)))
    if head == 0:
        return "first"
    if tail == 0:
        return "last"
    return "inside"


def features(word: str, suggestions: list[str], source: str, words) -> dict[str, object]:
    from plainlint.nlp.spelling_suggest import edits1

    lower = word.lower()
    uses = len(re.findall(rf"(?<![\w-]){re.escape(lower)}(?![\w-])", source.lower()))
    best = suggestions[0].lower() if suggestions else ""
    count = words.count(best) if best else 0
    neighbours = sum(1 for c in edits1(lower) if words.count(c) > 1000)
    return {
        "uses": min(uses, 3),
        "capitalised": word[:1].isupper(),
        "best_log10": int(math.log10(count)) if count else 0,
        "edit": edit_kind(lower, best) if best else "none",
        "place": edit_place(lower, best),
        "length": min(len(word), 10),
        "neighbours": min(neighbours, 3),
        "known_fix": bool(words.known_fixes(lower)),
    }


def main(argv: list[str] | None = None) -> int:
    from plainlint.nlp.spelling import dictionary

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", action="store_true", help="one line per finding")
    parser.add_argument("--as-drawn", action="store_true",
                        help="every label, as the sample was drawn (before the tuning it prompted)")
    parser.add_argument("--held-out", action="store_true", help="only the held-out samples")
    parser.add_argument("--corpus", default=LABEL_SETS[0][1], help="the corpus of labels/")
    parser.add_argument("--heldout-corpus", default=LABEL_SETS[1][1], help="the corpus of labels-heldout/")
    parser.add_argument("--vocabulary", type=int, metavar="N", default=0,
                        help="add the feature 'proposed': the word is proposed by `plainlint vocabulary "
                             "--min-files N` on its repository")
    parser.add_argument("--tree", action="store_true",
                        help="findings with spelling's tree evidence from each document's source folder, as "
                             "`plainlint check FOLDER` reports them (scripts/labels.py, Linter)")
    args = parser.parse_args(argv)
    words = dictionary()
    rows = []
    sets = [(LABEL_SETS[0][0], args.corpus), (LABEL_SETS[1][0], args.heldout_corpus)]
    for folder, corpus in sets[1:] if args.held_out else sets:
        root = (ROOT / corpus).resolve()
        if not root.is_dir():
            print(f"{corpus} is absent: the labels of {folder.name}/ are left out")
            continue
        for path in sorted(folder.glob("spelling.*labels.yaml")):
            if missing := absent_folders(path, root):
                print(f"{path.name} left out: {root} lacks {', '.join(missing)}")
                continue
            for word, suggestions, verdict, source, where, kind in labelled_findings(path, root, args.as_drawn,
                                                                                      args.tree):
                if verdict in ("TP", "FP"):
                    feats = {"kind": kind, **features(word, suggestions, source, words)}
                    if args.vocabulary:
                        feats["proposed"] = word.casefold() in proposed_terms(root, where, args.vocabulary)
                    rows.append((path.name, word, verdict, feats, suggestions))
    if args.rows:
        for name, word, verdict, feats, suggestions in rows:
            print(name, verdict, word, suggestions[:1], " ".join(f"{k}={v}" for k, v in feats.items()))
    tp = sum(v == "TP" for _, _, v, _, _ in rows)
    print(f"{len(rows)} labelled findings reported now: {tp} TP, {len(rows) - tp} FP")
    for feature in rows[0][3] if rows else ():
        table = collections.defaultdict(collections.Counter)
        for _, _, verdict, feats, _ in rows:
            table[feats[feature]][verdict] += 1
        cells = ", ".join(f"{value}: {c['TP']}/{c['TP'] + c['FP']}" for value, c in sorted(table.items(), key=lambda i: str(i[0])))
        print(f"{feature:12} {cells}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
