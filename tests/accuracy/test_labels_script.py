"""scripts/labels.py without the corpus: matching by hash and occurrence, label validation,
the licence rule, chunk balance."""

import pytest

from plhelpers import labels_script

L = labels_script()
MANIFEST = {
    "articles/docs": "MIT",
    "articles/docs/vendor": "GPL-2.0-only",
    "emails/blueprints": "CC-BY-SA-3.0",
    "macros-exports/zendesk": "Apache-2.0 AND BSD-3-Clause",
    "macros-exports/freshdesk": "BSD-3-Clause AND GPL-2.0-only",
}


def found(path, rule, text, start, line=1):
    return L.Found(path, rule, line, start + 1, line, start + 1 + len(text), start, start + len(text), text)


def label(f, verdict="TP", reason="a reason", occurrence=None):
    return {"id": "x", "path": f.path, "rule": f.rule, "hash": f.hash,
            "occurrence": f.occurrence if occurrence is None else occurrence, "label": verdict, "reason": reason}


@pytest.mark.parametrize("spdx, ok", [
    ("MIT", True), ("Apache-2.0", True), ("BSD-3-Clause", True), ("CC0-1.0", True), ("CC-BY-4.0", True),
    ("CC-BY-SA-4.0", False), ("CC-BY-NC-4.0", False), ("GPL-2.0-only", False), ("Artistic-2.0", False),
    ("-", False), ("", False), (None, False), ("unknown", False),
    ("Apache-2.0 AND BSD-3-Clause", True), ("BSD-3-Clause AND GPL-2.0-only", False), ("MIT OR GPL-3.0", True),
])
def test_permissive_licences(spdx, ok):
    assert L.is_permissive(spdx) is ok


def test_licence_of_takes_the_longest_folder():
    assert L.licence_of("articles/docs/a.md", MANIFEST) == "MIT"
    assert L.licence_of("articles/docs/vendor/b.md", MANIFEST) == "GPL-2.0-only"
    assert L.licence_of("articles/docsx/c.md", MANIFEST) == "unknown"


def test_hash_ignores_whitespace_and_is_16_hex():
    assert L.text_hash("click  here\n") == L.text_hash("click here")
    assert len(L.text_hash("x")) == 16 and int(L.text_hash("x"), 16) >= 0


def test_occurrences_count_per_path_rule_and_text_in_document_order():
    items = L.number_occurrences([found("a.md", "link-text", "here", 50), found("a.md", "link-text", "here", 10),
                                  found("a.md", "jargon", "here", 30), found("b.md", "link-text", "here", 5)])
    assert [(f.path, f.rule, f.start, f.occurrence) for f in items] == [
        ("a.md", "link-text", 10, 0), ("a.md", "jargon", 30, 0), ("a.md", "link-text", 50, 1), ("b.md", "link-text", 5, 0)]


def test_matching_survives_a_line_shift():
    before = L.number_occurrences([found("a.md", "jargon", "utilize", 10, line=3)])
    after = L.number_occurrences([found("a.md", "jargon", "utilize", 90, line=7)])
    result = L.score([label(before[0])], [], after)
    assert result.rules["jargon"].tp == 1 and not result.unlabelled and not result.lost_tp


def test_a_second_identical_finding_is_unlabelled():
    labelled = L.number_occurrences([found("a.md", "link-text", "here", 10)])
    now = L.number_occurrences([found("a.md", "link-text", "here", 10), found("a.md", "link-text", "here", 40)])
    result = L.score([label(labelled[0])], [], now)
    assert [f.occurrence for f in result.unlabelled] == [1]
    assert result.rules["link-text"].unlabelled == 1


def test_precision_leaves_debatable_out():
    items = L.number_occurrences([found("a.md", "cliche", t, i * 20) for i, t in enumerate(["a", "b", "c", "d"])])
    labels = [label(items[0], "TP"), label(items[1], "TP"), label(items[2], "FP"), label(items[3], "debatable")]
    s = L.score(labels, [], items).rules["cliche"]
    assert (s.labels, s.tp, s.fp, s.debatable) == (4, 2, 1, 1)
    assert s.precision == pytest.approx(2 / 3) and s.debatable_share == pytest.approx(0.25)


