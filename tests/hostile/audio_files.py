"""Small recordings, healthy and hostile, written on the fly for the hostile-input tests."""

from __future__ import annotations

import struct
from pathlib import Path

import numpy as np
import soundfile as sf

RATE = 8000


def tone(seconds: float = 2.0, channels: int = 2) -> np.ndarray:
    t = np.arange(int(RATE * seconds))
    x = (np.sin(t * 0.07) * 9000 * (1 + (t // 800) % 2)).astype(np.int16)
    return np.stack([x] * channels, axis=1)


def write(path: Path, fmt: str | None = None, subtype: str | None = None, seconds=2.0) -> Path:
    sf.write(str(path), tone(seconds), RATE, format=fmt, subtype=subtype)
    return path


def truncated(src: Path, dest: Path, keep: float = 0.5) -> Path:
    data = src.read_bytes()
    dest.write_bytes(data[: int(len(data) * keep)])
    return dest


def flac_claiming(path: Path, total_samples: int) -> Path:
    """A healthy 2 s FLAC whose STREAMINFO claims *total_samples* (36 bits at most)."""
    write(path)
    data = bytearray(path.read_bytes())
    # STREAMINFO starts at byte 8; its bytes 10..17 hold rate(20) channels(3) bps(5) total(36)
    packed = int.from_bytes(data[18:26], "big")
    packed = (packed & ~((1 << 36) - 1)) | total_samples
    data[18:26] = packed.to_bytes(8, "big")
    path.write_bytes(bytes(data))
    return path


def wav_declaring(path: Path, data_bytes: int) -> Path:
    write(path, subtype="PCM_16")
    data = bytearray(path.read_bytes())
    at = data.find(b"data")
    data[at + 4 : at + 8] = struct.pack("<I", data_bytes)
    path.write_bytes(bytes(data))
    return path
