"""passive-voice: a form of "be" (or "get", as an option) + optional adverbs + a past participle."""

from __future__ import annotations

import functools
import re

from .. import inflect
from ..nlp.sentences import sentences_of
from ..wordlists import load_ruleset_file
from .base import Hit, Option, Rule

_APOSTROPHES = "'’"
_CLAUSE_BREAK = {"and", "but", "or", "so", "that", "which", "who", "when", "if", "because", "while",
                 "although", "once", "until", "unless", "after", "before", "since", "where"}
_AGENT_STOP = _CLAUSE_BREAK | {"to", "for", "in", "on", "with", "at", "from", "into", "as", "via", "during", "within"}
_WH_WORDS = {"what", "whatever", "which", "whichever", "who", "whom", "whose", "whoever"}
_MODALS = {"will", "would", "can", "could", "may", "might", "must", "should", "shall"}
_PERFECT = {"has", "have", "had"}


@functools.lru_cache(maxsize=1)
def lexicon() -> dict:
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
        return participle[:-3] + "y"
    from ..nlp.readability import syllable_table

    known = syllable_table()
    if stem in lex["double_consonant"]:
        return stem
    if len(stem) >= 3 and stem[-1] == stem[-2] and stem[-1] not in "lsfz":
        return stem[:-1]
    with_e = stem + "e"
    if with_e in known and (stem not in known or stem[-1] in "vzcgu" or len(stem) <= 3):
        return with_e
    return stem


def past_form(participle: str) -> str:
    irregular = lexicon()["irregular"]
    return irregular[participle][1] if participle in irregular else participle


