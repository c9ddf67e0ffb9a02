"""Generated calls with known events, for the assisted-scoring tests and bench/assist.py.

A call is a script: who speaks when, where the holds are (with or without music), the
line (sample rate, line noise, echo of each party into the other's channel) and the
layout (stereo with the agent on channel 0, or mono).  Speech is imitated by a harmonic
voice whose amplitude follows syllables (pauses between them, as in tests/audio), music by
a sustained chord with a slow tremolo (no pauses).  :meth:`Script.truth` gives the known
answer of every measure (interruptions the agent started, holds, longest silence …).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import soundfile as sf


def speech(seconds: float, sr: int, level: float = 0.3, f0: float = 140.0) -> np.ndarray:
    n = round(seconds * sr)
    t = np.arange(n) / sr
    f = f0 * (1 + 0.1 * np.sin(2 * np.pi * 0.7 * t))
    phase = 2 * np.pi * np.cumsum(f) / sr
    voice = sum(np.sin(k * phase) / k for k in range(1, 8))
    env = np.abs(np.sin(2 * np.pi * 2.2 * t)) ** 1.5
    return level * voice / 2.0 * env


def music(seconds: float, sr: int, level: float = 0.2) -> np.ndarray:
    n = round(seconds * sr)
    t = np.arange(n) / sr
    chord = sum(np.sin(2 * np.pi * f * t) for f in (261.6, 329.6, 392.0)) / 3
    return level * chord * (0.8 + 0.2 * np.sin(2 * np.pi * 0.5 * t))


def _place(track: np.ndarray, sr: int, start_s: float, sig: np.ndarray) -> None:
    a = round(start_s * sr)
    track[a : a + len(sig)] += sig[: max(0, len(track) - a)]


@dataclass
class Script:
    """A call with known events (seconds)."""

    duration_s: float
    agent: list[tuple[float, float]] = field(default_factory=list)
    customer: list[tuple[float, float]] = field(default_factory=list)
    holds: list[tuple[float, float, bool]] = field(default_factory=list)  # (start, end, music)
    samplerate: int = 8000
    stereo: bool = True
    noise: float = 0.001  # line noise (white, RMS; 0.001 ≈ -60 dBFS)
    echo_db: float | None = None  # each party leaks into the other channel this far below

    def render(self, seed: int = 1) -> np.ndarray:
        """The samples: shape (frames, 2) for stereo (agent on channel 0), (frames,) mono."""
        sr = self.samplerate
        rng = np.random.default_rng(seed)
        n = round(self.duration_s * sr)
        agent = np.zeros(n)
        cust = np.zeros(n)
        for a, b in self.agent:
            _place(agent, sr, a, speech(b - a, sr))
        for a, b in self.customer:
            _place(cust, sr, a, speech(b - a, sr, 0.25, f0=210.0))
        for a, b, with_music in self.holds:
            if with_music:
                _place(cust, sr, a + 0.3, music(b - a - 0.6, sr))
        if self.echo_db is not None:
            k = 10 ** (-self.echo_db / 20)
            agent, cust = agent + k * cust, cust + k * agent
        if self.stereo:
            data = np.stack([agent, cust], axis=1) + self.noise * rng.standard_normal((n, 2))
        else:
            data = agent + cust + self.noise * rng.standard_normal(n)
        return np.clip(data, -1, 1)

    def write(self, path: Path, seed: int = 1, repeat: int = 1) -> Path:
        """Write the call (``repeat`` times in a row: a long call from a short script)."""
        data = self.render(seed)
        channels = 2 if self.stereo else 1
        with sf.SoundFile(str(path), "w", self.samplerate, channels, subtype="PCM_16") as f:
            for _ in range(repeat):
                for i in range(0, len(data), 65536):
                    f.write(data[i : i + 65536])
        return path

    # ------------------------------------------------------------------ known answers
    def agent_interruptions(self, min_s: float = 0.5) -> list[tuple[float, float]]:
        """Overlaps of at least *min_s* where the agent started while the customer spoke."""
        out = []
        for a0, a1 in self.agent:
            for c0, c1 in self.customer:
                s, e = max(a0, c0), min(a1, c1)
                if e - s >= min_s and a0 > c0 + 0.15:
                    out.append((s, e))
        return sorted(out)

    def customer_interruptions(self, min_s: float = 0.5) -> list[tuple[float, float]]:
        out = []
        for a0, a1 in self.agent:
            for c0, c1 in self.customer:
                s, e = max(a0, c0), min(a1, c1)
                if e - s >= min_s and c0 > a0 + 0.15:
                    out.append((s, e))
        return sorted(out)

    def silences(self, min_s: float = 5.0) -> list[tuple[float, float]]:
        """Stretches without speech of at least *min_s* (music is not speech)."""
        spans = sorted(self.agent + self.customer)
        out, t = [], 0.0
        for a, b in spans:
            if a - t >= min_s:
                out.append((t, a))
            t = max(t, b)
        if self.duration_s - t >= min_s:
            out.append((t, self.duration_s))
        return out
