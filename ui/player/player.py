"""Playback of one call: QMediaPlayer + QAudioOutput with what an inspector needs on top.

- ``load()`` is asynchronous (``QMediaPlayer.setSource`` returns at once and the FFmpeg
  backend opens the file in the background), so a one-hour call is playable almost
  immediately; errors arrive later as ``loadFailed`` with a message a user can act on.
- Speed 0.5×–2× in steps, with pitch preserved where the backend can
  (``QMediaPlayer.pitchCompensationAvailability()``, Qt 6.10+): *Available* → we switch it
  on; *AlwaysOn* → nothing to do; *Unavailable* (or Qt older than 6.10) → the voice gets
  higher/lower with the speed, and ``pitch_preserved()`` is False so the UI can say so.
- Loop of a selected range, enforced by a 15 ms poll while playing (QMediaPlayer has no
  native A–B loop).
- Solo agent / solo customer: QtMultimedia cannot pan or mute one channel of a file, so a
  worker writes the chosen channel to a cached mono WAV (``analysis.SoloJob``) and the
  player switches to it at the same position and play state; "both" switches back.
  Until the copy is ready (a few hundred ms for an hour) both parties keep playing.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, QTimer, QUrl, Signal
from PySide6.QtMultimedia import QAudioOutput, QMediaDevices, QMediaPlayer

from ui import relays
from ui.player.analysis import JobSignals, SoloJob
from ui.player.media_player import AudioOutput, MediaPlayer

#: playback speeds offered, slowest first ([ and ] step through them)
SPEEDS = (0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0)


class SoloMode:
    BOTH = "both"
    AGENT = "agent"
    CUSTOMER = "customer"


class Player(QObject):
    positionChanged = Signal(int)
    durationChanged = Signal(int)
    playingChanged = Signal(bool)
    seeked = Signal(int)  # a seek the user asked for (the listening log records it)
    rateChanged = Signal(float)
    #: a clear sentence for the user (file missing, not audio, …)
    loadFailed = Signal(str)
    #: the media is loaded and can play
    ready = Signal()
    soloChanged = Signal(str)
    #: True while a solo copy is being prepared
    soloPreparing = Signal(bool)
    loopChanged = Signal(int, int)  # (-1, -1) when off

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None):
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        # engine calls release the GIL: see media_player.py for the deadlock they avoid
        self._player = MediaPlayer(self)
        self._output = AudioOutput(self)
        self._player.setAudioOutput(self._output)
        self._path: str | None = None
        self._content_hash: str | None = None
        self._agent_channel: int | None = 0
        self._channels = 0
        self._duration = 0
        self._rate = 1.0
        self._loop: tuple[int, int] | None = None
        self._solo = SoloMode.BOTH
        self._token = 0
        self._cancel = threading.Event()
        self._pending_seek: int | None = None
        self._pending_play = False
        self._switching = False
        self._seen_loading = False
        self._failed = False
        self._signals = relays.make(JobSignals)
        self._signals.soloReady.connect(self._on_solo_ready)
        self._signals.failed.connect(self._on_job_failed)
        self._poll = QTimer(self)
        self._poll.setInterval(15)
        self._poll.timeout.connect(self._tick)
        self._player.positionChanged.connect(self._on_position)
        self._player.durationChanged.connect(self._on_duration)
        self._player.playbackStateChanged.connect(self._on_state)
        self._player.mediaStatusChanged.connect(self._on_status)
        self._player.errorOccurred.connect(self._on_error)
        self._pitch = self._enable_pitch_compensation()

    # ------------------------------------------------------------------ loading
    def load(
        self,
        path: str,
        *,
        agent_channel: int | None = 0,
        channels: int = 0,
        content_hash: str | None = None,
    ) -> bool:
        """Start loading *path*; returns False (and emits ``loadFailed``) if it is plainly missing."""
        self._cancel.set()
        self._cancel = threading.Event()
        self._token += 1
        self._player.stop()
        self._path = str(path)
        self._content_hash = content_hash
        self._agent_channel = agent_channel
        self._channels = channels
        self._duration = 0
        self._loop = None
        self._failed = False
        self._pending_seek = None
        self._pending_play = False
        if self._solo != SoloMode.BOTH:
            self._solo = SoloMode.BOTH
            self.soloChanged.emit(self._solo)
        p = Path(path)
        if not p.is_file():
            self._player.setSource(QUrl())
            self._fail(
                self.tr(
                    "The recording “%1” cannot be found. It may have been moved or deleted."
                ).replace("%1", str(path))
            )
            return False
        self._seen_loading = False
        self._player.setSource(QUrl.fromLocalFile(str(p.resolve())))
        if self._player.mediaStatus() != QMediaPlayer.MediaStatus.LoadingMedia:
            self._seen_loading = True  # the same file again: QMediaPlayer keeps it loaded
        return True

    def unload(self) -> None:
        self._cancel.set()
        self._token += 1
        self._player.stop()
        self._player.setSource(QUrl())
        self._path = None
        self._duration = 0
        self._loop = None

    def set_channels(self, channels: int) -> None:
        """Told by the panel once the analysis knows the channel count (solo needs stereo)."""
        self._channels = channels

    def path(self) -> str | None:
        return self._path

    def media_player(self) -> QMediaPlayer:
        """The underlying QMediaPlayer (tests and the bench look at it)."""
        return self._player

    def is_loaded(self) -> bool:
        return self._player.mediaStatus() in (
            QMediaPlayer.MediaStatus.LoadedMedia,
            QMediaPlayer.MediaStatus.BufferingMedia,
            QMediaPlayer.MediaStatus.BufferedMedia,
            QMediaPlayer.MediaStatus.EndOfMedia,
        )

    # ------------------------------------------------------------------ transport
    def play(self) -> None:
        if self._path is None or self._failed:
            return
        if self._player.mediaStatus() == QMediaPlayer.MediaStatus.EndOfMedia:
            self._player.setPosition(self._loop[0] if self._loop else 0)
        self._player.play()

    def pause(self) -> None:
        self._player.pause()

    def toggle(self) -> None:
        if self.is_playing():
            self.pause()
        else:
            self.play()

    def is_playing(self) -> bool:
        return self._player.playbackState() == QMediaPlayer.PlaybackState.PlayingState

    def position(self) -> int:
        if self._pending_seek is not None:
            return self._pending_seek
        return int(self._player.position())

    def duration(self) -> int:
        return self._duration

    def seek(self, ms: int) -> None:
        ms = max(0, int(ms))
        if self._duration:
            ms = min(ms, self._duration)
        self.seeked.emit(ms)
        if self._switching or not self.is_loaded():
            self._pending_seek = ms
            self.positionChanged.emit(ms)
            return
        self._player.setPosition(ms)
        self.positionChanged.emit(ms)

    def skip(self, delta_ms: int) -> None:
        self.seek(self.position() + int(delta_ms))

    # ------------------------------------------------------------------ speed
    def rate(self) -> float:
        return self._rate

    def set_rate(self, rate: float) -> None:
        rate = float(min(SPEEDS[-1], max(SPEEDS[0], rate)))
        if abs(rate - self._rate) < 1e-6 and abs(self._player.playbackRate() - rate) < 1e-6:
            return
        self._rate = rate
        self._player.setPlaybackRate(rate)
        self.rateChanged.emit(rate)

    def faster(self) -> None:
        self.set_rate(next((s for s in SPEEDS if s > self._rate + 1e-6), SPEEDS[-1]))

    def slower(self) -> None:
        self.set_rate(next((s for s in reversed(SPEEDS) if s < self._rate - 1e-6), SPEEDS[0]))

    def pitch_preserved(self) -> bool:
        """Whether changing the speed keeps voices at their pitch on this backend."""
        return self._pitch

    def _enable_pitch_compensation(self) -> bool:
        availability = getattr(self._player, "pitchCompensationAvailability", None)
        if availability is None:  # Qt < 6.10: no control; FFmpeg backend does not compensate
            return False
        state = availability()
        enum = QMediaPlayer.PitchCompensationAvailability
        if state == enum.AlwaysOn:
            return True
        if state == enum.Available:
            self._player.setPitchCompensation(True)
            return bool(self._player.pitchCompensation())
        return False

    # ------------------------------------------------------------------ volume
    def volume(self) -> int:
        return round(self._output.volume() * 100)

    def set_volume(self, percent: int) -> None:
        self._output.setVolume(max(0, min(100, int(percent))) / 100)

    def set_muted(self, muted: bool) -> None:
        self._output.setMuted(muted)

    def audio_output(self) -> QAudioOutput:
        return self._output

    def set_output_device(self, device_id: str) -> bool:
        """Play through the output whose id (as text, as the settings store it) matches.

        An empty id means the system default.  Returns False (and keeps the current
        output) when no such device is present, e.g. a headset that was unplugged.
        """
        if not device_id:
            self._output.setDevice(QMediaDevices.defaultAudioOutput())
            return True
        for device in QMediaDevices.audioOutputs():
            if bytes(device.id().data()).decode(errors="replace") == device_id:
                self._output.setDevice(device)
                return True
        return False

    # ------------------------------------------------------------------ loop
    def loop_range(self) -> tuple[int, int] | None:
        return self._loop

    def set_loop(self, start_ms: int, end_ms: int) -> None:
        """Replay ``start_ms``..``end_ms`` until the loop is cleared; jumps into it if outside."""
        a, b = sorted((max(0, int(start_ms)), int(end_ms)))
        if b - a < 100:
            self.clear_loop()
            return
        self._loop = (a, b)
        pos = self.position()
        if not a <= pos < b:
            self.seek(a)
        self.loopChanged.emit(a, b)
        self._update_poll()

    def clear_loop(self) -> None:
        if self._loop is not None:
            self._loop = None
            self.loopChanged.emit(-1, -1)
        self._update_poll()

    # ------------------------------------------------------------------ solo
    def solo(self) -> str:
        return self._solo

    def solo_available(self) -> bool:
        return self._channels >= 2 and self._agent_channel in (0, 1)

    def set_solo(self, mode: str) -> None:
        """Play only the agent, only the customer, or both (see the module docstring)."""
        if mode == self._solo or self._path is None:
            return
        if mode != SoloMode.BOTH and not self.solo_available():
            self.soloChanged.emit(self._solo)
            return
        self._solo = mode
        self.soloChanged.emit(mode)
        if mode == SoloMode.BOTH:
            self._switch_source(self._path)
            return
        channel = (
            self._agent_channel if mode == SoloMode.AGENT else 1 - int(self._agent_channel or 0)
        )
        self.soloPreparing.emit(True)
        self._pool.start(
            SoloJob(
                self._token,
                self._path,
                int(channel),
                mode,
                self._content_hash,
                self._signals,
                self._cancel,
            )
        )

    def _on_solo_ready(self, token: int, mode: str, path: str) -> None:
        if token != self._token or mode != self._solo:
            return
        self.soloPreparing.emit(False)
        self._switch_source(path)

    def _on_job_failed(self, token: int, job: str, reason: str) -> None:
        if token != self._token:
            return
        self.soloPreparing.emit(False)
        self._solo = SoloMode.BOTH
        self.soloChanged.emit(self._solo)
        self.loadFailed.emit(self.tr("Cannot play one party alone: %1").replace("%1", reason))

    def _switch_source(self, path: str) -> None:
        """Swap the playing file, keeping position and play state (the solo switch)."""
        self._pending_seek = self.position()
        self._pending_play = self.is_playing()
        self._switching = True
        self._seen_loading = False  # before stop(): stopping reports the old file "loaded"
        self._player.stop()
        self._player.setSource(QUrl.fromLocalFile(path))

    # ------------------------------------------------------------------ QMediaPlayer events
    def _on_status(self, status: QMediaPlayer.MediaStatus) -> None:
        # A LoadedMedia may still come from the file being replaced (stopping it reports
        # "loaded"); only one that follows the new file's LoadingMedia means it is ready.
        if status == QMediaPlayer.MediaStatus.LoadingMedia:
            self._seen_loading = True
        if (
            status == QMediaPlayer.MediaStatus.LoadedMedia
            and (self._switching or self._pending_seek is not None)
            and self._seen_loading
        ):
            self._switching = False
            if self._pending_seek is not None:
                self._player.setPosition(self._pending_seek)
                self._pending_seek = None
            self._player.setPlaybackRate(self._rate)
            if self._pending_play:
                self._pending_play = False
                self._player.play()
        if status == QMediaPlayer.MediaStatus.LoadedMedia:
            self.ready.emit()
        elif status == QMediaPlayer.MediaStatus.InvalidMedia and not self._failed:
            self._fail(self._unreadable(self._player.errorString()))
        elif status == QMediaPlayer.MediaStatus.EndOfMedia and self._loop is not None:
            self._player.setPosition(self._loop[0])
            self._player.play()

    def _on_error(self, error: QMediaPlayer.Error, text: str) -> None:
        if error == QMediaPlayer.Error.NoError or self._failed:
            return
        self._fail(self._unreadable(text))

    def _unreadable(self, detail: str) -> str:
        name = Path(self._path or "").name
        msg = self.tr(
            "Cannot play “%1”: the file is damaged or not a supported audio format."
        ).replace("%1", name)
        if detail:
            msg += " (" + detail.strip().rstrip(".") + ")"
        return msg

    def _fail(self, message: str) -> None:
        self._failed = True
        self._poll.stop()
        self.loadFailed.emit(message)

    def _on_duration(self, ms: int) -> None:
        if ms > 0 and not self._switching and ms != self._duration:
            self._duration = int(ms)
            self.durationChanged.emit(self._duration)

    def set_duration_hint(self, ms: int) -> None:
        """A duration known before the backend reports one (library metadata, analysis)."""
        if ms > 0 and not self._duration:
            self._duration = int(ms)
            self.durationChanged.emit(self._duration)

    def _on_position(self, ms: int) -> None:
        if self._switching or self._pending_seek is not None:
            return
        if self._loop is not None and ms >= self._loop[1]:
            self._player.setPosition(self._loop[0])
            ms = self._loop[0]
        self.positionChanged.emit(int(ms))

    def _on_state(self, state: QMediaPlayer.PlaybackState) -> None:
        if self._switching:
            return
        self._update_poll()
        self.playingChanged.emit(state == QMediaPlayer.PlaybackState.PlayingState)

    def _update_poll(self) -> None:
        if self.is_playing():
            self._poll.start()
        else:
            self._poll.stop()

    def _tick(self) -> None:
        """Smooth playhead and tight loop ends: QMediaPlayer reports position only coarsely."""
        if self._switching or self._pending_seek is not None:
            return
        pos = int(self._player.position())
        if self._loop is not None and pos >= self._loop[1]:
            self._player.setPosition(self._loop[0])
            pos = self._loop[0]
        self.positionChanged.emit(pos)
