"""CPU of plainlint's parts on a list of files, in one process: the reader (kind detection
included) and each named rule, best of N repetitions (issue 24).

    python benchmarks/parts.py --files LIST [--reps 3] RULE...
    python benchmarks/parts.py --files LIST [--reps 3] --engine

LIST holds one path a line, for example every 10th file of bench/:
`find ../shared/corpus/bench -type f | sort | awk 'NR%10==0' > /tmp/every10.txt`. A first pass
warms what a process keeps (compiled patterns, syllable counts); then each repetition reads every
file afresh and runs one rule over the documents, so a figure is the steady cost of that part,
not start-up, and parts can be compared one change at a time where a whole run's CPU moves with
the load of the machine. Prints seconds of CPU (time.process_time) and each rule's hits.

--engine times every rule of the default selection instead, in the engine's order on the same
documents, as a run does: an analysis the rules share (the word-list scan, the joined prose, a
segment's sentences) is made by the first rule that asks and counted in its time. Prints each
rule's least CPU over the repetitions and its share of their sum, largest first.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path

from plainlint.config.load import load_config
from plainlint.config.selection import Selection
from plainlint.config.settings import Resolver
from plainlint.nlp.sentences import is_english
from plainlint.reading.fill_ins import settle_kind
from plainlint.reading.kinds import detect_kind, project_path
from plainlint.reading.readers import format_for, read_document
from plainlint.reading.source import read_source
from plainlint.rules import find_rule


def read_sources(paths: list[Path], selection: Selection | None = None) -> list[tuple]:
    """(source, format, settings) of each file, every rule selected unless `selection` says."""
    resolver = Resolver(load_config(None), selection or Selection(select=["ALL"]))
    out = []
    for path in paths:
        settings = resolver.settings(path)
        fmt = format_for(str(path)) or "text"
        out.append((read_source(path, str(path), settings.encoding, fmt in ("html", "template"),
                                settings.max_file_size), fmt, settings))
    return out


def read_all(sources: list[tuple]) -> list[tuple]:
    """(document, settings for its kind) of each source, as the engine reads them."""
    docs = []
    for source, fmt, settings in sources:
        doc = read_document(source, fmt, settings.templates, fields=settings.fields, lint_fenced=settings.lint_fenced)
        settle_kind(doc, settings.kind or detect_kind(doc, project_path(source.path, settings.root)))
        doc.vocabulary = settings.vocabulary
        docs.append((doc, settings.for_kind(doc.kind)))
    return docs


def run_rule(rule, docs: list[tuple]) -> int:
    """The rule's hits over the documents."""
    return sum(len(list(rule.check(doc, settings.options.get(rule.code, {})))) for doc, settings in docs)


def cpu(work) -> tuple[float, object]:
    started = time.process_time()
    result = work()
    return time.process_time() - started, result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("rules", nargs="*", help="rule names or codes")
    parser.add_argument("--files", type=Path, required=True, help="a file listing the paths, one a line")
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--engine", action="store_true", help="every rule of the default selection, in the engine's order")
    args = parser.parse_args(argv)
    rules = [find_rule(name) for name in args.rules]
    if None in rules:
        parser.error(f"no such rule: {args.rules[rules.index(None)]}")
    paths = [Path(line) for line in args.files.read_text().split()]
    gc.disable()  # as the engine lints a file (engine.cyclic_gc_paused)
    if args.engine:
        return _engine_table(read_sources(paths, Selection()), args.reps)
    sources = read_sources(paths)
    warm = read_all(sources)
    for rule in rules:
        run_rule(rule, warm)
    print(f"reader {min(cpu(lambda: read_all(sources))[0] for _ in range(args.reps)):.3f}")
    for rule in rules:
        best, hits = _best_rule_time(rule, sources, args.reps)
        print(f"{rule.name} {best:.3f} ({hits} hits)")
    return 0


def _best_rule_time(rule, sources: list[tuple], reps: int) -> tuple[float, int]:
    """The rule's least CPU over `reps` repetitions, each on documents read afresh."""
    best, hits = float("inf"), 0
    for _ in range(reps):
        docs = read_all(sources)
        spent, hits = cpu(lambda: run_rule(rule, docs))
        best = min(best, spent)
    return best, hits


def _engine_table(sources: list[tuple], reps: int) -> int:
    """Each selected rule's least CPU over `reps` passes in the engine's order, and its share."""
    run_rules_in_order(read_all(sources))  # warm
    best: dict[str, float] = {}
    for _ in range(reps):
        for name, spent in run_rules_in_order(read_all(sources)).items():
            best[name] = min(best.get(name, spent), spent)
    total = sum(best.values())
    print(f"rules {total:.3f}")
    for name, spent in sorted(best.items(), key=lambda item: -item[1]):
        print(f"{name} {spent:.3f} {100 * spent / total:.1f}%")
    return 0


def run_rules_in_order(docs: list[tuple]) -> dict[str, float]:
    """CPU of each rule over the documents, every document's rules run in the engine's order."""
    spent: dict[str, float] = {}
    for doc, settings in docs:
        english = is_english(doc.language)
        for rule in settings.rules:
            if rule.english_only and not english:
                continue  # as the engine skips it
            options = settings.options.get(rule.code, {})
            seconds, _ = cpu(lambda: sum(1 for _ in rule.check(doc, options)))
            spent[rule.name] = spent.get(rule.name, 0.0) + seconds
    return spent


if __name__ == "__main__":
    sys.exit(main())
