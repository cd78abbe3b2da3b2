"""Findings as labels see them (issue 25; split out of scripts/labels.py): plainlint run
in-process on corpus documents, each finding keyed by (path, rule, hash, occurrence)."""

from __future__ import annotations

import os
import subprocess
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

from labels_format import ROOT, text_hash

FOLDERS = ("articles", "articles-html", "emails", "macros", "macros-exports")


@dataclass
class Found:
    """One finding, reduced to what labelling needs."""
    path: str
    rule: str
    line: int
    column: int
    end_line: int
    end_column: int
    start: int
    end: int
    text: str
    message: str = ""
    severity: str = ""
    suggestions: list[str] = field(default_factory=list)
    occurrence: int = 0
    scope: str = ""  # reading-level: "paragraph" or "document"; table-headers: "data" or "layout"

    @property
    def hash(self) -> str:
        return text_hash(self.text)

    @property
    def key(self) -> tuple:
        return (self.path, self.rule, self.hash, self.occurrence)


def number_occurrences(found: list[Found]) -> list[Found]:
    """Sort into document order and give each finding its occurrence index among the findings
    with the same (path, rule, hash): the first "click here" link is 0, the next 1, ..."""
    found = sorted(found, key=lambda f: (f.path, f.start, f.end, f.rule, f.line, f.column))
    seen: Counter = Counter()
    for f in found:
        triple = (f.path, f.rule, f.hash)
        f.occurrence = seen[triple]
        seen[triple] += 1
    return found


def scope_of_finding(context: dict) -> str:
    """What a finding judges, when one rule makes findings of different kinds at one place:
    reading-level's `scope` (a paragraph, or the document anchored on it) and table-headers'
    `table` (a data table without headers, or a layout table without role="presentation")."""
    return str(context.get("scope") or context.get("table") or "")


def is_labelled_rule(code: str) -> bool:
    """Content rules only: PL9xx are notices about the run (skipped files, detected encodings)."""
    return not code.startswith("PL9")


def source_folder(rel: str) -> str:
    """The repository a corpus document comes from: its first two folders ('heldout/anki-manual',
    'articles/ms-sharepoint-docs'), three under a fresh-* folder."""
    parts = Path(rel).parts
    return "/".join(parts[:3] if len(parts) > 1 and parts[1].startswith("fresh-") else parts[:2])


class Linter:
    """plainlint in-process with the default selection and no config file, one file at a time.
    Results are kept per path, so the sampler lints each document once."""

    def __init__(self, corpus: Path, config: dict | None = None, tree: bool = False):
        """`tree`: lint each document with spelling's tree evidence from its source folder, as
        `plainlint check FOLDER` with no config reads it (running/tree_pass.py)."""
        from plainlint.config import Config, Resolver, Selection

        self.corpus = Path(os.path.abspath(corpus))  # discovery lists absolute paths; relative_to needs the same form
        self.resolver = Resolver(Config(data=config or {}, root=self.corpus), Selection(None, [], []))
        self._memo: dict[str, list[Found]] = {}
        self.sources: dict[str, str] = {}
        self.kinds: dict[str, str] = {}  # the kind plainlint read each linted document as
        self.tree = tree
        self._tree_terms: dict[str, frozenset] = {}

    def documents(self, folder: str) -> list[str]:
        """The files `plainlint check <folder>` would lint, relative to the corpus, sorted."""
        from plainlint.running.discovery import Discovery

        discovery = Discovery(self.resolver, None, [], True)
        return sorted(Path(c.path).relative_to(self.corpus).as_posix() for c in discovery.files([self.corpus / folder]))

    def findings(self, rel: str) -> list[Found]:
        if rel not in self._memo:
            self._memo[rel] = self._lint(rel)
        return self._memo[rel]

    def _lint(self, rel: str) -> list[Found]:
        from plainlint.linting.engine import lint_file

        path = self.corpus / rel
        settings = self.resolver.settings(path)
        if self.tree:
            settings = replace(settings, tree_terms=self.tree_terms(source_folder(rel)))
        result = lint_file(path, rel, settings)
        if result.error is not None:
            raise RuntimeError(f"{rel}: {result.error}")
        text = result.source.text if result.source is not None else ""
        self.sources[rel] = text
        self.kinds[rel] = result.document.kind if result.document is not None else ""
        found = [Found(rel, f.rule, f.line, f.column, f.end_line, f.end_column, f.start, f.end,
                       f.flagged or text[f.start:f.end], f.message, f.severity, list(f.suggestions),
                       scope=scope_of_finding(f.context))
                 for f in result.findings if is_labelled_rule(f.code)]
        return number_occurrences(found)

    def tree_terms(self, folder: str) -> frozenset:
        """Spelling's terms from the files `plainlint check FOLDER` lints (nlp/tree_words.py)."""
        if folder not in self._tree_terms:
            from plainlint.nlp.tree_words import TreeWords, spelling_terms

            counts = TreeWords()
            for rel in self.documents(folder):
                data = (self.corpus / rel).read_bytes()
                if b"\0" not in data:
                    counts.add(data.decode("utf-8", "replace"))
            self._tree_terms[folder] = spelling_terms(counts) | shared_unknown_words(counts)
        return self._tree_terms[folder]

    def rules(self) -> list[str]:
        """Names of the content rules in the default selection, in code order."""
        settings = self.resolver.settings(self.corpus / "x.md")
        return [r.name for r in sorted(settings.rules, key=lambda r: r.code) if is_labelled_rule(r.code)]


def plainlint_commit() -> str:
    try:
        out = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "HEAD"], capture_output=True, text=True, check=True)
        return out.stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def default_corpus() -> Path:
    return Path(os.environ.get("PLAINLINT_CORPUS", ROOT.parent / "shared" / "corpus"))


def heldout_corpus() -> Path:
    """The corpus kept apart from ../shared/corpus (scripts/build_heldout_corpus.py); its folders are heldout/..."""
    return Path(os.environ.get("PLAINLINT_HELDOUT_CORPUS", ROOT.parent / "shared" / "heldout-spelling"))


def corpus_holding(path: str, corpus: Path) -> Path:
    """The corpus a label's path is relative to: `corpus`, or the held-out corpus for its heldout/ folders
    (labels files of both kinds sit side by side in tests/data/labels/)."""
    if path.startswith("heldout/") and not (corpus / path).exists():
        return heldout_corpus()
    return corpus


def folder_of(path: str) -> str:
    return path.split("/", 1)[0]


def counted_findings(sample: dict, found: list[Found]) -> list[Found]:
    """The findings a sample labels: all, unless it leaves rules out (`left_out_rules`, names of
    rules measured elsewhere) or keeps only some severities (`severities`; scripts/fresh_labels.py)."""
    left_out = set(sample.get("left_out_rules") or [])
    severities = set(sample.get("severities") or [])
    return [f for f in found if f.rule not in left_out and (not severities or f.severity in severities)]


def sample_findings(sample: dict, corpus: Path, config: dict | None = None,
                    tree: bool = False) -> tuple[Linter, list[Found]]:
    linter = Linter(corpus, config, tree)
    found: list[Found] = []
    for doc in sample["documents"]:
        found.extend(counted_findings(sample, linter.findings(doc["path"])))
    return linter, found


def shared_unknown_words(counts) -> frozenset:
    """The tree's unknown words that two files or more write, as the first pass gives them to each
    page (nlp/page_terms.py; spelling's `mode: confident` reads them)."""
    from plainlint.nlp.page_terms import UnknownWords, shared_words

    return shared_words(counts, UnknownWords().of(counts.uses))
