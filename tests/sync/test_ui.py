"""The sync status widget and settings fields, driven by a real background sync."""

from __future__ import annotations

from pathlib import Path

from qaclient.storage.models import User
from ui.sync import SyncController, SyncSettingsWidget, SyncState, SyncStatusWidget


def test_status_widget_follows_a_real_background_sync(
    qtbot, make_client, server_url, tmp_path: Path
):
    a = make_client("alice")
    with a.col.Session.begin() as s:
        s.add(User(login="erin"))
    ctl = SyncController(local_url=str(a.col.engine.url), actor="alice", server_url=server_url)
    widget = SyncStatusWidget(ctl)
    qtbot.addWidget(widget)
    try:
        with qtbot.waitSignal(ctl.synced, timeout=20_000) as blocker:
            ctl.start()
        assert blocker.args[0]["pushed"] == 1
        assert ctl.status.state is SyncState.UP_TO_DATE
        assert widget.label.text() == "Up to date"
        assert "Sent 1" in widget.toolTip()
        widget.resize(320, 28)
        widget.grab().save(str(tmp_path / "sync-status.png"))
    finally:
        ctl.shutdown()


def test_status_widget_shows_offline_and_keeps_working(qtbot, make_client):
    a = make_client("alice")
    ctl = SyncController(
        local_url=str(a.col.engine.url),
        actor="alice",
        server_url="postgresql://nobody@127.0.0.1:1/qaclient",
    )
    widget = SyncStatusWidget(ctl)
    qtbot.addWidget(widget)
    try:
        with qtbot.waitSignal(
            ctl.statusChanged,
            timeout=20_000,
            check_params_cb=lambda st: st.state is SyncState.OFFLINE,
        ):
            ctl.start()
        assert widget.label.text().startswith("Offline")
        assert "127.0.0.1" in widget.toolTip()
        assert widget.button.isEnabled()
    finally:
        ctl.shutdown()


def test_settings_fields_store_url_and_user_not_password(qtbot, qaclient_home, monkeypatch):
    monkeypatch.delenv("QACLIENT_DATABASE_URL", raising=False)
    w = SyncSettingsWidget()
    qtbot.addWidget(w)
    w.url.setText("postgresql://db.example/team")
    w.user.setText("qa")
    w.password.setText("pw-123")
    w.apply()
    text = (qaclient_home / "settings.json").read_text()
    assert "db.example" in text and '"sync_user": "qa"' in text and "pw-123" not in text
    w2 = SyncSettingsWidget()
    qtbot.addWidget(w2)
    assert w2.url.text() == "postgresql+psycopg://qa@db.example/team" and w2.user.text() == "qa"


def test_settings_test_button_reports(qtbot, server_url, monkeypatch):
    monkeypatch.delenv("QACLIENT_DATABASE_URL", raising=False)
    w = SyncSettingsWidget()
    qtbot.addWidget(w)
    w.url.setText(server_url)
    assert w.test_connection() is True
    assert "Connected" in w.test_result.text()
    w.url.setText("postgresql://nobody@127.0.0.1:1/x")
    assert w.test_connection() is False
    assert "Cannot connect" in w.test_result.text()


def test_status_widget_shows_who_is_signed_in_by_the_server(qtbot, people, make_client):
    """The login the server authenticated, with its role, not a name typed on this computer."""
    ivy = people("ivy", "inspector")
    c = make_client(ivy.login, ivy.url)
    ctl = SyncController(local_url=str(c.col.engine.url), actor="someone-else", server_url=ivy.url)
    widget = SyncStatusWidget(ctl)
    qtbot.addWidget(widget)
    try:
        with qtbot.waitSignal(ctl.synced, timeout=20_000) as blocker:
            ctl.start()
        assert blocker.args[0]["login"] == ivy.login, blocker.args[0]
        assert blocker.args[0]["name"] == "Ivy", blocker.args[0]
        assert widget.who.text() == f"Signed in as Ivy · {ivy.login} (inspector)"
    finally:
        ctl.shutdown()
