"""The scoring loop cannot mislead: focus after switching calls, a draft only from the first
answer, deduction sections confirmed before the total counts, a live problem list, a
visible focus ring, messages that do not move the layout, no submit of an unheard call."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import make_call_audio


@pytest.fixture
def two_calls(col, tmp_path: Path):
    for i, queue in ((1, "billing"), (2, "billing")):
        col.library.add_call(
            f"L-{i}",
            agent="1001",
            queue=queue,
            direction="inbound",
            start=datetime(2026, 11, 16, 9, i, tzinfo=UTC),
            agent_channel=0,
            file=make_call_audio(tmp_path / f"L-{i}.flac", seconds=4),
        )
    return ["L-1", "L-2"]


@pytest.fixture
def checklist_call(col, tmp_path: Path):
    return col.library.add_call(
        "INS-1",
        agent="1001",
        queue="insurance claims",
        direction="inbound",
        start=datetime(2026, 11, 16, 10, 0, tzinfo=UTC),
        agent_channel=0,
        file=make_call_audio(tmp_path / "INS-1.flac", seconds=4),
    )


def _score_keys(qtbot, window, card_with_focus, n: int) -> None:
    for _ in range(n):
        card = card_with_focus(window)
        qtbot.keyClick(card, Qt.Key.Key_1)
        QApplication.processEvents()


def test_opening_another_call_focuses_its_first_unanswered_item(
    qtbot, main_window, two_calls, card_with_focus
):
    window = main_window
    assert window.open_call("L-1")
    first = window.scoring.form.visible_ids()[0]
    assert card_with_focus(window).item.id == first
    _score_keys(qtbot, window, card_with_focus, 4)
    moved_to = card_with_focus(window).item.id
    assert moved_to == window.scoring.form.visible_ids()[4]
    assert window.open_call("L-2")  # a fresh call of the same rubric
    assert window.scoring.current_item_id() == first
    assert card_with_focus(window).item.id == first
    # the next key scores the first item of THIS call, not item 1.5
    qtbot.keyClick(card_with_focus(window), Qt.Key.Key_1)
    assert list(window.scoring.answers) == [first]


def test_a_draft_is_created_by_the_first_answer_not_by_opening(
    qtbot, main_window, two_calls, col, card_with_focus
):
    window = main_window
    col.library.assign(["L-1"], ["tester"], name="today")
    assert window.open_call("L-1")
    window.session.flush()
    assert col.evaluations.list(call_id="L-1") == []
    assert [a.status for a in col.library.assignments()] == ["open"]
    qtbot.wait(2300)  # the playhead timer ticks: listening alone stores nothing
    assert col.evaluations.list(call_id="L-1") == []
    window.tabs.note.commit()
    window.close_call()  # closing a merely opened call stores nothing either
    assert col.evaluations.list(call_id="L-1") == []

    assert window.open_call("L-1")
    qtbot.keyClick(card_with_focus(window), Qt.Key.Key_1)
    window.session.flush()
    stored = col.evaluations.list(call_id="L-1")
    assert len(stored) == 1 and str(stored[0].status) == "draft"
    assert [a.status for a in col.library.assignments()] == ["in_progress"]
    window.close_call()
    assert window.open_call("L-1")
    assert window.session.id == stored[0].id  # resumed, not a second draft


def test_a_deduction_checklist_starts_not_checked(
    qtbot, main_window, checklist_call, col, card_with_focus
):
    window = main_window
    assert window.open_call("INS-1")
    panel = window.scoring
    assert panel.rubric.id == "insurance-hotline-deductions"
    summary = panel.summary
    # never "100 / 100, 19 of 19 answered, grade A" before anyone checked anything
    assert summary.total.text().startswith("— / 100")
    assert summary.grade.text() == "—"
    assert summary.answered.text().startswith("0 of 19")
    assert "3 section(s) not checked" in summary.percent.text()
    assert col.evaluations.list(call_id="INS-1") == []

    # Ctrl+S names the unchecked sections in the problem list
    assert window.submit(unheard_ok=True) is False
    rows = [panel.problems.list.item(i).text() for i in range(panel.problems.list.count())]
    assert len(rows) == 3 and all("not checked" in r for r in rows)
    assert rows[0].startswith("Handling skills") or "not checked" in rows[0]

    # a deduction counted, then Enter: the section is checked, focus goes to the next one
    card = card_with_focus(window)
    first_section = panel.form.sections[0]
    assert card in first_section.cards
    qtbot.keyClick(card, Qt.Key.Key_Plus)
    qtbot.keyClick(card, Qt.Key.Key_Return)
    assert first_section.check.isChecked()
    assert card_with_focus(window) in panel.form.sections[1].cards
    assert panel.problems.list.count() == 2  # the live list shrank
    assert summary.total.text().startswith("— / 100")
    for box in panel.form.sections[1:]:
        qtbot.keyClick(card_with_focus(window), Qt.Key.Key_Return)
        assert box.check.isChecked()
    per = panel.rubric.item(card.item.id).points
    assert summary.total.text().startswith(f"{100 - int(per)} / 100")
    assert summary.grade.text() != "—"
    assert summary.answered.text().startswith("19 of 19")
    assert panel.problems.isHidden()
    window.session.flush()
    view = col.evaluations.get(window.session.id)
    assert all(view.answers[b.section.id].checked for b in panel.form.sections)
    # the button takes a confirmation back
    panel.form.sections[2].check.click()
    assert summary.total.text().startswith("— / 100")
    window.session.flush()
    assert "standard_phrases" not in col.evaluations.get(window.session.id).answers


def test_the_problem_list_shrinks_live_and_leaves(qtbot, main_window, two_calls, card_with_focus):
    window = main_window
    assert window.open_call("L-1")
    panel = window.scoring
    qtbot.keyClick(card_with_focus(window), Qt.Key.Key_1)
    QApplication.processEvents()
    assert window.submit(unheard_ok=True) is False
    total = len(panel.result.unanswered)
    assert panel.problems.isVisible() and panel.problems.list.count() == total
    assert "Cannot submit yet" in panel.problems.heading.text()
    assert str(total) in panel.problems.heading.text()
    assert not window.messages.shown()  # no banner: one list, over the form
    for left in range(total - 1, -1, -1):
        card = card_with_focus(window)
        assert card.property("state") == "problem"
        qtbot.keyClick(card, Qt.Key.Key_1)
        QApplication.processEvents()
        assert panel.problems.list.count() == left
        assert card.property("state") == "normal"
    assert panel.problems.isHidden()
    assert window.submit(unheard_ok=True) is True


def test_clicking_a_problem_goes_to_the_item(qtbot, main_window, two_calls, card_with_focus):
    window = main_window
    assert window.open_call("L-1")
    assert window.submit(unheard_ok=True) is False
    lst = window.scoring.problems.list
    third = lst.item(2)
    lst.itemClicked.emit(third)
    assert card_with_focus(window).item.id == third.data(Qt.ItemDataRole.UserRole)


def _border_colour(card) -> QColor:
    img = card.grab().toImage()
    return QColor(img.pixel(1, img.height() // 2))


def test_the_focus_ring_stays_visible_on_an_outlined_item(
    qtbot, main_window, two_calls, card_with_focus
):
    window = main_window
    assert window.open_call("L-1")
    assert window.submit(unheard_ok=True) is False
    ids = window.scoring.problems.ids()
    window.scoring.form.focus_item(ids[0])
    focused = window.scoring.form.cards[ids[0]]
    other = window.scoring.form.cards[ids[1]]
    assert focused.hasFocus() and focused.property("state") == "problem"
    ring, outline = _border_colour(focused), _border_colour(other)
    assert outline.red() > 150 and outline.blue() < 100  # red outline
    assert ring.blue() > ring.red() + 40  # the blue focus ring wins on the focused card


def test_messages_float_and_never_move_the_layout(qtbot, main_window, two_calls):
    window = main_window
    assert window.open_call("L-1")
    QApplication.processEvents()
    before = (window.splitter.geometry(), window.centre.geometry(), window.scoring.geometry())
    for i in range(3):
        window.messages.error(f"Problem number {i} with a rather long explanation " * 2)
    QApplication.processEvents()
    qtbot.wait(20)
    after = (window.splitter.geometry(), window.centre.geometry(), window.scoring.geometry())
    assert before == after
    bar = window.messages
    assert bar.isVisible()
    visible = [m for m in bar._messages if m.isVisible()]
    assert len(visible) == 1 and visible[0].text().startswith("Problem number 2")
    assert visible[0].pager.text() == "3/3"
    # it covers the player column only, not the form
    assert (
        bar.geometry().right()
        <= window.centre.mapTo(window.centralWidget(), window.centre.rect().bottomRight()).x() + 1
    )


def test_an_analysis_error_of_the_previous_call_is_cleared(qtbot, main_window, two_calls):
    window = main_window
    assert window.open_call("L-1")
    window._audio_failed("the decoder gave up")
    assert any("decoder" in m for m in window.messages.messages())
    window.messages.warning("Sync is not available: no server")  # not about the call
    assert window.open_call("L-2")
    assert not any("decoder" in m for m in window.messages.messages())
    assert any("Sync" in m for m in window.messages.messages())


def test_ctrl_s_needs_some_playback(qtbot, main_window, two_calls, card_with_focus):
    window = main_window
    assert window.open_call("L-1")
    while window.scoring.open_items():
        qtbot.keyClick(card_with_focus(window), Qt.Key.Key_1)
        QApplication.processEvents()
    assert window.submit() is False
    assert "played" in window.messages.shown()
    window.player.player.playingChanged.emit(True)  # the inspector listened
    assert window.submit() is True
    assert "played" not in " ".join(window.messages.messages())


def test_missing_recording_says_so_in_the_waveform(qtbot, main_window, two_calls, col):
    window = main_window
    col.library.get("L-1").path.unlink()
    assert window.open_call("L-1")
    assert "No recording" in window.player.waveform._message
    assert window.open_call("L-2")
    assert window.player.waveform._message == ""


def test_sync_now_is_disabled_without_a_server(qtbot, main_window, monkeypatch):
    assert not main_window.act_sync.isEnabled()
    assert "Settings" in main_window.act_sync.toolTip()
    from qaclient.sync import credentials

    monkeypatch.setenv(credentials.ENV_URL, "postgresql://qa@localhost/qa")
    main_window.update_sync_action()
    assert main_window.act_sync.isEnabled()


def test_sync_status_button_is_disabled_while_not_set_up(qtbot):
    from ui.sync.status import SyncStatusWidget
    from ui.sync.worker import SyncState, SyncStatus

    w = SyncStatusWidget(None)
    qtbot.addWidget(w)
    w.show_status(SyncStatus(state=SyncState.NOT_CONFIGURED))
    assert not w.button.isEnabled() and "Settings" in w.button.toolTip()
    w.show_status(SyncStatus(state=SyncState.UP_TO_DATE))
    assert w.button.isEnabled()


def test_history_names_a_section_check(qtbot, main_window, checklist_call, col, card_with_focus):
    window = main_window
    assert window.open_call("INS-1")
    qtbot.keyClick(card_with_focus(window), Qt.Key.Key_Return)
    window.session.flush()
    window.tabs.setCurrentWidget(window.tabs.history)
    window._refresh_history()
    t = window.tabs.history.table
    sentences = [t.item(r, t.columnCount() - 1).text() for r in range(t.rowCount())]
    checks = [s for s in sentences if s.endswith("section checked")]
    # the section's number and name, not its id ("1 Handling skills: section checked")
    assert checks and checks[0].startswith("1 ")
    assert "handling_skills" not in checks[0]
