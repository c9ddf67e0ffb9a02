"""The trainer's view drives the coaching service: profile, playlist, plan prompts, play, follow-up."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

pytest.importorskip("PySide6.QtCharts")

from sqlalchemy import update  # noqa: E402

from qaclient.reports.period import Month  # noqa: E402
from qaclient.storage.models.recordings import Call  # noqa: E402
from ui.coaching.view import CoachingView  # noqa: E402


@pytest.fixture
def view(qtbot, col, data):
    w = CoachingView(col, agent="alice", until=Month.parse("2026-10"))
    qtbot.addWidget(w)
    w.resize(1500, 950)
    return w


def test_profile_panels(view):
    assert view.agent.currentData() == "alice"
    assert view.weakest.rowCount() == 3 and view.weakest.item(2, 0).text() == "Thanks the customer"
    assert view.recent.rowCount() == 4
    assert view.moments.count() == 2
    series = view.trend.chart().series()
    assert [s.name() for s in series][:1] == ["Overall"] and len(series) >= 3  # overall + sections


def test_prepare_session_playlist_and_plan(view, col):
    assert not view.tabs.isEnabled()  # no session yet
    view.new_session()
    assert view.tabs.isEnabled()
    view.moments.setCurrentRow(1)
    view.add_selected_moment()
    view.moments.setCurrentRow(0)
    view.add_selected_moment()
    assert view.playlist.count() == 2
    assert "Thanks the customer" in view.playlist.item(0).text()
    view.playlist.setCurrentRow(1)
    view.move_selected(-1)
    assert "Prescribed greeting" in view.playlist.item(0).text()
    view.observed.setPlainText("She always forgets")
    assert "“always”" in view.prompts.text()
    view.observed.setPlainText(
        "At 01:35 in call E1 the thanks at the end left out the customer's name"
    )
    view.effect.setPlainText("The close felt impersonal to the customer")
    view.target.setPlainText("Thank every customer by surname before the goodbye")
    assert view.prompts.text().startswith("✓")
    view.title.setText("Closing")
    view.save_plan()
    s = col.coaching.get_session(view.session_id)
    assert s.title == "Closing" and s.agreed_target.startswith("Thank every") and len(s.clips) == 2


def test_play_clip_loads_the_call_and_loops_the_range(view, col, wav):
    view.new_session()
    view.moments.setCurrentRow(1)
    view.add_selected_moment()
    view.playlist.setCurrentRow(0)
    view.play_selected()  # the call's file is not on disk in the data set
    assert "not available" in view.player_status.text()
    with col.Session.begin() as s:
        s.execute(update(Call).where(Call.call_id == "call-E1").values(file_uri=wav.as_uri()))
    view.play_selected()
    assert view.player is not None and view.player.path() == str(wav)
    assert view.player.loop_range() == (95_000, 101_000)
    view.close()  # closing the view stops the clip: no voice left talking behind it
    assert view.player.path() is None and not view.player.is_playing()


def test_after_session_outcome_ack_actions_and_follow_up(view, col, tmp_path):
    view.new_session()
    sid = view.session_id
    col.coaching.update_plan(sid, focus_items=["k2"])
    view.outcome.setPlainText("Agreed; practised the greeting")
    view.record_outcome()
    assert col.coaching.get_session(sid).status == "held"
    view.acknowledge()
    assert col.coaching.get_session(sid).acknowledged_by == "alice"
    view.action_text.setText("Use the prescribed greeting")
    view.add_action()
    assert view.session_actions.count() == 1
    # the profile's "open actions" list follows at once
    opened = [view.actions_list.item(i).text() for i in range(view.actions_list.count())]
    assert any("Use the prescribed greeting" in t for t in opened)
    view.session_actions.setCurrentRow(0)
    view.action_done()
    assert "[done]" in view.session_actions.item(0).text()
    opened = [view.actions_list.item(i).text() for i in range(view.actions_list.count())]
    assert not any("Use the prescribed greeting" in t for t in opened)
    col.coaching.record_outcome(
        sid, outcome_notes="x", held_at=datetime(2026, 10, 6, 12, tzinfo=UTC)
    )
    view.show_session()
    assert view.compare.rowCount() == 1 and view.compare.item(0, 3).text() == "improved"
    result = view.export_pack(str(tmp_path))
    assert result.pdf.exists()
    view.close_follow_up()
    assert col.coaching.get_session(sid).status == "closed"


def test_add_a_marked_range_of_an_evaluated_call(view, col, data):
    view.new_session()
    view.range_evaluation.setCurrentIndex(view.range_evaluation.findData(str(data.ids["E2"])))
    view.range_start.setText("1:05")
    view.range_end.setText("oops")
    view.add_range()
    assert "mm:ss" in view.player_status.text() and view.playlist.count() == 0
    view.range_end.setText("01:20.5")
    view.add_range()
    clip = col.coaching.get_session(view.session_id).clips[0]
    assert (clip.call_id, clip.start_ms, clip.end_ms) == ("call-E2", 65_000, 80_500)
