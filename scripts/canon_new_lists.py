"""Issue 28 (second part): draw the entries of the new lists to judge.

Reads each list from a local checkout or mirror of its public source, and prints one row per drawn
entry: list, entry, the source's own alternative, how it was chosen. Per list: every entry when it
has fewer than 100, else `random.Random(28).sample(entries, 150)` (seed 28, as for the first
lists) plus every entry that occurs in the corpus (whole words, case-insensitive; `bench/` left out,
it repeats the other folders). Vale regex entries are matched as regexes and written out as one
concrete example for the test sentence.

    python scripts/canon_new_lists.py --mirrors /work/.mirror --corpus ../shared/corpus > drawn.tsv
"""

from __future__ import annotations

import argparse
import random
import re
import subprocess
from pathlib import Path

import yaml

SEED = 28
SAMPLE = 150
VALE_WORD_STYLES = {
    "write-good": ("errata-ai+write-good", "write-good", ["TooWordy", "Weasel", "Cliches"]),
    "proselint": ("errata-ai+proselint", "proselint", None),
}
PROSELINT_SKIP = {"Annotations", "Currency", "DateCase", "DateMidnight", "DateRedundancy", "DateSpacing",
                  "Diacritical", "P-Value", "Spelling", "Typography"}  # punctuation, dates, typography


def git_show(mirror: Path, path: str) -> str:
    data = subprocess.run(["git", "-C", str(mirror), "show", f"HEAD:{path}"], check=True,
                          capture_output=True).stdout
    return data.decode("utf-8", errors="replace") if b"\x91" not in data else data.decode("cp1252")


def git_ls(mirror: Path, folder: str) -> list[str]:
    out = subprocess.run(["git", "-C", str(mirror), "ls-tree", "--name-only", "HEAD", folder + "/"],
                         check=True, capture_output=True, text=True).stdout
    return [line for line in out.splitlines() if line.endswith(".yml")]


def vale_entries(mirror: Path, folder: str, styles) -> list[tuple[str, str, str]]:
    """(entry, alternative, rule) from Vale existence/substitution rules."""
    out = []
    for path in git_ls(mirror, folder):
        rule = Path(path).stem
        if (styles and rule not in styles) or (not styles and rule in PROSELINT_SKIP):
            continue
        data = yaml.safe_load(git_show(mirror, path))
        for token in data.get("tokens") or []:
            out.append((str(token), "", rule))
        for key, value in (data.get("swap") or {}).items():
            out.append((str(key), str(value), rule))
    return out


def pec_entries(mirror: Path) -> list[tuple[str, str, str]]:
    """The Plain English Campaign A-Z pairs in the DrivelDefence word table (2001 A-Z), without
    the house-style rows mixed into it (capitalisation, GOV.UK notes, spellings)."""
    text = git_show(mirror, "resources/js/DrivelDefenceshared.js")
    out = []
    for bad, good in re.findall(r'bg\.addItem\("([^"]+)","([^"]*)"\)', text):
        bad = bad.strip()
        if re.search(r"case|GOV\.UK|Upper|upper|lower|hyphen|acronym|brand|capital|lowercase", good, re.I):
            continue
        if bad[:1].isupper() and not bad.isupper():
            continue  # a proper noun or a capitalisation row
        out.append((bad, good, "A-Z"))
    return out


def mailchimp_entries(mirror: Path) -> list[tuple[str, str, str]]:
    text = git_show(mirror, "16-word-list.html.md")
    out, section = [], ""
    for line in text.splitlines():
        if line.startswith("## "):
            section = line[3:].strip()
        elif line.startswith("- ") and section:
            out.append((line[2:].strip(), "", section))
    return out


GITLAB = Path(__file__).resolve().parent.parent / "rulesets" / "decisions" / "sources" / "gitlab-word-list.txt"


