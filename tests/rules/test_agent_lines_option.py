"""bad-news-tone and hold-without-asking read an article's agent lines through one helper
(rev17: the option, and the loop that skips a segment holding no line, were written in both)."""

import pytest

from plainlint.reading.readers import read_document
from plainlint.reading.source import Source
from plainlint.rules import agent_lines
from plainlint.rules.bad_news import BadNewsTone
from plainlint.rules.hold import HoldWithoutAsking

ARTICLE = '# Chat tips\n\nKeep it short.\n\n"Let me put you on hold while I check."\n\nThe agent waits.\n'


@pytest.mark.parametrize("rule", [BadNewsTone, HoldWithoutAsking])
def test_both_rules_declare_the_one_option(rule):
    assert rule.options is agent_lines.AGENT_LINES_ONLY
    assert rule.per_kind == {"article": {"agent-lines-only": True}}


def test_said_segments_gives_only_the_agents_lines_when_asked():
    doc = read_document(Source("tips.md", ARTICLE), "markdown", detect_language=False)
    said = list(agent_lines.said_segments(doc, {"agent-lines-only": True}))
    assert [(segment.text, lines) for segment, lines in said] == [
        ('"Let me put you on hold while I check."', [(0, 39)])]
    every = list(agent_lines.said_segments(doc, {"agent-lines-only": False}))
    assert [segment for segment, _ in every] == list(doc.segments)
    assert all(lines is None for _, lines in every)
