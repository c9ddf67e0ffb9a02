"""The player feeds the listening log: a play with its length, a seek."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Signal

from ui.player.listening_log import ListeningRecorder


class FakePlayer(QObject):
    playingChanged = Signal(bool)
    seeked = Signal(int)

    def __init__(self):
        super().__init__()
        self.pos = 0

    def position(self) -> int:
        return self.pos


def test_plays_and_seeks_are_recorded_per_call(qtbot, col):
    player = FakePlayer()
    rec = ListeningRecorder(col, player)
    rec.set_call("c-1")
    player.pos = 5000
    player.playingChanged.emit(True)
    time.sleep(0.05)
    player.seeked.emit(60_000)
    player.playingChanged.emit(False)
    rec.set_call("c-2")  # nothing playing: nothing recorded for c-1 again
    got = col.listening.for_call("c-1")
    assert [(e.action.value, e.position_ms) for e in got] == [("play", 5000), ("seek", 60_000)]
    assert got[0].duration_ms >= 40 and got[0].listener == "tester"
    assert col.listening.for_call("c-2") == []
