"""Can one spelling mode meet both of issue 33's measures (spell21)? The precision/recall frontier
of "confident slip" rules for words that are not known misspellings.

The two sides:
- every labelled spelling finding (TP/FP) of tests/data/support/labels*/spelling.*labels.yaml,
  re-linted with the dictionary check and the tree evidence of its source folder (as
  scripts/spelling_features.py --tree reads them);
- the seeded slips of scripts/spelling_recall.py (tests/data/spelling/ copies, or --corpus), linted
  the same way, the copies' folder as their tree.

A candidate mode = known misspellings (always reported) + the dictionary check's other findings that
pass a confidence rule built from general reasons (each a feature below). For each combination of
features the table gives labelled TP kept, FP kept, precision, and seeded recall (right word in the
first three suggestions); the bar is precision >= 0.95 and recall >= 0.80.

    python scripts/spelling_frontier.py [--rows] [--corpus ../shared/corpus --heldout-corpus ../shared/heldout-spelling]

Features of an unlisted finding (word w, first suggestion s1, second s2):
- edit: w's edit to s1 is one the seeds use and slips are known for (Damerau 1964): two
  neighbouring letters swapped, a letter dropped or doubled, a vowel or a confusable ending
  written for another ('ance'/'ence', 'able'/'ible');
- dominant: s1 is used at least 10x as often as s2 (Google Books counts): one reading stands out;
- once: w is written once in its document (names and terms repeat, slips rarely do);
- alone: no other file of the tree writes w;
- prose: the line is not a heading nor a table row, w is not after 'install'/'use'/'run' nor before
  a version number;
- long: w has 6 letters or more;
- lower: w is not capitalised.
"""

from __future__ import annotations

import argparse
import itertools
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import labels  # noqa: E402
import spelling_features  # noqa: E402
import spelling_recall  # noqa: E402

FEATURES = ("edit", "dominant", "once", "alone", "prose", "long", "lower")
NAME_BEFORE = re.compile(r"(?:install|installs|installing|use|using|run|running|with|via|npm|pip|brew|apt)\s+$", re.I)
VERSION_AFTER = re.compile(r"\s*(?:v?\d+(?:\.\d+)+|\d+\b)")
WORD = re.compile(r"[a-z]+(?:['’][a-z]+)?")


def slip_edit(word: str, suggestion: str) -> bool:
    """w's edit to s1 is a seeded slip kind (the rule's own test: rules/spelling_confident.py)."""
    from plainlint.rules.spelling_confident import slip_edit as rule_slip_edit

    return rule_slip_edit(word, suggestion)


class Tree:
    """How many files of a folder write each word (lower case)."""

    def __init__(self, texts):
        self.files: dict[str, int] = {}
        for text in texts:
            for word in set(WORD.findall(text.lower())):
                self.files[word] = self.files.get(word, 0) + 1


def features(word: str, suggestions: list[str], source: str, start: int, files_in_tree: int, words) -> dict:
    lower = word.lower()
    s1 = suggestions[0].lower() if suggestions else ""
    s2 = suggestions[1].lower() if len(suggestions) > 1 else ""
    uses = len(re.findall(rf"(?<![\w-]){re.escape(lower)}(?![\w-])", source.lower()))
    line_start = source.rfind("\n", 0, start) + 1
    line_end = source.find("\n", start)
    line = source[line_start:line_end if line_end >= 0 else len(source)].lstrip()
    end = start + len(word)
    prose = not (line.startswith(("#", "|")) or "<td" in line or "<th" in line or re.match(r"<h\d", line)
                 or NAME_BEFORE.search(source[max(line_start, start - 20):start])
                 or VERSION_AFTER.match(source, end))
    return {
        "edit": bool(s1) and slip_edit(lower, s1),
        "dominant": bool(s1) and words.count(s1) >= 10 * max(words.count(s2) if s2 else 0, 1),
        "once": uses <= 1,
        "alone": files_in_tree <= (1 if uses else 0),
        "prose": bool(prose),
        "long": len(word) >= 6,
        "lower": not word[:1].isupper(),
    }


def label_rows(corpus: Path, heldout: Path) -> list[dict]:
    from plainlint.nlp.spelling import dictionary

    words, rows = dictionary(), []
    for folder, root in ((spelling_features.LABEL_SETS[0][0], corpus), (spelling_features.LABEL_SETS[1][0], heldout)):
        for path in sorted(folder.glob("spelling.*labels.yaml")):
            if spelling_features.absent_folders(path, root):
                print(f"{path.name} left out: {root} lacks some of its folders")
                continue
            data = labels.load_yaml(path)
            sample = labels.load_yaml(path.parent / data["sample"])
            linter, found = labels.sample_findings(sample, root, spelling_features.DICTIONARY_CHECK, True)
            by_key = {labels.label_key(e): e["label"] for e in data.get("labels", [])}
            trees: dict[str, Tree] = {}
            for f in found:
                verdict = by_key.get(f.key)
                if verdict not in ("TP", "FP"):
                    continue
                folder_name = labels.source_folder(f.path)
                if folder_name not in trees:
                    trees[folder_name] = Tree((root / d).read_bytes().decode("utf-8", "replace")
                                              for d in linter.documents(folder_name))
                source = linter.sources.get(f.path, "")
                rows.append({"set": path.name, "word": f.text, "verdict": verdict, "path": f.path,
                             "known": bool(words.known_fixes(f.text.lower())), "suggestions": f.suggestions[:3],
                             **features(f.text, f.suggestions, source, f.start,
                                        trees[folder_name].files.get(f.text.lower(), 0), words)})
    return rows


