"""Mine misspelling -> correction pairs from the typo-fix commits of permissively licensed
repositories (spell20, issue 33), for rulesets/spelling-mined.txt.

No permissive known-misspellings list with clean provenance exists (rulesets/SOURCES.md, "known
misspellings, a larger list": typos, misspell, codespell and cspell derive from Wikipedia's CC BY-SA
lists). Writers' own fixes are a source that is theirs: a commit whose message says typo, spelling
or misspell(ing) and that replaces one word by another records a real misspelling and its fix.

    python scripts/mine_typo_fixes.py pairs MIRROR_DIR OUT.tsv      # every pair, one row per commit
    python scripts/mine_typo_fixes.py table PAIRS.tsv OUT.txt [REJECT.txt]   # the ruleset file

`pairs` reads each MIRROR_DIR/OWNER+NAME/repo (a bare git directory with full history) whose
licence files at HEAD are all MIT, Apache-2.0, BSD, ISC, CC0 or CC-BY (never CC-BY-SA, GPL, MPL,
non-commercial or an unknown licence), walks the typo-fix commits of HEAD's history with
`git log -p --word-diff=porcelain` and keeps a replacement of one word by one word when the old
word is not one plainlint's dictionary knows, the new one is, both have the same case pattern
(lower, Capitalised or UPPER), and they are close: Damerau-Levenshtein distance 1 or 2 with the
same first letter, or the first two letters swapped. `table` groups the pairs by misspelling and
keeps a pair seen in 2+ repositories or 2+ commits, plus the singletons reviewed by eye and not
rejected (REJECT.txt: `word<TAB>reason` lines, the review's verdicts for words that are never
entries: a real word elsewhere, a name, a British/American variant, a domain term).
"""

from __future__ import annotations

import collections
import re
import subprocess
import sys
from pathlib import Path

TYPO_COMMIT = r"typo|spelling|misspel"
WORD = r"[A-Za-z]+"
# Repositories that maintain spelling lists: their typo fixes edit data taken from other lists
# (crate-ci/typos and client9/misspell from Wikipedia's CC BY-SA lists; Harper's dictionary), not prose.
LIST_REPOSITORIES = {"crate-ci/typos", "client9/misspell", "Automattic/harper"}
LICENCE_FILE = re.compile(r"^(licen[cs]e|copying)([-_.][\w.-]*)?$", re.IGNORECASE)

# Licence text markers, most specific first: ShareAlike and the copyleft licences are refused
# before the permissive markers are looked for, so a file naming both is refused.
REFUSED = ("sharealike", "share-alike", "by-sa", "noncommercial", "non-commercial", "gnu general public",
           "gnu affero", "gnu lesser", "mozilla public license", "eclipse public license",
           "creative commons attribution-noderivatives", "business source license", "elastic license",
           "server side public license", "commons clause")
PERMISSIVE = (("cc0 1.0 universal", "CC0-1.0"),
              ("attribution 4.0 international", "CC-BY-4.0"), ("attribution 3.0", "CC-BY-3.0"),
              ("apache license", "Apache-2.0"), ("permission is hereby granted, free of charge", "MIT"),
              ("redistribution and use in source and binary forms", "BSD"),
              ("permission to use, copy, modify, and/or distribute", "ISC"),
              ("permission to use, copy, modify, and distribute", "ISC"))


def licence_of(text: str) -> str | None:
    """The SPDX-like name of a licence file's text, or None when it is refused or unknown."""
    flat = " ".join(text.lower().split())
    if any(marker in flat for marker in REFUSED):
        return None
    for marker, name in PERMISSIVE:
        if marker in flat:
            return name
    return None


def git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", "--git-dir", str(repo), *args], capture_output=True, text=True,
                          errors="replace", check=False).stdout


def repo_licence(repo: Path) -> str | None:
    """The licence of a repository at HEAD: every licence file at the top must be permissive
    (a repository with LICENSE MIT and LICENSE-DOCS CC-BY-SA is refused); None when there is none."""
    names = [n for n in git(repo, "ls-tree", "--name-only", "HEAD").splitlines() if LICENCE_FILE.match(n)]
    found = [licence_of(git(repo, "show", f"HEAD:{name}")) for name in names]
    if not found or None in found:
        return None
    return "+".join(sorted(set(found)))


