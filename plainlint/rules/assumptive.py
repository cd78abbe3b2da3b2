import bisect
import dataclasses
import functools
import re

from ..linting import wordlists
from ..linting.inflect import ends_in_inflection_s
from ..nlp.readability import syllable_table
from ..nlp.sentences import MID_SENTENCE, position_in_sentence, sentences_of
from .base import Option
from .wordlist import WordListRule, followed_by, is_verb_form
from ..enums import Applicability, Category


@functools.lru_cache(maxsize=64)
def _any_of(term: str) -> re.Pattern:
    """Any word of a term in word-list syntax, anywhere ("(hard|difficult)")."""
    spellings = wordlists.term_pattern(term)
    return re.compile(r"\b(?:" + spellings + r")\b", re.I)


# "or" and a comma just before the hit: "Or, just reply" offers an alternative, as "or just X" does
# (`unless_after: or` in the data; the comma must not hide it).
_OR_COMMA = re.compile(r"(?<![\w'’])or\s*,\s*\Z", re.I)
OR_COMMA_REACH = 40  # "Or, " and its spaces: searched for this far back, not along the whole line

# "brand managers can ... easily": the last "X can/could/will/may" before the hit names who does
# the eased action; when that is not the reader (and no "you" comes after it), the ease is a
# claim about someone else's work, not the reader's step (`unless_other_actor` in the data).
_MODAL_SUBJECT = re.compile(r"\b([\w'’]+)\s+(?:can|could|will|may|might)\b", re.I)
# "most people will simply install it", "a comment would just add to the clutter": a subject and a
# modal right before the hit, the subject not the reader: what someone or something does, the
# word meaning "only" or "the usual way" (check18's two FPs; `unless_other_subject` in the data).
# The modal may be contracted onto its subject: "Normally it'll just open a link in the browser",
# "For this guide, we'll just use mytopic" (check38, seed 346); "you'll just need" is the reader's.
_SUBJECT_MODAL_BEFORE = re.compile(r"\b([\w'’]+?)(?:\s+(can|could|will|would|may|might|should)|['’](?:ll|d))\s+\Z", re.I)
_PASSIVE_AFTER = re.compile(r"[ \t]+be[ \t]+[a-z]+(?:ed|en|wn|ne|t)\b", re.I)
# The reader as the subject, in the second person or the third ("Readers who are new to this can
# simply ignore ...", "then one can just run START_PRINT": the generic 'one').
_READER_AS_SUBJECT = re.compile(r"you|one|readers?", re.I)
_READER = re.compile(r"\b(?:you|your|yourself)\b", re.I)
# "Readers who are not familiar with the IIS 6.0 concepts can simply ignore ...": the word before
# the modal ends a relative clause whose head is the reader; no sentence ends between (a dot before
# a letter or digit, "6.0", "e.g", ends none). Searched this far back from the subject.
_READER_WITH_RELATIVE = re.compile(r"\b(?:you|readers?)\s+(?:who|that)\b(?:[^.;:!?]|\.(?=\w))*\Z", re.I)
RELATIVE_REACH = 100
_CONTRAST = re.compile(r"\b(?:but|while|whereas|yet)\b", re.I)
# The word after the hit, for `unless_describing`: a verb in the third person singular ("the test
# page simply reads the variables", "the module just returns XML") says what a thing does.
_NEXT_WORD = re.compile(r"[ \t]+([a-z]{3,})\b")


def _third_person_verb_after(text: str, end: int) -> bool:
    """Whether the word after `end` is a verb in the third person singular: it ends in -s, and
    without it (-s, -es, -ies to -y) it is an English word ('reads', 'guesses', 'handles',
    'applies'; not 'this', 'focus', 'access')."""
    match = _NEXT_WORD.match(text, end)
    if match is None:
        return False
    word = match.group(1)
    if not ends_in_inflection_s(word):
        return False
    stems = (word[:-3] + "y", word[:-2], word[:-1]) if word.endswith("ies") else (word[:-2], word[:-1])
    return any(stem in syllable_table() for stem in stems if len(stem) >= 2)


