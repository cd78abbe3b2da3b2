"""passive-voice: a form of "be" (or "get", as an option) + optional adverbs + a past participle."""

from __future__ import annotations

import functools
import re

from ..linting import inflect
from ..nlp.sentences import sentences_of
from ..linting.ruleset_data import load_ruleset_file
from .base import BODY_SCOPES, Hit, Option, Rewrite, Rule
from ..enums import Applicability, Category, Severity
from ..regex_cache import longest_first

_APOSTROPHES = "'’"
_CLAUSE_BREAK = {"and", "but", "or", "so", "that", "which", "who", "when", "if", "because", "while",
                 "although", "once", "until", "unless", "after", "before", "since", "where"}
_AGENT_STOP = _CLAUSE_BREAK | {"to", "for", "in", "on", "with", "at", "from", "into", "as", "via", "during", "within"}
_MODALS = {"will", "would", "can", "could", "may", "might", "must", "should", "shall"}
_VOWEL_LETTERS = "aeiou"


@functools.lru_cache(maxsize=1)
def _rewriting():
    """passive_rewrite (the active-voice rewrites, the word table): imported when the rule first
    looks at a passive, not by every run that lists the rules with this one off by default."""
    from . import passive_rewrite

    return passive_rewrite


@functools.lru_cache(maxsize=1)
def lexicon() -> dict:
    """The verb data of passive-voice, built once per process (callers only read it): wordlist's
    is_verb_form asks for it at every phrase it classes, which rebuilt it about once a document."""
    data = load_ruleset_file("passive")
    for key, values in data.items():
        bad = [v for v in values if not isinstance(v, str)]
        if bad:  # YAML reads a bare no/on/yes as a boolean: quote such words in the ruleset
            raise ValueError(f"rulesets/passive.yaml: {key} holds non-strings {bad!r}; quote them")
    irregular = {}
    for line in load_ruleset_file("irregular-verbs")["verbs"]:
        base, past, participle = (part.strip() for part in line.split(","))
        for form in participle.split("/"):
            irregular.setdefault(form, (base, past.split("/")[0]))
    idioms = [tuple(phrase.split()) for phrase in data["idioms"]]
    return {
        "be": set(data["be_forms"]),
        "hosts": set(data["contraction_hosts"]),
        "get": set(data["get_forms"]),
        "adverbs": set(data["adverbs"]),
        "adjectives": set(data["adjectives"]),
        "required": set(data["required_like"]),
        "not_participles": set(data["not_participles"]),
        "idioms": idioms,
        "used_to_next": set(data["used_to_idiom_next"]),
        "person_states": set(data["person_states"]),
        "pronouns": set(data["personal_pronouns"]),
        "irregular": irregular,
        "double_consonant": set(data["double_consonant_verbs"]),
        "e_verbs": set(data["e_verbs"]),
        "not_agents": [tuple(phrase.split()) for phrase in data["not_agents"]],
        "determiners": set(data["determiners"]),
        "subject_case": dict(data["subject_case"]),
        "object_case": dict(data["object_case"]),
        "plural_nouns": set(data["plural_nouns"]),
        "unclear_number": set(data["unclear_number"]),
        "state_participles": set(data["state_participles"]),
        "state_openers": [tuple(phrase.split()) for phrase in data["state_openers"]],
        "naming": set(data["naming_participles"]),
        "state_adverbs": set(data["state_adverbs"]),
    }


def is_participle(word: str, lex: dict) -> bool:
    if word in lex["be"] or word == "be":
        return False
    if word in lex["irregular"]:
        return True
    return (
        len(word) >= 4
        and word.endswith("ed")
        and word not in lex["not_participles"]
        and word.isalpha()
    )


def base_form(participle: str) -> str:
    """process <- processed, create <- created, stop <- stopped, apply <- applied, send <- sent."""
    lex = lexicon()
    if participle in lex["irregular"]:
        return lex["irregular"][participle][0]
    stem = participle[:-2]
    if participle.endswith("ied"):
        # tie <- tied, die <- died (a one-letter stem keeps its ie); apply <- applied
        return participle[:-1] if len(participle) <= 4 else participle[:-3] + "y"
    if stem + "e" in lex["e_verbs"]:
        return stem + "e"
    from ..nlp.readability import syllable_table

    known = syllable_table()
    if stem in lex["double_consonant"]:
        return stem
    if _british_doubled_l(stem):
        return stem[:-1]  # label <- labelled, travel <- travelled, cancel <- cancelled
    if len(stem) >= 3 and stem[-1] == stem[-2] and stem[-1] not in _VOWEL_LETTERS:
        # call <- called, pass <- passed; stop <- stopped, control <- controlled
        keeps_double = stem[-1] in "lsfz" and (stem in known or stem[:-1] not in known)
        return stem if keeps_double else stem[:-1]
    with_e = stem + "e"
    return with_e if _ends_in_e(stem, with_e, known) else stem


