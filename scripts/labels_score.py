"""Scoring a labels file (issue 25; split out of scripts/labels.py): current findings matched
to labels, read through the rulings on conflicting labels, counted per rule and per kind."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from pathlib import Path

from labels_findings import Found, folder_of, sample_findings
from labels_format import LABELS, ROOT, label_key, load_yaml


@dataclass
class RuleScore:
    labels: int = 0        # labels of findings still reported
    tp: int = 0
    fp: int = 0
    debatable: int = 0
    unlabelled: int = 0    # findings with no label
    lost_tp: int = 0       # TP labels no longer reported and not listed as removed
    gone: int = 0          # labels (any) of findings no longer reported

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def debatable_share(self) -> float | None:
        return self.debatable / self.labels if self.labels else None


@dataclass
class Score:
    rules: dict[str, RuleScore]
    unlabelled: list[Found]
    lost_tp: list[dict]


ADJUDICATIONS = ROOT / "tests" / "data" / "labels" / "label-adjudications.yaml"


def adjudications(path: Path = ADJUDICATIONS) -> dict[tuple, str]:
    """(rule, hash, scope) -> the verdict that replaces every label of that unit of text, from the
    rulings on conflicting labels (scripts/label_conflicts.py); rulings that let each label stand
    (`verdict: each-stands`, a short phrase judged in different contexts) change nothing."""
    if not path.exists():
        return {}
    return {(a["rule"], a["hash"], a.get("scope", "")): a["verdict"]
            for a in load_yaml(path).get("adjudications", []) if a["verdict"] in LABELS}


def verdict_of(entry: dict, scope: str, rulings: dict[tuple, str]) -> str:
    """A label's verdict for scoring: the ruling on its unit of text (rule, hash, and the scope of
    its finding, '' when it is no longer reported) where there is one, else its label."""
    return rulings.get((entry["rule"].split("/")[0], entry["hash"], scope), entry["label"])


def verdict_when_gone(entry: dict, rulings: dict[tuple, str]) -> str:
    """The verdict of a label whose finding is no longer reported: its scope is unknown then, so
    the rulings on its text decide when they agree across scopes (the Mailchimp paragraph ruled
    FP is not a right finding lost), else its own label."""
    rule, text = entry["rule"].split("/")[0], entry["hash"]
    verdicts = {verdict for (r, h, _), verdict in rulings.items() if r == rule and h == text}
    return verdicts.pop() if len(verdicts) == 1 else entry["label"]


GONE = 1000  # occurrence numbers from here on mark labels whose finding is no longer reported (rekey)


def documents_after_their_paragraph(found: list[Found], labels: list[dict]) -> list[Found]:
    """reading-level's document finding is anchored on the first paragraph, so it shares that
    paragraph's hash, and the rule reports the paragraph first: when both were labelled, the
    document's label is the later occurrence. Once the paragraph is no longer reported, the
    document finding would take the paragraph's occurrence, and its label (issue 26: three of
    sample A's 'false' document findings were scored with their paragraph's label). So a
    document finding takes the last labelled occurrence of its text, unless a paragraph finding
    reported now holds it."""
    last: dict[tuple, int] = {}
    for entry in labels:
        occurrence = int(entry.get("occurrence", 0))
        if occurrence < GONE:
            triple = (entry["path"], entry["rule"], entry["hash"])
            last[triple] = max(last.get(triple, -1), occurrence)
    held = Counter((f.path, f.rule, f.hash) for f in found if f.scope != "document")
    return [replace(f, occurrence=last[(f.path, f.rule, f.hash)])
            if f.scope == "document" and last.get((f.path, f.rule, f.hash), -1) >= held[(f.path, f.rule, f.hash)]
            else f for f in found]


def score(labels: list[dict], removed: list[dict], found: list[Found],
          rulings: dict[tuple, str] | None = None) -> Score:
    """Match current findings to labels by (path, rule, hash, occurrence) and count per rule,
    each label read through the rulings on conflicting labels (`adjudications()` by default)."""
    rulings = adjudications() if rulings is None else rulings
    found = documents_after_their_paragraph(found, labels)
    by_key = {label_key(e): e for e in labels}
    removed_keys = {(r["path"], r["rule"], r["hash"]) for r in removed or []}
    rules: dict[str, RuleScore] = defaultdict(RuleScore)
    unlabelled, seen = [], set()
    for f in found:
        entry = by_key.get(f.key)
        if entry is None:
            rules[f.rule].unlabelled += 1
            unlabelled.append(f)
            continue
        seen.add(f.key)
        s = rules[f.rule]
        verdict = verdict_of(entry, f.scope, rulings)
        s.labels += 1
        s.tp += verdict == "TP"
        s.fp += verdict == "FP"
        s.debatable += verdict == "debatable"
    lost = []
    for key, entry in by_key.items():
        if key in seen:
            continue
        rules[entry["rule"]].gone += 1
        if verdict_when_gone(entry, rulings) == "TP" and key[:3] not in removed_keys:
            rules[entry["rule"]].lost_tp += 1
            lost.append(entry)
    return Score(dict(sorted(rules.items())), unlabelled, lost)


def score_labels_file(labels_path: Path, corpus: Path, config: dict | None = None) -> Score:
    """Re-run plainlint on the documents of the labels file's sample and score (with `config`,
    a config mapping, to see what other settings would do to the labelled findings)."""
    data = load_yaml(labels_path)
    sample = load_yaml(labels_path.parent / data["sample"])
    _, found = sample_findings(sample, corpus, config)
    return score(data.get("labels", []), data.get("removed", []) or [], found)


KIND_OF_FOLDER = {"articles": "article", "articles-html": "article",
                  "emails": "reply", "macros": "reply", "macros-exports": "reply"}


def loud_only(found: list[Found]) -> list[Found]:
    """The findings at warning or error: what a run fails on, and what the noise measure counts."""
    return [f for f in found if f.severity in ("warning", "error")]


def score_by_kind(labels_path: Path, corpus: Path, config: dict | None = None, loud: bool = False) -> dict[str, Score]:
    """score_labels_file split by the kind of the document's corpus folder (articles/ and
    articles-html/ are articles; emails/, macros/ and macros-exports/ are replies; in the held-out
    corpus, whose folders say no kind, the kind plainlint reads the document as). Rules with a
    scope (reading-level) also get one row per scope, as `rule/scope`."""
    data = load_yaml(labels_path)
    sample = load_yaml(labels_path.parent / data["sample"])
    linter, found = sample_findings(sample, corpus, config)
    found = loud_only(found) if loud else found
    found = documents_after_their_paragraph(found, data.get("labels", []))
    scope_of = {f.key: f.scope for f in found}

    def kind_of(path: str) -> str:
        """The corpus folder's kind; elsewhere (the held-out corpus) the kind plainlint read it as."""
        return KIND_OF_FOLDER.get(folder_of(path)) or linter.kinds.get(path, "")

    out = {}
    for kind in ("article", "reply"):
        mine = [f for f in found if kind_of(f.path) == kind]
        labels = [e for e in data.get("labels", []) if kind_of(e["path"]) == kind]
        result = score(labels, data.get("removed", []) or [], mine)
        scoped = [Found(**{**f.__dict__, "rule": f"{f.rule}/{f.scope}"}) for f in mine if f.scope]
        scoped_labels = [{**e, "rule": f"{e['rule']}/{scope}"} for e in labels
                         for scope in [scope_of.get(label_key(e), "")] if scope]
        result.rules.update(score(scoped_labels, [], scoped).rules)
        result.rules = dict(sorted(result.rules.items()))
        out[kind] = result
    return out


