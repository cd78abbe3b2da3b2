"""Scaffold a new word-list rule in one command, then fill the YAML and the case file.

    python scripts/new_wordlist_rule.py NAME CODE CATEGORY "summary" \
        [--term "TERM" --bad "a sentence it flags" --good "a sentence it leaves alone"] [--use ALT]

Creates plainlint/rules/<name>.py (a WordListRule subclass), rulesets/<name>.yaml with one entry,
tests/cases/<name>.yaml with a flags_ and an ignores_ case, appends the bad sentence to
examples/articles/refund-policy.md (examples/ must trigger every rule), inserts the README rules
table row (the table is kept by hand), and regenerates docs/rules (python -m plainlint.output.rule_pages) and
the config schema (python -m plainlint.config.json_schema --write).

Nothing it writes passes vacuously: whatever was not given on the command line (and always the
rationale) is a `TODO(new_wordlist_rule)` marker, and tests/rules/test_new_wordlist_rule.py fails while
any marker is left in the repository. With --term/--bad/--good the case file's `expect` is the
position plainlint reports for the bad sentence, checked by running the new rule.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MARKER = "TODO(new_wordlist_rule)"
EXAMPLE_FILE = Path("examples") / "articles" / "refund-policy.md"
# Runs a plainlint module from ROOT's own sources (not the installed copy): rulesets/ is the
# package plainlint.rulesets once installed, so map it by hand.
LAUNCH = ("import runpy, sys; sys.path.insert(0, sys.argv.pop(1)); import plainlint, rulesets; "
          "sys.modules['plainlint.rulesets'] = rulesets; module = sys.argv.pop(1); "
          "sys.argv[0] = module; runpy.run_module(module, run_name='__main__')")
CATEGORIES = ("jargon", "cliche", "assumptive", "inclusive", "tone", "terminology", "accessibility", "other")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("name", help="rule name, lowercase with hyphens (e.g. filler-words)")
    parser.add_argument("code", help="unused rule code, PL + three digits (e.g. PL210)")
    parser.add_argument("category", choices=CATEGORIES)
    parser.add_argument("summary", help="one line: what the rule flags")
    parser.add_argument("--term", help="the first ruleset entry (a phrase; (a|b) for alternatives)")
    parser.add_argument("--use", action="append", default=[], help="a plain alternative (repeatable)")
    parser.add_argument("--bad", help="an invented sentence containing the term: the rule must flag it")
    parser.add_argument("--good", help="an invented sentence the rule must leave alone")
    return parser.parse_args(argv)


def problems(args: argparse.Namespace) -> list[str]:
    found = []
    if not re.fullmatch(r"[a-z][a-z0-9]*(-[a-z0-9]+)*", args.name):
        found.append(f"name {args.name!r}: lowercase words joined by hyphens")
    if not re.fullmatch(r"PL[1-8]\d\d", args.code):
        found.append(f"code {args.code!r}: PL followed by three digits, below PL900 (notices)")
    if args.term and args.bad and args.term.split("(")[0].strip().lower() not in args.bad.lower():
        found.append("--bad should contain the term")
    module = ROOT / "plainlint" / "rules" / f"{module_name(args.name)}.py"
    for path in (module, ROOT / "rulesets" / f"{args.name}.yaml", ROOT / "tests" / "cases" / f"{args.name}.yaml"):
        if path.exists():
            found.append(f"{path.relative_to(ROOT)} already exists")
    taken = re.findall(r'^\s+code = "(PL\d+)"\s*$', "\n".join(
        p.read_text(encoding="utf-8") for p in (ROOT / "plainlint" / "rules").glob("*.py")), re.M)
    if args.code in taken:
        found.append(f"code {args.code} is taken")
    return found


def module_name(name: str) -> str:
    return name.replace("-", "_")


def class_name(name: str) -> str:
    return "".join(part.capitalize() for part in name.split("-"))


def todo(what: str) -> str:
    return f"{MARKER}: {what}"


def rule_module(args: argparse.Namespace) -> str:
    bad = args.bad or todo("a sentence this rule flags")
    good = args.good or todo("a sentence this rule leaves alone")
    return f'''"""{args.name} ({args.code}): {args.summary[0].lower() + args.summary[1:]}."""

from __future__ import annotations

from .wordlist import WordListRule
from ..enums import Category


class {class_name(args.name)}(WordListRule):
    code = "{args.code}"
    name = "{args.name}"
    category = Category.{args.category.upper()}
    ruleset = "{args.name}"
    summary = {args.summary!r}
    rationale = (
        "{todo("why this wording hurts support content and what to write instead, with a public source")}"
    )
    bad = (
        {bad!r},
    )
    good = (
        {good!r},
    )
    fix_safety = "No automatic fix."

    def message(self, flagged, entry, suggestions):
        advice = f"try '{{suggestions[0]}}'" if suggestions else (entry.note or "say it plainly")
        return f"'{{flagged}}': {{advice}}"
'''


def ruleset_yaml(args: argparse.Namespace) -> str:
    term = args.term or todo("a phrase")
    entry = {"term": term}
    if args.use:
        entry["use"] = args.use
    inline = ", ".join(f"{key}: {json.dumps(value)}" for key, value in entry.items())
    return (f"# {args.name} ({args.code}): {args.summary}.\n"
            f"# Sources: {todo('a public source or a stated reason for every entry')}\n"
            f"entries:\n  - {{{inline}}}\n")


def case_yaml(args: argparse.Namespace, expect: list | None) -> str:
    bad = args.bad or todo("a sentence this rule flags")
    good = args.good or todo("a sentence this rule leaves alone")
    flags_expect = json.dumps(expect) if expect else f"[]  # {todo('expected [line, column, end_line, end_column]')}"
    return (f"rule: {args.name}\n"
            f"cases:\n"
            f"  # Invented sentences ({MARKER}: add real ones from permissively licensed corpus files).\n"
            f"  - name: flags_first_entry\n"
            f"    text: {json.dumps(bad + chr(10))}\n"
            f"    expect: {flags_expect}\n"
            f"  - name: ignores_good_example\n"
            f"    text: {json.dumps(good + chr(10))}\n"
            f"    expect: []\n")


def readme_row(args: argparse.Namespace) -> str:
    what = args.summary[0].lower() + args.summary[1:]
    if args.term:
        what += f' ("{args.term}")'
    return f"| {args.code} | {args.name} | {args.category} | {what} |"


def insert_readme_row(readme: str, row: str, code: str) -> str:
    """After the last row of the rules table whose code sorts before `code`."""
    lines = readme.split("\n")
    rows = [i for i, line in enumerate(lines) if re.match(r"\| PL\d{3} \| [a-z-]+ \|", line)]
    if not rows:
        raise SystemExit("README.md: no rules table found (rows like `| PL101 | jargon | ...`)")
    before = [i for i in rows if lines[i][2:7] < code]
    at = (before[-1] if before else rows[0] - 1) + 1
    lines.insert(at, row)
    return "\n".join(lines)


def run_module(module: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", LAUNCH, str(ROOT), module, *args], cwd=ROOT,
                          capture_output=True, text=True, check=False)


def expect_for(args: argparse.Namespace) -> list | None:
    done = subprocess.run([sys.executable, "-c", LAUNCH, str(ROOT), "plainlint", "check", "--no-cache",
                           "--format", "json", "--select", args.code, "--stdin-filename", "case.md", "-"],
                          cwd=ROOT, input=args.bad + "\n", capture_output=True, text=True, check=False)
    try:
        findings = json.loads(done.stdout)
    except json.JSONDecodeError:
        raise SystemExit(f"running the new rule failed:\n{done.stderr or done.stdout}") from None
    spans = [[f["line"], f["column"], f["end_line"], f["end_column"]] for f in findings if f["rule"] == args.name]
    return spans or None


def write(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")
    print(f"wrote {path.relative_to(ROOT)}")


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if found := problems(args):
        for problem in found:
            print(f"new_wordlist_rule: {problem}", file=sys.stderr)
        return 2
    write(ROOT / "plainlint" / "rules" / f"{module_name(args.name)}.py", rule_module(args))
    write(ROOT / "rulesets" / f"{args.name}.yaml", ruleset_yaml(args))
    readme = ROOT / "README.md"
    write(readme, insert_readme_row(readme.read_text(encoding="utf-8"), readme_row(args), args.code))
    if args.bad:
        example = ROOT / EXAMPLE_FILE
        text = example.read_text(encoding="utf-8")
        write(example, text + ("" if text.endswith("\n") else "\n") + f"\n{args.bad}\n")
    expect = expect_for(args) if args.term and args.bad else None
    if args.term and args.bad and not expect:
        print(f"new_wordlist_rule: the rule does not flag --bad {args.bad!r}: fix the term or the "
              f"sentence; the case file says so with a {MARKER} marker", file=sys.stderr)
    write(ROOT / "tests" / "cases" / f"{args.name}.yaml", case_yaml(args, expect))
    for module, *extra in (("plainlint.output.rule_pages",), ("plainlint.config.json_schema", "--write")):
        done = run_module(module, *extra)
        if done.returncode != 0:
            print(f"python -m {module} {' '.join(extra)} failed:\n{done.stderr}", file=sys.stderr)
            return 1
        print(f"ran python -m {module} {' '.join(extra)}".rstrip())
    print(f"next: fill every {MARKER} marker (grep -rn 'TODO(new_wordlist_rule)' .), then run "
          f"pytest tests/rules/test_new_wordlist_rule.py tests/rules/test_rule_cases.py tests/rules/test_rule_docs.py")
    return 0


if __name__ == "__main__":
    sys.exit(main())
