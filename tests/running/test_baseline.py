"""Baselines on a copy of real articles: record, then only new findings; stale entries counted."""

import json
import shutil
from pathlib import Path

import pytest

from plainlint.running.baseline import Baseline, BaselineError
from plainlint.linting.fingerprint import fingerprints
from plhelpers import lint_text, run_cli

ARTICLE = "articles/duckduckgo-help-pages/_docs/privacy/atb.md"


def cli(args, cwd):
    return run_cli(args, cwd)


@pytest.fixture
def kb(corpus, tmp_path):
    (tmp_path / "docs").mkdir()
    for path in sorted((corpus / "articles/duckduckgo-help-pages/_docs/privacy").glob("*.md"))[:6]:
        shutil.copyfile(path, tmp_path / "docs" / path.name)
    return tmp_path


@pytest.mark.corpus
def test_write_then_check_reports_nothing_old(kb):
    first = cli(["check", "docs"], kb)
    assert first.returncode == 1
    written = cli(["check", "--write-baseline", "plainlint-baseline.json", "docs"], kb)
    # No "0 warnings" summary right after recording them all: only what was written.
    assert written.returncode == 0 and written.stdout == ""
    assert written.stderr.startswith("Wrote ") and "to plainlint-baseline.json" in written.stderr
    data = json.loads((kb / "plainlint-baseline.json").read_text(encoding="utf-8"))
    count = first.stdout.count(": warning [") + first.stdout.count(": info [") + first.stdout.count(": error [")
    assert data["plainlint-baseline"] == 1 and len(data["findings"]) == count
    assert {row["path"] for row in data["findings"]} <= {f"docs/{p.name}" for p in (kb / "docs").iterdir()}
    again = cli(["check", "--baseline", "plainlint-baseline.json", "docs"], kb)
    assert again.returncode == 0 and ": warning [" not in again.stdout


@pytest.mark.corpus
def test_unrelated_edits_keep_old_findings_and_new_ones_show(kb):
    cli(["check", "--write-baseline", "plainlint-baseline.json", "docs"], kb)
    page = sorted((kb / "docs").iterdir())[0]
    text = page.read_text(encoding="utf-8")
    # Lines added above most findings move them; a new problem is added at the end. (The new
    # paragraph is not the first one: a document-level finding is keyed on the first paragraph.)
    cut = text.index("\n\n", text.index("\n\n", text.index("---", 3)) + 2)
    page.write_text(text[:cut] + "\n\nA new plain paragraph.\n\nAnother one." + text[cut:] + "\nPlease utilize the form.\n",
                    encoding="utf-8")
    result = cli(["check", "--baseline", "plainlint-baseline.json", "--format", "json", "docs"], kb)
    new = json.loads(result.stdout)
    assert [(f["rule"], f["path"]) for f in new] == [("jargon", f"docs/{page.name}")]
    assert result.returncode == 1


@pytest.mark.corpus
def test_baseline_works_from_another_folder(kb):
    cli(["check", "--write-baseline", "plainlint-baseline.json", "docs"], kb)
    result = cli(["check", "--baseline", "../plainlint-baseline.json", "."], kb / "docs")
    assert result.returncode == 0, result.stdout


def test_a_third_occurrence_is_new():
    findings = lint_text("Please utilize it. Please utilize it.\n")
    baseline = Baseline(Path("b.json"))
    baseline.entries = {key: {} for key, _ in baseline.keyed(findings)}
    more = lint_text("Please utilize it. Please utilize it. Please utilize it.\n")
    assert [f.column for f in baseline.new_findings(more)] == [46]


@pytest.mark.corpus
def test_fingerprints_are_the_shared_function(kb, monkeypatch):
    cli(["check", "--write-baseline", "b.json", "docs"], kb)
    monkeypatch.chdir(kb)
    baseline = Baseline.load(kb / "b.json")
    findings = lint_text("Please utilize it.\n", "docs/x.md")
    assert baseline.keyed(findings)[0][0] == fingerprints(findings)[0]  # paths already relative to b.json


@pytest.mark.corpus
def test_fixed_findings_are_reported_as_stale_and_dropped_on_rewrite(kb):
    page = kb / "docs" / "fixme.md"
    page.write_text("Please utilize the form prior to upgrading.\n", encoding="utf-8")
    cli(["check", "--write-baseline", "b.json", "docs"], kb)
    before = len(json.loads((kb / "b.json").read_text(encoding="utf-8"))["findings"])
    page.write_text("Please use the form before upgrading.\n", encoding="utf-8")
    result = cli(["check", "--baseline", "b.json", "docs"], kb)
    assert result.returncode == 0
    assert "b.json: 2 baseline entries no longer found (fixed or reworded, or their file deleted or renamed); " \
        "--write-baseline b.json drops them and records every new finding too" \
        in result.stderr
    cli(["check", "--baseline", "b.json", "--write-baseline", "b.json", "docs"], kb)
    assert len(json.loads((kb / "b.json").read_text(encoding="utf-8"))["findings"]) == before - 2


