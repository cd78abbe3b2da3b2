"""plainlint never lints what it wrote: baselines, report.html/report.json and `check -o` reports
are recognised by their content (whatever they are called), in walks and when named."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from plainlint.running.artefacts import SNIFF_BYTES, is_artefact
from plhelpers import run_cli as run

BAD = "# Billing\n\nYou can simply utilize the form to leverage the refund flow.\n"
# Every format whose output plainlint could read back (XML formats are not linted at all).
REPORT_FILES = {"json": "out.json", "gitlab": "gl-code-quality-report.json", "rdjson": "reviewdog.json",
                "sarif": "results.sarif.json", "text": "out.txt", "concise": "lint.txt", "github": "annotations.txt"}


@pytest.fixture
def kb(tmp_path):
    (tmp_path / "help").mkdir()
    (tmp_path / "help" / "a.md").write_text(BAD, encoding="utf-8")
    return tmp_path


def linted_paths(kb: Path, *args: str) -> set[str]:
    done = run(["check", "--format", "json", *args], kb)
    assert done.returncode in (0, 1), done.stderr
    return {entry["path"] for entry in json.loads(done.stdout)}


def test_a_fresh_baseline_is_not_linted_so_the_next_run_passes(kb):
    assert run(["check", "--write-baseline", "plainlint-baseline.json", "."], kb).returncode == 0
    done = run(["check", "--baseline", "plainlint-baseline.json", "."], kb)
    assert done.returncode == 0, done.stdout
    assert "Checked 1 file(s)" in done.stdout
    # pre-commit names every staged file, the baseline included.
    done = run(["check", "--force-exclude", "--baseline", "plainlint-baseline.json", "plainlint-baseline.json",
                "help/a.md"], kb)
    assert done.returncode == 0 and done.stderr == "", done.stdout + done.stderr
    assert run(["check", "plainlint-baseline.json"], kb).stdout.startswith("Checked 0 file(s)")


def test_artefacts_are_recognised_by_content_not_by_name(kb):
    run(["check", "--write-baseline", "reviewed.json", "."], kb)
    (kb / "help" / "copy-of-baseline.json").write_bytes((kb / "reviewed.json").read_bytes())
    assert linted_paths(kb, ".") == {"help/a.md"}


@pytest.mark.parametrize("fmt", sorted(REPORT_FILES))
def test_earlier_output_files_are_not_linted(kb, fmt):
    name = REPORT_FILES[fmt]
    assert run(["check", "--format", fmt, "-o", name, "help"], kb).returncode == 1
    assert "utilize" in (kb / name).read_text(encoding="utf-8")  # it quotes the findings
    assert linted_paths(kb, ".") == {"help/a.md"}
    assert linted_paths(kb, name, "help/a.md") == {"help/a.md"}


def test_empty_json_report_is_not_linted(kb):
    (kb / "help" / "a.md").write_text("Use the form.\n", encoding="utf-8")
    assert run(["check", "--format", "json", "-o", "out.json", "help"], kb).returncode == 0
    assert (kb / "out.json").read_text(encoding="utf-8") == "[]\n"
    assert linted_paths(kb, ".") == set()


def test_a_second_report_does_not_count_the_first(kb):
    for _ in range(2):
        done = run(["report", "-o", "report.html", "."], kb)
        assert done.returncode == 0, done.stderr
        assert "(1 documents)" in done.stderr
    data = json.loads((kb / "report.json").read_text(encoding="utf-8"))
    assert [d["path"] for d in data["documents"]] == ["help/a.md"]
    assert linted_paths(kb, ".") == {"help/a.md"}


def test_report_with_document_pages_in_a_folder_is_not_linted(kb):
    assert run(["report", "--documents", "folder", "-o", "site/report.html", "help"], kb).returncode == 0
    assert list((kb / "site" / "report-documents").glob("doc-*.html"))
    assert linted_paths(kb, ".") == {"help/a.md"}


def test_content_that_mentions_plainlint_is_still_linted(kb):
    (kb / "help" / "macros.json").write_text(json.dumps(
        [{"title": "plainlint-baseline", "body": "Please utilize plainlint to commence."}]), encoding="utf-8")
    (kb / "help" / "notes.txt").write_text("Checked the form: utilize it.\n", encoding="utf-8")
    (kb / "help" / "page.html").write_text(
        '<!DOCTYPE html><html><head><meta name="generator" content="Hugo"></head>'
        "<body><p>Please utilize plainlint.</p></body></html>\n", encoding="utf-8")
    assert linted_paths(kb, ".") == {"help/a.md", "help/macros.json", "help/notes.txt", "help/page.html"}


def test_only_the_start_of_a_file_is_read(tmp_path):
    head = '{"plainlint-baseline": 1, "findings": [\n'
    big = tmp_path / "big.json"
    big.write_text(head + " " * (SNIFF_BYTES * 100) + "]}\n", encoding="utf-8")
    assert is_artefact(big)
    late = tmp_path / "late.html"
    late.write_text("<!DOCTYPE html>\n" + " " * SNIFF_BYTES + '<meta name="generator" content="plainlint 1">\n',
                    encoding="utf-8")
    assert not is_artefact(late)
    assert not is_artefact(tmp_path / "missing.json")


def test_the_configs_own_files_are_input_not_content(tmp_path):
    """A reject list is made of the words it flags: `check .` reported every line of the README's
    own example, and `--fix` rewrote `utilize -> use` into `-> use`. A config that `extend:`
    names (any name) was linted as a YAML macro export."""
    (tmp_path / "styles").mkdir()
    (tmp_path / "help").mkdir()
    (tmp_path / ".plainlint.yaml").write_text("extend: styles/team.yaml\n", encoding="utf-8")
    (tmp_path / "styles" / "team.yaml").write_text(  # an extended config is input too
        "vocabulary: {accept: [accept.txt], reject: [reject.txt]}\n"  # beside team.yaml
        "rules: {jargon: {add: [{term: deprecate, use: [retire], note: Please utilize plain words}]}}\n",
        encoding="utf-8")
    reject = "# words we never use\nutilize -> use\nin order to -> to\n"
    (tmp_path / "styles" / "reject.txt").write_text(reject, encoding="utf-8")
    (tmp_path / "styles" / "accept.txt").write_text("AcmeDesk\nutilise\n", encoding="utf-8")
    (tmp_path / "help" / "a.md").write_text(BAD, encoding="utf-8")
    assert linted_paths(tmp_path, ".") == {"help/a.md"}
    assert linted_paths(tmp_path, "--force-exclude", "styles/reject.txt", "help/a.md") == {"help/a.md"}
    (tmp_path / "help" / "notes.txt").write_text("Please utilize it.\n", encoding="utf-8")  # other text is content
    assert linted_paths(tmp_path, ".") == {"help/a.md", "help/notes.txt"}
    run(["check", "--fix", "."], tmp_path)
    assert (tmp_path / "styles" / "reject.txt").read_text(encoding="utf-8") == reject


@pytest.mark.parametrize("paths", [["help/a.md"], ["help"], ["."]])
def test_an_output_file_that_is_content_being_linted_is_never_overwritten(kb, paths):
    """`check -o help/a.md help/a.md` once skipped the page (as the report being written) and
    replaced it with an empty report: the article was gone, and the run exited 0."""
    done = run(["check", "-o", "help/a.md", *paths], kb)
    assert done.returncode == 2
    assert "help/a.md: error: --output-file names a file this run lints" in done.stderr
    assert (kb / "help" / "a.md").read_text(encoding="utf-8") == BAD


@pytest.mark.parametrize("name", ["out.txt", "out.md"])
def test_an_earlier_report_in_the_linted_folder_is_still_replaced(kb, name):
    """Whatever the report is called: a text report saved as .md is recognised as the one the
    run writes again, not refused as a page."""
    assert run(["check", "-o", f"help/{name}", "help"], kb).returncode == 1
    assert run(["check", "-o", f"help/{name}", "help"], kb).returncode == 1
    assert (kb / "help" / name).read_text(encoding="utf-8").startswith("help/a.md:3:")


@pytest.mark.parametrize("args", [["check", "--write-baseline", "help/a.md", "help"],
                                  ["report", "-o", "help/a.html", "help"],
                                  ["report", "-o", "help/b.html", "help"]])
def test_a_baseline_or_health_report_never_replaces_content(kb, args):
    """The same for `--write-baseline` and `plainlint report -o` (and the .json beside it)."""
    page = "<html lang=\"en\"><body><p>You can simply pay.</p></body></html>\n"
    (kb / "help" / "a.html").write_text(page, encoding="utf-8")
    (kb / "help" / "b.json").write_text('[{"title": "Pay", "body": "You can simply pay."}]', encoding="utf-8")
    before = {path.name: path.read_bytes() for path in (kb / "help").iterdir()}
    done = run(args, kb)
    assert done.returncode == 2 and "names a file this run lints" in done.stderr
    assert {path.name: path.read_bytes() for path in (kb / "help").iterdir()} == before
