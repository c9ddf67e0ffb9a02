"""Shared values of the privacy tests."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import soundfile as sf

NUMBER = "13812345678"
MASKED = "138****5678"


def stereo(path: Path, seconds: float = 6.0, rate: int = 8000) -> Path:
    t = np.arange(int(seconds * rate)) / rate
    agent = 0.3 * np.sin(2 * np.pi * 440 * t)
    customer = 0.2 * np.sin(2 * np.pi * 660 * t)
    sf.write(path, np.stack([agent, customer], axis=1).astype(np.float32), rate, subtype="PCM_16")
    return path
