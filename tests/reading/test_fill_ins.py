"""A reply template's fill-ins read as placeholders (session 15, fillin; reading/fill_ins.py):
once a document is a reply, "[Customer name]" and "{timeframe}" are one placeholder each, as
inline code is, so every rule reads the same text, and findings keep their exact places. Texts
written for these tests."""

from __future__ import annotations

from plhelpers import lint_bytes, lint_text, spans
from plainlint.reading.fill_ins import FILL_IN_WORDS, fill_in_spans, placeholder_for
from plainlint.reading.offsets import PLACEHOLDER


def _texts(result) -> list[str]:
    return [s.text for s in result.document.segments if s.text.strip()]


def test_a_reply_reads_each_fill_in_as_a_placeholder():
    reply = b"Hi [Customer name],\n\nI will send the refund by {timeframe}. Please check [insert the order page link] first.\n"
    texts = _texts(lint_bytes(reply, "replies/refund.md"))
    assert texts == ["Hi X X,", "I will send the refund by X. Please check X X first."]


def test_a_fill_in_stands_for_two_words_at_most():
    assert FILL_IN_WORDS == 2
    assert [placeholder_for(t) for t in ("[Name]", "{customer_name}", "[Product Name]",
                                         "[insert customer support phone number]")] == ["X", "X", "X X", "X X"]


def test_an_article_keeps_its_brackets():
    article = b"# Footnotes\n\nThe setting [see below] applies to [Customer name] fields.\n"
    texts = _texts(lint_bytes(article, "docs/settings.md"))
    assert texts[-1] == "The setting [see below] applies to [Customer name] fields."


def test_code_links_footnotes_and_template_tags_are_no_fill_ins():
    reply = (b"Hi Sam,\n\nRun `cfg [--force]`, read [the guide](https://example.com/g) and [^1], "
             b"then {{ order.id }} and ${total} arrive; [x] done.\n\n[^1]: A note.\n")
    result = lint_bytes(reply, "replies/steps.md")
    text = _texts(result)[1]
    assert "the guide" in text and "${total}" in text and "[x]" in text
    placeholders = [p for p in result.document.segments[1].map.pieces if p.kind == PLACEHOLDER]
    sources = [reply.decode()[p.src_start:p.src_end] for p in placeholders]
    assert not any(s.startswith(("[", "{")) and not s.startswith("{{") for s in sources)


def test_a_reference_definition_opening_its_line_is_no_fill_in():
    assert fill_in_spans("[docs]: https://example.com") == []
    assert fill_in_spans("Help with [related functionality]: reports") == [(10, 33)]


def test_positions_stay_exact_after_fill_ins_with_crlf_and_non_ascii():
    reply = ("Bonjour [Nom du client — café],\r\n\r\nMerci ! We found that [décrivez la cause ici] stopped it. "
             "Please utilize the new form by {délai}.\r\n\r\nThanks,\r\nAna\r\n")
    result = lint_bytes(reply.encode("utf-8"), "replies/cafe.md", select=["jargon"])
    line = reply.split("\r\n")[2]
    column = line.index("utilize") + 1
    assert spans(result.findings, "jargon") == [(3, column, 3, column + len("utilize"), "utilize")]
    assert _texts(result)[1].startswith("Merci ! We found that X X stopped it.")


def test_a_sentence_ending_in_a_fill_in_ends_where_the_fill_in_does():
    words = " ".join(["word"] * 28)
    reply = f"Hi Sam,\r\n\r\nÉtape {words} [décrivez la cause, en deux phrases courtes].\r\n"
    findings = lint_text(reply, "replies/long.md", select=["sentence-length"])
    line = reply.split("\r\n")[2]
    assert [(f.line, f.column, f.end_column) for f in findings] == [(3, 1, len(line) + 1)]


def test_words_a_fill_in_instructs_are_not_a_sentence_of_their_own():
    """A fill-in holding sentences of instructions is one placeholder: the sentence around it is
    measured with the two words it stands for (main split the sentence inside the brackets)."""
    before = " ".join(["checked the export"] * 8) + " and"  # with "We" and "found": 27 words
    reply = f"Hi Sam,\n\nWe {before} found [Explain the cause. Keep it short.]\n"
    assert lint_text(reply, "replies/cause.md", select=["sentence-length"]) == []
    longer = reply.replace("We ", "Today at noon we ")
    assert [f.rule for f in lint_text(longer, "replies/cause.md", select=["sentence-length"])] == ["sentence-length"]


def test_fill_in_words_are_still_discounted_in_a_reply():
    reply = ("Hi [Name],\n\nPlease tell [insert the customer's first name here please] that we moved the order "
             "[order number goes here] to the warehouse and that the parcel will leave on the next working day.\n\n"
             "Thanks,\nAlex\n")
    assert lint_text(reply, "saved-replies/order.md", select=["sentence-length"]) == []
    article = reply.replace("Hi [Name],\n\n", "# Orders\n\n").replace("\n\nThanks,\nAlex\n", "\n")
    assert [f.rule for f in lint_text(article, "docs/orders.md", select=["sentence-length"])] == ["sentence-length"]


def test_a_finding_shows_its_fill_ins_as_written():
    """The placeholder is what rules read; the finding's flagged text is the reply as written
    (labels are matched by its hash, and a reader of the report sees the brackets)."""
    words = " ".join(["word"] * 28)
    reply = f"Hi Sam,\n\nToday {words} [Product Name] and `code`.\n"
    [finding] = lint_text(reply, "replies/long.md", select=["sentence-length"])
    assert finding.flagged == f"Today {words} [Product Name] and X."


def test_settling_the_kind_decides_the_prose_every_caller_reads():
    """settle_kind is the one step the engine, the language server and benchmarks/parts.py share:
    a reply's fill-ins become placeholders, an article's brackets stay."""
    from plainlint.reading.fill_ins import settle_kind
    from plainlint.reading.kinds import ARTICLE, REPLY
    from plainlint.reading.readers import read_document
    from plainlint.reading.source import Source

    def prose(kind: str) -> list[str]:
        doc = read_document(Source("x.md", "Hi [Customer name], thanks.\n"), "markdown", None)
        settle_kind(doc, kind)
        assert doc.kind == kind
        return [s.text for s in doc.segments if s.text.strip()]

    assert prose(REPLY) == ["Hi X X, thanks."]
    assert prose(ARTICLE) == ["Hi [Customer name], thanks."]
