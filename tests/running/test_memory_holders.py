"""What a long file keeps while the rules run (issue 24): each holder made smaller is checked here
by what it holds, never by timing or RSS (`benchmarks/scaling.py --memory` measures the peak)."""

from __future__ import annotations

import gc
import json
import weakref

import pytest

from plainlint.nlp.sentences import Sentence, sentences_of, split_sentences
from plainlint.reading.source import Source
from plainlint.rules import _replies
from plhelpers import lint_bytes, lint_text, settings_for
from plainlint.linting.engine import lint_source

# An invented reply that the four reply rules read (a refusal, a promise with no time, a
# closing, a phone number) in two paragraphs, one with a quotation.
REPLY = ("Hi Sam,\n\nWe can't refund this order. We will look into it. Call 0800 123 4567.\n\n"
         "\"We will follow up.\" That is what you read. We'll get back to you.\n\nAlex\n")


def test_a_document_is_freed_without_the_cyclic_collector():
    """The engine pauses the cyclic collector per file: a reference cycle through the document
    (a cached reply pointing back at it) would keep a 20 MB file's document alive after it."""
    source = Source("reply.md", REPLY)
    enabled = gc.isenabled()
    gc.disable()
    try:
        result = lint_source(source, "markdown", settings_for("reply.md"))
        assert {"dead-end", "vague-timeline"} <= {f.rule for f in result.findings}  # the reply rules ran
        ref = weakref.ref(result.document)
        del result
        assert ref() is None
    finally:
        if enabled:
            gc.enable()


def test_the_rules_shared_work_is_dropped_before_the_findings_are_sorted(monkeypatch):
    """A 10 MB table's word-list candidates and memos were about 10 MB of its peak, the sort."""
    from plainlint.linting import engine
    from plainlint.rules.wordlist import candidates_of

    seen: dict = {}
    real_forget, real_sort = engine.Document.forget_cached, engine.sort_findings

    def forget(doc):
        seen["document"], seen["shared"] = doc, set(doc._cache)
        real_forget(doc)

    def sort(findings):
        seen["at the sort"] = dict(seen["document"]._cache)
        real_sort(findings)

    monkeypatch.setattr(engine.Document, "forget_cached", forget)
    monkeypatch.setattr(engine, "sort_findings", sort)
    result = lint_bytes(b"| Plan | Notes |\n|---|---|\n| Basic | Simply click here |\n", "doc.md")
    assert "wordlist-candidates" in seen["shared"]  # the rules shared it ...
    assert seen["at the sort"] == {}  # ... and it was gone when the findings were sorted
    made_again = candidates_of(result.document)  # what reads it later makes it again
    assert result.findings and made_again is result.document.cached("wordlist-candidates", list)


def test_a_lists_segments_to_scan_are_an_array():
    """One list's segment numbers: 86,000 int objects (2.7 MB) on a 10 MB table as a list."""
    from array import array

    from plainlint.rules.wordlist import candidates_of

    from plainlint.linting.candidates import OneListCandidates

    doc = lint_bytes(b"| Plan | Notes |\n|---|---|\n| Basic | Simply click here |\n", "doc.md").document
    packed = candidates_of(doc)
    bit = next(mask & -mask for mask in packed._scan_masks if mask)  # a list that starts somewhere
    one = OneListCandidates(packed, bit)
    assert type(one.to_scan) is array
    assert list(one.to_scan) == [i for i, mask in zip(packed.to_scan, packed._scan_masks) if mask & bit] != []


def test_sentences_are_kept_as_bounds_and_made_anew_equal():
    text = "First one here. Second one, e.g. with an abbreviation. Third!"
    result = lint_bytes(text.encode(), "doc.md", select=["PL"])
    doc = result.document
    segment = doc.segments[0]
    first = sentences_of(doc, segment)
    assert first == tuple(split_sentences(segment.text))
    assert isinstance(segment._sentences, bytes)  # bounds, not Sentence objects and text copies
    doc._cache.clear()  # forget the last segment asked for: the next call unpacks the bounds
    again = sentences_of(doc, segment)
    assert again == first and again is not first
    assert all(isinstance(s, Sentence) for s in again)


