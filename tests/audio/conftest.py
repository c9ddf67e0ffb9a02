"""Synthetic recordings with known content for the audio-analysis tests.

Speech is imitated by a voiced harmonic signal (f0 ≈ 140 Hz) whose amplitude follows
syllables (≈ 4 per second, dipping to silence between them) — it has the pauses that tell
speech from music.  Hold music is a chord of sustained tones with a slow tremolo: loud,
but without pauses.  Line noise is white noise at -60 dBFS on every channel.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

SR = 8000


def speech(seconds: float, rng: np.random.Generator, level: float = 0.3) -> np.ndarray:
    """Speech-like signal: syllables of a harmonic voice, 4–5 per second."""
    n = round(seconds * SR)
    t = np.arange(n) / SR
    f0 = 140 * (1 + 0.1 * np.sin(2 * np.pi * 0.7 * t))
    phase = 2 * np.pi * np.cumsum(f0) / SR
    voice = sum(np.sin(k * phase) / k for k in range(1, 8))
    syll = np.abs(np.sin(2 * np.pi * 2.2 * t))  # starts with a syllable onset
    env = syll**1.5
    return (level * voice / 2.0 * env).astype(np.float64)


def music(seconds: float, level: float = 0.2) -> np.ndarray:
    """Hold music: a sustained chord with a slow tremolo (no pauses)."""
    n = round(seconds * SR)
    t = np.arange(n) / SR
    chord = sum(np.sin(2 * np.pi * f * t) for f in (261.6, 329.6, 392.0)) / 3
    return level * chord * (0.8 + 0.2 * np.sin(2 * np.pi * 0.5 * t))


def noise(
    seconds: float, rng: np.random.Generator, channels: int = 1, level: float = 0.001
) -> np.ndarray:
    return level * rng.standard_normal((round(seconds * SR), channels))


def place(track: np.ndarray, start_s: float, signal: np.ndarray) -> None:
    a = round(start_s * SR)
    track[a : a + len(signal)] += signal[: len(track) - a]


def write(
    path: Path,
    data: np.ndarray,
    samplerate: int = SR,
    subtype: str = "PCM_16",
    fmt: str | None = None,
) -> Path:
    """Write ``data`` in chunks through SoundFile (one sf.write of a long OGG crashes libvorbis)."""
    data = np.clip(data, -1, 1)
    channels = 1 if data.ndim == 1 else data.shape[1]
    with sf.SoundFile(str(path), "w", samplerate, channels, subtype=subtype, format=fmt) as f:
        for i in range(0, len(data), 65536):
            f.write(data[i : i + 65536])
    return path


@pytest.fixture
def rng() -> np.random.Generator:
    return np.random.default_rng(20261125)


@pytest.fixture
def stereo_call(tmp_path: Path, rng: np.random.Generator) -> tuple[Path, dict]:
    """A 150 s two-channel call (agent on channel 0) with known turns, talk-over and a 130 s hold.

    agent     0.5–4.0   8.3–11.0              12.0–13.0         143.0–146.0
    customer         4.5–8.0       10.0–12.0            [music 13.5–142.5]     146.5–149.0
    → customer interrupts at 10.0 (overlap 10.0–11.0); hold from 13.0 to 143.0 (130 s,
      music); long silence none (music is not speech but the agent channel is silent ...
      the hold is the finding).
    """
    total = 150.0
    x = noise(total, rng, 2)
    agent, cust = x[:, 0], x[:, 1]
    for a, b in ((0.5, 4.0), (8.3, 11.0), (12.0, 13.0), (143.0, 146.0)):
        place(agent, a, speech(b - a, rng))
    for a, b in ((4.5, 8.0), (10.0, 12.0), (146.5, 149.0)):
        place(cust, a, speech(b - a, rng, 0.25))
    place(cust, 13.5, music(129.0))
    path = write(tmp_path / "call.wav", x)
    return path, {"total": total}


@pytest.fixture
def synth():
    """The signal helpers above, for test modules (conftest is not importable by name)."""
    from types import SimpleNamespace

    return SimpleNamespace(SR=SR, speech=speech, music=music, noise=noise, place=place, write=write)
