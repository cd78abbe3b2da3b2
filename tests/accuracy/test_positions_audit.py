"""scripts/positions_audit.py: a finding's span in the file on disk is the text it quotes."""

from __future__ import annotations

from pathlib import Path

from plainlint.config import ConfigTree, Selection, load_config

from plhelpers import script_module

audit = script_module("scripts/positions_audit.py")


def audited(path: Path) -> list[tuple[str, str, str | None]]:
    tree = ConfigTree(load_config(None), Selection(None, [], []))
    return [(kind, finding.flagged, span) for kind, finding, span in audit.audit_file(path, tree)]


def test_a_span_one_column_off_is_a_mismatch():
    lines = ["Please utilize the form."]
    assert audit.verdict(audit.span_text(lines, 1, 8, 1, 15), "utilize", "markdown") == "exact"
    assert audit.verdict(audit.span_text(lines, 1, 9, 1, 16), "utilize", "markdown") == "mismatch"
    assert audit.verdict(audit.span_text(lines, 2, 1, 2, 5), "utilize", "markdown") == "mismatch"  # off the file


def test_escapes_entities_and_markup_are_decoded_not_mismatches(tmp_path):
    macro = tmp_path / "replies.json"
    macro.write_bytes(b'{"body": "Caf\\u00e9 \\"tips\\":\\r\\nplease utilize the form and we apologize for any inconvenience."}\r\n')
    article = tmp_path / "a.md"
    article.write_text("Caf&eacute; **please** utilize `x` and we *apologize* for any inconvenience.\n", encoding="utf-8")
    rows = audited(macro) + audited(article)
    assert {kind for kind, _, _ in rows} <= {"exact", "decoded", "markup"} and len(rows) >= 4
    assert ("markup", "we apologize for any inconvenience", "we *apologize* for any inconvenience") in rows


def test_crlf_and_non_ascii_lines_are_counted_as_an_editor_does(tmp_path):
    path = tmp_path / "a.md"
    path.write_bytes("Ça va.\r\n\r\n😀 Please utilize the form.\r".encode("utf-8"))
    assert audit.original_lines(path, None)[2] == "😀 Please utilize the form."
    assert [kind for kind, flagged, _ in audited(path) if flagged == "utilize"] == ["exact"]
