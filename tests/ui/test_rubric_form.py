"""Rubric form behaviour: conditional items, auto-fail banner, required comments at submit."""

from __future__ import annotations

from PySide6.QtCore import Qt


def _open_with_test_rubric(window, col, test_rubric):
    col.evaluations.create(call_id="T-1", rubric=test_rubric, agent="1001")
    assert window.open_call("T-1")
    assert window.scoring.rubric.id == "ui-test"
    return window.scoring.form


def test_conditional_item_appears_when_its_condition_is_met(
    qtbot, main_window, ui_call, col, test_rubric
):
    form = _open_with_test_rubric(main_window, col, test_rubric)
    assert form.cards["hold_explained"].isHidden()
    assert "hold_explained" not in form.visible_ids()
    qtbot.keyClick(form.cards["hold_used"], Qt.Key.Key_1)  # yes
    assert not form.cards["hold_explained"].isHidden()
    assert form.visible_ids().index("hold_explained") == form.visible_ids().index("hold_used") + 1
    qtbot.keyClick(form.cards["hold_used"], Qt.Key.Key_2)  # no: hidden again
    assert form.cards["hold_explained"].isHidden()


def test_auto_fail_banner_follows_the_critical_item(qtbot, main_window, ui_call, col, test_rubric):
    window = main_window
    form = _open_with_test_rubric(window, col, test_rubric)
    banner = window.scoring.summary.auto_fail
    qtbot.keyClick(form.cards["greeting"], Qt.Key.Key_1)
    assert banner.isHidden()
    # the section's deduction is not checked yet: no total
    assert window.scoring.summary.total.text().startswith("— / ")
    qtbot.keyClick(form.cards["rude"], Qt.Key.Key_Return)  # Enter: section checked
    assert window.scoring.summary.total.text().startswith("2 / ")
    qtbot.keyClick(form.cards["verified"], Qt.Key.Key_2)  # no -> auto-fail
    assert not banner.isHidden()
    assert "AUTO-FAIL" in banner.text() and "Verified identity" in banner.text()
    assert window.scoring.summary.total.text().startswith("0 / ")
    assert window.scoring.summary.grade.text() == "fail"
    qtbot.keyClick(form.cards["verified"], Qt.Key.Key_1)
    assert banner.isHidden()
    window.session.flush()
    stored = col.evaluations.list(call_id="T-1")[0]
    assert stored.auto_fail is False and stored.total == 6


def test_counter_keys_and_required_comment_refusal(
    qtbot, main_window, ui_call, col, test_rubric, card_with_focus
):
    window = main_window
    form = _open_with_test_rubric(window, col, test_rubric)
    for item_id, key in (
        ("verified", Qt.Key.Key_1),
        ("hold_used", Qt.Key.Key_2),
        ("greeting", Qt.Key.Key_1),
    ):
        qtbot.keyClick(form.cards[item_id], key)
    rude = form.cards["rude"]
    qtbot.keyClick(rude, Qt.Key.Key_Plus)
    qtbot.keyClick(rude, Qt.Key.Key_Plus)
    qtbot.keyClick(rude, Qt.Key.Key_Minus)
    assert window.scoring.answers["rude"].count == 1
    assert rude.score_label.text() == "−1"

    assert window.submit(unheard_ok=True) is False  # a deduction without its reason
    rows = [window.scoring.problems.list.item(i).text() for i in range(2)[:1]]
    assert any("needs a comment" in m and "Curt tone" in m for m in rows)
    assert window.scoring.problems.ids() == ["rude"]
    assert rude.property("state") == "problem"
    assert card_with_focus(window) is rude  # scrolled to and focused
    assert str(col.evaluations.list(call_id="T-1")[0].status) == "draft"

    # the comment composer links the focused item; then the submit goes through
    qtbot.keyClick(rude, Qt.Key.Key_M)
    assert window.tabs.comments.item_combo.currentData() == "rude"
    qtbot.keyClicks(window.tabs.comments.text, "Said 'what now?' in a flat voice")
    qtbot.keyClick(window.tabs.comments.text, Qt.Key.Key_Return)
    window.session.flush()
    qtbot.waitUntil(lambda: window.scoring.problems.isHidden(), timeout=3000)
    assert window.submit(unheard_ok=True) is True
    stored = col.evaluations.list(call_id="T-1")[0]
    assert str(stored.status) == "submitted" and stored.total == 5


