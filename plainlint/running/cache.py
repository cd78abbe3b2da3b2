"""Result cache (like ruff's): a file whose content, settings and plainlint are unchanged is not
linted again.

An entry holds one file's findings and nothing else (no fixed text: `--fix` runs lint for real
and never go through parallel.LintJob, the one reader of entries). Its key hashes everything that
decides the findings:
  - the file's bytes and its display path (the path picks the reader and can set the language);
  - the file's effective settings (rules, options, severities, allow lists, language, encoding,
    templates, fields), so any config change misses;
  - plainlint's version, the bytes of every shipped ruleset and the size and modification time
    of every plainlint module, so an upgrade or a local edit of a ruleset or rule misses too.
An entry is two lines of JSON: the findings' counts (a Tally: all that a `--silent` run reads),
then the findings. Entries are JSON (never pickle: a cache folder that came with someone else's files must not be
able to run code) and written atomically, so parallel workers and parallel runs can share it.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

from .. import __version__
from ..config import FileSettings
from ..linting.findings import Edit, Finding, Fix, Related
from ..output import Tally

CACHE_DIR = ".plainlint_cache"
_FORMAT = 3  # bump when the entry layout changes

# Pruning. Entries live in a folder per generation (plainlint version, rulesets and modules):
# a generation nobody runs any more can never be hit again. The current one is kept with the
# two most recently used others (a pre-commit environment and a development install may take
# turns), unless those were not used for a week. Within a generation, an edited file leaves its
# old entry behind: past ENTRY_CAP entries (or twice the files of the run, if more), the oldest
# are deleted down to PRUNE_TO of the cap (not spelling's kept word counts, in WORDS_FOLDER: those
# go by what their summaries name, running/tree_counts.prune_words). Either way the cost is a
# later cache miss, never a wrong answer.
OTHER_GENERATIONS_KEPT = 2
GENERATION_IDLE_SECONDS = 7 * 24 * 3600
ENTRY_CAP = 20_000
PRUNE_TO = 0.8
_USED_MARK = ".used"
WORDS_FOLDER = "words"  # a generation's subfolder of spelling's kept word counts (running/tree_counts.py)
_GENERATION_NAME = 16  # hex characters of the fingerprint naming a generation folder


@functools.lru_cache(maxsize=1)
def plainlint_fingerprint() -> str:
    """What every key shares: version, ruleset contents and the plainlint modules on disk."""
    digest = hashlib.blake2b(f"plainlint {__version__} cache {_FORMAT}".encode(), digest_size=16)
    for name, data in ruleset_contents():
        digest.update(name.encode() + b"\0" + data)
    for stamp in module_stamps():
        digest.update(f"{stamp}\n".encode())
    return digest.hexdigest()


def module_stamps() -> list[str]:
    """Each plainlint module's path, size and time: an edited reader or rule (a development
    checkout, an editable install after `git pull`) must not be answered from the cache."""
    package = Path(__file__).parent.parent
    stamps = []
    for module in sorted(package.rglob("*.py")):
        stat = module.stat()
        stamps.append(f"{module.relative_to(package).as_posix()} {stat.st_size} {stat.st_mtime_ns}")
    return stamps


def ruleset_contents() -> list[tuple[str, bytes]]:
    import importlib.resources

    folder = importlib.resources.files("plainlint.rulesets")
    return sorted((item.name, item.read_bytes()) for item in folder.iterdir()
                  if item.name.endswith((".yaml", ".txt")))  # word lists (.txt) decide findings too


def settings_digest(settings: FileSettings) -> str:
    """A stable text of every FileSettings field (all of them can change a finding, and a field
    added later is covered without touching this)."""
    parts = {}
    for item in dataclasses.fields(settings):
        value = getattr(settings, item.name)
        parts[item.name] = [rule.code for rule in value] if item.name == "rules" else value
    return json.dumps(parts, sort_keys=True, default=_jsonable)


def _jsonable(value):
    """Sets sorted and dataclasses by field, so a digest is the same in every process."""
    if isinstance(value, (set, frozenset)):
        return sorted(value, key=repr)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {item.name: getattr(value, item.name) for item in dataclasses.fields(value)}
    return repr(value)


@dataclass
class ResultCache:
    """Entries under `<root>/.plainlint_cache/`; the folder ignores itself for git."""

    root: Path

    def __post_init__(self):
        self._folder_text = str(self.generation)  # entry paths are joined as strings (one per file)

    @property
    def folder(self) -> Path:
        return self.root / CACHE_DIR

    @property
    def generation(self) -> Path:
        """This plainlint's entries: one folder per fingerprint, so old ones can be dropped whole."""
        return self.folder / plainlint_fingerprint()[:_GENERATION_NAME]

    def prepare(self) -> bool:
        """Create the folders, mark this generation used and drop stale ones; False when the
        folder cannot be made (read-only checkout): lint without it."""
        try:
            self.generation.mkdir(parents=True, exist_ok=True)
            ignore = self.folder / ".gitignore"
            if not ignore.exists():
                ignore.write_text("# Created by plainlint: the cache is local to this machine.\n*\n", encoding="utf-8")
            (self.generation / _USED_MARK).touch()
        except OSError:
            return False
        self.prune_generations()
        return True

    def prune_generations(self, now: float | None = None) -> list[str]:
        """Delete the generation folders (and entries of older layouts) that are not kept; the
        names deleted."""
        now = time.time() if now is None else now
        others = [(_last_used(path), path) for path in _subfolders(str(self.folder))
                  if path != self._folder_text and len(os.path.basename(path)) == _GENERATION_NAME]
        others.sort(reverse=True)
        kept = [path for used, path in others[:OTHER_GENERATIONS_KEPT] if now - used < GENERATION_IDLE_SECONDS]
        doomed = [path for _, path in others if path not in kept]
        # Folders not named like a generation hold entries of the older flat layout.
        doomed += [path for path in _subfolders(str(self.folder)) if len(os.path.basename(path)) != _GENERATION_NAME]
        for path in doomed:
            _remove_tree(path)
        return [os.path.basename(path) for path in doomed]

    def prune_entries(self, files_in_run: int = 0) -> int:
        """Delete this generation's oldest entries when there are more than the cap; how many."""
        cap = max(ENTRY_CAP, 2 * files_in_run)
        entries = [entry for shard in _subfolders(self._folder_text) if os.path.basename(shard) != WORDS_FOLDER
                   for entry in _files(shard)]
        if len(entries) <= cap:
            return 0
        aged = []
        for entry in entries:
            try:
                aged.append((entry.stat().st_mtime, entry.path))
            except OSError:
                continue
        aged.sort()
        doomed = aged[:max(0, len(aged) - int(cap * PRUNE_TO))]
        for _, path in doomed:
            try:
                os.unlink(path)
            except OSError:
                pass  # gone already, or in use by another run (Windows): next time
        return len(doomed)

    def key(self, display: str, data: bytes, settings: FileSettings) -> str:
        digest = hashlib.blake2b(digest_size=20)
        for part in (plainlint_fingerprint(), self._settings_digest(settings), display):
            digest.update(part.encode("utf-8", "surrogateescape") + b"\0")
        digest.update(data)
        return digest.hexdigest()

    def _settings_digest(self, settings: FileSettings) -> str:
        """settings_digest, once per settings object (the resolver shares one per override set;
        --encoding may set `encoding` on it after it is made, so that is checked each time)."""
        memo = self.__dict__.setdefault("_digests", {})
        known = memo.get(id(settings))
        if known is None or known[0] is not settings or known[1] != settings.encoding:
            known = memo[id(settings)] = (settings, settings.encoding, settings_digest(settings))
        return known[2]

    def _entry(self, key: str) -> str:
        return os.path.join(self._folder_text, key[:2], key)

    def get(self, key: str, display: str) -> list[Finding] | None:
        try:
            with open(self._entry(key), "rb") as stream:
                head, _, rows = stream.read().partition(b"\n")
            return [finding_from_row(display, row) for row in json.loads(rows)]
        except (OSError, ValueError, TypeError, KeyError, IndexError):
            return None  # missing, or damaged: lint again and overwrite

    def tally(self, key: str) -> Tally | None:
        """Only the entry's counts (its first line): what a run that prints nothing needs.
        Read with os.read: a buffered readline costs three times as much per entry."""
        try:
            fd = os.open(self._entry(key), os.O_RDONLY)
            try:
                head = os.read(fd, 4096)
                while b"\n" not in head:
                    more = os.read(fd, 65536)
                    if not more:
                        break
                    head += more
            finally:
                os.close(fd)
            return Tally.from_json(head.partition(b"\n")[0])
        except (OSError, ValueError, TypeError, KeyError, IndexError):
            return None

    def put(self, key: str, display: str, findings: list[Finding]) -> None:
        if any(finding.path != display for finding in findings):
            return  # rows do not store the path: never cache what they could not give back
        import tempfile  # only a run that lints something writes

        entry = self._entry(key)
        try:
            os.makedirs(os.path.dirname(entry), exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=os.path.dirname(entry), prefix=".tmp-")
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                stream.write(Tally.of(findings).to_json() + "\n")
                json.dump([finding_to_row(f) for f in findings], stream, ensure_ascii=False, separators=(",", ":"))
            os.replace(temporary, entry)
        except OSError:
            pass  # a read-only or full disk costs speed, never a wrong answer