# Verbs ending in -ell themselves, alone or after a prefix: 'misspelled' is 'misspell', not
# 'misspel' (but 'dispelled' is 'dispel').
_ELL_VERBS = {prefix + verb for prefix in ("", "mis", "fore", "re", "out", "over", "up", "under", "pre")
              for verb in ("spell", "smell", "swell", "shell", "dwell", "quell", "yell", "tell", "sell", "well")}


def _british_doubled_l(stem: str) -> bool:
    """British spelling doubles the l of a verb in -el before -ed ('labelled', 'modelled'); the word
    table holds names such as 'labell', so the doubled stem cannot be told by the table alone."""
    return len(stem) >= 6 and stem.endswith("ell") and stem not in _ELL_VERBS


def _ends_in_e(stem: str, with_e: str, known) -> bool:
    """Whether the verb of '<stem>ed' is '<stem>e': decided on the words themselves when the
    table has either, else on their prefixed forms ('deallocated': 'allocate' is a word)."""
    if with_e in known or stem in known:
        return with_e in known and (stem not in known or stem[-1] in "vzcgus" or len(stem) <= 3
                                    or _takes_final_e(stem, with_e, known))
    in_word_table = _rewriting().in_word_table
    return in_word_table(with_e, known) and not in_word_table(stem, known)


def _takes_final_e(stem: str, with_e: str, known) -> bool:
    """Whether a participle whose stem and stem + e are both in the word table comes from the
    verb with the e. The table (cmudict) also holds names and rare spellings ('desir', 'rais'),
    so a real verb is told by its third person being a word too ('desires', not 'desirs'), and
    a vowel + r ending that did not double its r ('stared', not 'starred') comes from -are,
    -ire or -ure."""
    if inflect.inflect(stem, inflect.THIRD) not in known and with_e + "s" in known:
        return True
    return re.search(r"[^aeiou][aiu]r$", stem) is not None


def past_form(participle: str) -> str:
    irregular = lexicon()["irregular"]
    return irregular[participle][1] if participle in irregular else participle


