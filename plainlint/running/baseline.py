"""Baselines: record today's findings, then report only findings that are not in the record.

Each entry has the `fingerprint` of `fingerprint.fingerprints()` (the GitLab report uses the same
function: path, rule code, flagged text and rank among identical findings) and, since 0.x, a
`context_fingerprint`: the same plus the words around the finding. The rank alone pairs the wrong
occurrences when the same words occur twice and one is added above the other, so findings are
matched to entries in passes (`match`): context, then flagged text on the same line, then flagged
text alone (nearest line first), then, for a rule that flags a whole unit, its rule with mostly
the same words (nearest line first), then its rule on the same line whatever the text, then the
bare fingerprint (entries without a text), then, for a document-level finding, the entry of its
rule nearest above it; each entry is used once. A file with no entry of its own may take the
entries of a recorded file that is gone (moved or renamed: `_renamed_from`). Old baselines
without `context_fingerprint` start at the second pass. Paths are taken relative to the baseline
file's folder, so the baseline works from any working directory.
"""

from __future__ import annotations

import functools
import json
import os
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from ..linting.findings import Finding, folded

FORMAT_KEY = "plainlint-baseline"
VERSION = 1
CONTEXT_WORDS = 6  # words kept on each side of a finding for its context fingerprint
_CONTEXT_REACH = 400  # characters looked at on each side (more than CONTEXT_WORDS words of prose)
_TEXT_LIMIT = 200  # characters of the folded flagged text an entry stores in "text"


class BaselineError(Exception):
    pass


def _relative_to(folder: Path, display: str) -> str:
    absolute = os.path.abspath(display)
    try:
        return Path(os.path.relpath(absolute, folder)).as_posix()
    except ValueError:  # another drive on Windows
        return Path(absolute).as_posix()


_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n[ \t]*\n")


def _words_around(finding: Finding, text: str) -> tuple[str, str]:
    """Up to CONTEXT_WORDS whole words of the finding's own sentence before and after the flagged
    span, whitespace folded: words of another sentence would change when one is added nearby."""
    head_from = max(0, finding.start - _CONTEXT_REACH)
    head = text[head_from:finding.start]
    ends = list(_SENTENCE_END.finditer(head))
    before = head[ends[-1].end():].split() if ends else head.split()
    if not ends and head_from > 0 and before:
        before = before[1:]  # the first word may be cut in half by the window
    tail_to = finding.end + _CONTEXT_REACH
    tail = text[finding.end:tail_to]
    end = _SENTENCE_END.search(tail)
    after = tail[:end.start()].split() if end else tail.split()
    if not end and tail_to < len(text) and after:
        after = after[:-1]
    return " ".join(before[-CONTEXT_WORDS:]), " ".join(after[:CONTEXT_WORDS])


def context_fingerprint(finding: Finding, text: str | None) -> str | None:
    """Path, rule, flagged text and the words around it; None without the file's text."""
    if text is None:
        return None
    import hashlib  # here: a run without a baseline imports this module only, and no hashing

    payload = "\x1f".join((finding.path, finding.code, folded(finding.flagged), *_words_around(finding, text)))
    return hashlib.sha256(payload.encode("utf-8", "surrogateescape")).hexdigest()


def _text_key(path: str, code: str, flagged: str) -> tuple[str, str, str]:
    return (path, code, folded(flagged)[:_TEXT_LIMIT])


def _entry_text_key(entry: dict) -> tuple | None:
    if all(isinstance(entry.get(name), str) for name in ("path", "code", "text")):
        return _text_key(entry["path"], entry["code"], entry["text"])
    return None


def _unit_key(keyed: "_Keyed") -> tuple[str, str] | None:
    """(path, code) of a finding of a rule that flags a whole sentence, paragraph, heading or
    document (Rule.flags_unit), None for any other: editing a word of a recorded long sentence
    leaves its sentence-length finding recorded, while a new 'utilize' on a recorded line is new."""
    return keyed.text_key[:2] if keyed.text_key[1] in _unit_codes() else None


@functools.lru_cache(maxsize=1)
def _unit_codes() -> frozenset[str]:
    from ..rules import all_rules

    return frozenset(rule.code for rule in all_rules() if rule.flags_unit)


