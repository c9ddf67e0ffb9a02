"""``PlayerPanel``: the player the main window embeds (waveform + transport + playback).

API for the main window::

    panel = PlayerPanel()
    panel.load_call(path, duration_ms=..., agent_channel=0, content_hash=..., segments=None)
    panel.set_markers([(ms, label, comment_id), ...])
    panel.position(); panel.seek(ms)
    panel.positionChanged(int) / markerClicked(object) / loadFailed(str) / durationKnown(int)
    panel.shortcuts()  # [(key, description)] for the F1 sheet

Opening a call never blocks: playback starts loading asynchronously, the waveform
overview and the segment detection run on the thread pool and arrive progressively (a
cached overview is shown at once when the library gave us the content hash).  Results of
a call the user has already left are recognised by a load token and dropped.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable

from PySide6.QtCore import Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QScrollBar, QVBoxLayout, QWidget

from ui import relays
from ui.player.analysis import (
    DetailJob,
    JobSignals,
    SegmentsJob,
    WaveformJob,
    _convert,
    bands_from_analysis,
    columns_for,
)
from ui.player.model import Band, BandKind, Marker, Overview
from ui.player.player import Player
from ui.player.transport import TransportBar
from ui.player.waveform_widget import WaveformWidget

#: a talk-over is replayed from this long before it starts, so one hears who cut in
TALKOVER_PREROLL_MS = 1000


class PlayerPanel(QWidget):
    positionChanged = Signal(int)
    markerClicked = Signal(object)
    loadFailed = Signal(str)
    durationKnown = Signal(int)
    #: fraction of the waveform overview computed (0..1); 1.0 when drawn completely
    waveformProgress = Signal(float)
    #: the detected segments arrived (list[Band])
    segmentsReady = Signal(object)
    #: the core's analysis of the open call (``qaclient.audio.segments.Segments``)
    analysed = Signal(object)
    #: a short, non-blocking status line (e.g. "Select a range first"); the main window
    #: may show it in its status bar
    statusMessage = Signal(str)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        short_skip_ms: int = 5000,
        long_skip_ms: int = 15000,
        pool: QThreadPool | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("PlayerPanel")
        self._pool = pool or QThreadPool.globalInstance()
        self.short_skip_ms = short_skip_ms
        self.long_skip_ms = long_skip_ms
        self.player = Player(self, pool=self._pool)
        self.waveform = WaveformWidget(self)
        self.scrollbar = QScrollBar(Qt.Orientation.Horizontal, self)
        self.scrollbar.hide()
        self.transport = TransportBar(self, short_skip_ms=short_skip_ms, long_skip_ms=long_skip_ms)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(self.waveform, 1)
        lay.addWidget(self.scrollbar)
        lay.addWidget(self.transport)

        self._signals = relays.make(JobSignals)
        self._token = 0
        self._cancel = threading.Event()
        self._path: str | None = None
        self._agent_channel: int | None = 0
        self._overview: Overview | None = None
        self._failed = False

        # wiring ----------------------------------------------------------------
        p, w, t = self.player, self.waveform, self.transport
        p.positionChanged.connect(self._on_position)
        p.durationChanged.connect(self._on_duration)
        p.playingChanged.connect(t.set_playing)
        p.rateChanged.connect(lambda r: t.set_rate(r, p.pitch_preserved()))
        p.loadFailed.connect(self._on_failed)
        p.soloChanged.connect(lambda m: t.set_solo(m, p.solo_available()))
        p.soloPreparing.connect(self._on_solo_preparing)
        p.loopChanged.connect(lambda a, b: t.set_loop(a >= 0))
        w.seekRequested.connect(self.seek)
        w.markerClicked.connect(self.markerClicked)
        w.selectionChanged.connect(self._on_selection)
        w.viewChanged.connect(self._on_view)
        self.scrollbar.valueChanged.connect(
            lambda v: w.set_view(v, w.view()[1]) if w.view()[0] != v else None
        )
        t.playPauseRequested.connect(self.toggle_play)
        t.skipRequested.connect(self.skip)
        t.nextRequested.connect(self.jump_next)
        t.loopToggled.connect(self._on_loop_button)
        t.rateRequested.connect(p.set_rate)
        t.soloRequested.connect(p.set_solo)
        t.volumeRequested.connect(p.set_volume)
        t.set_rate(p.rate(), p.pitch_preserved())
        self._signals.overviewProgress.connect(self._on_overview_progress)
        self._signals.overviewDone.connect(self._on_overview_done)
        self._signals.segmentsReady.connect(self._on_segments)
        self._signals.analysisReady.connect(self._on_analysis)
        self._signals.failed.connect(self._on_job_failed)
        self._signals.detailReady.connect(self._on_detail)
        # zoomed in past the overview's resolution: compute the view in detail, once the
        # zooming or scrolling pauses for a moment
        self._detail_serial = 0
        self._detail_timer = QTimer(self)
        self._detail_timer.setSingleShot(True)
        self._detail_timer.setInterval(60)
        self._detail_timer.timeout.connect(self._request_detail)
        w.viewChanged.connect(lambda *_: self._detail_timer.start())
        self._shortcuts = self._make_shortcuts()

    # ------------------------------------------------------------------ public API
    def load_call(
        self,
        path: str,
        *,
        duration_ms: int | None = None,
        agent_channel: int | None = 0,
        content_hash: str | None = None,
        segments: object = None,
    ) -> None:
        """Open a recording: playable at once, waveform and segments follow in the background.

        ``agent_channel``: 0 or 1 for stereo recordings, None for mono.  ``segments``: the
        core's segment analysis (or a list of :class:`Band`) if already known; otherwise
        it is computed here.  Errors arrive as ``loadFailed(message)``, never as exceptions.
        """
        self._cancel.set()
        self._cancel = threading.Event()
        self._token += 1
        token = self._token
        self._path = str(path)
        self._agent_channel = agent_channel
        self._overview = None
        self._failed = False
        w = self.waveform
        w.clear()
        w.set_channels(2 if agent_channel is not None else 1, agent_channel)
        self.transport.set_loop(False)
        self.transport.set_time(0, duration_ms or 0)
        self.transport.set_solo("both", agent_channel is not None)
        if duration_ms:
            w.set_duration(duration_ms)
        if not self.player.load(
            path,
            agent_channel=agent_channel,
            channels=2 if agent_channel is not None else 1,
            content_hash=content_hash,
        ):
            return
        if duration_ms:
            self.player.set_duration_hint(duration_ms)
        columns = columns_for(duration_ms)
        if content_hash and self._show_cached(path, columns, content_hash):
            pass
        else:
            w.set_message(self.tr("Drawing waveform…"))
            self._pool.start(
                WaveformJob(token, self._path, columns, content_hash, self._signals, self._cancel)
            )
        if segments is not None:
            self.set_segments(segments)
        else:
            self._pool.start(
                SegmentsJob(
                    token, self._path, agent_channel, content_hash, self._signals, self._cancel
                )
            )

    def unload(self) -> None:
        self._cancel.set()
        self._token += 1
        self.player.unload()
        self.waveform.clear()
        self.transport.set_time(0, 0)
        self._path = None

    def path(self) -> str | None:
        return self._path

    def position(self) -> int:
        return self.player.position()

    def duration(self) -> int:
        return self.player.duration() or self.waveform.duration()

    def seek(self, ms: int) -> None:
        self.player.seek(ms)

    def skip(self, delta_ms: int) -> None:
        self.player.skip(delta_ms)

    def play(self) -> None:
        self.player.play()

    def pause(self) -> None:
        self.player.pause()

    def toggle_play(self) -> None:
        self.player.toggle()

    def set_markers(self, markers: Iterable[tuple[int, str, object]]) -> None:
        """Comment markers: ``(ms, label, id)``; a click on one emits ``markerClicked(id)``."""
        self.waveform.set_markers([Marker(int(ms), str(label), key) for ms, label, key in markers])

    def set_segments(self, segments: object) -> None:
        """Detected segments: a list of :class:`Band`, or the core's analysis result."""
        if isinstance(segments, list) and all(isinstance(b, Band) for b in segments):
            bands = segments
        else:
            bands = bands_from_analysis(segments, self._agent_channel)
            self.analysed.emit(segments)
        self.waveform.set_bands(bands)
        self.segmentsReady.emit(bands)

    def selection(self) -> tuple[int, int] | None:
        return self.waveform.selection()

    def set_selection(self, start_ms: int, end_ms: int) -> None:
        self.waveform.set_selection(start_ms, end_ms)

    def toggle_loop(self) -> None:
        """L: loop the selected range, or stop looping."""
        if self.player.loop_range() is not None:
            self.player.clear_loop()
            return
        sel = self.waveform.selection()
        if sel is None:
            self.transport.set_loop(False)
            self._status(self.tr("Select a range to loop first: Shift+drag on the waveform."))
            return
        self.player.set_loop(*sel)

    def jump_next(self, kind: str) -> bool:
        """Seek to the next comment / hold / talk-over after the playhead; False if none."""
        pos = self.position()
        targets: list[int]
        if kind == "comment":
            targets = [m.ms for m in self.waveform.markers()]
        elif kind == "hold":
            targets = [
                b.start_ms
                for b in self.waveform.bands()
                if b.kind in (BandKind.HOLD, BandKind.SILENCE)
            ]
        elif kind == "talkover":
            targets = [
                max(0, b.start_ms - TALKOVER_PREROLL_MS)
                for b in self.waveform.bands()
                if b.kind == BandKind.TALKOVER
            ]
        else:
            raise ValueError(f"unknown jump target {kind!r}")
        nxt = next((t for t in sorted(targets) if t > pos + 250), None)
        if nxt is None:
            names = {
                "comment": self.tr("No further comment in this call."),
                "hold": self.tr("No further hold or silence in this call."),
                "talkover": self.tr("No further talk-over in this call."),
            }
            self._status(names[kind])
            return False
        self.seek(nxt)
        return True

    def set_skip_lengths(self, short_ms: int, long_ms: int) -> None:
        """Apply the settings' skip lengths (←/→ and Shift+←/→, and the buttons)."""
        self.short_skip_ms, self.long_skip_ms = int(short_ms), int(long_ms)
        self.transport.set_skip_lengths(short_ms, long_ms)

    def set_output_device(self, device_id: str) -> bool:
        """Apply the settings' audio output (device id as text; empty = system default)."""
        return self.player.set_output_device(device_id)

    def shortcuts(self) -> list[tuple[str, str]]:
        """(key, description) of every player shortcut, for the F1 sheet."""
        return [(seq, desc) for seq, desc, _ in self._shortcut_table()]

    # ------------------------------------------------------------------ shortcuts
    def _shortcut_table(self):
        s, l_ = self.short_skip_ms // 1000, self.long_skip_ms // 1000
        return [
            ("Space", self.tr("Play / pause"), self.toggle_play),
            (
                "Left",
                self.tr("Back %1 seconds").replace("%1", str(s)),
                lambda: self.skip(-self.short_skip_ms),
            ),
            (
                "Right",
                self.tr("Forward %1 seconds").replace("%1", str(s)),
                lambda: self.skip(self.short_skip_ms),
            ),
            (
                "Shift+Left",
                self.tr("Back %1 seconds").replace("%1", str(l_)),
                lambda: self.skip(-self.long_skip_ms),
            ),
            (
                "Shift+Right",
                self.tr("Forward %1 seconds").replace("%1", str(l_)),
                lambda: self.skip(self.long_skip_ms),
            ),
            ("[", self.tr("Slower"), self.player.slower),
            ("]", self.tr("Faster"), self.player.faster),
            ("N", self.tr("Jump to the next comment"), lambda: self.jump_next("comment")),
            ("H", self.tr("Jump to the next hold or silence"), lambda: self.jump_next("hold")),
            ("T", self.tr("Jump to the next talk-over"), lambda: self.jump_next("talkover")),
            ("L", self.tr("Loop the selected range on / off"), self.toggle_loop),
            ("+", self.tr("Zoom in"), self.waveform.zoom_in),
            ("-", self.tr("Zoom out"), self.waveform.zoom_out),
            ("Esc", self.tr("Clear the selected range"), self.waveform.clear_selection),
        ]

    def _make_shortcuts(self) -> list[QShortcut]:
        out = []
        for seq, _desc, slot in self._shortcut_table():
            sc = QShortcut(QKeySequence(seq), self)
            sc.setContext(Qt.ShortcutContext.WindowShortcut)
            sc.setAutoRepeat(seq in ("Left", "Right", "Shift+Left", "Shift+Right", "+", "-"))
            sc.activated.connect(slot)
            out.append(sc)
        # "=" is "+" without Shift on most keyboards
        eq = QShortcut(QKeySequence("="), self)
        eq.activated.connect(self.waveform.zoom_in)
        out.append(eq)
        return out

    # ------------------------------------------------------------------ internals
    def _status(self, text: str) -> None:
        self.statusMessage.emit(text)

    def _show_cached(self, path: str, columns: int, content_hash: str) -> bool:
        """Draw a cached overview synchronously (a small .npz read: a few ms)."""
        from qaclient.audio.waveform import load_cached

        try:
            ov = load_cached(path, columns, content_hash=content_hash)
        except Exception:  # noqa: BLE001 - the worker will report a real problem
            return False
        if ov is None:
            return False
        self._on_overview_done(self._token, _convert(ov, ov.columns), True)
        return True

    def _on_position(self, ms: int) -> None:
        self.waveform.set_position(ms)
        self.transport.set_time(ms)
        self.positionChanged.emit(ms)

    def _on_duration(self, ms: int) -> None:
        if ms <= 0:
            return
        self.waveform.set_duration(ms)
        self.transport.set_time(self.position(), ms)
        self.durationKnown.emit(ms)

    def _accept_overview(self, ov: Overview) -> None:
        if self._overview is None or self._overview.channels != ov.channels:
            self.waveform.set_channels(
                ov.channels, self._agent_channel if ov.channels >= 2 else None
            )
            self.player.set_channels(ov.channels)
            self.transport.set_solo(self.player.solo(), self.player.solo_available())
        self._overview = ov
        if not self.player.duration() and ov.duration_ms:
            self.player.set_duration_hint(ov.duration_ms)
        self.waveform.set_duration(self.player.duration() or ov.duration_ms)
        self.waveform.set_overview(ov)

    def _on_overview_progress(self, token: int, ov: Overview, done: float) -> None:
        if token != self._token:
            return
        self._accept_overview(ov)
        self.waveform.set_message(
            self.tr("Drawing waveform… %1 %").replace("%1", str(int(done * 100)))
        )
        self.waveformProgress.emit(done)

    def _on_overview_done(self, token: int, ov: Overview, cached: bool) -> None:
        if token != self._token:
            return
        self._accept_overview(ov)
        self.waveform.set_message("")
        self.waveformProgress.emit(1.0)
        self._detail_timer.start()  # the user may have zoomed in while it was computed

    def _request_detail(self) -> None:
        need = self.waveform.needs_detail()
        if need is None or self._path is None or self._failed:
            return
        self._detail_serial += 1
        start, end, columns = need
        self._pool.start(
            DetailJob(
                self._token,
                self._detail_serial,
                self._path,
                start,
                end,
                columns,
                self._signals,
                self._cancel,
            )
        )

    def _on_detail(self, token: int, serial: int, detail: Overview) -> None:
        if token == self._token and serial == self._detail_serial:
            self.waveform.set_detail(detail)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._detail_timer.start()  # wider: more pixels per second may need more detail

    def _on_analysis(self, token: int, result: object) -> None:
        if token == self._token:
            self.analysed.emit(result)

    def _on_segments(self, token: int, bands: list[Band]) -> None:
        if token != self._token:
            return
        self.waveform.set_bands(bands)
        self.segmentsReady.emit(bands)

    def _on_job_failed(self, token: int, job: str, reason: str) -> None:
        if token != self._token:
            return
        if job == "waveform":
            if self._failed:
                return  # the player already said what is wrong with the file
            name = (self._path or "").rsplit("/", 1)[-1]
            self.waveform.set_message(self.tr("No waveform: %1").replace("%1", reason))
            self._on_failed(
                self.tr("Cannot analyse “%1”: %2").replace("%1", name).replace("%2", reason)
            )
        elif job == "detail":
            pass  # the coarser overview stays on screen; nothing the user must act on
        elif job == "segments":
            self._status(
                self.tr("Holds and talk-overs could not be detected: %1").replace("%1", reason)
            )

    def _on_failed(self, message: str) -> None:
        if self._failed:
            return  # one message per load: the player and the analysis often fail together
        self._failed = True
        self.waveform.set_message(message)
        self.loadFailed.emit(message)

    def _on_selection(self, start: int, end: int) -> None:
        if start < 0:
            if self.player.loop_range() is not None:
                self.player.clear_loop()
            return
        if self.player.loop_range() is not None:
            self.player.set_loop(start, end)

    def _on_loop_button(self, on: bool) -> None:
        if on == (self.player.loop_range() is not None):
            return
        self.toggle_loop()

    def _on_solo_preparing(self, busy: bool) -> None:
        self.waveform.set_message(self.tr("Preparing solo playback…") if busy else "")

    def _on_view(self, start: int, span: int) -> None:
        dur = self.waveform.duration()
        zoomed = bool(dur) and span < dur
        self.scrollbar.setVisible(zoomed)
        if zoomed:
            self.scrollbar.blockSignals(True)
            self.scrollbar.setRange(0, dur - span)
            self.scrollbar.setPageStep(span)
            self.scrollbar.setSingleStep(max(1, span // 10))
            self.scrollbar.setValue(start)
            self.scrollbar.blockSignals(False)
