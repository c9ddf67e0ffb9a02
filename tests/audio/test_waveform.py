"""Waveform overview: exact int16 peaks against a one-shot reference, cache, progress, errors."""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from qaclient import paths
from qaclient.audio import reader
from qaclient.audio.reader import AudioError
from qaclient.audio.waveform import iter_overview, load_cached, overview
from qaclient.cli.main import main


def reference(path: Path, columns: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """One-shot computation of the documented columns: F // N frames each, remainder in the last."""
    x, _ = sf.read(str(path), dtype="int16", always_2d=True)
    n, ch = x.shape
    spb = n // columns
    mn = np.zeros((ch, columns), np.int16)
    mx = np.zeros((ch, columns), np.int16)
    rms = np.zeros((ch, columns), np.float64)
    if spb == 0:
        bounds = [(i, i + 1) for i in range(n)]
    else:
        bounds = [(i * spb, (i + 1) * spb if i < columns - 1 else n) for i in range(columns)]
    for i, (a, b) in enumerate(bounds):
        seg = x[a:b].astype(np.float64)
        mn[:, i] = x[a:b].min(axis=0)
        mx[:, i] = x[a:b].max(axis=0)
        rms[:, i] = np.sqrt((seg**2).mean(axis=0)) / 32768
    return mn, mx, rms


def signal(seconds: float, channels: int, rng: np.random.Generator, sr: int = 8000) -> np.ndarray:
    n = int(seconds * sr)
    t = np.arange(n) / sr
    x = 0.05 * rng.standard_normal((n, channels))
    for c in range(channels):
        x[:, c] += (
            0.5 * np.sin(2 * np.pi * (200 + 150 * c) * t) * (np.sin(2 * np.pi * 0.3 * t + c) > 0)
        )
    x[n // 3, 0] = 0.999  # a single-sample spike must survive
    x[2 * n // 3, -1] = -1.0
    return x


def assert_matches(ov, path: Path, columns: int) -> None:
    mn, mx, rms = reference(path, columns)
    assert np.array_equal((ov.min * 32768).astype(np.int32), mn.astype(np.int32))
    assert np.array_equal((ov.max * 32768).astype(np.int32), mx.astype(np.int32))
    np.testing.assert_allclose(ov.rms, rms, rtol=2e-4, atol=1e-6)
    assert ov.min.dtype == np.float32 and ov.min.min() >= -1 and ov.max.max() <= 1


@pytest.mark.parametrize("columns", [1, 7, 100, 997, 1000, 4321])
def test_stereo_wav_equals_one_shot_reference(tmp_path, rng, synth, columns):
    path = synth.write(tmp_path / "call.wav", signal(13.37, 2, rng))
    ov = overview(path, columns, use_cache=False)
    assert (ov.samplerate, ov.channels, ov.columns) == (8000, 2, columns)
    assert ov.frames == sf.info(str(path)).frames
    assert ov.duration == pytest.approx(13.37, abs=1e-3)
    assert ov.column_ms(1) == pytest.approx((ov.frames // columns) * 1000 / 8000)
    assert_matches(ov, path, columns)


@pytest.mark.parametrize(
    ("name", "fmt", "subtype", "channels", "sr"),
    [
        ("call.flac", "FLAC", "PCM_16", 2, 8000),
        ("call.ogg", "OGG", "VORBIS", 2, 8000),
        ("call.mp3", "MP3", "MPEG_LAYER_III", 2, 8000),
        ("mono16k.wav", "WAV", "PCM_16", 1, 16000),
        ("call24.wav", "WAV", "PCM_24", 2, 8000),
        ("float.wav", "WAV", "FLOAT", 1, 8000),
    ],
)
def test_formats_equal_one_shot_reference(tmp_path, rng, synth, name, fmt, subtype, channels, sr):
    path = synth.write(tmp_path / name, signal(9.5, channels, rng, sr), sr, subtype, fmt)
    ov = overview(path, 640, use_cache=False)
    assert ov.channels == channels and ov.samplerate == sr
    assert_matches(ov, path, 640)


def test_small_blocks_and_buckets_longer_than_a_block(tmp_path, rng, synth, monkeypatch):
    """Buckets split across blocks, and many blocks per file, still give exact results."""
    path = synth.write(tmp_path / "call.wav", signal(20.0, 2, rng))
    monkeypatch.setattr(reader, "BLOCK_BYTES", 4096)  # 1024 stereo frames per block
    for columns in (3, 50, 157, 1024):
        assert_matches(overview(path, columns, use_cache=False), path, columns)


def test_generic_deinterleave_path_gives_the_same_peaks(tmp_path, rng, synth, monkeypatch):
    """The stereo word trick and the plain strided copy agree (3-channel files use the latter)."""
    path = synth.write(tmp_path / "call.wav", signal(6.0, 2, rng))
    fast = overview(path, 333, use_cache=False)
    monkeypatch.setattr(reader, "_LITTLE_ENDIAN_INT16", False)
    slow = overview(path, 333, use_cache=False)
    assert np.array_equal(fast.min, slow.min) and np.array_equal(fast.max, slow.max)
    assert_matches(slow, path, 333)
    three = synth.write(tmp_path / "three.wav", signal(3.0, 3, rng))
    assert_matches(overview(three, 90, use_cache=False), three, 90)


def test_fewer_frames_than_columns(tmp_path, synth):
    x = np.array([[0.5, -0.5], [-0.25, 0.25], [0.0, 1.0]])
    path = synth.write(tmp_path / "tiny.wav", x)
    ov = overview(path, 8, use_cache=False)
    assert ov.frames == 3
    np.testing.assert_array_equal(ov.max[0], [0.5, -0.25, 0, 0, 0, 0, 0, 0])
    np.testing.assert_array_equal(ov.min[1], [-0.5, 0.25, 32767 / 32768, 0, 0, 0, 0, 0])


def test_empty_audio_gives_silent_columns(tmp_path):
    path = tmp_path / "empty-audio.wav"
    sf.SoundFile(str(path), "w", 8000, 1, subtype="PCM_16").close()
    ov = overview(path, 10, use_cache=False)
    assert ov.frames == 0 and not ov.max.any() and ov.duration == 0


def test_cache_hit_content_hash_and_invalidation(tmp_path, rng, synth):
    path = synth.write(tmp_path / "call.wav", signal(5.0, 2, rng))
    first = overview(path, 300)
    assert not first.cached
    files = list(paths.cache_dir("waveforms").glob("*.npz"))
    assert len(files) == 1 and str(paths.home()) in str(files[0])
    hit = overview(path, 300)
    assert hit.cached
    for a, b in ((hit.min, first.min), (hit.max, first.max), (hit.rms, first.rms)):
        assert np.array_equal(a, b)
    assert load_cached(path, 300) is not None
    assert load_cached(path, 301) is None  # another column count is another entry
    # a caller-supplied content hash keys the cache instead of the fingerprint
    assert not overview(path, 300, content_hash="ab12" * 16).cached
    assert overview(path, 300, content_hash="ab12" * 16).cached
    # the file changes (new content, same size): the fingerprint changes, no stale hit
    synth.write(path, signal(5.0, 2, np.random.default_rng(7)))
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000))
    again = overview(path, 300)
    assert not again.cached
    assert_matches(again, path, 300)


def test_damaged_cache_file_is_recomputed(tmp_path, rng, synth):
    path = synth.write(tmp_path / "call.wav", signal(3.0, 1, rng))
    overview(path, 50)
    (cache,) = paths.cache_dir("waveforms").glob("*.npz")
    cache.write_bytes(b"not an npz")
    ov = overview(path, 50)
    assert not ov.cached
    assert_matches(ov, path, 50)
    assert overview(path, 50).cached


def test_progressive_chunks_cover_all_columns_in_order(tmp_path, rng, synth, monkeypatch):
    path = synth.write(tmp_path / "long.flac", signal(30.0, 2, rng), fmt="FLAC")
    monkeypatch.setattr(reader, "BLOCK_BYTES", 64 * 1024)
    chunks = list(iter_overview(path, 1200, interval=0))
    assert len(chunks) > 3
    assert chunks[0].start == 0 and chunks[-1].end == 1200
    for prev, nxt in zip(chunks, chunks[1:], strict=False):
        assert prev.end == nxt.start and nxt.done >= prev.done
    assert chunks[-1].done == 1.0
    # the partial overview already holds the finished columns while later ones are empty
    first = chunks[0]
    assert first.overview.max[0, : first.end].any()
    seen = []
    ov = overview(path, 1200, use_cache=False, progress=lambda c: seen.append((c.start, c.end)))
    assert seen and seen[-1][1] == 1200
    assert_matches(ov, path, 1200)
    # a cache hit arrives as one chunk
    cached = list(iter_overview(path, 1200))
    assert len(cached) == 1 and cached[0].overview.cached


CORRUPT = {
    "zero.wav": (b"", "file is empty"),
    "header.wav": (b"RIFF\x24\x00\x00\x00WAVEfmt ", "not a readable recording"),
    "random.flac": (
        bytes(np.random.default_rng(3).integers(0, 256, 4096, dtype=np.uint8)),
        "not a readable",
    ),
    "notes.wav": (b"This is a text file, not audio.\n" * 20, "not a readable recording"),
}


@pytest.mark.parametrize("name", sorted(CORRUPT))
def test_corrupt_files_raise_clear_errors(tmp_path, name):
    data, reason = CORRUPT[name]
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(AudioError) as info:
        overview(path, 100)
    assert str(path) in str(info.value) and reason in str(info.value)
    assert info.value.path == str(path)
    assert path.read_bytes() == data  # never modified


def test_truncated_flac_says_where_decoding_stopped(tmp_path, rng, synth):
    good = synth.write(tmp_path / "good.flac", signal(20.0, 2, rng), fmt="FLAC")
    cut = tmp_path / "cut.flac"
    cut.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    with pytest.raises(AudioError, match=r"cut\.flac: .*(truncated|corrupt)"):
        overview(cut, 100)
    assert not list(paths.cache_dir("waveforms").glob("*.npz"))  # nothing half-done was cached


def test_wrong_extension_is_read_by_content(tmp_path, rng, synth):
    """A FLAC file named .wav is still a FLAC recording: libsndfile reads the content."""
    flac = synth.write(tmp_path / "x.flac", signal(2.0, 2, rng), fmt="FLAC")
    renamed = tmp_path / "really-flac.wav"
    renamed.write_bytes(flac.read_bytes())
    assert_matches(overview(renamed, 64, use_cache=False), flac, 64)


def test_missing_file_and_bad_columns(tmp_path):
    with pytest.raises(AudioError, match="file not found"):
        overview(tmp_path / "nope.wav", 10)
    with pytest.raises(AudioError, match="is a folder"):
        overview(tmp_path, 10)
    with pytest.raises(ValueError, match="columns"):
        overview(tmp_path / "nope.wav", 0)


def test_cli_waveform_json_and_cached_flag(tmp_path, rng, synth, capsys):
    path = synth.write(tmp_path / "call.wav", signal(4.0, 2, rng))
    assert main(["waveform", str(path), "--columns", "40", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"file", "samplerate", "channels", "duration", "columns", "peaks", "cached"} <= set(data)
    assert data["file"] == str(path) and data["columns"] == 40 and data["cached"] is False
    assert (
        data["samplerate"] == 8000
        and data["channels"] == 2
        and data["duration"] == pytest.approx(4.0)
    )
    assert [p["channel"] for p in data["peaks"]] == [0, 1]
    mn, mx, _ = reference(path, 40)
    for c, peaks in enumerate(data["peaks"]):
        assert len(peaks["min"]) == len(peaks["max"]) == len(peaks["rms"]) == 40
        np.testing.assert_allclose(peaks["min"], mn[c] / 32768, atol=1e-6)
        np.testing.assert_allclose(peaks["max"], mx[c] / 32768, atol=1e-6)
    assert main(["waveform", str(path), "--columns", "40", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["cached"] is True


def test_cli_waveform_errors_exit_1(tmp_path, capsys):
    bad = tmp_path / "broken.wav"
    bad.write_bytes(b"RIFF....WAVEjunk")
    assert main(["waveform", str(bad), "--columns", "10", "--json"]) == 1
    err = capsys.readouterr().err
    assert "broken.wav" in err and "not a readable recording" in err
    assert main(["waveform", str(bad), "--columns", "0"]) == 1
    assert "--columns" in capsys.readouterr().err


def test_streaming_keeps_memory_bounded(tmp_path, rng, synth, monkeypatch):
    """With 64 KiB blocks a 2-minute stereo file (3.8 MB as int16) never sits in memory whole."""
    import tracemalloc

    path = synth.write(tmp_path / "two-min.flac", signal(120.0, 2, rng), fmt="FLAC")
    monkeypatch.setattr(reader, "BLOCK_BYTES", 64 * 1024)
    tracemalloc.start()
    try:
        overview(path, 500, use_cache=False)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 1_000_000, peak


def test_threads_computing_the_same_overview(tmp_path, rng, synth):
    """The player may start two jobs for one call: both finish, the cache stays valid."""
    from concurrent.futures import ThreadPoolExecutor

    path = synth.write(tmp_path / "call.wav", signal(8.0, 2, rng))
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda _: overview(path, 700), range(4)))
    for ov in results:
        assert_matches(ov, path, 700)
    assert overview(path, 700).cached
    assert not list(paths.cache_dir("waveforms").glob("*.tmp"))


def test_abandoned_progressive_run_caches_nothing(tmp_path, rng, synth, monkeypatch):
    path = synth.write(tmp_path / "call.wav", signal(10.0, 2, rng))
    monkeypatch.setattr(reader, "BLOCK_BYTES", 16 * 1024)
    gen = iter_overview(path, 400, interval=0)
    first = next(gen)
    assert first.end < 400
    gen.close()  # the user left the call
    assert load_cached(path, 400) is None