def seed_rows(corpus: str | None, documents: int, seed: int) -> list[dict]:
    from plainlint.nlp.spelling import dictionary

    words = dictionary()
    files = (spelling_recall.permissive_articles(Path(corpus), documents, seed) if corpus
             else spelling_recall.test_copies())
    rng, rows, trees = spelling_recall.random.Random(seed), [], spelling_recall.Trees()
    originals = {p: p.read_bytes().decode("utf-8", "replace") for p, _ in files}
    for path, display in files:
        copy, seeds = spelling_recall.seed_document(path, display, rng)
        folder = Path(corpus) / spelling_recall.source_folder(display) if corpus else spelling_recall.TEST_COPIES
        terms = trees.terms(path, folder, copy)
        result = spelling_recall._lint(copy, path, terms)
        by_start = {f.start: f for f in result.findings}
        text = copy.decode("utf-8", "replace")
        others = [t for p, t in originals.items() if p != path and (corpus is None or p.parent == path.parent)]
        tree = Tree([text] + others) if corpus is None else None
        for s in seeds:
            finding = by_start.get(s.start)
            suggestions = [x.lower() for x in finding.suggestions[:3]] if finding else []
            listed = words.known_fixes(s.misspelled.lower())
            in_tree = tree.files.get(s.misspelled.lower(), 0) if tree else 1
            rows.append({"word": s.misspelled, "edit_type": s.edit, "flagged": finding is not None,
                         "right": s.original in suggestions,
                         "known": bool(listed) and s.original in listed and finding is not None,
                         **(features(s.misspelled, suggestions, text, s.start, in_tree, words) if finding
                            else dict.fromkeys(FEATURES, False))})
    return rows


CONFIDENT = {"select": ["PL502"], "rules": {"spelling": {"mode": "confident"}}}


def built_mode(corpus: Path, heldout: Path) -> tuple[int, int, int]:
    """(TP, FP, unlabelled) of `mode: confident` as built, on every labelled document, with the tree."""
    tp = fp = unlabelled = 0
    for folder, root in ((spelling_features.LABEL_SETS[0][0], corpus), (spelling_features.LABEL_SETS[1][0], heldout)):
        for path in sorted(folder.glob("spelling.*labels.yaml")):
            if spelling_features.absent_folders(path, root):
                continue
            data = labels.load_yaml(path)
            by_key = {labels.label_key(e): e["label"] for e in data.get("labels", [])}
            _, found = labels.sample_findings(labels.load_yaml(path.parent / data["sample"]), root, CONFIDENT, True)
            verdicts = [by_key.get(f.key) for f in found]
            tp, fp = tp + verdicts.count("TP"), fp + verdicts.count("FP")
            unlabelled += verdicts.count(None)
    return tp, fp, unlabelled


def kept_by(row: dict, rule: tuple[str, ...]) -> bool:
    """Whether a finding stays when confident mode keeps only findings with every feature of `rule`
    (a known misspelling always stays)."""
    return row["known"] or all(row[f] for f in rule)


def frontier(label_side: list[dict], seed_side: list[dict], size: int) -> list[tuple]:
    out = []
    for n in range(size + 1):
        for rule in itertools.combinations(FEATURES, n):
            tp = sum(r["verdict"] == "TP" and kept_by(r, rule) for r in label_side)
            fp = sum(r["verdict"] == "FP" and kept_by(r, rule) for r in label_side)
            recall = sum(r["right"] and kept_by(r, rule) for r in seed_side)
            out.append((rule, tp, fp, tp / max(tp + fp, 1), recall / max(len(seed_side), 1)))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default="../shared/corpus")
    parser.add_argument("--heldout-corpus", default="../shared/heldout-spelling")
    parser.add_argument("--seed-corpus", help="seed slips into this corpus's permissive articles instead")
    parser.add_argument("--documents", type=int, default=40)
    parser.add_argument("--seed", type=int, default=33)
    parser.add_argument("--size", type=int, default=4, help="at most this many features in a rule")
    parser.add_argument("--rows", action="store_true", help="print every labelled and seeded row")
    args = parser.parse_args(argv)
    seeds = seed_rows(args.seed_corpus, args.documents, args.seed)
    rows = label_rows(Path(args.corpus).resolve(), Path(args.heldout_corpus).resolve())
    if args.rows:
        for r in rows:
            print("label", r["set"], r["verdict"], r["word"], r["suggestions"][:1],
                  " ".join(f"{f}={int(r[f])}" for f in ("known",) + FEATURES))
        for r in seeds:
            print("seed", r["edit_type"], r["word"], int(r["right"]), " ".join(f"{f}={int(r[f])}" for f in ("known",) + FEATURES))
    tp, fp, unlabelled = built_mode(Path(args.corpus).resolve(), Path(args.heldout_corpus).resolve())
    print(f"mode: confident as built, labelled documents with the tree: {tp} TP, {fp} FP "
          f"({tp / max(tp + fp, 1):.3f}), {unlabelled} findings with no label (debatable or new)")
    tp_all = sum(r["verdict"] == "TP" for r in rows)
    print(f"{len(rows)} labels ({tp_all} TP, {len(rows) - tp_all} FP); {len(seeds)} seeds "
          f"({sum(r['right'] for r in seeds)} right in the first three with the dictionary check)")
    print("| rule (known misspellings + unlisted findings with all of) | TP kept | FP kept | precision | seeded recall |")
    print("|---|---|---|---|---|")
    for rule, tp, fp, precision, recall in sorted(frontier(rows, seeds, args.size), key=lambda x: (-x[4], -x[3])):
        best = precision >= 0.95 and recall >= 0.80
        print(f"| {' + '.join(rule) or '(every finding)'} | {tp} | {fp} | {precision:.3f} | {recall:.3f} |{' MEETS BOTH' if best else ''}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
