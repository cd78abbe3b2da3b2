"""The examples/ report in headless Chromium: no console errors, keyboard sorting with aria-sort,
per-document views shown through :target. Screenshots go to test-artifacts/ (or
$PLAINLINT_ARTIFACTS). Skips where Chromium is absent, unless CI is set."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from cdp import Browser, find_chromium
from plhelpers import ROOT

pytestmark = [pytest.mark.slow, pytest.mark.process]


def artifacts() -> Path:
    folder = Path(os.environ.get("PLAINLINT_ARTIFACTS", ROOT / "test-artifacts"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="module")
def browser():
    executable = find_chromium()
    if executable is None:
        if os.environ.get("CI"):
            pytest.fail("Chromium not found and CI is set: .ci/run installs Debian's chromium package")
        pytest.skip("Chromium not found (apt-get install -y chromium); the browser test needs it")
    session = Browser(executable, width=1280, height=900)
    yield session
    session.close()


@pytest.fixture(scope="module")
def report_url(tmp_path_factory):
    out = tmp_path_factory.mktemp("browser") / "report.html"
    result = subprocess.run([sys.executable, "-m", "plainlint", "report", "examples", "-o", str(out),
                             "--title", "Help centre health report"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return out.as_uri()


GRADES = "Array.from(document.querySelectorAll('table[data-sortable] tbody tr')).map(r => parseFloat(r.cells[2].dataset.value))"
SORT_STATE = "Array.from(document.querySelectorAll('table[data-sortable] thead th')).map(th => th.getAttribute('aria-sort'))"


def test_report_renders_without_console_errors(browser, report_url):
    browser.open(report_url)
    assert browser.evaluate("document.documentElement.dataset.sortableReady") == "true"
    assert browser.evaluate("document.querySelectorAll('svg.chart').length") >= 3
    assert browser.evaluate("document.getElementById('sort-help').hidden") is False
    browser.screenshot(artifacts() / "report-overview.png", full_page=True)
    assert browser.errors == []


def test_sorting_by_keyboard_sets_aria_sort(browser, report_url):
    browser.open(report_url)
    browser.evaluate("document.querySelectorAll('table[data-sortable] thead th button')[2].focus()")
    assert browser.evaluate("document.activeElement.textContent") == "Grade"
    browser.key("Enter", "Enter", 13, "\r")
    grades = browser.evaluate(GRADES)
    assert grades == sorted(grades)
    assert browser.evaluate(SORT_STATE)[:3] == [None, None, "ascending"]
    browser.key(" ", "Space", 32, " ")
    assert browser.evaluate(GRADES) == sorted(grades, reverse=True)
    assert browser.evaluate(SORT_STATE)[2] == "descending"
    assert browser.evaluate("document.getElementById('sort-status').textContent") == "Sorted by Grade, descending."
    assert browser.errors == []


def test_document_view_shown_by_target(browser, report_url):
    browser.open(report_url)
    visible = "Array.from(document.querySelectorAll('.docview')).filter(s => getComputedStyle(s).display !== 'none').map(s => s.id)"
    assert browser.evaluate(visible) == []
    anchor = browser.evaluate("document.querySelector('a[href^=\"#doc-\"]').getAttribute('href')")
    browser.open(report_url + anchor)
    assert browser.evaluate(visible) == [anchor[1:]]
    # Following a finding's link keeps its document open (the section :has the target).
    browser.evaluate(f"document.querySelector('{anchor} .docfindings a').click()")
    assert browser.evaluate(visible) == [anchor[1:]]
    assert browser.evaluate(f"document.querySelectorAll('{anchor} mark').length") > 0
    browser.screenshot(artifacts() / "report-document.png")
    assert browser.errors == []


def test_console_errors_are_caught(browser, tmp_path):
    """The checks above would pass vacuously if errors were not recorded: prove they are."""
    page = tmp_path / "broken.html"
    page.write_text('<!DOCTYPE html><html lang="en"><title>x</title><script>console.error("deliberate");'
                    "noSuchFunction();</script></html>", encoding="utf-8")
    before = len(browser.errors)
    browser.open(page.as_uri())
    caught = browser.errors[before:]
    del browser.errors[before:]
    assert any("deliberate" in e for e in caught) and any("noSuchFunction" in e for e in caught), caught


def test_document_page_in_a_folder(browser, tmp_path):
    out = tmp_path / "report.html"
    result = subprocess.run([sys.executable, "-m", "plainlint", "report", "examples", "-o", str(out),
                             "--documents", "folder"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    browser.open(out.as_uri())
    href = browser.evaluate("document.querySelector('table[data-sortable] a').href")
    assert "/report-documents/doc-" in href
    browser.open(href)
    assert browser.evaluate("getComputedStyle(document.querySelector('pre')).whiteSpace") == "pre-wrap"
    assert browser.evaluate("getComputedStyle(document.querySelector('.docview')).display") == "block"
    assert browser.evaluate("document.querySelectorAll('mark').length") > 0
    assert browser.errors == []
