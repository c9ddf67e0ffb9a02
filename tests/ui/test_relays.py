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
    from PySide6.QtCore import QThreadPool

    call = write_call(tmp_path / "call.wav", seconds=600)
    pool = QThreadPool()
    panels, relays_used = [], []
    done: list[int] = []
    with qtbot.captureExceptions() as exceptions:
        for i in range(30):
            panel = PlayerPanel(pool=pool)
            panel.load_call(str(call))
            panel._signals.overviewDone.connect(lambda *_: done.append(1))
            panels.append(panel)
            relays_used.append(panel._signals)
            qtbot.wait(i % 6 * 15)  # close at different moments of the jobs' work
            panel.deleteLater()  # as closing its window does
        qtbot.waitUntil(lambda: not any(shiboken6.isValid(p) for p in panels), timeout=5000)
        assert pool.waitForDone(60_000)
        qtbot.wait(100)  # late results are delivered (to nobody)
    assert exceptions == []
    assert all(shiboken6.isValid(r) for r in relays_used)  # no relay died under a job
    assert done  # the jobs did run on after their panels were gone
