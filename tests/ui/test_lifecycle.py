"""The lifecycle in the app, driven through real widgets: the agent acknowledges and
disputes, the supervisor resolves from the disputes queue, a calibration goes from
creation through blind scoring in the workspace to the reveal and the comparison."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from qaclient.evaluations import EvaluationStatus

ANSWERS = {
    "verified": {"yes": True},
    "hold_used": {"yes": False},
    "greeting": {"level": "poor"},
    "rude": {"count": 0},
}


@pytest.fixture
def people(col):
    col.users.add("1001", display_name="Li Na", role="agent")
    col.users.add("sup", display_name="Zhao Min", role="supervisor")
    col.users.add("insp", display_name="Chen Jie", role="inspector")
    col.users.add("insp2", display_name="Wu Fang", role="inspector")
    return col


def submitted(col, rubric, call_id="T-1"):
    col.actor = "insp"
    view = col.evaluations.create(
        call_id=call_id,
        rubric=str(rubric),
        agent="1001",
        answers=ANSWERS,
        comments=[(2500, "no greeting here", "greeting")],
    )
    return col.evaluations.submit(view.id)


def test_agent_acknowledges_and_disputes(qtbot, people, ui_call, test_rubric):
    from ui.agent.view import AgentView, DisputeDialog

    col = people
    first = submitted(col, test_rubric)
    col.actor = "1001"
    view = AgentView(col, lang="en")
    qtbot.addWidget(view)
    view.resize(1280, 760)
    view.show()
    assert view.table.rowCount() == 1
    assert view.table.item(0, 2).text() == "submitted"
    assert view.breakdown.tree.topLevelItemCount() == 1
    assert "Greeting" in [
        view.breakdown.tree.topLevelItem(0).child(i).text(0)
        for i in range(view.breakdown.tree.topLevelItem(0).childCount())
    ]
    assert view.comments.count() == 1 and "no greeting here" in view.comments.item(0).text()
    assert view.banner.isVisible() and "submitted" in view.banner.text()
    qtbot.mouseClick(view.ack_button, Qt.MouseButton.LeftButton)
    assert col.evaluations.get(first.id).status is EvaluationStatus.ACKNOWLEDGED
    assert view.table.item(0, 2).text() == "acknowledged"
    assert not view.ack_button.isEnabled() and view.dispute_button.isEnabled()

    dlg = DisputeDialog(view.current, "en", 5, view)
    qtbot.addWidget(dlg)
    ok = dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dlg.result() == 0 and "at least one" in dlg.problem.text()  # nothing ticked
    dlg.set_item("greeting", "")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert "reason" in dlg.problem.text()
    dlg.set_item("greeting", "I greeted at 00:01")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dlg.result() == 1
    assert view.dispute(dlg.items()) is True
    assert col.evaluations.get(first.id).status is EvaluationStatus.DISPUTED
    assert "disputed" in view.banner.text() and "I greeted at 00:01" in view.banner.text()
    assert not view.dispute_button.isEnabled()
    view.close()


def test_supervisor_resolves_from_the_queue(qtbot, people, ui_call, test_rubric):
    from ui.disputes.queue import DisputesView

    col = people
    ev = submitted(col, test_rubric)
    col.actor = "1001"
    col.disputes.open(ev.id, [("greeting", "I greeted at 00:01")])
    col.actor = "sup"
    queue = DisputesView(col, lang="en")
    qtbot.addWidget(queue)
    queue.resize(1280, 760)
    queue.show()
    assert queue.table.rowCount() == 1
    assert queue.table.item(0, 1).text() == "Li Na"  # names, not ids
    assert queue.items.item(0, 2).text() == "I greeted at 00:01"
    qtbot.mouseClick(queue.resolve_button, Qt.MouseButton.LeftButton)
    assert "upheld or rejected" in queue.message.text()
    queue.upheld.click()
    queue.set_correction("greeting", {"level": "excellent"})
    qtbot.mouseClick(queue.resolve_button, Qt.MouseButton.LeftButton)
    assert "reason" in queue.message.text()
    qtbot.keyClicks(queue.reason, "the greeting is at 00:01")
    qtbot.mouseClick(queue.resolve_button, Qt.MouseButton.LeftButton)
    after = col.evaluations.get(ev.id)
    assert after.status is EvaluationStatus.FINAL and after.answers["greeting"].level == "excellent"
    assert queue.table.rowCount() == 0 and "upheld" in queue.message.text()
    queue.show_resolved.setCurrentIndex(queue.show_resolved.findData("upheld"))
    assert queue.table.rowCount() == 1
    assert "the greeting is at 00:01" in queue.resolution.text()


def test_calibration_from_creation_to_reveal(qtbot, people, ui_call, test_rubric, main_window):
    from ui.calibration.view import CalibrationWindow, NewSessionDialog

    col = people
    col.rubrics.add(test_rubric)
    col.actor = "sup"
    win = CalibrationWindow(col, lang="en")
    qtbot.addWidget(win)
    win.resize(1280, 760)
    win.show()
    assert win.empty.isVisible()
    dlg = NewSessionDialog(col, "en", win)
    qtbot.addWidget(dlg)
    dlg.title.setText("November")
    dlg.choose(["T-1"], ["insp", "insp2"], "sup")
    dlg.rubric.setCurrentIndex(dlg.rubric.findData("ui-test"))
    qtbot.mouseClick(
        dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
        Qt.MouseButton.LeftButton,
    )
    created = win.new_session(dlg)
    assert created is not None and win.sessions.count() == 1
    assert not win.tabs.isTabEnabled(1)  # blind: no side by side before the reveal

    # each rater scores blind in the workspace
    win.scoreRequested.connect(main_window.open_calibration_call)
    for login, level in (("insp", "poor"), ("insp2", "excellent"), ("sup", "poor")):
        col.actor = login
        win.show_session(created.id)
        assert win.score_button.isEnabled()
        qtbot.mouseClick(win.score_button, Qt.MouseButton.LeftButton)
        assert main_window.session is not None
        view = col.evaluations.get(main_window.session.id)
        assert str(view.calibration_id) == str(created.id) and view.evaluator == login
        assert "calibration" in main_window.status_banner.text()
        for item_id, answer in {**ANSWERS, "greeting": {"level": level}}.items():
            col.evaluations.set_answer(view.id, item_id, answer)
        main_window.close_call()
        mine = col.calibrations.evaluations(created.id, viewer=login)
        assert {e.evaluator for e in mine} == {login}  # blind
    assert col.evaluations.list() == []  # never in the ordinary lists

    col.actor = "sup"
    win.show_session(created.id)
    qtbot.mouseClick(win.reveal_button, Qt.MouseButton.LeftButton)
    assert win.tabs.isTabEnabled(1) and win.compare.rowCount() >= 3
    greeting_row = next(
        r for r in range(win.compare.rowCount()) if win.compare.item(r, 0).text() == "Greeting"
    )
    cells = [win.compare.item(greeting_row, c).text() for c in (1, 2, 3)]
    assert cells.count(cells[1]) == 1  # insp2 differs from the other two
    assert win.figures.rowCount() == 2
    qtbot.keyClicks(win.note, "greet within 3 seconds")
    assert win.save_outcome() is True
    saved = col.calibrations.get(created.id)
    assert saved.note == "greet within 3 seconds"
    assert saved.reference_answers["T-1"]["greeting"] == {"level": "poor"}  # the benchmark's


def test_workspace_shows_the_status_banner(qtbot, people, ui_call, test_rubric, main_window):
    col = people
    ev = submitted(col, test_rubric)
    col.actor = "insp"
    main_window.open_call("T-1")
    assert main_window.status_banner.isVisible()
    assert "submitted" in main_window.status_banner.text()
    assert "Chen Jie" in main_window.status_banner.text()
    col.actor = "1001"
    col.disputes.open(ev.id, [("greeting", "listen at 00:01")])
    col.actor = "insp"
    main_window.open_call("T-1")
    assert "listen at 00:01" in main_window.status_banner.text()
