"""``qaclient db init`` and ``qaclient sync`` from the command line."""

from __future__ import annotations

import json
import os

import pytest

from qaclient.cli.main import main
from qaclient.collection import Collection
from qaclient.storage.models import User
from qaclient.sync import credentials


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_db_init_creates_then_upgrades_idempotently(pg, capsys):
    url = pg.create_db("qaclient_cli_init")
    try:
        code, out, _ = run(capsys, "db", "init", "--db", url, "--json")
        assert code == 0
        first = json.loads(out)
        assert first["revision"] and "evaluations" in first["tables"]
        code, out, _ = run(capsys, "db", "init", "--db", url, "--json")
        assert code == 0 and json.loads(out)["server_id"] == first["server_id"]
    finally:
        pg.drop_db("qaclient_cli_init")


def test_sync_json_contract_and_env_url(server_url, capsys, monkeypatch):
    with Collection.open() as col, col.Session.begin() as s:
        s.add(User(login="dora", display_name="Dora"))
    code, out, _ = run(capsys, "sync", "--db", server_url, "--json")
    assert code == 0
    data = json.loads(out)
    assert {"pushed", "pulled", "conflicts"} <= set(data)
    assert data["pushed"] == 1 and data["conflicts"] == 0
    monkeypatch.setenv(
        "QACLIENT_DATABASE_URL", server_url.replace("postgresql+psycopg", "postgresql")
    )
    code, out, _ = run(capsys, "sync", "--json")
    assert code == 0 and json.loads(out)["pushed"] == 0
    code, out, _ = run(capsys, "sync", "--conflicts", "--json")
    assert json.loads(out) == {"conflicts": []}


def test_sync_errors_are_clear(capsys, monkeypatch, pg):
    monkeypatch.delenv("QACLIENT_DATABASE_URL", raising=False)
    code, _, err = run(capsys, "sync")
    assert code == 2 and "no shared server is set up" in err.lower()
    code, _, err = run(capsys, "sync", "--db", "sqlite:///x.db")
    assert code == 2 and "must be PostgreSQL" in err
    # a database without the sync schema
    url = pg.create_db("qaclient_cli_empty")
    try:
        code, _, err = run(capsys, "sync", "--db", url, "--json")
        assert code == 1 and "qaclient db init" in err
    finally:
        pg.drop_db("qaclient_cli_empty")
    # nobody listening: offline, exit 3
    code, _, err = run(capsys, "sync", "--db", "postgresql://nobody@127.0.0.1:1/x", "--json")
    assert code == 3 and "cannot connect" in err


def test_settings_never_hold_the_password(monkeypatch, qaclient_home):
    monkeypatch.delenv("QACLIENT_DATABASE_URL", raising=False)
    stored = credentials.save_connection("postgresql://qa:s3cret@db.example:5433/team", user=None)
    text = (qaclient_home / "settings.json").read_text()
    assert "s3cret" not in text and "db.example" in text
    conn = credentials.resolve()
    assert conn.source == "settings" and "qa@db.example:5433/team" in conn.display
    assert "s3cret" not in conn.display
    if stored:  # a real keyring on this machine: the password comes back from it
        assert conn.password_from == "keyring"
        credentials.forget_password(conn.url)
    else:
        assert conn.password_from is None


@pytest.mark.skipif(os.name != "posix", reason="environment handling is the same elsewhere")
def test_env_url_beats_settings(monkeypatch):
    credentials.save_connection("postgresql://a@settings-host/db")
    monkeypatch.setenv("QACLIENT_DATABASE_URL", "postgresql://b@env-host/db")
    assert credentials.resolve().source == "environment"
    assert credentials.resolve("postgresql://c@arg-host/db").source == "argument"


def test_sync_checkout_command(capsys, col, tmp_path):
    import numpy as np
    import soundfile as sf

    wav = tmp_path / "c1.wav"
    sf.write(wav, np.zeros(4000, dtype="float32"), 8000)
    col.library.add_call("c1", agent="a1", file=wav)
    col.library.add_call("c2", agent="a1")  # metadata only: no audio to copy
    col.library.assign(["c1", "c2"], ["tester"])
    code, out, _ = run(capsys, "sync", "--checkout", "--json")
    data = json.loads(out)
    assert data["fetched"] == ["c1"] and [f["call_id"] for f in data["failed"]] == ["c2"]
    assert code == 1
