"""Candidate signals for agent-facing Markdown (issue 30, agent25): count, before anything is built,
how many documents of a corpus each signal takes, and draw a seeded sample of them to read.

    python scripts/agent_facing_signals.py count --corpus /work/shared/corpus
    python scripts/agent_facing_signals.py count --corpus /work/shared/corpus --set misses    # aud26
    python scripts/agent_facing_signals.py sample --corpus /work/shared/corpus --seed 287 --per-signal 10 \
        --out /tmp/agent25-sample.yaml
    python scripts/agent_facing_signals.py score --corpus ../shared/heldout-spelling \
        --labels tests/data/support/labels-heldout/agent-facing.seed287.audience.yaml
    python scripts/agent_facing_signals.py given-up --corpus ../shared/heldout-spelling \
        --labels tests/data/support/labels-heldout/undefined-acronym-listed.seed283.labels.yaml
    PYTHONPATH=/work/main python scripts/agent_facing_signals.py taken --corpus C > main.tsv   # aud27:
    python scripts/agent_facing_signals.py taken --corpus C > branch.tsv; diff main.tsv branch.tsv

Signals, each read on a help page's text as a writer would see it (front matter, headings, path):
- `path`: a folder or file name below the source's own folder whose words say internal notes
  (internal, sop, playbook, handbook, runbook, "agent guide", "for agents"); the source folder
  itself (a held-out repository's `<owner>-<name>`) is not read: in a user's project the
  repository's name is not part of the path plainlint sees;
- `title`: the front matter's `title:` or the first heading says so (the same words, and "standard
  operating procedure", "escalation procedure/process/matrix", "agent guide", "for (support) agents");
- `front-matter`: a field that names the audience (`audience: internal|agents|staff|support`,
  `internal: true`, `visibility: internal`);
- `heading`: any other heading says so.
"Internal server error" and "internal error" never count.

`sample` draws, for each signal, documents it takes with random.Random(seed) and writes path,
source licence and sha256 for labelling (`audience: agents|customers|both`, `reason:`); no text is copied.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from labels_findings import source_folder  # noqa: E402
from labels_format import dump_yaml, licence_of, read_manifest  # noqa: E402

SUFFIXES = (".md", ".mdx", ".markdown", ".html", ".htm")
NAME_WORDS = {"internal", "sop", "sops", "playbook", "playbooks", "handbook", "handbooks", "runbook", "runbooks"}
NAME_PAIRS = ({"agent", "agents"}, {"guide", "guides", "manual", "handbook", "notes", "only", "training"})
PHRASE = re.compile(
    r"\b(?:internal(?!\s+(?:server\s+)?errors?\b)(?!\s+(?:users?|links?|ips?|dns|network|ca|certificate)s?\b)|"
    r"SOPs?|standard operating procedures?|playbooks?|handbooks?|runbooks?|"
    r"escalation (?:procedures?|process(?:es)?|matrix|path|policy)|"
    r"agent(?:'s|s')? (?:guide|manual|handbook|notes|training)|"
    r"for (?:(?:support|service|cs|cx|helpdesk|help desk) )?(?:agents|reps|representatives|staff)(?: only)?)\b", re.I)
AUDIENCE_FIELD = re.compile(
    r"^(?:audience|visibility|access|internal|intended[_ ]audience|for)\s*:\s*['\"]?"
    r"(?:internal|agents?|staff|support(?:[ _-]team)?|employees|true|yes)\b", re.I | re.M)
FRONT_MATTER = re.compile(r"\A(?:\ufeff)?---\s*\n(.*?)\n---\s*(?:\n|\Z)", re.S)
TITLE_FIELD = re.compile(r"^title\s*:\s*(.+)$", re.M | re.I)
HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$|<h[1-6][^>]*>(.*?)</h[1-6]>", re.M | re.I | re.S)
_WORDS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")


def name_words(name: str) -> set[str]:
    """The lower-case words of a folder or file name (`New SOP (JIRA)`, `agent-guide.md`)."""
    return {w.lower() for w in _WORDS.findall(name)}


def parts_below_source(rel: str) -> list[str]:
    """The folders below the source's own folder, and the file's name without its suffix."""
    below = list(Path(rel).relative_to(source_folder(rel)).parts) or [rel]  # the corpus's own README
    below[-1] = Path(below[-1]).stem
    return below


def phrase_in(text: str) -> str | None:
    match = PHRASE.search(text)
    if match is None:
        return None
    said = match.group().lower()
    return "sop" if said.startswith("sop") else said


def path_signal(rel: str) -> str | None:
    for part in parts_below_source(rel):
        words = name_words(part)
        hit = words & NAME_WORDS
        if hit:
            return "path:" + sorted(hit)[0]
        if words & NAME_PAIRS[0] and words & NAME_PAIRS[1]:
            return "path:agent-guide"
    return None


def title_and_headings(text: str) -> tuple[str | None, list[str]]:
    front = FRONT_MATTER.match(text)
    title = None
    if front:
        field = TITLE_FIELD.search(front.group(1))
        title = field.group(1).strip(" '\"") if field else None
    body = text[front.end():] if front else text
    headings = [(m.group(1) or m.group(2) or "") for m in HEADING.finditer(body)]
    if title is None and headings:
        title, headings = headings[0], headings[1:]
    return title, headings


def signals_of(rel: str, text: str, path_word, title_word) -> dict[str, str]:
    """Each candidate signal that takes the document, with the word that did: `path_word(rel)`,
    `title_word(text)` read on the title and then on the other headings, and an audience field of
    the front matter."""
    found = {}
    title, headings = title_and_headings(text)
    front = FRONT_MATTER.match(text)
    field = AUDIENCE_FIELD.search(front.group(1)) if front else None
    candidates = {"path": path_word(rel), "title": title_word(title) if title else None,
                  "front-matter": field.group().split(":")[0].lower() if field else None,
                  "heading": next((title_word(h) for h in headings if title_word(h)), None)}
    return {signal: word for signal, word in candidates.items() if word}


def broad_signals(rel: str, text: str) -> dict[str, str]:
    """The broad candidates (the first count)."""
    return signals_of(rel, text, path_signal, phrase_in)


# The strict candidates (after reading what the broad ones took), as built in reading/audience.py:
# the words that name an audience or a procedure for staff, never an adjective of a thing
# ("internal speaker", "internal links", "Space handbook", "runbooks" of a vendor's knowledge
# base, "agents guides" of a help-desk product). The built signal reads the title and the path.
def strict_word(text: str) -> str | None:
    from plainlint.reading.audience import SOP_IN_TITLE, STAFF_TITLE, team_playbook_title

    match = STAFF_TITLE.search(text) or SOP_IN_TITLE.search(text) or team_playbook_title().search(text)
    return match.group().strip("()[] :|").lower() if match else None


def strict_path_word(rel: str) -> str | None:
    from plainlint.reading.audience import SOP_IN_NAME

    return "sop" if any(SOP_IN_NAME.search(part) for part in parts_below_source(rel)) else None


def strict_signals(rel: str, text: str) -> dict[str, str]:
    return signals_of(rel, text, strict_path_word, strict_word)


# aud26: the marks of seed 288's blind misses, each a class counted apart (`--set misses`) before
# anything was built; only the team playbooks were kept (reading/audience.py, docs/accuracy.md).
_FRONT_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*['\"]?([^'\"\n]*)", re.M)
_AUDIENCE_KEYS = {"audience", "visibility", "internal", "access", "role", "intended_audience", "security_tier"}
_FIRST_LINES = re.compile(
    r"\b(?:for (?:(?:support|service|cs|cx|helpdesk|help desk|customer service|customer support) )?"
    r"(?:agents|reps|representatives|staff|team members|employees)\b|internal use only|for internal use|internal only|"
    r"not for customers|do not share (?:this )?with customers)", re.I)
MISS_FOLDERS = {"internal", "agents", "agent", "runbooks", "playbooks", "procedures"}


def miss_classes(rel: str, text: str) -> dict[str, str]:
    """Each class of seed 288's blind misses that takes the page: a title word (a team's playbook,
    "escalation process/flow", "internal knowledge base"; seed 301's "runbook" and "L1"/"Tier 2"),
    a front-matter `type: procedure` or audience-like key (its value is the word), a folder below
    the source, a first line for staff."""
    found = {}
    title, _headings = title_and_headings(text)
    title = re.sub(r"\(https?://[^)]*\)|https?://\S+", "", title or "")  # a linked image's address is no title
    from plainlint.reading.audience import team_playbook_title

    for name, pattern in (("title-team-playbook", team_playbook_title()),
                          ("title-escalation-process", re.compile(r"\bescalation (?:process|flow|workflow)", re.I)),
                          ("title-internal-kb", re.compile(r"\binternal (?:knowledge[- ]base|kb|wiki)\b", re.I)),
                          # seed 301's blind misses (counted after that check, not built)
                          ("title-runbook", re.compile(r"\brunbook\b", re.I)),
                          ("title-support-tier", re.compile(r"\b(?:L[1-4]|tier [1-4])\b", re.I))):
        match = pattern.search(title)
        if match:
            found[name] = match.group().strip().lower()
    front = FRONT_MATTER.match(text)
    for key, value in _FRONT_KEY.findall(front.group(1)) if front else ():
        if key.lower() == "type" and value.strip().lower().startswith("procedure"):
            found["front-matter-type-procedure"] = "procedure"
        if key.lower() in _AUDIENCE_KEYS:
            found[f"front-matter-{key.lower()}"] = value.strip().lower()[:30]
    folders = {part.lower() for part in parts_below_source(rel)[:-1]} & MISS_FOLDERS
    if folders:
        found["folder"] = sorted(folders)[0]
    body = text[front.end():] if front else text
    lines = [line for line in body.splitlines() if line.strip() and not line.lstrip().startswith("#")][:3]
    first = _FIRST_LINES.search(" ".join(lines)[:400])
    if first:
        found["first-lines"] = first.group().lower()
    return found


SETS = {"broad": broad_signals, "strict": strict_signals, "misses": miss_classes}


def documents(corpus: Path, folders: list[str]):
    roots = [corpus / f for f in folders] if folders else [corpus]
    for root in roots:
        for path in sorted(root.rglob("*")):
            if path.is_file() and path.suffix.lower() in SUFFIXES:
                rel = path.relative_to(corpus).as_posix()
                yield rel, path.read_text(encoding="utf-8", errors="replace")


def taken(corpus: Path, folders: list[str], signals=strict_signals) -> tuple[int, dict[str, dict[str, str]]]:
    total, out = 0, {}
    for rel, text in documents(corpus, folders):
        total += 1
        found = signals(rel, text)
        if found:
            out[rel] = found
    return total, out


def cmd_count(args) -> int:
    total, found = taken(Path(args.corpus), args.folder, SETS[args.set])
    print(f"{total} Markdown/HTML documents; {len(found)} taken by any signal")
    by_signal, by_word, by_source = Counter(), Counter(), defaultdict(Counter)
    for rel, hits in found.items():
        for signal, word in hits.items():
            by_signal[signal] += 1
            by_word[(signal, word)] += 1
            by_source[signal][source_folder(rel)] += 1
    for signal, n in by_signal.most_common():
        alone = sum(1 for hits in found.values() if list(hits) == [signal])
        print(f"\n{signal}: {n} documents ({alone} by it alone)")
        print("  words: " + ", ".join(f"{w} {c}" for (s, w), c in by_word.most_common() if s == signal))
        for source, c in by_source[signal].most_common(args.sources):
            print(f"  {c:5d}  {source}")
    return 0


SIGNAL_ORDER = ("path", "title", "front-matter", "heading")


def cmd_sample(args) -> int:
    corpus = Path(args.corpus)
    manifest = read_manifest(corpus)
    _total, found = taken(corpus, args.folder, SETS[args.set])
    rng = random.Random(args.seed)
    chosen = []
    others = sorted({signal for hits in found.values() for signal in hits} - set(SIGNAL_ORDER))
    for signal in (*SIGNAL_ORDER, *others):  # agent25's draws in their order, then the `misses` classes
        pool = sorted(rel for rel, hits in found.items() if signal in hits)
        rng.shuffle(pool)
        for rel in pool[:args.per_signal]:
            data = (corpus / rel).read_bytes()
            chosen.append({"path": rel, "signal": signal, "word": found[rel][signal], "all_signals": sorted(found[rel]),
                           "licence": licence_of(rel, manifest), "sha256": hashlib.sha256(data).hexdigest(),
                           "audience": None, "reason": None})
    dump_yaml(Path(args.out), {"seed": args.seed, "corpus": str(corpus), "folders": args.folder or [],
                               "per_signal": args.per_signal, "documents": chosen})
    print(f"{len(chosen)} documents -> {args.out}")
    return 0


def cmd_given_up(args) -> int:
    """Each labels file's undefined-acronym labels in documents plainlint reads as written for staff
    (their findings inform there: given up at warning), by verdict; "missing": documents not in
    the corpus given."""
    import yaml

    from plainlint.reading.audience import detect_audience
    from plainlint.reading.readers import format_for, read_document
    from plainlint.reading.source import Source

    audience_of: dict[str, str | None] = {}
    for labels_path in args.labels:
        labels = yaml.safe_load(Path(labels_path).read_text(encoding="utf-8")).get("labels") or []
        given_up, kept, missing = Counter(), Counter(), Counter()
        for entry in labels:
            if entry.get("rule") not in (None, "undefined-acronym", "PL104"):
                continue  # only undefined-acronym has a default for these pages
            rel = entry["path"]
            if rel not in audience_of:
                path = Path(args.corpus) / rel
                text = path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""
                doc = read_document(Source(rel, text), format_for(rel) or "text")
                audience_of[rel] = detect_audience(doc, rel) if path.exists() else "missing"
            {"staff": given_up, "missing": missing}.get(audience_of[rel], kept)[entry["label"]] += 1
        if given_up or missing or args.all:
            print(f"{Path(labels_path).name}: given up {dict(given_up)}; kept {dict(kept)}; missing {dict(missing)}")
    return 0


def audience_labels(path: Path) -> list[dict]:
    """The labelled pages of an `*.audience.yaml` file (tests/data/support/labels-heldout/): each
    with its path, sha256 and audience ("staff", "customers", "developers")."""
    import yaml

    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [*data.get("taken", []), *data.get("not_taken_broad_only", []), *data.get("documents", [])]


def rescore_audience(labels_path: Path, corpus: Path) -> tuple[Counter, list[str]]:
    """The signal as built (reading/audience.py) on an audience labels file's pages: counts of
    (taken, audience), and the pages whose text changed since they were labelled."""
    from plainlint.reading.audience import detect_audience
    from plainlint.reading.readers import format_for, read_document
    from plainlint.reading.source import Source

    counts, changed = Counter(), []
    for page in audience_labels(labels_path):
        data = (corpus / page["path"]).read_bytes()
        if hashlib.sha256(data).hexdigest() != page["sha256"]:
            changed.append(page["path"])
            continue
        doc = read_document(Source(page["path"], data.decode("utf-8")), format_for(page["path"]) or "text")
        counts[(detect_audience(doc, page["path"]) is not None, page["audience"])] += 1
    return counts, changed


def cmd_taken(args) -> int:
    """Every page the signal as built (reading/audience.py, as imported) reads as written for staff,
    with its reasons: run once with main's package and once with a branch's, and diff the lists."""
    from plainlint.reading.audience import staff_signals
    from plainlint.reading.readers import format_for, read_document
    from plainlint.reading.source import Source

    for rel, text in documents(Path(args.corpus), args.folder):
        reasons = staff_signals(read_document(Source(rel, text), format_for(rel) or "text"), rel)
        if reasons:
            print(f"{rel}\t{'; '.join(reasons)}")
    return 0


def cmd_score(args) -> int:
    for labels_path in args.labels:
        counts, changed = rescore_audience(Path(labels_path), Path(args.corpus))
        taken = sum(n for (took, _), n in counts.items() if took)
        right = counts[(True, "staff")]
        staff = sum(n for (_, audience), n in counts.items() if audience == "staff")
        others = sum(n for (_, audience), n in counts.items() if audience != "staff")
        print(f"{Path(labels_path).name}: taken {taken}, of them for staff {right}; staff pages {staff}, "
              f"taken {right}; other pages {others}, taken {taken - right}; changed since labelled {len(changed)}")
    return 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    for name in ("count", "sample"):
        p = sub.add_parser(name)
        p.add_argument("--corpus", required=True)
        p.add_argument("--folder", action="append", help="a folder of the corpus (repeatable; default: all)")
        p.add_argument("--set", choices=sorted(SETS), default="strict", help="which candidates (default: strict)")
    sub.choices["count"].add_argument("--sources", type=int, default=8, help="sources shown per signal")
    sub.choices["sample"].add_argument("--seed", type=int, required=True)
    sub.choices["sample"].add_argument("--per-signal", type=int, default=10)
    sub.choices["sample"].add_argument("--out", required=True)
    given_up = sub.add_parser("given-up", help=cmd_given_up.__doc__.split("\n")[0])
    given_up.add_argument("--corpus", required=True)
    given_up.add_argument("--labels", action="append", required=True)
    given_up.add_argument("--all", action="store_true", help="print every file, not only those with labels given up or missing")
    taken_pages = sub.add_parser("taken", help=cmd_taken.__doc__.split("\n")[0])
    taken_pages.add_argument("--corpus", required=True)
    taken_pages.add_argument("--folder", action="append", help="a folder of the corpus (repeatable; default: all)")
    score = sub.add_parser("score", help="the signal as built on *.audience.yaml labels")
    score.add_argument("--corpus", required=True)
    score.add_argument("--labels", action="append", required=True)
    args = parser.parse_args(argv)
    return {"count": cmd_count, "sample": cmd_sample, "given-up": cmd_given_up, "taken": cmd_taken,
            "score": cmd_score}[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
