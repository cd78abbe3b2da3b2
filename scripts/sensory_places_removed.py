"""List, under `removed:` in a sensory-directions (PL410) labels file, each TP label that the rule
still reports with `places: true` but not as it is turned on in articles (`places` off there by
default since session 11, issue 30): a right finding given up by that default, with the reason.
Re-running it adds only entries not yet listed.

    python scripts/sensory_places_removed.py [--corpus CORPUS] LABELS.yaml ...
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import labels  # noqa: E402
import rule_labels  # noqa: E402

REASON = ("directions by place are off in articles by default (issue 30, session 11: blind held-out seeds 41-45 "
          "held 20 right and 84 wrong of them, 0.19); this TP is given up in articles "
          "(`kinds: {article: {rules: {sensory-directions: {severity: info, places: true}}}}` reports it again)")


def given_up(labels_path: Path, corpus: Path) -> list[dict]:
    """TP labels found with places on and not with the rule's article defaults."""
    data = labels.load_yaml(labels_path)
    sample = labels.load_yaml(labels_path.parent / data["sample"])
    config = rule_labels.rule_config(sample["rule"])
    with_places = {**config, "kinds": {"article": {"rules": {sample["rule"]: {"severity": "info", "places": True}}}}}
    found_now = {f.key for f in labels.sample_findings(sample, corpus, config)[1]}
    found_with = {f.key for f in labels.sample_findings(sample, corpus, with_places)[1]}
    listed = {(r["path"], r["rule"], r["hash"]) for r in data.get("removed") or []}
    out = []
    for entry in data["labels"]:
        key = labels.label_key(entry)
        if entry["label"] == "TP" and key in found_with and key not in found_now and key[:3] not in listed:
            out.append({"path": entry["path"], "rule": entry["rule"], "hash": entry["hash"]})
            listed.add(key[:3])
    return out


def append_removed(labels_path: Path, entries: list[dict]) -> None:
    """Append to the file's text (keeping its layout): a `removed:` list, or to the one it has."""
    text = labels_path.read_text(encoding="utf-8").rstrip("\n") + "\n"
    if "\nremoved: []\n" in text:
        text = text.replace("\nremoved: []\n", "\nremoved:\n")
    elif "\nremoved:\n" not in text:
        text += "removed:\n"
    for e in entries:
        text += f"- path: {e['path']}\n  rule: {e['rule']}\n  hash: {e['hash']}\n  reason: '{REASON}'\n"
    labels_path.write_text(text, encoding="utf-8")


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
