"""The message strip: stacking, closing, timeouts that outlive their window."""

from __future__ import annotations

from ui.message_bar import MessageBar


def test_info_closes_itself_and_the_bar_hides(qtbot):
    bar = MessageBar()
    qtbot.addWidget(bar)
    assert bar.isHidden()  # nothing to say: no empty strip
    bar.show_message("Saved", "info", timeout_ms=50)
    assert bar.messages() == ["Saved"] and not bar.isHidden()
    qtbot.waitUntil(lambda: bar.messages() == [], timeout=2000)
    assert bar.isHidden()


def test_same_text_twice_is_shown_once_and_errors_stay(qtbot):
    bar = MessageBar()
    qtbot.addWidget(bar)
    first = bar.error("Disk full")
    assert bar.error("Disk full") is first
    qtbot.wait(100)
    assert bar.messages() == ["Disk full"]
    first.dismiss()
    first.dismiss()  # a second close (button and timer together) is harmless
    assert bar.messages() == []


def test_a_timeout_after_its_window_is_gone_does_nothing(qtbot):
    bar = MessageBar()
    witness = MessageBar()  # a bar that stays: its timeout firing shows the time has passed
    qtbot.addWidget(witness)
    with qtbot.captureExceptions() as exceptions:
        bar.show_message("Synced", "info", timeout_ms=100)
        witness.show_message("Synced", "info", timeout_ms=150)
        bar.deleteLater()
        qtbot.waitUntil(lambda: not bar_alive(bar), timeout=2000)
        qtbot.waitUntil(lambda: witness.messages() == [], timeout=2000)
        qtbot.wait(50)
    assert exceptions == []  # no "C++ object already deleted" from the dead bar's timer


def bar_alive(bar) -> bool:
    import shiboken6

    return shiboken6.isValid(bar)


def test_oldest_message_goes_when_more_than_four(qtbot):
    bar = MessageBar()
    qtbot.addWidget(bar)
    for i in range(6):
        bar.warning(f"w{i}")
    assert bar.messages() == ["w2", "w3", "w4", "w5"]