def _sentence_around(doc, segment, offset: int) -> tuple[int, int]:
    """The sentence holding `offset`, found by bisection (sentences are in order and apart): a
    walk from the first made a long line of findings quadratic (findings_one_line)."""
    sentences = sentences_of(doc, segment)
    index = bisect.bisect_right(sentences, offset, key=lambda sentence: sentence.start) - 1
    if index >= 0 and offset < sentences[index].end:
        return sentences[index].start, sentences[index].end
    return 0, len(segment.text)


def _other_subject_before(hit) -> bool:
    """A subject other than the reader and a modal just before the hit ('most people will simply')."""
    text = hit.segment.text
    match = _SUBJECT_MODAL_BEFORE.search(text, max(0, hit.start - 60), hit.start)
    if match is None or _READER_AS_SUBJECT.fullmatch(match.group(1)):
        return False
    if _READER_WITH_RELATIVE.search(text, max(0, match.start() - RELATIVE_REACH), match.start()):
        return False
    # "restoring can simply be done with the importer", "`vars` can simply be edited": a step the
    # reader can take, in the passive, whatever its grammatical subject
    return not ((match.group(2) or "").lower() in ("can", "could") and _PASSIVE_AFTER.match(text, hit.end))


def _other_actor(before: str) -> bool:
    """The eased action has a subject and it is not the reader: "brand managers can ... easily"."""
    subjects = list(_MODAL_SUBJECT.finditer(before))
    if not subjects:
        return False
    last = subjects[-1]
    return not _READER.search(before, last.start())


# The reader's wish: "if you want to find new content easily", "how to search your Vault easily"
# name the ease the reader is after, not a step called easy (check17's and seed 90's FPs; labels:
# 2 FP, no TP). A modal or "you" between ("want to make sure you can easily ...") makes a claim again.
_WISHED = re.compile(r"\b(?:wants?|wanted|wish(?:es)?|(?:would|['’]d) like|how)\s+to((?:\s+[\w'’-]+){1,4})\s+\Z", re.I)
_CLAIM_WORD = re.compile(r"\b(?:you|can|could|will|may|might|lets?|allows?|helps?)\b", re.I)


def _wished(doc, hit) -> bool:
    """The term closes a short wish of the reader's ("want to find new content easily")."""
    start, _ = _sentence_around(doc, hit.segment, hit.start)
    wish = _WISHED.search(hit.segment.text[start:hit.start])
    return wish is not None and _CLAIM_WORD.search(wish.group(1)) is None


_COLON_NEXT = re.compile(r"[ \t]*:")
# The sentence opens with "our" or a capitalised name's possessive ("Kagi's", "ACME’s").
_OURS = re.compile(r"[^\w]*(?:[Oo]ur\b|[A-Z][\w.&-]*['’]s\b)")


def _our_own_explained(doc, hit) -> bool:
    """"Our relationship with you is simple: you pay ...", "Kagi's privacy model is simple: ...": a
    sentence about the writer's own model, whose colon opens the explanation (check16's two FPs)."""
    text = hit.segment.text
    if not _COLON_NEXT.match(text, hit.end):
        return False
    start, _ = _sentence_around(doc, hit.segment, hit.start)
    return _OURS.match(text, start, hit.start) is not None


# The word after an ease adjective, for `unless_attributive`: a word that is no function word, no
# -ing, -ly or -ed form, is the noun (or a noun's modifier) the adjective describes ("they are simple
# text strings"); "simple to set up", "simple and fast", "easy enough", "simple using ..." are said
# of the task.
_WORD_AFTER = re.compile(r"[ \t]+([A-Za-z][\w-]*)\b(?!\.)")
_NOT_A_NOUN_AFTER = {
    "to", "and", "or", "but", "yet", "nor", "enough", "for", "if", "when", "once", "unless", "until",
    "with", "without", "in", "on", "at", "by", "from", "of", "as", "so", "since", "because", "though",
    "although", "while", "than", "too", "now", "here", "there", "again", "either", "vs", "thanks",
    "compared", "after", "before", "where", "whether", "even", "really", "indeed", "overall", "just", "through",
    "via", "you", "we"}