def test_a_one_sentence_segment_keeps_no_bounds_and_shares_its_text():
    result = lint_bytes(b"| Plan | Notes |\n|---|---|\n| Basic | Simply click here |\n", "doc.md")
    doc = result.document
    cell = next(s for s in doc.segments if s.text == "Simply click here")
    sentences_of(None, cell)
    assert not isinstance(cell._sentences, (bytes, tuple))  # one marker for "all of the text"
    (sentence,) = sentences_of(None, cell)
    assert sentence.text is cell.text


def test_reply_sentences_are_made_per_pass_and_compared_by_place():
    result = lint_bytes(REPLY.encode(), "reply.md")
    (reply,) = _replies.replies_of(result.document)
    once, twice = list(reply.sentences), list(reply.sentences)
    assert [s.text for s in once] == [s.text for s in twice]
    assert once[0] is not twice[0] and _replies.same_sentence(once[0], twice[0])
    assert not _replies.same_sentence(once[0], once[1])
    assert [s.quoted for s in once].count(True) == 1  # the quoted promise is mentioned, not made


def test_findings_share_repeated_texts_and_empty_values():
    rows = "".join(f"| Plan {i} | Simply click here |\n" for i in range(5))
    findings = lint_text("| Plan | Notes |\n|---|---|\n" + rows, select=["assumptive"])
    assert len(findings) == 5
    assert len({id(f.message) for f in findings}) == 1
    assert len({id(f.flagged) for f in findings}) == 1
    assert len({id(f.fix.message) for f in findings}) == 1
    assert len({id(f.context) for f in findings}) == 1 and findings[0].context == {}


def test_repeated_link_texts_share_one_related_list():
    text = "".join(f"See the [billing page](https://example.com/b/{i}).\n\n" for i in range(4))
    findings = lint_text(text, select=["link-text"])
    assert len(findings) == 3 and all(f.related for f in findings)
    assert len({id(f.related) for f in findings}) == 1


def test_offset_maps_pack_32_bit_integers_unless_an_offset_needs_64():
    from plainlint.reading.offsets import LITERAL, OffsetMap, Piece

    small = [Piece(0, 5, 10, 15, LITERAL), Piece(5, 6, 20, 21, "decoded")]
    packed = OffsetMap(small)
    assert len(packed._data) == 2 * 5 * 4 + 1  # 32-bit columns and the byte that says so
    assert packed.pieces == small
    far = [Piece(0, 5, 2**31, 2**31 + 5, LITERAL), Piece(5, 6, 2**40, 2**40 + 1, "decoded")]
    wide = OffsetMap(far)
    assert len(wide._data) == 2 * 5 * 8
    assert wide.pieces == far and wide.to_source(1, 3).start == 2**31 + 1


def test_a_finding_keeps_its_positions_packed_and_shares_its_head_and_fix():
    rows = "".join(f"| Plan {i} | Simply click here |\n" for i in range(3))
    findings = lint_text("| Plan | Notes |\n|---|---|\n" + rows, select=["assumptive"])
    first, second = findings[0], findings[1]
    assert not hasattr(first, "__dict__") and isinstance(first._at, bytes)
    assert len(first._at) == 8 * 4 + 1  # six positions and one edit's span, 32-bit, and the marker
    assert first._head is second._head and first._fix is second._fix  # one tuple per file
    assert (first.line, first.column, first.end_line, first.end_column) == (3, 12, 3, 18)  # "Simply"
    assert first.fix == first.fix and first.fix is not first.fix  # made anew on each read
    (edit,) = first.fix.edits
    assert edit.start == first.start and edit.end == 46  # "Simply c" becomes "C"


def test_a_finding_far_into_a_file_keeps_64_bit_positions():
    from plainlint.linting.findings import Edit, Finding, Fix

    far = 2**40
    fix = Fix("safe", "Remove it", [Edit(far, far + 6, ""), Edit(7, 8, "x")])
    finding = Finding("a.md", far, far + 6, 9, 2**33, 9, 2**33 + 6, "filler", "PL1", "style",
                      "warning", "Cut it.", ["x"], fix, {"k": 1}, "simply")
    assert len(finding._at) == 10 * 8
    assert (finding.start, finding.column, finding.end_column) == (far, 2**33, 2**33 + 6)
    assert finding.fix == fix
    moved = finding.replaced(path="b.md")
    assert moved.path == "b.md" and moved.fix == fix and moved.replaced(path="a.md") == finding
    assert moved.sort_key() == ("b.md", 9, 2**33, "PL1", 9, 2**33 + 6)
    import pickle
    assert pickle.loads(pickle.dumps(finding)) == finding


