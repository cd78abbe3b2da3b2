"""terminology (PL501): product names in their own spelling, house-style words, verb and noun
forms in frames that settle the word class, one spelling per document, and the project
vocabulary. The words and their sources are in rulesets/terminology.yaml; this module only
decides where each applies."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Iterator

from ..enums import Applicability, Category, Scope
from ..inflect import match_case
from ..nlp.sentences import MID_SENTENCE, position_in_sentence
from ..offsets import PLACEHOLDER
from ..vocabulary import EMPTY, Vocabulary
from ..wordlists import Entry, Matcher, expand, load_ruleset_file, normalise, parse_entry
from .base import Hit, Option, Rewrite, Rule, inside_any, quoted_spans
from .wordlist import reads_as_a_name

# Characters that glue a word into an address, a path, an identifier or a handle.
_GLUE_BEFORE = set("@_/\\.#~$:=<")
_GLUE_AFTER = set("@_/\\=>")
_WORD = re.compile(r"[\w'’-]+")
# Priorities when two findings overlap: the lower wins.
REJECT, VOCAB_NAME, NAME, STYLE, LOWERCASE, WORD_CLASS, CONSISTENCY = range(7)


@dataclass
class Candidate:
    priority: int
    hit: Hit


class Terminology(Rule):
    code = "PL501"
    name = "terminology"
    category = Category.TERMINOLOGY
    summary = "Product names in their own spelling, house-style words, verb/noun forms, one spelling per document"
    rationale = (
        "Customers notice 'Github', 'Wifi' or 'e-mail' in one macro and 'email' in the next: it "
        "looks careless, and a name spelled wrong is a name searched for wrong. Product and "
        "platform names are written as their owners write them, and support style guides agree on "
        "a few house choices ('email', 'website', 'internet' in lower case; 'log in' as a verb, "
        "'login' as a noun). A term spelled two ways in one document is reported once with the "
        "counts, so a team can pick one. A project vocabulary adds its own names and rejected terms."
    )
    bad = (
        "Connect your Github account, then open the Whatsapp app on your Iphone.",
        "We sent you an e-mail with a link to reset your password.",
        "If you can't login to the dashboard, clear your browser cache.",
        "Open the sign in page and enter the code from the Internet banking app.",
    )
    good = (
        "Connect your GitHub account, then open the WhatsApp app on your iPhone.",
        "We sent you an email with a link to reset your password.",
        "If you can't log in to the dashboard, clear your browser cache.",
        "See https://github.com/acme/app or write to github-support@example.com.",
    )
    fix_safety = (
        "Safe: a listed name's capitals ('Github' -> 'GitHub'), 'e-mail' -> 'email', 'web site' -> "
        "'website', 'Internet' -> 'internet' inside a sentence, and a vocabulary name's exact case. "
        "Unsafe: other spellings of a name ('WiFi' -> 'Wi-Fi'), verb and noun forms ('to login' -> "
        "'to log in'), a rejected term's preferred term. Spellings mixed in one document only suggest."
    )
    fixable = True
    options = {
        "add": Option([], "more names in their canonical spelling (strings), or {name, variants}"),
        "remove": Option([], "built-in names or house-style terms to drop"),
        "consistency": Option(True, "report a term spelled two ways in one document (once, with counts)"),
    }

    def check(self, doc, options) -> Iterator[Hit]:
        vocabulary = doc.vocabulary or EMPTY
        data = terminology_data()
        names = names_matcher(_freeze(options.get("add") or []), _freeze(options.get("remove") or []),
                              vocabulary.names())
        removed = {normalise(r) for r in options.get("remove") or []}
        consistency = ConsistencyCounter() if options.get("consistency", True) else None
        for segment in doc.segments:
            found = list(self._segment_candidates(doc, segment, names, vocabulary, data, removed))
            accepted = vocabulary.accepted_spans(segment.text)
            kept: list[Candidate] = []
            for cand in sorted(found, key=lambda c: (c.priority, c.hit.start)):
                hit = cand.hit
                if cand.priority not in (REJECT, VOCAB_NAME) and inside_any(hit.start, hit.end, accepted):
                    continue
                if any(k.hit.start < hit.end and hit.start < k.hit.end for k in kept):
                    continue
                kept.append(cand)
            yield from sorted((c.hit for c in kept), key=lambda h: h.start)
            if consistency is not None:
                consistency.count(segment, accepted + [(k.hit.start, k.hit.end) for k in kept])
        if consistency is not None:
            yield from consistency.hits()

    def _segment_candidates(self, doc, segment, names: Matcher, vocabulary: Vocabulary, data: dict, removed: set):
        text = segment.text
        quotes = quoted_spans(segment)
        if vocabulary.reject:
            for match in vocabulary.reject_matcher().finditer(text):
                if prose_word(segment, match.start, match.end):
                    yield Candidate(REJECT, reject_hit(segment, match))
        for match in names.finditer(text):
            if inside_any(match.start, match.end, quotes) or not prose_word(segment, match.start, match.end) \
                    or a_key_or_tag(text, match.start, match.end):
                continue
            hit = name_hit(segment, match)
            if hit is not None:
                yield Candidate(VOCAB_NAME if match.entry.extra.get("vocabulary") else NAME, hit)
        for match in style_matcher().finditer(text):
            if normalise(match.entry.term) in removed:
                continue
            if inside_any(match.start, match.end, quotes) or not prose_word(segment, match.start, match.end) \
                    or a_key_or_tag(text, match.start, match.end):
                continue
            if reads_as_a_name(match.text, position_in_sentence(text, match.start)) or \
                    in_bold(doc, segment, match.start, match.end):
                continue  # a label on screen or a name: '**Contact E-mail**', '**Use an existing IIS web site**'
            yield Candidate(STYLE, style_hit(segment, match))
        for hit in lowercase_hits(segment, quotes):
            if not in_bold(doc, segment, hit.start, hit.end):
                yield Candidate(LOWERCASE, hit)
        for hit in word_class_hits(segment, quotes, data):
            yield Candidate(WORD_CLASS, hit)


# ---------------------------------------------------------------- data


@functools.lru_cache(maxsize=1)
def terminology_data() -> dict:
    return load_ruleset_file("terminology")


def _freeze(value):
    if isinstance(value, dict):
        return tuple(sorted((k, _freeze(v)) for k, v in value.items()))
    if isinstance(value, list):
        return tuple(_freeze(v) for v in value)
    return value


def _name_entries(raw, vocabulary: bool = False) -> list[Entry]:
    if isinstance(raw, tuple):
        raw = dict(raw)
    if isinstance(raw, str):
        raw = {"name": raw}
    name = " ".join(str(raw["name"]).split())
    source = str(raw.get("source", "project vocabulary" if vocabulary else "config"))
    extra = {"canonical": name, "vocabulary": vocabulary, "common_noun": bool(raw.get("common_noun"))}
    entries = [Entry(term=name, source=source, extra=extra)]
    for variant in raw.get("variants", ()) or ():
        entries.append(Entry(term=str(variant), source=source, extra={**extra, "variant": True}))
    return entries


@functools.lru_cache(maxsize=16)
def names_matcher(add: tuple, remove: tuple, vocabulary_names: tuple[str, ...]) -> Matcher:
    """Built-in names, minus `remove`, plus config names; a vocabulary name replaces a built-in
    one with the same letters (the project's own spelling wins)."""
    removed = {normalise(r) for r in remove}
    own = {normalise(n) for n in vocabulary_names}
    entries = []
    for raw in terminology_data().get("names", []):
        if normalise(raw["name"]) not in removed | own:
            entries += _name_entries(raw)
    for raw in add:
        entries += _name_entries(raw)
    for name in vocabulary_names:
        entries += _name_entries(name, vocabulary=True)
    return Matcher(entries)


@functools.lru_cache(maxsize=1)
def style_matcher() -> Matcher:
    return Matcher([parse_entry(raw, f"terminology style {i + 1}")
                    for i, raw in enumerate(terminology_data().get("style", []))])


def prose_word(segment, start: int, end: int) -> bool:
    """Whether text[start:end] is a word of prose: not glued to an address, path, identifier or
    handle ('support@github.com', '/Github/', 'github_token', '$Github'), and not touching a
    placeholder (a template tag or a code span)."""
    text = segment.text
    if start > 0 and text[start - 1] in _GLUE_BEFORE:
        return False
    if end < len(text) and text[end] in _GLUE_AFTER:
        return False
    for piece in segment.map.pieces_in(max(0, start - 1), min(len(text), end + 1)):
        if piece.kind == PLACEHOLDER and (piece.end == start or piece.start == end):
            return False
    return True


_BOLD_MARK = re.compile(r"\*\*|__|<(/?)(?:b|strong)(?:\s[^<>]*)?>", re.I)


def in_bold(doc, segment, start: int, end: int) -> bool:
    """Whether start..end lies in bold text (`**...**`, `__...__`, <b>, <strong>): support
    content writes the labels of the interface in bold, as the interface spells them. Counts the
    bold marks between the segment's start and the match in the source: an odd number of `**`
    or more <b> opened than closed means the match is inside (from the start of the segment's first
    line, so a mark the reader dropped before the segment's first character counts)."""
    pieces = [p for p in segment.map.pieces_in(start, end) if p.kind != PLACEHOLDER]
    first_pieces = segment.map.pieces_in(0, 1)
    if not pieces or not first_pieces:
        return False
    source = doc.source.text
    at = pieces[0].src_start + (start - pieces[0].start)
    begin = source.rfind("\n", 0, first_pieces[0].src_start) + 1  # the line's start: its opening mark too
    if at <= begin or "*" not in source[begin:at] and "_" not in source[begin:at] and "<" not in source[begin:at]:
        return False
    stars = open_tags = 0
    for mark in _BOLD_MARK.finditer(source, begin, at):
        if mark.group().startswith("<"):
            open_tags += -1 if mark.group(1) else 1
        else:
            stars += 1
    return stars % 2 == 1 or open_tags > 0


def a_key_or_tag(text: str, start: int, end: int) -> bool:
    """A lower-case word that is the whole unit or sits alone in brackets: a field key, an icon's
    alt text or a tag ('<td>whatsapp</td>', alt="facebook", 'Parse error (typescript)'), not
    prose that names the product."""
    word = text[start:end]
    if not word.islower():
        return False
    before, after = text[:start], text[end:]
    if not before.strip() and not after.strip():
        return True
    return before.rstrip().endswith(("(", "[")) and after.lstrip().startswith((")", "]"))


def _canonical_form(matched: str, canonical: str) -> str | None:
    """`canonical` laid over the matched text's own spacing, or None when they differ in more
    than capitals."""
    words, names = matched.split(), canonical.split()
    if len(words) != len(names) or any(w.lower() != n.lower() for w, n in zip(words, names)):
        return None
    return canonical if " ".join(words) == matched else None


def _shouted(segment, matched: str) -> bool:
    """ALL CAPS text in a heading or a line mostly in capitals: the writer shouts (or the design
    does), the name is not misspelled."""
    letters = [c for c in matched if c.isalpha()]
    if len(letters) < 2 or not all(c.isupper() for c in letters):
        return False
    text_letters = [c for c in segment.text if c.isalpha()]
    upper = sum(c.isupper() for c in text_letters)
    return segment.scope == Scope.HEADING or upper * 2 >= len(text_letters)


def name_hit(segment, match) -> Hit | None:
    entry = match.entry
    canonical = entry.extra["canonical"]
    flagged = " ".join(match.text.split())
    if flagged == canonical or _shouted(segment, flagged):
        return None
    if flagged.islower() and entry.extra.get("common_noun"):
        return None  # 'select it from the dropbox': a drop box, not the product
    if len(flagged) > 2 and flagged.endswith("s") and flagged[:-1].isupper():
        return None  # 'IOs': the plural of an acronym (IO), not iOS
    whose = "the project vocabulary's spelling" if entry.extra.get("vocabulary") else "the owner's spelling"
    hit = Hit(match.start, match.end, f"Write '{canonical}' ({whose}), not '{flagged}'", segment, [canonical],
              context={"source": entry.source})
    if entry.extra.get("variant"):
        hit.rewrite = Rewrite(canonical, Applicability.UNSAFE, f"Replace '{flagged}' with '{canonical}'")
    elif _canonical_form(match.text, canonical) is not None:
        hit.rewrite = Rewrite(canonical, Applicability.SAFE, f"Write '{canonical}'")
    return hit


def style_hit(segment, match) -> Hit:
    entry = match.entry
    flagged = " ".join(match.text.split())
    use = entry.use[0]
    suffix = normalise(match.text)[len(normalise(entry.term.split("(")[0])):]
    replacement = match_case(match.text, use + suffix, position_in_sentence(segment.text, match.start))
    hit = Hit(match.start, match.end, f"Write '{replacement}', not '{flagged}' ({entry.source})", segment,
              [replacement], context={"source": entry.source})
    if entry.fix:
        hit.rewrite = Rewrite(replacement, entry.fix, f"Replace '{flagged}' with '{replacement}'")
    return hit


def reject_hit(segment, match) -> Hit:
    entry = match.entry
    flagged = " ".join(match.text.split())
    if not entry.use:
        return Hit(match.start, match.end, f"'{flagged}' is on the project's reject list", segment)
    preferred = entry.use[0]
    same_letters = preferred.lower() == flagged.lower()
    if not same_letters:
        preferred_here = match_case(match.text, preferred, position_in_sentence(segment.text, match.start)) \
            if preferred[:1].islower() else preferred
    else:
        preferred_here = preferred
    hit = Hit(match.start, match.end, f"'{flagged}' is on the project's reject list: use '{preferred_here}'",
              segment, [preferred_here])
    hit.rewrite = Rewrite(preferred_here, Applicability.SAFE if same_letters else Applicability.UNSAFE,
                          f"Replace '{flagged}' with '{preferred_here}'")
    return hit


# ---------------------------------------------------------------- lower case inside a sentence


@functools.lru_cache(maxsize=1)
def lowercase_pattern() -> re.Pattern | None:
    words = [raw["term"] for raw in terminology_data().get("lowercase", [])]
    if not words:
        return None
    alternatives = "|".join(re.escape(w[:1].upper() + w[1:]) for w in words)
    return re.compile(rf"(?<![\w\-/@#.])(?:{alternatives})(?![\w]|-\w|\.\w)")


def _title_case_heading(segment) -> bool:
    words = [w for w in _WORD.findall(segment.text) if len(w) > 3]
    return segment.scope == Scope.HEADING and len(words) > 1 and \
        sum(w[:1].isupper() for w in words) * 2 > len(words)


def lowercase_hits(segment, quotes) -> Iterator[Hit]:
    pattern = lowercase_pattern()
    text = segment.text
    if pattern is None or not pattern.search(text) or _title_case_heading(segment):
        return
    for match in pattern.finditer(text):
        start, end = match.span()
        if position_in_sentence(text, start) != MID_SENTENCE or inside_any(start, end, quotes):
            continue
        following = re.match(r"\s+([\w'’-]+)", text[end:])
        preceding = re.search(r"([\w'’-]+)\s+\Z", text[:start])
        if following and following.group(1)[:1].isupper():
            continue  # part of a name: Internet Explorer, Internet Archive
        if preceding and preceding.group(1)[:1].isupper() and \
                position_in_sentence(text, preceding.start(1)) == MID_SENTENCE:
            continue  # a service's name: Comcast Internet
        if not prose_word(segment, start, end):
            continue
        word = match.group()
        lower = word.lower()
        hit = Hit(start, end, f"Write '{lower}' in lower case inside a sentence (AP, Microsoft and Google style)",
                  segment, [lower])
        hit.rewrite = Rewrite(lower, Applicability.SAFE, f"Write '{lower}'")
        yield hit


# ---------------------------------------------------------------- word class in frames


@functools.lru_cache(maxsize=1)
def word_class_patterns() -> tuple[re.Pattern, re.Pattern]:
    data = terminology_data()
    verbs = "|".join(re.escape(w) for w in sorted(data["verb_forms"], key=len, reverse=True))
    verb = re.compile(rf"(?<![\w'’\-/@#.])(?:{verbs})(?![\w]|-\w|\.\w|['’]\w)", re.I)
    phrases = "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(data["noun_forms"], key=len, reverse=True))
    dets = "|".join(map(re.escape, data["determiners"]))
    nouns = "|".join(map(re.escape, sorted(set(data["nouns_after"]), key=len, reverse=True)))
    noun = re.compile(rf"(?<![\w'’\-])(?:{dets})\s+(?P<phrase>{phrases})\s+(?:{nouns})(?![\w]|-\w)", re.I)
    return verb, noun


_PREVIOUS_WORDS = re.compile(r"([\w'’]+)\s+(?:([\w'’]+)\s+)?\Z")
_INVERTING_MODALS = {"can", "could", "will", "would", "should", "must", "may", "might"}
_LOGIN_WORDS = {"login", "log-in", "signin", "sign-in", "logon"}
_DETERMINER_AFTER_TO = re.compile(r"\s+(?:to|into)\s+(?:your|the|our|my|their|a|an)\s", re.I)


def _verb_frame(text: str, start: int, end: int, data: dict) -> bool:
    """Whether the word at start..end stands where only a verb can: after the 'to' of an
    infinitive ('unable to login'), after a modal inside a sentence ('you can setup'), or a
    login word opening a sentence before 'to your ...' ('Login to your account')."""
    following = re.match(r"\s+([\w'’-]+)", text[end:end + 40])
    if following and following.group(1).lower() in _nouns_after():
        return False  # 'can login issues be fixed', 'how to setup guide'
    if text[end:end + 1] == "-":
        return False
    previous = _PREVIOUS_WORDS.search(text, max(0, start - 60), start)
    word = text[start:end].lower()
    position = position_in_sentence(text, start)
    if previous is None:
        return word in _LOGIN_WORDS and position != MID_SENTENCE and bool(_DETERMINER_AFTER_TO.match(text, end))
    last = previous.group(2) or previous.group(1)
    before = previous.group(1) if previous.group(2) else None
    last_lower = last.lower().replace("’", "'")
    if last_lower == "to":
        return before is not None and before.lower() in set(data["infinitive_after"])
    if last_lower in {m.replace("’", "'") for m in data["modals"]}:
        last_start = previous.start(2) if previous.group(2) else previous.start(1)
        if last_lower in _INVERTING_MODALS and position_in_sentence(text, last_start) != MID_SENTENCE:
            return False  # 'Will backup files be kept?' asks about files
        return True
    return word in _LOGIN_WORDS and position != MID_SENTENCE and bool(_DETERMINER_AFTER_TO.match(text, end))


@functools.lru_cache(maxsize=1)
def _nouns_after() -> frozenset[str]:
    return frozenset(terminology_data()["nouns_after"])


def word_class_hits(segment, quotes, data) -> Iterator[Hit]:
    verb, noun = word_class_patterns()
    text = segment.text
    for match in verb.finditer(text):
        start, end = match.span()
        word = match.group()
        if inside_any(start, end, quotes) or not prose_word(segment, start, end):
            continue
        if word[:1].isupper() and position_in_sentence(text, start) == MID_SENTENCE:
            continue  # a label on screen ('select Login')
        if not _verb_frame(text, start, end, data):
            continue
        form = data["verb_forms"][word.lower()]
        replacement = match_case(word, form, position_in_sentence(text, start))
        hit = Hit(start, end, f"'{word}' is a noun; as a verb write '{replacement}'", segment, [replacement])
        hit.rewrite = Rewrite(replacement, Applicability.UNSAFE, f"Replace '{word}' with '{replacement}'")
        yield hit
    for match in noun.finditer(text):
        start, end = match.span("phrase")
        phrase = match.group("phrase")
        if inside_any(start, end, quotes) or any(w[:1].isupper() for w in phrase.split()):
            continue  # 'the Sign In button' names the button by its label
        form = data["noun_forms"][" ".join(phrase.lower().split())]
        flagged = " ".join(phrase.split())
        hit = Hit(start, end, f"'{flagged}' is a verb; before a noun write '{form}'", segment, [form])
        if " " in phrase and "\n" not in phrase:
            hit.rewrite = Rewrite(form, Applicability.UNSAFE, f"Replace '{flagged}' with '{form}'")
        yield hit


# ---------------------------------------------------------------- one spelling per document


@functools.lru_cache(maxsize=1)
def consistency_matcher() -> Matcher:
    entries = []
    for group, raw in enumerate(terminology_data().get("consistency", [])):
        for variant, spelling in enumerate(raw["spellings"]):
            entries.append(Entry(term=spelling, source=raw.get("source", ""),
                                 extra={"group": group, "variant": variant, "verb": bool(raw.get("verb"))}))
    return Matcher(entries)


class ConsistencyCounter:
    """Counts the spellings of each group over a document; a group with two spellings in use is
    reported once, at the first use of the rarer one (on a tie, the one used later)."""

    def __init__(self):
        self.counts: dict[int, dict[int, int]] = {}
        self.first: dict[tuple[int, int], tuple] = {}

    def count(self, segment, skip: list[tuple[int, int]]) -> None:
        """Count the spellings in `segment`, outside `skip` (accepted terms, other findings)."""
        text = segment.text
        quotes = None
        for match in consistency_matcher().finditer(text):
            if any(lo < match.end and match.start < hi for lo, hi in skip):
                continue
            if match.entry.extra["verb"] and _after_determiner(text, match.start):
                continue  # 'the log in the file' is a log
            if match.text[:1].isupper() and position_in_sentence(text, match.start) == MID_SENTENCE:
                continue  # a name or a label: 'Favorites' menu, 'Colour Picker'
            if any(c.isupper() for word in match.text.split() for c in word[1:]):
                continue  # an identifier: 'UserName', 'DropDown'
            if quotes is None:
                quotes = quoted_spans(segment)
            if inside_any(match.start, match.end, quotes):
                continue
            if not prose_word(segment, match.start, match.end):
                continue
            group, variant = match.entry.extra["group"], match.entry.extra["variant"]
            self.counts.setdefault(group, {}).setdefault(variant, 0)
            self.counts[group][variant] += 1
            self.first.setdefault((group, variant), (segment, match, len(self.first)))

    def hits(self) -> Iterator[Hit]:
        groups = terminology_data().get("consistency", [])
        for group, counts in sorted(self.counts.items()):
            if len(counts) < 2:
                continue
            rarer = min(counts, key=lambda v: (counts[v], -self.first[(group, v)][2]))
            segment, match, _ = self.first[(group, rarer)]
            spellings = groups[group]["spellings"]
            told = " and ".join(f"'{_label(spellings[v])}' {n}x" for v, n in sorted(counts.items(), key=lambda kv: -kv[1]))
            hit = Hit(match.start, match.end, f"One term, two spellings in this document: {told}; pick one", segment,
                      context={"counts": {_label(spellings[v]): n for v, n in counts.items()}})
            yield hit


_DETERMINERS = re.compile(r"(?:^|\s)(?:the|a|an|your|our|my|their|this|that|each|every|any|no)\s+\Z", re.I)


def _after_determiner(text: str, start: int) -> bool:
    return bool(_DETERMINERS.search(text, max(0, start - 12), start))


def _label(spelling: str) -> str:
    """A group's spelling for messages: its first alternative ('(color|colors)' -> 'color')."""
    return min(expand(spelling), key=len)
