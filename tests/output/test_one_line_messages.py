"""A message is one line whatever the layout of the words it quotes (a new-user trial saw
"Passive voice 'is\\r\\n\\t\\tcaptured'" in JSON, SARIF and a GitHub annotation as a literal %0A)."""

from plainlint.linting.hit_to_finding import one_line
from plhelpers import lint_text


def test_a_quoted_span_across_lines_is_one_line_in_the_message():
    findings = lint_text("<p>The screen is\r\n\t\tcaptured by the tool.</p>\n", "page.html", None,
                         select=["passive-voice"])
    assert [f.message for f in findings] == ["Passive voice 'is captured': name the actor first and make it the subject"]


def test_one_line_keeps_single_spaces_and_joins_every_other_run():
    assert one_line("a b") == "a b"
    assert one_line("is\r\n\t\tcaptured  now\u2028then") == "is captured now then"
