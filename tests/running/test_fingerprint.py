from plainlint.linting.findings import Finding
from plainlint.linting.fingerprint import fingerprints


def _finding(line, flagged, code="PL101", path="a.md"):
    return Finding(path=path, start=0, end=1, line=line, column=1, end_line=line, end_column=2,
                   rule="jargon", code=code, category="plain-language", severity="warning",
                   message="m", flagged=flagged)


def test_fingerprint_ignores_line_moves_and_whitespace():
    before = fingerprints([_finding(3, "utilize")])
    after = fingerprints([_finding(40, "utilize")])
    assert before == after
    assert fingerprints([_finding(1, "in  order\nto")]) == fingerprints([_finding(9, "in order to")])


def test_repeated_phrases_get_distinct_fingerprints():
    first, second = fingerprints([_finding(1, "utilize"), _finding(5, "utilize")])
    assert first != second
    assert fingerprints([_finding(5, "utilize")]) == [first]


def test_fingerprint_depends_on_path_code_and_text():
    base = fingerprints([_finding(1, "utilize")])
    assert fingerprints([_finding(1, "utilize", path="b.md")]) != base
    assert fingerprints([_finding(1, "utilize", code="PL102")]) != base
    assert fingerprints([_finding(1, "leverage")]) != base
