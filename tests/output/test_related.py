"""`related` locations (issue 35): the other places a finding's message refers to, in the JSON
finding, as SARIF `relatedLocations` (validated against the official schema) and, in the
language server, as `relatedInformation` (tests/server/test_server_actions.py)."""

from __future__ import annotations

import json

from plhelpers import require_schemas, run_cli as run
from test_formats import validator

LINKS = ("# Café — billing 😀\n\n"
         "Open [billing](https://a.example/billing) first.\n\n"
         "Later, Café 😀 — open [billing](https://b.example/other) again.\n")
COLOURS = ('<p style="color:#999999">Your invoice is attached.</p>\n'
           "<p>Readable text.</p>\n"
           '<p>Caf&eacute; — <span style="color:#999999">Pay now</span></p>\n'
           '<p style="color:#999999">Thanks.</p>\n')


def related_of(findings, code):
    return [(f["line"], f["column"], f["related"]) for f in findings if f["code"] == code]


def test_json_related_for_link_text_and_contrast(tmp_path):
    (tmp_path / "links.md").write_text(LINKS, encoding="utf-8")
    (tmp_path / "mail.html").write_text(COLOURS, encoding="utf-8")
    findings = json.loads(run(["check", "--no-cache", "--format", "json", "links.md", "mail.html"], tmp_path).stdout)
    assert all(isinstance(f["related"], list) for f in findings)
    # The second "billing" link goes elsewhere: its related location is the first link's text.
    [(line, column, related)] = related_of(findings, "PL403")
    assert (line, column) == (5, 23)
    assert related == [{"path": "links.md", "line": 3, "column": 7, "end_line": 3, "end_column": 14,
                        "message": "the other link with the text 'billing'"}]
    # One finding for the colour pair, its other uses as related locations (through the entity).
    [(line, column, related)] = related_of(findings, "PL409")
    assert (line, column) == (1, 26)
    assert [(r["line"], r["column"], r["end_line"], r["end_column"]) for r in related] == [(3, 46, 3, 53), (4, 26, 4, 33)]
    assert all(r["path"] == "mail.html" and "#999999" in r["message"] for r in related)
    lines = COLOURS.splitlines()
    assert [lines[r["line"] - 1][r["column"] - 1:r["end_column"] - 1] for r in related] == ["Pay now", "Thanks."]
    assert {f["code"]: f["related"] for f in findings if f["code"] not in ("PL403", "PL409")} == \
        {f["code"]: [] for f in findings if f["code"] not in ("PL403", "PL409")}


def test_sarif_related_locations_validate(tmp_path):
    schemas = require_schemas()
    (tmp_path / "links.md").write_text(LINKS, encoding="utf-8")
    (tmp_path / "mail.html").write_text(COLOURS, encoding="utf-8")
    log = json.loads(run(["check", "--no-cache", "--format", "sarif", "links.md", "mail.html"], tmp_path).stdout)
    errors = sorted(validator(schemas / "sarif-schema-2.1.0.json").iter_errors(log), key=str)
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:5])
    findings = json.loads(run(["check", "--no-cache", "--format", "json", "links.md", "mail.html"], tmp_path).stdout)
    expected = {(f["code"], f["line"], f["column"]): [(r["line"], r["column"], r["end_line"], r["end_column"],
                                                        r["message"]) for r in f["related"]] for f in findings}
    found = {}
    for result in log["runs"][0]["results"]:
        start = result["locations"][0]["physicalLocation"]["region"]
        related = []
        for number, location in enumerate(result.get("relatedLocations", []), 1):
            assert location["id"] == number
            region = location["physicalLocation"]["region"]
            related.append((region["startLine"], region["startColumn"], region["endLine"], region["endColumn"],
                            location["message"]["text"]))
        found[(result["ruleId"], start["startLine"], start["startColumn"])] = related
    assert found == expected and any(found.values())


def test_cached_findings_keep_related(tmp_path):
    (tmp_path / "links.md").write_text(LINKS, encoding="utf-8")
    first = run(["check", "--format", "json", "links.md"], tmp_path).stdout
    second = run(["check", "--format", "json", "links.md"], tmp_path).stdout  # from the cache
    assert (tmp_path / ".plainlint_cache").is_dir()
    assert first == second and '"related": [{' in second


def test_the_related_link_is_quoted_as_written_there(tmp_path):
    """Texts that differ only in case or spacing are one text; the related location quoted the
    flagged link's own spelling, not the other link's."""
    (tmp_path / "links.md").write_text("See [Billing  Settings](/billing).\n\nOr [billing settings](/account).\n")
    findings = json.loads(run(["check", "--no-cache", "--format", "json", "links.md"], tmp_path).stdout)
    [(line, _, related)] = related_of(findings, "PL403")
    assert line == 3 and related[0]["message"] == "the other link with the text 'Billing Settings'"
