"""Fuzzing the audio probe and analysis with mutated WAV, FLAC, OGG/Vorbis and MP3 files.

Headers are where files lie, so the mutations concentrate on the first bytes (flipped
bits, 4-byte fields set to 0 / 0x7fffffff / 0xffffffff, cuts, duplicated chunks) and on
cutting the file short.  Each input must be rejected by the probe with a known code and a
one-line message naming the file, or be accepted — and then the waveform overview and the
speech/hold/talk-over analysis must finish or fail with a one-line AudioError, under a
memory cap (fuzzing.memory_limit: the process may grow by at most 2 GiB, so a buffer sized
from a lying header fails instead of taking the machine) and within the deadline.
"""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import soundfile as sf
from fuzzing import FUZZ, assert_one_line, memory_limit
from hypothesis import given
from hypothesis import strategies as st

from qaclient.audio.reader import AudioError
from qaclient.audio.segments import analyse
from qaclient.audio.waveform import overview
from qaclient.recordings.probe import ProbeError, probe

RATE = 8000
CODES = {
    "empty",
    "truncated",
    "no_audio",
    "unknown_format",
    "unsupported",
    "wrong_extension",
    "unreadable",
    "corrupt",
}


def _seed(fmt: str, subtype: str | None) -> bytes:
    t = np.arange(RATE // 2)
    voice = (np.sin(t * 0.05) * 8000 * ((t // 400) % 2)).astype(np.int16)
    stereo = np.stack([voice, voice[::-1]], axis=1)
    buf = io.BytesIO()
    sf.write(buf, stereo, RATE, format=fmt, subtype=subtype)
    return buf.getvalue()


SEEDS = {
    ".wav": _seed("WAV", "PCM_16"),
    ".flac": _seed("FLAC", "PCM_16"),
    ".ogg": _seed("OGG", "VORBIS"),
}
if "MP3" in sf.available_formats():
    SEEDS[".mp3"] = _seed("MP3", "MPEG_LAYER_III")


@st.composite
def hostile_audio(draw) -> tuple[str, bytes]:
    ext = draw(st.sampled_from(sorted(SEEDS)))
    data = bytearray(SEEDS[ext])
    for _ in range(draw(st.integers(1, 4))):
        op = draw(st.sampled_from(["flip", "field", "cut", "dup", "junk"]))
        head = min(len(data), 128)  # most edits hit the header
        pos = draw(st.integers(0, max(0, head - 1)))
        if op == "flip" and data:
            data[pos] ^= 1 << draw(st.integers(0, 7))
        elif op == "field" and len(data) >= pos + 4:
            data[pos : pos + 4] = draw(
                st.sampled_from(
                    [
                        b"\x00\x00\x00\x00",
                        b"\xff\xff\xff\x7f",
                        b"\xff\xff\xff\xff",
                        b"\x01\x00\x00\x00",
                    ]
                )
            )
        elif op == "cut":
            del data[draw(st.integers(0, len(data))) :]
        elif op == "dup":
            data[pos:pos] = data[pos : pos + draw(st.integers(1, 64))]
        elif op == "junk":
            at = draw(st.integers(0, len(data)))
            data[at:at] = draw(st.binary(min_size=1, max_size=64))
    return ext, bytes(data)


@FUZZ
@given(case=hostile_audio())
def test_fuzz_audio_probe_and_analysis(tmp_path: Path, case: tuple[str, bytes]) -> None:
    ext, data = case
    path = tmp_path / f"call{ext}"
    path.write_bytes(data)
    with memory_limit():
        try:
            info = probe(path)
        except ProbeError as exc:
            assert exc.code in CODES, exc.code
            assert_one_line(str(exc), path.name)
        else:
            assert info.frames > 0 and info.samplerate > 0 and info.channels > 0
            # what the probe accepted must be analysable, or fail with a one-line reason
            try:
                ov = overview(path, 64, use_cache=False)
                assert ov.frames == info.frames
                seg = analyse(path, use_cache=False)
                assert seg.duration_ms >= 0
            except AudioError as exc:
                assert_one_line(str(exc), path.name)
    assert path.read_bytes() == data, "the recording was changed"


def test_seeds_are_valid(tmp_path: Path) -> None:
    for ext, data in SEEDS.items():
        path = tmp_path / f"seed{ext}"
        path.write_bytes(data)
        assert probe(path).frames > 0
        assert analyse(path, use_cache=False).duration_ms > 0
