"""Each dependency in pyproject.toml says why it is there: a comment line right above it. A
dependency nobody can explain is one nobody dares remove, or one that is removed and breaks."""

import re

from plhelpers import ROOT

PYPROJECT = ROOT / "pyproject.toml"


def uncommented(text: str, list_name: str) -> list[str]:
    """The entries of the TOML list `list_name = [...]` with no comment line right above them."""
    lines = text.split(f"\n{list_name} = [\n", 1)[1].split("\n]", 1)[0].splitlines()
    return [re.sub(r'^\s*"([^"]*)".*', r"\1", line) for above, line in zip(["[", *lines], lines)
            if line.strip().startswith('"') and not above.strip().startswith("#")]


def test_every_dependency_and_test_dependency_says_why():
    text = PYPROJECT.read_text(encoding="utf-8")
    assert uncommented(text, "dependencies") == []
    assert uncommented(text, "test") == []


def test_an_entry_under_another_entry_is_uncommented():
    text = 'test = [\n    # Why.\n    "a>=1",\n    "b",\n]\n'
    assert uncommented("\n" + text, "test") == ["b"]
