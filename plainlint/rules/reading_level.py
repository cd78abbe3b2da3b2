"""reading-level: textstat grade per paragraph and per document against a target."""

from __future__ import annotations

import re

from ..nlp import readability
from ..nlp.sentences import label_lines_only, sentences_of, word_count
from .base import Hit, Option, Rule
from ..enums import Category


class ReadingLevel(Rule):
    code = "PL301"
    name = "reading-level"
    category = Category.READABILITY
    summary = "Paragraphs and documents that read above the target grade"
    rationale = (
        "Support content is read by people under stress, often skimming, often in a second language. "
        "Plain-language guidance for public and customer-facing text aims at a US school grade of "
        "about 8 (about 6 for short e-mails). A grade well above that means long sentences and long "
        "words; the reader has to reread. plainlint scores each paragraph and the whole document "
        "with textstat (Flesch-Kincaid by default) on the prose only, code and markup removed, and "
        "points at the hardest sentence as the place to start: the one holding most of the paragraph's "
        "difficulty, its grade weighted by its words, so a short exclamation of long words is not named. "
        "A name inside a sentence (a product, page or button) counts as one short word, since no edit "
        "can shorten it, and a paragraph in "
        "another language (a German page, lorem ipsum) is not scored. In articles a paragraph is "
        "reported 4 grades above the target (`paragraph-margin`): one paragraph's grade moves by grades "
        "with a few long terms, the whole document's does not."
    )
    # Two sentences under sentence-length's limit: a one-sentence paragraph is reported by
    # sentence-length alone (linting.superseded.drop_repeated_units), so it would show nothing here.
    bad = (
        "Subsequent to the establishment of organizational authentication requirements, "
        "administrators are responsible for configuring conditional access policies. These "
        "policies determine the circumstances under which individual employees may authenticate "
        "using alternative verification methodologies.\n",
    )
    good = (
        "Your admin sets the sign-in rules for your team. They decide when you can sign in with a "
        "code instead of a password. Ask them if you cannot sign in. They can check the rules and "
        "change them for you. This usually takes a few minutes.\n",
    )
    options = {
        "target": Option(8.0, "highest acceptable grade (e.g. 6 for e-mails via an override)", minimum=0),
        "formula": Option("flesch-kincaid", "one of " + ", ".join(readability.FORMULAS) + "; the grade formulas use "
                          "`target`, flesch-reading-ease uses `min-ease` and lix uses `max-lix`",
                          choices=tuple(readability.FORMULAS)),
        "min-ease": Option(60.0, "lowest acceptable Flesch Reading Ease score (formula: flesch-reading-ease; "
                                 "0-100, higher is easier; flagged below it)", minimum=0),
        "max-lix": Option(40.0, "highest acceptable LIX score (formula: lix; higher is harder; flagged above it)",
                          minimum=0),
        "paragraph-margin": Option(0.0, "grades above `target` one paragraph may read before it is reported "
                                        "(grade formulas only; the whole document is held to `target`)", minimum=0),
        "min-words": Option(30, "paragraphs with fewer words are not scored on their own", minimum=1),
        "document": Option(True, "also score the whole document"),
        "document-min-words": Option(100, "documents with fewer prose words are not scored", minimum=1),
    }
    # Per kind (issue 25, from the labelled sample). Replies: most findings at grade 8 were short,
    # plain e-mail paragraphs just over the target (47% right); at 10, 88% are right and one right
    # finding is lost. A reply's document grade repeats its paragraphs (1 of 8 right): off.
    # Articles: 69% right at 8 and no target reaches 95% (12: 87%, losing 179 of 392 right ones):
    # the target stays, as a hint.
    # Articles (issue 26, labelled samples A / B): a paragraph's grade is noisy, a few names or
    # long terms move it by grades. Paragraphs were right 287 of 395 times at 8 (B 83/140) and
    # 74 of 76 at 13 (B 24/25); the document grade, over all the prose, 30/34 at 8 and 17/18 at 9
    # (B 19/19). So an article is held to grade 9 as a whole and a paragraph to 4 grades more (13).
    # Replies (issue 26, session 9): paragraph findings were right 26 of 33 times on A, 5 of 27 on
    # B and 8 of 41 on sample D (held out), and no target, margin or sentence split separates
    # them (a few long words move a short paragraph's grade by grades; template guidance copy
    # reads at 11.8). Off in replies by default; sentence-length still reports long sentences
    # there, and `kinds: {reply: {rules: {reading-level: warning}}}` turns it back on (target 10).
    per_kind = {"reply": {"severity": "off", "target": 10.0, "document": False},
                "article": {"severity": "info", "target": 9.0, "paragraph-margin": 4.0}}
    flags_unit = True

    def check(self, doc, options):
        formula = options["formula"]
        if formula not in readability.FORMULAS:
            formula = "flesch-kincaid"
        target = limit_for(options, formula)
        paragraph_target = paragraph_limit(options, formula, target)
        first, total_words = None, 0
        tally = readability.ProseTally(formula) if options["document"] else None
        anchor = None  # the first paragraph holding a sentence: where the document's finding is shown
        for segment in readability.prose_of(doc.segments):  # (a list would hold a 10 MB table's cells)
            first = segment if first is None else first
            anchor = segment if anchor is None and _holds_a_sentence(segment.text) else anchor
            words = word_count(segment.text)
            total_words += words
            unit = None
            if words >= options["min-words"] and not label_lines_only(segment.text):
                unit = readability.as_unit(segment.text)
                score = readability.grade(unit, formula)
                if readability.beyond(score, paragraph_target, formula):  # as shown: 'grade 8.0, above the target 8' never
                    yield self._paragraph_hit(doc, segment, score, paragraph_target, words, formula)
            if tally is not None:
                tally.add(segment.text, words, unit)
        if tally is not None and first is not None and total_words >= options["document-min-words"]:
            score, _ = readability.document_grade(doc, formula, tally)
            if readability.beyond(score, target, formula):
                anchor = anchor or first
                hit = Hit(0, len(anchor.text), (
                    f"Document {_reads_at(score, target, formula)}: "
                    "shorten sentences and use plainer words throughout"), anchor)
                hit.context = _with_score({**_score_context(score, target, formula), "words": total_words,
                                           "formula": formula, "scope": "document", "kind": doc.kind},
                                          score, formula)
                yield hit

    def _paragraph_hit(self, doc, segment, score, target, words, formula):
        hardest = hardest_sentence(sentences_of(doc, segment), formula)
        start_line, start_col = _line_col(doc, segment, hardest.start)
        preview = " ".join(hardest.text.split())
        preview = preview if len(preview) <= 80 else preview[:77] + "..."
        hit = Hit(0, len(segment.text), (
            f"Paragraph {_reads_at(score, target, formula)}: start with "
            f"the hardest sentence at {start_line}:{start_col} (\"{preview}\") and split long sentences"), segment)
        hit.context = {**_score_context(score, target, formula), "words": words, "formula": formula,
                       "scope": "paragraph",
                       "hardest_sentence": {"line": start_line, "column": start_col, "text": hardest.text}}
        hit.context = _with_score(hit.context, score, formula)
        return hit


