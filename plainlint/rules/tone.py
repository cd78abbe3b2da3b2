"""Tone rules: blame, vague timelines, impersonal greetings and shouting."""

from __future__ import annotations

import functools
from bisect import bisect_right
import importlib.util
import re
from pathlib import Path
from pathlib import PurePosixPath

from .. import wordlists as rulesets
from ..document import Document
from ..nlp.readability import syllable_table
from ..inflect import match_case
from ..nlp.sentences import position_in_sentence, sentences_of
from .base import Hit, Option, Rewrite, Rule, inside_any, quoted_spans
from .passive_voice import is_participle, lexicon
from .wordlist import WordListRule
from ..enums import Applicability, Category, Scope


def next_word(hit: Hit) -> str:
    following = hit.segment.text[hit.end:hit.end + 40].split()
    return following[0].strip(".,;:!?)\"'”’").lower() if following else ""


def sentence_of(doc, hit: Hit) -> str:
    """The sentence holding the hit (found by bisection: a long paragraph has many hits)."""
    sentences = sentences_of(doc, hit.segment)
    starts = doc.cached("sentence_starts", dict)
    key = id(sentences)
    if key not in starts:
        starts[key] = [sentence.start for sentence in sentences]
    position = bisect_right(starts[key], hit.start) - 1
    if position >= 0 and hit.start < sentences[position].end:
        return sentences[position].text
    return hit.segment.text


class Blame(WordListRule):
    code = "PL204"
    name = "blame"
    category = Category.TONE
    ruleset = "blame"
    fixable = False
    summary = "Wording that puts the fault on the customer or sounds defensive"
    rationale = (
        "A customer who writes in already feels the problem is theirs to solve. 'You failed to "
        "verify your domain', 'as I already said' or 'that's our policy' add blame and defensiveness "
        "to the problem and end the conversation instead of moving it on. Support style guides ask "
        "the writer to own the problem: say what happened, then what you can do ('Here's what we can "
        "do: ...'). The facts stay the same; the reply stops arguing with the reader."
    )
    bad = (
        "You failed to verify your domain, so the emails bounced.",
        "As I already said, refunds take a week.",
        "Unfortunately, there is nothing we can do.",
    )
    good = (
        "The domain is not verified yet, so the emails bounced. Here's how to verify it:",
        "Refunds take up to 7 days to reach your card.",
        "Here's what we can do: we can extend your trial by 14 days.",
    )
    fix_safety = "No automatic fix: an owning rewrite changes the sentence, not a word."

    def keep(self, doc, hit, entry):
        """'you should have checked' blames; 'you should have a list' and 'should have been' do not."""
        if entry.extra.get("participle_next"):
            word = next_word(hit)
            if word == "been" or not is_participle(word, lexicon()):
                return False
        sentence = " ".join(sentence_of(doc, hit).lower().split())
        return not any(sentence.startswith(phrase[1:]) if phrase.startswith("^") else phrase in sentence
                       for phrase in entry.extra.get("not_in_sentence", ()))

    def message(self, flagged, entry, suggestions):
        advice = f"try '{suggestions[0]}'" if suggestions else (entry.note or "say what happened and what you can do")
        return f"'{flagged}' puts the fault on the reader or sounds defensive: {advice}"


class VagueTimeline(WordListRule):
    code = "PL205"
    name = "vague-timeline"
    category = Category.TONE
    ruleset = "vague-timeline"
    fixable = False
    summary = "Promises with no time ('shortly', 'as soon as possible', 'in due course')"
    rationale = (
        "'We will get back to you shortly' means an hour to one customer and a week to another, so "
        "both write again to ask. A concrete checkpoint ('within 2 business days', 'by Friday', "
        "'we will update you at 3 pm even if it is not fixed') sets the expectation once and can be "
        "kept. Where the time is unknown, promise the next update instead of the outcome."
    )
    bad = (
        "We will get back to you shortly.",
        "Our team will fix this as soon as possible.",
        "You will hear from us in due course.",
    )
    good = (
        "We will reply within 2 business days.",
        "We will update you by 3 pm on Friday, even if the fix is not ready.",
        "Shortly after you sign in, the dashboard loads.",
    )
    fix_safety = "No automatic fix: only the writer knows the real time."

    def keep(self, doc, hit, entry):
        """A promise, not a description: not 'shortly after', and a future or intent in the sentence."""
        if next_word(hit) in entry.extra.get("not_before", ()):
            return False
        words = {w.lower().replace("’", "'") for w in _SENTENCE_WORDS.findall(sentence_of(doc, hit))}
        return bool(words & promise_markers()) or any(w.endswith("'ll") for w in words)

    def suggestions_for(self, match, position=None):
        return list(match.entry.use)

    def message(self, flagged, entry, suggestions):
        if suggestions:
            advice = "give a checkpoint such as " + " or ".join(f"'{s}'" for s in suggestions[:2])
        else:
            advice = entry.note or "give a concrete time"
        return f"'{flagged}' promises no time: {advice}"


