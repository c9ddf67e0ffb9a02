"""Waveform overview: min/max and RMS peaks per channel for N display columns.

The overview is computed by streaming the recording in blocks (see
:func:`qaclient.audio.reader.iter_bucket_stats`), never loading it whole, and is cached on
disk under ``paths.cache_dir("waveforms")`` keyed by the recording's content hash (or a
fast fingerprint) and the column count, so re-opening a call draws at once.

Columns: with ``F`` frames and ``N`` columns every column covers ``F // N`` frames; the
last column also takes the ``F % N`` frames left over, so the whole file is covered.  A
recording shorter than ``N`` frames gets one column per frame and silent (zero) columns
after its end.  Values are normalised to [-1, 1] by dividing the int16 samples by 32768,
which is exact in float32.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from qaclient import paths
from qaclient.audio.cache import touch, write_atomic
from qaclient.audio.reader import AudioInfo, cache_key, iter_bucket_stats, open_audio

#: Bump when the stored arrays change meaning; old cache files are then ignored.
CACHE_VERSION = 1
#: The most columns an overview may ask for (a 16k-pixel-wide screen at 2× zoom is 32768).
MAX_COLUMNS = 1 << 20


@dataclass
class Overview:
    """Per-channel peaks of a recording, arrays of shape ``(channels, columns)``, float32 in [-1, 1]."""

    samplerate: int
    channels: int
    frames: int
    columns: int
    min: np.ndarray
    max: np.ndarray
    rms: np.ndarray
    cached: bool = False
    key: str = ""

    @property
    def duration(self) -> float:
        """Duration in seconds."""
        return self.frames / self.samplerate if self.samplerate else 0.0

    @property
    def duration_ms(self) -> int:
        return round(self.frames * 1000 / self.samplerate) if self.samplerate else 0

    def column_ms(self, column: int) -> float:
        """Start of ``column`` in milliseconds (for mapping a click to a play position)."""
        spb = max(1, self.frames // self.columns)
        return column * spb * 1000 / self.samplerate

    def to_json(self, file: str | os.PathLike[str] | None = None) -> dict:
        """The ``qaclient waveform --json`` document."""
        return {
            "file": str(file) if file is not None else None,
            "samplerate": self.samplerate,
            "channels": self.channels,
            "frames": self.frames,
            "duration": round(self.duration, 6),
            "columns": self.columns,
            "peaks": [
                {
                    "channel": c,
                    "min": [round(float(v), 6) for v in self.min[c]],
                    "max": [round(float(v), 6) for v in self.max[c]],
                    "rms": [round(float(v), 6) for v in self.rms[c]],
                }
                for c in range(self.channels)
            ],
            "cached": self.cached,
        }


@dataclass
class OverviewChunk:
    """A run of finished columns ``start .. end-1`` delivered while the overview is computed.

    ``overview`` is the overview being filled (columns after ``end`` are still zero), so a
    UI can simply redraw it; ``done`` is the fraction finished.
    """

    start: int
    end: int
    overview: Overview
    done: float = field(default=0.0)


def _cache_file(key: str, columns: int) -> Path:
    return paths.cache_dir("waveforms") / f"{key}-c{columns}-v{CACHE_VERSION}.npz"


def load_cached(
    path: str | os.PathLike[str], columns: int, *, content_hash: str | None = None
) -> Overview | None:
    """The cached overview of ``path`` for ``columns``, or None (no file header is read)."""
    _check_columns(columns)
    key = cache_key(path, content_hash)
    file = _cache_file(key, columns)
    try:
        with np.load(file, allow_pickle=False) as data:
            meta = data["meta"]
            ov = Overview(
                samplerate=int(meta[0]),
                channels=int(meta[1]),
                frames=int(meta[2]),
                columns=int(meta[3]),
                min=data["min"].astype(np.float32) / np.float32(32768),
                max=data["max"].astype(np.float32) / np.float32(32768),
                rms=data["rms"],
                cached=True,
                key=key,
            )
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError):
        # A damaged cache file is not the user's problem: recompute and overwrite it.
        return None
    if ov.columns != columns or ov.min.shape != (ov.channels, columns):
        return None
    touch(file)
    return ov


def _store(ov: Overview, raw_min: np.ndarray, raw_max: np.ndarray) -> None:
    meta = np.array(
        [ov.samplerate, ov.channels, ov.frames, ov.columns, CACHE_VERSION], dtype=np.int64
    )
    write_atomic(
        _cache_file(ov.key, ov.columns),
        lambda fh: np.savez(fh, meta=meta, min=raw_min, max=raw_max, rms=ov.rms),
    )


def _check_columns(columns: int) -> None:
    if not isinstance(columns, int) or columns < 1 or columns > MAX_COLUMNS:
        raise ValueError(f"columns must be between 1 and {MAX_COLUMNS}, got {columns!r}")


def iter_overview(
    path: str | os.PathLike[str],
    columns: int,
    *,
    content_hash: str | None = None,
    use_cache: bool = True,
    interval: float = 0.1,
) -> Iterator[OverviewChunk]:
    """Compute the overview progressively, yielding finished columns as they come.

    Chunks are yielded at most every ``interval`` seconds (and always at the end), so a
    caller redrawing on each chunk does not slow the computation down.  A cache hit yields
    one chunk with every column.  Raises :class:`AudioError` for unreadable recordings.
    """
    _check_columns(columns)
    if use_cache:
        hit = load_cached(path, columns, content_hash=content_hash)
        if hit is not None:
            yield OverviewChunk(0, columns, hit, 1.0)
            return
    key = cache_key(path, content_hash)
    with open_audio(path) as f:
        info = AudioInfo(str(path), f.samplerate, f.channels, f.frames, f.format, f.subtype)
        ch = info.channels
        raw_min = np.zeros((ch, columns), dtype=np.int16)
        raw_max = np.zeros((ch, columns), dtype=np.int16)
        rms = np.zeros((ch, columns), dtype=np.float32)
        ov = Overview(
            info.samplerate,
            ch,
            info.frames,
            columns,
            np.zeros((ch, columns), dtype=np.float32),
            np.zeros((ch, columns), dtype=np.float32),
            rms,
            cached=False,
            key=key,
        )
        spb = info.frames // columns
        nbuckets = columns
        if spb == 0:  # fewer frames than columns: one column per frame
            spb, nbuckets = 1, info.frames
        scale = np.float32(1 / 32768)
        reported = 0
        last = time.monotonic()
        for st in iter_bucket_stats(f, path, spb, nbuckets):
            a, b = st.start, st.start + len(st.sumsq)
            raw_min[:, a:b] = st.min.T
            raw_max[:, a:b] = st.max.T
            np.multiply(st.min.T, scale, out=ov.min[:, a:b], casting="unsafe")
            np.multiply(st.max.T, scale, out=ov.max[:, a:b], casting="unsafe")
            rms[:, a:b] = (np.sqrt(st.sumsq / st.count) * (1 / 32768)).T
            now = time.monotonic()
            if b == nbuckets or now - last >= interval:
                yield OverviewChunk(reported, b, ov, b / columns)
                reported, last = b, now
        if reported < columns:
            yield OverviewChunk(reported, columns, ov, 1.0)
    if use_cache:
        _store(ov, raw_min, raw_max)


def overview(
    path: str | os.PathLike[str],
    columns: int,
    *,
    content_hash: str | None = None,
    progress: Callable[[OverviewChunk], object] | None = None,
    use_cache: bool = True,
) -> Overview:
    """The waveform overview of ``path`` in ``columns`` columns, from the cache when possible.

    ``content_hash``: the recording's content hash if known (the library stores one);
    otherwise a fast fingerprint keys the cache.  ``progress`` receives each
    :class:`OverviewChunk` as columns are finished.
    """
    result: Overview | None = None
    for chunk in iter_overview(path, columns, content_hash=content_hash, use_cache=use_cache):
        if progress is not None:
            progress(chunk)
        result = chunk.overview
    assert result is not None
    return result
