#!/usr/bin/env python3
"""Peers against plainlint on one spread subset of bench/ (every Nth file), one run each, for a
machine too busy for `bench.py --full-peers`: wall and CPU time of each process tree (bench.py's
run()), and the ratios in wall time and per CPU-second.

    python benchmarks/peers_subset.py [STEP] [--corpus ../shared/corpus]
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench  # noqa: E402

args = [a for a in sys.argv[1:] if not a.startswith("--corpus")]
corpus = Path(sys.argv[sys.argv.index("--corpus") + 1]) if "--corpus" in sys.argv else Path("../shared/corpus")
step = int(args[0]) if args and args[0].isdigit() else 20
files = bench.lintable(corpus.resolve() / "bench")[::step]
mb = bench.size_of(files) / 1e6
print(f"{len(files)} files (every {step}th of bench/), {mb:.2f} MB; load {bench.load()}", flush=True)
peers = bench.peer_commands()
res = {}
for name, cmd in [("plainlint default --jobs", bench.plainlint_check("--no-cache", "-q")),
                  ("plainlint --jobs 1", bench.plainlint_check("--no-cache", "-q", "--jobs", "1"))]:
    res[name] = bench.median_batches(bench.in_batches(cmd, files, batch=len(files)), 1)
    print(name, f"wall {res[name][0]:.1f} s cpu {res[name][1]:.1f} s", flush=True)
for name in ("proselint", "write-good"):
    if name not in peers:
        print(name, "not installed (benchmarks/install-peers.sh)")
        continue
    res[name] = bench.median_batches(bench.in_batches(peers[name], files), 1)
    print(name, f"wall {res[name][0]:.1f} s cpu {res[name][1]:.1f} s", flush=True)
ours_wall, ours_cpu = res["plainlint default --jobs"][0], res["plainlint --jobs 1"][1]
for name in ("proselint", "write-good"):
    if name in res:
        print(f"{name}: wall ratio {res[name][0] / ours_wall:.1f}x (plainlint default --jobs), "
              f"per CPU-second {res[name][1] / ours_cpu:.1f}x (plainlint --jobs 1)")
print("load at end", bench.load())