def _entry_unit_key(entry: dict) -> tuple[str, str] | None:
    return _entry_path_code(entry) if entry.get("code") in _unit_codes() else None


@dataclass
class _Keyed:
    """A finding as the baseline sees it: path relative to the baseline's folder."""

    finding: Finding
    fingerprint: str
    context: str | None
    text_key: tuple[str, str, str]


def _pair(pending: dict[int, _Keyed], free: dict[str, dict], key_of_finding, key_of_entry,
          distance=None) -> list[tuple[int, str]]:
    """Pairs (finding index, entry fingerprint) with equal keys, each used once; with `distance`,
    the closest pairs first, otherwise in source order."""
    by_key = defaultdict(list)
    for e_index, entry in free.items():
        key = key_of_entry(e_index, entry)
        if key is not None:
            by_key[key].append(e_index)
    candidates = []
    for f_index, keyed in pending.items():
        key = key_of_finding(keyed)
        for e_index in by_key.get(key, ()) if key is not None else ():
            gap = distance(keyed, free[e_index]) if distance else 0
            if gap is not None:
                candidates.append((gap, f_index, e_index))
    candidates.sort()
    pairs, used_f, used_e = [], set(), set()
    for _, f_index, e_index in candidates:
        if f_index not in used_f and e_index not in used_e:
            used_f.add(f_index)
            used_e.add(e_index)
            pairs.append((f_index, e_index))
    return pairs


def _line_gap(keyed: _Keyed, entry: dict) -> int:
    line = entry.get("line")
    return abs(keyed.finding.line - line) if isinstance(line, int) else 1 << 30


def _same_line(keyed: _Keyed, entry: dict) -> int | None:
    return 0 if entry.get("line") == keyed.finding.line else None


UNIT_SIMILARITY = 0.8  # share of words a moved unit keeps (one word changed in 10 still matches)


def _similar_unit_gap(keyed: _Keyed, entry: dict) -> int | None:
    """The line gap to an entry whose recorded unit has mostly the same words as the finding's
    (a long sentence moved down by a paragraph added above, with a word of it changed; user35);
    None for another unit. Both texts are folded and cut at the same length, so a unit's tail may
    differ by a cut word."""
    from difflib import SequenceMatcher

    ratio = SequenceMatcher(None, keyed.text_key[2].split(), entry["text"][:_TEXT_LIMIT].split(), autojunk=False).ratio()
    return _line_gap(keyed, entry) if ratio >= UNIT_SIMILARITY else None


def _document_key(keyed: _Keyed) -> tuple[str, str] | None:
    """Path and code of a document-level finding (one per document and rule)."""
    return keyed.text_key[:2] if keyed.finding.context.get("scope") == "document" else None


def _entry_path_code(entry: dict) -> tuple[str, str] | None:
    return (entry["path"], entry["code"]) if _entry_text_key(entry) else None


def _on_or_above(keyed: _Keyed, entry: dict) -> int | None:
    """How far above the finding an entry's line is; None below it."""
    line = entry.get("line")
    return keyed.finding.line - line if isinstance(line, int) and line <= keyed.finding.line else None


_PASSES = (
    (lambda k: k.context, lambda _, e: e.get("context_fingerprint"), _line_gap),
    (lambda k: k.text_key, lambda _, e: _entry_text_key(e), _same_line),
    (lambda k: k.text_key, lambda _, e: _entry_text_key(e), _line_gap),
    # A unit with mostly its recorded words first, wherever it moved: a new long sentence
    # written on the recorded one's old line is not that one.
    (_unit_key, lambda _, e: _entry_unit_key(e), _similar_unit_gap),
    (_unit_key, lambda _, e: _entry_unit_key(e), _same_line),
    (lambda k: k.fingerprint, lambda fingerprint, e: None if _entry_text_key(e) else fingerprint, None),
    # A document-level finding recorded on an earlier anchor: reading-level's moved from a first
    # paragraph with no sentence (a DocFX include, an "Original KB number" line) to the first that
    # holds one (user34 defect 10). The entry left of the same rule nearest above it is that one.
    (_document_key, lambda _, e: _entry_path_code(e), _on_or_above),
)


