"""shouting (PL207): ALL-CAPS words that are not acronyms, and '!!' or '?!'."""

from __future__ import annotations

import functools
import importlib.util
import re
from pathlib import Path

from .. import wordlists as rulesets
from ..document import Document
from ..nlp.readability import syllable_table
from .base import ALL_SCOPES, Hit, Option, Rewrite, Rule, inside_any, quoted_spans
from ..enums import Applicability, Category, Scope


@functools.lru_cache(maxsize=1)
def shouting_data() -> dict:
    raw = rulesets.load_ruleset_file("shouting")
    data = {key: {str(word).lower() for word in raw[key]} for key in (
        "acronyms", "keys", "always_methods", "naming_nouns", "key_verbs", "rfc_keywords")}
    data["vocabularies"] = [{str(word).lower() for word in words} for words in raw["vocabularies"].values()]
    data["common_short_words"] = common_words() | {str(word).lower() for word in raw["common_short_words"]}
    return data


@functools.lru_cache(maxsize=1)
def common_words() -> set[str]:
    """The Dale-Chall list of ~3,000 words familiar to most 4th-grade readers, as textstat ships
    it (read from its package folder without importing textstat)."""
    spec = importlib.util.find_spec("textstat")
    folder = Path(next(iter(spec.submodule_search_locations)))
    words = (folder / "resources" / "en" / "easy_words.txt").read_text(encoding="utf-8").split()
    return {word.lower() for word in words}


SHORT_WORD = 5


def is_common_word(word: str, common: set[str]) -> bool:
    """`word` or its stem (-s, -es, -ed, -d, -ing) is a common English word; a contraction
    counts by its first part ("can't", "you've")."""
    word = word.replace("’", "'").split("'")[0]
    stems = {word, word[:-1] if word.endswith("s") else "", word[:-2] if word.endswith(("es", "ed")) else "",
             word[:-1] if word.endswith("d") else "",
             word[:-3] if word.endswith("ing") else "", word[:-3] + "e" if word.endswith("ing") else ""}
    return bool(stems & common)


_CAPS = re.compile(r"(?<![\w$@#%./\\'’{\[<-])[A-Z][A-Z'’]*(?![\w}\]>(%\\]|[-./_@]\w)")


_GAP = re.compile(r"^(?:[\s,;:&/\"“”()–—-]+|\s+(?:or|and)\s+)$")


_PUNCT = re.compile(r"[!?]*(?:!!|\?!|!\?)[!?]*")


_DEFINED = re.compile(r"\(([A-Z][A-Z0-9]{1,})s?\)|\b([A-Z][A-Z0-9]{1,})s?\s+\(")


_VOWELS = set("AEIOUY")


