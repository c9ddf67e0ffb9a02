"""Plain data the player's parts pass around (no widgets here).

The core's analysis results (qaclient.audio) are converted into these small shapes by
``ui/player/analysis.py`` so the widget does not depend on how the core names things.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

import numpy as np


class BandKind(StrEnum):
    """Kinds of detected segments drawn as translucent bands over the waveform."""

    HOLD = "hold"  # a long silence on both channels (flagged over 2 minutes)
    SILENCE = "silence"  # dead air on both channels, shorter than a hold
    TALKOVER = "talkover"  # both parties speaking at once


@dataclass(frozen=True)
class Band:
    kind: BandKind
    start_ms: int
    end_ms: int
    #: who started the talk-over ("agent" / "customer"), or None
    by: str | None = None
    #: True for holds over the rubric's 2-minute limit
    flagged: bool = False


@dataclass(frozen=True)
class Marker:
    """A comment (or any point of interest) on the timeline; ``key`` is returned on click."""

    ms: int
    label: str
    key: object = None


@dataclass
class Overview:
    """Min/max/RMS per channel and column; filled progressively from the start of the file.

    ``mins``/``maxs``/``rms`` have shape (channels, columns) in -1..1; columns at index
    ``done`` and beyond are not computed yet.
    """

    columns: int
    channels: int
    duration_ms: int
    mins: np.ndarray = field(repr=False)
    maxs: np.ndarray = field(repr=False)
    rms: np.ndarray = field(repr=False)
    done: int = 0
    #: milliseconds covered by one column (0: duration_ms / columns)
    column_ms: float = 0.0
    #: where column 0 starts: 0 for the whole-call overview, the window start for a
    #: detail overview of a zoomed-in view
    start_ms: float = 0.0

    @classmethod
    def empty(cls, channels: int, columns: int, duration_ms: int) -> Overview:
        z = np.zeros((channels, columns), dtype=np.float32)
        return cls(columns, channels, duration_ms, z.copy(), z.copy(), z.copy(), 0)

    def ms_per_column(self) -> float:
        if self.column_ms > 0:
            return self.column_ms
        return max(1, self.duration_ms) / max(1, self.columns)

    @property
    def complete(self) -> bool:
        return self.done >= self.columns

    @property
    def end_ms(self) -> float:
        return self.start_ms + self.columns * self.ms_per_column()


def format_time(ms: int, *, with_hours: bool = True) -> str:
    """``hh:mm:ss`` (or ``mm:ss``) for a position in milliseconds; negative clamps to 0."""
    s = max(0, int(ms)) // 1000
    h, rem = divmod(s, 3600)
    m, sec = divmod(rem, 60)
    return f"{h:02d}:{m:02d}:{sec:02d}" if with_hours or h else f"{m:02d}:{sec:02d}"