_SENTENCE_WORDS = re.compile(r"[\w'’]+")


@functools.lru_cache(maxsize=1)
def promise_markers() -> set[str]:
    return {str(w).lower() for w in rulesets.load_ruleset_file("vague-timeline")["promise_markers"]}


class ImpersonalGreeting(WordListRule):
    code = "PL206"
    name = "impersonal-greeting"
    category = Category.TONE
    ruleset = "impersonal-greeting"
    summary = "Greetings that address a category, not a person ('Dear Customer', 'To whom it may concern')"
    rationale = (
        "'Dear valued customer' tells the reader that nobody looked at who they are, and "
        "'To whom it may concern' that nobody knew. Every help desk and email tool can put the "
        "customer's name in: greet them by it, with the placeholder of the template language the "
        "file already uses, or with a neutral 'Hello'. Gendered greetings ('Dear Sir') are reported "
        "by the inclusive rule instead."
    )
    bad = (
        "Dear Customer,\n\nYour order has shipped.",
        "To whom it may concern,\n\nWe received your request.",
    )
    good = (
        "Hi {{ customer.first_name }},\n\nYour order has shipped.",
        "Hello,\n\nWe received your request.",
    )
    fix_safety = "Unsafe: replaces the greeting with 'Hello'; greeting by name needs the placeholder your tool provides."

    def check(self, doc, options):
        placeholder = name_placeholder(doc)
        for hit in super().check(doc, options):
            if placeholder:
                hit.suggestions = [f"Hi {placeholder}", "Hello"]
                hit.message = (f"'{hit.context.pop('_flagged')}' addresses a category, not a person: "
                               f"greet by name ('Hi {placeholder}') or write 'Hello'")
            else:
                hit.message = (f"'{hit.context.pop('_flagged')}' addresses a category, not a person: "
                               "greet the customer by name or write 'Hello'")
            position = position_in_sentence(hit.segment.text, hit.start)
            hit.rewrite = Rewrite(match_case(hit.segment.text[hit.start:hit.end], "Hello", position),
                                  Applicability.UNSAFE, "Replace the greeting with 'Hello'")
            yield hit

    def hit_for(self, segment, match):
        hit = super().hit_for(segment, match)
        hit.context["_flagged"] = " ".join(match.text.split())
        return hit

    def message(self, flagged, entry, suggestions):
        return ""


@functools.lru_cache(maxsize=1)
def greeting_data() -> dict:
    return rulesets.load_ruleset_file("impersonal-greeting")


_TAG_WORDS = re.compile(r"[A-Za-z][A-Za-z0-9_]*")


def name_placeholder(doc: Document) -> str | None:
    """The name tag the file already uses, else the name placeholder of its template language."""
    data = greeting_data()
    tags = [t for t in doc.template_tags if t.kind == "output"]
    named = [t for t in tags if _customer_name_rank(t.text, data) is not None]
    if named:
        return min(named, key=lambda t: _customer_name_rank(t.text, data)).text
    return data["name_placeholders"].get(template_language(doc, tags) or "")


def _customer_name_rank(tag_text: str, data: dict) -> int | None:
    """0 for the customer's first name, 1 for their full name, None for anything else."""
    body = tag_text if tag_text.startswith("*|") else tag_text.split("|")[0]  # drop Liquid filters
    words = [w.lower() for w in _TAG_WORDS.findall(body)]
    if not words or set(words) & set(data["not_the_customer"]):
        return None
    if any(w in data["first_names"] for w in words):
        return 0
    variable = words[-1]
    owner = words[-2] if len(words) > 1 else None
    if variable in data["full_names"] and (owner is None or owner in data["people"]):
        return 1
    return None


