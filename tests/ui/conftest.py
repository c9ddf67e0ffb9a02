"""Fixtures of the main-window tests: a real recording in the library and an open window."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

TEST_RUBRIC = """\
format: qaclient-rubric/1
id: ui-test
version: 1
status: active
labels: {zh_CN: 界面测试模板, en: UI test rubric, es: Plantilla de prueba}
grades:
  bands: [{grade: pass, from: 60}, {grade: fail}]
sections:
  - id: main
    labels: {zh_CN: 主要, en: Main, es: Principal}
    items:
      - id: verified
        kind: yesno
        max: 4
        critical: evaluation
        labels: {zh_CN: 核实身份, en: Verified identity, es: Verificó la identidad}
      - id: hold_used
        kind: yesno
        max: 2
        labels: {zh_CN: 使用等候, en: Put the customer on hold, es: Puso en espera}
      - id: hold_explained
        kind: yesno
        max: 2
        visible_when: {item: hold_used, is: yes}
        labels: {zh_CN: 说明等候原因, en: Explained the hold, es: Explicó la espera}
      - id: greeting
        kind: levels
        max: 2
        levels: [excellent, poor]
        labels: {zh_CN: 招呼语, en: Greeting, es: Saludo}
      - id: rude
        kind: deduction
        points: 1
        comment_required: true
        labels: {zh_CN: 态度生硬, en: Curt tone, es: Tono seco}
"""


def make_call_audio(path: Path, seconds: float = 12.0, rate: int = 8000) -> Path:
    """A two-channel telephone-like recording: alternating tone bursts, a silent stretch."""
    t = np.arange(int(seconds * rate)) / rate
    agent = 0.3 * np.sin(2 * np.pi * 440 * t) * ((t % 4) < 2)
    customer = 0.3 * np.sin(2 * np.pi * 660 * t) * ((t % 4) >= 2)
    customer[int(6 * rate) : int(8 * rate)] = 0
    sf.write(path, np.stack([agent, customer], axis=1).astype(np.float32), rate, format="FLAC")
    return path


@pytest.fixture
def ui_call(col, tmp_path: Path):
    """One inbound call with a real FLAC file, added through the library API."""
    audio = make_call_audio(tmp_path / "T-1.flac")
    return col.library.add_call(
        "T-1",
        agent="1001",
        team="Team North",
        queue="billing",
        direction="inbound",
        start=datetime(2026, 11, 16, 9, 0, tzinfo=UTC),
        agent_channel=0,
        file=audio,
    )


@pytest.fixture
def test_rubric(tmp_path: Path) -> Path:
    path = tmp_path / "ui-test.yaml"
    path.write_text(TEST_RUBRIC, encoding="utf-8")
    return path


@pytest.fixture
def main_window(qtbot, col):
    """The real main window on the test store (English), shown offscreen."""
    from PySide6.QtWidgets import QApplication

    from qaclient.settings import Settings
    from ui import i18n
    from ui.main_window import MainWindow

    i18n.install(QApplication.instance(), "en")
    window = MainWindow(col, Settings(), "en")
    qtbot.addWidget(window)
    window.library.refresh()
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    yield window
    window.close_call()


def focused_card(window):
    """The item card that holds the keyboard focus (or None)."""
    from PySide6.QtWidgets import QApplication

    w = QApplication.focusWidget()
    for card in window.scoring.form.cards.values():
        if w is card or (w is not None and card.isAncestorOf(w)):
            return card
    return None


@pytest.fixture
def card_with_focus():
    return focused_card
