"""Clip export: exact samples of the range, metadata tags, errors that lose nothing."""

from __future__ import annotations

import json

import numpy as np
import pytest
import soundfile as sf

from qaclient.audio.clips import export_clip
from qaclient.audio.reader import AudioError
from qaclient.cli.main import main


@pytest.fixture
def source(tmp_path, rng, synth):
    x = synth.noise(10.0, rng, 2, level=0.2)
    return synth.write(tmp_path / "call-0042.wav", x)


@pytest.mark.parametrize("ext", ["wav", "flac"])
def test_clip_holds_exactly_the_source_samples(source, tmp_path, ext):
    dest = tmp_path / f"clip.{ext}"
    clip = export_clip(
        source, 2500, 4750, dest, metadata={"call_id": "CALL-42", "artist": "agent 1001"}
    )
    full, sr = sf.read(str(source), dtype="int16")
    got, sr2 = sf.read(str(dest), dtype="int16")
    assert sr2 == sr == 8000
    assert np.array_equal(got, full[20000:38000])
    assert clip.frames == 18000 and clip.duration_ms == 2250 and clip.channels == 2
    with sf.SoundFile(str(dest)) as f:
        assert f.title == "CALL-42 00:02.5–00:04.7"
        assert "call_id=CALL-42" in f.comment and "range_ms=2500-4750" in f.comment
        assert "source=call-0042.wav" in f.comment
        assert f.artist == "agent 1001"
        assert f.software.startswith("qaclient")


def test_clip_rounds_to_whole_frames_and_clamps_the_end(source, tmp_path):
    dest = tmp_path / "tail.wav"
    clip = export_clip(source, 9000, 60000, dest)
    full, _ = sf.read(str(source), dtype="int16")
    got, _ = sf.read(str(dest), dtype="int16")
    assert np.array_equal(got, full[72000:])
    assert clip.end_ms == 10000
    # sub-millisecond precision: 1 ms at 44.1 kHz is 44.1 frames → [44, 89)
    src = tmp_path / "hifi.wav"
    sf.write(str(src), np.arange(44100, dtype=np.int16) % 1000, 44100, subtype="PCM_16")
    export_clip(src, 1, 2, tmp_path / "one-ms.wav")
    got, _ = sf.read(str(tmp_path / "one-ms.wav"), dtype="int16")
    assert np.array_equal(got, np.arange(44, 89, dtype=np.int16))


def test_24_bit_source_keeps_its_depth(tmp_path, rng, synth):
    src = synth.write(tmp_path / "hd.wav", synth.noise(3.0, rng, 1, 0.3)[:, 0], 16000, "PCM_24")
    dest = tmp_path / "hd-clip.flac"
    clip = export_clip(src, 1000, 2000, dest)
    assert clip.subtype == "PCM_24"
    full, _ = sf.read(str(src), dtype="int32")
    got, _ = sf.read(str(dest), dtype="int32")
    assert np.array_equal(got, full[16000:32000])


def test_clip_from_ogg(tmp_path, rng, synth):
    src = synth.write(
        tmp_path / "call.ogg", synth.noise(6.0, rng, 2, 0.2), fmt="OGG", subtype="VORBIS"
    )
    clip = export_clip(src, 1000, 3000, tmp_path / "from-ogg.flac")
    got, _ = sf.read(clip.path, dtype="int16")
    assert got.shape == (16000, 2) and np.abs(got).max() > 1000


def test_clip_errors(source, tmp_path):
    with pytest.raises(ValueError, match=".wav or .flac"):
        export_clip(source, 0, 1000, tmp_path / "clip.mp3")
    with pytest.raises(ValueError, match="invalid range"):
        export_clip(source, 2000, 1000, tmp_path / "c.wav")
    with pytest.raises(ValueError, match="past the end"):
        export_clip(source, 11000, 12000, tmp_path / "c.wav")
    with pytest.raises(ValueError, match="overwrite its source"):
        export_clip(source, 0, 1000, source, overwrite=True)
    with pytest.raises(ValueError, match="unknown metadata"):
        export_clip(source, 0, 1000, tmp_path / "c.wav", metadata={"colour": "red"})
    existing = tmp_path / "exists.wav"
    existing.write_bytes(b"keep me")
    with pytest.raises(ValueError, match="already exists"):
        export_clip(source, 0, 1000, existing)
    assert existing.read_bytes() == b"keep me"
    broken = tmp_path / "broken.flac"
    broken.write_bytes(b"fLaC\x00\x00")
    with pytest.raises(AudioError, match="broken.flac"):
        export_clip(broken, 0, 1000, tmp_path / "c.wav")
    assert not list(tmp_path.glob("*.part")) and not (tmp_path / "c.wav").exists()


def test_cli_clip(source, tmp_path, capsys):
    out = tmp_path / "coaching" / "moment.flac"
    assert (
        main(
            [
                "clip",
                str(source),
                "--start",
                "1000",
                "--end",
                "2000",
                "-o",
                str(out),
                "--call-id",
                "C-1",
                "--json",
            ]
        )
        == 0
    )
    data = json.loads(capsys.readouterr().out)
    assert (
        data["frames"] == 8000
        and data["format"] == "FLAC"
        and data["metadata"]["title"].startswith("C-1")
    )
    assert out.exists()
    assert main(["clip", str(source), "--start", "1000", "--end", "2000", "-o", str(out)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert (
        main(["clip", str(source), "--start", "1000", "--end", "2000", "-o", str(out), "--force"])
        == 0
    )
    assert (
        main(["clip", str(tmp_path / "missing.wav"), "--start", "0", "--end", "10", "-o", str(out)])
        == 1
    )
    assert "missing.wav: file not found" in capsys.readouterr().err
