"""hold20: speaker labels and script fences (rules/agent_scripts)."""

import pytest

from plainlint.rules.agent_scripts import labelled_agent_spans, labelled_turns, line_label_spans, script_fence_segments


@pytest.mark.parametrize("label, agent", [
    ("Agent: ", True), ("**Agent:** ", True), ("**Rep**: ", True), ("[00:02:47] AGENT: ", True),
    ("Billing Agent (Voice A): ", True), ("Customer Support Agent: ", True), ("Assistant: ", True),
    ("Customer: ", False), ("Caller: ", False), ("User: ", False), ("You: ", False), ("Patient: ", False),
])
def test_who_speaks(label, agent):
    assert [turn[0] for turn in labelled_turns(label + "Please hold while I check.")] == [agent]


def test_a_turn_runs_to_a_blank_line_a_label_or_a_direction():
    text = "Agent: One moment.\nI'm checking.\nCustomer: Okay.\nAgent: Thanks.\n[Transfer]\nAfter.\n\nAgent: Hi"
    assert [text[lo:hi] for _, lo, hi in labelled_turns(text)] == [
        "One moment.\nI'm checking.", "Okay.", "Thanks.", "Hi"]


def test_a_lone_labelled_unit_needs_the_first_person_unless_in_a_dialogue():
    assert labelled_agent_spans("Agent: Please hold.") == []
    assert labelled_agent_spans("Agent: Please hold.", dialogue_before=True) == [(7, 19)]
    assert labelled_agent_spans("Agent: Please hold while I check.") == [(7, 33)]
    assert labelled_agent_spans("Customer: Hi.\nAgent: Please hold.") == [(21, 33)]
    assert labelled_agent_spans("Operator: Equals") == []
    # rev20b: the first person as agent_lines reads it in a quoted line (one expression, not two)
    assert labelled_agent_spans("Agent: Leave that one to myself.") == [(7, 32)]


@pytest.mark.parametrize("text, line", [
    ("**When:** A caller asks.\n**Action:** Check.\n**Example:** One moment while I check.", "One moment while I check."),
    ("Say: I'll transfer you now.", "I'll transfer you now."), ("Sample response: Let me check.", "Let me check."),
    ("**Example:** Hold on a moment.", None), ("**Bad:** I'll put you on hold.", None),
    ("Example query: I can't log in.", None), ("**Example:**", None),
])
def test_a_label_that_names_a_line_to_say(text, line):
    """hold21: "Example:", "Say:" and the like name the line, not its speaker; first person only."""
    assert [text[lo:hi] for lo, hi in line_label_spans(text)] == ([line] if line else [])


@pytest.mark.parametrize("fence, read", [
    ("```\nAgent: Please hold.\nCustomer: Okay.\n```\n", ["Please hold."]),
    ("~~~text\nCustomer: Hi.\n\nAgent: One moment.\n~~~\n", ["One moment."]),
    ("```\nCustomer: Hi.\nAssistant: [Creates a ticket]\nAssistant: Done.\n```\n", ["Done."]),
    ("```python\nAgent: Please hold.\nCustomer: Okay.\n```\n", []),  # a language: code
    ("```\nAgent: Please hold.\nAgent: Thanks.\n```\n", []),  # no other party
    ("```\nClient: {\"type\": \"start\"}\nAgent: ok\n```\n", []),  # code
    ("```\nLog Name: App\nSource: Web\nUser: SYSTEM\nAgent: none\nDescription: failed\nDate: today\n```\n", []),
    ("```\nAgent: Hi.\nCustomer: Hi.\n\nFirst paragraph.\n\nSecond.\n\nThird.\n```\n", []),  # mostly prose
    # hold25: tool calls and lists indented under a turn, or a direction, go on with the turn
    ("```\nUSER:  Hi.\n\nAGENT: One moment.\n\n       [calls lookup]\n\n       [calls book]\n\nAGENT: Done.\n```\n",
     ["One moment.", "Done."]),
    ("```\nUser: Hi.\n\n[New session]\n\nAgent: One moment.\n\n[Tool call]\n```\n", ["One moment."]),
    # ... but not paragraphs as deep as the labels, in a fence indented under a list item
    ("  ```\n  Agent: Hi.\n  Customer: Hi.\n\n  First.\n\n  Second.\n\n  Third.\n  ```\n", []),
    # rev25: an indented block goes on with a turn only after one: notes over the turns, or after prose, are prose
    ("```\n    Notes from the review.\n\n    The caller was upset.\n\nAgent: Please hold.\nCustomer: Fine.\n```\n", []),
    ("```\nAgent: Please hold.\nCustomer: Fine.\n\nSome notes.\n\n    More notes.\n\n    And more.\n```\n", []),
    ("```\n[Call starts]\n\nAgent: One moment.\n\n    [calls lookup]\n\nCustomer: Thanks.\n```\n", ["One moment."]),
])
def test_script_fences(fence, read):
    assert [segment.text for segment, _ in script_fence_segments("# Call\n\n" + fence)] == read
    crlf = "# Call\r\n\r\n" + fence.replace("\n", "\r\n")  # rev20b: the CR was taken for a language
    assert [segment.text for segment, _ in script_fence_segments(crlf)] == read


