import json, re, random, sys, collections
rows = []
for name, root in (("base-corpus.json", "/work/shared/corpus"), ("base-held.json", "/work/shared/heldout-spelling")):
    d = json.load(open(name))
    cache = {}
    for f in d:
        if f.get("rule") != "jargon" or f["line"] is None or f["line"] != f["end_line"]:
            continue
        m = re.match(r"'([^']+)'", f["message"]); flagged = m.group(1) if m else ""
        if not flagged[:1].isupper() or flagged.isupper():
            continue
        path = root + "/" + f["path"]
        if path not in cache:
            cache[path] = open(path, encoding="utf-8", errors="replace").read().split("\n")
        line = cache[path][f["line"] - 1]
        col = f["column"] - 1
        before = line[:col]
        stripped = before.rstrip(" \t*_\"'“‘`[(>")
        if not stripped or stripped[-1] in ".!?:|#-\t" or re.search(r"<[^>]*>\s*$", stripped) or re.match(r"^\s*(\d+\.|[-*+])?\s*$", stripped):
            continue  # start of a sentence, item or cell
        rows.append((name.split("-")[1].split(".")[0], f["path"], f["line"], f["column"], flagged, line.strip()[:220], f["fix"] is not None))
shape = collections.Counter()
def kind(r):
    line = r[5]; fl = r[4]
    i = line.find(fl)
    ctx = line[max(0, i-3):i]
    if re.search(r"(\*\*|__|\*|\"|“|'|‘|`)\s*$", ctx): return "bold/quoted"
    if re.search(r"(?i)\b(click|clicking|select|selecting|choose|choosing|tap|press|open|go to)\s+(the\s+)?(\S+\s+){0,3}$", line[:max(0,i)]): return "after a UI verb"
    return "other mid-sentence capital"
for r in rows: shape[(r[0], kind(r))] += 1
print(len(rows), shape)
random.seed(150)
sample = random.sample(rows, 40)
for i, r in enumerate(sample, 1):
    print(f"{i:2d} {r[0]} {r[1]}:{r[2]}:{r[3]} [{r[4]}] {kind(r)} fix={r[6]}\n     {r[5]}")
