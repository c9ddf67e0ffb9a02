"""Coaching tests reuse the fixed report data set (tests/reports/dataset.py)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

_path = Path(__file__).resolve().parent.parent / "reports" / "dataset.py"
_spec = importlib.util.spec_from_file_location("coaching_dataset", _path)
dataset = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(dataset)


@pytest.fixture
def data(col):
    return dataset.build(col)


@pytest.fixture
def wav(tmp_path):
    """A 2-minute 8 kHz stereo recording on disk (for clip export)."""
    import numpy as np
    import soundfile as sf

    sr = 8000
    t = np.arange(sr * 120) / sr
    audio = np.stack([0.3 * np.sin(2 * np.pi * 440 * t), 0.2 * np.sin(2 * np.pi * 220 * t)], axis=1)
    path = tmp_path / "call-E1.wav"
    sf.write(path, audio, sr, subtype="PCM_16")
    return path
