"""Project vocabulary (issue 32), like Vale's Vocab: terms a project accepts and terms it rejects.

Files are named in config (`vocabulary: {accept: [files], reject: [files]}`, paths relative to the
config file); several files of each kind combine. Plain text, one term a line; `#` starts a
comment (a whole line, or after a space). A reject line may name the preferred term after `->`:

    # accept.txt                       # reject.txt
    Acme Cloud                         whitelist -> allowlist
    kubectl                            Acme cloud -> Acme Cloud

- An **accepted** term is never flagged by the spelling or terminology rules (the hit must lie
  inside an occurrence of the term, matched case-insensitively), and a term with capitals is a
  name in its exact case: another capitalisation is a terminology finding (a safe fix).
- A **rejected** term is always flagged by `terminology`, with the preferred term when given.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from .wordlists import Entry, Matcher, RulesetError, validate_term
from ..regex_cache import longest_first

_COMMENT = re.compile(r"(?:^|\s)#.*$")
_ARROW = "->"


class VocabularyError(Exception):
    """One line: `FILE:LINE: message` (or `FILE: message` when the file cannot be read)."""


@dataclass(frozen=True)
class Vocabulary:
    """Accepted terms (as written) and rejected terms with their preferred form ("" for none)."""

    accept: tuple[str, ...] = ()
    reject: tuple[tuple[str, str], ...] = ()

    def __bool__(self) -> bool:
        return bool(self.accept or self.reject)

    def accepted_spans(self, text: str) -> list[tuple[int, int]]:
        """Where accepted terms occur in `text` (any case)."""
        if not self.accept:
            return []
        return [m.span() for m in _accept_pattern(self.accept).finditer(text)]

    def accepts(self, text: str, start: int, end: int) -> bool:
        """Whether text[start:end] lies inside an accepted term."""
        return any(lo <= start and end <= hi for lo, hi in self.accepted_spans(text))

    def names(self) -> tuple[str, ...]:
        """Accepted terms with a capital: names whose exact case the project uses."""
        return tuple(term for term in self.accept if any(c.isupper() for c in term))

    def reject_matcher(self) -> Matcher:
        return _reject_matcher(self.reject)


def _words_pattern(term: str) -> str:
    return r"\s+".join(re.escape(word).replace("'", "['’]") for word in term.split())


@functools.lru_cache(maxsize=32)
def _accept_pattern(terms: tuple[str, ...]) -> re.Pattern:
    body = "|".join(_words_pattern(t) for t in longest_first(terms))
    return re.compile(rf"(?<![\w\-/@#.\\])(?:{body})(?![\w]|-\w|\.\w)", re.IGNORECASE)


@functools.lru_cache(maxsize=32)
def _reject_matcher(reject: tuple[tuple[str, str], ...]) -> Matcher:
    return Matcher([Entry(term=term, use=[preferred] if preferred else [], source=("project vocabulary",))
                    for term, preferred in reject])


def parse_lines(text: str, where: str, reject: bool) -> list[tuple[str, str]]:
    """(term, preferred) per line of a vocabulary file; `where` names the file in errors."""
    out = []
    for number, raw in enumerate(text.splitlines(), 1):
        line = _COMMENT.sub("", raw).strip()
        if not line:
            continue
        term, preferred = line, ""
        if _ARROW in line:
            if not reject:
                raise VocabularyError(f"{where}:{number}: '->' (a preferred term) belongs in a reject file")
            term, _, preferred = (part.strip() for part in line.partition(_ARROW))
            if not term or not preferred:
                raise VocabularyError(f"{where}:{number}: expected 'term -> preferred term'")
        try:
            validate_term(term, f"{where}:{number}")
        except RulesetError as exc:
            raise VocabularyError(str(exc)) from None
        if not reject and ("(" in term or "|" in term):
            raise VocabularyError(f"{where}:{number}: an accepted term is plain words (no (a|b) groups)")
        out.append((" ".join(term.split()), " ".join(preferred.split())))
    return out


def read_file(path: Path, display: str, reject: bool) -> list[tuple[str, str]]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        problem = getattr(exc, "strerror", None) or str(exc)
        raise VocabularyError(f"{display}: cannot read vocabulary file: {problem}") from None
    return parse_lines(text, display, reject)


def load(accept_files: list[tuple[Path, str]], reject_files: list[tuple[Path, str]]) -> Vocabulary:
    """One Vocabulary from every file, as (path, name shown in errors): duplicates kept once."""
    accept = {term: None for path, shown in accept_files for term, _ in read_file(path, shown, False)}
    reject = {term: preferred for path, shown in reject_files for term, preferred in read_file(path, shown, True)}
    return Vocabulary(tuple(accept), tuple(reject.items()))


EMPTY = Vocabulary()