def distance(a: str, b: str) -> int:
    """Damerau-Levenshtein distance (optimal string alignment: an adjacent swap is one edit)."""
    rows = [list(range(len(b) + 1))]
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            row[j] = min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], rows[-2][j - 2] + 1)
        rows.append(row)
    return rows[-1][-1]


def case_pattern(word: str) -> str | None:
    if word.islower():
        return "lower"
    if word.isupper() and len(word) > 1:
        return "upper"
    if word[0].isupper() and word[1:].islower():
        return "title"
    return None


def close(old: str, new: str) -> bool:
    """Whether `new` is a plausible fix of the slip `old`: 1-2 edits, same start or a swapped start."""
    if old == new or case_pattern(old) is None or case_pattern(old) != case_pattern(new):
        return False
    a, b = old.lower(), new.lower()
    same_start = a[0] == b[0] or (len(a) > 1 and len(b) > 1 and a[:2] == b[1::-1])
    return same_start and 1 <= distance(a, b) <= 2


def replacements(porcelain: str) -> list[tuple[str, str]]:
    """One-word-for-one-word replacements in `git log -p --word-diff=porcelain` hunks: a '-' line
    directly followed by a '+' line, each a single word."""
    pairs, lines = [], porcelain.splitlines()
    for before, after in zip(lines, lines[1:]):
        if before.startswith("-") and after.startswith("+") and not before.startswith("---") \
                and not after.startswith("+++"):
            old, new = before[1:].strip(), after[1:].strip()
            if re.fullmatch(WORD, old) and re.fullmatch(WORD, new):
                pairs.append((old, new))
    return pairs


def commit_pairs(repo: Path) -> dict[str, list[tuple[str, str]]]:
    """Each typo-fix commit of HEAD's history and the word replacements it makes."""
    out = git(repo, "log", "HEAD", "--no-merges", "-i", "-E", f"--grep={TYPO_COMMIT}", "--format=commit %H",
              "-p", "--word-diff=porcelain", f"--word-diff-regex={WORD}", "--unified=0", "--no-color",
              "--no-renames", "--no-ext-diff", "--no-textconv")
    found: dict[str, list[tuple[str, str]]] = collections.defaultdict(list)
    for chunk in re.split(r"^commit (?=[0-9a-f]{40}$)", out, flags=re.MULTILINE)[1:]:
        sha, _, body = chunk.partition("\n")
        found[sha.strip()] = replacements(body)
    return found


def mine(mirror: Path, knows) -> list[tuple[str, str, str, str, str]]:
    """(misspelling, correction, repo, licence, commit) rows from every permissive repository."""
    rows = []
    for repo in sorted(mirror.glob("*/repo")):
        name = repo.parent.name.replace("+", "/", 1)
        licence = None if name in LIST_REPOSITORIES else repo_licence(repo)
        if licence is None:
            print(f"skip {name}: licence not permissive or unknown", file=sys.stderr)
            continue
        for sha, pairs in commit_pairs(repo).items():
            seen = set()
            for old, new in pairs:
                key = (old.lower(), new.lower())
                if key not in seen and close(old, new) and not knows(key[0]) and knows(key[1]):
                    seen.add(key)
                    rows.append((*key, name, licence, sha))
        print(f"{name} ({licence}): {len(rows)} pairs so far", file=sys.stderr)
    return rows


def dictionary_knows():
    from plainlint.nlp.spelling import dictionary

    return dictionary().knows


def cmd_pairs(mirror: str, out: str) -> None:
    rows = mine(Path(mirror), dictionary_knows())
    lines = ["misspelling\tcorrection\trepo\tlicence\tcommit"] + ["\t".join(r) for r in rows]
    Path(out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(rows)} pairs from {len({r[2] for r in rows})} repositories")


def read_pairs(path: str) -> list[list[str]]:
    return [line.split("\t") for line in Path(path).read_text(encoding="utf-8").splitlines()[1:] if line]


def grouped(rows: list[list[str]]) -> dict[str, dict[str, list[list[str]]]]:
    """misspelling -> correction -> its rows."""
    table: dict[str, dict[str, list[list[str]]]] = collections.defaultdict(lambda: collections.defaultdict(list))
    for row in rows:
        table[row[0]][row[1]].append(row)
    return table


