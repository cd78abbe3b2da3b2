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
from dataclasses import dataclass
from pathlib import Path

from . import __version__
from .config import FileSettings
from .findings import Edit, Finding, Fix
from .reporters import Tally

CACHE_DIR = ".plainlint_cache"
_FORMAT = 2  # bump when the entry layout changes


@functools.lru_cache(maxsize=1)
def plainlint_fingerprint() -> str:
    """What every key shares: version, ruleset contents and the plainlint modules on disk."""
    digest = hashlib.blake2b(f"plainlint {__version__} cache {_FORMAT}".encode(), digest_size=16)
    for name, data in ruleset_contents():
        digest.update(name.encode() + b"\0" + data)
    package = Path(__file__).parent
    for module in sorted(package.rglob("*.py")):
        stat = module.stat()
        digest.update(f"{module.relative_to(package)} {stat.st_size} {stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def ruleset_contents() -> list[tuple[str, bytes]]:
    import importlib.resources

    folder = importlib.resources.files("plainlint.rulesets")
    return sorted((item.name, item.read_bytes()) for item in folder.iterdir() if item.name.endswith(".yaml"))


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
        self._folder_text = str(self.folder)  # entry paths are joined as strings (one per file)

    @property
    def folder(self) -> Path:
        return self.root / CACHE_DIR

    def prepare(self) -> bool:
        """Create the folder; False when it cannot be (read-only checkout): lint without it."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            ignore = self.folder / ".gitignore"
            if not ignore.exists():
                ignore.write_text("# Created by plainlint: the cache is local to this machine.\n*\n", encoding="utf-8")
        except OSError:
            return False
        return True

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
            fix_row, finding.context, finding.flagged]


_FIX = 12  # where the fix is in a row


def finding_from_row(path: str, row: list) -> Finding:
    fix_row = row[_FIX]
    if fix_row is not None:
        row[_FIX] = Fix(fix_row[0], fix_row[1], [Edit(*edit) for edit in fix_row[2]])
    return Finding(path, *row)
