"""Spelling's tree terms deferred while workers lint (speed34, linting/tree_deferral.py): a run
linted with the terms deferred and settled after the tree pass gives the bytes the old order
gives (the pass first). In this process: `Run._overlapped` forced on with `--jobs 1` lints every
file deferred, then runs the pass, then settles (parallel.lint_overlapped). A test of a dropped
finding also checks that settle dropped it (not the old order), and the unused-directive test
fails when an ENTANGLED file is not linted again. The pages are this project's own sentences."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from plainlint.running import parallel
from plainlint.running.run import Run, RunOptions
from plhelpers import DICTIONARY_MODE, DICTIONARY_RULES, run_cli
from test_tree_pass import SLIP_PAGES, write  # a slip the tree's other pages spell right, on three pages

# A term (a stream multiplexer) on two pages, four times in all, once as a possessive.
TERM_PAGES = {
    "recording.md": "# Recording\n\nThe muxer joins the audio and video streams into one file.\n",
    "streams.md": "# Streams\n\nPick a muxer for each camera. A muxer that fails stops the recording. "
                  "The muxer's buffer is small.\n",  # the possessive: the part before its apostrophe
}
# mode: confident reports a slip the page writes once that no other file writes: 'recieve' is a
# known misspelling (always reported), 'schedlue' is written on two pages, 'calender' on one.
CONFIDENT_PAGES = {
    "billing.md": "# Billing\n\nYou will recieve the invoice on the schedlue you chose.\n",
    "plans.md": "# Plans\n\nChange the schedlue of your plan at any time.\n",
    "events.md": "# Events\n\nAdd the event to your calender before the call.\n",
}


def report(folder: Path, args: list[str], monkeypatch, deferred: bool) -> tuple[str, list]:
    """The JSON report, and (findings before, after) of each result the deferred path settled."""
    settled = []
    with monkeypatch.context() as patch:
        if deferred:
            patch.setattr(Run, "_overlapped", lambda self, jobs: True)
            original = parallel.settle

            def spied(findings, tagged, terms):
                after = original(findings, tagged, terms)
                settled.append((len(findings), len(after)))
                return after
            patch.setattr(parallel, "settle", spied)
        result = run_cli(["check", "--jobs", "1", "--no-cache", "--format", "json", "--exit-zero", *args], folder)
    assert result.returncode == 0, result.stderr
    return result.stdout, settled


def same_both_ways(folder: Path, args: list[str], monkeypatch) -> tuple[list, list]:
    """The old order's findings (rule, flagged text), checked to be the deferred path's bytes, and
    what the deferred path settled."""
    old, _ = report(folder, args, monkeypatch, deferred=False)
    new, settled = report(folder, args, monkeypatch, deferred=True)
    assert new == old
    found = [(f["rule"], f.get("flagged") or f["message"]) for entry in json.loads(old) for f in _findings(entry)]
    return found, settled


def _findings(entry):
    return entry["findings"] if isinstance(entry, dict) and "findings" in entry else [entry]


def words(found: list) -> str:
    return " ".join(text for _, text in found)


def test_a_term_in_two_files_is_dropped_and_a_copied_slip_kept(tmp_path, monkeypatch):
    write(tmp_path, {**TERM_PAGES, **SLIP_PAGES})
    found, settled = same_both_ways(tmp_path, [*DICTIONARY_MODE, "--select", "PL502", "."], monkeypatch)
    assert "muxer" not in words(found) and words(found).count("notifcation") == 3
    assert any(before > after for before, after in settled)  # the term's findings, dropped by settle


def test_a_page_outside_the_tree_named_anyway(tmp_path, monkeypatch):
    """A page the config excludes is read, not counted: its own 'muxer' adds nothing to the tree's."""
    write(tmp_path, {**TERM_PAGES, "outside.md": "# Outside\n\nA muxer here too, and a muxer there.\n"})
    (tmp_path / ".plainlint.yaml").write_text("select: [PL502]\nexclude: [outside.md]\n" + DICTIONARY_RULES,
                                              encoding="utf-8")
    found, settled = same_both_ways(tmp_path, ["outside.md", "streams.md"], monkeypatch)
    assert "muxer" not in words(found) and any(before > after for before, after in settled)


