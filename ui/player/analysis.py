"""Background jobs of the player: waveform overview, detected segments, solo-channel files.

Everything here runs on a ``QThreadPool`` thread, never on the GUI thread: opening a
one-hour call must not freeze the window.  Each job reports through a :class:`JobSignals`
object (Qt queues the signals to the GUI thread) and carries the *token* of the load it
belongs to, so results of a call the user has already left are dropped by the panel.
Jobs stop early when their ``cancelled`` event is set.

The analysis itself is the core's (``qaclient.audio``); this module only converts its
results into the player's small shapes (``ui.player.model``).
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

import numpy as np
import soundfile as sf
from PySide6.QtCore import QObject, QRunnable, Signal

# Imported here, on the GUI thread, not inside the jobs: two pool threads importing the
# same module at once can deadlock on Python's import lock.
from qaclient import paths
from qaclient.audio import cache as audio_cache
from qaclient.audio import segments as core_segments
from qaclient.audio.reader import AudioError, cache_key, open_audio
from qaclient.audio.waveform import iter_overview
from ui.player.model import Band, BandKind, Overview

#: a hold longer than this is flagged (a rubric item depends on it)
HOLD_LIMIT_MS = 120_000


class JobSignals(QObject):
    #: token, Overview (shared arrays, filled progressively), fraction done 0..1
    overviewProgress = Signal(int, object, float)
    #: token, Overview complete, from_cache
    overviewDone = Signal(int, object, bool)
    #: token, list[Band]
    segmentsReady = Signal(int, object)
    #: the core's analysis result (``Segments``), for assisted scoring
    analysisReady = Signal(int, object)
    #: token, mode ("agent" | "customer"), path of the playable file
    soloReady = Signal(int, str, str)
    #: token, request serial, Overview of a window of the call (for a zoomed-in view)
    detailReady = Signal(int, int, object)
    #: token, job name ("waveform" | "segments" | "solo" | "detail"), user-readable reason
    failed = Signal(int, str, str)


def _emit(signals: JobSignals, name: str, *args) -> bool:
    """Emit from a worker; False if the receiving panel is gone (then the job just ends)."""
    try:
        getattr(signals, name).emit(*args)
        return True
    except RuntimeError:  # "Signal source has been deleted": the panel was closed
        return False


def columns_for(duration_ms: int | None) -> int:
    """How many overview columns to ask for: ~40 per second, 2,000 … 32,768.

    Enough to zoom in on a short call, bounded for long ones (a 60-minute call gets
    32,768 columns = 110 ms each, 770 kB of cache).
    """
    if not duration_ms:
        return 8192
    return int(min(32768, max(2000, duration_ms // 25)))


def _convert(ov, done_columns: int) -> Overview:
    """The core's overview → the widget's, sharing the arrays (no copy)."""
    spb = max(1, ov.frames // ov.columns) if ov.columns else 1
    column_ms = spb * 1000.0 / ov.samplerate if ov.samplerate else 1.0
    return Overview(
        columns=ov.columns,
        channels=ov.channels,
        duration_ms=ov.duration_ms,
        mins=ov.min,
        maxs=ov.max,
        rms=ov.rms,
        done=done_columns,
        column_ms=column_ms,
    )


class WaveformJob(QRunnable):
    """Streams the overview of one recording, reporting finished columns as they come."""

    #: seconds between progress reports (each one repaints the waveform)
    progress_interval = 0.05

    def __init__(
        self,
        token: int,
        path: str,
        columns: int,
        content_hash: str | None,
        signals: JobSignals,
        cancelled: threading.Event,
    ):
        super().__init__()
        self.token, self.path, self.columns, self.content_hash = token, path, columns, content_hash
        self.signals, self.cancelled = signals, cancelled

    def run(self) -> None:
        try:
            last = None
            for chunk in iter_overview(
                self.path,
                self.columns,
                content_hash=self.content_hash,
                interval=self.progress_interval,
            ):
                if self.cancelled.is_set():
                    return
                last = chunk
                if chunk.done < 1.0 and not _emit(
                    self.signals,
                    "overviewProgress",
                    self.token,
                    _convert(chunk.overview, chunk.end),
                    chunk.done,
                ):
                    return  # the panel is gone
            if last is not None and not self.cancelled.is_set():
                ov = last.overview
                _emit(
                    self.signals,
                    "overviewDone",
                    self.token,
                    _convert(ov, ov.columns),
                    bool(ov.cached),
                )
        except AudioError as exc:
            _emit(self.signals, "failed", self.token, "waveform", exc.reason)
        except Exception as exc:  # noqa: BLE001 - a worker must report, never die silently
            _emit(self.signals, "failed", self.token, "waveform", f"{type(exc).__name__}: {exc}")


class DetailJob(QRunnable):
    """Min/max/RMS of one time window at one column per pixel, for a zoomed-in view.

    The whole-call overview has 25–110 ms per column; zoomed in to a few seconds across
    the screen that is too coarse to see who started speaking first.  The window is small
    (at most ~2 minutes, see ``WaveformWidget.needs_detail``), so it is read in one piece.
    """

    def __init__(
        self,
        token: int,
        serial: int,
        path: str,
        start_ms: int,
        end_ms: int,
        columns: int,
        signals: JobSignals,
        cancelled: threading.Event,
    ):
        super().__init__()
        self.token, self.serial, self.path = token, serial, path
        self.start_ms, self.end_ms, self.columns = start_ms, end_ms, columns
        self.signals, self.cancelled = signals, cancelled

    def run(self) -> None:
        try:
            with open_audio(self.path) as f:
                rate, channels = f.samplerate, f.channels
                a = int(self.start_ms * rate / 1000)
                b = min(f.frames, int(self.end_ms * rate / 1000))
                if b <= a or self.cancelled.is_set():
                    return
                cols = max(1, min(self.columns, b - a))
                spb = (b - a) // cols
                f.seek(a)
                data = f.read(spb * cols, dtype="int16", always_2d=True)
            cols = len(data) // spb
            if cols == 0 or self.cancelled.is_set():
                return
            x = data[: cols * spb].reshape(cols, spb, channels)
            scale = np.float32(1 / 32768)
            mins = (x.min(axis=1).T * scale).astype(np.float32)
            maxs = (x.max(axis=1).T * scale).astype(np.float32)
            xf = x.astype(np.float32)
            rms = (np.sqrt((xf * xf).mean(axis=1)).T * scale).astype(np.float32)
            detail = Overview(
                columns=cols,
                channels=channels,
                duration_ms=round(f.frames * 1000 / rate) if rate else 0,
                mins=np.ascontiguousarray(mins),
                maxs=np.ascontiguousarray(maxs),
                rms=np.ascontiguousarray(rms),
                done=cols,
                column_ms=spb * 1000.0 / rate,
                start_ms=a * 1000.0 / rate,
            )
            _emit(self.signals, "detailReady", self.token, self.serial, detail)
        except AudioError as exc:
            _emit(self.signals, "failed", self.token, "detail", exc.reason)
        except Exception as exc:  # noqa: BLE001
            _emit(self.signals, "failed", self.token, "detail", f"{type(exc).__name__}: {exc}")


def bands_from_analysis(result, agent_channel: int | None) -> list[Band]:
    """Convert the core's segment analysis into bands (holds, silences, talk-overs)."""
    bands: list[Band] = []
    for hold in getattr(result, "holds", []) or []:
        start, end = _span_ms(hold)
        long = getattr(hold, "long", None)
        flagged = bool(long) if long is not None else (end - start) > HOLD_LIMIT_MS
        bands.append(Band(BandKind.HOLD, start, end, flagged=flagged))
    hold_spans = [(b.start_ms, b.end_ms) for b in bands]
    for sil in getattr(result, "silences", []) or []:
        start, end = _span_ms(sil)
        if any(a <= start and end <= b for a, b in hold_spans):
            continue  # a hold is also a silence: draw it once
        bands.append(Band(BandKind.SILENCE, start, end))
    for ov in getattr(result, "talk_overs", None) or []:
        start, end = _span_ms(ov)
        bands.append(Band(BandKind.TALKOVER, start, end, by=_who(ov, agent_channel)))
    return sorted(bands, key=lambda b: b.start_ms)


