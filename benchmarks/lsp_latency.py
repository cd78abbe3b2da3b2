#!/usr/bin/env python3
"""`plainlint server` latency: from the end of the debounce to the diagnostics, as an editor sees it.

Usage (from the repository root, with plainlint installed in the active Python):
    python benchmarks/lsp_latency.py                  # ../shared/corpus, 9 edits per document
    python benchmarks/lsp_latency.py --edits 15 --corpus /path/to/corpus

Two documents are built from corpus files in a temporary folder (nothing is copied into the
repository):
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
what the latency would be on an idle core, robust to other work on the machine. Targets: under 0.3 s for the article, under 2 s for the export, on this
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
TARGETS = {"article.md": 0.3, "macros.json": 2.0}
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


async def measure(path: Path, text: str, edits: int) -> dict:
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
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()
    return {"open": opened, "latencies": latencies, "cpu": cpus, "findings": counts[1]}


def corpus_arguments(description: str, argv, count: str, default: int, what: str):
    """The server benchmarks' arguments (--corpus and a count), or None when the corpus is missing
    (said on stderr)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--corpus", type=Path, default=Path(os.environ.get("PLAINLINT_CORPUS", HERE.parent.parent / "shared" / "corpus")))
    parser.add_argument(f"--{count}", type=int, default=default, help=f"{what} (default {default})")
    args = parser.parse_args(argv)
    if not (args.corpus / "articles").is_dir():
        print(f"corpus not found at {args.corpus} (use --corpus or PLAINLINT_CORPUS)", file=sys.stderr)
        return None
    return args


def main(argv=None) -> int:
    args = corpus_arguments(__doc__.split("\n")[0], argv, "edits", 9, "edits per document")
    if args is None:
        return 2
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}; debounce {DEBOUNCE_SECONDS * 1000:.0f} ms")
    print(f"{'document':<12} {'size':>9} {'findings':>8} {'open':>8} {'median':>8} {'min':>8} {'max':>8} "
          f"{'cpu/edit':>8} {'target':>7}  verdict")
    failed = False
    with tempfile.TemporaryDirectory() as folder:
        for name, text in (("article.md", build_article(args.corpus)), ("macros.json", build_export(args.corpus))):
            path = Path(folder) / name
            path.write_text(text, encoding="utf-8")
            result = asyncio.run(measure(path, text, args.edits))
            median = statistics.median(result["latencies"])
            target = TARGETS[name]
            verdict = "PASS" if median < target else "FAIL"
            failed |= verdict == "FAIL"
            print(f"{name:<12} {len(text.encode('utf-8')) / 1000:>7.0f}KB {result['findings']:>8} "
                  f"{result['open'] * 1000:>6.0f}ms {median * 1000:>6.0f}ms {min(result['latencies']) * 1000:>6.0f}ms "
                  f"{max(result['latencies']) * 1000:>6.0f}ms {statistics.median(result['cpu']) * 1000:>6.0f}ms "
                  f"{target * 1000:>5.0f}ms  {verdict}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