class PassiveVoice(Rule):
    code = "PL201"
    name = "passive-voice"
    category = Category.PASSIVE
    # info, not warning (issue 25): on the labelled sample 31% of its findings were worth a change;
    # most of the rest were real passives that read naturally (a state, a system result).
    severity = Severity.INFO
    # Off by default (issue 26), like spelling: on labelled samples A and B, 232 of 656 and 46 of
    # 278 findings were worth a change (0.354, 0.165). Most of the rest are passives that read
    # right in reference text (system behaviour, definitions, results), and no form feature picks
    # out the right ones: with a by-phrase 0.77 / 0.53, in replies 0.31 / 0.02 (README).
    enabled_by_default = False
    summary = "Passive voice hides who does what: name the actor"
    rationale = (
        "In support content the actor matters: 'your refund was processed' leaves the customer "
        "wondering who processed it and whether they still need to do something. The active voice "
        "('we processed your refund') is shorter, says who is responsible, and turns steps into "
        "instructions. Predicate adjectives ('we are excited', 'the office is closed') and idioms "
        "('is used to', 'leaves much to be desired') are not passives and are not flagged. Off by default: "
        "on real help articles and replies most passives read right (what the system does, a "
        "definition, a result), and only about a third of its findings were worth a change."
    )
    bad = (
        "Your request was processed by our support team.",
        "The invoice is sent automatically every month.",
    )
    good = (
        "Our support team processed your request.",
        "We are excited to share this. The office is closed on Sundays.",
    )
    fix_safety = ("Unsafe, and only where the clause parses cleanly: a plain subject at the start of the "
                  "sentence (or after 'that', 'when', 'if' ...), one auxiliary ('is', 'was', 'will be', 'has "
                  "been'), and an actor after 'by' that is a short noun phrase ending the clause ('by our team', "
                  "not 'by default' or 'by spammers, scammers and ...'). The message shows the same rewrite; "
                  "elsewhere it only asks for the actor, with an example verb only when its base form is a "
                  "word ('we desire', never 'we desir').")
    scopes = BODY_SCOPES
    fix_levels = (Applicability.UNSAFE,)
    options = {
        "get": Option(False, "also flag get-passives ('your account got suspended')"),
        "flag-required": Option(True, "flag 'is required', 'is needed', 'is recommended' and similar"),
        "allow-participles": Option([], "participles never flagged after 'be' (domain states such as 'enabled')"),
        "states": Option(False, "also report passives that describe a state ('make sure the cable is plugged in', "
                                "'if your issue is resolved'), with their own message"),
    }

    def check(self, doc, options):
        lex = lexicon()
        allowed = set(options.get("allow-participles") or [])
        triggers = auxiliary_forms(bool(options.get("get")))
        may_hold_auxiliary = _auxiliary_pattern(bool(options.get("get"))).search
        for segment in self.segments(doc):
            if not may_hold_auxiliary(segment.text):
                continue
            for sentence in sentences_of(doc, segment):
                if may_hold_auxiliary(sentence.text):
                    yield from self._scan(segment, sentence, sentence.words(), lex, options, allowed, triggers,
                                          doc.source.text)

    def _scan(self, segment, sentence, words, lex, options, allowed, triggers, source):
        lowered = [w[2].lower().replace("’", "'") for w in words]
        resume = 0
        for i, word in enumerate(lowered):
            if i < resume or (word not in triggers and "'" not in word):
                continue
            aux_start, aux_kind = self._auxiliary(words, lowered, i, lex, options)
            if aux_kind is None:
                continue
            j = i + 1
            while j < len(words) and j - i <= 4 and (lowered[j] in lex["adverbs"] or
                                                      (lowered[j].endswith("ly") and len(lowered[j]) > 3)):
                if lowered[j] == "being" and aux_kind != "be":
                    break
                j += 1
            if j < len(words) and self._is_passive(lowered, i, j, lex, options, allowed):
                resume = j + 1
                if not describes_state(lowered, i, j, lex):
                    yield self._hit(segment, sentence, words, lowered, i, j, aux_start, source)
                elif options.get("states"):
                    yield self._state_hit(segment, words, i, j, aux_start)

    @staticmethod
    def _auxiliary(words, lowered, i, lex, options):
        """(start offset, kind) when word i is a form of be (or get), else (None, None)."""
        word = lowered[i]
        if word in lex["be"]:
            return words[i][0], "be"
        if options.get("get") and word in lex["get"]:
            return words[i][0], "get"
        for suffix in ("'s", "'re", "'m"):
            if word.endswith(suffix) and len(word) > len(suffix):
                host = word[: -len(suffix)]
                if suffix == "'s" and host not in lex["hosts"]:
                    return None, None
                return words[i][1] - len(suffix), "be"
        return None, None

    @staticmethod
    def _is_passive(lowered, i, j, lex, options, allowed) -> bool:
        word = lowered[j]
        if not is_participle(word, lex) or word in allowed:
            return False
        followed_by_agent = j + 1 < len(lowered) and lowered[j + 1] == "by"
        if word in lex["adjectives"] and not followed_by_agent:
            return False
        if word in lex["person_states"] and (lowered[i] in lex["pronouns"] or lowered[i - 1:i] and lowered[i - 1] in lex["pronouns"]):
            return False
        if word in lex["required"] and not options.get("flag-required", True):
            return False
        if in_idiom(lowered, j, lex["idioms"]) or not_a_passive(lowered, i, j, lex):
            return False
        following = tuple(lowered[j:j + 3])
        if following[:2] == ("used", "to") and (len(following) < 3 or following[2] in lex["used_to_next"]
                                                  or following[2].endswith("ing")):
            return False
        return True

    @staticmethod
    def _state_hit(segment, words, i, j, aux_start) -> Hit:
        """A state is grammatically passive but names no action: 'say who does it' would be wrong."""
        span_text = segment.text[aux_start:words[j][1]]
        return Hit(aux_start, words[j][1], f"'{span_text}' describes a state: keep it when the reader only needs "
                   "to know the state, name who changes it when that matters", segment)

    def _hit(self, segment, sentence, words, lowered, i, j, aux_start, source) -> Hit:
        span_text = segment.text[aux_start:words[j][1]]
        hit = Hit(aux_start, words[j][1], "", segment)
        agent = self._agent(segment.text, words, lowered, j)
        if agent is None or _rewriting().is_not_agent(tuple(lowered[agent[0]:agent[1]]), lexicon()) \
                or _rewriting().names_a_time(segment, words[agent[0]], source):
            hit.message = self._generic_message(lowered, i, j, span_text)
            return hit
        rewrite = _rewriting().active_rewrite(segment.text, sentence.start, words, lowered, i, j, lexicon(), base_form, past_form)
        if rewrite is None:
            hit.message = f"Passive voice '{span_text}': name the actor first and make it the subject"
            return hit
        hit.message = f"Passive voice '{span_text}': name the actor first, e.g. '{rewrite.text}'"
        hit.suggestions = [rewrite.text]
        hit.rewrite = Rewrite(rewrite.text, Applicability.UNSAFE, f"Rewrite in the active voice: '{rewrite.text}'",
                              (rewrite.start, rewrite.end))
        return hit

    @staticmethod
    def _generic_message(lowered, i, j, span_text) -> str:
        participle, aux = lowered[j], lowered[i]
        past = aux in ("was", "were", "wasn't", "weren't") or (aux == "been" and i > 0 and lowered[i - 1] == "had")
        base = base_form(participle)
        if not _rewriting().is_known_verb(base):
            return f"Passive voice '{span_text}': say who does it (we, you or the product's name)"
        verb = past_form(participle) if past else base
        if aux == "be" and i > 0 and lowered[i - 1] in _MODALS:
            verb = f"{lowered[i - 1]} {verb}"
        return (f"Passive voice '{span_text}': say who does it, e.g. 'we {verb} ...', "
                f"'you {verb} ...' or the product's name")

    @staticmethod
    def _agent(text, words, lowered, j):
        """(first, end) word indexes of the agent after 'by', or None."""
        between_words = _rewriting().between_words
        if j + 1 >= len(words) or lowered[j + 1] != "by" or re.search(r"[,;:()]", between_words(text, words, j)):
            return None
        first = end = j + 2
        while end < len(words) and end - first < 6 and lowered[end] not in _AGENT_STOP:
            end += 1
            if re.search(r"[,;:()]|[.!?]\s", between_words(text, words, end - 1)):
                break
        return (first, end) if end > first else None


