"""shouting (PL207): ALL-CAPS words that are not acronyms, and '!!' or '?!'."""

from __future__ import annotations

import functools
import re

from ..enums import Applicability, Category, Scope
from ..nlp.readability import syllable_table
from ..nlp.sentences import is_pictograph
from .base import ALL_SCOPES, Hit, Option, Rewrite, Rule, inside_any, quoted_spans
from .prose_scan import Precheck, WhenAsked, segments_admitted
from .capitals import (SHORT_WORD, after_a_naming_phrase, capitals_required, document_acronyms,
                       is_common_word, shouting_data)
from .shouting_words import (after_a_product_name, holds_an_emphatic_word, is_placeholder, list_with_acronyms,
                             lowered_keeping_acronyms, next_word, previous_word, reads_as_prose,
                             split_at_lowercase, value_of_a_name)
from .shouting_spec_sheet import label_ends
from .shouting_labels import (after_a_conflict_marker, capitalised_link_texts, gui_label_contents, inside_ranges,
                              names_joined_before_a_noun, on_an_admonition_line, plain_text_heading,
                              quotes_an_interface_label, value_after_a_label, a_separator_label, shown_in_two_cases)

# Not part of a name or of code: no letter, sigil, path or quote right before or after, nor a
# colon or an assignment ("DataType::AUDIO", a switch's value "/d:TRACE", 'MODE="0666"',
# "SUBSYSTEM=="); so "Subject:FREE" typed without its space is not read either (rev14: on the
# corpus only the switch is written so).
_CAPS = re.compile(r"(?<![\w$@#%./\\'’{\[<:=-])[A-Z][A-Z'’]*(?![\w}\]>(%\\=]|[-./_@]\w|::)")


# A hyphenated compound in capitals ("ONE-TIME", "SIGN-IN"): `_CAPS` takes neither part, so it split a
# run of capitals in two ("SEND A ONE-TIME LINK" was flagged from LINK). In a run it joins the words
# around it; it is not counted as one of a run's words (`reads_as_prose`), so it never makes a run
# shout that would not shout without it ("PREMIUM ADD-ON", a badge, stays one word).
_CAPS_COMPOUND = re.compile(r"(?<![\w$@#%./\\'’{\[<:=-])[A-Z]+(?:-[A-Z]+)+(?![\w}\]>(%\\=]|[-./_@]\w|::)")
_CAPS_OR_COMPOUND = re.compile(f"(?P<compound>{_CAPS_COMPOUND.pattern})|{_CAPS.pattern}")


_GAP = re.compile(r"^(?:[\s,;:&/\"“”()–—-]+|\s+(?:or|and)\s+)$")


# A whole run of ! and ? holding '!!', '?!' or '!?'. Tried only where a run starts, the run taken
# possessively: '[!?]*(?:!!|\?!|!\?)[!?]*' tried every start of a long run of '?' and backed off
# from each (lin27, benchmarks/rule_sweep.py: 16,000 '?' took 2 CPU-s, 16x per 4x).
_PUNCT = re.compile(r"(?<![!?])(?=[!?]*?(?:!!|\?!|!\?))[!?]++")


_VOWELS = set("AEIOUY")


ALL, EMPHATIC = "all", "emphatic"
MODES = (ALL, EMPHATIC)


BOLD_ADVICE = "use bold for emphasis"
# A plain-text file (a text e-mail, a .txt reply) shows no bold: the advice there is what plain-text
# style guides give, lower case with the stress put in the words.
PLAIN_TEXT_ADVICE = "write it in lower case and let the words carry the stress ('Important:'), as plain text has no bold"


def _emphasis_advice(doc) -> str:
    return PLAIN_TEXT_ADVICE if doc.format == "text" else BOLD_ADVICE