def test_a_cell_that_is_one_run_of_the_source_keeps_only_where_it_starts():
    from plainlint.reading.offsets import LITERAL, OffsetMap, Piece, Segment

    result = lint_bytes(b"| Plan | Notes |\n|---|---|\n| Basic | Simply &amp; click |\n", "doc.md")
    doc = result.document
    plain = next(s for s in doc.segments if s.text == "Basic")
    assert type(plain._packed) is int and plain._packed == doc.source.text.index("Basic")
    assert plain.map.pieces == [Piece(0, 5, plain._packed, plain._packed + 5, LITERAL)]
    span = plain.to_source(1, 4)
    assert (span.start, span.end, span.exact) == (plain._packed + 1, plain._packed + 4, True)
    decoded = next(s for s in doc.segments if s.text == "Simply & click")
    assert type(decoded._packed) is bytes  # an entity: the whole map is kept
    moved = Segment("Basic", OffsetMap([Piece(0, 5, 40, 45, "decoded")]))
    assert type(moved._packed) is bytes and not moved.to_source(0, 2).exact


def test_word_list_candidates_are_one_flat_array_for_the_document():
    from plainlint.rules.wordlist import PackedCandidates, candidates_of, shared_candidates

    rows = "".join(f"| Plan {i} | Simply click here |\n" for i in range(3))
    result = lint_bytes(("| Plan | Notes |\n|---|---|\n" + rows).encode(), "doc.md")
    doc = result.document
    candidates = candidates_of(doc)
    assert type(candidates) is PackedCandidates and not hasattr(candidates, "__dict__")
    cells = [i for i, s in enumerate(doc.segments) if s.text == "Simply click here"]
    plans = [i for i, s in enumerate(doc.segments) if s.text.startswith("Plan ")]
    # Where a listed word may start ("Simply" at 0 at least): the shared scanner's answer, which
    # depends on the word lists loaded so far in this process (other tests select single rules).
    expected = list(shared_candidates().positions("Simply click here"))
    assert 0 in expected and all(list(candidates[i]) == expected for i in cells)
    assert all(candidates[i] == [] for i in plans)
    assert PackedCandidates([[1, 5], None, [], [2]])[1] is None
    assert list(PackedCandidates([[1, 5], None, [], [2]])[3]) == [2]


def test_sorting_a_files_findings_by_one_integer_keeps_the_order_of_the_key_tuples():
    import random

    from plainlint.linting.findings import Finding, sort_findings

    rng = random.Random(24)

    def finding(path: str) -> Finding:
        line, column = rng.randint(1, 40), rng.choice([1, 2, 300, 2**31 + 5])
        return Finding(path, 0, 1, line, column, line + rng.randint(0, 2), rng.randint(1, 400),
                       "r", rng.choice(["PL101", "PL2", "PL030", "PL9"]), "style", "warning", "m")

    for paths in (["a.md"], ["a.md", "b.md"]):
        findings = [finding(rng.choice(paths)) for _ in range(500)]
        expected = sorted(findings, key=Finding.sort_key)
        sort_findings(findings)
        assert [f.sort_key() for f in findings] == [f.sort_key() for f in expected]
        assert findings == expected  # stable: equal keys keep their order
    empty: list = []
    sort_findings(empty)
    assert empty == []