_SIMPLE_COPULA = {"is", "are", "was", "were", "am", "isn't", "aren't", "wasn't", "weren't"}
_CONTRACTED = ("'s", "'re", "'m")


def not_a_passive(lowered, i, j, lex) -> bool:
    """Be + a word that looks like a participle but is not a passive: a copula before an
    infinitive ('all you need to do is set up a record'), "'s got" (has got: 'she's got a
    point')."""
    aux, word = lowered[i], lowered[j]
    if i > 0 and lowered[i - 1] == "do" and aux in _SIMPLE_COPULA and j == i + 1:
        return True
    return aux.endswith("'s") and word in ("got", "gotten")


def describes_state(lowered, i, j, lex) -> bool:
    """Whether be + participle describes the state the subject is in rather than an action done to
    it: 'make sure the cable is plugged in', 'this folder is hidden by default', 'check that the
    add-on is enabled', 'if your issue is resolved'. Only a simple present or past copula ('is',
    'are', 'was', "it's") makes a state; 'is being sent', 'has been sent' and 'will be sent'
    are events, and so is any passive with an actor ('is blocked by your firewall')."""
    aux = lowered[i]
    if aux not in _SIMPLE_COPULA and not (aux.endswith(_CONTRACTED) and aux not in lex["be"]):
        return False
    after = lowered[j + 1:j + 3]
    if after[:1] == ["by"]:  # 'hidden by default' is a state, 'blocked by your firewall' an action
        return len(after) == 2 and after[1] in ("default", "design")
    if any(w.endswith("ly") and w not in lex["state_adverbs"] for w in lowered[i + 1:j]):
        return False  # a manner adverb makes an event: 'was quickly resolved', 'is automatically sent'
    word = lowered[j]
    if after[:1] == ["to"] and word in ("shown", "displayed"):
        return False  # shown to someone: an action with a recipient ('is not displayed to site owners')
    if word in lex["state_participles"] or word in lex["naming"]:
        return True
    return _opens_state_clause(lowered, i, lex["state_openers"])


def _opens_state_clause(lowered, i, openers) -> bool:
    """Whether the clause holding the copula at i opens with a check ('make sure', 'check that'),
    looked for in the six words before it ('make sure your new phone is')."""
    for start in range(max(0, i - 6), i):
        for opener in openers:
            if tuple(lowered[start:start + len(opener)]) == opener and start + len(opener) < i:
                return True
    return False


def in_idiom(lowered, j, idioms) -> bool:
    """Whether word j is part of an idiom: 'supposed to' starts at the participle, 'to be
    desired' two words before it."""
    for idiom in idioms:
        for lead in range(len(idiom)):
            start = j - lead
            if start >= 0 and tuple(lowered[start:start + len(idiom)]) == idiom:
                return True
    return False


@functools.lru_cache(maxsize=2)
def auxiliary_forms(with_get: bool) -> frozenset[str]:
    """The words that can be the auxiliary of a passive: the forms of be, and of get when asked."""
    lex = lexicon()
    return frozenset(lex["be"] | lex["get"] if with_get else lex["be"])


@functools.lru_cache(maxsize=2)
def _auxiliary_pattern(with_get: bool) -> re.Pattern:
    """Finds text that may hold an auxiliary: a form of be (or get) standing as a whole word, or
    any apostrophe (contractions). Sentences without one are skipped before they are split
    into words; most text has no passive at all, and this made the rule three times faster."""
    forms = longest_first(auxiliary_forms(with_get))
    alternation = "|".join(re.escape(form).replace("'", "['’]") for form in forms)
    return re.compile(rf"(?i)(?<![^\W_])(?:{alternation})(?![^\W_])|['’]")