class Shouting(Rule):
    code = "PL207"
    name = "shouting"
    category = Category.TONE
    summary = "ALL-CAPS words that are not acronyms, and '!!' or '?!'"
    rationale = (
        "Capitals read as shouting, and a run of them is harder to read: words lose their shape, "
        "so readers with dyslexia or low vision slow down, and some screen readers spell short "
        "capitalised words letter by letter. Doubled exclamation marks and '?!' sound alarmed or "
        "exasperated. Use bold or a clear heading for emphasis (in plain text, lower case and words that "
        "carry the stress, such as 'Important:'), and one mark of punctuation. "
        "Acronyms (HTML, SAML, GDPR) are not shouting: they are data in rulesets/shouting.yaml, "
        "and a word counts as one when it has no vowel, is not an English word, or is spelled out "
        "in the document. Short words (up to 5 letters) must be common English words to count as "
        "shouting: SIEM or NASA are pronounceable but are still acronyms. Alt text is not checked: "
        "it transcribes the text in an image, capitals included. Not shouting either: placeholders an "
        "agent replaces ('<< PASTE TRACKING NUMBER >>', '[[FILL IN]]', 'YOUR NAME'), repository file names "
        "(CONTRIBUTING, CHANGELOG), a name after 'named' or a CamelCase word (IntelliJ IDEA), a name an article's title or a link gives in capitals ('[COSMIC Desktop](...)'), a word the "
        "document itself quotes in capitals, a name it mentions ('the \"LINK\" keyword'; an emphatic word "
        "such as 'FREE' still shouts), MkDocs "
        "admonitions in any case ('!!! note', '!!! WARNING'), the marks of Grav's notices on a Grav page ('!! Back up first'), a merge-conflict marker's HEAD, a sweepstakes notice, the capitals of a legal disclaimer, a link text, a short table "
        "label or page title wholly in capitals (a styled button or column header), a specification sheet's "
        "labels (a bulleted item's first line in capitals with its value below it in the item, '- PLAY TIME' "
        "then 'Up to 8 hours'; on a page of three such labels, a paragraph's label line above its value too; "
        "a label holding an emphatic word such as 'DO NOT' still shouts), a bold label of up to "
        "three words in a menu path, after 'go to' or 'under', before 'tab' or 'window', or in a list of bold "
        "labels ('Go to **SETTINGS > Members**'; 'We **STRONGLY** recommend' is still shouting), a field's value alone "
        "after its label ('Status: ARCHIVED'), a word shown beside its other case ('Name or NAME'), a separator's label ('--- CUT HERE ---'), a plain-text e-mail's section heading (a short line in capitals alone between blank lines, 'WHAT HAPPENED'), a mnemonic spelled out a step a line (BLAST over BELIEVE, LISTEN, ...), "
        "and RFC 2119 keywords (MUST, "
        "SHOULD NOT) in articles; in replies they are still shouting. In articles (`mode: emphatic`) only "
        "capitals heard as a raised voice are reported: a run of two or more English words ('DO NOT', 'SEE "
        "ALSO') or an emphatic word ('NEVER', 'HIGHLY', 'FREE'); a single other word in capitals there is "
        "mostly a value, keyword or name ('the SENSOR message'). Replies report every one (`mode: all`)."
    )
    bad = (
        "NEVER delete the folder before you export it.",
        "Your trial ends tomorrow!!",
        "Why did the export fail?!",
    )
    good = (
        "Do **not** delete the folder before you export it.",
        "Set up DKIM and SPF for your domain, then check the JSON response.",
        "Your trial ends tomorrow!",
    )
    fix_levels = (Applicability.UNSAFE,)
    fix_safety = "Unsafe: '!!' becomes '!' and '?!' becomes '?'; capitals are lowered only as a suggestion."
    scopes = ALL_SCOPES - {Scope.ALT}  # alt text transcribes the image, capitals and all
    options = {
        "min-length": Option(4, "shortest all-caps word that counts as shouting", minimum=1),
        "acronyms": Option([], "more words to treat as acronyms (product names, codes)"),
        "labels": Option(False, "also flag a capitalised label before a colon ('NOTE:', 'WARNING:')"),
        "mode": Option(ALL, "`all`: every word in capitals that is no acronym, name or label; `emphatic`: only "
                            "capitals read as a raised voice, a run of two or more English words ('DO NOT', "
                            "'SEE ALSO') or an emphatic word ('NEVER', 'HIGHLY', 'FREE'; rulesets/shouting.yaml)",
                       choices=MODES),
    }
    # Articles: the emphatic tier (shout24). On documentation pages drawn blind the single words in
    # capitals were mostly identifiers, values and names met once (0.22-0.42 right, seeds 251/252/258);
    # a reply's or subject's capitals are what a customer sees first, so replies keep `all`. With the
    # tier, held-out documentation pages drawn blind were right 28 times in 34 (seed 271: 0.82), so
    # `info` there by the README's "Default severities from the labels".
    per_kind = {"article": {"mode": EMPHATIC, "severity": "info"}}

    def check(self, doc, options):
        data = shouting_data()
        # What the document says of its capitals, worked out for the first segment that may shout
        acronyms = WhenAsked(lambda doc: document_acronyms(doc, data, options), doc)
        label_links = WhenAsked(capitalised_link_texts, doc)
        gui_labels = WhenAsked(gui_label_contents, doc)
        spec_labels = WhenAsked(label_ends, doc)
        capitals_in_a_row = _shouting_capitals(options["min-length"])
        for segment in segments_admitted(doc, _may_shout_or_exclaim(capitals_in_a_row), self.scopes):
            may_shout = capitals_in_a_row is not None and capitals_in_a_row.search(segment.text) is not None \
                and _may_hold_a_shout(segment.text, options["min-length"])
            quotes = quoted_spans(segment)
            if may_shout and not _is_lone_value(segment) and not _is_capitalised_label(segment) \
                    and not capitals_required(doc, segment, data) \
                    and not plain_text_heading(doc, segment, data["emphatic_words"]):
                names = _EitherSet(acronyms(), conventional_capitals(segment, data))
                emphatic = options.get("mode", ALL) == EMPHATIC
                label_end = spec_labels().get(segment.key, 0)  # a spec sheet's label: None for all of it
                for hit in self._caps_hits(segment, quotes, names, options.get("labels", False), options["min-length"], emphatic,
                                           _emphasis_advice(doc)):
                    if label_end is None or hit.start < label_end:
                        continue
                    span = segment.to_source(hit.start, hit.end)
                    if not inside_ranges(span, label_links()) and not inside_ranges(span, gui_labels()) \
                            and not quotes_an_interface_label(doc, span):
                        yield hit
            yield from self._punctuation_hits(segment, quotes)

    def _caps_hits(self, segment, quotes, acronyms, flag_labels, min_length, emphatic=False, advice=BOLD_ADVICE):
        text = segment.text
        naming_nouns = shouting_data()["naming_nouns"]
        key_verbs = shouting_data()["key_verbs"] | shouting_data()["keyword_verbs"]
        for run in _caps_runs(text, acronyms, flag_labels, min_length):
            if run and not flag_labels and _is_label(text, run):
                continue  # a label: "DATE SHIPPED:", "NOTE:", "ADMIN – Equivalent to ..."
            if run and next_word(text, run[-1][1]) in naming_nouns:
                continue  # a name: "the VALUE or POINTS TO field"
            if run and previous_word(text, run[0][0]) in key_verbs:
                continue  # a key or button label ("press ENTER", "click ADD USER"), a keyword sent ("Reply STOP")
            if run and (after_a_naming_phrase(text, run[0][0])
                        or after_a_product_name(text, run[0][0])):
                continue  # a name: "the file named LICENSE", "IntelliJ IDEA"
            if run and is_placeholder(text, run, shouting_data()["placeholder_openers"]):
                continue  # to be replaced by the agent: "<< PASTE TRACKING NUMBER >>", "YOUR NAME"
            if run and value_of_a_name(text, run[0][0], shouting_data()["value_nouns"]):
                continue  # a literal value: "its status value is either ACTIVE or DRAINING"
            if run and (value_after_a_label(text, run) or a_separator_label(text, run) or shown_in_two_cases(text, run)):
                continue  # a field's value ("Status: TEMPLATE"), a separator's label, "Name or NAME"
            if run and _HTTP_STATUS_BEFORE.search(text, max(0, run[0][0] - 8), run[0][0]):
                continue  # an HTTP status line as servers send it: "403 FORBIDDEN", "404 NOT FOUND"
            if run and (on_an_admonition_line(text, run[0][0]) or after_a_conflict_marker(text, run[0][0])):
                continue  # syntax: an admonition's type ('!!! WARNING'), a conflict marker's HEAD
            if list_with_acronyms(text, run):
                continue  # one of a list of names: "the CNAME or TEXT and MX records"
            for part in split_at_lowercase(text, run):
                yield from self._part_hit(segment, text, part, quotes, emphatic, advice)

    def _part_hit(self, segment, text, run, quotes, emphatic=False, advice=BOLD_ADVICE):
        """One finding for a run of capitalised words, trimmed of acronyms and single letters
        (in the emphatic tier an emphatic word is looked for before trimming: 'WILL NOT', with
        NOT an RFC keyword in an article)."""
        emphatic_word = emphatic and holds_an_emphatic_word(text, run, shouting_data()["emphatic_words"])
        while run and run[0][2] != "shout" and (run[0][2] == "acronym" or run[0][1] - run[0][0] == 1):
            run.pop(0)
        while run and run[-1][2] != "shout" and (run[-1][2] == "acronym" or run[-1][1] - run[-1][0] == 1):
            run.pop()
        if not any(kind == "shout" for _, _, kind in run):
            return
        if emphatic and not emphatic_word and not reads_as_prose(text, run, shouting_data()["rfc_keywords"]):
            return
        start, end = run[0][0], run[-1][1]
        if inside_any(start, end, quotes):
            return
        flagged = text[start:end]
        lowered = lowered_keeping_acronyms(text, run, start)
        if _opens_a_sentence(text, start):
            lowered = lowered[0].upper() + lowered[1:]
        yield Hit(start, end, (
            f"'{flagged}' is in capitals, which reads as shouting and is harder to read: "
            f"{advice} (or add it to the `acronyms` option if it is an acronym)"),
            segment, [lowered])

    def _punctuation_hits(self, segment, quotes):
        for match in _PUNCT.finditer(segment.text):
            if inside_any(match.start(), match.end(), quotes) or _ADMONITION.match(segment.text, match.start()) \
                    or on_an_admonition_line(segment.text, match.start()):
                continue
            marks = match.group()
            single = "?" if "?" in marks else "!"
            hit = Hit(match.start(), match.end(), (
                f"'{marks}' sounds alarmed or exasperated: use one '{single}'"), segment, [single])
            hit.rewrite = Rewrite(single, Applicability.UNSAFE, f"Replace '{marks}' with '{single}'")
            yield hit


