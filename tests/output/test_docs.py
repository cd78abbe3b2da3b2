"""docs/rules/ is generated from the rules and committed: it must match them."""

from __future__ import annotations

import re
import tomllib

from plainlint import __version__
from plainlint.output.rule_pages import expected_pages, main, stale_pages, write_pages
from plainlint.rules import all_rules
from plhelpers import ROOT, run_cli


def test_committed_rule_docs_are_up_to_date():
    stale = stale_pages(ROOT / "docs" / "rules")
    assert stale == [], f"run `python -m plainlint.output.rule_pages` to refresh: {stale}"


def test_every_rule_has_a_page_with_its_examples():
    pages = expected_pages()
    for rule in all_rules():
        page = pages[f"{rule.code}.md"]
        assert page.startswith(f"# {rule.code} {rule.name}\n")
        assert rule.rationale in page
        for example in rule.bad + rule.good:
            assert example.rstrip("\n") in page
        for option in rule.options:
            assert f"| `{option}` |" in page
        assert f"]({rule.code}.md)" in pages["README.md"]


def test_check_mode_finds_stale_missing_and_leftover_pages(tmp_path, capsys):
    folder = tmp_path / "rules"
    assert main([str(folder), "--check"]) == 1
    assert write_pages(folder)
    assert main([str(folder), "--check"]) == 0
    (folder / "PL101.md").write_text("edited by hand\n", encoding="utf-8")
    (folder / "PL999.md").write_text("a removed rule\n", encoding="utf-8")
    assert stale_pages(folder) == ["PL101.md", "PL999.md"]
    assert main([str(folder)]) == 0
    assert stale_pages(folder) == [] and not (folder / "PL999.md").exists()


def test_version_lives_in_one_place():
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in pyproject["project"] and "version" in pyproject["project"]["dynamic"]
    assert pyproject["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "plainlint.__version__"}
    assert re.fullmatch(r"\d+\.\d+\.\d+", __version__)
    done = run_cli(["--version"], ROOT)
    assert done.stdout.strip() == f"plainlint, version {__version__}"


def readme_rule_rows() -> dict[str, tuple[str, str]]:
    """code -> (name, category cell) from the README's rules table."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| (PL\d{3}) \| ([a-z-]+) \| ([^|]+) \|", readme, re.M)
    return {code: (name, category.strip()) for code, name, category in rows}


def test_readme_rules_table_lists_every_rule_with_its_name_and_category():
    rows = readme_rule_rows()
    rules = {rule.code: rule for rule in all_rules()}
    assert sorted(rows) == sorted(rules), "the README rules table and the rules differ"
    for code, (name, category) in rows.items():
        assert name == rules[code].name, code
        assert category.split(" ")[0] == str(rules[code].category.value), (code, category)


def test_readme_rules_table_names_each_rules_other_modes():
    # acr22 made PL104's `listed` tier the default while its row still described every capitals
    # run; spell21's `mode: confident` was in the README's prose but not the spelling row.
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    rows = dict(re.findall(r"^\| (PL\d{3}) \| [a-z-]+ \| [^|]+ \|(.*)$", readme, re.M))
    for rule in all_rules():
        mode = rule.options.get("mode")
        if mode is None or not mode.choices:
            continue
        for choice in mode.choices:
            if choice != mode.default:
                assert f"`mode: {choice}`" in rows[rule.code], (rule.code, choice)