class Baseline:
    def __init__(self, path: Path, entries: dict[str, dict] | None = None):
        self.path = path
        self.folder = Path(os.path.abspath(path)).parent
        self.entries = entries or {}  # fingerprint -> entry as written
        self.matched: set[str] = set()
        self.checked_paths: set[str] = set()
        self._index: tuple[dict, dict] | None = None
        self._gone_cache: list[str] | None = None  # recorded paths whose file is gone (_gone_paths)
        self._claimed: dict[str, str] = {}  # of those, the ones a renamed file of the run has taken: by whom

    @classmethod
    def load(cls, path: Path) -> "Baseline":
        try:
            data = json.loads(path.read_text(encoding="utf-8", errors="surrogateescape"))
        except FileNotFoundError:
            raise BaselineError(f"{path}: error: baseline file not found (create it with --write-baseline)") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise BaselineError(f"{path}: error: cannot read baseline: {exc}") from None
        except json.JSONDecodeError as exc:
            raise BaselineError(f"{path}:{exc.lineno}:{exc.colno}: error: invalid baseline JSON: {exc.msg}") from None
        if not isinstance(data, dict) or data.get(FORMAT_KEY) != VERSION or not isinstance(data.get("findings"), list):
            raise BaselineError(f"{path}: error: not a plainlint baseline (expected {{\"{FORMAT_KEY}\": {VERSION}, \"findings\": [...]}})")
        entries = {}
        for entry in data["findings"]:
            if isinstance(entry, dict) and isinstance(entry.get("fingerprint"), str):
                entries[entry["fingerprint"]] = entry
        return cls(path, entries)

    def keyed(self, findings: list[Finding]) -> list[tuple[str, Finding]]:
        """(fingerprint, finding) with the path as seen from the baseline's folder."""
        return [(k.fingerprint, k.finding) for k in self._keyed(findings, None)]

    def _keyed(self, findings: list[Finding], text: str | None) -> list[_Keyed]:
        """Findings keyed three ways; `.finding` is the caller's own (its path unchanged)."""
        from ..linting.fingerprint import fingerprints  # (a run without a baseline imports this module only)

        moved = [f.replaced(path=_relative_to(self.folder, f.path)) for f in findings]
        return [_Keyed(original, key, context_fingerprint(m, text), _text_key(m.path, m.code, m.flagged))
                for original, m, key in zip(findings, moved, fingerprints(moved))]

    def match(self, findings: list[Finding], text: str | None = None) -> list[str | None]:
        """For each finding, the fingerprint of the baseline entry it is, or None when it is new.

        `text` is the file's (decoded) text, for the context pass; without it that pass is skipped."""
        keyed = self._keyed(findings, text)
        by_path = self._by_path()
        free = dict(by_path.get(None, {}))
        paths = {k.text_key[0] for k in keyed}
        for path in paths:
            free.update(by_path.get(path, {}))
        source = self._renamed_from(keyed, by_path) if len(paths) == 1 and not paths & by_path.keys() else None
        if source is not None:  # the file's findings, keyed as if still at its recorded path
            keyed = self._keyed([f.replaced(path=str(self.folder / source)) for f in findings], text)
            free.update(by_path[source])
        pending = dict(enumerate(keyed))
        result: list[str | None] = [None] * len(keyed)
        for of_finding, of_entry, distance in _PASSES:
            for f_index, fingerprint in _pair(pending, free, of_finding, of_entry, distance):
                result[f_index] = fingerprint
                del pending[f_index], free[fingerprint]
        return result

    def _renamed_from(self, keyed: list[_Keyed], by_path: dict) -> str | None:
        """The recorded path of a file moved or renamed to this one (user35: `git mv` of an
        article failed a pre-commit run with every finding new): a path whose file is gone, not
        claimed by another file of the run, and whose entries and this file's findings are at
        least half the same (rule and flagged text, as git's rename detection asks half the
        lines). Asked only of a file the baseline has no entry for, maybe more than once (`--fix`
        asks before the report does): the file's own claim stands for it."""
        found = Counter(k.text_key[1:] for k in keyed)
        claimant = keyed[0].text_key[0]
        best, best_shared = None, 0
        for path in self._gone_paths(by_path, claimant):
            recorded = Counter((e["code"], e["text"][:_TEXT_LIMIT]) for e in by_path[path].values())
            shared = sum((found & recorded).values())
            if shared * 2 >= max(sum(found.values()), sum(recorded.values())) and shared > best_shared:
                best, best_shared = path, shared
        if best is not None:
            self._claimed[best] = claimant
        return best

    def _gone_paths(self, by_path: dict, claimant: str) -> list[str]:
        """Recorded paths whose file no longer exists and no other file of the run has claimed,
        sorted (looked up on disk once a run)."""
        if self._gone_cache is None:
            self._gone_cache = sorted(p for p in by_path if p is not None and not os.path.lexists(self.folder / p))
        return [p for p in self._gone_cache if self._claimed.get(p, claimant) == claimant]

    def _by_path(self) -> dict[str | None, dict[str, dict]]:
        """Entries by path (None: entries without a text, matched by fingerprint only), built
        once per `entries` so a run over many files does not scan the whole baseline per file."""
        if self._index is None or self._index[0] is not self.entries:
            by_path: dict[str | None, dict[str, dict]] = defaultdict(dict)
            for fingerprint, entry in self.entries.items():
                by_path[entry["path"] if _entry_text_key(entry) else None][fingerprint] = entry
            self._index = (self.entries, by_path)
        return self._index[1]

    def new_findings(self, findings: list[Finding], text: str | None = None) -> list[Finding]:
        """Findings not in the baseline. Pure (a renamed file's claim on its old path holds for that
        file alone): use it while fixing, `filter` for the report."""
        return [f for f, known in zip(findings, self.match(findings, text)) if known is None]

    def filter(self, path: str, findings: list[Finding], text: str | None = None) -> list[Finding]:
        self.checked_paths.add(_relative_to(self.folder, path))
        kept = []
        for finding, known in zip(findings, self.match(findings, text)):
            if known is None:
                kept.append(finding)
            else:
                self.matched.add(known)
        return kept

    def stale(self, roots: list[Path] = ()) -> int:
        """Entries that no longer occur: of files checked in this run (fixed or reworded), and of
        files under the run's paths `roots` that no longer exist (deleted or renamed; user33). A
        run that names some files (pre-commit) says nothing of the entries of others."""
        under = [_relative_to(self.folder, str(root)) for root in roots]
        gone: dict[str, bool] = {}
        return sum(1 for key, entry in self.entries.items()
                   if key not in self.matched and (entry.get("path") in self.checked_paths
                                                   or self._gone(entry.get("path"), under, gone)))

    def _gone(self, path, roots: list[str], seen: dict[str, bool]) -> bool:
        """Whether an entry's file, under one of `roots`, is no longer on disk (asked once a file)."""
        if not isinstance(path, str):
            return False
        if path not in seen:
            inside = any(root == "." or path == root or path.startswith(root.rstrip("/") + "/") for root in roots)
            seen[path] = inside and not os.path.lexists(self.folder / path)
        return seen[path]


