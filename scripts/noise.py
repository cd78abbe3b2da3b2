"""Noise on real content (issue 25, part 2) and kind detection accuracy (part 3).

Noise = findings at warning or error per 1,000 prose words. Prose words are counted by
`plainlint.nlp.sentences.prose_words`: the words of the segments the readers produced for an
English document (0 for a document in another language, whose English rules are skipped).

    python scripts/noise.py                      # per kind and per corpus repository
    python scripts/noise.py --markdown           # the same, as README tables
    python scripts/noise.py --json > noise.json  # raw numbers, for --compare
    python scripts/noise.py --markdown --compare before.json   # before -> after columns
    python scripts/noise.py --kinds [--markdown] # detect_kind against the corpus folders

plainlint runs in-process with its default rules and no config file, one file at a time, over
the files `plainlint check <folder>` lints in each corpus folder (bench/ and licences/ are never
read). The true kind of a document is its folder: articles/ and articles-html/ are articles;
emails/, macros/ and macros-exports/ are replies.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from labels import FOLDERS, default_corpus, read_manifest  # noqa: E402

TRUE_KIND = {"articles": "article", "articles-html": "article",
             "emails": "reply", "macros": "reply", "macros-exports": "reply"}
LOUD = ("warning", "error")


@dataclass
class Tally:
    """Files, prose words and loud findings (warning or error) of a group of documents."""
    files: int = 0
    words: int = 0
    loud: int = 0
    by_rule: Counter = field(default_factory=Counter)

    def add(self, words: int, rules: list[str]) -> None:
        self.files += 1
        self.words += words
        self.loud += len(rules)
        self.by_rule.update(rules)

    @property
    def noise(self) -> float | None:
        """Loud findings per 1,000 prose words."""
        return 1000 * self.loud / self.words if self.words else None

    def as_json(self) -> dict:
        return {"files": self.files, "words": self.words, "loud": self.loud, "noise": self.noise,
                "by_rule": dict(self.by_rule.most_common())}


def repository_of(rel: str, manifest: dict[str, str]) -> str:
    """The longest MANIFEST folder holding `rel` (the corpus repository), else its top folder."""
    best = ""
    for folder in manifest:
        if rel.startswith(folder.rstrip("/") + "/") and len(folder) > len(best):
            best = folder
    return best or rel.split("/")[0]


def path_in_repository(rel: str, repository: str) -> str:
    """`rel` without its corpus folder: kind detection must not see the corpus's own folder
    names (emails/, macros/), which would give the answer away."""
    return rel[len(repository) + 1:] if rel.startswith(repository + "/") else rel.split("/", 1)[-1]


class Runner:
    """Lints corpus documents one at a time with the default rules and no config file."""

    def __init__(self, corpus: Path):
        from plainlint.config import Config, Resolver, Selection

        self.corpus = corpus
        self.manifest = read_manifest(corpus)
        self.resolver = Resolver(Config(data={}), Selection(None, [], []))

    def documents(self, folder: str) -> list[str]:
        from plainlint.running.discovery import Discovery

        discovery = Discovery(self.resolver, None, [], True)
        return sorted(Path(c.path).relative_to(self.corpus).as_posix()
                      for c in discovery.files([self.corpus / folder]))

    def lint(self, rel: str):
        from plainlint.linting.engine import lint_file

        path = self.corpus / rel
        return lint_file(path, rel, self.resolver.settings(path))

    def each(self, folders):
        """(folder, repository, rel, FileResult) for every document of `folders`."""
        for folder in folders:
            for rel in self.documents(folder):
                yield folder, repository_of(rel, self.manifest), rel, self.lint(rel)


def measure_noise(runner: Runner, folders) -> dict:
    """{"kinds": {kind: Tally}, "repositories": {repo: Tally}} over the corpus folders."""
    from plainlint.nlp.sentences import prose_words

    kinds: dict[str, Tally] = defaultdict(Tally)
    repos: dict[str, Tally] = defaultdict(Tally)
    for folder, repo, rel, result in runner.each(folders):
        if result.error is not None or result.document is None:
            continue
        words = prose_words(result.document)
        rules = [f.rule for f in result.findings if f.severity in LOUD]
        kinds[TRUE_KIND[folder]].add(words, rules)
        repos[repo].add(words, rules)
    return {"kinds": dict(kinds), "repositories": dict(sorted(repos.items()))}


def measure_kinds(runner: Runner, folders, text_only: bool = False) -> dict:
    """Confusion counts of detect_kind against the folder's kind, per folder and repository.
    Detection sees the path inside the corpus repository, never the corpus folder."""
    from plainlint.reading.kinds import REPLY, kind_signals

    signals: dict[str, Counter] = defaultdict(Counter)  # true kind -> documents per signal
    per_folder: dict[str, Counter] = defaultdict(Counter)
    per_repo: dict[str, Counter] = defaultdict(Counter)
    wrong: list[str] = []
    for folder, repo, rel, result in runner.each(folders):
        if result.error is not None or result.document is None:
            continue
        found = kind_signals(result.document, "" if text_only else path_in_repository(rel, repo))
        detected = REPLY if found else "article"  # detect_kind, with its reasons kept
        signals[TRUE_KIND[folder]].update(found)
        per_folder[folder][detected] += 1
        per_repo[repo][detected] += 1
        if detected != TRUE_KIND[folder]:
            wrong.append(f"{rel}: detected {detected}")
    return {"folders": {k: dict(v) for k, v in per_folder.items()},
            "repositories": {k: dict(v) for k, v in sorted(per_repo.items())}, "wrong": wrong,
            "signals": {k: dict(v.most_common()) for k, v in sorted(signals.items())}}


# ---------------------------------------------------------------- output

def fmt_noise(value) -> str:
    return "-" if value is None else f"{value:.1f}"


def tally_of(data: dict) -> Tally:
    return Tally(data["files"], data["words"], data["loud"], Counter(data["by_rule"]))


def top_rules(tally: Tally, n: int = 4) -> str:
    return ", ".join(f"{rule} {count}" for rule, count in tally.by_rule.most_common(n))


def noise_rows(groups: dict[str, Tally], before: dict[str, Tally] | None) -> list[list[str]]:
    rows = []
    for name, tally in groups.items():
        row = [name, f"{tally.files:,}", f"{tally.words:,}", f"{tally.loud:,}"]
        if before is not None:
            old = before.get(name)
            row.append(fmt_noise(old.noise if old else None))
        row += [fmt_noise(tally.noise), top_rules(tally)]
        rows.append(row)
    return rows


def table(head: list[str], rows: list[list[str]], markdown: bool) -> str:
    if markdown:
        lines = ["| " + " | ".join(head) + " |", "|" + "|".join(" --- " for _ in head) + "|"]
        return "\n".join(lines + ["| " + " | ".join(r) + " |" for r in rows])
    widths = [max(len(str(x)) for x in col) for col in zip(head, *rows)]
    return "\n".join("  ".join(str(x).ljust(w) for x, w in zip(r, widths)) for r in [head] + rows)


def print_noise(result: dict, markdown: bool, before: dict | None) -> None:
    head = ["group", "files", "prose words", "warning+error"]
    if before is not None:
        head.append("noise before")
    head += ["noise per 1,000 words", "top rules (warning+error)"]
    for section in ("kinds", "repositories"):
        old = {k: tally_of(v) for k, v in before[section].items()} if before else None
        groups = result[section]
        if section == "kinds":
            groups = dict(sorted(groups.items()))
        print(table(["kind" if section == "kinds" else "repository"] + head[1:],
                    noise_rows(groups, old), markdown))
        print()
    print(rule_breakdown(result["kinds"], markdown))


def rule_breakdown(kinds: dict[str, Tally], markdown: bool) -> str:
    """Per rule, its warning+error findings per 1,000 words in each kind."""
    names = sorted(kinds)
    rules = sorted(set().union(*(t.by_rule for t in kinds.values())),
                   key=lambda r: -sum(t.by_rule[r] for t in kinds.values()))
    rows = []
    for rule in rules:
        row = [rule]
        for kind in names:
            t = kinds[kind]
            row.append(f"{t.by_rule[rule]:,} ({fmt_noise(1000 * t.by_rule[rule] / t.words if t.words else None)})")
        rows.append(row)
    return table(["rule"] + [f"{k}: findings (per 1,000 words)" for k in names], rows, markdown)


def print_kinds(result: dict, markdown: bool, show_wrong: bool) -> None:
    for section, label in (("folders", "folder"), ("repositories", "repository")):
        rows = []
        for name, counts in result[section].items():
            truth = TRUE_KIND[name.split("/")[0]]
            total = sum(counts.values())
            right = counts.get(truth, 0)
            rows.append([name, truth, str(counts.get("article", 0)), str(counts.get("reply", 0)),
                         f"{100 * right / total:.1f}%" if total else "-"])
        print(table([label, "true kind", "detected article", "detected reply", "accuracy"], rows, markdown))
        print()
    by_kind: dict[str, Counter] = defaultdict(Counter)
    for folder, counts in result["folders"].items():
        by_kind[TRUE_KIND[folder]].update(counts)
    total = sum(sum(c.values()) for c in by_kind.values())
    right = sum(c.get(k, 0) for k, c in by_kind.items())
    print(f"overall: {right}/{total} = {100 * right / total:.1f}% right\n")
    names = sorted(set().union(*result["signals"].values()))
    rows = [[name] + [str(result["signals"].get(kind, {}).get(name, 0)) for kind in ("article", "reply")]
            for name in names]
    print(table(["signal", "articles with it", "replies with it"], rows, markdown))
    if show_wrong:
        print("\n".join(result["wrong"]))


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--corpus", default=str(default_corpus()))
    p.add_argument("--folders", nargs="+", default=list(FOLDERS), choices=FOLDERS)
    p.add_argument("--markdown", action="store_true", help="README tables")
    p.add_argument("--json", action="store_true", help="raw numbers (noise) or confusion counts (--kinds)")
    p.add_argument("--compare", help="a --json output of an earlier run: adds a 'noise before' column")
    p.add_argument("--kinds", action="store_true", help="kind detection accuracy instead of noise")
    p.add_argument("--text-only", action="store_true",
                   help="with --kinds: structure and prose only, no folder or file name signals")
    p.add_argument("--wrong", action="store_true", help="with --kinds: list the documents detected wrong")
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    runner = Runner(Path(args.corpus))
    if args.kinds:
        result = measure_kinds(runner, args.folders, args.text_only)
        if args.json:
            print(json.dumps(result, indent=2))
        else:
            print_kinds(result, args.markdown, args.wrong)
        return 0
    result = measure_noise(runner, args.folders)
    if args.json:
        print(json.dumps({s: {k: t.as_json() for k, t in result[s].items()} for s in result}, indent=2))
        return 0
    before = json.loads(Path(args.compare).read_text(encoding="utf-8")) if args.compare else None
    print_noise(result, args.markdown, before)
    return 0


if __name__ == "__main__":
    sys.exit(main())
