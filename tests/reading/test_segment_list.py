"""A document's segments kept as columns (issue 24, `plainlint/reading/segment_list.py`): a
cell or paragraph that is one literal run of the source is kept as its start, length and traits
and made anew on each read. Checked here: it reads back as exactly the segment the reader built
(text, scope, escape, context, offset map), with entities, escapes, non-ASCII text and CRLF line
ends, and the findings are the same as with every segment kept as an object."""

from __future__ import annotations

import pytest

from plainlint.reading.offsets import OffsetMap, Piece, Segment
from plainlint.reading import segment_list
from plainlint.reading.segment_list import RunSegment, SegmentList
from plainlint.rules import _replies
from plhelpers import lint_bytes

TABLE = (
    "# Plans\n\n"
    "| Plan | What you get | Notes |\n|---|---|---|\n"
    "| Café | Simply &amp; click \\| here | We will get back to you as soon as possible. |\n"
    "| Ünïcode 😀 plan | a\\*b is escaped | Call us. We'll look into it. |\n"
    "| Plain | Simply click here. Second one. | &#x1F600; only |\n"
    "\nA paragraph after the table, with **bold** words and one plain sentence.\n"
)


@pytest.fixture(autouse=True)
def columns_for_small_files(monkeypatch):
    """Columns are kept for files of COLUMNS_FROM characters or more: here, for these too."""
    monkeypatch.setattr(segment_list, "COLUMNS_FROM", 0)


def _facts(segment: Segment) -> tuple:
    return (segment.text, segment.scope, segment.escape, dict(segment.context), segment.map.pieces)


def _as_objects(monkeypatch):
    """Read with every segment kept as the object the reader built (as before the columns)."""
    monkeypatch.setattr(SegmentList, "append_unreferenced", SegmentList.append)


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_columns_give_back_the_segments_the_reader_built(monkeypatch, newline):
    data = TABLE.replace("\n", newline).encode()
    columns = lint_bytes(data, "table.md").document
    with monkeypatch.context() as patch:
        _as_objects(patch)
        objects = lint_bytes(data, "table.md").document
    assert [_facts(s) for s in columns.segments] == [_facts(s) for s in objects.segments]
    assert list(columns.segments) == list(objects.segments)
    kept = [s.text for s in columns.segments if type(s) is RunSegment]
    assert {"Café", "Ünïcode 😀 plan", "Plain", "Simply click here. Second one."} <= set(kept)
    # An entity or an escape is not one literal run: that segment stays the reader's object.
    assert not {"Simply & click | here", "a*b is escaped", "😀 only"} & set(kept)
    for segment in columns.segments:
        if type(segment) is RunSegment:
            start = segment.source_span().start
            assert columns.source.text[start:start + len(segment.text)] == segment.text


def test_findings_are_the_same_with_segments_kept_as_columns(monkeypatch):
    def findings():
        return [(f.code, f.start, f.end, f.message) for f in lint_bytes(TABLE.encode(), "reply.md").findings]

    with_columns = findings()
    _as_objects(monkeypatch)
    assert with_columns == findings()
    assert "PL205" in {code for code, *_ in with_columns}  # vague-timeline: a reply rule reads the cells


def test_a_segment_kept_as_columns_is_made_anew_equal_with_the_same_key():
    doc = lint_bytes(TABLE.encode(), "table.md").document
    place = next(i for i, s in enumerate(doc.segments) if s.text == "Café")
    one = doc.segments[place]
    plain = next(i for i, s in enumerate(doc.segments) if s.text == "Plain")
    doc.segments[plain]  # (another index made between: the next read of `place` makes it anew)
    again = doc.segments[place]
    assert type(one) is RunSegment and one is not again and one == again and one.key == again.key
    other = next(s for s in doc.segments if s.text == "Plain")
    assert other.key != one.key
    decoded = next(s for s in doc.segments if s.text == "a*b is escaped")
    assert decoded is next(s for s in doc.segments if s.text == "a*b is escaped")  # kept itself
    assert decoded.key == id(decoded)


def test_reply_sentences_of_cells_kept_as_columns_are_the_same_sentence_on_each_pass():
    doc = lint_bytes(TABLE.encode(), "reply.md").document
    (reply,) = _replies.replies_of(doc)
    assert len(reply.places) == len(list(reply.segments))  # places, not the segments themselves
    once, twice = list(reply.sentences), list(reply.sentences)
    cell = next(i for i, s in enumerate(once) if s.text == "Simply click here.")
    assert type(once[cell].segment) is RunSegment and once[cell].segment is not twice[cell].segment
    assert _replies.same_sentence(once[cell], twice[cell])
    assert not _replies.same_sentence(once[cell], twice[cell + 1])  # "Second one.", same segment