def test_cells_share_one_tuple_of_scope_escape_and_context():
    from plainlint.reading import offsets
    from plainlint.reading.offsets import NO_CONTEXT, OffsetMap, Piece, Segment

    # The shared tuples are kept for 64 (scope, escape) pairs and then forgotten at once: start
    # empty, so that forgetting cannot fall between this document's cells (other tests fill it).
    offsets._TRAITS.clear()
    rows = "".join(f"| Plan {i} | Simply click here |\n" for i in range(3))
    doc = lint_bytes(("| Plan | Notes |\n|---|---|\n" + rows).encode(), "doc.md").document
    cells = [s for s in doc.segments if s.text.startswith("Plan ")]
    assert len(cells) == 3 and len({id(s._traits) for s in cells}) == 1
    assert not hasattr(cells[0], "__dict__") and cells[0].context is NO_CONTEXT
    one = Segment("Basic", OffsetMap([Piece(0, 5, 40, 45, "decoded")]), "cell")
    other = Segment("Basic", OffsetMap([Piece(0, 5, 40, 45, "decoded")]), "cell")
    assert one == other and one._traits is other._traits
    other.with_context(link_only=True)  # a dict of its own; the shared tuple is unchanged
    assert other.context == {"link_only": True} and one.context is NO_CONTEXT and one != other
    other.scope = "heading"
    assert (other.scope, other.context) == ("heading", {"link_only": True})


@pytest.mark.process
def test_the_shared_word_list_scanner_follows_the_rule_modules_loaded():
    """It was built once, at the first call: after a first lint that imported one word-list rule
    (a run selects only some), every other rule scanned each segment again for the rest of the
    process. A fresh interpreter, so that no other test has loaded the rules first."""
    import subprocess
    import sys

    probe = ("import json\n"
             "from plainlint.rules import blame\n"
             "from plainlint.rules.wordlist import shared_candidates\n"
             "first = list(shared_candidates().positions('Simply click here') or [])\n"
             "from plainlint.rules import all_rules\n"
             "all_rules()\n"
             "print(json.dumps([first, list(shared_candidates().positions('Simply click here'))]))\n")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    first, then = json.loads(done.stdout)
    assert 7 not in first and then[:2] == [0, 7]  # "Simply" (assumptive), "click" (link-text's list)


def test_the_slips_of_a_run_s_unknown_words_are_not_all_kept():
    """spelling_slips.slip_edits makes about 300 words (some 35 kB) for each unknown word it is
    asked about, and kept 16,384 of them: a run over a large knowledge base grew by about 15 kB a
    file, most of its peak (mem35). Asked again for a word is rare (17 of 2,854 in a run of 1,800
    held-out files), so only the last few are kept."""
    from plainlint.nlp.spelling_slips import slip_edits

    slip_edits.cache_clear()
    words = [f"word{a}{b}{c}" for a in "abcdefghij" for b in "klmnopqrst" for c in "uvwxy"]  # 500 made-up words
    assert all(slip_edits(word) for word in words)
    assert slip_edits.cache_info().currsize <= 256  # (at most some 9 MB)
    assert slip_edits("wordaku") == slip_edits.__wrapped__("wordaku")  # the same answer, kept or not


def test_pages_writing_the_same_unknown_words_share_their_strings():
    """A run of many pages keeps each page's unknown words until the terms are decided, then each
    page's terms (in `mode: confident` its shared words too, prefixed): one copy of a word for
    every page that writes it, not one per page, and one set for pages given equal terms (mem35).
    Each of the three is asserted apart (rev36: with equal sets shared, the prefixed keys' test
    passed without their own sharing)."""
    from plainlint.nlp.page_terms import UnknownWords, page_terms
    from plainlint.nlp.tree_words import DOCUMENT_SHARED, TreeWords, word_counts

    texts = ["The zorblax and the quembit frobnicator.", "A zorblax, a quembit and a frobnicator.",
             "Zorblax: the quembit frobnicator.", "The quembit and the glorpwidget.", "Our glorpwidget."]
    counts, unknown, pages = TreeWords(), UnknownWords(), {}
    for number, text in enumerate(texts):
        counts.add(text)
        pages[f"page{number}.md"] = unknown.of(word_counts(text))
    first, second = ({word: word for word in pages[name]} for name in ("page0.md", "page1.md"))
    assert first.keys() == second.keys() == {"zorblax", "quembit", "frobnicator"}
    assert all(first[word] is second[word] for word in first)  # the same string objects
    terms = page_terms(counts, pages, shared=True)
    assert terms["page0.md"] == terms["page1.md"] and terms["page0.md"] is terms["page1.md"]  # one set
    one, other = ({word: word for word in terms[name]} for name in ("page0.md", "page3.md"))
    assert terms["page0.md"] != terms["page3.md"]
    assert one[DOCUMENT_SHARED + "quembit"] is other[DOCUMENT_SHARED + "quembit"]  # one key in two sets
