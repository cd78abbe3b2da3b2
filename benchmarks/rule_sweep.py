#!/usr/bin/env python3
"""Every rule on its own, on adversarial one-document inputs at n and 4n: does its CPU time grow
faster than the input? (lin27, after rev26 found sensory-directions quadratic in a reply's places.)

Usage (from the repository root):
    python benchmarks/rule_sweep.py                         # every rule, input and kind
    python benchmarks/rule_sweep.py --rules PL410 --inputs trigger_sentence --kinds reply_yaml
    python benchmarks/rule_sweep.py --size 2000 --limit 5 --markdown

The inputs are of the kinds that caught quadratic code before: one long sentence with no full stop
holding the rule's own trigger phrases (its `bad` examples and short entries of its ruleset) n
times; many links, images or headings on one line; long runs of one character; deep nesting; a
template tag repeated. Each is wrapped as each kind of document: an article (.md and .html), an
HTML e-mail template, a reply macro export (.yaml and Zendesk .json). The document is read once
per size (not timed); each rule then runs alone on it (`run_rules` with that rule only, the
document's cache set back to what reading left, so it pays for the analyses it asks for), timed
with `time.process_time` (CPU, not wall: the machine is shared), the smaller of two runs.

A row is flagged when 4n costs more than --limit (5x) times n and 4n takes at least --floor
seconds (smaller times are noise); flagged rows are measured again at 4n and 16n (--confirm).
"""

from __future__ import annotations

import argparse
import dataclasses
import html
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from plainlint.config import Config, Resolver, Selection  # noqa: E402
from plainlint.linting.engine import lint_source, run_rules  # noqa: E402
from plainlint.linting.ruleset_data import load_ruleset_file  # noqa: E402
from plainlint.reading.readers import format_for  # noqa: E402
from plainlint.reading.source import Source  # noqa: E402

# --- what a rule looks for ---------------------------------------------------------------------


def trigger_phrases(rule, most: int = 40) -> list[str]:
    """The rule's `bad` examples (one line each, no stop inside) and the short strings of its
    ruleset: what it reports, to be repeated in one sentence."""
    phrases = [_one_clause(text) for text in getattr(rule, "bad", ()) or ()]
    try:
        data = load_ruleset_file(rule.name)
    except Exception:  # noqa: BLE001 - not every rule has a ruleset of its own name
        data = None
    phrases += [s for s in _strings(data) if 1 <= len(s.split()) <= 6][:most]
    return [p for p in phrases if p] or ["the text"]


def _one_clause(text: str) -> str:
    lines = [line for line in str(text).splitlines() if line.strip() and not line.strip().endswith(",")]
    joined = " ".join(lines) or str(text)
    for stop in (". ", "! ", "? "):
        joined = joined.replace(stop, ", ")
    return joined.strip().rstrip(".!?")


def _strings(data) -> list[str]:
    """The string leaves of a ruleset, in order (keys of word maps too)."""
    found: list[str] = []
    stack = [data]
    while stack and len(found) < 400:
        item = stack.pop(0)
        if isinstance(item, str):
            found.append(item)
        elif isinstance(item, dict):
            found += [k for k in item if isinstance(k, str)]
            stack += list(item.values())
        elif isinstance(item, (list, tuple)):
            stack += list(item)
    return found


# --- the inputs: (Markdown, HTML) of n repeats -------------------------------------------------


def _repeat(piece: str, n: int, sep: str = "") -> str:
    return sep.join(piece.format(i=i) for i in range(n))


def _same(text: str) -> tuple[str, str]:
    return text, html.escape(text, quote=False)


def trigger_sentence(phrases, n):
    sentence = " and ".join(phrases[i % len(phrases)] for i in range(n))
    return _same("Please note that " + sentence + " and so on")


