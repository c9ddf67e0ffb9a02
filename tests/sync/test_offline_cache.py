"""Offline checkout: verified copies, size-limited LRU, progress, clear failures."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from qaclient import paths
from qaclient import settings as settings_mod
from qaclient.sync.offline_cache import CacheRequest, OfflineCache, SourcePolicy


def _recording(folder: Path, name: str, size: int) -> tuple[Path, str]:
    data = os.urandom(size)
    path = folder / name
    path.write_bytes(data)
    return path, hashlib.sha256(data).hexdigest()


def test_checkout_verifies_hashes_reports_progress_and_evicts_lru(tmp_path):
    src = tmp_path / "share"
    src.mkdir()
    files = {f"c{i}": _recording(src, f"c{i}.wav", 400_000) for i in range(4)}
    cache = OfflineCache(limit_bytes=1_000_000, sources=SourcePolicy((src,)))  # room for two
    assert cache.root == paths.cache_dir("audio")
    seen = []
    reqs = [CacheRequest(c, str(p), h, 400_000) for c, (p, h) in list(files.items())[:2]]
    rep = cache.checkout(reqs, progress=lambda done, total, cid: seen.append((done, total, cid)))
    assert rep.fetched == ["c0", "c1"] and not rep.failed
    assert seen[-1] == (800_000, 800_000, "c1") and all(d <= t for d, t, _ in seen)
    # again: nothing copied
    assert cache.checkout(reqs).already == ["c0", "c1"]
    assert cache.path_for("c0").read_bytes() == files["c0"][0].read_bytes()  # c0 now most recent
    # a third call evicts the least recently used (c1), not c0
    p2, h2 = files["c2"]
    rep = cache.checkout([CacheRequest("c2", p2.as_uri(), h2, 400_000)])
    assert rep.fetched == ["c2"] and rep.evicted == 1
    assert cache.path_for("c1") is None and cache.path_for("c0") is not None
    assert cache.usage() <= 1_000_000
    assert cache.verify(h2)


def test_bad_hash_missing_file_and_too_big_are_reported_not_cached(tmp_path):
    path, digest = _recording(tmp_path, "a.wav", 1000)
    cache = OfflineCache(
        root=tmp_path / "cache", limit_bytes=5000, sources=SourcePolicy((tmp_path,))
    )
    rep = cache.checkout(
        [
            CacheRequest("wrong", str(path), "0" * 64, 1000),
            CacheRequest("gone", str(tmp_path / "nope.wav"), "1" * 64, 0),
            CacheRequest("huge", str(path), digest, 10_000),
        ]
    )
    reasons = dict(rep.failed)
    assert "content does not match" in reasons["wrong"]
    assert "nope.wav" in reasons["gone"]
    assert "cache limit" in reasons["huge"]
    assert cache.usage() == 0 and not list((tmp_path / "cache").glob(".partial-*"))


def test_corrupted_cache_file_is_detected(tmp_path):
    path, digest = _recording(tmp_path, "a.wav", 3000)
    cache = OfflineCache(
        root=tmp_path / "cache", limit_bytes=10_000, sources=SourcePolicy((tmp_path,))
    )
    cache.checkout([CacheRequest("a", str(path), digest, 3000)])
    cached = cache.path_for("a")
    cached.write_bytes(b"x" * 3000)  # same size, other content
    assert cache.verify(digest) is False
    assert cache.path_for("a") is None
    # fetched again on the next checkout
    assert cache.checkout([CacheRequest("a", str(path), digest, 3000)]).fetched == ["a"]


def test_cancel_stops_between_blocks(tmp_path):
    path, digest = _recording(tmp_path, "big.wav", 3 << 20)
    cache = OfflineCache(
        root=tmp_path / "cache", limit_bytes=10 << 20, sources=SourcePolicy((tmp_path,))
    )
    calls = []
    rep = cache.checkout(
        [CacheRequest("big", str(path), digest, 3 << 20)],
        progress=lambda *a: calls.append(a),
        cancel=lambda: len(calls) >= 1,
    )
    assert rep.cancelled and rep.fetched == [] and cache.usage() == 0


def _wav(path: Path, seconds: float = 0.5) -> Path:
    import numpy as np
    import soundfile as sf

    sf.write(
        path,
        (np.random.default_rng(1).standard_normal(int(8000 * seconds)) * 0.1).astype("float32"),
        8000,
    )
    return path


def test_checkout_of_my_assignments_through_the_library(col, tmp_path):
    from qaclient.sync.offline_cache import checkout_assignments

    share = tmp_path / "share"
    share.mkdir()
    settings_mod.update(recording_roots=[str(share)])  # the folder is trusted on this machine
    for i in range(2):
        col.library.add_call(f"call-{i}", agent="a7", file=_wav(share / f"call-{i}.wav"))
    col.library.assign(["call-0", "call-1"], ["tester"])
    rep = checkout_assignments(col)
    assert sorted(rep.fetched) == ["call-0", "call-1"] and not rep.failed
    assert OfflineCache().path_for("call-1").read_bytes() == (share / "call-1.wav").read_bytes()
    assert sorted(col.sync.checkout().already) == ["call-0", "call-1"]


def test_checkout_dialog_runs_in_the_background(qtbot, col, tmp_path):
    from ui.sync import OfflineCheckoutDialog

    share = tmp_path / "share"
    share.mkdir()
    settings_mod.update(recording_roots=[str(share)])
    col.library.add_call("call-9", agent="a7", file=_wav(share / "call-9.wav", 2.0))
    col.library.assign(["call-9"], ["tester"])
    dlg = OfflineCheckoutDialog(col.engine.url.render_as_string(hide_password=False), "tester")
    qtbot.addWidget(dlg)
    dlg.start()
    qtbot.waitUntil(lambda: dlg.report is not None, timeout=20_000)
    assert dlg.report["fetched"] == ["call-9"]
    assert "1 recordings ready offline" in dlg.labelText()
    dlg.resize(460, 160)
    dlg.grab().save(str(tmp_path / "checkout.png"))