def test_a_segment_list_reads_as_a_list():
    source = "One cell and another."
    segments = SegmentList(source)
    plain = Segment("One cell", OffsetMap([Piece(0, 8, 0, 8, "literal")]), "cell")
    moved = Segment("another", OffsetMap([Piece(0, 7, 13, 20, "decoded")]), "cell")
    segments.append_unreferenced(plain)
    segments.append_unreferenced(moved)  # not a literal run: kept as it is
    segments.append(Segment("cell", OffsetMap([Piece(0, 4, 4, 8, "literal")]), "cell"))  # kept itself
    assert len(segments) == 3 and segments == [plain, moved, segments[2]]
    assert segments[0] == plain and segments[0] is not plain and segments[1] is moved
    assert segments[-3] == plain and segments[1:] == [moved, segments[2]]
    assert type(segments[2]) is Segment  # `append` never turns a segment into columns
    wrong = Segment("One call", OffsetMap([Piece(0, 8, 0, 8, "literal")]), "cell")
    segments.append_unreferenced(wrong)  # (not the source's text there: kept, never made wrong)
    assert segments[3] is wrong


def test_a_segment_kept_as_columns_keeps_its_sentence_bounds_for_the_next_read():
    from plainlint.nlp.sentences import sentences_of

    doc = lint_bytes(TABLE.encode(), "table.md").document
    place = next(i for i, s in enumerate(doc.segments) if s.text == "Simply click here. Second one.")
    first = sentences_of(None, doc.segments[place])
    again = doc.segments[place]
    assert isinstance(again._sentences, bytes)  # split once, by whichever rule asked first
    assert sentences_of(None, again) == first and [s.text for s in first] == ["Simply click here.", "Second one."]


def test_a_file_under_columns_from_keeps_its_segments_as_objects(monkeypatch):
    monkeypatch.setattr(segment_list, "COLUMNS_FROM", len(TABLE) + 1)
    doc = lint_bytes(TABLE.encode(), "table.md").document
    assert not any(type(s) is RunSegment for s in doc.segments)
    assert doc.segments[2] is doc.segments[2]


def test_segments_kept_as_objects_before_the_first_in_columns_keep_their_places():
    """The columns are filled from the first segment kept in them: the objects before it keep
    their indices, and the column-kept ones after it read back (sentences too) at theirs."""
    from plainlint.nlp.sentences import sentences_of

    source = "Title here. One cell. Two cells."
    segments = SegmentList(source)
    title = Segment("Title", OffsetMap([Piece(0, 5, 0, 5, "literal")]), "heading")
    segments.append(title)
    segments.append(Segment("here", OffsetMap([Piece(0, 4, 6, 10, "decoded")]), "cell"))
    one = Segment("One cell. Two cells.", OffsetMap([Piece(0, 20, 12, 32, "literal")]), "cell")
    segments.append_unreferenced(one)
    assert segments[0] is title and type(segments[2]) is RunSegment and segments[2] == one
    first = sentences_of(None, segments[2])
    assert [s.text for s in sentences_of(None, segments[2])] == [s.text for s in first] == ["One cell.", "Two cells."]
    assert len(segments) == 3 and segments[-1] == one


def test_the_same_index_read_again_gives_the_segment_made_last(monkeypatch):
    """Making a segment kept as columns copies its text; a rule reads its segment again for each
    finding in it (user30: 160,000 findings in one 4 MB paragraph took 70.9 s, each copying 4 MB)."""
    doc = lint_bytes(TABLE.encode(), "table.md").document
    place = next(i for i, s in enumerate(doc.segments) if s.text == "Café")
    one = doc.segments[place]
    assert doc.segments[place] is one and doc.segments[place - len(doc.segments)] is one
    doc.segments.replace(place, Segment("Café", one.map, one.scope))  # a reader's object now
    assert type(doc.segments[place]) is Segment and doc.segments[place].text == one.text
    doc.forget_cached()  # lets go of the last segment made, a copy of its text
    assert doc.segments._last_read is None


def test_findings_in_one_long_paragraph_make_its_segment_a_few_times_not_once_each(monkeypatch):
    made = []
    real = SegmentList._made

    def counting(self, index):
        made.append(index)
        return real(self, index)

    monkeypatch.setattr(SegmentList, "_made", counting)
    paragraph = "We will utilize the form.\n" * 2000
    findings = lint_bytes(paragraph.encode(), "page.md", select=["jargon"]).findings
    assert len(findings) == 2000
    assert len(made) < 100, len(made)  # once per finding (2,000 and more) before
