"""Which headings say that the short units under them are lines to say (hold17): the agent-line
reading of bad-news-tone and hold-without-asking takes those units in articles. Headings written
for this test, after the kinds seen in both corpora (program scripts, query phrases, filter
expressions: none over lines to say) and in two pages of phone phrases (seeds 166 and 174)."""

import pytest

from plainlint.rules.agent_lines import names_lines


@pytest.mark.parametrize("heading", [
    "Customer Service Sentences", "Asking someone to wait for a moment", "What to say when you need to check",
    "Call scripts", "Chat scripts for support agents", "Useful phone phrases", "Customer service expressions",
    "Putting the caller on hold",
])
def test_names_lines_to_say(heading):
    assert names_lines(heading)


@pytest.mark.parametrize("heading", [
    "Phrases", "Expressions", "Support lines", "Support scripts", "Sample scripts", "Scripts for customers",
    "Choose terms and phrases to test query performance", "Creating a filter with multiple expressions",
    "Phrases to avoid", "Never say these to a caller: phone phrases", "Bad chat phrases",
])
def test_does_not_name_lines_to_say(heading):
    assert not names_lines(heading)
