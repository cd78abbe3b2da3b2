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

A Vale vocabulary is read as it is written (user35): the regular-expression forms nearly all of
them use are read as term syntax (`from_vale`: `(?i)` and `[Aa]` for any case, `\\.`, `x?` and
`(a|b)?`), and any other regular expression is refused by name. Every bad line of a file is
reported in one run.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from .wordlists import Entry, Matcher, RulesetError, spellings, validate_term
from ..regex_cache import longest_first

_COMMENT = re.compile(r"(?:^|\s)#.*$")
_ARROW = "->"
# The regular-expression forms nearly every Vale vocabulary uses (user35), read as plainlint terms:
_ANY_CASE_FLAG = "(?i)"  # a leading flag: the term in any case
_TWO_CASES = re.compile(r"\[(\w)(\w)\]")  # `[Aa]cme`: either case of one letter
_ESCAPED = re.compile(r"\\(\W)")  # `Node\.js`: a character escaped
_OPTIONAL = re.compile(r"(\([^()]*\)|[\w'’])\?")  # `plugins?`, `(e|es)?`: with or without it
# What is left of a regular expression once the forms above are read: refused by name, since
# as term syntax (where `.`, `*` and `+` are punctuation: "C++") it would never match.
_REGEX = re.compile(r"\.[*+?]|\\[A-Za-z]|\[[^\]]*\]|^\^|\$$|\(\?|\{\d")
MAX_SPELLINGS = 64  # spellings one accepted line may expand to


class VocabularyError(Exception):
    """One line per problem: `FILE:LINE: message` (or `FILE: message` when the file cannot be
    read); a file's every bad line is reported at once."""

    def __init__(self, problems: list[str] | str):
        self.problems = [problems] if isinstance(problems, str) else list(problems)
        super().__init__("\n".join(self.problems))


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
    """(term, preferred) per line of a vocabulary file; `where` names the file in errors. An
    accepted line with `(a|b)` groups gives one term per spelling; every bad line is reported."""
    out, problems = [], []
    for number, raw in enumerate(text.splitlines(), 1):
        line = _COMMENT.sub("", raw).strip()
        if not line:
            continue
        try:
            out += _parse_line(line, f"{where}:{number}", reject)
        except VocabularyError as exc:
            problems += exc.problems
    if problems:
        raise VocabularyError(problems)
    return out


def _parse_line(line: str, where: str, reject: bool) -> list[tuple[str, str]]:
    """The (term, preferred) pairs of one line: a rejected term as written (the reject matcher
    expands its groups), an accepted one as its spellings, one plain term each (the accept list
    is looked up by spelling)."""
    term, preferred = _split_preferred(line, where, reject)
    term = _checked_term(from_vale(term), where)
    if reject:
        return [(" ".join(term.split()), " ".join(preferred.split()))]
    forms = list(dict.fromkeys(" ".join(form.split()) for form in spellings(term)))
    if len(forms) > MAX_SPELLINGS:
        raise VocabularyError(f"{where}: term {line!r} has {len(forms)} spellings (at most {MAX_SPELLINGS})")
    return [(form, "") for form in forms if form]


def _split_preferred(line: str, where: str, reject: bool) -> tuple[str, str]:
    """(term, preferred term) of a line: `term -> preferred` only in a reject file."""
    if _ARROW not in line:
        return line, ""
    if not reject:
        raise VocabularyError(f"{where}: '->' (a preferred term) belongs in a reject file")
    term, _, preferred = (part.strip() for part in line.partition(_ARROW))
    if not term or not preferred:
        raise VocabularyError(f"{where}: expected 'term -> preferred term'")
    return term, preferred


def _checked_term(term: str, where: str) -> str:
    """`term` (read from Vale's forms) if it is term syntax; a regular expression left over is
    refused by name, any other bad term as validate_term words it."""
    if _REGEX.search(term):
        raise VocabularyError(f"{where}: '{term}' is a regular expression; a term is words, `(a|b)` groups and"
                              " the Vale forms `(?i)`, `[Xx]`, `\\.` and `x?`")
    try:
        validate_term(term, where)
    except RulesetError as exc:
        raise VocabularyError(str(exc)) from None
    return term


def from_vale(term: str) -> str:
    """A Vale vocabulary entry in plainlint's term syntax: a leading `(?i)` or a `[Aa]` class makes
    the term any-case (lower case: a term with capitals is a name in its exact case), `\\.` is the
    character, and `x?` / `(a|b)?` an alternative with and without it. Other regular expressions
    are left as written, for _checked_term to refuse on the line that holds them."""
    any_case = term.startswith(_ANY_CASE_FLAG)
    term = term[len(_ANY_CASE_FLAG):] if any_case else term

    def either_case(match: re.Match) -> str:
        nonlocal any_case
        first, second = match.groups()
        if first != second and first.lower() == second.lower():
            any_case = True
            return first.lower()
        return match.group(0)

    term = _TWO_CASES.sub(either_case, term)
    term = _ESCAPED.sub(r"\1", term)
    term = _OPTIONAL.sub(_with_and_without, term)
    return term.lower() if any_case else term


def _with_and_without(match: re.Match) -> str:
    """`x?` -> `(x|)`, `(a|b)?` -> `(a|b|)`: term syntax for 'with or without it'."""
    optional = match.group(1)
    return f"({optional[1:-1] if optional.startswith('(') else optional}|)"


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
