"""The workspace on a laptop screen: with a call open at 1280×800 and 1366×768 the call
list, the player and the form are all visible, and every transport control is whole,
unobstructed and works by mouse; the player's keys still work."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget

from qaclient import settings as settings_mod

CONTROLS = (
    "back_long",
    "back_short",
    "play_button",
    "fwd_short",
    "fwd_long",
    "next_comment",
    "next_hold",
    "next_talkover",
    "loop_button",
    "time_label",
    "speed",
    "solo",
    "volume_icon",
    "volume",
)


def _rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


def _open_at(qtbot, window, size: tuple[int, int]) -> None:
    window.resize(*size)
    qtbot.waitUntil(lambda: window.width() == size[0] and window.height() == size[1])
    assert window.open_call("T-1")
    QApplication.processEvents()
    transport = window.player.transport
    # the bar's rows follow its width (heightForWidth): wait for the relayout to land
    qtbot.waitUntil(
        lambda: transport.height() >= transport.heightForWidth(transport.width()), timeout=2000
    )


def _assert_workspace_fits(window) -> None:
    central = window.centralWidget()
    sizes = window.splitter.sizes()
    assert sizes[0] >= 240, f"call list folded or too narrow: {sizes}"
    assert sizes[1] >= 400, f"player too narrow: {sizes}"
    assert sizes[2] >= 450, f"form too narrow: {sizes}"
    for pane in (window.library, window.player, window.scoring):
        assert pane.isVisible()
        r = _rect_in(pane, central)
        assert central.rect().contains(r), f"{type(pane).__name__} {r} leaves the window"
    # the form shows its level buttons' whole text (Spanish is the widest of the three)
    assert window.scoring.width() >= window.scoring.natural_width() - 2


def _assert_transport_whole(window) -> None:
    panel, t = window.player, window.player.transport
    assert _rect_in(panel, window).contains(_rect_in(t, window))
    rects = {}
    for name in CONTROLS:
        w = getattr(t, name)
        assert w.isVisible(), f"{name} is hidden"
        r = _rect_in(w, t)
        assert t.rect().contains(r), f"{name} {r} is clipped by the bar {t.rect()}"
        want = w.minimumSizeHint() if name == "volume" else w.sizeHint()
        assert r.width() >= want.width(), f"{name} squeezed to {r.width()} < {want.width()}"
        rects[name] = r
    names = list(rects)
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            assert not rects[a].intersects(rects[b]), f"{a} overlaps {b}"


@pytest.mark.parametrize("size", [(1280, 800), (1366, 768)])
def test_laptop_screens_show_list_player_and_form_with_a_call_open(
    qtbot, main_window, ui_call, size
):
    window = main_window
    _open_at(qtbot, window, size)
    _assert_workspace_fits(window)
    t = window.player.transport
    assert t.is_wrapped()  # too narrow for one row: the options moved under the time
    _assert_transport_whole(window)
    assert window.library.queue.table.isVisible() or window.library.table.isVisible()

    # every control works by mouse ...
    p = window.player
    qtbot.waitUntil(lambda: p.duration() > 0, timeout=5000)
    p.seek(1000)
    qtbot.waitUntil(lambda: abs(p.position() - 1000) < 100, timeout=2000)
    qtbot.mouseClick(t.fwd_short, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: abs(p.position() - 6000) < 150, timeout=2000)
    qtbot.mouseClick(t.back_short, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: abs(p.position() - 1000) < 150, timeout=2000)
    qtbot.mouseClick(t.fwd_long, Qt.MouseButton.LeftButton)  # past the 12 s end: clamped
    qtbot.mouseClick(t.back_long, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: p.position() < 200, timeout=2000)
    p.set_markers([(3000, "x", "c1")])
    qtbot.mouseClick(t.next_comment, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: abs(p.position() - 3000) < 150, timeout=2000)
    qtbot.mouseClick(t.next_hold, Qt.MouseButton.LeftButton)  # a message if there is none
    qtbot.mouseClick(t.next_talkover, Qt.MouseButton.LeftButton)
    p.set_selection(2000, 4000)
    qtbot.mouseClick(t.loop_button, Qt.MouseButton.LeftButton)
    assert p.player.loop_range() is not None and t.loop_button.isChecked()
    qtbot.mouseClick(t.loop_button, Qt.MouseButton.LeftButton)
    assert p.player.loop_range() is None

    def choose(combo, index: int) -> None:
        """Open the combo box's list with the mouse, pick a row in it (by arrow keys: the
        offscreen platform gives popups a nonsense width) and confirm with Enter."""
        qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)
        view = combo.view()
        qtbot.waitUntil(view.isVisible, timeout=2000)
        step = index - combo.currentIndex()
        for _ in range(abs(step)):
            qtbot.keyClick(view, Qt.Key.Key_Down if step > 0 else Qt.Key.Key_Up)
        qtbot.keyClick(view, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not view.isVisible(), timeout=2000)

    choose(t.speed, t.speed.findData(1.5))
    assert p.player.rate() == 1.5
    choose(t.solo, t.solo.findData("agent"))
    qtbot.waitUntil(lambda: p.player.solo() == "agent", timeout=5000)
    choose(t.solo, t.solo.findData("both"))
    qtbot.waitUntil(lambda: p.player.solo() == "both", timeout=5000)
    groove = t.volume.rect()
    qtbot.mouseClick(t.volume, Qt.MouseButton.LeftButton, pos=QPoint(4, groove.center().y()))
    qtbot.waitUntil(lambda: t.volume.value() < 100, timeout=2000)
    qtbot.mouseClick(t.play_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(p.player.is_playing, timeout=3000)
    qtbot.mouseClick(t.play_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not p.player.is_playing(), timeout=3000)

    # ... and the keys are unchanged
    window.focus_form()
    p.seek(1000)
    qtbot.waitUntil(lambda: abs(p.position() - 1000) < 100, timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: abs(p.position() - 6000) < 150, timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_Left)
    qtbot.waitUntil(lambda: abs(p.position() - 1000) < 150, timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_BracketLeft)
    assert p.player.rate() == 1.25
    qtbot.keyClick(window, Qt.Key.Key_BracketRight)
    assert p.player.rate() == 1.5


def test_wide_screen_keeps_the_transport_on_one_row(qtbot, main_window, ui_call):
    window = main_window
    _open_at(qtbot, window, (1600, 1000))
    _assert_workspace_fits(window)
    assert not window.player.transport.is_wrapped()
    _assert_transport_whole(window)


def test_chinese_workspace_fits_a_1280_screen(qtbot, col, ui_call):
    from ui import i18n
    from ui.main_window import MainWindow

    app = QApplication.instance()
    assert i18n.install(app, "zh_CN")
    try:
        window = MainWindow(col, settings_mod.Settings(), "zh_CN")
        qtbot.addWidget(window)
        window.library.refresh()
        window.show()
        qtbot.waitExposed(window)
        _open_at(qtbot, window, (1280, 800))
        _assert_workspace_fits(window)
        _assert_transport_whole(window)
        assert window.player.transport.solo.currentText() == "双方"
        window.close_call()
    finally:
        i18n.install(app, "en")


def test_narrower_windows_fold_the_call_list_and_ctrl_l_brings_it_back(qtbot, main_window, ui_call):
    window = main_window
    _open_at(qtbot, window, (1024, 700))
    assert window.splitter.sizes()[0] == 0
    _assert_transport_whole(window)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.splitter.sizes()[0] > 200