def test_baselined_findings_are_not_fixed(tmp_path):
    page = tmp_path / "a.md"
    page.write_text("Please utilize the form.\n", encoding="utf-8")
    cli(["check", "--write-baseline", "b.json", "a.md"], tmp_path)
    page.write_text("Please utilize the form. Simply click Save.\n", encoding="utf-8")
    result = cli(["check", "--baseline", "b.json", "--fix", "a.md"], tmp_path)
    assert page.read_text(encoding="utf-8") == "Please utilize the form. Click Save.\n"
    assert result.returncode == 0


def test_bad_baseline_is_one_line_error(tmp_path):
    (tmp_path / "a.md").write_text("Plain.\n", encoding="utf-8")
    (tmp_path / "b.json").write_text("[]", encoding="utf-8")
    result = cli(["check", "--baseline", "b.json", "a.md"], tmp_path)
    assert result.returncode == 2 and result.stderr.strip().count("\n") == 0 and "not a plainlint baseline" in result.stderr
    result = cli(["check", "--baseline", "missing.json", "a.md"], tmp_path)
    assert result.returncode == 2 and ": error: baseline file not found" in result.stderr
    result = cli(["check", "--write-baseline", "no-such-folder/b.json", "a.md"], tmp_path)
    assert result.returncode == 2 and result.stderr.startswith("no-such-folder/b.json: error: ")
    with pytest.raises(BaselineError):
        Baseline.load(tmp_path / "missing.json")


def _recorded(tmp_path, text):
    """A baseline written for `text` in a.md, as --write-baseline writes it."""
    page = tmp_path / "a.md"
    page.write_text(text, encoding="utf-8")
    assert cli(["check", "--write-baseline", "b.json", "a.md"], tmp_path).returncode == 0
    return page


def _new_lines(tmp_path, *extra):
    """(line, rule) of each finding of a.md that b.json does not cover."""
    result = cli(["check", "--baseline", "b.json", "--format", "json", *extra, "a.md"], tmp_path)
    return [(f["line"], f["rule"]) for f in json.loads(result.stdout)]


# A page with one known 'utilize', then the same page with a new 'utilize' written above it.
KNOWN = "# Forms\n\nYou can utilize the old form for refunds.\n"
ADDED_ABOVE = "# Forms\n\nPlease utilize the new form today.\n\nYou can utilize the old form for refunds.\n"


def test_the_same_words_added_above_a_known_finding_are_the_new_one(tmp_path):
    _recorded(tmp_path, KNOWN).write_text(ADDED_ABOVE, encoding="utf-8")
    # The rank alone called the line-3 finding known and the moved one at line 5 new.
    assert _new_lines(tmp_path) == [(3, "jargon")]


def test_an_old_baseline_without_context_prefers_the_nearest_line(tmp_path):
    _recorded(tmp_path, "# Forms\n\n" + "Plain text here.\n\n" * 4 + "You can utilize the old form.\n")
    data = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))
    for row in data["findings"]:
        assert "context_fingerprint" in row
        del row["context_fingerprint"]
    (tmp_path / "b.json").write_text(json.dumps(data), encoding="utf-8")
    (tmp_path / "a.md").write_text("# Forms\n\nPlease utilize the form.\n\n" + "Plain text here.\n\n" * 4
                                   + "You can utilize the old form.\n", encoding="utf-8")
    assert _new_lines(tmp_path) == [(3, "jargon")]


def test_each_entry_matches_once_and_a_reworded_sentence_still_matches_on_its_line(tmp_path):
    page = _recorded(tmp_path, "Please utilize the form.\n\nYou may utilize the app.\n")
    page.write_text("Please utilize this form.\n\nYou may utilize the app.\n\nYou may utilize the app.\n",
                    encoding="utf-8")
    # line 3 matches by context (the nearer of two), line 1 (reworded, same line) by text and
    # line: line 5, a copy of line 3, is new. Matching by rank alone (before context) gave the
    # same answer: this guards what context matching had to keep.
    assert _new_lines(tmp_path) == [(5, "jargon")]