def test_a_config_tree_bigger_than_the_run(tmp_path, monkeypatch):
    """One page named: its terms come from files the run does not lint."""
    write(tmp_path, {**TERM_PAGES, **SLIP_PAGES})
    (tmp_path / ".plainlint.yaml").write_text("select: [PL502]\n" + DICTIONARY_RULES, encoding="utf-8")
    found, settled = same_both_ways(tmp_path, ["recording.md", "alerts.md"], monkeypatch)
    assert "muxer" not in words(found) and "notifcation" in words(found)
    assert any(before > after for before, after in settled)


def test_confident_mode_drops_a_slip_another_file_writes(tmp_path, monkeypatch):
    write(tmp_path, CONFIDENT_PAGES)
    found, settled = same_both_ways(tmp_path, ["--select", "PL502", "--rule-option", "spelling.mode=confident", "."],
                                    monkeypatch)
    assert "schedlue" not in words(found)  # two files write it
    assert "calender" in words(found) and words(found).count("recieve") == 1
    assert any(before > after for before, after in settled)


def test_an_unused_directive_over_a_term_is_reported_as_before(tmp_path, monkeypatch):
    """The directive silences the term's finding only while the terms are deferred: with PL905
    on, the file is linted again once the terms are known (ENTANGLED), and the directive is unused."""
    write(tmp_path, {**TERM_PAGES, "setup.md": "# Setup\n\n<!-- plainlint-disable-next-line spelling -->\n"
                                                "Each muxer needs its own port.\n"})
    found, _ = same_both_ways(tmp_path, [*DICTIONARY_MODE, "--select", "PL502,PL905", "."], monkeypatch)
    assert [rule for rule, _ in found] == ["unused-directive"]


def test_a_variant_and_the_terms_together(tmp_path, monkeypatch):
    write(tmp_path, {**TERM_PAGES, **SLIP_PAGES, "colour.md": "# Colour\n\nPick a colour for the muxer.\n"})
    found, settled = same_both_ways(tmp_path, [*DICTIONARY_MODE, "--select", "PL502", "--rule-option",
                                               "spelling.variant=en-US", "."], monkeypatch)
    assert "colour" in words(found) and "muxer" not in words(found)
    assert any(before > after for before, after in settled)


def test_a_cold_and_a_warm_cache_give_the_deferred_bytes(tmp_path, monkeypatch):
    """A run with the result cache keeps the old order (its keys hold each page's terms): cold,
    then warm, it gives what the deferred `--no-cache` run gives."""
    write(tmp_path, {**TERM_PAGES, **SLIP_PAGES, **CONFIDENT_PAGES})
    args = ["--select", "PL502", "."]
    deferred, settled = report(tmp_path, args, monkeypatch, deferred=True)
    assert any(before > after for before, after in settled)
    cached = ["check", "--jobs", "1", "--format", "json", "--exit-zero", *args]
    cold = run_cli(cached, tmp_path)
    assert (tmp_path / ".plainlint_cache").is_dir()
    warm = run_cli(cached, tmp_path)
    assert cold.stdout == warm.stdout == deferred and "'muxer'" not in deferred and "'schedlue'" not in deferred


@pytest.mark.parametrize("change", [{"cache": True}, {"fix": True}, {"diff": True}, {"jobs": 1}, {"tree_evidence": False}])
def test_the_old_order_where_the_terms_cannot_wait(change):
    """A result cache keys its entries on the terms; the fixer re-lints with them; one job has no
    worker to overlap."""
    jobs = [(object(), None)] * parallel.IN_PROCESS_BELOW
    assert Run(RunOptions(paths=[], cache=False, jobs=2), None)._overlapped(jobs)
    options = {"paths": [], "cache": False, "jobs": 2, **change}
    assert not Run(RunOptions(**options), None)._overlapped(jobs)


