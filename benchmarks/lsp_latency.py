#!/usr/bin/env python3
"""`plainlint server` latency: from the end of the debounce to the diagnostics, as an editor sees it.

Usage (from the repository root, with plainlint installed in the active Python):
    python benchmarks/lsp_latency.py                  # ../shared/corpus, 9 edits per document
    python benchmarks/lsp_latency.py --edits 15 --corpus /path/to/corpus
    python benchmarks/lsp_latency.py --burst 10        # and 10 keys typed with 0.4 s pauses

Three documents, from corpus files, in a temporary folder (nothing is copied into the
repository):
  - the largest corpus article as it is (articles/spotinst-help/src/docs/faqs/faqs-ocean.md,
    137 KB, Apache-2.0);
  - a 50 KB article: Markdown articles of corpus/articles/spotinst-help (Apache-2.0) in name
    order, front matter dropped after the first, joined until 50 KB;
  - a 1 MB macro export: a Zendesk macros list shaped like corpus/macros-exports/zendesk, one
    macro per canned response of corpus/macros/ (its text as the comment), then the Zendesk
    export's own macros, repeated with new ids and titles until 1 MB.

The server runs as editors start it (`python -m plainlint server`, stdio). Each document is
opened (the first lint, not debounced), then edited the way a writer types: an incremental
change inserting a few words into the middle of the text, then one removing them, and so on.
For each edit the figure is (publishDiagnostics for that version received) - (didChange sent) -
the debounce (plainlint.server.app.DEBOUNCE_SECONDS): the time the writer waits once the server
has decided to lint. `cpu/edit` is the server's CPU time per edit (user + system, from /proc):
what the latency would be on an idle core, robust to other work on the machine.

`--burst N` then types N single characters with a pause of BURST_PAUSE (longer than the
debounce, as a writer pausing between words) and reports the server's CPU time over the burst,
in lints (divided by the median CPU of one edit), and the wait from the last key to its
diagnostics: a server that lints every paused version in turn uses about N lints and keeps the
writer waiting for all of them. Targets: under 0.3 s for the article, under 2 s for the export, on this
machine. Nothing here runs in the unit tests; the load average is printed because other work on
the machine changes every figure.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

from lsprotocol import types
from pygls.lsp.client import LanguageClient

from plainlint.server.app import DEBOUNCE_SECONDS

HERE = Path(__file__).resolve().parent
ARTICLE_BYTES = 50_000
EXPORT_BYTES = 1_000_000
LARGEST_ARTICLE = Path("articles/spotinst-help/src/docs/faqs/faqs-ocean.md")
TARGETS = {"largest.md": 0.3, "article.md": 0.3, "macros.json": 2.0}
BURST_PAUSE = 0.4  # seconds between two keys of a burst: longer than the debounce
FRONT_MATTER = re.compile(r"\A---\r?\n.*?\r?\n---\r?\n", re.S)
INSERTED = " Please utilize the form."
WAIT_SECONDS = 300  # for one publishDiagnostics before the run is given up


def build_article(corpus: Path) -> str:
    parts, size = [], 0
    for path in sorted((corpus / "articles" / "spotinst-help").rglob("*.md")):
        text = path.read_text(encoding="utf-8", errors="replace")
        if parts:
            text = FRONT_MATTER.sub("", text)
        parts.append(text.strip() + "\n")
        size += len(parts[-1].encode("utf-8")) + 1
        if size >= ARTICLE_BYTES:
            break
    return "\n".join(parts)


def build_export(corpus: Path) -> str:
    zendesk = json.loads((corpus / "macros-exports" / "zendesk" / "macros-list.json").read_text(encoding="utf-8"))
    shape = zendesk["macros"][0]
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted((corpus / "macros").rglob("*.md"))]
    texts += [action["value"] for macro in zendesk["macros"] for action in macro["actions"]
              if action.get("field") == "comment_value" and isinstance(action.get("value"), str)]
    macros, size, number = [], 0, 0
    while size < EXPORT_BYTES:
        text = texts[number % len(texts)]
        macro = dict(shape, id=900000000 + number, title=f"Reply {number}: {text.strip().splitlines()[0][:40]}",
                     actions=[{"field": "comment_value", "value": text}])
        macros.append(macro)
        dumped = json.dumps(macro, ensure_ascii=False, indent=2)  # as nested in the file: 4 more spaces a line
        size += len(dumped.encode("utf-8")) + 4 * (dumped.count("\n") + 1) + 2
        number += 1
    return json.dumps({"macros": macros, "next_page": None, "previous_page": None, "count": len(macros)},
                      ensure_ascii=False, indent=2) + "\n"


def utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def edit_point(name: str, text: str) -> int:
    """An offset in the middle of the prose: the end of a paragraph line (Markdown), or just
    inside a comment string (JSON)."""
    middle = len(text) // 2
    if name.endswith(".json"):
        return text.index('"value": "', middle) + len('"value": "')
    return text.index(".\n", middle) + 1


def position(text: str, offset: int) -> types.Position:
    line = text.count("\n", 0, offset)
    start = text.rfind("\n", 0, offset) + 1
    return types.Position(line, utf16(text[start:offset]))


def typed_edit(text: str, at: int, insert: bool) -> tuple[types.TextDocumentContentChangePartial, str]:
    """The incremental change a writer makes at `at` (inserting INSERTED, or removing it again)
    and the text after it."""
    start = position(text, at)
    if insert:
        change = types.TextDocumentContentChangePartial(range=types.Range(start, start), text=INSERTED)
        return change, text[:at] + INSERTED + text[at:]
    end = position(text, at + len(INSERTED))
    change = types.TextDocumentContentChangePartial(range=types.Range(start, end), text="")
    return change, text[:at] + text[at + len(INSERTED):]


def process_cpu(pid: int) -> float:
    """User + system CPU seconds of a process (all its threads), from /proc."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return float("nan")
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def measure(path: Path, text: str, edits: int, burst: int = 0) -> dict:
    client = LanguageClient("latency-bench", "1")
    arrived: dict[int, float] = {}
    counts: dict[int, int] = {}

    @client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def published(params: types.PublishDiagnosticsParams):
        arrived[params.version] = time.perf_counter()
        counts[params.version] = len(params.diagnostics)

    await client.start_io(sys.executable, "-m", "plainlint", "server", cwd=str(path.parent))
    await client.initialize_async(types.InitializeParams(
        capabilities=types.ClientCapabilities(), root_uri=path.parent.as_uri()))
    client.initialized(types.InitializedParams())

    async def wait_for(version: int) -> float:
        while version not in arrived:
            await asyncio.sleep(0.001)
        return arrived[version]

    pid = client._server.pid
    uri = path.as_uri()
    sent = time.perf_counter()
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        types.TextDocumentItem(uri=uri, language_id="json" if path.suffix == ".json" else "markdown",
                               version=1, text=text)))
    opened = await asyncio.wait_for(wait_for(1), WAIT_SECONDS) - sent
    at = edit_point(path.name, text)
    latencies, cpus = [], []
    for version in range(2, edits + 2):
        change, text = typed_edit(text, at, insert=version % 2 == 0)
        sent, used = time.perf_counter(), process_cpu(pid)
        client.text_document_did_change(types.DidChangeTextDocumentParams(
            types.VersionedTextDocumentIdentifier(uri=uri, version=version), [change]))
        latencies.append(await asyncio.wait_for(wait_for(version), WAIT_SECONDS) - sent - DEBOUNCE_SECONDS)
        cpus.append(process_cpu(pid) - used)
    result = {"open": opened, "latencies": latencies, "cpu": cpus, "findings": counts[1]}
    if burst:
        version = edits + 1
        used = process_cpu(pid)
        for _ in range(burst):
            version += 1
            start = position(text, at)
            client.text_document_did_change(types.DidChangeTextDocumentParams(
                types.VersionedTextDocumentIdentifier(uri=uri, version=version),
                [types.TextDocumentContentChangePartial(range=types.Range(start, start), text="x")]))
            text = text[:at] + "x" + text[at:]
            last = time.perf_counter()
            await asyncio.sleep(BURST_PAUSE)
        result["burst_wait"] = await asyncio.wait_for(wait_for(version), WAIT_SECONDS) - last
        result["burst_cpu"] = process_cpu(pid) - used
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()
    return result