def template_language(doc: Document, tags) -> str | None:
    shape = doc.shape
    if shape in greeting_data()["name_placeholders"]:
        return shape
    texts = [t.text for t in tags]
    if any(t.startswith("*|") for t in texts):
        return "mailchimp"
    if any(t.startswith("<%") for t in texts):
        return "erb"
    suffix = PurePosixPath(doc.source.path).suffix.lower()
    if suffix in (".hbs", ".handlebars", ".mustache"):
        return "handlebars"
    if suffix in (".liquid", ".j2", ".jinja", ".jinja2", ".twig", ".njk") or doc.template_tags:
        return "liquid"
    return None


@functools.lru_cache(maxsize=1)
def shouting_data() -> dict:
    raw = rulesets.load_ruleset_file("shouting")
    data = {key: {str(word).lower() for word in raw[key]} for key in (
        "acronyms", "keys", "always_methods", "naming_nouns", "key_verbs", "rfc_keywords", "file_names",
        "naming_verbs", "placeholder_openers", "legal_terms")}
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
        "it transcribes the text in an image, capitals included. Not shouting either: placeholders an "
        "agent replaces ('<< PASTE TRACKING NUMBER >>', '[[FILL IN]]', 'YOUR NAME'), repository file names "
        "(CONTRIBUTING, CHANGELOG), a name after 'named' or a CamelCase word (IntelliJ IDEA), MkDocs "
        "admonitions ('!!! note'), the capitals of a legal disclaimer, a link text or a short table "
        "label wholly in capitals (a styled button or column header), and RFC 2119 keywords (MUST, "
        "SHOULD NOT) in articles; in replies they are still shouting."
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
    fix_safety = "Unsafe: '!!' becomes '!' and '?!' becomes '?'; capitals are lowered only as a suggestion."
    options = {
        "min-length": Option(4, "shortest all-caps word that counts as shouting"),
        "acronyms": Option([], "more words to treat as acronyms (product names, codes)"),
        "labels": Option(False, "also flag a capitalised label before a colon ('NOTE:', 'WARNING:')"),
    }

    def check(self, doc, options):
        data = shouting_data()
        acronyms = data["acronyms"] | data["keys"] | data["always_methods"]
        acronyms |= {str(a).lower() for a in options.get("acronyms", [])}
        acronyms |= defined_acronyms(doc)
        acronyms |= names_in_capitals(doc) | data["file_names"]
        if doc.kind == "article":
            acronyms |= data["rfc_keywords"]  # RFC 2119 usage (MUST, SHOULD NOT) in reference text
        label_links = capitalised_link_texts(doc)
        for segment in doc.segments:
            if segment.scope == Scope.ALT:
                continue  # alt text transcribes the image, capitals and all
            may_shout = _may_shout(segment.text, options["min-length"])
            if not may_shout and "!" not in segment.text and "?" not in segment.text:
                continue
            quotes = quoted_spans(segment)
            if may_shout and not _is_lone_value(segment) and not _is_capitalised_label(segment) \
                    and not _is_legal_notice(segment.text, data["legal_terms"]):
                names = _EitherSet(acronyms, conventional_capitals(segment, data))
                for hit in self._caps_hits(segment, quotes, names, options.get("labels", False), options["min-length"]):
                    if not _inside_ranges(segment.to_source(hit.start, hit.end), label_links):
                        yield hit
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
            if run and (_previous_word(text, run[0][0]) in shouting_data()["naming_verbs"]
                        or _after_a_product_name(text, run[0][0])):
                continue  # a name: "the file named LICENSE", "IntelliJ IDEA"
            if run and _is_placeholder(text, run, shouting_data()["placeholder_openers"]):
                continue  # to be replaced by the agent: "<< PASTE TRACKING NUMBER >>", "YOUR NAME"
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
        lowered = _lowered_keeping_acronyms(text, run, start)
        if start == 0 or _after_a_sentence_end(text, start):
            lowered = lowered[0].upper() + lowered[1:]
        yield Hit(start, end, (
            f"'{flagged}' is in capitals, which reads as shouting and is harder to read: "
            "use bold for emphasis (or add it to the `acronyms` option if it is an acronym)"),
            segment, [lowered])

    def _punctuation_hits(self, segment, quotes):
        for match in _PUNCT.finditer(segment.text):
            if inside_any(match.start(), match.end(), quotes) or _ADMONITION.match(segment.text, match.start()):
                continue
            marks = match.group()
            single = "?" if "?" in marks else "!"
            hit = Hit(match.start(), match.end(), (
                f"'{marks}' sounds alarmed or exasperated: use one '{single}'"), segment, [single])
            hit.rewrite = Rewrite(single, Applicability.UNSAFE, f"Replace '{marks}' with '{single}'")
            yield hit