def gitlab_entries() -> list[tuple[str, str, str]]:
    """The headings of the GitLab documentation word list (transcribed, with the word the list
    names instead where it names one)."""
    out = []
    for line in GITLAB.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            entry, _, use = line.partition("\t")
            out.append((entry, use, "word list"))
    return out


def example_of(entry: str) -> str:
    """One concrete spelling of a Vale regex entry: the first branch of each group."""
    text = entry
    for _ in range(10):
        new = re.sub(r"\(\?:([^()]*)\)\??", lambda m: m.group(1).split("|")[0], text)
        new = re.sub(r"\(([^()?]*)\)\??", lambda m: m.group(1).split("|")[0], new)
        if new == text:
            break
        text = new
    text = re.sub(r"\[([^\]])[^\]]*\]", r"\1", text)
    text = text.replace("\\b", "").replace("\\s", " ").replace("?", "").replace("\\", "")
    return text.split("|")[0].strip()


def corpus_text(corpus: Path) -> str:
    parts = []
    for path in sorted(corpus.rglob("*")):
        if path.is_file() and "bench" not in path.relative_to(corpus).parts[:1] and path.suffix in {
                ".md", ".mdx", ".html", ".htm", ".txt", ".json", ".yaml", ".yml", ".liquid", ".hbs", ".erb"}:
            parts.append(path.read_text(encoding="utf-8", errors="replace"))
    return "\n".join(parts)


def in_corpus(entries, text: str, gitlab: bool = False) -> set[str]:
    """Entries found in the corpus as whole words, case-insensitive. Plain phrases are looked up
    as substrings of the corpus folded to single spaces between word characters (fast); Vale
    regexes run as regexes."""
    folded = " " + " ".join(re.findall(r"[\w'&@./-]+", text.lower())) + " "
    found = set()
    for entry, _, _ in entries:
        variants = entry.split(", ") if gitlab else [entry]
        for variant in variants:
            if gitlab or not re.search(r"[\\()\[\]?|]", variant):
                words = re.findall(r"[\w'&@./-]+", variant.lower())
                hit = bool(words) and any(f"{pre}{' '.join(words)}{post}" in folded
                                          for pre in (" ",) for post in (" ", ". ", ", "))
            else:
                try:
                    hit = bool(re.search(r"(?<![\w-])(?:" + variant + r")(?![\w-])", text, re.I))
                except re.error:
                    hit = False
            if hit:
                found.add(entry)
                break
    return found


def draw(entries, text: str, gitlab: bool = False):
    unique = list(dict.fromkeys(e for e, _, _ in entries))
    if len(unique) < 100:
        return [(e, "all") for e in unique]
    sample = set(random.Random(SEED).sample(unique, SAMPLE))
    found = in_corpus(entries, text, gitlab)
    return [(e, "sample+corpus" if e in sample and e in found else "sample" if e in sample else "corpus")
            for e in unique if e in sample or e in found]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mirrors", type=Path, required=True)
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--only", nargs="*", help="list names")
    args = parser.parse_args()
    lists = {
        "gitlab": gitlab_entries(),
        "pec": pec_entries(args.mirrors / "dafogary+MWDrivelDefence" / "repo"),
        "mailchimp": mailchimp_entries(args.mirrors / "mailchimp+content-style-guide" / "repo"),
    }
    for name, (mirror, folder, styles) in VALE_WORD_STYLES.items():
        lists[name] = vale_entries(args.mirrors / mirror / "repo", folder, styles)
    text = corpus_text(args.corpus)
    for name, entries in lists.items():
        if args.only and name not in args.only:
            continue
        alt = {e: (a, r) for e, a, r in entries}
        for entry, how in draw(entries, text, name == "gitlab"):
            a, r = alt[entry]
            example = entry.split(", ")[0] if name == "gitlab" else example_of(entry)
            print(f"{name}\t{entry}\t{example}\t{a}\t{r}\t{how}")


if __name__ == "__main__":
    main()
