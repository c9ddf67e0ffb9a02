"""Helpers of the library tests: audio made by the tests (numpy + soundfile), tree fingerprints."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import numpy as np
import soundfile as sf

FIXTURES = Path(__file__).parent / "fixtures"
SR = 8000


def tone(seconds: float, freq: float = 440.0, sr: int = SR, amp: float = 0.3) -> np.ndarray:
    t = np.arange(int(seconds * sr)) / sr
    return (amp * np.sin(2 * np.pi * freq * t)).astype(np.float32)


def noise(seconds: float, sr: int = SR, seed: int = 0, amp: float = 0.1) -> np.ndarray:
    return (amp * np.random.default_rng(seed).standard_normal(int(seconds * sr))).astype(np.float32)


def write_wav(path: Path, data: np.ndarray, sr: int = SR, subtype: str = "PCM_16") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    sf.write(path, data, sr, subtype=subtype, format="WAV")
    return path


def write_flac(path: Path, data: np.ndarray, sr: int = SR) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    sf.write(path, data, sr, format="FLAC")
    return path


def write_ogg(
    path: Path, data: np.ndarray, sr: int = SR, subtype: str = "VORBIS", block: int = 8000
) -> Path:
    """OGG written in chunks through SoundFile (one sf.write of a long OGG crashes libvorbis)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    channels = 1 if data.ndim == 1 else data.shape[1]
    with sf.SoundFile(path, "w", sr, channels, format="OGG", subtype=subtype) as f:
        for i in range(0, len(data), block):
            f.write(data[i : i + block])
    return path


def stereo(agent: np.ndarray, customer: np.ndarray, agent_channel: int = 0) -> np.ndarray:
    n = max(len(agent), len(customer))
    out = np.zeros((n, 2), dtype=np.float32)
    out[: len(agent), agent_channel] = agent
    out[: len(customer), 1 - agent_channel] = customer
    return out


def tree_fingerprint(root: Path) -> dict[str, tuple[str, int, int]]:
    """Every file and folder under *root*: content hash, size, mtime (ns)."""
    out: dict[str, tuple[str, int, int]] = {}
    for dirpath, dirnames, filenames in os.walk(root):
        for d in dirnames:
            p = Path(dirpath) / d
            out[p.relative_to(root).as_posix() + "/"] = ("dir", 0, p.stat().st_mtime_ns)
        for name in filenames:
            p = Path(dirpath) / name
            st = p.stat()
            out[p.relative_to(root).as_posix()] = (
                hashlib.sha256(p.read_bytes()).hexdigest(),
                st.st_size,
                st.st_mtime_ns,
            )
    return out


def make_recordings(tmp_path: Path) -> Path:
    """A small folder of good recordings named ``{agent}_{start}_{callid}``."""
    root = tmp_path / "recordings"
    write_wav(root / "1001_20261102-093000_c001.wav", tone(3, 440))
    write_flac(
        root / "day2" / "1002_20261103-101500_c002.flac",
        stereo(tone(2, 300), noise(2), agent_channel=1),
    )
    write_ogg(root / "day2" / "1003_20261103-120000_c003.ogg", noise(4, seed=3))
    write_wav(root / "1001_20261104-080000_c004.wav", np.zeros(SR * 2, dtype=np.float32))  # silence
    return root


PATTERN = "{agent}_{start:%Y%m%d-%H%M%S}_{callid}"
