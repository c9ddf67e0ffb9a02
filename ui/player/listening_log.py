"""Feeds the listening log (``col.listening``) from the player: plays with their length,
seeks.  Thin: the core service records; this only watches the player's signals."""

from __future__ import annotations

import time
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject

from qaclient.storage.types import utcnow


class ListeningRecorder(QObject):
    """Attach to a player (``playingChanged(bool)``, ``seeked(int)``, ``position()``)."""

    def __init__(self, col: Any, player: Any, parent: QObject | None = None):
        super().__init__(parent)
        self.col = col
        self.player = player
        self.call_id: str | None = None
        self._started: tuple[float, int, datetime] | None = None  # (monotonic, ms, UTC)
        if hasattr(player, "playingChanged"):
            player.playingChanged.connect(self._on_playing)
        if hasattr(player, "seeked"):
            player.seeked.connect(self._on_seek)

    def set_call(self, call_id: str | None) -> None:
        """A new call is open: the running play of the previous one ends here."""
        self._finish()
        self.call_id = call_id

    def _on_playing(self, playing: bool) -> None:
        if playing:
            if self._started is None:
                self._started = (time.monotonic(), int(self.player.position()), utcnow())
        else:
            self._finish()

    def _on_seek(self, ms: int) -> None:
        if self.call_id:
            self._record("seek", position_ms=ms)

    def _finish(self) -> None:
        if self._started is None or not self.call_id:
            self._started = None
            return
        t0, pos, at = self._started
        self._started = None
        self._record(
            "play", position_ms=pos, duration_ms=int((time.monotonic() - t0) * 1000), at=at
        )

    def _record(self, action: str, **kw) -> None:
        try:
            self.col.listening.record(self.call_id, action, **kw)
        except Exception:  # noqa: BLE001 - the log must never stop playback
            pass