# A sentence's end: a stop before a non-word character ("Duck.ai" holds none), or a colon that
# closes the paragraph (a list's lead-in). A DocFX include (read as a placeholder), a label line
# ("_Original KB number:_ 2008668", "Applies to: Office 2016"), a byline or a licence header holds
# none (user34 defect 10).
_SENTENCE_END = re.compile(r"\S[.!?…](?!\w)|:\W*\Z")


def _holds_a_sentence(text: str) -> bool:
    return word_count(text) >= 3 and _SENTENCE_END.search(text) is not None


def hardest_sentence(sentences, formula: str):
    """The sentence to start with: the one holding the most of the paragraph's difficulty, its
    own score weighted by its words (a paragraph's grade mixes its sentences' by their words), the
    longer on a tie. Its score alone would name a two-word exclamation of long words ("Knitting
    overload!", grade 15 on its own) over the 27-word sentence that makes the paragraph hard
    (issue 26)."""
    return max(sentences, key=lambda s: (word_count(s.text) * difficulty(s.text, formula), len(s.text)))


def difficulty(text: str, formula: str) -> float:
    """The formula's score of one unit, higher meaning harder (Flesch Reading Ease is an ease,
    0-100: its complement)."""
    score = readability.grade(readability.as_unit(text), formula)
    return 100 - score if readability.direction(formula) == "below" else score


def limit_for(options: dict, formula: str) -> float:
    """The limit a score is compared with: `min-ease` for Flesch Reading Ease, `max-lix` for LIX,
    `target` (a grade) for the grade formulas."""
    if formula == "flesch-reading-ease":
        return float(options["min-ease"])
    if formula == "lix":
        return float(options["max-lix"])
    return float(options["target"])


def paragraph_limit(options: dict, formula: str, target: float) -> float:
    """The limit one paragraph is compared with: `target` plus `paragraph-margin` for the grade
    formulas (one paragraph's grade swings by grades with a few names or long terms, issue 26),
    the document's limit for the others."""
    margin = float(options.get("paragraph-margin") or 0)
    return target + margin if readability.is_grade(formula) else target


def _reads_at(score: float, limit: float, formula: str) -> str:
    """'reads at grade 11.2 (smog), above the target 8' or 'scores 41.0 on Flesch Reading Ease,
    below the minimum 60 (higher is easier)'."""
    if readability.is_grade(formula):
        return f"reads at grade {score:.1f} ({formula}), above the target {limit:g}"
    if readability.direction(formula) == "below":
        return f"scores {score:.1f} on Flesch Reading Ease, below the minimum {limit:g} (higher is easier)"
    return f"scores {score:.1f} on LIX, above the maximum {limit:g} (higher is harder)"


def _score_context(score: float, limit: float, formula: str) -> dict:
    """`grade` for the grade formulas (as before) and `target` (the limit) for every formula;
    `_with_score` adds `score` and `direction` ('above' or 'below': the side of `target` that
    is reported) for every formula."""
    context = {"grade": round(score, 2)} if readability.is_grade(formula) else {}
    context["target"] = limit
    return context


def _with_score(context: dict, score: float, formula: str) -> dict:
    """The context with `score` and `direction` added last (the older keys keep their order)."""
    return {**context, "score": round(score, 2), "direction": readability.direction(formula)}


def _line_col(doc, segment, offset):
    span = segment.to_source(offset, offset + 1)
    return doc.source.line_col(span.start)
