"""Recall and false alarms of the issue-30 rules on their hand-written sets
(tests/data/support/*.yaml; tests/rules/test_support_sets.py holds the bars).

    python scripts/support_sets.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from plhelpers import lint_text  # noqa: E402


def flags(data: dict, text: str, config: dict | None) -> bool:
    return any(f.rule == data["rule"] for f in lint_text(text, data.get("path", "doc.md"), config))


def main() -> int:
    for path in sorted((ROOT / "tests" / "data" / "support").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        config = data.get("config")
        missed = [t for t in data["should_flag"] if not flags(data, t, config)]
        alarms = [t for t in data["should_not"] if flags(data, t, config)]
        alarms += [t for t in data.get("article_not", []) if flags(data, t, {"kind": "article"})]
        quiet = len(data["should_not"]) + len(data.get("article_not", []))
        hit = len(data["should_flag"]) - len(missed)
        print(f"{data['rule']}: should-flag {hit}/{len(data['should_flag'])} "
              f"({hit / len(data['should_flag']):.0%}); should-not false alarms {len(alarms)}/{quiet}")
        for text in missed:
            print(f"    missed: {text}")
        for text in alarms:
            print(f"    false alarm: {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
