"""scripts/limit_table.py without the corpus: it reads the word count from the rule's own message
and counts what each limit would keep."""

import importlib.util

from plhelpers import ROOT, lint_text


def limit_table():
    spec = importlib.util.spec_from_file_location("plainlint_limit_table", ROOT / "scripts" / "limit_table.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_reads_the_count_from_the_rule_message():
    sentence = " ".join(["word"] * 33) + "."
    found = lint_text(f"{sentence}\n", "help/x.md")
    message = next(f.message for f in found if f.rule == "sentence-length")
    assert limit_table().words_of(message) == 33


def test_counts_what_each_limit_keeps():
    rows = [(26, "TP"), (27, "FP"), (30, "TP"), (31, "FP"), (40, "TP"), (28, "debatable")]
    lines = limit_table().table(rows, range(25, 32, 5))
    assert lines[1].split() == ["25", "3/3", "2", "0.600"]
    assert lines[2].split() == ["30", "1/3", "1", "0.500"]