class Shouting(Rule):
    code = "PL207"
    name = "shouting"
    category = Category.TONE
    summary = "ALL-CAPS words that are not acronyms, and '!!' or '?!'"
    rationale = (
        "Capitals read as shouting, and a run of them is harder to read: words lose their shape, "
        "so readers with dyslexia or low vision slow down, and some screen readers spell short "
        "capitalised words letter by letter. Doubled exclamation marks and '?!' sound alarmed or "
        "exasperated. Use bold or a clear heading for emphasis, and one mark of punctuation. "
        "Acronyms (HTML, SAML, GDPR) are not shouting: they are data in rulesets/shouting.yaml, "
        "and a word counts as one when it has no vowel, is not an English word, or is spelled out "
        "in the document. Short words (up to 5 letters) must be common English words to count as "
        "shouting: SIEM or NASA are pronounceable but are still acronyms. Alt text is not checked: "
        "it transcribes the text in an image, capitals included."
    )
    bad = (
        "Do NOT delete the FOLDER before you export it.",
        "Your trial ends tomorrow!!",
        "Why did the export fail?!",
    )
    good = (
        "Do **not** delete the folder before you export it.",
        "Set up DKIM and SPF for your domain, then check the JSON response.",
        "Your trial ends tomorrow!",
    )
    fixable = True
    fix_levels = (Applicability.UNSAFE,)
    fix_safety = "Unsafe: '!!' becomes '!' and '?!' becomes '?'; capitals are lowered only as a suggestion."
    scopes = ALL_SCOPES - {Scope.ALT}  # alt text transcribes the image, capitals and all
    options = {
        "min-length": Option(4, "shortest all-caps word that counts as shouting", minimum=1),
        "acronyms": Option([], "more words to treat as acronyms (product names, codes)"),
        "labels": Option(False, "also flag a capitalised label before a colon ('NOTE:', 'WARNING:')"),
    }

    def check(self, doc, options):
        data = shouting_data()
        acronyms = data["acronyms"] | data["keys"] | data["always_methods"]
        acronyms |= {str(a).lower() for a in options.get("acronyms", [])}
        acronyms |= defined_acronyms(doc)
        acronyms |= names_in_capitals(doc)
        for segment in self.segments(doc):
            may_shout = _may_shout(segment.text, options["min-length"])
            if not may_shout and "!" not in segment.text and "?" not in segment.text:
                continue
            quotes = quoted_spans(segment)
            if may_shout and not _is_lone_value(segment):
                names = _EitherSet(acronyms, conventional_capitals(segment, data))
                yield from self._caps_hits(segment, quotes, names, options.get("labels", False), options["min-length"])
            yield from self._punctuation_hits(segment, quotes)

    def _caps_hits(self, segment, quotes, acronyms, flag_labels, min_length):
        text = segment.text
        naming_nouns = shouting_data()["naming_nouns"]
        key_verbs = shouting_data()["key_verbs"]
        for run in _caps_runs(text, acronyms, flag_labels, min_length):
            if run and not flag_labels and _is_label(text, run):
                continue  # a label: "DATE SHIPPED:", "NOTE:", "ADMIN – Equivalent to ..."
            if run and _next_word(text, run[-1][1]) in naming_nouns:
                continue  # a name: "the VALUE or POINTS TO field"
            if run and _previous_word(text, run[0][0]) in key_verbs:
                continue  # a key or button label: "press ENTER", "click ADD USER"
            for part in _split_at_lowercase(text, run):
                yield from self._part_hit(segment, text, part, quotes)

    def _part_hit(self, segment, text, run, quotes):
        """One finding for a run of capitalised words, trimmed of acronyms and single letters."""
        while run and run[0][2] != "shout" and (run[0][2] == "acronym" or run[0][1] - run[0][0] == 1):
            run.pop(0)
        while run and run[-1][2] != "shout" and (run[-1][2] == "acronym" or run[-1][1] - run[-1][0] == 1):
            run.pop()
        if not any(kind == "shout" for _, _, kind in run):
            return
        start, end = run[0][0], run[-1][1]
        if inside_any(start, end, quotes):
            return
        flagged = text[start:end]
        lowered = flagged.lower()
        if start == 0 or _after_a_sentence_end(text, start):
            lowered = lowered[0].upper() + lowered[1:]
        yield Hit(start, end, (
            f"'{flagged}' is in capitals, which reads as shouting and is harder to read: "
            "use bold for emphasis (or add it to the `acronyms` option if it is an acronym)"),
            segment, [lowered])

    def _punctuation_hits(self, segment, quotes):
        for match in _PUNCT.finditer(segment.text):
            if inside_any(match.start(), match.end(), quotes):
                continue
            marks = match.group()
            single = "?" if "?" in marks else "!"
            hit = Hit(match.start(), match.end(), (
                f"'{marks}' sounds alarmed or exasperated: use one '{single}'"), segment, [single])
            hit.rewrite = Rewrite(single, Applicability.UNSAFE, f"Replace '{marks}' with '{single}'")
            yield hit


def _may_shout(text: str, min_length: int) -> bool:
    """Whether the text has min_length capitals in a row (apostrophes aside): without them no
    word can shout, and the costlier run analysis is skipped (most segments have none)."""
    try:
        count = max(1, int(min_length))
    except (OverflowError, ValueError):  # .inf or .nan in config: no word is that long
        return False
    return count <= len(text) and _capitals_in_a_row(count).search(text) is not None


@functools.lru_cache(maxsize=8)
def _capitals_in_a_row(count: int) -> re.Pattern:
    return re.compile(r"[A-Z](?:['’]*[A-Z]){%d}" % (count - 1))


def _caps_runs(text: str, acronyms: set[str], flag_labels: bool, min_length: int):
    """Runs of capitalised words separated only by spaces or light punctuation.

    Each item is (start, end, kind): "shout" (an English word of min_length+ letters),
    "acronym", or "small" (a short word such as DO, NOT, A).
    """
    runs: list[list[tuple[int, int, str]]] = []
    for match in _CAPS.finditer(text):
        word = match.group().rstrip("'’")
        end = match.start() + len(word)
        if re.match(r"\s+/", text[end:end + 3]):
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