def score_table(result: Score) -> str:
    head = f"{'rule':22} {'labels':>6} {'TP':>4} {'FP':>4} {'deb':>4} {'prec':>6} {'deb%':>5} {'new':>4} {'lostTP':>6}"
    rows = [head]
    for rule, s in result.rules.items():
        prec = "-" if s.precision is None else f"{s.precision:.3f}"
        deb = "-" if s.debatable_share is None else f"{100 * s.debatable_share:.0f}"
        rows.append(f"{rule:22} {s.labels:>6} {s.tp:>4} {s.fp:>4} {s.debatable:>4} {prec:>6} {deb:>5} {s.unlabelled:>4} {s.lost_tp:>6}")
    return "\n".join(rows)


def score_json(result: Score) -> dict:
    return {
        "rules": {rule: {"labels": s.labels, "tp": s.tp, "fp": s.fp, "debatable": s.debatable,
                         "precision": s.precision, "debatable_share": s.debatable_share,
                         "unlabelled": s.unlabelled, "lost_tp": s.lost_tp, "gone": s.gone}
                  for rule, s in result.rules.items()},
        "unlabelled": [{"path": f.path, "rule": f.rule, "line": f.line, "column": f.column, "hash": f.hash,
                        "occurrence": f.occurrence} for f in result.unlabelled],
        "lost_tp": [{k: e.get(k) for k in ("id", "path", "rule", "line", "hash", "occurrence")} for e in result.lost_tp],
    }


def misses(result: Score, min_labels: int = 20, min_precision: float = 0.95, max_debatable: float = 0.10) -> dict:
    """The rules that miss the bars of tests/accuracy/test_labels.py, in precision-exceptions.yaml's shape
    (issue numbers left for a person to fill in)."""
    low = {r: {"precision": round(s.precision, 3), "issue": None} for r, s in result.rules.items()
           if s.labels >= min_labels and s.precision is not None and s.precision < min_precision}
    high = {r: {"debatable_share": round(s.debatable_share, 3), "issue": None} for r, s in result.rules.items()
            if s.debatable_share is not None and s.debatable_share > max_debatable}
    return {"precision": low, "debatable": high}


def print_score(result: Score, lost: bool = True) -> None:
    """The score table, then each finding no label matches and (with `lost`) each TP label whose
    finding is no longer reported: what a labeller looks at next."""
    print(score_table(result))
    for f in result.unlabelled:
        print(f"unlabelled: {f.path}:{f.line}:{f.column} [{f.rule}] hash {f.hash} #{f.occurrence}")
    if lost:
        for e in result.lost_tp:
            print(f"TP no longer reported: {e.get('id')} {e['path']}:{e.get('line')} [{e['rule']}]")
