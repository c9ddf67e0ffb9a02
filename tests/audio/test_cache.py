"""Analysis caches stay under their byte budget, least recently used first."""

from __future__ import annotations

import os
import time

import numpy as np

from qaclient import paths
from qaclient.audio import cache
from qaclient.audio.waveform import overview


def test_prune_deletes_least_recently_used_until_under_budget(tmp_path):
    now = time.time()
    for i in range(5):
        f = tmp_path / f"f{i}.npz"
        f.write_bytes(b"x" * 1000)
        os.utime(f, (now - 100 + i, now - 100 + i))  # f0 oldest
    stale_tmp = tmp_path / ".f9.npz.1-2.tmp"
    stale_tmp.write_bytes(b"x" * 1000)
    os.utime(stale_tmp, (now - 7200, now - 7200))
    fresh_tmp = tmp_path / ".f8.npz.1-3.tmp"
    fresh_tmp.write_bytes(b"x" * 1000)
    freed = cache.prune(tmp_path, 2500)
    assert freed == 3000
    assert sorted(p.name for p in tmp_path.glob("f*.npz")) == ["f3.npz", "f4.npz"]
    assert not stale_tmp.exists() and fresh_tmp.exists()


def test_cache_hit_refreshes_and_budget_applies_after_writes(tmp_path, rng, synth, monkeypatch):
    folder = paths.cache_dir("waveforms")
    paths_ = []
    for i in range(3):
        x = 0.1 * rng.standard_normal((8000, 2))
        paths_.append(synth.write(tmp_path / f"c{i}.wav", x))
    overview(paths_[0], 500)
    overview(paths_[1], 500)
    files = sorted(folder.glob("*.npz"), key=lambda p: p.stat().st_mtime)
    size = files[0].stat().st_size
    old = time.time() - 1000
    for f in files:
        os.utime(f, (old, old))
    assert overview(paths_[0], 500).cached  # a hit: c0's entry is now the most recent
    monkeypatch.setitem(cache.LIMITS, "waveforms", 2 * size + size // 2)
    (folder / ".pruned").unlink(missing_ok=True)
    overview(paths_[2], 500)  # the third write prunes: c1 (least recently used) goes
    assert overview(paths_[0], 500).cached
    assert overview(paths_[2], 500).cached
    assert not overview(paths_[1], 500).cached


def test_prune_runs_at_most_once_per_interval(tmp_path, monkeypatch):
    calls = []
    monkeypatch.setattr(cache, "prune", lambda folder, limit, max_age_s=None: calls.append(limit))
    cache.maybe_prune(tmp_path, 10)
    cache.maybe_prune(tmp_path, 10)
    assert calls == [10]
    old = time.time() - cache.PRUNE_INTERVAL - 1
    os.utime(tmp_path / ".pruned", (old, old))
    cache.maybe_prune(tmp_path, 10)
    assert calls == [10, 10]


def test_full_disk_does_not_break_the_overview(tmp_path, rng, synth, monkeypatch):
    path = synth.write(tmp_path / "c.wav", 0.1 * rng.standard_normal((4000, 1)))

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(np, "savez", disk_full)
    ov = overview(path, 10)
    assert not ov.cached and np.abs(ov.max).max() > 0
    assert not list(paths.cache_dir("waveforms").glob("*npz*"))  # no half-written file
    assert not overview(path, 10).cached
