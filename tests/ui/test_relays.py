"""Worker results after their window is gone: no crash, no call into a deleted widget."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QWidget

from ui import relays
from ui.player import PlayerPanel

from .test_player import write_call


class _Relay(QObject):
    result = Signal(int)


class _Receiver(QWidget):
    def __init__(self, relay: _Relay, log: list[int]):
        super().__init__()
        self.log = log
        relay.result.connect(self.on_result)

    def on_result(self, value: int) -> None:
        self.log.append(value)
        self.setWindowTitle(str(value))  # would raise on a deleted widget


def test_a_result_for_a_closed_widget_reaches_nobody(qtbot):
    relay = relays.make(_Relay)
    log: list[int] = []
    receiver = _Receiver(relay, log)
    release = threading.Event()

    class Job(QRunnable):
        def run(self) -> None:
            release.wait(5)
            relay.result.emit(7)

    pool = QThreadPool()
    pool.start(Job())
    shiboken6.delete(receiver)  # the window closes while the job runs
    release.set()
    pool.waitForDone()
    qtbot.wait(50)
    assert log == [] and shiboken6.isValid(relay)


def test_closing_player_panels_while_their_jobs_run(qtbot, tmp_path):
    """Panels closed while the waveform job streams its columns (it emits every 50 ms):
    the relay a job emits on must not be deleted under it."""
    call = write_call(tmp_path / "call.wav", seconds=600)
    for i in range(30):
        panel = PlayerPanel()
        panel.load_call(str(call))
        qtbot.wait(i % 6 * 15)  # close at different moments of the jobs' work
        panel.deleteLater()  # as closing its window does
    qtbot.wait(500)
