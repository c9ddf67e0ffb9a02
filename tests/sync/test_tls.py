"""Sync speaks TLS: require by default, verify-full with a CA; a server without TLS is refused
unless the explicit opt-out is set, and the status bar says so."""

from __future__ import annotations

import json
import shutil

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from qaclient import settings as settings_mod
from qaclient.cli.main import main
from qaclient.sync import tls
from qaclient.sync.engine import SyncError, server_engine
from qaclient.sync.localserver import LocalCluster

pytestmark = pytest.mark.postgres


def _opts(url: str, **kw):
    clean, args, policy = tls.connect_options(make_url(url), **kw)
    return clean.render_as_string(hide_password=False), args, policy


def test_connect_options(monkeypatch, tmp_path):
    monkeypatch.delenv(tls.ENV_INSECURE, raising=False)
    monkeypatch.delenv(tls.ENV_ROOT_CERT, raising=False)
    assert _opts("postgresql+psycopg://a@h/d")[1] == {"sslmode": "require"}
    url, args, _ = _opts("postgresql+psycopg://a@h/d?sslmode=verify-ca&application_name=x")
    assert args == {"sslmode": "verify-ca"} and url.endswith("/d?application_name=x")
    for mode in ("disable", "allow", "prefer"):
        with pytest.raises(tls.TlsRefused, match="without encryption"):
            _opts(f"postgresql+psycopg://a@h/d?sslmode={mode}")
    with pytest.raises(tls.TlsRefused, match="not a libpq sslmode"):
        _opts("postgresql+psycopg://a@h/d?sslmode=bogus")
    # the opt-out: the URL's plain mode, or prefer (TLS when the server offers it)
    assert _opts("postgresql+psycopg://a@h/d?sslmode=disable", insecure=True)[1] == {
        "sslmode": "disable"
    }
    assert _opts("postgresql+psycopg://a@h/d", insecure=True)[2].sslmode == "prefer"
    monkeypatch.setenv(tls.ENV_INSECURE, "1")
    assert _opts("postgresql+psycopg://a@h/d")[2].insecure is True
    monkeypatch.delenv(tls.ENV_INSECURE)
    settings_mod.update()  # the settings' opt-out
    st = settings_mod.load()
    st.extra["sync_insecure_no_tls"] = True
    settings_mod.save(st)
    assert _opts("postgresql+psycopg://a@h/d")[2].insecure is True
    st.extra.pop("sync_insecure_no_tls")
    # a CA file: verify-full
    ca = tmp_path / "ca.crt"
    ca.write_text("x")
    st.extra["sync_ssl_root_cert"] = str(ca)
    settings_mod.save(st)
    assert _opts("postgresql+psycopg://a@h/d")[1] == {
        "sslmode": "verify-full",
        "sslrootcert": str(ca),
    }
    st.extra["sync_ssl_root_cert"] = str(tmp_path / "missing.crt")
    settings_mod.save(st)
    with pytest.raises(tls.TlsRefused, match="does not exist"):
        _opts("postgresql+psycopg://a@h/d")