def _span_ms(seg) -> tuple[int, int]:
    for a, b in (("start_ms", "end_ms"), ("start", "end")):
        if hasattr(seg, a):
            s, e = getattr(seg, a), getattr(seg, b)
            if a == "start" and isinstance(s, float):
                return int(round(s * 1000)), int(round(e * 1000))
            return int(s), int(e)
    if isinstance(seg, dict):
        if "start_ms" in seg:
            return int(seg["start_ms"]), int(seg["end_ms"])
        return int(round(seg["start"] * 1000)), int(round(seg["end"] * 1000))
    s, e = seg[0], seg[1]
    return int(s), int(e)


def _who(seg, agent_channel: int | None) -> str | None:
    who = getattr(seg, "interrupter", None) or getattr(seg, "by", None)
    if who is None and isinstance(seg, dict):
        who = seg.get("interrupter") or seg.get("by")
    if isinstance(who, str):
        return who.lower() if who.lower() in ("agent", "customer") else None
    if isinstance(who, int) and agent_channel is not None:
        return "agent" if who == agent_channel else "customer"
    return None


class SegmentsJob(QRunnable):
    """Detects speech/silence, holds and talk-overs with the core's segment analysis."""

    def __init__(
        self,
        token: int,
        path: str,
        agent_channel: int | None,
        content_hash: str | None,
        signals: JobSignals,
        cancelled: threading.Event,
    ):
        super().__init__()
        self.token, self.path, self.agent_channel, self.content_hash = (
            token,
            path,
            agent_channel,
            content_hash,
        )
        self.signals, self.cancelled = signals, cancelled

    def run(self) -> None:
        try:
            result = core_segments.analyse(
                self.path, agent_channel=self.agent_channel or 0, content_hash=self.content_hash
            )
            if not self.cancelled.is_set():
                _emit(self.signals, "analysisReady", self.token, result)
                _emit(
                    self.signals,
                    "segmentsReady",
                    self.token,
                    bands_from_analysis(result, self.agent_channel),
                )
        except Exception as exc:  # noqa: BLE001 - reported to the panel, shown as a message
            _emit(
                self.signals,
                "failed",
                self.token,
                "segments",
                getattr(exc, "reason", None) or str(exc),
            )


