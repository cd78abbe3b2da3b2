"""Active-voice rewrites for passive-voice (PL201), offered only for clauses that parse cleanly.

The rewrite ("Our team processed your request") is shown in the message and offered as an unsafe
fix. It is built only when every part is plain: a short noun phrase (or pronoun) as the subject at
the start of the sentence or right after "that", "when", "if", "because" ...; one auxiliary chain ("is", "was",
"will be", "has been") with nothing between it and the participle; and an agent after "by" that
is a short noun phrase ending the clause. Anything else gets no rewrite: a wrong rewrite costs
the reader more than none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..linting import inflect
from ..reading.offsets import PLACEHOLDER, PLACEHOLDER_TEXT

_PRESENT = {"is", "are", "am"}
_PAST = {"was", "were"}
_MODALS = {"will", "would", "can", "could", "may", "might", "must", "should", "shall"}
_PERFECT = {"has", "have", "had"}
# Clause openers after which a subject starts ("because it can be exploited by spammers").
_SUBORDINATORS = {"when", "whenever", "if", "because", "since", "although", "though", "unless", "until",
                  "once", "while"}
_BOUNDARIES = _SUBORDINATORS | {"that"}
# Words after the agent that start a phrase the rewrite keeps ("within 5 days", "when you ...").
# Not "for", "in", "with" ...: those often belong to the agent ("filters for Source").
_KEPT_TAIL = _SUBORDINATORS | {"within", "during", "after", "before", "to"}
# After "<agent>," these words start a new clause rather than go on with a list of agents.
_AFTER_COMMA = _SUBORDINATORS | {"but", "so", "not"}
# Coordination that shares the passive's subject ("... is used by X when ..., and should be kept").
_SHARED_SUBJECT_VERBS = _PRESENT | _PAST | _MODALS | _PERFECT | {"be", "been", "do", "does", "did"}
_FUNCTION_WORDS = _PRESENT | _PAST | _MODALS | _PERFECT | _KEPT_TAIL | {
    "be", "been", "being", "do", "does", "did", "not", "and", "or", "nor", "but", "so", "that",
    "which", "who", "whom", "whose", "what", "where", "how", "why", "while", "although", "since",
    "to", "as", "of", "by", "about", "than", "like", "into", "onto", "upon", "between", "there",
    "here", "also", "only", "just", "then", "now", "even", "i", "we", "they", "he", "she", "you",
    "it", "me", "us", "them", "him", "one", "ones", "either", "neither", "both", "such", "in", "on",
    "at", "for", "with", "from", "via", "through", "across", "over", "under", "without", "per",
}
_ING_NOUNS = {"thing", "string", "setting", "meeting", "ring", "king", "spring", "building", "morning", "evening"}
_BACK_POSSESSIVES = {"its", "their", "his", "her"}
_PLAIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
_CLEAN_GAP = re.compile(r"\s+")
_AGENT_END_GAP = re.compile(r"\s*[.,;:!?]+\s*")
_MOVED_MARKS = re.compile(r"[\"“”«»()\[\]\n\r\ue000]")


@dataclass(frozen=True)
class Rewrite:
    text: str
    start: int  # offset in the segment text of the replaced span (subject .. agent)
    end: int


def is_not_agent(lowered_agent: tuple[str, ...], lex: dict) -> bool:
    """'by default', 'by email', 'by the way': a means, time or manner, not someone who acts."""
    return any(lowered_agent[: len(idiom)] == idiom for idiom in lex["not_agents"])


# After "by", a word that opens a time or an amount, not an actor (session 16, left16): a number
# ("by 5 June", "by 3 pm", "incremented by 1") or a reply's fill-in or template tag for a time
# ("by [date]", "by {{ refund_date }}"; a word of its own: "{{TRANSLATOR_NAME}}" holds no "sla").
# The finding stays (no actor is named); its message asks who does it, not to move the time to the front.
_TIME_FILL_IN = re.compile(r"(?i)[\[{][^\]}]*?(?<![a-z])(?:date|time|timeframe|timeline|datetime|day|days|deadline|"
                           r"eta|hours?|minutes?|weeks?|months?|period|window|sla)(?![a-z])")
# A number, an amount or a clock time ("by 1", "by 2.5", "by 40%", "by 10:00", "by 3pm"); not a
# name that opens with digits ("by 3rd parties", "by 21Vianet", "by 1Password").
_NUMBER = re.compile(r"[\d.,:/%-]+(?:am|pm)?", re.I)


def names_a_time(segment, word, source: str) -> bool:
    """Whether the word after "by" opens a time: a number, or a fill-in or tag standing for one."""
    text = word[2]
    if text[:1].isdigit():
        return _NUMBER.fullmatch(text) is not None
    if text != PLACEHOLDER_TEXT:
        return False
    return any(piece.kind == PLACEHOLDER and _TIME_FILL_IN.match(source, piece.src_start, piece.src_end)
               for piece in segment.map.pieces_in(word[0], word[1]))


def active_rewrite(text, sentence_start, words, lowered, i, j, lex, base_form, past_form) -> Rewrite | None:
    """The active-voice rewrite of the passive at words i (auxiliary) .. j (participle), or None."""
    if j != i + 1:
        return None  # adverbs between: 'is only used', 'will mostly be'
    if text[sentence_start:words[0][0]].strip():
        return None  # the sentence opens with marks the rewrite would strand ('\\b is replaced ...')
    chain_start = _chain_start(lowered, i)
    if chain_start is None or any(not _CLEAN_GAP.fullmatch(between_words(text, words, k)) for k in range(chain_start, j)):
        return None
    subject = _subject(text, words, lowered, chain_start, lex)
    agent = _agent(text, words, lowered, j, lex)
    if subject is None or agent is None or _shares_subject_later(lowered, agent.end):
        return None
    verb = _active_verb(lowered, i, j, agent.plural, lex, base_form, past_form)
    if verb is None:
        return None
    start, end = words[subject.first][0], words[agent.end - 1][1]
    if _MOVED_MARKS.search(text[start:end]):
        return None
    agent_text = agent.text
    if subject.first == 0:
        agent_text = agent_text[0].upper() + agent_text[1:]
    return Rewrite(f"{agent_text} {verb} {subject.text}", start, end)


def _shares_subject_later(lowered, end) -> bool:
    """'..., and should be provided': a later verb whose subject is the passive's subject."""
    return any(word in ("and", "or", "but") and following in _SHARED_SUBJECT_VERBS
               for word, following in zip(lowered[end:], lowered[end + 1:]))