def test_a_tp_no_longer_reported_is_lost_unless_removed():
    gone = L.number_occurrences([found("a.md", "jargon", "utilize", 10), found("a.md", "jargon", "leverage", 30)])
    labels = [label(gone[0], "TP"), label(gone[1], "FP")]
    result = L.score(labels, [], [])
    assert [e["hash"] for e in result.lost_tp] == [gone[0].hash]  # a vanished FP is fine
    removed = [{"path": "a.md", "rule": "jargon", "hash": gone[0].hash, "reason": "term allowed in issue 30"}]
    assert L.score(labels, removed, []).lost_tp == []


@pytest.mark.parametrize("change, problem", [
    ({"label": "tp"}, "is not one of"),
    ({"label": ""}, "is not one of"),
    ({"reason": ""}, "no reason"),
    ({"reason": "  "}, "no reason"),
    ({"reason": "one\ntwo"}, "one line"),
    ({"hash": ""}, "no hash"),
])
def test_validation_refuses_bad_labels(change, problem):
    entry = {"id": "d001-f001", "path": "articles/docs/a.md", "rule": "jargon", "hash": "0" * 16,
             "occurrence": 0, "label": "TP", "reason": "wordy", **change}
    assert any(problem in p for p in L.validate_entry(entry, MANIFEST))


@pytest.mark.parametrize("path, allowed", [
    ("articles/docs/a.md", True), ("articles/docs/vendor/a.md", False), ("emails/blueprints/a.html", False),
    ("macros-exports/zendesk/m.json", True), ("macros-exports/freshdesk/m.json", False), ("elsewhere/a.md", False),
])
def test_text_only_for_permissive_files(path, allowed):
    entry = {"id": "d001-f001", "path": path, "rule": "jargon", "hash": "0" * 16, "occurrence": 0,
             "label": "FP", "reason": "product name", "text": "utilize"}
    problems = L.validate_entry(entry, MANIFEST)
    assert (problems == []) is allowed
    without = {k: v for k, v in entry.items() if k != "text"}
    assert L.validate_entry(without, MANIFEST) == []


def test_label_entry_keeps_text_only_when_permissive():
    f = L.number_occurrences([found("a.md", "jargon", "utilize", 10)])[0]
    assert L.label_entry("d001-f001", f, True)["text"] == "utilize"
    assert "text" not in L.label_entry("d001-f001", f, False)


def test_merge_refuses_duplicates_and_bad_entries():
    ok = {"id": "d001-f001", "path": "articles/docs/a.md", "rule": "jargon", "hash": "0" * 16,
          "occurrence": 0, "label": "TP", "reason": "wordy"}
    merged = L.merge([{"sample": "s.yaml", "labels": [ok]}], MANIFEST)
    assert merged["labels"] == [ok] and merged["removed"] == []
    with pytest.raises(L.LabelError, match="2 times"):
        L.merge([{"labels": [ok]}, {"labels": [dict(ok, id="d001-f002")]}], MANIFEST)
    with pytest.raises(L.LabelError, match="no reason"):
        L.merge([{"labels": [dict(ok, reason="")]}], MANIFEST)


def test_chunks_split_by_document_and_balance_findings():
    counts = {"a": 50, "b": 40, "c": 30, "d": 20, "e": 10, "f": 10}
    groups = L.split_chunks(counts, 3)
    assert sorted(d for g in groups for d in g) == sorted(counts)
    totals = [sum(counts[d] for d in g) for g in groups]
    assert max(totals) - min(totals) <= 10


def test_quoted_runs_finds_five_words_in_a_row_from_the_source():
    source = "Your export will be ready in a few minutes, then download it."
    assert L.quoted_runs("passive hides who; 'will be ready in a' is fine", source) == ["will be ready in a"]
    assert L.quoted_runs("future passive about an export, actor irrelevant", source) == []


