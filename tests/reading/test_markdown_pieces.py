"""A large Markdown text parsed in pieces (readers/markdown_pieces.py) gives the events, and so
the segments and findings, of the whole text parsed at once."""

from __future__ import annotations

import json
import random

import pyromark
import pytest

from plainlint.reading.readers import markdown_events, markdown_pieces
from plainlint.reading.readers.markdown_events import OPTIONS
from plainlint.reading.readers.markdown_pieces import boundary_after, events_in_pieces
from plainlint.reading.readers.common import normalise_newlines
from plhelpers import lint_text


def whole(text: str) -> list:
    return list(pyromark.events_with_range(text, options=OPTIONS))


def pieces(text: str, size: int = 1) -> list:
    """Events in the smallest pieces: every boundary is used."""
    return list(events_in_pieces(text, OPTIONS, piece_chars=size))


def piece_starts(text: str) -> list[int]:
    starts, offset = [], 0
    while (offset := boundary_after(text, offset + 1)) < len(text):
        starts.append(offset)
    return starts


CASES = {
    "definitions after use, in another piece": "See [the form][Refund Form] and [FAQ].\n\nMore text.\n\n"
                                               "[refund  form]: /refund \"Refund\"\n\nEnd.\n\n[faq]: <a b>\n",
    "definition repeated in a later piece": "[x]: /first\n\nUse [x].\n\nAnd\n\n[x]: /second\n\nUse [X] again.\n",
    "undefined reference": "A [missing] label and [x][nowhere].\n\nText.\n\n[other]: /o\n",
    "image by reference": "![Alt text][pic]\n\nText.\n\n[pic]: /p.png 'Title'\n",
    "fence with blank lines": "Intro.\n\n```\ncode\n\nLooks like prose\n\n# not a heading\n```\n\nAfter.\n",
    "fence never closed": "Intro.\n\n~~~ text\ncode\n\nStill code\n\n[x]: /not-a-definition\n\nUse [x].\n",
    "html block over blank lines": "Intro.\n\n<pre>\nkept\n\nStill pre\n</pre>\n\nAfter <!-- c -->.\n",
    "comment never closed": "Intro.\n\n<!-- open\n\nHidden text\n\nMore hidden\n",
    "loose list": "- one\n\n- two\n\n  Continued\n\nAfter the list.\n\n1. a\n\n2) b\n\nEnd.\n",
    "empty last item": "- a\n- \n    \nFollowing text.\n\n- \n\nMore.\n\n> - \n\nEnd.\n",
    "nested lists and quotes": "> quote\n>\n> - item\n\nText\n\n- a\n  - b\n\n    code in b\n\nEnd\n",
    "indented code": "Para.\n\n    code\n\n    more code\n\nPara.\n",
    "table": "| A | B |\n|---|---|\n| Click here | x |\n\nAfter the table.\n\n| C |\n|---|\n| d |\n",
    "crlf and non-ASCII": normalise_newlines("Caf\u00e9 na\u00efve \u2014 text.\r\n\r\n\u00c9t\u00e9 [r\u00e9f].\r\n\r\n"
                                            "[R\u00c9F]: /r\u00e9f\r\n\r\n\U0001F600 emoji line.\r\n"),
    "setext heading and rules": "Title\n=====\n\nText\n\n___\n\nSub\n---\n\nEnd\n",
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_pieces_give_the_whole_texts_events(name):
    text = CASES[name]
    assert piece_starts(text), "the case must have a boundary to cut at"
    assert pieces(text) == whole(text)


def test_a_fence_left_open_at_the_end_of_a_piece_moves_the_cut():
    text = "- a\n\n- b\n\n```\nx\n\nY\n```\n\nZ\n"
    # No cut before `- b` (the list goes on); `Y` is a candidate, but inside the fence.
    assert piece_starts(text) == [text.index("```"), text.index("Y"), text.index("Z")]
    assert pieces(text) == whole(text)


def test_no_cut_after_an_empty_list_item():
    text = "- a\n- \n    \nText.\n\n> 1.\n\nMore.\n\nLast.\n"
    assert piece_starts(text) == [text.index("> 1."), text.index("Last")]
    assert pieces(text) == whole(text)


def test_offsets_after_the_cut_are_the_whole_texts():
    text = "\u00e9t\u00e9 one.\n\nTwo \U0001F600 [x](/u).\n"
    cut = piece_starts(text)[0]
    events = pieces(text)
    link = next(span for event, span in events if event == {"End": "Link"})
    assert text.encode()[link["start"]:link["end"]] == b"[x](/u)"
    assert cut == text.index("Two")


def test_random_mixes_of_blocks_agree():
    blocks = list(CASES.values()) + ["- \n", "<div>\nx\n", "```\nopen", "[y]: /y\n", "Use [y] and [Y][].\n",
                                      "    \n", "<!--\n", "-->\n", "> q\n", "1. one\n"]
    rng = random.Random(2412)
    for _ in range(300):
        text = "".join(rng.choice(blocks) + rng.choice(["\n", "\n\n", "\n    \n", "\n\n\n"])
                       for _ in range(rng.randint(2, 8)))
        assert pieces(text, rng.choice([1, 20, 60])) == whole(text), text


def findings_json(text: str, path: str = "doc.md") -> str:
    return json.dumps([f.to_json() for f in lint_text(text, path, select=["ALL"])], sort_keys=True)


def test_whole_file_reads_agree(monkeypatch):
    """Findings (from segments, elements, comments) with and without the cut, on a file of every
    case above."""
    text = "# Help\n\n" + "\n\n".join(CASES.values())
    expected = findings_json(text)
    monkeypatch.setattr(markdown_events, "PIECES_FROM", 0)
    monkeypatch.setattr(markdown_pieces, "PIECE_CHARS", 1)
    assert findings_json(text) == expected
    assert "missing" in expected or expected != "[]"


def recording_parser(monkeypatch) -> tuple[list, list]:
    """(texts parsed, events pulled) of pyromark from here on."""
    parsed, pulled = [], []
    real = pyromark.events_with_range

    def recording(text, *args, **kwargs):
        parsed.append(text)
        for pair in real(text, *args, **kwargs):
            pulled.append(pair)
            yield pair

    monkeypatch.setattr(pyromark, "events_with_range", recording)
    return parsed, pulled


def test_events_are_passed_on_as_the_parser_makes_them(monkeypatch):
    """A piece is never held whole: its events are pulled one by one. A table longer than a piece
    is looked at once first, one event a run of rows, to find where it ends."""
    parsed, pulled = recording_parser(monkeypatch)
    text = "| A | B |\n|---|---|\n" + "| x | y |\n" * 500
    stream = events_in_pieces(text, OPTIONS, piece_chars=100)
    next(stream)
    runs = len(parsed) - 1  # the first piece, then one look at each run
    assert 1 < runs < 60 and len(pulled) <= 2 * runs + 2


def test_a_long_table_is_parsed_a_run_of_rows_at_a_time(monkeypatch):
    """A 10 MB table was one piece (no blank line to cut at), its events 37 MB in pulldown-cmark:
    its rows are now parsed a run at a time, behind a copy of its header."""
    parsed, _pulled = recording_parser(monkeypatch)
    text = "Intro.\n\n| Plan | Price |\n|:---|--:|\n" + "".join(f"| Plan {i} | ${i} |\n" for i in range(3000))
    text += "\nAfter the table.\n"
    events = pieces(text, 400)
    assert max(len(t) for t in parsed) < 3 * 400
    monkeypatch.undo()
    assert events == whole(text)


TABLE_LINES = ["| a | b |", "| a \\| b | c |", "| `x | y` | z |", "| [l](/u) | [r] |", "| caf\u00e9 \U0001F600 | \u00e9 |",
               "no pipes here", "|", "| only one |", "   | indented | row |", "| a | b | c | d |",
               "| *em | b* |", "| <b>x</b> | &amp; |", "- list?", "> quote?", "# heading?", "```", "    code?",
               "", "<div>", "[r]: /ref", "|---|---|", "1. one"]


def test_random_tables_read_in_runs_agree():
    """Tables of random rows, some of which end the table, cut into runs of every size: the same
    events as the whole text, offsets included (line endings as the reader makes them)."""
    rng = random.Random(2913)
    for _ in range(300):
        newline = rng.choice(["\n", "\r\n", "\r"])
        header = rng.choice(["| A | B |", "A | B", "  | A | B |", "| A |"])
        delimiter = rng.choice(["|---|---|", "---|---", "| :-: | --: |", "|---|"])
        rows = [rng.choice(TABLE_LINES) for _ in range(rng.randint(0, 40))]
        before = rng.choice(["", "Intro.\n\n", "Para\n", "- item\n\n"])
        text = before.replace("\n", newline) + newline.join([header, delimiter, *rows]) + rng.choice(["", newline])
        text += rng.choice(["", "\nAfter [r].\n", "\n| C | D |\n|---|---|\n| e | f |\n"]).replace("\n", newline)
        text = normalise_newlines(text)  # as the reader gives pulldown-cmark a text
        assert pieces(text, rng.choice([1, 5, 20, 60])) == whole(text), repr(text)


def test_many_long_tables_cost_in_proportion_to_the_text(monkeypatch):
    """Each long table measures and parses its own rows (twice at most), not the text after it:
    thirty tables read as pieces cost a few times the text, where measuring every run to the end of
    the text for each table cost about eighteen times."""
    measured = []
    real_length = markdown_pieces._utf8_length
    monkeypatch.setattr(markdown_pieces, "_utf8_length", lambda text: measured.append(len(text)) or real_length(text))
    parsed, _pulled = recording_parser(monkeypatch)
    table = "| Plan | Price |\n|---|---|\n" + "".join(f"| Plan {i} | ${i} |\n" for i in range(200))
    text = "".join(f"Section {n}.\n\n{table}\n" for n in range(30))
    events = pieces(text, 400)
    assert sum(measured) < 5 * len(text) and sum(len(t) for t in parsed) < 5 * len(text)
    monkeypatch.undo()
    assert events == whole(text)