def test_baselined_occurrence_is_not_fixed_when_the_same_words_are_added_above(tmp_path):
    page = _recorded(tmp_path, KNOWN)
    page.write_text(ADDED_ABOVE, encoding="utf-8")
    cli(["check", "--baseline", "b.json", "--fix", "a.md"], tmp_path)
    assert page.read_text(encoding="utf-8") == ("# Forms\n\nPlease use the new form today.\n\n"
                                                "You can utilize the old form for refunds.\n")


def test_a_failed_baseline_write_names_the_baseline_not_fixes(tmp_path, full_disk):
    (tmp_path / "doc.md").write_text("Please utilize the form.\n", encoding="utf-8")
    result = run_cli(["check", "--no-cache", "--write-baseline", "base.json", "doc.md"], tmp_path)
    assert result.returncode == 2
    assert "base.json: error: cannot write the baseline: No space left on device; left unchanged" in result.stderr


# fixu33 (user33 defect 5): entries of a file deleted or renamed under the paths a run checks are no
# longer found either; a run that names other files says nothing of them. The hint says that rewriting
# the baseline also records every new finding.
def _help_with_baseline(tmp_path):
    (tmp_path / "help").mkdir()
    (tmp_path / "help" / "a.md").write_text("Please utilize the form.\n", encoding="utf-8")
    (tmp_path / "help" / "b.md").write_text("Please utilize the portal.\n\nWe will commence the refund.\n",
                                            encoding="utf-8")
    assert cli(["check", "--write-baseline", "base.json", "help"], tmp_path).returncode == 0


def test_entries_of_a_deleted_file_are_no_longer_found(tmp_path):
    _help_with_baseline(tmp_path)
    (tmp_path / "help" / "b.md").unlink()
    result = cli(["check", "--baseline", "base.json", "help"], tmp_path)
    assert result.returncode == 0
    assert "base.json: 2 baseline entries no longer found (fixed or reworded, or their file deleted or renamed)" \
        in result.stderr
    assert "records every new finding too" in result.stderr
    named = cli(["check", "--baseline", "base.json", "help/a.md"], tmp_path)
    assert "no longer found" not in named.stderr  # b.md is not among the paths checked


def test_a_renamed_file_keeps_its_recorded_findings(tmp_path):
    # user35: `git mv` of an article (routine in a help centre) failed a pre-commit hook run with
    # --baseline: every recorded finding of the file was new under its new path.
    _help_with_baseline(tmp_path)
    (tmp_path / "help" / "b.md").rename(tmp_path / "help" / "c.md")
    result = cli(["check", "--baseline", "base.json", "--format", "json", "."], tmp_path)
    assert json.loads(result.stdout) == [] and result.returncode == 0
    assert "no longer found" not in result.stderr
    (tmp_path / "help" / "c.md").write_text("Please utilize the portal.\n\nWe will commence the refund.\n\n"
                                            "You can facilitate it.\n", encoding="utf-8")
    moved = cli(["check", "--baseline", "base.json", "--format", "json", "help/c.md"], tmp_path)  # as pre-commit runs
    assert [(f["path"], f["line"]) for f in json.loads(moved.stdout)] == [("help/c.md", 5)]  # only the new one


@pytest.mark.parametrize("mode", ["--fix", "--diff"])
def test_a_renamed_file_keeps_its_recorded_findings_when_fixing(tmp_path, mode):
    # rev36: --fix and --diff ask the baseline which findings are new before the report asks
    # again; the second time the renamed file's own claim on its old path hid that path from it,
    # so every recorded finding was new (and --fix would have fixed them)
    _help_with_baseline(tmp_path)
    (tmp_path / "help" / "b.md").rename(tmp_path / "help" / "c.md")
    before = (tmp_path / "help" / "c.md").read_text(encoding="utf-8")
    result = cli(["check", "--baseline", "base.json", mode, "--format", "json", "."], tmp_path)
    assert json.loads(result.stdout or "[]") == [] and result.returncode == 0
    assert "no longer found" not in result.stderr
    assert (tmp_path / "help" / "c.md").read_text(encoding="utf-8") == before


def test_a_new_file_is_not_a_deleted_one_unless_it_repeats_most_of_its_findings(tmp_path):
    _help_with_baseline(tmp_path)
    (tmp_path / "help" / "b.md").unlink()
    (tmp_path / "help" / "c.md").write_text("Please utilize the portal.\n\nYou can facilitate it.\n\n"
                                            "We endeavour to help.\n", encoding="utf-8")
    result = cli(["check", "--baseline", "base.json", "--format", "json", "."], tmp_path)
    # one of b.md's two findings (below half of c.md's) is not enough: c.md is a new page
    assert sorted((f["path"], f["line"]) for f in json.loads(result.stdout)) == [
        ("help/c.md", 1), ("help/c.md", 3), ("help/c.md", 5)]
    assert "base.json: 2 baseline entries no longer found" in result.stderr