def evidence(rows: list[list[str]]) -> tuple[int, int]:
    """(repositories, commits) behind a pair."""
    return len({r[2] for r in rows}), len({(r[2], r[4]) for r in rows})


def read_rejects(path: str | None) -> dict[str, str]:
    if not path:
        return {}
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return dict(line.split("\t", 1) for line in lines if line.strip() and not line.startswith("#"))


# Unknown words this short are abbreviations and codes more often than slips (the rule's own
# SHORTEST_UNKNOWN reasoning); a known misspelling skips that guard, so a short one needs more evidence.
SHORT = 3
SHORTEST = 3


def kept(typo: str, fixes: dict[str, list[list[str]]], agrees) -> bool:
    """Whether a misspelling is an entry: 3 letters or more (3 only with 2+ repositories), and
    2+ commits of evidence for one of its fixes, or one commit whose fix is among the dictionary's
    own first three suggestions (an independent check that the edit was the typo's fix and not a
    rewording: 'aded' -> 'add' is not kept)."""
    repos = len({r[2] for rows in fixes.values() for r in rows})
    if len(typo) < SHORTEST or (len(typo) == SHORT and repos < 2):
        return False
    return any(evidence(rows)[1] >= 2 or agrees(typo, fix) for fix, rows in fixes.items())


def entries(rows: list[list[str]], rejects: dict[str, str], agrees=lambda typo, fix: True) -> list[str]:
    """The ruleset lines: misspelling, corrections (most evidence first, '|'-joined), repositories,
    licences, commits of evidence, one example commit (repo@sha)."""
    lines = []
    for typo, fixes in sorted(grouped(rows).items()):
        if typo in rejects or not kept(typo, fixes, agrees):
            continue
        ranked = sorted(fixes.items(), key=lambda item: (-evidence(item[1])[1], item[0]))
        ranked = [(fix, r) for fix, r in ranked if evidence(r)[1] >= 2 or agrees(typo, fix)]
        every = [r for _, pair_rows in ranked for r in pair_rows]
        repos = sorted({r[2] for r in every})
        licences = sorted({part for r in every for part in r[3].split("+")})
        example = ranked[0][1][0]
        commits = len({(r[2], r[4]) for r in every})
        lines.append("\t".join([typo, "|".join(f for f, _ in ranked), ",".join(repos), ",".join(licences),
                                str(commits), f"{example[2]}@{example[4][:12]}"]))
    return lines


def dictionary_agrees():
    from plainlint.nlp.spelling import Dictionary, dictionary

    words = Dictionary(dictionary().counts, {})  # no known misspellings: the mined fix must not vote
    return lambda typo, fix: fix in words.suggest(typo)


HEADER = """# Known misspellings mined from typo-fix commits of permissively licensed repositories (spell20,
# issue 33), generated by scripts/mine_typo_fixes.py; see rulesets/SOURCES.md "known misspellings mined
# from typo fixes". Columns (tab-separated): misspelling, correction(s) '|'-joined, repositories,
# their licences, commits of evidence, one example commit. Do not edit by hand: reject a word in
# rulesets/spelling-mined-rejected.txt with its reason and re-run the script.
"""


def cmd_table(pairs: str, out: str, reject: str | None = None) -> None:
    rows = read_pairs(pairs)
    lines = entries(rows, read_rejects(reject), dictionary_agrees())
    Path(out).write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} entries from {len(rows)} pairs")


def cmd_singletons(pairs: str, reject: str | None = None) -> None:
    """Pairs with one commit of evidence, not yet rejected: the batch to review by eye."""
    rejects = read_rejects(reject)
    for typo, fixes in sorted(grouped(read_pairs(pairs)).items()):
        if typo not in rejects and all(evidence(r)[1] < 2 for r in fixes.values()):
            print(typo, "->", "|".join(fixes), sep="\t")


def main(argv: list[str]) -> int:
    commands = {"pairs": cmd_pairs, "table": cmd_table, "singletons": cmd_singletons}
    if not argv or argv[0] not in commands:
        print(__doc__)
        return 2
    commands[argv[0]](*argv[1:])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
