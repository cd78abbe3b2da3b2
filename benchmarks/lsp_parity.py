#!/usr/bin/env python3
"""`plainlint server` against `plainlint check` on real files: the same findings, the same fixes.

Usage (from the repository root, with plainlint and the test extras installed):
    python benchmarks/lsp_parity.py ../shared/corpus                       # every file of the corpus
    python benchmarks/lsp_parity.py ../shared/heldout-spelling --sample 1200 --seed 16
    python benchmarks/lsp_parity.py ../shared/corpus --fixes --sample 50   # and every quick fix, fix all

The server runs as an editor starts it, with the folder as its workspace and VS Code's
capabilities (UTF-16 positions). Each file is opened as an editor shows it (UTF-8, its BOM
dropped; files that are not UTF-8 are left out) and closed again. Its diagnostics, turned back
into line, column in characters and end, with the rule and message, must equal the findings of
one `plainlint check --format json` run over the same files from the folder (paths relative to
it, so kinds come from the same folder names). With `--fixes`, for every finding that has a fix
the quick fix's edit applied to the text must give what the finding's `fix.edits` give, and
"fix all" (resolved when sent without its edit) what `check --fix` writes on a copy of the file.
Nothing here runs in the unit tests; a difference is printed with the file and exits 1.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from lsprotocol import types

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from lsphelpers import apply_edits, edits_of, line_starts, offset_of, open_document, published, session  # noqa: E402

PLAINLINT = [sys.executable, "-m", "plainlint"]
SKIPPED_FOLDERS = {"licences", "bench"}  # the corpus's licence texts; bench/ is for throughput only


def cli_key(finding: dict) -> tuple:
    return (finding["line"], finding["column"], finding["end_line"], finding["end_column"], finding["code"],
            finding["message"])


def server_key(diagnostic: types.Diagnostic, text: str) -> tuple:
    """The diagnostic as the CLI's JSON says it: 1-based lines, columns in characters."""
    starts, rng = line_starts(text), diagnostic.range
    start, end = offset_of(text, rng.start, "utf-16"), offset_of(text, rng.end, "utf-16")
    return (rng.start.line + 1, start - starts[rng.start.line] + 1, rng.end.line + 1, end - starts[rng.end.line] + 1,
            diagnostic.code, diagnostic.message)


def cli_edits(text: str, edits: list[dict]) -> str:
    starts = line_starts(text)
    for start, end, new in sorted(((starts[e["line"] - 1] + e["column"] - 1, starts[e["end_line"] - 1] + e["end_column"] - 1,
                                    e["content"]) for e in edits), reverse=True):
        text = text[:start] + new + text[end:]
    return text


async def actions(client, uri: str, rng: types.Range, only: str, diagnostics=()) -> list[types.CodeAction]:
    found = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), range=rng,
        context=types.CodeActionContext(diagnostics=list(diagnostics), only=[only])))
    return [a for a in found or [] if isinstance(a, types.CodeAction)]


async def check_fixes(client, root: Path, rel: str, text: str, diagnostics, findings: dict, copies: Path) -> list[str]:
    uri, problems = (root / rel).as_uri(), []
    for diagnostic in diagnostics:
        finding = findings.get(server_key(diagnostic, text))
        if finding is None or finding["fix"] is None:
            continue
        offered = [a for a in await actions(client, uri, diagnostic.range, "quickfix", [diagnostic])
                   if a.kind == "quickfix" and a.diagnostics and a.diagnostics[0].range == diagnostic.range
                   and a.diagnostics[0].code == diagnostic.code]
        if not offered or apply_edits(text, edits_of(offered[0], uri), "utf-16") != cli_edits(text, finding["fix"]["edits"]):
            problems.append(f"quick fix differs: {server_key(diagnostic, text)[:5]}")
    everything = await actions(client, uri, types.Range(types.Position(0, 0), types.Position(0, 0)), "source.fixAll.plainlint")
    fixed = text
    if everything:
        action = everything[0] if everything[0].edit is not None else await client.code_action_resolve_async(everything[0])
        fixed = apply_edits(text, edits_of(action, uri), "utf-16")
    copy = copies / rel
    copy.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(root / rel, copy)
    subprocess.run([*PLAINLINT, "check", "--no-cache", "--fix", "--quiet", rel], cwd=copies, capture_output=True)
    if fixed != copy.read_bytes().decode("utf-8-sig"):
        problems.append("fix all differs from check --fix")
    return problems


async def compare(root: Path, files: list[str], fixes: bool) -> tuple[int, int, int]:
    run = subprocess.run([*PLAINLINT, "check", "--no-cache", "--format", "json", *files], cwd=root,
                         capture_output=True, text=True)
    by_path = defaultdict(dict)
    for finding in json.loads(run.stdout or "[]"):
        by_path[finding["path"]][cli_key(finding)] = finding
    opened = differing = diagnostics_seen = 0
    with tempfile.TemporaryDirectory() as copies:
        async with session(root, ["utf-16"]) as client:
            for rel in files:
                try:
                    text = (root / rel).read_bytes().decode("utf-8-sig")
                except UnicodeDecodeError:
                    continue
                uri = (root / rel).as_uri()
                before = open_document(client, uri, text)
                diagnostics = (await published(client, uri, 1, before)).diagnostics
                opened += 1
                diagnostics_seen += len(diagnostics)
                problems = []
                if sorted(server_key(d, text) for d in diagnostics) != sorted(by_path[rel]):
                    problems.append(f"diagnostics: server {len(diagnostics)}, check {len(by_path[rel])}")
                if fixes:
                    problems += await check_fixes(client, root, rel, text, diagnostics, by_path[rel], Path(copies))
                client.text_document_did_close(types.DidCloseTextDocumentParams(types.TextDocumentIdentifier(uri=uri)))
                if problems:
                    differing += 1
                    print(f"{rel}: " + "; ".join(problems))
    return opened, differing, diagnostics_seen


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--sample", type=int, help="this many files, drawn with --seed (default: all)")
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--fixes", action="store_true", help="also every quick fix and fix all")
    args = parser.parse_args(argv)
    root = args.folder.resolve()
    files = sorted(p.relative_to(root).as_posix() for p in root.rglob("*")  # not the corpus's README or manifest
                   if p.is_file() and p.parent != root and p.relative_to(root).parts[0] not in SKIPPED_FOLDERS
                   and p.suffix != ".tsv")
    if args.sample:
        files = sorted(random.Random(args.seed).sample(files, min(args.sample, len(files))))
    opened, differing, seen = asyncio.run(compare(root, files, args.fixes))
    print(f"{opened} files opened ({len(files) - opened} not UTF-8), {seen} diagnostics, {differing} differing")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
