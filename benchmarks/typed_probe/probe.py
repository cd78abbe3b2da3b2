"""Measures typed Cython versions of two hot loops against plainlint's Python code (issue 24's
compiled-code question). Nothing here is part of the package or used by it: see README.md.

    python benchmarks/typed_probe/probe.py build
    python benchmarks/typed_probe/probe.py counts  --files LIST [--rounds 7]
    python benchmarks/typed_probe/probe.py reader  --files LIST [--rounds 5]
    python benchmarks/typed_probe/probe.py whole   --files LIST [--rounds 5] [--all]

`counts`: readability._counts (uncached) and typed_counts.counts on every distinct text
reading-level counts in the files, results asserted equal, CPU of each over them. `reader`:
the Markdown event reader (markdown_native.read_events) and typed_reader.read_events, each
document asserted equal (segments with their offset maps, scopes and contexts, elements,
comments), CPU of the reader part (read_document and detect_kind, as benchmarks/parts.py) and of
the time inside read_events. `whole`: a steady pass of lint_file over the files with the Python
code, the typed reader, the typed counts and both, findings asserted equal, CPU of each. Rounds
alternate the variants; figures are medians (the machine is shared) with the best.
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
import gc
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]


def build() -> None:
    """Compile both modules in place (Cython 3 and a C++ compiler)."""
    subprocess.run([sys.executable, "-m", "cython", "--version"], check=True)
    subprocess.run(["cythonize", "-i", "-3", "-q", "typed_counts.pyx", "typed_reader.pyx"], cwd=HERE, check=True)


def cpu(work) -> float:
    started = time.process_time()
    work()
    return time.process_time() - started


def report(name: str, times: list[float], base: list[float] | None = None) -> None:
    times = sorted(times)
    middle = times[len(times) // 2]
    versus = f" ({(middle / sorted(base)[len(base) // 2] - 1) * 100:+.1f}% of the Python median)" if base else ""
    print(f"{name:14s} median {middle:.3f} s, best {times[0]:.3f} s{versus}")


def settings_of(paths: list[Path], select_all: bool):
    from plainlint.config.load import load_config
    from plainlint.config.selection import Selection
    from plainlint.config.settings import Resolver

    resolver = Resolver(load_config(None), Selection(select=["ALL"]) if select_all else Selection())
    return [resolver.settings(path) for path in paths]


def counted_texts(paths: list[Path]) -> list[str]:
    """The distinct texts reading-level counts (readability._counts' arguments) in one pass."""
    from plainlint.linting.engine import lint_file
    from plainlint.nlp import readability

    texts, original = {}, readability._counts
    readability._counts = lambda text: texts.setdefault(text, original(text))
    try:
        for path, settings in zip(paths, settings_of(paths, False)):
            lint_file(path, str(path), settings)
    finally:
        readability._counts = original
    return list(texts)


def typed_counts_function():
    from plainlint.nlp import readability
    import typed_counts

    table, python = readability.syllable_table().counts, readability._counts.__wrapped__
    return lambda text: typed_counts.counts(text, table, table, python)


def compare_counts(paths: list[Path], rounds: int) -> None:
    from plainlint.nlp import readability

    texts = counted_texts(paths)
    python, typed = readability._counts.__wrapped__, typed_counts_function()
    assert [python(t) for t in texts] == [typed(t) for t in texts]
    print(f"{len(texts)} distinct texts ({sum(t.isascii() for t in texts)} ASCII), the same counts")
    gc.disable()
    times: dict[str, list[float]] = {"python": [], "typed": []}
    for _ in range(rounds):
        for name, count in (("python", python), ("typed", typed)):
            times[name].append(cpu(lambda: [count(t) for t in texts]))
    report("python", times["python"])
    report("typed", times["typed"], times["python"])


def document_facts(doc) -> tuple:
    """What a reader makes of a file, comparable across runs (an escape by its name)."""
    segments = [(s.text, bytes(s._packed) if hasattr(s._packed, "tobytes") else s._packed, s._traits[0],
                 getattr(s._traits[1], "__qualname__", s._traits[1]), s._traits[2]) for s in doc.segments]
    elements = [tuple((f.name, getattr(e, f.name)) for f in dataclasses.fields(e)) for e in doc.elements]
    return segments, repr(elements), repr(doc.comments), doc.kind


def compare_reader(paths: list[Path], rounds: int) -> None:
    import parts
    from plainlint.reading.readers import markdown_native
    import typed_reader

    readers = {"python": markdown_native.read_events, "typed": typed_reader.read_events}
    sources = parts.read_sources(paths)
    gc.disable()
    facts = {}
    for name, read in readers.items():
        markdown_native.read_events = read
        facts[name] = [document_facts(doc) for doc, _ in parts.read_all(sources)]
    differing = [s[0].path for s, a, b in zip(sources, facts["python"], facts["typed"]) if a != b]
    print(f"{len(sources)} documents, {sum(len(f[0]) for f in facts['python'])} segments; differing: {differing}")
    inside = [0.0]

    def timed(read):
        def reading(*args, **kwargs):
            started = time.process_time()
            try:
                return read(*args, **kwargs)
            finally:
                inside[0] += time.process_time() - started
        return reading

    times = {name: ([], []) for name in readers}
    for _ in range(rounds):
        for name, read in readers.items():
            markdown_native.read_events, inside[0] = timed(read), 0.0
            times[name][0].append(cpu(lambda: parts.read_all(sources)))
            times[name][1].append(inside[0])
    markdown_native.read_events = readers["python"]
    for name in readers:
        report(f"{name} reader", times[name][0], times["python"][0] if name == "typed" else None)
        report(f"  read_events", times[name][1], times["python"][1] if name == "typed" else None)


def compare_whole(paths: list[Path], rounds: int, select_all: bool) -> None:
    from plainlint.linting.engine import lint_file
    from plainlint.nlp import readability
    from plainlint.reading.readers import markdown_native
    import typed_reader

    python_read, python_counts = markdown_native.read_events, readability._counts
    typed_cached = functools.lru_cache(maxsize=python_counts.cache_info().maxsize)(typed_counts_function())
    variants = {"python": (python_read, python_counts), "typed reader": (typed_reader.read_events, python_counts),
                "typed counts": (python_read, typed_cached), "both": (typed_reader.read_events, typed_cached)}
    settings = settings_of(paths, select_all)
    findings: list = []

    def run(variant: str) -> None:
        markdown_native.read_events, readability._counts = variants[variant]
        readability._counts.cache_clear()
        findings[:] = [[f.__reduce__()[1] for f in lint_file(p, str(p), s).findings] for p, s in zip(paths, settings)]

    run("python")
    expected = list(findings)
    for variant in variants:
        run(variant)
        assert findings == expected, variant
    print(f"{len(paths)} files, {sum(map(len, expected))} findings, the same with every variant")
    times: dict[str, list[float]] = {v: [] for v in variants}
    for _ in range(rounds):
        for variant in variants:
            times[variant].append(cpu(lambda: run(variant)))
    for variant in variants:
        report(variant, times[variant], times["python"] if variant != "python" else None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("what", choices=("build", "counts", "reader", "whole"))
    parser.add_argument("--files", type=Path, help="a file listing the paths, one a line")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--all", action="store_true", help="every rule (whole)")
    args = parser.parse_args()
    if args.what == "build":
        return build()
    paths = [Path(line) for line in args.files.read_text().split()]
    if args.what == "counts":
        compare_counts(paths, args.rounds)
    elif args.what == "reader":
        compare_reader(paths, args.rounds)
    else:
        compare_whole(paths, args.rounds, args.all)


if __name__ == "__main__":
    main()
