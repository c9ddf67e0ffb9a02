"""Recordings taken offline are sealed at rest (AES-256-GCM, key in the OS keyring); the
player gets a plaintext copy of the call it plays, owner-only; damage is detected."""

from __future__ import annotations

import hashlib
import os
import stat

import pytest

from qaclient.sync import credentials, sealed
from qaclient.sync.offline_cache import CacheRequest, OfflineCache, SourcePolicy

KEY = bytes(range(32))


def _source(folder, name, size):
    folder.mkdir(parents=True, exist_ok=True)
    p = folder / name
    p.write_bytes(b"RIFF" + os.urandom(size - 4) if size >= 4 else os.urandom(size))
    return p, hashlib.sha256(p.read_bytes()).hexdigest()


@pytest.mark.parametrize("size", [0, 1000, sealed.CHUNK, 2 * sealed.CHUNK + 12345])
def test_copies_are_sealed_and_play_in_plaintext(tmp_path, size):
    src, digest = _source(tmp_path / "share", "a.wav", size)
    cache = OfflineCache(
        root=tmp_path / "cache", sources=SourcePolicy((tmp_path / "share",)), key=KEY
    )
    assert cache.checkout([CacheRequest("a", src.as_uri(), digest)]).fetched == ["a"]
    stored = cache.path_for("a")
    assert stored.name.endswith(".wav.sealed") and cache.is_sealed("a")
    data = stored.read_bytes()
    assert data.startswith(sealed.MAGIC) and len(data) == sealed.sealed_size(size)
    if size >= 64:
        assert src.read_bytes()[:64] not in data  # no plaintext on disk
    assert cache.usage() == size  # the limit counts the recording, not the envelope
    assert cache.verify(digest)
    play = cache.playable("a")
    assert play.read_bytes() == src.read_bytes() and play.suffix == ".wav"
    if os.name == "posix":
        assert stat.S_IMODE(play.stat().st_mode) == 0o600
        assert stat.S_IMODE(play.parent.stat().st_mode) == 0o700


def test_altered_truncated_or_foreign_copies_are_refused(tmp_path):
    share = tmp_path / "share"
    files = [_source(share, f"{i}.wav", 3 * sealed.CHUNK // 2) for i in range(3)]
    cache = OfflineCache(root=tmp_path / "cache", sources=SourcePolicy((share,)), key=KEY)
    cache.checkout([CacheRequest(f"c{i}", p.as_uri(), h) for i, (p, h) in enumerate(files)])
    # one bit flipped inside the ciphertext (same size): detected, forgotten
    p0 = cache.path_for("c0")
    raw = bytearray(p0.read_bytes())
    raw[len(raw) // 2] ^= 1
    p0.write_bytes(bytes(raw))
    assert cache.verify(files[0][1]) is False and cache.path_for("c0") is None
    # the last record cut off and the length padded back: not "last", refused
    p1 = cache.path_for("c1")
    with pytest.raises(sealed.SealError):
        data = p1.read_bytes()
        cut = tmp_path / "cut.sealed"
        cut.write_bytes(data[: len(sealed.MAGIC) + sealed.PREFIX + 4 + sealed.CHUNK + sealed.TAG])
        sealed.unseal(cut, KEY)
    # sealed with another key (the keyring was reset): it cannot be played, it is fetched again
    other = OfflineCache(root=tmp_path / "cache", sources=SourcePolicy((share,)), key=b"\1" * 32)
    assert other.playable("c2") is None and other.path_for("c2") is None
    rep = other.checkout([CacheRequest("c2", files[2][0].as_uri(), files[2][1])])
    assert rep.fetched == ["c2"] and other.playable("c2").read_bytes() == files[2][0].read_bytes()


def test_only_the_latest_plaintext_copies_are_kept(tmp_path):
    share = tmp_path / "share"
    files = [_source(share, f"{i}.wav", 500) for i in range(4)]
    cache = OfflineCache(root=tmp_path / "cache", sources=SourcePolicy((share,)), key=KEY)
    cache.checkout([CacheRequest(f"c{i}", p.as_uri(), h) for i, (p, h) in enumerate(files)])
    for i in range(4):
        cache.playable(f"c{i}")
    assert len(list((tmp_path / "cache" / ".play").iterdir())) == 2
    files_before = cache.clear()
    assert files_before[0] == 4 and not list((tmp_path / "cache" / ".play").iterdir())


def test_key_lives_in_the_keyring(memory_keyring, tmp_path):
    key = sealed.cache_key()
    assert len(key) == 32 and sealed.cache_key() == key
    assert list(memory_keyring.store) == [("qaclient", "offline-cache-key")]
    src, digest = _source(tmp_path / "share", "a.wav", 100)
    cache = OfflineCache(sources=SourcePolicy((tmp_path / "share",)))  # key from the keyring
    cache.checkout([CacheRequest("a", src.as_uri(), digest)])
    assert cache.is_sealed("a") and cache.playable("a").read_bytes() == src.read_bytes()


def test_without_a_keyring_copies_stay_unsealed(tmp_path, monkeypatch):
    monkeypatch.setattr(credentials, "keyring_available", lambda: False)
    assert sealed.cache_key() is None
    src, digest = _source(tmp_path / "share", "a.wav", 100)
    cache = OfflineCache(sources=SourcePolicy((tmp_path / "share",)))
    cache.checkout([CacheRequest("a", src.as_uri(), digest)])
    assert not cache.is_sealed("a") and cache.playable("a") == cache.path_for("a")