# MkDocs / Python-Markdown admonitions ("!!! note", "??? tip", "???+ warning") at a line start.
_ADMONITION = re.compile(r"(?:(?<=\n)|(?<=^))[ \t]*(?:!!!|\?\?\?\+?)[ \t]+[a-z]")


def _is_capitalised_label(segment) -> bool:
    """A table cell or page title of up to four words, all in capitals: a column header or label
    styled in capitals ('EMAILS SENT', <title>THANK YOU</title>), not a sentence shouted."""
    text = segment.text.strip()
    return (segment.scope in (Scope.TABLE_CELL, Scope.TITLE) and not any(ch.islower() for ch in text)
            and len(text.split()) <= 4 and not re.search(r"[.!?]$", text))


# An HTTP status code right before the run: the reason phrase after it is quoted from a server.
_HTTP_STATUS_BEFORE = re.compile(r"(?<![\w.])[1-5]\d\d[ \t]+\Z")


# A link text that opens with one word in capitals before lower-case words ("CHECK penetration
# testing", "NHS login"): the name of the destination as its owner spells it (issue 26, sample A).
def _may_shout(text: str, min_length: int) -> bool:
    """Whether the text has min_length capitals in a row (apostrophes aside): without them no
    word can shout, and the costlier run analysis is skipped (most segments have none)."""
    pattern = _shouting_capitals(min_length)
    return pattern is not None and pattern.search(text) is not None