# A noun that names the task itself: "is fairly straightforward process to set up", "is simple
# matter of writing a class" still call the reader's task easy (ms-iis-docs, fixu34).
_TASK_NOUNS = {"process", "matter", "task", "tasks", "step", "steps", "procedure", "job", "way", "ways", "thing",
               "operation", "walkthrough"}


def _describes_a_noun_after(text: str, end: int) -> bool:
    """Whether the adjective ending at `end` stands before the noun it describes."""
    after = _WORD_AFTER.match(text, end)
    if after is None:
        return False
    word = after.group(1)
    if word[0].isupper() and not word.isupper():
        return False  # "is super easy Link Unsubscribe": a heading or a sentence run on ("HTTP requests" is a noun)
    word = word.lower()
    return word not in _NOT_A_NOUN_AFTER and word not in _TASK_NOUNS and not word.endswith(("ing", "ly", "ed"))


# fix35: a sentence opening "Simply" and an -ing form that the sentence then negates ("Simply copying
# the files does not keep the permissions", "Simply pulling the image isn't enough"): the act is the
# subject and 'simply' is 'merely'. Said of a step that works ("Simply clicking the x will remove the
# member": check22's seed 240, labelled TP) it still calls the step easy.
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)(?![\w'’-])")
_NEGATION = re.compile(r"\b(?i:not|no longer|never|cannot|nor)\b|(?i:n['’]t)\b")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n\s*\n")


def _opens_a_negated_gerund(text: str, start: int, end: int) -> bool:
    """Whether the term at `start` opens a sentence before an -ing form and the sentence holds a
    negation (`unless_negated_gerund`)."""
    after = _NEXT_WORD.match(text, end)
    if after is None or not after.group(1).lower().endswith("ing") or not is_verb_form(after.group(1).lower()):
        return False
    if position_in_sentence(text, start) == MID_SENTENCE:
        return False
    stop = _SENTENCE_END.search(text, end)
    return _NEGATION.search(text, end, stop.start() if stop else len(text)) is not None


class Assumptive(WordListRule):
    code = "PL202"
    name = "assumptive"
    category = Category.ASSUMPTIVE
    ruleset = "assumptive"
    entry_fields = {
        "unless_other_actor": Option(False, "drop the term when a subject other than the reader does "
                                            "the eased action ('brand managers can ... easily')"),
        "unless_other_subject": Option(False, "drop the term right after a subject other than the reader and a "
                                              "modal ('most people will simply install it', 'a comment would "
                                              "just add to the clutter'): what others do, no step of the reader's"),
        "unless_contrasted": Option(None, "words of difficulty that, after 'but'/'while' later in the sentence, "
                                          "make 'easy' one side of a trade-off ('easy to compute but hard to "
                                          "reverse'), term syntax", kind="term"),
        "unless_describing": Option(False, "drop the term before a verb in the third person singular "
                                           "('the page simply reads the variables'): what a thing does, "
                                           "not a step of the reader's called easy"),
        "unless_our_own": Option(False, "drop the term before a colon when the sentence opens with 'our' or "
                                        "a name's possessive ('Our pricing is simple: ...', 'Kagi's privacy "
                                        "model is simple: ...'): the writer explains its own model, no step "
                                        "of the reader's"),
        "unless_wished": Option(False, "drop the term closing a short wish of the reader's ('if you want "
                                       "to find new posts easily', 'how to search your Vault easily'): the "
                                       "ease the reader is after, no step called easy"),
        "unless_attributive": Option(False, "drop the adjective before the noun it describes ('they are simple "
                                            "text strings'): what a thing is, as 'is a simple tool' is, no "
                                            "step of the reader's called easy"),
        "unless_negated_gerund": Option(False, "drop the term opening a sentence before an -ing form when the "
                                               "sentence negates ('Simply copying the files does not keep them'): "
                                               "the act is the subject, 'merely', no step of the reader's called easy"),
        "safe_before": Option(None, "words after the term before which deleting it is a safe fix "
                                    "(the verbs of a step: 'click', 'open'), term syntax", kind="term"),
    }
    summary = "Words that assume the task is easy or the reader already knows"
    rationale = (
        "A reader who is stuck and reads 'simply click Save' or 'obviously, you need to restart' is "
        "told that the problem is them. Minimisers ('simply', 'just', 'easy') and knowledge claims "
        "('as you know', 'of course') add no instruction, and they make a frustrated customer feel "
        "talked down to. Delete them: the step is the same without them. An invitation to write back, "
        "get in touch or ask with no one else named ('just reply to this email', 'just let us know', "
        "'just send us a message', 'just ask for one') is left alone: it offers help and calls no step of the reader's easy. After a negation 'just' means 'merely' ('do not "
        "just close the window') and is left alone."
    )
    bad = (
        "Simply click Save and you are done.",
        "Obviously, you need to restart the app.",
        "Just click the gear icon.",
    )
    good = (
        "Click Save.",
        "Restart the app.",
        "This was just released last week.",
        "Questions? Just reply to this email.",
    )
    fix_safety = ("Safe for minimisers before a verb ('simply', 'just') and for 'simple' or 'easy' before the steps or "
                  "clicks a task takes ('three easy steps'): they are deleted and the next word's capital is repaired.")

    def keep(self, doc, hit, entry) -> bool:
        """`unless_after` and `unless_before` (every word list): "most simply", "cannot easily" and
        "they just use" are not minimisers aimed at the reader; "simply put" is an idiom, "simply
        means" is "merely", "just let us know" offers help rather than calling a step easy."""
        if not super().keep(doc, hit, entry):
            return False
        if re.search(r"\bor\b", str(entry.fields.get("unless_after") or "")) \
                and _OR_COMMA.search(hit.segment.text, max(0, hit.start - OR_COMMA_REACH), hit.start):
            return False  # "Or, just reply to this e-mail": the same alternative as "or just reply"
        if entry.fields["unless_describing"] and _third_person_verb_after(hit.segment.text, hit.end):
            return False
        if entry.fields["unless_other_subject"] and _other_subject_before(hit):
            return False
        if entry.fields["unless_our_own"] and _our_own_explained(doc, hit):
            return False
        if entry.fields["unless_wished"] and _wished(doc, hit):
            return False
        if entry.fields["unless_attributive"] and _describes_a_noun_after(hit.segment.text, hit.end):
            return False
        if entry.fields["unless_negated_gerund"] and _opens_a_negated_gerund(hit.segment.text, hit.start, hit.end):
            return False
        return not self._about_someone_else(doc, hit, entry)

    @staticmethod
    def _about_someone_else(doc, hit, entry) -> bool:
        """Third-editor ruling (docs/accuracy.md): an ease word is assumptive when the reader does the
        eased action. Someone else doing it ("brand managers can manage colours easily") or a
        trade-off ("easy to calculate but hard to reverse") describes the world, not the reader's step."""
        contrast, other_actor = entry.fields["unless_contrasted"], entry.fields["unless_other_actor"]
        if not (contrast or other_actor):
            return False
        text = hit.segment.text
        start, end = _sentence_around(doc, hit.segment, hit.start)
        if other_actor and _other_actor(text[start:hit.start]):
            return True
        if contrast:
            later = _CONTRAST.search(text, hit.end, end)
            return bool(later and _any_of(str(contrast)).search(text, later.end(), end))
        return False

    def hit_for(self, segment, match, doc):
        """A safe removal only before a verb of the reader's step (`safe_before` in the data):
        "Simply click Save" -> "Click Save". Elsewhere ("Simply enough, ...") the removal may
        break the sentence, so it is offered as unsafe."""
        hit = super().hit_for(segment, match, doc)
        pattern = match.entry.fields["safe_before"]
        if hit.rewrite is not None and hit.rewrite.applicability == Applicability.SAFE and pattern \
                and not followed_by(str(pattern)).match(segment.text, hit.end):
            hit.rewrite = dataclasses.replace(hit.rewrite, applicability=Applicability.UNSAFE)
        return hit

    def message(self, flagged, entry, suggestions):
        if entry.remove:
            return f"'{flagged}' assumes the step is easy for the reader: delete it"
        advice = f"use '{suggestions[0]}'" if suggestions else "delete it or say what the reader needs"
        note = f" ({entry.note})" if entry.note else ""
        return f"'{flagged}' assumes what the reader knows or finds easy: {advice}{note}"
