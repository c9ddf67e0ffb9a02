"""The inspector's loop on real widgets: open a call, score by keyboard, comment with M, submit."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def _open_from_list(qtbot, window, call_id: str) -> None:
    window.library.setCurrentIndex(1)
    table = window.library.table
    model = window.library.model
    row = next(r for r in range(model.rowCount()) if model.call_at(r).call_id == call_id)
    table.setFocus()
    table.selectRow(row)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.call is not None and window.call.call_id == call_id


def test_score_every_item_by_keyboard_comment_and_submit(
    qtbot, main_window, ui_call, col, card_with_focus
):
    window = main_window
    window.library.refresh()
    _open_from_list(qtbot, window, "T-1")
    assert window.session is not None
    rubric = window.scoring.rubric
    assert rubric is not None and rubric.id == "inbound-call"

    # the first unanswered item has the focus; 2 (good) for the first five-level item, 1 elsewhere
    first_five = next(i.id for i in rubric.items if len(i.levels) == 5)
    pressed = 0
    while window.scoring.result.unanswered and pressed < 60:
        card = card_with_focus(window)
        assert card is not None, "an item card must hold the focus while scoring"
        key = Qt.Key.Key_2 if card.item.id == first_five else Qt.Key.Key_1
        qtbot.keyClick(card, key)
        QApplication.processEvents()  # the form moves on to the next item in the next turn
        pressed += 1
    assert not window.scoring.result.unanswered
    assert pressed >= len([i for i in rubric.items if window.scoring.result.items[i.id].visible])

    greeting_max = rubric.item(first_five).max
    good = rubric.item(first_five).level("good").points
    expected = Decimal(100) - greeting_max + good
    assert window.scoring.result.total == expected
    shown = window.scoring.summary.total.text()
    assert shown.startswith(format(expected.normalize(), "f") + " / 100")

    # M: a comment at the playhead, linked to the focused item
    window.player.seek(3000)
    qtbot.wait(50)
    card = card_with_focus(window)
    linked = card.item.id if card is not None else None
    at_ms = window.player.position()
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_M)
    assert window.tabs.currentWidget() is window.tabs.comments
    assert QApplication.focusWidget() is window.tabs.comments.text
    qtbot.keyClicks(window.tabs.comments.text, "Greeting complete, warm tone")
    qtbot.keyClick(window.tabs.comments.text, Qt.Key.Key_Return)
    window.session.flush()
    qtbot.waitUntil(lambda: window.tabs.comments.table.rowCount() == 1, timeout=3000)

    # Ctrl+S on a call nobody played does not submit: the bar offers to do it deliberately
    qtbot.keyClick(
        QApplication.focusWidget() or window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
    )
    assert str(col.evaluations.list(call_id="T-1")[0].status) == "draft"
    assert "played" in window.messages.shown()
    window.messages._current.action_button.click()
    stored = col.evaluations.list(call_id="T-1")
    assert len(stored) == 1 and str(stored[0].status) == "submitted"
    assert stored[0].total == expected
    view = col.evaluations.get(stored[0].id)
    assert view.answers[first_five].level == "good"
    assert len(view.comments) == 1
    c = view.comments[0]
    assert c.text == "Greeting complete, warm tone"
    assert c.item_id == linked
    assert c.position_ms == at_ms
    assert "Saved" in window.save_state.text()
    # the form is read-only now
    assert not window.scoring.submit_button.isEnabled()
    # the call list shows the new status and score (looked up off the GUI thread)
    model = window.library.model
    row = next(r for r in range(model.rowCount()) if model.call_at(r).call_id == "T-1")
    status, score = model.COLUMNS.index("status"), model.COLUMNS.index("score")
    model.index(row, status).data()
    model.wait_for_scores()
    assert model.index(row, status).data() == "submitted"
    assert model.index(row, score).data().startswith(format(expected.normalize(), "f"))


def test_autosave_and_resume_draft_with_playhead(qtbot, main_window, ui_call, col, card_with_focus):
    window = main_window
    assert window.open_call("T-1")
    card = card_with_focus(window)
    qtbot.keyClick(card, Qt.Key.Key_1)
    window.session.flush()
    eid = window.session.id
    assert "Saved" in window.save_state.text()
    view = col.evaluations.get(eid)
    assert view.answers[card.item.id].to_json() == {"level": card.item.levels[0].name}
    col.evaluations.set_playhead(eid, 4200)
    window.close_call()
    assert window.open_call("T-1")
    assert window.session.id == eid  # the draft is resumed, not a new evaluation
    assert window.scoring.answers[card.item.id].level == card.item.levels[0].name
    # focus resumes on the next unanswered item
    assert card_with_focus(window).item.id != card.item.id
    qtbot.waitUntil(lambda: abs(window.player.position() - 4200) < 300, timeout=5000)


def test_missing_recording_is_a_message_not_a_traceback(qtbot, main_window, ui_call, col):
    window = main_window
    ui_call.path.unlink()
    assert window.open_call("T-1")
    assert any("missing" in m for m in window.messages.messages())
    assert window.session is not None  # scoring still works
    assert window.open_call("NO-SUCH-CALL") is False
    assert any("NO-SUCH-CALL" in m for m in window.messages.messages())


def test_shortcut_sheet_lists_window_form_and_player_keys(qtbot, main_window):
    sheet = main_window.show_shortcuts()
    qtbot.addWidget(sheet)
    keys = {sheet.table.item(r, 1).text() for r in range(sheet.table.rowCount())}
    assert {"Ctrl+S", "M", "F1", "1 … 5"} <= keys
    assert "Space" in keys and any("[" in k for k in keys)


def test_trainer_and_report_views_open_from_the_menu(qtbot, main_window):
    for name in ("coaching", "reports"):
        tool = main_window.open_tool(name)
        assert tool is not None and tool.isVisible(), main_window.messages.messages()
        qtbot.addWidget(tool)


def test_history_tab_shows_answers_in_words(qtbot, main_window, ui_call, col, card_with_focus):
    window = main_window
    assert window.open_call("T-1")
    card = card_with_focus(window)
    qtbot.keyClick(card, Qt.Key.Key_1)
    window.session.flush()
    window.tabs.setCurrentWidget(window.tabs.history)
    table = window.tabs.history.table
    rows = [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]
    first_level = card.item.levels[0].labels["en"]
    name = window.tabs.comments.item_name(card.item.id)
    # one sentence per event, no raw field names or ∅
    assert [f"{name}: {first_level}" in r[2] for r in rows].count(True) == 1, rows
    assert rows[-1][2].startswith("Started the evaluation with “"), rows
    assert rows[-1][1] == col.names.person(col.actor)
    assert not any("∅" in r[2] or "rubric_version_id" in r[2] for r in rows)


def test_ctrl_n_opens_the_next_assigned_call(qtbot, main_window, ui_call, col):
    from qaclient.demo import install

    install(col)  # demo calls and an assignment of six calls to the current user
    window = main_window
    rows = window.library.queue.refresh()
    assert len(rows) >= 2
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.call is not None and window.call.call_id == rows[0].call_id
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.call.call_id == rows[1].call_id


def test_queue_enter_and_library_double_click_open_calls(qtbot, main_window, ui_call, col):
    from qaclient.demo import install

    install(col)
    window = main_window
    rows = window.library.queue.refresh()
    table = window.library.queue.table
    table.setFocus()
    table.selectRow(1)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.call.call_id == rows[1].call_id
    window.library.refresh()
    window.library.setCurrentIndex(1)
    lib = window.library.table
    qtbot.waitUntil(lambda: lib.isVisible() and lib.viewport().height() > 50, timeout=3000)
    index = window.library.model.index(0, 0)
    rect = lib.visualRect(index)
    assert rect.isValid() and not rect.isEmpty(), rect
    qtbot.mouseClick(lib.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(lib.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.call.call_id == window.library.model.call_at(0).call_id


def test_take_offline_copies_my_assignments(qtbot, main_window, col):
    from qaclient.demo import install

    install(col)
    main_window.take_offline()
    from ui.sync.checkout import OfflineCheckoutDialog

    dlg = main_window.findChild(OfflineCheckoutDialog)
    assert dlg is not None
    qtbot.waitUntil(lambda: dlg.report is not None or dlg.error is not None, timeout=15000)
    assert dlg.error is None, dlg.error