def test_a_deleted_file_is_claimed_by_one_renamed_copy_only(tmp_path):
    _help_with_baseline(tmp_path)
    text = (tmp_path / "help" / "b.md").read_text(encoding="utf-8")
    (tmp_path / "help" / "b.md").rename(tmp_path / "help" / "c.md")
    (tmp_path / "help" / "d.md").write_text(text, encoding="utf-8")
    result = cli(["check", "--baseline", "base.json", "--format", "json", "help"], tmp_path)
    assert sorted((f["path"], f["line"]) for f in json.loads(result.stdout)) == [("help/d.md", 1), ("help/d.md", 3)]


LONG = ("Thanks for your message about the refund for your annual plan, which we utilize our billing partner "
        "to process and which normally reaches your card within five to seven business days after we approve it.\n")


def test_editing_a_word_of_a_recorded_long_sentence_keeps_its_sentence_length_finding_recorded(tmp_path):
    # user34: the sentence is sentence-length's flagged text, so replacing its jargon made the
    # (still long) sentence "new" and failed CI for a writer who improved legacy wording.
    page = _recorded(tmp_path, "# Refunds\n\n" + LONG)
    page.write_text("# Refunds\n\n" + LONG.replace("we utilize our billing partner to process",
                                                   "our billing partner processes"), encoding="utf-8")
    assert _new_lines(tmp_path) == []
    result = cli(["check", "--baseline", "b.json", "a.md"], tmp_path)
    assert "1 baseline entry no longer found" in result.stderr  # the jargon finding, fixed


def test_a_recorded_long_sentence_moved_down_and_edited_keeps_its_finding_recorded(tmp_path):
    # user35: a paragraph added above and a word changed in the sentence (the usual edit) made
    # its sentence-length finding new: the unit pass matched on the same line only.
    page = _recorded(tmp_path, "# Refunds\n\n" + LONG)
    page.write_text("# Refunds\n\nWe answer within a day.\n\n" + LONG.replace("annual plan", "yearly plan"),
                    encoding="utf-8")
    assert _new_lines(tmp_path, "--select", "sentence-length") == []


OTHER_LONG = ("Our team reviews every request for a partial credit by hand, which means that the answer you get "
              "from us can take a little longer than usual during the busy weeks at the end of each quarter.\n")


def test_another_long_sentence_added_above_a_recorded_one_is_new(tmp_path):
    # The recorded sentence keeps its entry; the new one, whose words differ, is new (not paired
    # with the recorded entry by being nearer to its old line).
    page = _recorded(tmp_path, "# Refunds\n\n" + LONG)
    page.write_text("# Refunds\n\n" + OTHER_LONG + "\n" + LONG.replace("annual plan", "yearly plan"), encoding="utf-8")
    assert _new_lines(tmp_path, "--select", "sentence-length") == [(3, "sentence-length")]


def test_a_new_word_finding_on_a_recorded_line_is_still_new(tmp_path):
    # Only rules that flag a whole unit are matched by line: a word-list finding is its words.
    page = _recorded(tmp_path, "# Refunds\n\n" + LONG)
    page.write_text("# Refunds\n\n" + LONG.replace("after we approve it", "after we facilitate it"),
                    encoding="utf-8")
    assert _new_lines(tmp_path) == [(3, "jargon")]

# user34 defect 10: the document-level reading-level finding moved from a first paragraph with no
# sentence (a DocFX include, an "Original KB number" line) to the first that holds one. A baseline
# written before records the old anchor's text; the one document finding still matches it.
HARD_PAGE = ("---\ntitle: Queue\n---\n\n[!INCLUDE [availability](../includes/availability.md)]\n\n"
             + "The consolidated operational dashboard aggregates representative availability, conversation "
             "throughput and abandonment percentages for every configured organizational queue.\n\n" * 6)


def test_a_document_finding_recorded_on_its_old_anchor_still_matches(tmp_path):
    page = _recorded(tmp_path, HARD_PAGE)
    data = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))
    [row] = [row for row in data["findings"] if row["code"] == "PL301"]
    assert row["line"] == 7  # the document's finding, on the first paragraph with a sentence
    # As written before the anchor moved: on line 5, the include's text, no context fingerprint.
    row.update(line=5, text="[!INCLUDE [availability](../includes/availability.md)]")
    del row["context_fingerprint"]
    (tmp_path / "b.json").write_text(json.dumps(data), encoding="utf-8")
    assert page.exists() and _new_lines(tmp_path, "--select", "reading-level") == []