def corpus_arguments(description: str, argv, count: str, default: int, what: str, more=None):
    """The server benchmarks' arguments (--corpus and a count), or None when the corpus is missing
    (said on stderr). `more(parser)` adds a benchmark's own."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--corpus", type=Path, default=Path(os.environ.get("PLAINLINT_CORPUS", HERE.parent.parent / "shared" / "corpus")))
    parser.add_argument(f"--{count}", type=int, default=default, help=f"{what} (default {default})")
    if more is not None:
        more(parser)
    args = parser.parse_args(argv)
    if not (args.corpus / "articles").is_dir():
        print(f"corpus not found at {args.corpus} (use --corpus or PLAINLINT_CORPUS)", file=sys.stderr)
        return None
    return args


def main(argv=None) -> int:
    args = corpus_arguments(__doc__.split("\n")[0], argv, "edits", 9, "edits per document", lambda parser: parser.add_argument(
        "--burst", type=int, default=0, help=f"then type this many keys, {BURST_PAUSE} s apart (default 0: none)"))
    if args is None:
        return 2
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}; debounce {DEBOUNCE_SECONDS * 1000:.0f} ms")
    print(f"{'document':<12} {'size':>9} {'findings':>8} {'open':>8} {'median':>8} {'min':>8} {'max':>8} "
          f"{'cpu/edit':>8} {'target':>7}  verdict")
    failed = False
    with tempfile.TemporaryDirectory() as folder:
        largest = (args.corpus / LARGEST_ARTICLE).read_text(encoding="utf-8")
        documents = (("largest.md", largest), ("article.md", build_article(args.corpus)),
                     ("macros.json", build_export(args.corpus)))
        for name, text in documents:
            path = Path(folder) / name
            path.write_text(text, encoding="utf-8")
            result = asyncio.run(measure(path, text, args.edits, args.burst))
            median = statistics.median(result["latencies"])
            target = TARGETS[name]
            verdict = "PASS" if median < target else "FAIL"
            failed |= verdict == "FAIL"
            print(f"{name:<12} {len(text.encode('utf-8')) / 1000:>7.0f}KB {result['findings']:>8} "
                  f"{result['open'] * 1000:>6.0f}ms {median * 1000:>6.0f}ms {min(result['latencies']) * 1000:>6.0f}ms "
                  f"{max(result['latencies']) * 1000:>6.0f}ms {statistics.median(result['cpu']) * 1000:>6.0f}ms "
                  f"{target * 1000:>5.0f}ms  {verdict}")
            if args.burst:
                lints = result["burst_cpu"] / max(statistics.median(result["cpu"]), 1e-3)
                print(f"{'':<12} burst of {args.burst} keys {BURST_PAUSE * 1000:.0f} ms apart: cpu {result['burst_cpu']:.2f} s "
                      f"(~{lints:.1f} lints), last key to diagnostics {result['burst_wait'] * 1000:.0f} ms")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