def _shouting_capitals(min_length) -> re.Pattern | None:
    try:  # (made once per document, not per segment)
        return _capitals_in_a_row(max(1, int(min_length)))
    except (OverflowError, ValueError):  # .inf or .nan in config: no word is that long
        return None


@functools.lru_cache(maxsize=8)
def _capitals_in_a_row(count: int) -> re.Pattern:
    return re.compile(r"[A-Z](?:['’]*[A-Z]){%d}" % (count - 1))


@functools.lru_cache(maxsize=8)
def _may_shout_or_exclaim(capitals_in_a_row: re.Pattern | None) -> Precheck:
    """Segments with capitals in a row (every word finding has them) or a '!' or '?', found once
    per document; `[A-Z!?]` first, which sre skips ahead to (twice as fast as `{caps}|[!?]`)."""
    if capitals_in_a_row is None:
        return Precheck(re.compile("[!?]"))
    return Precheck(re.compile(f"[A-Z!?](?:(?<=[A-Z]){capitals_in_a_row.pattern.removeprefix('[A-Z]')}|(?<=[!?]))"))


def _caps_runs(text: str, acronyms: set[str], flag_labels: bool, min_length: int):
    """Runs of capitalised words separated only by spaces or light punctuation.

    Each item is (start, end, kind): "shout" (an English word of min_length+ letters),
    "acronym", "small" (a short word such as DO, NOT, A) or "compound" (ONE-TIME: it joins a run).
    """
    runs: list[list[tuple[int, int, str]]] = []
    for match in _CAPS_OR_COMPOUND.finditer(text):
        word = match.group().rstrip("'’")
        end = match.start() + len(word)
        if match.group("compound"):
            kind = _compound_kind(word, acronyms)
        elif re.match(r"\s+/", text[end:end + 3]):
            kind = "acronym"  # an HTTP method before a path: POST /v3/mail/send
        elif is_shouted(word, acronyms, min_length):
            kind = "small" if not flag_labels and text[end:end + 1] == ":" else "shout"
        elif len(word) > 1 and not is_shouted(word, acronyms, 1):
            kind = "acronym"
        else:
            kind = "small"
        item = (match.start(), end, kind)
        if runs and _GAP.match(text[runs[-1][-1][1]:item[0]] or "-"):
            runs[-1].append(item)
        else:
            runs.append([item])
    return runs