def test_fence_segments_point_at_the_source():
    source = "# Call\n\n```\nCustomer: Hi.\nAgent: Please hold.\n```\n"
    [(segment, lines)] = script_fence_segments(source)
    start = segment.to_source(0, 0).start
    assert source[start:start + len(segment.text)] == "Please hold." and lines == [(0, 12)]


def test_a_unit_with_no_colon_is_never_searched_for_a_speaker_label(monkeypatch):
    # speed23: every article's units were searched three times for a label (5% of a cold run); a
    # label ends in ':', so a unit without one is not searched, and one with one is, as before.
    from plainlint.reading.document import Document
    from plainlint.reading.source import Source
    from plainlint.reading.readers import read_document
    from plainlint.rules import agent_scripts
    from plainlint.rules.agent_lines import agent_lines

    searched = []

    class Counting:
        def __getattr__(self, name):
            method = getattr(real, name)

            def counted(text, *args):
                searched.append(text)
                return method(text, *args)
            return counted

    real = agent_scripts._LABEL
    monkeypatch.setattr(agent_scripts, "_LABEL", Counting())
    plain = "# Holds\n\nPlease hold while I check (one moment).\n\n- A step\n- Another step\n\n“I'll check that now.”\n"
    doc: Document = read_document(Source("help/holds.md", plain), "markdown", detect_language=False)
    assert list(agent_lines(doc).values()) == [[(0, 22)]] and searched == []
    labelled = "# Script\n\nCustomer: Where is my order?\n\nAgent: Please hold while I check.\n"
    doc = read_document(Source("help/script.md", labelled), "markdown", detect_language=False)
    assert list(agent_lines(doc).values()) == [[(7, 33)]] and len(searched) >= 2


def test_label_words_start_skips_an_agents_or_a_line_label_only():
    from plainlint.rules.agent_scripts import label_words_start
    assert label_words_start("**Agent**: one moment while we check.") == len("**Agent**: ")
    assert label_words_start("[00:01:17] Rep: Hold on.") == len("[00:01:17] Rep: ")
    assert label_words_start("**Example:** One moment while I look.") == len("**Example:** ")
    assert label_words_start("Customer: One moment, it's in my bag.") == 0
    assert label_words_start("One moment please.") == 0


def test_sides_labelled_reads_labels_that_open_lines():
    """check33: the cheap test before a dialogue's turns are read, at each colon near a line's start."""
    from plainlint.rules.agent_scripts import _sides_labelled
    assert _sides_labelled("Intro: text\n[00:02:47] AGENT: Hello.\n- **Customer:** Hi\n") == {"agent", "other"}
    assert _sides_labelled("**Customer:**\nI paid twice.\n") == {"other"}
    assert _sides_labelled("See https://example.com: the customer: no label here.\n") == set()


def test_sides_labelled_reads_a_long_line_of_colons_once():
    """Each colon's line start was searched back from the colon: a 2 MB line of colons took minutes
    (quadratic); the line's start is found once and colons past a label's reach are skipped."""
    import time

    from plainlint.rules.agent_scripts import _sides_labelled
    line = "https://example.com/a:b:c " * 80_000
    started = time.perf_counter()
    assert _sides_labelled(line) == set()
    assert time.perf_counter() - started < 5
