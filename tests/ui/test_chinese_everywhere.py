"""Every window and dialog in zh_CN speaks Chinese.

The app is opened in Chinese on the demo data at 1366×768, and every window and dialog a
person reaches is walked: labels, buttons, tabs, table headers and cells, combo items,
group boxes, window titles, menus, chart titles and axes, and the message bar.  Any
visible Latin-script word that is not an id, a unit, a key name or a proper noun (the
allow-list in ``visible_text.py``), nor a word of the user's own data (call ids, names,
queue names, comments - ``data_words``), fails the test with where it was seen.
"""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from qaclient.settings import Settings

from .visible_text import data_words, latin_words, visible_texts

SIZE = (1366, 768)


@pytest.fixture
def chinese(qtbot):
    from ui import i18n

    app = QApplication.instance()
    assert i18n.install(app, "zh_CN")
    yield app
    i18n.install(app, "en")


@pytest.fixture
def demo_col(col):
    from qaclient import demo

    demo.install(col)
    return col


@pytest.fixture
def window(qtbot, chinese, demo_col):
    from ui.main_window import MainWindow

    w = MainWindow(demo_col, Settings(), "zh_CN")
    qtbot.addWidget(w)
    w.resize(*SIZE)
    w.show()
    qtbot.waitExposed(w)
    w.library.refresh()
    yield w
    w.close_call()


class Seen:
    """Collects the English found in each place, so one run reports every place."""

    def __init__(self, col):
        self.allowed = data_words(col)
        self.found: list[str] = []

    def check(self, where: str, widget: QWidget) -> None:
        QApplication.processEvents()
        for place, word, text in latin_words(visible_texts(widget), self.allowed):
            self.found.append(f"{where} / {place}: {word!r} in {text[:120]!r}")

    def check_text(self, where: str, text: str) -> None:
        for _place, word, line in latin_words([(where, text)], self.allowed):
            self.found.append(f"{where}: {word!r} in {line[:120]!r}")

    def check_tabs(self, where: str, root: QWidget, qtbot) -> None:
        for tabs in root.findChildren(QTabWidget):
            if not tabs.isVisibleTo(root):
                continue
            for i in range(QTabWidget.count(tabs)):  # (a subclass may name a child "count")
                QTabWidget.setCurrentIndex(tabs, i)
                qtbot.wait(30)
                self.check(f"{where} tab {QTabWidget.tabText(tabs, i)}", root)

    def assert_none(self) -> None:
        assert not self.found, "English in the Chinese UI:\n" + "\n".join(dict.fromkeys(self.found))


def _score_a_few(qtbot, window, n: int = 3) -> None:
    from .conftest import focused_card

    for _ in range(n):
        card = focused_card(window)
        if card is None:
            window.focus_next_unanswered()
            card = focused_card(window)
        if card is None:
            return
        qtbot.keyClick(card, Qt.Key.Key_1)
        QApplication.processEvents()


def test_workspace_library_and_dialogs_speak_chinese(qtbot, window, demo_col):
    seen = Seen(demo_col)
    seen.check("start", window)

    # an English call, the deduction checklist, an outbound call, then a Chinese inbound one
    for call_id in ("DEMO-EN-03", "DEMO-ZH-09", "DEMO-ZH-07", "DEMO-ZH-01"):
        assert window.open_call(call_id)
        _score_a_few(qtbot, window)
        window.comment_at_playhead()
        window.tabs.comments.text.setText("开场白完整")
        qtbot.keyClick(window.tabs.comments.text, Qt.Key.Key_Return)
        window.session.flush()
        window.submit()  # refused: unanswered items are listed in the message bar
        seen.check(f"call {call_id}", window)
        for m in window.messages.messages():
            seen.check_text(f"call {call_id} message bar", m)
        seen.check_tabs(f"call {call_id}", window, qtbot)
    # the library tab with its filters
    window.library.setCurrentIndex(1)
    window.library.refresh()
    qtbot.wait(200)
    seen.check("library", window)

    # dialogs
    sheet = window.show_shortcuts()
    seen.check("shortcuts", sheet)
    sheet.close()

    from ui.settings_dialog import SettingsDialog

    dlg = SettingsDialog(Settings(), window)
    dlg.show()
    seen.check("settings", dlg)
    seen.check_tabs("settings", dlg, qtbot)
    dlg.close()

    from ui.app import run_demo_install, welcome_box

    box = welcome_box(window)
    box.show()
    seen.check("welcome", box)
    box.close()

    window.messages.clear()
    progress = run_demo_install(window)
    progress.show()
    seen.check("demo progress", progress)
    qtbot.waitUntil(lambda: not progress.isVisible(), timeout=20_000)
    seen.check("demo loaded", window.messages)
    shown = window.messages.messages()
    assert any("演示数据已加载" in m for m in shown), shown
    for m in shown:
        seen.check_text("message bar", m)
    seen.assert_none()


def test_trainer_and_reports_speak_chinese(qtbot, window, demo_col, tmp_path):
    seen = Seen(demo_col)
    # a submitted evaluation and a coaching session, so the trainer's view has content
    assert window.open_call("DEMO-ZH-01")
    _score_a_few(qtbot, window, 40)
    assert window.submit(unheard_ok=True), window.messages.messages()  # listening aside
    window.close_call()
    agent = demo_col.library.get("DEMO-ZH-01").agent
    demo_col.coaching.create_session(agent=agent, title="开场白")
    coach = window.open_tool("coaching")
    coach.resize(*SIZE)
    coach.agent.setCurrentIndex(coach.agent.findData(agent))
    coach.load_agent()
    qtbot.wait(100)
    assert coach.recent.rowCount() >= 1
    seen.check("trainer", coach)
    seen.check_tabs("trainer", coach, qtbot)
    # the coaching pack the agent signs, in Chinese
    result = coach.export_pack(str(tmp_path))
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(result.pdf), "-"], capture_output=True, text=True
        ).stdout
        seen.check_text("coaching pack PDF", text)

    reports = window.open_tool("reports")
    reports.resize(*SIZE)
    qtbot.waitUntil(lambda: reports.report is not None, timeout=30_000)
    seen.check("reports", reports)
    seen.check_tabs("reports", reports, qtbot)
    seen.assert_none()