def test_the_old_order_for_standard_input_and_few_files():
    run = Run(RunOptions(paths=[], cache=False, jobs=2), None)
    assert not run._overlapped([(object(), b"text")] + [(object(), None)] * parallel.IN_PROCESS_BELOW)
    assert not run._overlapped([(object(), None)] * (parallel.IN_PROCESS_BELOW - 1))


@pytest.mark.process
def test_workers_lint_with_the_terms_deferred_and_give_the_serial_bytes(tmp_path):
    """With two workers (IN_PROCESS_BELOW files or more, no cache) the tree pass runs while they
    lint: a worker that lints without the terms reports 'muxer', which `--jobs 1` does not."""
    pages = {**TERM_PAGES, **SLIP_PAGES, **CONFIDENT_PAGES,
             "setup.md": "# Setup\n\n<!-- plainlint-disable-next-line spelling -->\nEach muxer needs its own port.\n"}
    pages.update({f"more/page{n:02}.md": f"# Page {n}\n\nThe muxer sends a notifcation on page {n}.\n" for n in range(12)})
    write(tmp_path, pages)
    args = ["check", "--no-cache", "--format", "json", "--exit-zero", "--select", "PL502,PL905", "."]
    serial = run_cli([*args, "--jobs", "1"], tmp_path, process=True)
    parallel_run = run_cli([*args, "--jobs", "2"], tmp_path, process=True)
    assert serial.returncode == parallel_run.returncode == 0, parallel_run.stderr
    assert parallel_run.stdout == serial.stdout
    assert "'muxer'" not in serial.stdout and "'notifcation'" in serial.stdout and "unused-directive" in serial.stdout


class _InProcessWorkers:
    """parallel._Workers without processes: each batch linted at once, in this process."""

    submitted: list[int] = []

    def __init__(self, job, jobs):
        self.job = job

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def submit(self, batch):
        from concurrent.futures import Future

        future = Future()
        future.set_result([self.job.lint_fresh(candidate, probe) for candidate, probe in batch])
        _InProcessWorkers.submitted.append(len(batch))
        return future


def test_the_files_sent_before_the_pass_are_bounded_and_the_results_in_order(tmp_path, monkeypatch):
    """A third of the run's files (at least the usual window) go to the workers before the pass,
    the rest after it with the window; results come in the run's order, settled."""
    pages = {**TERM_PAGES, **SLIP_PAGES}
    pages.update({f"more/page{n:03}.md": f"# Page {n}\n\nThe muxer sends a notifcation on page {n}.\n" for n in range(32)})
    write(tmp_path, pages)
    monkeypatch.setattr(parallel, "_Workers", _InProcessWorkers)
    monkeypatch.setattr(parallel, "AHEAD_MAX", 16)
    _InProcessWorkers.submitted = []
    sent_before = []

    def tree_pass_spy():
        sent_before.append(sum(_InProcessWorkers.submitted))
        from plainlint.running import tree_pass

        tree_pass.first_pass(resolver, jobs)

    monkeypatch.chdir(tmp_path)
    from plainlint.config import ConfigTree, Selection, load_config
    from plainlint.running.discovery import Candidate

    resolver = ConfigTree(load_config(None), Selection(["PL502"], [], [], {"spelling": {"mode": "dictionary"}}))
    names = sorted(pages)
    jobs = [(Candidate(tmp_path / name, name, False), None) for name in names]
    job = parallel.LintJob(resolver, None)
    results = list(parallel.lint_overlapped([candidate for candidate, _ in jobs], job, 2, tree_pass_spy))
    assert sent_before == [16] and sum(_InProcessWorkers.submitted) == len(names) - parallel.CHUNK
    assert [result.path for result in results] == names
    assert not any("'muxer'" in finding.message for result in results for finding in result.findings)
    assert sum("'notifcation'" in finding.message for result in results for finding in result.findings) == 35
