"""Messages of the structure rules that the span-only rule cases cannot pin down."""

from plainlint.rules.heading_levels import ordinal
from plhelpers import lint_text


def test_ordinals():
    assert [ordinal(n) for n in (2, 3, 4, 11, 12, 13, 21, 22, 23, 101)] == [
        "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "101st"]


def test_third_h1_is_called_the_third():
    findings = [f for f in lint_text("# A\n\n# B\n\n# C\n", "doc.md") if f.rule == "heading-levels"]
    assert [f.message.split(" in this document")[0] for f in findings] == [
        "Another h1 (the 2nd)", "Another h1 (the 3rd)"]


def test_layout_finding_counts_nested_tables():
    text = ("<table width=\"100%\"><tr><td><table width=\"100%\"><tr><td><table><tr><td>Hi</td></tr>"
            "</table></td></tr></table></td></tr></table>\n")
    findings = [f for f in lint_text(text, "email.html") if f.rule == "table-headers"]
    assert len(findings) == 1
    assert "the 2 layout tables nested in it" in findings[0].message
