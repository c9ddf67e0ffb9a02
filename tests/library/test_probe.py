"""Probing: real audio made here is accepted with the right facts; broken files get the
specific reject code a user can act on."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
from library_helpers import SR, noise, stereo, tone, write_flac, write_ogg, write_wav

from qaclient.recordings import probe as probe_mod
from qaclient.recordings.hashing import hash_bytes, hash_file
from qaclient.recordings.probe import ProbeError, probe, sniff


def test_wav_mono_tone(tmp_path: Path) -> None:
    p = write_wav(tmp_path / "a.wav", tone(2.5))
    info = probe(p)
    assert (info.format, info.subtype, info.samplerate, info.channels) == ("WAV", "PCM_16", SR, 1)
    assert info.frames == int(2.5 * SR)
    assert info.duration_ms == 2500
    assert info.size == p.stat().st_size


def test_flac_stereo(tmp_path: Path) -> None:
    p = write_flac(tmp_path / "a.flac", stereo(tone(1), noise(1)))
    info = probe(p)
    assert (info.format, info.channels, info.frames) == ("FLAC", 2, SR)


def test_long_ogg_written_in_chunks(tmp_path: Path) -> None:
    p = write_ogg(tmp_path / "long.ogg", noise(120, seed=5))
    info = probe(p)
    assert info.format == "OGG" and info.subtype == "VORBIS"
    assert abs(info.duration - 120) < 0.05


def test_opus_in_ogg(tmp_path: Path) -> None:
    if "OPUS" not in sf.available_subtypes("OGG"):
        pytest.skip("this libsndfile has no Opus")
    p = write_ogg(tmp_path / "a.opus", tone(2, sr=16000), sr=16000, subtype="OPUS")
    info = probe(p)
    assert info.subtype == "OPUS" and abs(info.duration - 2) < 0.05


def test_mp3_when_libsndfile_reads_it(tmp_path: Path) -> None:
    if not probe_mod.mp3_supported():
        pytest.skip("libsndfile < 1.1 (no MP3)")
    p = tmp_path / "a.mp3"
    sf.write(p, tone(3), SR, format="MP3")
    info = probe(p)
    assert info.format == "MP3" and abs(info.duration - 3) < 0.2


def test_mp3_on_old_libsndfile_is_unsupported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    p = tmp_path / "a.mp3"
    p.write_bytes(b"ID3\x03\x00\x00\x00\x00\x00\x00" + os.urandom(2000))
    monkeypatch.setattr(probe_mod, "mp3_supported", lambda: False)
    with pytest.raises(ProbeError) as err:
        probe(p)
    assert err.value.code == "unsupported"
    assert "libsndfile 1.1.0" in str(err.value)


def test_zero_bytes(tmp_path: Path) -> None:
    p = tmp_path / "empty.wav"
    p.write_bytes(b"")
    with pytest.raises(ProbeError) as err:
        probe(p)
    assert err.value.code == "empty" and "0 bytes" in str(err.value)


@pytest.mark.parametrize("keep", [6, 30, 43])
def test_truncated_header(tmp_path: Path, keep: int) -> None:
    good = write_wav(tmp_path / "good.wav", tone(1))
    p = tmp_path / "cut.wav"
    p.write_bytes(good.read_bytes()[:keep])
    with pytest.raises(ProbeError) as err:
        probe(p)
    assert err.value.code == "truncated", str(err.value)
    assert "truncated header" in str(err.value)


def test_header_only_has_no_audio(tmp_path: Path) -> None:
    good = write_wav(tmp_path / "good.wav", tone(1))
    p = tmp_path / "hdr.wav"
    p.write_bytes(good.read_bytes()[:44])  # the full header, promising samples that are not there
    with pytest.raises(ProbeError) as err:
        probe(p)
    assert err.value.code == "truncated"
    assert "promises 16000 bytes" in str(err.value)
    empty = write_wav(tmp_path / "zero.wav", np.zeros(0, dtype=np.float32))
    with pytest.raises(ProbeError) as err:
        probe(empty)
    assert err.value.code == "no_audio"


def test_wrong_extension(tmp_path: Path) -> None:
    flac = write_flac(tmp_path / "x.flac", tone(1))
    p = tmp_path / "really_flac.wav"
    p.write_bytes(flac.read_bytes())
    with pytest.raises(ProbeError) as err:
        probe(p)
    assert err.value.code == "wrong_extension"
    assert "rename it to really_flac.flac" in str(err.value)


@pytest.mark.parametrize("seed", range(20))
def test_random_bytes(tmp_path: Path, seed: int) -> None:
    p = tmp_path / "noise.wav"
    p.write_bytes(np.random.default_rng(seed).integers(0, 256, 4000, dtype=np.uint8).tobytes())
    with pytest.raises(ProbeError) as err:
        probe(p)
    assert err.value.code == "unknown_format"


def test_missing_and_unreadable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ProbeError) as err:
        probe(tmp_path / "nope.wav")
    assert err.value.code == "unreadable"
    folder = tmp_path / "folder.wav"
    folder.mkdir()
    with pytest.raises(ProbeError) as err:
        probe(folder)
    assert err.value.code == "unreadable"
    p = write_wav(tmp_path / "locked.wav", tone(1))
    p.chmod(0)
    try:
        if os.access(p, os.R_OK):
            # root reads anything: make the OS refuse the open the way it does for others
            import builtins

            real_open = builtins.open

            def refusing_open(file, *args, **kwargs):
                if str(file) == str(p):
                    raise PermissionError(13, "Permission denied", str(p))
                return real_open(file, *args, **kwargs)

            monkeypatch.setattr(builtins, "open", refusing_open)
        with pytest.raises(ProbeError) as err:
            probe(p)
        assert err.value.code == "unreadable" and "Permission denied" in str(err.value)
    finally:
        p.chmod(0o644)


def test_corrupt_body_of_a_real_header(tmp_path: Path) -> None:
    good = write_flac(tmp_path / "good.flac", noise(3))
    data = bytearray(good.read_bytes())
    # keep the FLAC signature, destroy the STREAMINFO block
    data[4:60] = b"\xff" * 56
    p = tmp_path / "bad.flac"
    p.write_bytes(bytes(data))
    with pytest.raises(ProbeError) as err:
        probe(p)
    assert err.value.code in ("corrupt", "unsupported", "no_audio")


def test_sniff() -> None:
    assert sniff(b"RIFF\x00\x00\x00\x00WAVEfmt ") == "WAV"
    assert sniff(b"fLaC\x00") == "FLAC"
    assert sniff(b"OggS\x00") == "OGG"
    assert sniff(b"ID3\x04\x00\x00\x00\x00\x00\x00") == "MP3"
    assert sniff(b"\xff\xfb\x90\x00") == "MP3"
    assert sniff(b"hello world!") is None


def test_hash_streams_and_matches(tmp_path: Path) -> None:
    data = os.urandom(3 * (1 << 20) + 17)
    p = tmp_path / "blob.bin"
    p.write_bytes(data)
    assert hash_file(p) == hash_bytes(data)
    assert hash_file(p, block=4096) == hash_bytes(data)
