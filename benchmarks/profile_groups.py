"""CPU of one plainlint run grouped by phase (issue 24, speed23): reading (per format), kind
detection, every shared analysis, each rule's own work, the engine and the reporter.

    python benchmarks/profile_groups.py [--out FILE] check --jobs 1 --no-cache --exit-zero FILES...

Runs the command line in this process with a stack timer (time.process_time) around the named
functions, every module-level reference to each replaced: the readers (`read_document` by format),
`detect_kind`, `read_source`, each rule's hits (`crash.checked`, consumed to a list), every
`Document.cached` computation (by key) and the shared analyses named in SHARED, `to_finding`, the
engine's drops, suppressions and notices, and the reporters' `file`/`finish`. A group's figure
excludes the groups timed inside it, so a shared analysis is not counted in the rule that first
asked for it. No profiler, so Python calls are not inflated; the timer adds a few percent.
"""

from __future__ import annotations

import collections
import functools
import importlib
import pkgutil
import sys
import time

CLOCK = time.process_time
SHARED = (("plainlint.nlp.sentences", "split_sentences"), ("plainlint.nlp.sentences", "word_count"),
          ("plainlint.nlp.readability", "_counts"), ("plainlint.nlp.readability", "as_unit"),
          ("plainlint.nlp.readability", "is_prose"), ("plainlint.nlp.english", "reads_as_english"),
          ("plainlint.rules.wordlist", "candidates_of"))


class StackTimer:
    """Exclusive CPU per label: a region's time less that of the regions timed inside it."""

    def __init__(self):
        self.seconds, self.calls, self._stack = collections.Counter(), collections.Counter(), []

    def enter(self, label: str) -> None:
        self._stack.append([label, CLOCK(), 0.0])

    def leave(self) -> None:
        label, start, inner = self._stack.pop()
        elapsed = CLOCK() - start
        self.seconds[label] += elapsed - inner
        self.calls[label] += 1
        if self._stack:
            self._stack[-1][2] += elapsed

    def wrap(self, label_of, function):
        @functools.wraps(function)
        def timed(*args, **kwargs):
            self.enter(label_of(*args, **kwargs))
            try:
                return function(*args, **kwargs)
            finally:
                self.leave()
        return timed


def _replace(original, replacement) -> None:
    """Every reference to `original` in plainlint's modules becomes `replacement`."""
    for module in list(sys.modules.values()):
        if getattr(module, "__name__", "").startswith("plainlint"):
            for key, value in list(vars(module).items()):
                if value is original:
                    setattr(module, key, replacement)


def _fixed(label: str):
    return lambda *args, **kwargs: label


def instrument(timer: StackTimer) -> None:
    import plainlint

    for info in pkgutil.walk_packages(plainlint.__path__, "plainlint."):
        if ".server" not in info.name and not info.name.endswith("__main__"):
            importlib.import_module(info.name)
    from plainlint import output
    from plainlint.linting import crash, engine, hit_to_finding, superseded, suppress
    from plainlint.reading import kinds, readers, source
    from plainlint.reading.document import Document

    _replace(readers.read_document, timer.wrap(lambda src, fmt, *a, **k: "read:" + fmt, readers.read_document))
    _replace(kinds.detect_kind, timer.wrap(_fixed("read:detect_kind"), kinds.detect_kind))
    _replace(source.read_source, timer.wrap(_fixed("read:bytes"), source.read_source))
    real_checked = crash.checked

    def checked(rule, doc, options):
        timer.enter("rule:" + rule.name)
        try:
            return list(real_checked(rule, doc, options))
        finally:
            timer.leave()
    _replace(real_checked, checked)
    _replace(hit_to_finding.to_finding, timer.wrap(_fixed("engine:to_finding"), hit_to_finding.to_finding))
    for function in (superseded.drop_superseded, superseded.drop_repeated_units, suppress.apply_suppressions,
                     engine._notices):
        _replace(function, timer.wrap(_fixed("engine:drops, suppressions, notices"), function))
    real_cached = Document.cached

    def cached(self, key, compute):
        if key in self._cache:
            return self._cache[key]
        return real_cached(self, key, timer.wrap(_fixed("shared:" + key), compute))
    Document.cached = cached
    for module_name, name in SHARED:
        function = getattr(importlib.import_module(module_name), name)
        _replace(function, timer.wrap(_fixed("shared:" + name), function))
    for module in list(sys.modules.values()):
        if getattr(module, "__name__", "").startswith("plainlint.output"):
            for cls in [c for c in vars(module).values() if isinstance(c, type) and issubclass(c, output.Reporter)]:
                for method in ("file", "finish"):
                    if method in vars(cls):
                        setattr(cls, method, timer.wrap(_fixed("output"), vars(cls)[method]))


def report(timer: StackTimer, in_main: float, process: float) -> str:
    timed = sum(timer.seconds.values())
    lines = [f"process CPU {process:.3f} s; in main() {in_main:.3f} s; outside every group {in_main - timed:.3f} s"]
    groups = collections.Counter()
    for label, seconds in timer.seconds.items():
        groups[label.split(":")[0]] += seconds
    lines += [f"group {name}\t{seconds:.3f}\t{100 * seconds / in_main:.1f}%" for name, seconds in groups.most_common()]
    lines += [f"{label}\t{seconds:.3f}\t{100 * seconds / in_main:.1f}%\t{timer.calls[label]}"
              for label, seconds in timer.seconds.most_common()]
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    out = None
    if argv[:1] == ["--out"]:
        out, argv = argv[1], argv[2:]
    timer = StackTimer()
    instrument(timer)
    from plainlint.cli import main as cli

    started = CLOCK()
    try:
        cli.main(argv, standalone_mode=False)
    except SystemExit:
        pass
    text = report(timer, CLOCK() - started, CLOCK())
    if out:
        with open(out, "w", encoding="utf-8") as stream:
            stream.write(text)
    else:
        sys.stderr.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
