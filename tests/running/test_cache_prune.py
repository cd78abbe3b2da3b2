"""The result cache does not grow without end: old generations and old entries are pruned."""

from __future__ import annotations

import os
import time
from pathlib import Path

from plainlint.running import cache as cache_module
from plainlint.running.cache import ResultCache
from test_speed import cache_entries, check, count_rule_runs, knowledge_base

DAY = 24 * 3600


def generation(cache: ResultCache, name: str, used_days_ago: float, now: float, mark: bool = True) -> Path:
    folder = cache.folder / name
    (folder / "ab").mkdir(parents=True)
    (folder / "ab" / ("ab" + name)).write_text("[]\n[]", encoding="utf-8")
    stamp = now - used_days_ago * DAY
    if mark:
        (folder / ".used").touch()
        os.utime(folder / ".used", (stamp, stamp))
    os.utime(folder, (stamp, stamp))
    return folder


def test_the_two_most_recent_other_generations_are_kept_the_rest_dropped(tmp_path):
    cache = ResultCache(tmp_path)
    assert cache.prepare()
    now = time.time()
    g1, g2, g3, g4 = (f"{n:016x}" for n in range(1, 5))
    for name, days in ((g1, 0.1), (g2, 2), (g3, 3), (g4, 30)):
        generation(cache, name, days, now)
    generation(cache, "3f", 0, now, mark=False)  # an entry shard of the older, flat layout
    dropped = cache.prune_generations(now)
    assert sorted(dropped) == sorted(["3f", g3, g4])
    remaining = sorted(p.name for p in cache.folder.iterdir() if p.is_dir())
    assert remaining == sorted([g1, g2, cache.generation.name])


def test_a_generation_unused_for_a_week_is_dropped_even_when_recent_enough_to_keep(tmp_path):
    cache = ResultCache(tmp_path)
    cache.prepare()
    now = time.time()
    generation(cache, "a" * 16, 8, now)
    assert cache.prune_generations(now) == ["a" * 16]
    assert cache.generation.is_dir() and (cache.generation / ".used").exists()


def fill(cache: ResultCache, count: int, now: float) -> list[Path]:
    """`count` entries, oldest first, one second apart."""
    made = []
    for n in range(count):
        key = f"{n:040x}"
        path = cache.generation / key[:2] / key
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("[]\n[]", encoding="utf-8")
        os.utime(path, (now - count + n, now - count + n))
        made.append(path)
    return made


def test_past_the_cap_the_oldest_entries_go(tmp_path, monkeypatch):
    monkeypatch.setattr(cache_module, "ENTRY_CAP", 10)
    cache = ResultCache(tmp_path)
    cache.prepare()
    made = fill(cache, 15, time.time())
    assert cache.prune_entries() == 7  # down to 80% of the cap
    assert [p.exists() for p in made] == [False] * 7 + [True] * 8
    assert cache.prune_entries(files_in_run=10) == 0  # a run of 10 files allows twice as many


def test_a_run_that_writes_prunes_stale_entries_and_keeps_its_own(tmp_path, monkeypatch):
    monkeypatch.setattr(cache_module, "ENTRY_CAP", 10)
    knowledge_base(tmp_path, files=4)
    cache = ResultCache(tmp_path)
    cache.prepare()
    stale = fill(cache, 12, time.time() - 3600)
    _, cold = check(tmp_path, monkeypatch)
    assert not any(p.exists() for p in stale[:8])  # 16 entries > cap 10: down to 8
    assert len(cache_entries(tmp_path)) == 8
    calls = count_rule_runs(monkeypatch)
    assert check(tmp_path, monkeypatch)[1] == cold and calls == []  # this run's entries stayed


def test_a_warm_run_prunes_nothing(tmp_path, monkeypatch):
    monkeypatch.setattr(cache_module, "ENTRY_CAP", 10)
    knowledge_base(tmp_path, files=4)
    check(tmp_path, monkeypatch)
    stale = fill(ResultCache(tmp_path), 12, time.time() - 3600)
    check(tmp_path, monkeypatch)
    assert all(p.exists() for p in stale)  # no miss, nothing written: the folder is not listed
