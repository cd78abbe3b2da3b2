"""The three article options of sensory-directions (PL410), `places`, `appearance` and `pictures`:
list, under `removed:` in a PL410 labels file, each TP label that the rule still reports with one
of them turned on but not as it is turned on in articles (places off there by default since
session 11, colours, shapes and pictures since session 24; issue 30): a right finding given up by
that default, with the reason naming the option that reports it again. Re-running it adds only entries not yet listed.

    python scripts/sensory_article_options_removed.py [--corpus CORPUS] LABELS.yaml ...
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import labels  # noqa: E402
import rule_labels  # noqa: E402

RULE = "PL410"
REASONS = {
    "places": ("directions by place are off in articles by default (issue 30, session 11: blind held-out seeds 41-45 "
               "held 20 right and 84 wrong of them, 0.19); this TP is given up in articles "
               "(`kinds: {article: {rules: {sensory-directions: {severity: info, places: true}}}}` reports it again)"),
    "appearance": ("directions by colour or shape are off in articles by default (issue 30, session 24: blind held-out "
                   "seeds 46, 70, 264, 265 held 3 right and 19 wrong of them); this TP is given up in articles "
                   "(`kinds: {article: {rules: {sensory-directions: {severity: info, appearance: true}}}}` reports it again)"),
    "pictures": ("pointers to a picture are off in articles by default (issue 30, session 24: blind held-out seeds 46, "
                 "70, 264, 265 held 1 right and 8 wrong of them); this TP is given up in articles "
                 "(`kinds: {article: {rules: {sensory-directions: {severity: info, pictures: true}}}}` reports it again)"),
}


def given_up(labels_path: Path, corpus: Path) -> list[dict]:
    """TP labels found with one of the article-off options on and not with the rule's article
    defaults, each with the option that finds it again."""
    data = labels.load_yaml(labels_path)
    sample = labels.load_yaml(labels_path.parent / data["sample"])  # samples A and B name no rule
    config = rule_labels.rule_config(RULE)
    found_now = {f.key for f in labels.sample_findings(sample, corpus, config)[1]}
    found_with = {option: {f.key for f in labels.sample_findings(sample, corpus, _turned_on(config, option))[1]}
                  for option in REASONS}
    listed = {(r["path"], r["rule"], r["hash"]) for r in data.get("removed") or []}
    out = []
    for entry in data["labels"]:
        key = labels.label_key(entry)
        option = next((o for o, keys in found_with.items() if key in keys), None)
        if entry["label"] == "TP" and option and key not in found_now and key[:3] not in listed:
            out.append({"path": entry["path"], "rule": entry["rule"], "hash": entry["hash"], "reason": REASONS[option]})
            listed.add(key[:3])
    return out


def _turned_on(config: dict, option: str) -> dict:
    return {**config, "kinds": {"article": {"rules": {RULE: {"severity": "info", option: True}}}}}


def append_removed(labels_path: Path, entries: list[dict]) -> None:
    """Add to the file's `removed:` list, or start one at its end, keeping its layout (the
    list may be followed by another key)."""
    text = re.sub(r"^removed:[ \t]*\[\][ \t]*\n", "removed:\n", labels_path.read_text(encoding="utf-8").rstrip("\n") + "\n",
                  flags=re.M)
    heading = re.search(r"^removed:[ \t]*\n", text, re.M)
    if heading is None:
        text += "removed:\n"
        end = len(text)
    else:
        next_key = _TOP_LEVEL_KEY.search(text, heading.end())
        end = next_key.start() if next_key else len(text)
    added = "".join(f"- path: {e['path']}\n  rule: {e['rule']}\n  hash: {e['hash']}\n  reason: '{e['reason']}'\n" for e in entries)
    labels_path.write_text(text[:end] + added + text[end:], encoding="utf-8")


_TOP_LEVEL_KEY = re.compile(r"^[^\s#-]", re.M)  # a line that is neither a list item, its body nor a comment


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--corpus", default=str(labels.default_corpus()))
    p.add_argument("labels", nargs="+")
    args = p.parse_args(argv)
    for name in args.labels:
        entries = given_up(Path(name), Path(args.corpus))
        if entries:
            append_removed(Path(name), entries)
        print(f"{name}: {len(entries)} TP given up in articles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
