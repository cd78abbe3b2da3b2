"""A `plainlint.toml` (what a ruff user writes first, as ruff reads `ruff.toml`; user37): given with
--config it is read, the same keys as `.plainlint.yaml` at its top; discovery does not read it
and says so in one line, naming what it reads."""

from __future__ import annotations

from plhelpers import run_cli as run

PAGE = "Please utilize the form. You can simply click the button.\n"


def test_a_toml_config_given_with_config_is_read_at_its_top(tmp_path):
    folder = tmp_path
    (folder / "page.md").write_text(PAGE, encoding="utf-8")
    (folder / "lint.toml").write_text('ignore = ["jargon"]\n', encoding="utf-8")
    done = run(["check", "--config", "lint.toml", "page.md"], folder)
    assert "[assumptive]" in done.stdout and "[jargon]" not in done.stdout, done.stdout + done.stderr
    (folder / "lint.toml").write_text('ignore = ["jargon"]\nrules = 3\n', encoding="utf-8")
    done = run(["check", "--config", "lint.toml", "page.md"], folder)
    assert done.returncode == 2 and "lint.toml:2:9: error: rules: expected a mapping" in done.stderr


def test_discovery_names_what_it_reads_instead_of_a_plainlint_toml(tmp_path):
    (tmp_path / "page.md").write_text(PAGE, encoding="utf-8")
    (tmp_path / "plainlint.toml").write_text('ignore = ["jargon"]\n', encoding="utf-8")
    done = run(["check", "."], tmp_path)
    assert [line for line in done.stderr.splitlines() if "plainlint.toml" in line] == [
        "plainlint.toml: warning: config not read: plainlint reads .plainlint.yaml, .plainlint.yml or "
        "pyproject.toml's [tool.plainlint] (or pass --config plainlint.toml)"]
    (tmp_path / ".plainlint.yaml").write_text("ignore: [assumptive]\n", encoding="utf-8")
    done = run(["check", "page.md"], tmp_path)
    assert "plainlint.toml: warning: config not read: .plainlint.yaml beside it is" in done.stderr
    assert "[jargon]" in done.stdout and "[assumptive]" not in done.stdout


def test_a_tool_plainlint_table_outside_pyproject_is_an_error_at_its_place(tmp_path):
    """A `[tool.plainlint]` table copied from a pyproject.toml into `lint.toml` (fixu37a's leftover):
    the error names its line and column, as every other config error does, and says where the
    keys go; the table is not read there (one form per file, as ruff.toml holds ruff's keys)."""
    (tmp_path / "page.md").write_text(PAGE, encoding="utf-8")
    for text, where in (('[tool.plainlint]\nignore = ["jargon"]\n', "1:2"),
                        ('ignore = ["jargon"]\n\n[tool.plainlint]\nselect = ["ALL"]\n', "3:2"),
                        ('ignore = ["jargon"]\ntool.plainlint.select = ["ALL"]\n', "2:1")):
        (tmp_path / "lint.toml").write_text(text, encoding="utf-8")
        done = run(["check", "--config", "lint.toml", "page.md"], tmp_path)
        assert done.returncode == 2
        assert done.stderr.startswith(f"lint.toml:{where}: error: tool: unknown key: a [tool.plainlint] table is "
                                      "read in pyproject.toml only; lint.toml holds the same keys at its top"), done.stderr
