"""Assisted scoring in the workspace: suggestions with evidence on the bound items, A
accepts (audited as an accepted suggestion), any other answer overrides, a time seeks."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "assist"))
from callgen import Script  # noqa: E402

# the agent interrupts at 14 (2 s) and 40 (1.5 s); a hold with music 46–76
CALL = Script(
    100,
    agent=[(0.5, 4), (8.5, 12), (14, 17), (22, 26), (40, 46), (76, 80), (86, 90)],
    customer=[(4.5, 8), (11, 16), (18, 21), (33, 41.5), (80.5, 85)],
    holds=[(46, 76, True)],
)


@pytest.fixture
def assist_call(col, tmp_path):
    return col.library.add_call(
        "A-1",
        agent="1001",
        direction="inbound",
        start=datetime(2026, 11, 16, 9, 0, tzinfo=UTC),
        agent_channel=0,
        file=CALL.write(tmp_path / "a1.wav"),
    )


def _open(qtbot, window):
    assert window.open_call("A-1")
    qtbot.waitUntil(lambda: window.scoring.suggestions is not None, timeout=30000)
    return window.scoring.form.cards


def test_suggestions_accept_override_and_seek(qtbot, main_window, assist_call, col):
    window = main_window
    cards = _open(qtbot, window)
    card = cards["no_interrupt"]
    label = card.suggestion_label
    assert label.isVisible()
    assert "Suggested: <b>Pass</b>" in label.text() and "A accepts" in label.text()
    assert (
        '<a href="14000">00:14</a>' in label.text() and '<a href="40000">00:40</a>' in label.text()
    )
    # bound but not measurable here: says why; unbound items show nothing
    assert "No suggestion: 1 hold at 00:46" in cards["hold_reason"].suggestion_label.text()
    assert not cards["greeting"].suggestion_label.isVisible()
    assert card.answer is None  # a suggestion is never an answer by itself

    card.setFocus()
    qtbot.keyClick(card, Qt.Key.Key_A)
    QApplication.processEvents()
    assert card.answer is not None and card.answer.level == "pass"
    assert window.scoring.answers["no_interrupt"].level == "pass"
    assert "✓ Suggested" in label.text()

    music = cards["hold_music"]
    assert "Suggested: <b>Excellent</b>" in music.suggestion_label.text()
    music.setFocus()
    qtbot.keyClick(music, Qt.Key.Key_2)  # the inspector answers otherwise: poor
    QApplication.processEvents()
    assert music.answer.level == "poor"
    assert "your answer differs" in music.suggestion_label.text()

    window.session.flush()
    history = col.evaluations.history(window.session.id)
    accepted = [h for h in history if h.action == "suggestion"]
    assert [h.field for h in accepted] == ["no_interrupt"]
    assert accepted[0].new["accepted_by"] == col.actor
    assert accepted[0].new["note"] == "suggested: 2 agent interruptions at 00:14, 00:40 — accepted"
    answers = {h.field: h.new for h in history if h.action == "answer"}
    assert answers["no_interrupt"] == {"level": "pass"} and answers["hold_music"] == {
        "level": "poor"
    }

    # the history tab words the acceptance
    window.tabs.setCurrentWidget(window.tabs.history)
    window._refresh_history_if_visible()
    table = window.tabs.history.table
    texts = [table.item(r, 2).text() for r in range(table.rowCount())]
    assert any("suggested: 2 agent interruptions at 00:14, 00:40 — accepted by" in t for t in texts)

    # a click on an evidence time seeks the player there
    label.linkActivated.emit("40000")
    qtbot.waitUntil(lambda: abs(window.player.position() - 40000) < 300, timeout=5000)


def test_mono_call_says_why(qtbot, main_window, col, tmp_path):
    mono = Script(60, agent=CALL.agent[:4], customer=CALL.customer[:3], stereo=False)
    col.library.add_call(
        "A-1",
        agent="1001",
        direction="inbound",
        start=datetime(2026, 11, 16, 9, 0, tzinfo=UTC),
        file=mono.write(tmp_path / "mono.wav"),
    )
    cards = _open(qtbot, main_window)
    text = cards["no_interrupt"].suggestion_label.text()
    assert "No suggestion: Mono recording" in text
    card = cards["no_interrupt"]
    card.setFocus()
    qtbot.keyClick(card, Qt.Key.Key_A)  # nothing to accept: no answer appears
    assert card.answer is None
    # no hold on this call: the hold items suggest N/A
    assert "Suggested: <b>N/A</b>" in cards["hold_music"].suggestion_label.text()
