"""A file name that is not UTF-8 in the JSON formats: an escape (`\\udce9`, Python's
surrogateescape), so the report is valid UTF-8 JSON and `json.load` gives back the name whose
bytes `os.fsencode` returns. The name's raw bytes made the report invalid UTF-8: Python's
`json.load` on it, Node's `JSON.parse` and GitLab's and reviewdog's readers refused it or
mangled the name."""

import json
import os
import sys

import pytest

from plhelpers import run_cli

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="file names of any bytes are a Linux file system's")
NAME = os.fsdecode(b"caf\xe9.md")


def paths(fmt: str, report: str) -> list[str]:
    if fmt == "jsonl":
        return [json.loads(line)["path"] for line in report.splitlines()]
    data = json.loads(report)
    if fmt == "gitlab":
        return [issue["location"]["path"] for issue in data]
    if fmt == "rdjson":
        return [d["location"]["path"] for d in data["diagnostics"]]
    return [finding["path"] for finding in data]


@pytest.mark.parametrize("fmt", ["json", "jsonl", "gitlab", "rdjson"])
def test_a_json_report_is_utf8_and_gives_back_the_name(tmp_path, fmt):
    (tmp_path / NAME).write_text("Please utilize the form.\n")
    result = run_cli(["check", "--no-cache", "--format", fmt, "-o", "report.out", "."], tmp_path)
    assert result.returncode == 1
    report = (tmp_path / "report.out").read_bytes().decode("utf-8")  # strict: raw \xe9 fails here
    assert [os.fsencode(path) for path in paths(fmt, report)] == [b"caf\xe9.md"]


@pytest.mark.parametrize("documents", ["inline", "folder"])
def test_the_health_report_names_a_file_whose_name_is_not_utf8(tmp_path, documents):
    """`plainlint report` stopped with a traceback (UnicodeEncodeError) on such a name. The page
    shows the name's escape; report.json holds it as the JSON formats do, so --compare matches it."""
    (tmp_path / NAME).write_text("Please utilize the form.\n")
    result = run_cli(["report", "--documents", documents, "-o", "out/report.html", "."], tmp_path)
    assert (result.returncode, result.stderr.count("Traceback")) == (0, 0)
    pages = [tmp_path / "out" / "report.html", *sorted((tmp_path / "out").glob("report-documents/doc-*.html"))]
    assert any("caf\\udce9.md" in page.read_bytes().decode("utf-8") for page in pages)
    data = json.loads((tmp_path / "out" / "report.json").read_bytes().decode("utf-8"))
    assert [os.fsencode(d["path"]) for d in data["documents"]] == [b"caf\xe9.md"]
    again = run_cli(["report", "--compare", "out/report.json", "-o", "out2/report.html", "."], tmp_path)
    assert again.returncode == 0