def test_a_ruling_on_conflicting_labels_replaces_them_in_either_direction():
    # label-adjudications.yaml (issue 26): one unit of text labelled TP here and FP there is scored by
    # its ruling, whichever way that moves precision; `each-stands` rulings are not loaded.
    items = L.number_occurrences([found("a.md", "reading-level", "Same text.", 0),
                                  found("b.md", "reading-level", "Same text.", 0),
                                  found("b.md", "reading-level", "Other text.", 30)])
    labels = [label(items[0], "TP"), label(items[1], "FP"), label(items[2], "FP")]
    assert L.score(labels, [], items, rulings={}).rules["reading-level"].tp == 1
    to_fp = {("reading-level", items[0].hash, ""): "FP"}
    assert (L.score(labels, [], items, rulings=to_fp).rules["reading-level"].fp) == 3
    to_tp = {("reading-level", items[0].hash, ""): "TP"}
    assert (L.score(labels, [], items, rulings=to_tp).rules["reading-level"].tp) == 2
    assert L.score(labels, [], [], rulings=to_fp).lost_tp == []  # ruled FP: not a right finding lost
    in_a_scope = {("reading-level", items[0].hash, "paragraph"): "FP"}  # a scoped ruling, finding gone
    assert L.score(labels, [], [], rulings=in_a_scope).lost_tp == []
    both_ways = {**in_a_scope, ("reading-level", items[0].hash, "document"): "TP"}
    assert [e["path"] for e in L.score(labels, [], [], rulings=both_ways).lost_tp] == ["a.md"]


def test_each_stands_rulings_change_nothing(tmp_path):
    path = tmp_path / "rulings.yaml"
    path.write_text("adjudications:\n- {rule: jargon, hash: ab, verdict: each-stands, reason: r}\n"
                    "- {rule: jargon, hash: cd, scope: paragraph, verdict: FP, reason: r}\n", encoding="utf-8")
    assert L.adjudications(path) == {("jargon", "cd", "paragraph"): "FP"}


def test_a_document_finding_keeps_its_own_label_when_its_paragraph_is_gone():
    # reading-level's document finding shares the hash of the paragraph it is anchored on; labelled
    # after that paragraph's finding (occurrence 1), it keeps that label once the paragraph is gone.
    paragraph, document = found("a.md", "reading-level", "Long text.", 0), found("a.md", "reading-level", "Long text.", 0)
    document.scope, paragraph.scope = "document", "paragraph"
    both = L.number_occurrences([paragraph, document])
    labels = [label(both[0], "FP"), label(both[1], "TP")]
    only_document = L.number_occurrences([found("a.md", "reading-level", "Long text.", 0)])
    only_document[0].scope = "document"
    s = L.score(labels, [], only_document, rulings={}).rules["reading-level"]
    assert (s.tp, s.fp, s.gone) == (1, 0, 1)
    assert L.score(labels, [], both, rulings={}).rules["reading-level"].labels == 2


def test_documents_are_listed_under_a_relative_corpus_path(tmp_path, monkeypatch):
    """`--corpus ../shared/...` (the documented form) must not stop the sampler."""
    (tmp_path / "corpus" / "docs").mkdir(parents=True)
    (tmp_path / "corpus" / "docs" / "a.md").write_text("# A\n\nSome text.\n", encoding="utf-8")
    (tmp_path / "work").mkdir()
    monkeypatch.chdir(tmp_path / "work")
    assert L.Linter(L.Path("../corpus")).documents("docs") == ["docs/a.md"]


def test_worklist_context_numbers_lines_as_plainlint_does():
    """A U+2028 or a form feed inside a line does not end it (str.splitlines would split there and
    shift every later line of the context by one); a lone CR does."""
    source = "one\ntwo\u2028still two\x0cstill two\nthree\rfour\r\nfive\n"
    f = found("a.md", "jargon", "four", 0, line=4)
    block = L.context_block(source, f)
    assert "    2 | two\u2028still two\x0cstill two" in block
    assert "    4 | four" in block and "    5 | five" in block
