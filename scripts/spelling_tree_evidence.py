"""Tree evidence for spelling's terms (PL502, issue 33; session 15): for every labelled spelling
finding, whether its page and its repository write a word one edit from it (a typo's correct form
is nearly always written somewhere in the same tree; a domain term has no near word there), and
how each candidate rule built on that would change precision: FP removed / TP lost, over every
label as drawn and over the findings the rule reports now.

    python scripts/spelling_tree_evidence.py --corpus ../shared/corpus --heldout-corpus ../shared/heldout-spelling

A repository is a corpus folder's first two parts (heldout/anki-manual; three under fresh-*); its
words are those of its .md, .mdx and .html files. Known misspellings are never excused.
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import labels  # noqa: E402  (scripts/labels.py)
import spelling_features  # noqa: E402

_WORD = re.compile(r"[a-z]+")
_SUFFIXES = (".md", ".mdx", ".html", ".htm")


def repository(path: str) -> tuple[str, ...]:
    parts = Path(path).parts
    return parts[:3] if parts[1].startswith("fresh-") else parts[:2]


def tree_words(folder: Path) -> tuple[collections.Counter, collections.Counter]:
    """(uses, files) of each lower-case word of the repository's pages."""
    uses, files = collections.Counter(), collections.Counter()
    for path in folder.rglob("*"):
        if path.is_file() and path.suffix in _SUFFIXES:
            words = _WORD.findall(path.read_text(encoding="utf-8", errors="replace").lower())
            uses.update(words)
            files.update(set(words))
    return uses, files


def rows(label_sets) -> list[dict]:
    from plainlint.nlp.spelling import dictionary
    from plainlint.nlp.spelling_suggest import edits1

    words, trees, out = dictionary(), {}, []
    for folder, corpus in label_sets:
        for labels_path in sorted(folder.glob("spelling.*labels.yaml")):
            data = labels.load_yaml(labels_path)
            sample = labels.load_yaml(labels_path.parent / data["sample"])
            _, found = labels.sample_findings(sample, corpus, {"select": ["PL502"]})
            now = {f.key for f in found}
            for entry in data.get("labels", []):
                if entry["label"] not in ("TP", "FP"):
                    continue
                source = (corpus / entry["path"]).read_text(encoding="utf-8", errors="replace")
                word = (entry.get("text") or spelling_features.text_at(source, entry)).lower()
                key = repository(entry["path"])
                if key not in trees:
                    trees[key] = tree_words(corpus.joinpath(*key))
                uses, files = trees[key]
                page = collections.Counter(_WORD.findall(source.lower()))
                near = [n for n in edits1(word) if n != word]
                suggestions = words.suggest(word)
                out.append({
                    "label": entry["label"], "now": labels.label_key(entry) in now,
                    "known": bool(words.known_fixes(word)), "page_uses": page[word],
                    "page_near": max((page[n] for n in near), default=0),
                    "tree_uses": uses[word], "tree_files": files[word],
                    "tree_near": max((uses[n] for n in near), default=0),
                    "suggestion_in_tree": bool(suggestions) and uses[suggestions[0].lower()] > 0,
                })
    return out


CANDIDATES = {
    "first suggestion not written in the tree": lambda r: not r["suggestion_in_tree"],
    "no near word on the page, written twice on it": lambda r: not r["page_near"] and r["page_uses"] >= 2,
    "no near word in the tree, written twice in it": lambda r: not r["tree_near"] and r["tree_uses"] >= 2,
    "no near word in the tree, 3+ uses in 2+ files": lambda r: (not r["tree_near"] and r["tree_uses"] >= 3
                                                                 and r["tree_files"] >= 2),
    "near words under 1/5 as frequent, 3+ uses in 2+ files": lambda r: (r["tree_near"] * 5 < r["tree_uses"]
                                                                         and r["tree_uses"] >= 3 and r["tree_files"] >= 2),
    "near words under 1/20 as frequent, 3+ uses in 2+ files (kept)": lambda r: (
        r["tree_near"] * 20 < r["tree_uses"] and r["tree_uses"] >= 3 and r["tree_files"] >= 2),
}


def table(found: list[dict]) -> list[str]:
    lines = []
    for name, term in CANDIDATES.items():
        cells = []
        for scope in (found, [r for r in found if r["now"]]):
            hit = [r for r in scope if not r["known"] and term(r)]
            removed = sum(r["label"] == "FP" for r in hit)
            lost = sum(r["label"] == "TP" for r in hit)
            kept_tp = sum(r["label"] == "TP" for r in scope) - lost
            kept = len(scope) - len(hit)
            cells.append(f"{removed} FP removed / {lost} TP lost -> {kept_tp}/{kept}")
        lines.append(f"{name:62} as drawn {cells[0]} | now {cells[1]}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=spelling_features.LABEL_SETS[0][1])
    parser.add_argument("--heldout-corpus", default=spelling_features.LABEL_SETS[1][1])
    args = parser.parse_args(argv)
    root = spelling_features.ROOT
    sets = [(spelling_features.LABEL_SETS[0][0], (root / args.corpus).resolve()),
            (spelling_features.LABEL_SETS[1][0], (root / args.heldout_corpus).resolve())]
    found = rows(sets)
    tp = sum(r["label"] == "TP" for r in found)
    print(f"{len(found)} labels as drawn ({tp} TP); {sum(r['now'] for r in found)} reported now")
    print("\n".join(table(found)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
