"""File names that are not UTF-8 (a Linux folder copied from an old Windows share, say): every
report format and the baseline handle them; SARIF and GitLab crashed encoding the name."""

import json
import os
import re
import sys

import pytest

from plhelpers import run_cli

FORMATS = ["text", "concise", "json", "jsonl", "sarif", "github", "gitlab", "checkstyle", "junit", "rdjson"]

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="file names of any bytes are a Linux file system's")


@pytest.fixture
def latin1_named(tmp_path):
    (tmp_path / os.fsdecode(b"caf\xe9.md")).write_text("Please utilize the form.\n")
    return tmp_path


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_reports_a_file_whose_name_is_not_utf8(latin1_named, fmt):
    result = run_cli(["check", "--no-cache", "--format", fmt, "."], latin1_named)
    assert (result.returncode, result.stderr) == (1, "")
    # and the report names it: its byte 0xE9 as SARIF's %E9, the JSON formats' \udce9 escape, else
    # as itself (read back here as U+FFFD)
    assert re.search(r"caf(?:\ufffd|%E9|\\udce9)\.md", result.stdout), result.stdout


def test_sarif_names_the_file_by_its_own_bytes(latin1_named):
    report = json.loads(run_cli(["check", "--no-cache", "--format", "sarif", "."], latin1_named).stdout)
    location = report["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location["uri"] == "caf%E9.md"


def test_a_baseline_records_and_matches_a_file_whose_name_is_not_utf8(latin1_named):
    assert run_cli(["check", "--no-cache", "--write-baseline", "b.json", "."], latin1_named).returncode == 0
    result = run_cli(["check", "--no-cache", "--baseline", "b.json", "."], latin1_named)
    assert (result.returncode, result.stderr) == (0, "")


@pytest.mark.parametrize("fmt, written", [("text", b"caf\xe9.md"), ("json", b"caf\\udce9.md")])
def test_a_report_file_keeps_the_name_s_own_bytes(latin1_named, fmt, written):
    """Text as the name's bytes; JSON as an escape, to stay UTF-8 (tests/output/test_json_file_names.py)."""
    result = run_cli(["check", "--no-cache", "--format", fmt, "-o", "report.txt", "."], latin1_named)
    assert (result.returncode, result.stderr) == (1, "")
    assert written in (latin1_named / "report.txt").read_bytes()