INPUTS = {
    "trigger_sentence": trigger_sentence,
    "links_one_line": lambda phrases, n: (_repeat("[click here](https://example.com/p{i}) ", n),
                                          _repeat('<a href="https://example.com/p{i}">click here</a> ', n)),
    "images_one_line": lambda phrases, n: (_repeat("![screenshot](img{i}.png) ", n),
                                           _repeat('<img src="img{i}.png" alt="screenshot"> ', n)),
    "headings": lambda phrases, n: (_repeat("## Step {i}\n\n", n), _repeat("<h3>Step {i}</h3>", n)),
    "urls_one_line": lambda phrases, n: _same(_repeat("https://example.com/a/{i} ", n)),
    "bold_one_line": lambda phrases, n: (_repeat("**Save** the **file** ", n), _repeat("<b>Save</b> the <b>file</b> ", n)),
    "template_tag": lambda phrases, n: _same(_repeat("{{{{customer.name}}}} ", n)),
    "template_if": lambda phrases, n: _same(_repeat("{{% if a %}}yes{{% else %}}no{{% endif %}} ", n)),
    "nested_quotes": lambda phrases, n: ("> " * n + "deep text", "<blockquote>" * n + "deep text" + "</blockquote>" * n),
    "nested_lists": lambda phrases, n: ("".join("  " * i + "- item\n" for i in range(n)),
                                        "<ul><li>item" * n + "</li></ul>" * n),
    "nested_brackets": lambda phrases, n: _same("(" * n + "x" + ")" * n),
    "quotes_one_line": lambda phrases, n: _same(_repeat('"Click here" and \'the button\' ', n)),
    "capitals_one_line": lambda phrases, n: _same(_repeat("PLEASE CALL US NOW ", n)),
    "emoji_one_line": lambda phrases, n: _same(_repeat("sorry 😀😀 ", n)),
    "table_row": lambda phrases, n: ("| a " * n + "|\n" + "|---" * n + "|\n" + "| x " * n + "|\n",
                                     "<table><tr>" + "<td>x</td>" * n + "</tr></table>"),
    "one_long_word": lambda phrases, n: _same("x" * (20 * n) + " end"),  # user29: spelling read it from each letter
}
for _char in ".-!?*_[(<{`'\"#|>~=:,;/\\&@ ":
    INPUTS[f"run_{ord(_char):02x}"] = (lambda c: lambda phrases, n: _same(c * (20 * n) + " end"))(_char)  # run_2e: '.' x 20n

# --- the kinds of document ----------------------------------------------------------------------


def _indent(text: str, by: str) -> str:
    return "\n".join(by + line if line else line for line in text.splitlines())


KINDS = {
    "article_md": lambda md, page: ("docs/help/page.md", "# Help with your account\n\n" + md + "\n"),
    "article_html": lambda md, page: ("docs/help/page.html", '<!DOCTYPE html>\n<html lang="en"><head><title>Help</title>'
                                      "</head><body><h1>Help</h1><p>" + page + "</p></body></html>\n"),
    "email_html": lambda md, page: ("emails/templates/order-update.html", '<html lang="en"><body><p>Hi {{first_name}},</p>'
                                    "<p>" + page + "</p><p>Thanks,<br>Ana</p></body></html>\n"),
    "reply_yaml": lambda md, page: ("macros/replies.yaml", "- title: Order update\n  body: |\n    Hi Sam,\n\n"
                                    + _indent(md, "    ") + "\n\n    Thanks,\n    Ana\n"),
    "reply_json": lambda md, page: ("macros.json", json.dumps({"macros": [{"id": 1, "title": "Order update", "actions": [
        {"field": "comment_value", "value": "Hi Sam,\n\n" + md + "\n\nThanks,\nAna"}]}]}, indent=2) + "\n"),
}

# --- measuring ----------------------------------------------------------------------------------


def read(path: str, text: str):
    """The document as the engine reads it, and its settings for its kind (every rule selected)."""
    settings = Resolver(Config(data={}), Selection(["ALL"], [], [])).settings(Path(path))
    result = lint_source(Source(path, text), format_for(path) or "text", dataclasses.replace(settings, rules=[]))
    return result.document, result.settings


def rule_seconds(doc, settings, rule, runs: int = 2) -> float | None:
    """The smaller CPU time of `runs` runs of `rule` alone on `doc`; None when the kind turns it off
    (or the engine did not read the document: a file it skips has no settings)."""
    if settings is None or all(r.code != rule.code for r in settings.rules):
        return None
    alone = dataclasses.replace(settings, rules=[rule])
    read_only = dict(doc._cache)  # what reading left; each run pays for the analyses it asks for
    best = float("inf")
    for _ in range(runs):
        doc._cache = dict(read_only)
        start = time.process_time()
        run_rules(doc, alone)
        best = min(best, time.process_time() - start)
    return best