# MkDocs / Python-Markdown admonitions ("!!! note", "??? tip", "???+ warning") at a line start.
_ADMONITION = re.compile(r"(?:(?<=\n)|(?<=^))[ \t]*(?:!!!|\?\?\?\+?)[ \t]+[a-z]")


def _lowered_keeping_acronyms(text: str, run, start: int) -> str:
    """The run in lower case except its acronyms: 'ENTER CNAME RECORD' -> 'enter CNAME record'."""
    out, pos = [], start
    for word_start, word_end, kind in run:
        out.append(text[pos:word_start].lower())
        word = text[word_start:word_end]
        out.append(word if kind == "acronym" else word.lower())
        pos = word_end
    return "".join(out)


def _is_capitalised_label(segment) -> bool:
    """A table cell of up to four words, all in capitals: a column header or label styled in
    capitals ('EMAILS SENT'), not a sentence shouted."""
    text = segment.text.strip()
    return (segment.scope == Scope.TABLE_CELL and not any(ch.islower() for ch in text)
            and len(text.split()) <= 4 and not re.search(r"[.!?]$", text))


def _is_legal_notice(text: str, legal_terms: set[str]) -> bool:
    """Capitals a legal disclaimer uses on purpose (warranty and liability clauses must be
    'conspicuous', which is why licences and terms set them in capitals)."""
    if not _ANY_CAPS.search(text):
        return False
    words = set(re.findall(r"\b[A-Z]{2,}\b", text))
    return any(term.upper() in words for term in legal_terms) or '"AS IS"' in text or "“AS IS”" in text


_PLACEHOLDER_AROUND = {"<<": ">>", "[[": "]]", "[": "]", "{": "}", "<": ">", "(": ")"}


def _is_placeholder(text: str, run, openers: set[str]) -> bool:
    """Capitals an agent replaces before sending: inside << >>, [[ ]], [ ] or { } ('<< PASTE
    TRACKING NUMBER >>', '[[FILL IN]]'), or a short run opening with 'YOUR', 'INSERT', 'PASTE' ...
    ('YOUR NAME')."""
    before = text[max(0, run[0][0] - 3):run[0][0]].rstrip()
    after = text[run[-1][1]:run[-1][1] + 3].lstrip()
    for opener, closer in _PLACEHOLDER_AROUND.items():
        if before.endswith(opener) and after.startswith(closer):
            return True
    first = text[run[0][0]:run[0][1]].lower()
    return first in openers and len(run) <= 3


def _after_a_product_name(text: str, start: int) -> bool:
    """Right after a word with a capital inside ('IntelliJ IDEA', 'SharePoint ONLINE'): part of a name."""
    match = re.search(r"([A-Za-z]+)\s+$", text[max(0, start - 40):start])
    return bool(match) and re.fullmatch(r"[A-Z]?[a-z]+[A-Z][A-Za-z]*", match.group(1)) is not None


def capitalised_link_texts(doc) -> list[tuple[int, int]]:
    """Source ranges of link texts written wholly in capitals: a button or navigation label
    styled in capitals ('CONTACT US', 'TERMS OF SERVICE'), not a sentence shouted."""
    def compute():
        ranges = []
        for element in doc.elements:
            if element.kind == "link" and element.text_start is not None and element.text_end is not None:
                words = element.text.split()
                if words and not any(ch.islower() for ch in element.text) and len(words) <= 5:
                    ranges.append((element.text_start, element.text_end))
        return ranges
    return doc.cached("capitalised_link_texts", compute)


def _inside_ranges(span, ranges) -> bool:
    start, end = (span.start, span.end) if hasattr(span, "start") else span
    return any(a <= start and end <= b for a, b in ranges)


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