def solo_path(path: str, channel: int, content_hash: str | None) -> Path:
    """Where the one-channel copy of *path* is cached (keyed like the waveform cache)."""
    key = cache_key(path, content_hash)
    return paths.cache_dir("solo") / f"{key}-ch{channel}.wav"


class SoloJob(QRunnable):
    """Writes one channel of a stereo recording to a mono WAV, so it can be played alone.

    QtMultimedia cannot pan or mute one channel of a playing file, so soloing a party
    plays this copy instead (cached, written block by block: an hour at 8 kHz is 58 MB).
    """

    def __init__(
        self,
        token: int,
        path: str,
        channel: int,
        mode: str,
        content_hash: str | None,
        signals: JobSignals,
        cancelled: threading.Event,
    ):
        super().__init__()
        self.token, self.path, self.channel, self.mode = token, path, channel, mode
        self.content_hash, self.signals, self.cancelled = content_hash, signals, cancelled

    def run(self) -> None:
        try:
            target = solo_path(self.path, self.channel, self.content_hash)
            if not target.exists():
                tmp = target.with_name(f".{target.name}.{os.getpid()}.{threading.get_ident()}.tmp")
                with open_audio(self.path) as src:
                    if src.channels <= self.channel:
                        raise AudioError(self.path, f"has no channel {self.channel + 1}")
                    with sf.SoundFile(
                        tmp, "w", src.samplerate, 1, format="WAV", subtype="PCM_16"
                    ) as dst:
                        block = max(4096, src.samplerate * 10)
                        for data in src.blocks(blocksize=block, dtype="int16", always_2d=True):
                            if self.cancelled.is_set():
                                break
                            dst.write(np.ascontiguousarray(data[:, self.channel]))
                if self.cancelled.is_set():
                    tmp.unlink(missing_ok=True)
                    return
                os.replace(tmp, target)
                audio_cache.maybe_prune(target.parent)  # least recently used copies go first
            else:
                audio_cache.touch(target)
            if not self.cancelled.is_set():
                _emit(self.signals, "soloReady", self.token, self.mode, str(target))
        except AudioError as exc:
            _emit(self.signals, "failed", self.token, "solo", exc.reason)
        except Exception as exc:  # noqa: BLE001
            _emit(self.signals, "failed", self.token, "solo", f"{type(exc).__name__}: {exc}")
