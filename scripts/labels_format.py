"""Labels files' format (issue 25; split out of scripts/labels.py): licences of corpus files,
the hash that keys a label, one label entry and its checks, merging chunks, YAML in and out."""

from __future__ import annotations

import csv
import hashlib
import re
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
LABELS = ("TP", "FP", "debatable")
PERMISSIVE_PREFIXES = ("MIT", "Apache-2.0", "BSD-", "CC0-1.0", "CC-BY-")
NOT_PERMISSIVE_PREFIXES = ("CC-BY-SA", "CC-BY-NC", "CC-BY-ND")
UNIT_CUT = 1200


# ---------------------------------------------------------------- licences

def is_permissive(spdx: str | None) -> bool:
    """MIT, Apache-2.0, BSD-*, CC0-1.0 and CC-BY-* (not -SA, -NC or -ND). An `A AND B`
    expression is permissive only when every part is; `A OR B` when some part is."""
    if not spdx or spdx.strip() in ("-", "unknown", "NOASSERTION"):
        return False
    spdx = spdx.strip().strip("()")
    if " OR " in spdx:
        return any(is_permissive(part) for part in spdx.split(" OR "))
    if " AND " in spdx:
        return all(is_permissive(part) for part in spdx.split(" AND "))
    if spdx.startswith(NOT_PERMISSIVE_PREFIXES):
        return False
    return spdx == "MIT" or spdx.startswith(PERMISSIVE_PREFIXES)


def read_manifest(corpus: Path) -> dict[str, str]:
    """folder_in_corpus -> licence_spdx."""
    with open(corpus / "MANIFEST.tsv", encoding="utf-8", newline="") as handle:
        return {row["folder_in_corpus"]: row["licence_spdx"] for row in csv.DictReader(handle, delimiter="\t")}


def licence_of(path: str, manifest: dict[str, str]) -> str:
    """The licence of the longest MANIFEST folder that contains `path` ("unknown" if none)."""
    best = ""
    for folder in manifest:
        if (path == folder or path.startswith(folder.rstrip("/") + "/")) and len(folder) > len(best):
            best = folder
    return manifest[best] if best else "unknown"


# ---------------------------------------------------------------- flagged text

def normalise(text: str) -> str:
    return " ".join(text.split())


def text_hash(text: str) -> str:
    """First 16 hex digits of sha256 of the flagged text with whitespace collapsed."""
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()[:16]


# ---------------------------------------------------------------- label entries: checks, merge

class LabelError(ValueError):
    pass


def validate_entry(entry: dict, manifest: dict[str, str]) -> list[str]:
    """Problems with one label entry (empty when it is fine)."""
    where = f"{entry.get('id', '?')} {entry.get('path', '?')} [{entry.get('rule', '?')}]"
    problems = []
    for key in ("path", "rule", "hash"):
        if not entry.get(key):
            problems.append(f"{where}: no {key}")
    if entry.get("label") not in LABELS:
        problems.append(f"{where}: label {entry.get('label')!r} is not one of {', '.join(LABELS)}")
    reason = entry.get("reason")
    if not isinstance(reason, str) or not reason.strip():
        problems.append(f"{where}: no reason")
    elif "\n" in reason.strip():
        problems.append(f"{where}: the reason must be one line")
    if "text" in entry and not is_permissive(licence_of(str(entry.get("path", "")), manifest)):
        problems.append(f"{where}: text given for a file whose licence "
                        f"({licence_of(str(entry.get('path', '')), manifest)}) is not permissive; keep only the hash")
    return problems


QUOTE_WORDS = 5  # a reason sharing this many words in a row with its file quotes it


def quoted_runs(reason: str, source: str, run: int = QUOTE_WORDS) -> list[str]:
    """Runs of `run` consecutive words of `reason` that also occur in `source` (case and
    punctuation ignored): reasons for non-permissive files must describe, never quote."""
    def words(text: str) -> list[str]:
        return re.findall(r"[a-z0-9]+(?:['’][a-z0-9]+)*", text.lower())

    source_words = words(source)
    present = {tuple(source_words[i:i + run]) for i in range(len(source_words) - run + 1)}
    reason_words = words(reason)
    return [" ".join(reason_words[i:i + run]) for i in range(len(reason_words) - run + 1)
            if tuple(reason_words[i:i + run]) in present]


def validate_removed(entry: dict) -> list[str]:
    missing = [k for k in ("path", "rule", "hash", "reason") if not entry.get(k)]
    return [f"removed entry {entry}: no {', '.join(missing)}"] if missing else []


def validate_labels(data: dict, manifest: dict[str, str]) -> list[str]:
    problems, keys = [], Counter()
    for entry in data.get("labels", []):
        problems.extend(validate_entry(entry, manifest))
        keys[label_key(entry)] += 1
    problems.extend(f"label for {key} given {n} times" for key, n in keys.items() if n > 1)
    for entry in data.get("removed", []) or []:
        problems.extend(validate_removed(entry))
    return problems


def label_key(entry: dict) -> tuple:
    return (entry.get("path"), entry.get("rule"), entry.get("hash"), int(entry.get("occurrence", 0)))


def merge(chunks: list[dict], manifest: dict[str, str], sample: str | None = None) -> dict:
    labels = [e for c in chunks for e in c.get("labels", [])]
    data = {"sample": sample or (chunks[0].get("sample") if chunks else None),
            "plainlint_commit": chunks[0].get("plainlint_commit") if chunks else None,
            "labels": sorted(labels, key=lambda e: e.get("id", "")),
            "removed": []}
    problems = validate_labels(data, manifest)
    if problems:
        raise LabelError("\n".join(problems))
    return data


# ---------------------------------------------------------------- yaml

def load_yaml(path: Path) -> dict:
    with open(path, encoding="utf-8") as handle:
        return yaml.safe_load(handle) or {}


def dump_yaml(path: Path, data: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as handle:
        yaml.safe_dump(data, handle, sort_keys=False, allow_unicode=True, width=120)