def measure(rules, inputs, kinds, n: int) -> list[dict]:
    rows = []
    for input_name in inputs:
        for kind in kinds:
            docs = {}
            for size in (n, 4 * n):
                per_rule = {}
                for rule in rules:
                    md, page = INPUTS[input_name](trigger_phrases(rule), size)
                    path, text = KINDS[kind](md, page)
                    key = (path, text)
                    if key not in docs:
                        docs.clear() if len(docs) > 4 else None
                        docs[key] = read(path, text)
                    per_rule[rule.code] = (rule_seconds(*docs[key], rule), len(text))
                rows += [{"rule": code, "input": input_name, "kind": kind, "n": size, "seconds": s, "bytes": b}
                         for code, (s, b) in per_rule.items()]
        print(f"{input_name}: {time.process_time():.0f} CPU-s so far", file=sys.stderr, flush=True)
    return rows


def growth_table(rows: list[dict], n: int, limit: float, floor: float) -> list[dict]:
    """One line per (rule, input, kind): seconds at n and 4n and their ratio, flagged or not."""
    at = {(r["rule"], r["input"], r["kind"], r["n"]): r for r in rows}
    table = []
    for (code, input_name, kind, size), small in at.items():
        if size != n or small["seconds"] is None:
            continue
        large = at[(code, input_name, kind, 4 * n)]
        ratio = large["seconds"] / max(small["seconds"], 1e-4)
        table.append({"rule": code, "input": input_name, "kind": kind, "small": small["seconds"],
                      "large": large["seconds"], "bytes": large["bytes"], "ratio": ratio,
                      "flagged": ratio > limit and large["seconds"] >= floor})
    return table


def main() -> int:
    from plainlint.rules import all_rules

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rules", help="codes or names, comma-separated (default: every rule)")
    parser.add_argument("--inputs", help="comma-separated; --list shows them")
    parser.add_argument("--kinds", help=f"comma-separated of {', '.join(KINDS)}")
    parser.add_argument("--size", type=int, default=400, help="n, the repeats of the smaller input")
    parser.add_argument("--limit", type=float, default=5.0, help="growth per 4x that is flagged")
    parser.add_argument("--floor", type=float, default=0.02, help="CPU seconds at 4n below which a row is noise")
    parser.add_argument("--confirm", action=argparse.BooleanOptionalAction, default=True,
                        help="measure flagged rows again at 4n and 16n")
    parser.add_argument("--markdown", action="store_true", help="print the table of the largest ratios")
    parser.add_argument("--json", type=Path, help="write every row here")
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    if args.list:
        print("\n".join(INPUTS))
        return 0
    wanted = set(args.rules.split(",")) if args.rules else None
    rules = [r for r in all_rules() if wanted is None or r.code in wanted or r.name in wanted]
    inputs = args.inputs.split(",") if args.inputs else list(INPUTS)
    kinds = args.kinds.split(",") if args.kinds else list(KINDS)
    started = time.process_time()
    table = growth_table(measure(rules, inputs, kinds, args.size), args.size, args.limit, args.floor)
    confirmed = []
    if args.confirm:
        for row in [r for r in table if r["flagged"]]:
            rule = next(r for r in rules if r.code == row["rule"])
            again = growth_table(measure([rule], [row["input"]], [row["kind"]], 4 * args.size), 4 * args.size,
                                 args.limit, args.floor)
            confirmed += again
    if args.json:
        args.json.write_text(json.dumps({"table": table, "confirmed": confirmed}, indent=1))
    print(f"{len(table)} rows (rule x input x kind run), {sum(r['flagged'] for r in table)} flagged, "
          f"{sum(r['flagged'] for r in confirmed)} confirmed at 4x the size; {time.process_time() - started:.0f} CPU-s")
    shown = sorted(table, key=lambda r: -r["ratio"])[:25] if args.markdown else [r for r in table if r["flagged"]]
    print("| rule | input | kind | n CPU-s | 4n CPU-s | 4n bytes | growth |\n|---|---|---|---:|---:|---:|---:|")
    for r in shown + [dict(c, input=c["input"] + " (16n/4n)") for c in confirmed]:
        print(f"| {r['rule']} | {r['input']} | {r['kind']} | {r['small']:.3f} | {r['large']:.3f} | {r['bytes']} | "
              f"{r['ratio']:.1f}x{' **' if r['flagged'] else ''} |")
    return 1 if any(r["flagged"] for r in confirmed) else 0


if __name__ == "__main__":
    sys.exit(main())