def _chain_start(lowered, i) -> int | None:
    """First word of a single auxiliary chain ending at word i: 'is', 'was', 'will be', 'has been'."""
    aux = lowered[i]
    if aux in _PRESENT | _PAST:
        return i
    if i > 0 and (aux == "be" and lowered[i - 1] in _MODALS or aux == "been" and lowered[i - 1] in _PERFECT):
        return i - 1
    return None


@dataclass(frozen=True)
class _Phrase:
    first: int
    end: int
    text: str
    plural: bool = False


def _subject(text, words, lowered, chain_start, lex) -> _Phrase | None:
    """The subject noun phrase right before the auxiliary chain, as the object of the active verb."""
    k = chain_start
    while k > 0 and chain_start - k < 5 and lowered[k - 1] not in _BOUNDARIES and _CLEAN_GAP.fullmatch(
            between_words(text, words, k - 1)):
        k -= 1
    at_start = k == 0
    after_boundary = k > 1 and lowered[k - 1] in _BOUNDARIES and _CLEAN_GAP.fullmatch(between_words(text, words, k - 1))
    if k == chain_start or not (at_start or after_boundary):
        return None
    if after_boundary and lowered[k - 1] == "that" and not _clearly_opens_phrase(words[k][2], lex):
        return None  # 'that configuration is owned': 'that' may be the determiner
    originals = [w[2] for w in words[k:chain_start]]
    if len(originals) == 1 and lowered[k] in lex["object_case"]:
        pronoun = lex["object_case"][lowered[k]]
        return _Phrase(k, chain_start, pronoun)
    if not _plain_noun_phrase(lowered[k:chain_start], originals, lex):
        return None
    first = originals[0]
    if at_start and _common_first_word(originals, lowered[k:chain_start], lex):
        first = first[0].lower() + first[1:]
    return _Phrase(k, chain_start, " ".join([first] + originals[1:]))


def _clearly_opens_phrase(word: str, lex: dict) -> bool:
    lowered = word.lower()
    return lowered in lex["determiners"] or lowered in lex["object_case"] or word[:1].isupper()


def _common_first_word(originals, lowered, lex) -> bool:
    """Whether the capital of the sentence's first word is only the sentence's ('Refunds', 'The')."""
    from ..nlp.readability import syllable_table

    head = originals[0]
    if lowered[0] in lex["determiners"]:
        return True
    if not head[1:].islower() or lowered[0] not in syllable_table():
        return False
    if len(originals) == 1:
        return lowered[0].endswith("s")
    return all(word[:1].islower() for word in originals[1:])


def _plain_noun_phrase(lowered, originals, lex) -> bool:
    """(determiner) (modifiers) noun: up to five plain words, no verbs, pronouns or linking words."""
    if not 1 <= len(lowered) <= 5:
        return False
    for position, (word, original) in enumerate(zip(lowered, originals)):
        if word in lex["determiners"]:
            if position > 0:
                return False
        elif not _PLAIN_WORD.fullmatch(original) or word in _FUNCTION_WORDS or word in lex["adverbs"]:
            return False
        if word.endswith("ly") or word.endswith("ing") and position in (0, len(lowered) - 1) \
                and word not in _ING_NOUNS:
            return False  # 'Sending mail', 'entries referencing': verbs, not names
    if "x" in lowered and "X" in originals:
        return False  # a masked code span or template tag
    head = lowered[-1]
    return head not in lex["determiners"] and not head.endswith(("ed", "'s", "’s")) and head != "x"