def test_the_test_server_connection_is_encrypted_and_verified(
    pg, server_url, make_client, tmp_path
):
    engine = server_engine(server_url)
    try:
        assert engine.tls_policy.sslmode == "require"
        with engine.connect() as conn:
            assert tls.in_use(conn) is True
            assert conn.execute(
                text("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
            ).scalar_one()
    finally:
        engine.dispose()
    if pg.cluster is not None:  # our own cluster: its CA verifies the server's name
        st = settings_mod.load()
        st.extra["sync_ssl_root_cert"] = str(pg.cluster.ca_file)
        settings_mod.save(st)
        a = make_client("alice", server_url)
        result = a.sync()
        assert result.encrypted is True and result.sslmode == "verify-full"
        # another authority's certificate: the server cannot prove itself, no connection
        other = LocalCluster.__new__(LocalCluster)
        other.root, other._as_root, other.ca_file = tmp_path, False, None
        LocalCluster._make_certificate(other)
        st.extra["sync_ssl_root_cert"] = str(other.ca_file)
        settings_mod.save(st)
        e = server_engine(server_url, connect_timeout=3)
        try:
            with pytest.raises(Exception, match="certificate verify failed"):
                with e.connect():
                    pass
        finally:
            e.dispose()
            shutil.rmtree(other.ca_file.parent, ignore_errors=True)


@pytest.fixture(scope="module")
def plain_cluster():
    """A server that offers no TLS at all."""
    with LocalCluster(ssl=False) as cluster:
        e = server_engine(cluster.url("postgres"), insecure_no_tls=True)
        from qaclient.sync import server as server_mod

        server_mod.install(e)
        e.dispose()
        yield cluster


def test_a_server_without_tls_is_refused_without_the_opt_out(
    plain_cluster, make_client, monkeypatch, capsys
):
    monkeypatch.delenv(tls.ENV_INSECURE, raising=False)
    url = plain_cluster.url("postgres")
    a = make_client("alice", url)
    with pytest.raises(SyncError) as err:
        a.sync()
    assert err.value.tls and not err.value.offline
    assert "No encrypted connection" in str(err.value)
    # the CLI: a one-line error, exit 4
    assert main(["sync", "--db", url, "--json"]) == 4
    assert "No encrypted connection" in capsys.readouterr().err
    plain = url + "?sslmode=disable"
    assert main(["sync", "--db", plain, "--json"]) == 4
    assert "without encryption (sslmode=disable)" in capsys.readouterr().err
    # with the explicit opt-out it works, and says it was not encrypted
    assert main(["sync", "--db", plain, "--json", "--insecure-no-tls"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["encrypted"] is False and out["sslmode"] == "disable"


def test_status_bar_says_refused_and_not_encrypted(
    qtbot, plain_cluster, make_client, monkeypatch, tmp_path
):
    from ui.sync import SyncController, SyncState, SyncStatusWidget

    monkeypatch.delenv(tls.ENV_INSECURE, raising=False)
    a = make_client("alice")
    url = plain_cluster.url("postgres")
    ctl = SyncController(local_url=str(a.col.engine.url), actor="alice", server_url=url)
    widget = SyncStatusWidget(ctl)
    qtbot.addWidget(widget)
    try:
        with qtbot.waitSignal(
            ctl.statusChanged, timeout=20_000, check_params_cb=lambda st: st.tls_refused
        ):
            ctl.start()
        assert ctl.status.state is SyncState.ERROR
        assert widget.label.text() == "Sync refused: the connection is not encrypted"
        assert "Settings → Sync" in widget.toolTip()
        widget.resize(520, 28)
        widget.grab().save(str(tmp_path / "refused.png"))
    finally:
        ctl.shutdown()
    monkeypatch.setenv(tls.ENV_INSECURE, "1")  # the opt-out (as the settings checkbox sets it)
    ctl = SyncController(local_url=str(a.col.engine.url), actor="alice", server_url=url)
    widget = SyncStatusWidget(ctl)
    qtbot.addWidget(widget)
    try:
        with qtbot.waitSignal(ctl.synced, timeout=20_000):
            ctl.start()
        assert ctl.status.unencrypted is True
        assert widget.label.text() == "Up to date — NOT ENCRYPTED (TLS turned off in the settings)"
    finally:
        ctl.shutdown()


def test_settings_checkbox_is_the_opt_out(qtbot, plain_cluster, monkeypatch):
    from ui.sync import SyncSettingsWidget

    monkeypatch.delenv(tls.ENV_INSECURE, raising=False)
    monkeypatch.delenv("QACLIENT_DATABASE_URL", raising=False)
    w = SyncSettingsWidget()
    qtbot.addWidget(w)
    w.url.setText(plain_cluster.url("postgres"))
    assert w.test_connection() is False
    assert "No encrypted connection" in w.test_result.text() or "SSL" in w.test_result.text()
    w.insecure.setChecked(True)
    assert w.test_connection() is True
    w.apply()
    assert settings_mod.load().extra["sync_insecure_no_tls"] is True
    assert tls.insecure_opt_out() is True


def test_a_store_on_a_server_without_tls_is_refused(plain_cluster, monkeypatch):
    from qaclient.collection import Collection
    from qaclient.storage.db import StoreError

    monkeypatch.delenv(tls.ENV_INSECURE, raising=False)
    with pytest.raises(StoreError, match="SSL"):
        Collection.open(plain_cluster.url("postgres"))
    with pytest.raises(StoreError, match="without encryption"):
        Collection.open(plain_cluster.url("postgres") + "?sslmode=disable")