def defined_acronyms(doc: Document) -> set[str]:
    """Acronyms the document spells out: 'Security Assertion Markup Language (SAML)' or
    'SAML (Security Assertion Markup Language)': the initials of the words beside it match."""
    def compute():
        found = set()
        for segment in doc.segments:
            text = segment.text
            if "(" not in text:
                continue
            for match in _DEFINED.finditer(text):
                acronym = match.group(1) or match.group(2)
                if match.group(1):
                    words = _WORD.findall(text[max(0, match.start() - 200):match.start()])[-2 * len(acronym):]
                else:
                    words = _WORD.findall(text[match.end():match.end() + 200])[:2 * len(acronym)]
                if _initials_match(acronym, words):
                    found.add(acronym.lower())
        return found
    return doc.cached("defined_acronyms", compute)


_WORD = re.compile(r"[A-Za-z][\w'-]*")


def _initials_match(acronym: str, words: list[str]) -> bool:
    """The acronym's letters are, in order, the first letters of words in the window."""
    initials = "".join(w[0].upper() for w in words)
    pos = 0
    for letter in acronym.upper():
        if letter.isdigit():
            continue
        pos = initials.find(letter, pos)
        if pos < 0:
            return False
        pos += 1
    return True


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


def _after_a_sentence_end(text: str, start: int) -> bool:
    """Whether white space and then . ! ? or : come right before `start` (read backwards, not
    by searching the whole text before it, which is quadratic on a long line of capitals)."""
    pos = start
    while pos > 0 and text[pos - 1].isspace():
        pos -= 1
    return pos < start and pos > 0 and text[pos - 1] in ".!?:"


class _EitherSet:
    """Membership in either of two sets, without copying the document-wide one per segment."""

    __slots__ = ("first", "second")

    def __init__(self, first: set[str], second: set[str]):
        self.first, self.second = first, second

    def __contains__(self, item) -> bool:
        return item in self.first or item in self.second


def _split_at_lowercase(text: str, run):
    """The run in parts joined only by spaces or punctuation: "ACTIVE or DRAINING" is two parts.
    (The whole run still decides whether it is a label or a name: "the VALUE or POINTS TO field".)"""
    parts = [[run[0]]] if run else []
    for previous, item in zip(run, run[1:]):
        if any(ch.islower() for ch in text[previous[1]:item[0]]):
            parts.append([item])
        else:
            parts[-1].append(item)
    return parts


def _previous_word(text: str, start: int) -> str:
    match = re.search(r"([A-Za-z]+)\s+$", text[max(0, start - 40):start])
    return match.group(1).lower() if match else ""


def _next_word(text: str, end: int) -> str:
    match = re.match(r"\s+([A-Za-z]+)", text[end:end + 40])
    return match.group(1).lower() if match else ""


def conventional_capitals(segment, data) -> set[str]:
    """Capitalised words that are names in this segment: commands beside another of their kind,
    a word before a naming noun ("the DATA command"), a key after "press", RFC 2119 keywords in
    a quotation."""
    text = segment.text
    found = set()
    words = re.findall(r"[A-Za-z][A-Za-z'’]*", text)
    capitals = {w.lower() for w in words if w.isupper() and len(w) > 1}
    for vocabulary in data["vocabularies"]:
        if len(capitals & vocabulary) >= 2:
            found |= capitals & vocabulary
    for before, word, after in zip([""] + words, words, words[1:] + [""]):
        if word.isupper() and len(word) > 1:
            if after.lower() in data["naming_nouns"] or before.lower() in data["key_verbs"]:
                found.add(word.lower())
    if segment.scope == Scope.BLOCKQUOTE:
        found |= data["rfc_keywords"]
    return found


def _is_lone_value(segment) -> bool:
    """A list item or table cell that is one capitalised word is a value (a status, a key name)."""
    return segment.scope in (Scope.LIST_ITEM, Scope.TABLE_CELL) and re.fullmatch(r"[A-Z][A-Z_'’]*:?", segment.text.strip()) is not None


_ANY_CAPS = re.compile(r"\b[A-Z]{4,}\b")


def names_in_capitals(doc: Document) -> set[str]:
    """Words written in capitals three or more times and never otherwise: a name (AISA), not shouting."""
    def compute():
        counts: dict[str, int] = {}
        for segment in doc.segments:
            for match in _ANY_CAPS.finditer(segment.text):
                counts[match.group()] = counts.get(match.group(), 0) + 1
        frequent = {word for word, count in counts.items() if count >= 3}
        if not frequent:
            return set()
        spelled = re.compile(r"(?i)\b(?:" + "|".join(sorted(frequent)) + r")\b")
        for segment in doc.segments:
            for match in spelled.finditer(segment.text):
                word = match.group()
                if word.isascii() and word != word.upper():
                    frequent.discard(word.upper())
        return {word.lower() for word in frequent}
    return doc.cached("names_in_capitals", compute)