def _last_used(path: str) -> float:
    for candidate in (os.path.join(path, _USED_MARK), path):
        try:
            return os.stat(candidate).st_mtime
        except OSError:
            continue
    return 0.0


def _subfolders(path: str) -> list[str]:
    try:
        return [entry.path for entry in os.scandir(path) if entry.is_dir(follow_symlinks=False)]
    except OSError:
        return []


def _files(path: str) -> list[os.DirEntry]:
    try:
        return [entry for entry in os.scandir(path) if entry.is_file(follow_symlinks=False)]
    except OSError:
        return []


def _remove_tree(path: str) -> None:
    import shutil

    shutil.rmtree(path, ignore_errors=True)  # a run using it right now keeps its open files


def clean(root: Path) -> bool:
    """Delete `<root>/.plainlint_cache`; True when there was one."""
    folder = root / CACHE_DIR
    if not folder.is_dir():
        return False
    import shutil

    shutil.rmtree(folder)
    return True


def finding_to_row(finding: Finding) -> list:
    """A Finding as a JSON list in Finding's own field order, without the path (an entry is
    one file's, and its path is part of the key)."""
    fix = finding.fix
    fix_row = None if fix is None else [fix.applicability, fix.message, [[e.start, e.end, e.content] for e in fix.edits]]
    return [finding.start, finding.end, finding.line, finding.column, finding.end_line, finding.end_column,
            finding.rule, finding.code, finding.category, finding.severity, finding.message, finding.suggestions,
            fix_row, finding.context, finding.flagged,
            [[r.start, r.end, r.line, r.column, r.end_line, r.end_column, r.message] for r in finding.related]]


_FIX = 12  # where the fix is in a row
_RELATED = 15


def finding_from_row(path: str, row: list) -> Finding:
    fix_row = row[_FIX]
    if fix_row is not None:
        row[_FIX] = Fix(fix_row[0], fix_row[1], [Edit(*edit) for edit in fix_row[2]])
    if len(row) > _RELATED:
        row[_RELATED] = [Related(*related) for related in row[_RELATED]]
    return Finding(path, *row)