def _compound_kind(word: str, acronyms) -> str:
    """"compound" when every part of two or more letters is an English word (ONE-TIME, E-LEARNING),
    else "acronym": USB-C or WI-FI keep their capitals in the suggestion and are trimmed from a run's
    ends as an acronym is."""
    parts = [part for part in word.split("-") if len(part) > 1]
    return "compound" if all(is_shouted(part, acronyms, 1) for part in parts) else "acronym"


def _may_hold_a_shout(text: str, min_length) -> bool:
    """A word in capitals of `text` is shouted if nothing is an acronym (acronyms only take
    words out: the document's and the segment's are worked out only for such text)."""
    return any(is_shouted(match.group().rstrip("'’"), frozenset(), min_length) for match in _CAPS.finditer(text))


def is_shouted(word: str, acronyms: set[str], min_length: int) -> bool:
    """An all-caps English word of min_length+ letters that is not an acronym."""
    letters = word.replace("'", "").replace("’", "")
    if len(letters) < min_length or not _VOWELS & set(letters):
        return False
    lowered = letters.lower()
    if lowered in acronyms or lowered.rstrip("s") in acronyms:
        return False
    if len(letters) <= SHORT_WORD and not is_common_word(word.lower(), shouting_data()["common_short_words"]):
        return False
    return word.lower() in syllable_table()


_LABEL_END = re.compile(r"\)?(?:\s*\([^()\n]{1,40}\))?:")


def _is_label(text: str, run) -> bool:
    """A label before a colon, perhaps with a note in brackets ("NOTE:", "BODY (JSON):"), or a
    capitalised term opening a definition ("ADMIN – Equivalent to ...")."""
    if _LABEL_END.match(text, run[-1][1]) is not None:
        return True
    opens_text = _SPACES.fullmatch(text, 0, run[0][0]) is not None  # (no copy of the text before it)
    return opens_text and _DASH_BETWEEN_SPACES.match(text, run[-1][1]) is not None


_SPACES = re.compile(r"\s*")


_DASH_BETWEEN_SPACES = re.compile(r"\s[–—-]\s")


def _opens_a_sentence(text: str, start: int) -> bool:
    """Whether the run at `start` opens its sentence: only emoji and white space before it, or
    white space after . ! ? or : ("\u26a0\ufe0f WARNING", ":warning: WARNING" read as its emoji). Read
    backwards, not by searching the whole text before it (quadratic on a long line of capitals)."""
    pos = start
    while pos > 0 and (text[pos - 1].isspace() or is_pictograph(text[pos - 1])):
        pos -= 1
    return pos == 0 or (pos < start and text[pos - 1] in ".!?:")


class _EitherSet:
    """Membership in either of two sets, without copying the document-wide one per segment."""

    __slots__ = ("first", "second")

    def __init__(self, first: set[str], second: set[str]):
        self.first, self.second = first, second

    def __contains__(self, item) -> bool:
        return item in self.first or item in self.second


_WORDS_AND_COMPOUNDS = re.compile(r"[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*")


def conventional_capitals(segment, data) -> set[str]:
    """Capitalised words that are names in this segment: commands beside another of their kind,
    a word before a naming noun ("the DATA command"), a key after "press", RFC 2119 keywords in
    a quotation."""
    text = segment.text
    found = set()
    words = _WORDS_AND_COMPOUNDS.findall(text)  # "ONE-TIME LINK": ONE-TIME, not TIME, stands before the noun
    capitals = {w.lower() for w in words if w.isupper() and len(w) > 1}
    for vocabulary in data["vocabularies"]:
        if len(capitals & vocabulary) >= 2:
            found |= capitals & vocabulary
    for before, word, after in zip([""] + words, words, words[1:] + [""]):
        if word.isupper() and len(word) > 1:
            if (after.lower() in data["naming_nouns"] and word.lower() not in data["not_names"]) \
                    or before.lower() in data["key_verbs"] \
                    or (before.lower() in data["keyword_verbs"] and not before.isupper()):
                found.add(word.lower())
    found |= names_joined_before_a_noun(text, data["naming_nouns"])
    if segment.scope == Scope.BLOCKQUOTE:
        found |= data["rfc_keywords"]
    return found


def _is_lone_value(segment) -> bool:
    """A list item or table cell that is one capitalised word is a value (a status, a key name)."""
    return segment.scope in (Scope.LIST_ITEM, Scope.TABLE_CELL) and re.fullmatch(r"[A-Z][A-Z_'’]*:?", segment.text.strip()) is not None


