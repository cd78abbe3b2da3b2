"""sentence-length in a reply: the fill-ins a long sentence holds are found among the paragraph's
without reading every fill-in for every sentence (rev14: a paragraph of n long sentences with two
fill-ins each read 2n fill-ins per sentence, n * 2n in all)."""

from __future__ import annotations

from plhelpers import lint_text
from plainlint.rules import sentence_length


class CountingList(list):
    """A list that counts the items read from it, one by one or by iterating."""

    reads = 0

    def __getitem__(self, index):
        CountingList.reads += 1
        return super().__getitem__(index)

    def __iter__(self):
        for item in super().__iter__():
            CountingList.reads += 1
            yield item


def test_only_the_fill_ins_near_a_sentence_are_read():
    text = "Tell [the customer's first name here] the order [order number goes here] has left. " * 1000
    fill_ins = CountingList(sorted((m.start(), m.end()) for m in __import__("re").finditer(r"\[[^\]]*\]", text)))
    sentence = text.index("Tell", len(text) // 2)
    end = text.index(".", sentence) + 1
    CountingList.reads = 0
    extra = sentence_length.fill_in_extra_words(text, sentence, end, fill_ins)
    assert extra == (5 - 2) + (4 - 2)
    assert CountingList.reads <= 40  # a bisection and the two inside, not all 2,000


def test_fill_in_words_are_still_discounted_in_a_reply():
    reply = ("Hi [Name],\n\nPlease tell [insert the customer's first name here please] that we moved the order "
             "[order number goes here] to the warehouse and that the parcel will leave on the next working day.\n\n"
             "Thanks,\nAlex\n")
    assert lint_text(reply, "saved-replies/order.md", select=["sentence-length"]) == []
    article = reply.replace("Hi [Name],\n\n", "# Orders\n\n").replace("\n\nThanks,\nAlex\n", "\n")
    assert [f.rule for f in lint_text(article, "docs/orders.md", select=["sentence-length"])] == ["sentence-length"]
