"""Errors a user can meet show as messages in the window, never as a traceback or a hang."""

from __future__ import annotations

from sqlalchemy import text


def test_unreadable_audio_is_a_message(qtbot, main_window, ui_call):
    ui_call.path.write_bytes(b"this is not audio at all" * 100)
    assert main_window.open_call("T-1")
    assert main_window.session is not None  # the form still works
    qtbot.waitUntil(
        lambda: any(
            "cannot be played" in m or "damaged" in m for m in main_window.messages.messages()
        ),
        timeout=8000,
    )


def test_missing_rubric_version_is_a_message(qtbot, main_window, ui_call, col, test_rubric):
    view = col.evaluations.create(call_id="T-1", rubric=test_rubric, agent="1001")
    with col.engine.begin() as conn:
        conn.execute(
            text("UPDATE rubric_versions SET content = '{broken' WHERE id = :id"),
            {"id": view.rubric_version_id.hex},
        )
    col.rubrics._content_cache.clear()
    assert main_window.open_call("T-1")  # the call opens; its evaluation cannot
    assert main_window.session is None
    msgs = " ".join(main_window.messages.messages())
    assert "T-1" in msgs and "rubric version" in msgs
    assert main_window.scoring.rubric is None


def test_unexpected_error_in_a_slot_becomes_a_message(
    qtbot, main_window, qaclient_home, monkeypatch
):
    import sys

    from ui.app import AppShell, install_excepthook

    shell = AppShell(None, main_window.col, None)
    shell.window = main_window
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    install_excepthook(shell)
    try:
        raise ValueError("boom")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    assert any("ValueError: boom" in m for m in main_window.messages.messages())
    assert "boom" in (qaclient_home / "qaclient.log").read_text(encoding="utf-8")