class BaselineWriter:
    def __init__(self, path: Path):
        self.baseline = Baseline(path)
        self.rows: list[dict] = []

    def add(self, findings: list[Finding], text: str | None = None) -> None:
        for keyed in self.baseline._keyed(findings, text):
            finding = keyed.finding
            row = {
                "fingerprint": keyed.fingerprint,
                "path": _relative_to(self.baseline.folder, finding.path),
                "code": finding.code,
                "rule": finding.rule,
                "line": finding.line,
                "text": folded(finding.flagged)[:_TEXT_LIMIT],
            }
            if keyed.context is not None:
                row["context_fingerprint"] = keyed.context
            self.rows.append(row)

    def write(self) -> int:
        """Write the rows, one per fingerprint (a file linted twice must not be recorded twice)."""
        unique = {row["fingerprint"]: row for row in self.rows}.values()
        rows = sorted(unique, key=lambda r: (r["path"], r["line"], r["code"], r["fingerprint"]))
        from ..fixing.atomic import WriteError, write_atomic

        text = json.dumps({FORMAT_KEY: VERSION, "findings": rows}, indent=2, ensure_ascii=False) + "\n"
        try:
            # surrogateescape: the path of a file whose name is not UTF-8 is written as its bytes,
            # and read back the same way, so the entry matches that file again
            write_atomic(self.baseline.path, text.encode("utf-8", "surrogateescape"), what="the baseline")
        except WriteError as exc:
            raise BaselineError(f"{self.baseline.path}: error: {exc}") from None
        return len(rows)