def test_submit_lists_unanswered_items(qtbot, main_window, ui_call, col, test_rubric):
    window = main_window
    form = _open_with_test_rubric(window, col, test_rubric)
    qtbot.keyClick(form.cards["verified"], Qt.Key.Key_1)
    assert window.submit(unheard_ok=True) is False
    panel = window.scoring.problems
    text = " ".join(panel.list.item(i).text() for i in range(panel.list.count()))
    assert "not answered" in text and "Greeting" in text and "Put the customer on hold" in text
    assert "not checked" in text  # the section with the deduction item
    assert form.cards["greeting"].property("state") == "problem"
    assert form.cards["verified"].property("state") == "normal"
    assert not window.messages.shown()  # no banner that could go stale


def test_descriptor_shows_before_choosing(qtbot, main_window, ui_call, col):
    window = main_window
    assert window.open_call("T-1")
    rubric = window.scoring.rubric
    five = next(i for i in rubric.items if len(i.levels) == 5)
    card = window.scoring.form.cards[five.id]
    window.scoring.form.focus_item(five.id)
    qtbot.waitUntil(lambda: window.scoring.current_item_id() == five.id, timeout=2000)
    text = window.scoring.descriptor.text()
    for level in five.levels:
        assert level.descriptor["en"][:20].replace("&", "&amp;").replace("<", "&lt;") in text
    # hovering a level emphasises it, before anything is chosen
    card._buttons[2].hovered.emit(2)
    assert "fff3c4" in window.scoring.descriptor.text()
    assert five.id not in window.scoring.answers


def test_comment_can_be_relinked_and_edited(qtbot, main_window, ui_call, col, test_rubric):
    window = main_window
    _open_with_test_rubric(window, col, test_rubric)
    tab = window.tabs.comments
    tab.start_comment(2500, None)
    qtbot.keyClicks(tab.text, "Curt answer here")
    qtbot.keyClick(tab.text, Qt.Key.Key_Return)
    window.session.flush()
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1, timeout=3000)
    # link it to "rude" through the item column's combo editor
    index = tab.table.model().index(0, 1)
    tab.table.edit(index)
    editor = tab.table.findChild(type(tab.item_combo))
    editor.setCurrentIndex(editor.findData("rude"))
    tab.table.commitData(editor)
    tab.table.item(0, 2).setText("Curt answer at 00:02")
    window.session.flush()
    view = col.evaluations.get(window.session.id)
    assert [(c.item_id, c.text, c.position_ms) for c in view.comments] == [
        ("rude", "Curt answer at 00:02", 2500)
    ]
    assert "Curt tone" in tab.table.item(0, 1).text()


def test_submitted_evaluation_can_be_reopened_for_revision(
    qtbot, main_window, ui_call, col, test_rubric
):
    window = main_window
    form = _open_with_test_rubric(window, col, test_rubric)
    for item_id, key in (
        ("verified", Qt.Key.Key_1),
        ("hold_used", Qt.Key.Key_2),
        ("greeting", Qt.Key.Key_1),
    ):
        qtbot.keyClick(form.cards[item_id], key)
    qtbot.keyClick(form.cards["rude"], Qt.Key.Key_Return)
    assert window.submit(unheard_ok=True) is True
    assert window.scoring.revise_button.isVisibleTo(window)
    eid = window.session.id
    assert window.revise("   ") is False  # a reason is required
    assert str(col.evaluations.get(eid).status) == "submitted"
    assert window.revise("greeting was wrongly scored") is True
    assert window.session.id == eid
    assert str(col.evaluations.get(eid).status) == "revised"
    assert window.scoring.submit_button.isEnabled()
    qtbot.keyClick(window.scoring.form.cards["greeting"], Qt.Key.Key_2)
    assert window.submit() is True  # listened? the evaluation was submitted before
    view = col.evaluations.get(eid)
    assert str(view.status) == "submitted" and view.answers["greeting"].level == "poor"
    assert any(
        e.action == "status" and "revised" in str(e.new) for e in col.evaluations.history(eid)
    )