def _agent(text, words, lowered, j, lex) -> _Phrase | None:
    """The agent after 'by' when it is a short noun phrase that ends the clause."""
    if j + 2 >= len(words) or lowered[j + 1] != "by" or not _CLEAN_GAP.fullmatch(between_words(text, words, j)) \
            or not _CLEAN_GAP.fullmatch(between_words(text, words, j + 1)):
        return None
    first = end = j + 2
    while end < len(words) and end - first < 5 and lowered[end] not in _FUNCTION_WORDS | lex["subject_case"].keys():
        end += 1
        if not _CLEAN_GAP.fullmatch(between_words(text, words, end - 1)):
            break
    if end == first and lowered[first] in lex["subject_case"]:
        end = first + 1  # a pronoun: 'by us'
    if end == first or is_not_agent(tuple(lowered[first:end]), lex) or not _ends_clause(text, words, lowered, end):
        return None
    originals = [w[2] for w in words[first:end]]
    if end - first == 1 and lowered[first] in lex["subject_case"]:
        pronoun = lex["subject_case"][lowered[first]]
        return _Phrase(first, end, pronoun, plural=pronoun in ("we", "they", "you", "I"))
    if not _plain_noun_phrase(lowered[first:end], originals, lex) or lowered[first] in _BACK_POSSESSIVES:
        return None  # 'by their PodCondition': in front, 'their' would point ahead to the subject
    plural = _is_plural(originals[-1], lex)
    if plural is None:
        return None
    return _Phrase(first, end, " ".join(originals), plural)


def _ends_clause(text, words, lowered, end) -> bool:
    """The agent is followed by the end of the sentence, punctuation, or a phrase the rewrite keeps."""
    if end >= len(words):
        return True
    gap = between_words(text, words, end - 1)
    if _AGENT_END_GAP.fullmatch(gap):
        return "," not in gap or lowered[end] in _AFTER_COMMA
    return bool(_CLEAN_GAP.fullmatch(gap)) and lowered[end] in _KEPT_TAIL


def _is_plural(head: str, lex: dict) -> bool | None:
    """Number of the agent's head noun; None when unclear (then no rewrite is offered)."""
    lowered = head.lower()
    if lowered in lex["unclear_number"]:
        return None
    if lowered in lex["plural_nouns"]:
        return True
    if re.fullmatch(r"[A-Z]{2,}s", head):
        return True  # APIs, URLs
    if head[:1].isupper():
        return False  # a name: Windows, AWS, Mutual TLS, Stripe
    if lowered.endswith(("ss", "us", "is", "ics")):
        return None if lowered.endswith("ics") else False
    return lowered.endswith("s")


def _active_verb(lowered, i, j, plural, lex, base_form, past_form) -> str | None:
    """The active verb in the passive's tense, agreeing with the agent."""
    aux, participle = lowered[i], lowered[j]
    if aux in _PAST:
        return past_form(participle)
    if aux == "been":
        helper = lowered[i - 1]
        if helper != "had":
            helper = "have" if plural else "has"
        return f"{helper} {participle}"
    base = base_form(participle)
    if not is_known_verb(base):
        return None  # not sure of the base form ('desir' is a name in the word table, not a verb)
    if aux == "be":
        return f"{lowered[i - 1]} {base}"
    return base if plural else inflect.inflect(base, inflect.THIRD)


def between_words(text: str, words, k: int) -> str:
    """The characters between word k and word k+1 (punctuation tells clause edges)."""
    if k < 0 or k + 1 >= len(words):
        return ""
    return text[words[k][1]:words[k + 1][0]]


# Prefixes that make verbs of verbs ('reindex', 'preselect', 'deallocate'). Not 'un': most
# un- participles are adjectives ('unused', 'unqualified'), and 'we unuse' is no verb.
_VERB_PREFIXES = ("re", "pre", "de", "dis", "mis", "over", "under")


def in_word_table(word: str, known) -> bool:
    """In the word table, or a verb prefix plus a word of three letters or more that is."""
    if word in known:
        return True
    return any(word.startswith(prefix) and len(word) - len(prefix) >= 3 and word[len(prefix):] in known
               for prefix in _VERB_PREFIXES)


def is_known_verb(base: str) -> bool:
    """A base form that may be shown or written: an irregular verb or a word of the word table
    (with a verb prefix: 'reindex'). 'unus' (from 'unused') is neither, so nothing spells it."""
    from ..nlp.readability import syllable_table

    return base in inflect.irregular_verbs() or in_word_table(base, syllable_table())
