"""A non-breaking hyphen (U+2011, &#8209;) or a Unicode hyphen (U+2010) inside a compound reads
as the ASCII hyphen: the compound is one hyphenated word for every rule, its span exact
(fix35's leftover: 108 held-out files write "AI‑generated", "built‑in", "e‑mail" so, and the word
lists split the compound at it).
"""

import pytest

from plhelpers import lint_text, spans

NBH = "\u2011"


@pytest.mark.parametrize("path, text, column, end_column", [
    ("a.md", f"We ship a state{NBH}of{NBH}the{NBH}art portal.\n", 11, 27),
    ("a.md", "We ship a state\u2010of\u2010the\u2010art portal.\n", 11, 27),
    ("a.html", "<p>We ship a state&#8209;of&#8209;the&#8209;art portal.</p>\n", 14, 48),
    ("a.txt", f"\u00e9t\u00e9 We ship a state{NBH}of{NBH}the{NBH}art portal.\n", 15, 31),
])
def test_a_compound_with_non_breaking_hyphens_is_one_word(path, text, column, end_column):
    [finding] = [f for f in lint_text(text, path, select=["jargon"])]
    assert (finding.line, finding.column, finding.end_line, finding.end_column) == (1, column, 1, end_column)
    assert finding.flagged == "state-of-the-art"


def test_terminology_reads_the_compound_and_a_part_is_no_word_of_its_own():
    found = lint_text(f"Send it to the e{NBH}mail address.\n", "a.md", select=["terminology"])
    assert spans(found) == [(1, 16, 1, 22, "e-mail")]
    # 'assisted' after a hyphen is part of its compound, as after '-': no word of its own
    assert lint_text(f"The AI{NBH}assisted replies help.\n", "a.md", select=["jargon"]) == []


def test_a_compound_counts_as_one_word_for_sentence_length():
    words = " ".join(["one"] * 27)
    ascii_ = lint_text(f"The self-service state-of-the-art {words}.\n", "a.md", select=["sentence-length"])
    nbh = lint_text(f"The self{NBH}service state{NBH}of{NBH}the{NBH}art {words}.\n", "a.md", select=["sentence-length"])
    assert [f.message for f in nbh] == [f.message for f in ascii_]


# Words a reader keeps outside a segment (fix38: an HTML link's text, an alt attribute, a DocFX or
# Hugo alt) were read with the character itself, so "click‑here" was no 'click here' to link-text and
# "screen‑shot" no 'screenshot' to alt-text-unhelpful, while the same words in a Markdown link were.
@pytest.mark.parametrize("path, text, rule, span", [
    ("a.html", f'<p>Then <a href="https://a.example/x">click{NBH}here</a>.</p>\n', "link-text", (1, 39, 1, 49)),
    ("a.html", '<p>Then <a href="https://a.example/x">read&#8209;more</a>.</p>\n', "link-text", (1, 39, 1, 54)),
    ("a.html", f'<p><img src="a.png" alt="screen\u2010shot"></p>\n', "alt-text-unhelpful", (1, 26, 1, 37)),
    ("a.html", f'<p><img src="a.png" alt="string{NBH}transformers{NBH}1"></p>\n', "alt-text-unhelpful", (1, 26, 1, 47)),
    ("a.html", f'<map name="m"><area href="/x" alt="click{NBH}here"></map>\n', "link-text", (1, 15, 1, 48)),
    ("a.md", f':::image type="content" source="a.png" alt-text="screen{NBH}shot":::\n', "alt-text-unhelpful",
     (1, 50, 1, 61)),
    ("a.md", f'{{{{< figure src="b.png" alt="screen{NBH}shot" >}}}}\n', "alt-text-unhelpful", (1, 29, 1, 40)),
])
def test_words_read_outside_a_segment_take_the_hyphen_as_ascii(path, text, rule, span):
    found = lint_text(text, path, select=[rule])
    assert [(f.line, f.column, f.end_line, f.end_column) for f in found] == [span]
    ascii_text = text.replace(NBH, "-").replace("\u2010", "-").replace("&#8209;", "-")
    assert [f.message.split("'")[0] for f in found] == [
        f.message.split("'")[0] for f in lint_text(ascii_text, path, select=[rule])]