class PassiveVoice(Rule):
    code = "PL201"
    name = "passive-voice"
    category = "passive"
    summary = "Passive voice hides who does what: name the actor"
    rationale = (
        "In support content the actor matters: 'your refund was processed' leaves the customer "
        "wondering who processed it and whether they still need to do something. The active voice "
        "('we processed your refund') is shorter, says who is responsible, and turns steps into "
        "instructions. Predicate adjectives ('we are excited', 'the office is closed') and idioms "
        "('is used to') are not passives and are not flagged."
    )
    bad = (
        "Your request was processed by our support team.",
        "The invoice is sent automatically every month.",
    )
    good = (
        "Our support team processed your request.",
        "We are excited to share this. The office is closed on Sundays.",
    )
    fix_safety = ("Unsafe, and only where the agent is named ('by our team') and the rewrite covers the whole "
                  "clause: the sentence is rewritten with the agent first.")
    fixable = True
    options = {
        "get": Option(False, "also flag get-passives ('your account got suspended')"),
        "flag-required": Option(True, "flag 'is required', 'is needed', 'is recommended' and similar"),
        "allow-participles": Option([], "participles never flagged after 'be' (domain states such as 'enabled')"),
    }

    def check(self, doc, options):
        lex = lexicon()
        allowed = set(options.get("allow-participles") or [])
        for segment in doc.segments:
            if segment.scope in ("alt", "title"):
                continue
            for sentence in sentences_of(doc, segment):
                words = sentence.words()
                for hit in self._scan(segment, sentence, words, lex, options, allowed):
                    yield hit

    def _scan(self, segment, sentence, words, lex, options, allowed):
        lowered = [w[2].lower().replace("’", "'") for w in words]
        i = 0
        while i < len(words):
            aux_start, aux_kind = self._auxiliary(words, lowered, i, lex, options)
            if aux_kind is None:
                i += 1
                continue
            j = i + 1
            while j < len(words) and j - i <= 4 and (lowered[j] in lex["adverbs"] or
                                                      (lowered[j].endswith("ly") and len(lowered[j]) > 3)):
                if lowered[j] == "being" and aux_kind != "be":
                    break
                j += 1
            if j < len(words) and self._is_passive(lowered, i, j, lex, options, allowed):
                yield self._hit(segment, sentence, words, lowered, i, j, aux_start)
                i = j + 1
                continue
            i += 1

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
        following = tuple(lowered[j:j + 3])
        for idiom in lex["idioms"]:
            if following[: len(idiom)] == idiom:
                return False
        if following[:2] == ("used", "to") and (len(following) < 3 or following[2] in lex["used_to_next"]
                                                  or following[2].endswith("ing")):
            return False
        return True

    def _hit(self, segment, sentence, words, lowered, i, j, aux_start) -> Hit:
        participle = lowered[j]
        span_text = segment.text[aux_start:words[j][1]]
        agent = self._agent(segment.text, words, lowered, j)
        hit = Hit(aux_start, words[j][1], "", segment)
        if agent is None:
            aux = lowered[i]
            past = aux in ("was", "were", "wasn't", "weren't") or (aux == "been" and i > 0 and lowered[i - 1] == "had")
            verb = past_form(participle) if past else base_form(participle)
            if aux == "be" and i > 0 and lowered[i - 1] in _MODALS:
                verb = f"{lowered[i - 1]} {verb}"
            hit.message = (f"Passive voice '{span_text}': say who does it, e.g. 'we {verb} ...', "
                           f"'you {verb} ...' or the product's name")
            return hit
        subject_start = self._subject_start(segment.text, words, lowered, i)
        rewrite = self._rewrite(segment, sentence, words, lowered, i, j, agent, subject_start)
        hit.message = f"Passive voice '{span_text}': name the actor first, e.g. '{rewrite}'"
        hit.suggestions = [rewrite]
        if subject_start is not None and self._rewrite_is_whole(segment.text, words, lowered, i, j, agent, subject_start):
            hit.replacement = rewrite
            hit.applicability = "unsafe"
            hit.fix_span = (words[subject_start][0], words[agent[1] - 1][1])
            hit.fix_message = f"Rewrite in the active voice: '{rewrite}'"
        return hit

    @staticmethod
    def _rewrite_is_whole(text, words, lowered, i, j, agent, subject_start) -> bool:
        """Offer the rewrite as a fix only when it can stand in for the whole span.

        Not when the agent goes on past what was read ('by spammers, scammers and ...', a
        six-word cap), names a means rather than an actor ('by clicking'), follows 'being',
        or when the span holds quotes, brackets or a line break the rewrite would move.
        """
        first, end = agent
        if lowered[first].endswith("ing") or "being" in lowered[i:j]:
            return False
        if any(word in _WH_WORDS or word in ("as", "to") for word in lowered[subject_start:i]):
            return False  # not a plain noun phrase: 'as to what was produced by ...'

        if end < len(words):
            gap = _gap(text, words, end - 1)
            if "," in gap or lowered[end] in ("and", "or", "nor") or not re.search(r"\S", gap) and lowered[end] not in _AGENT_STOP:
                return False
        span = text[words[subject_start][0]:words[end - 1][1]]
        return not re.search(r"[\"“”«»()\[\]\n\r]", span)

    @staticmethod
    def _agent(text, words, lowered, j):
        """(first, end) word indexes of the agent after 'by', or None."""
        if j + 1 >= len(words) or lowered[j + 1] != "by" or re.search(r"[,;:()]", _gap(text, words, j)):
            return None
        first = end = j + 2
        while end < len(words) and end - first < 6 and lowered[end] not in _AGENT_STOP:
            end += 1
            if re.search(r"[,;:()]|[.!?]\s", _gap(text, words, end - 1)):
                break
        return (first, end) if end > first else None

    @staticmethod
    def _subject_start(text, words, lowered, i):
        """Index of the first word of the subject before the auxiliary, if it is a short phrase."""
        end = i - 1 if i > 0 and lowered[i - 1] in _MODALS | _PERFECT else i
        k = end
        while k > 0 and end - k < 6 and lowered[k - 1] not in _CLAUSE_BREAK and not re.search(
                r"[,;:()]", _gap(text, words, k - 1)):
            k -= 1
        return k if k < end else None

    def _rewrite(self, segment, sentence, words, lowered, i, j, agent, subject_start) -> str:
        text = segment.text
        agent_text = text[words[agent[0]][0]:words[agent[1] - 1][1]]
        participle = lowered[j]
        aux = lowered[i]
        before = lowered[i - 1] if i > 0 else ""
        if aux in ("was", "were", "wasn't", "weren't"):
            verb = past_form(participle)
        elif aux in ("be",) and before in _MODALS:
            verb = base_form(participle)
        elif aux == "been" and before in _PERFECT:
            verb = participle
        else:
            plural = agent_text.lower().split()[-1].endswith("s") or agent_text.lower() in ("we", "they", "you", "i")
            base = base_form(participle)
            verb = base if plural else inflect.inflect(base, inflect.THIRD)
        if subject_start is None:
            return f"{agent_text} {verb} ..."
        subject_end = i - 1 if i > 0 and lowered[i - 1] in _MODALS | _PERFECT else i
        subject = text[words[subject_start][0]:words[subject_end - 1][1]] if subject_end > subject_start else ""
        helper = text[words[i - 1][0]:words[i - 1][1]] + " " if subject_end < i else ""
        if words[subject_start][0] == sentence.start and subject[:1].isupper() and not subject.startswith("I "):
            subject = subject[0].lower() + subject[1:]
            agent_text = agent_text[0].upper() + agent_text[1:]
        return f"{agent_text} {helper.lower()}{verb} {subject}".replace("  ", " ")


def _gap(text: str, words, k: int) -> str:
    """The characters between word k and word k+1 (punctuation tells clause edges)."""
    if k < 0 or k + 1 >= len(words):
        return ""
    return text[words[k][1]:words[k + 1][0]]
