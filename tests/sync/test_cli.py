"""``qaclient db init`` and ``qaclient sync`` from the command line."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

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
    """No keyring backend (CI, a headless server): nothing is stored anywhere."""
    monkeypatch.delenv("QACLIENT_DATABASE_URL", raising=False)
    assert not credentials.keyring_available()
    stored = credentials.save_connection("postgresql://qa:s3cret@db.example:5433/team", user=None)
    assert stored is False
    text = (qaclient_home / "settings.json").read_text()
    assert "s3cret" not in text and "db.example" in text
    conn = credentials.resolve()
    assert conn.source == "settings" and "qa@db.example:5433/team" in conn.display
    assert "s3cret" not in conn.display and conn.password_from is None


def test_password_round_trip_through_a_real_keyring(monkeypatch, qaclient_home, file_keyring):
    monkeypatch.delenv("QACLIENT_DATABASE_URL", raising=False)
    assert credentials.keyring_available()
    stored = credentials.save_connection("postgresql://qa:s3cret@db.example:5433/team", user=None)
    assert stored is True
    assert "s3cret" not in (qaclient_home / "settings.json").read_text()
    keyring_file = Path(file_keyring.file_path)
    assert keyring_file.exists() and b"s3cret" not in keyring_file.read_bytes()
    conn = credentials.resolve()
    assert conn.password_from == "keyring" and make_url(conn.url).password == "s3cret"
    assert "s3cret" not in conn.display
    # another connection (other user) has no password stored
    other = credentials.resolve("postgresql://someone@db.example:5433/team")
    assert other.password_from is None
    credentials.forget_password(conn.url)
    again = credentials.resolve()
    assert again.password_from is None and make_url(again.url).password is None


def test_a_keyring_that_keeps_passwords_in_clear_is_never_used(monkeypatch, tmp_path):
    import keyring
    from keyrings.alt.file import PlaintextKeyring

    monkeypatch.delenv("QACLIENT_DATABASE_URL", raising=False)
    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "plain" / "keyring_pass.cfg")
    keyring.set_keyring(backend)  # what keyring picks by itself when keyrings.alt is installed
    assert not credentials.keyring_available()
    assert credentials.save_connection("postgresql://qa:s3cret@db.example/team", user=None) is False
    assert not Path(backend.file_path).exists()
    assert credentials.resolve().password_from is None


@pytest.mark.skipif(os.name != "posix", reason="environment handling is the same elsewhere")
def test_env_url_beats_settings(monkeypatch):
    credentials.save_connection("postgresql://a@settings-host/db")
    monkeypatch.setenv("QACLIENT_DATABASE_URL", "postgresql://b@env-host/db")
    assert credentials.resolve().source == "environment"
    assert credentials.resolve("postgresql://c@arg-host/db").source == "argument"


def test_sync_checkout_command(capsys, col, tmp_path):
    import numpy as np
    import soundfile as sf

    from qaclient import settings as settings_mod

    wav = tmp_path / "c1.wav"
    sf.write(wav, np.zeros(4000, dtype="float32"), 8000)
    settings_mod.update(recording_roots=[str(tmp_path)])  # a recording folder of this machine
    col.library.add_call("c1", agent="a1", file=wav)
    col.library.add_call("c2", agent="a1")  # metadata only: no audio to copy
    col.library.assign(["c1", "c2"], ["tester"])
    code, out, _ = run(capsys, "sync", "--checkout", "--json")
    data = json.loads(out)
    assert data["fetched"] == ["c1"] and [f["call_id"] for f in data["failed"]] == ["c2"]
    assert code == 1


def test_resolve_a_conflict_field_by_field(make_client, capsys, monkeypatch):
    from qaclient.storage import db
    from qaclient.storage.models import Evaluation

    a, b = make_client("alice"), make_client("bob")
    rv = a.add_rubric()
    ev = a.add_evaluation(rv, answers={"greeting": {"level": "good"}})
    a.sync()
    b.sync()
    a.set_answer(ev, "greeting", {"level": "excellent"})
    b.set_answer(ev, "greeting", {"level": "weak"})
    b.set_answer(ev, "ask_need", {"level": "poor"})
    a.sync()
    b.sync()
    monkeypatch.setenv("QACLIENT_LOCAL_DATABASE_URL", db.sqlite_url(b.path))
    total_before = b.get(Evaluation, ev).total  # with their "excellent" greeting
    code, out, _ = run(capsys, "sync", "--conflicts", "--json")
    (conflict,) = json.loads(out)["conflicts"]
    assert conflict["fields"] == ["answers.greeting"]
    cid = conflict["id"]
    code, _, err = run(capsys, "sync", "--resolve", cid, "merge", "--pick", "greeting")
    assert code == 2 and "FIELD=mine" in err
    code, _, err = run(capsys, "sync", "--resolve", cid, "mine", "--pick", "answers.greeting=mine")
    assert code == 2 and "merge" in err
    code, _, err = run(capsys, "sync", "--resolve", cid, "merge", "--pick", "answers.ask_name=mine")
    assert code == 1 and "answers.ask_name" in err and "answers.greeting" in err
    code, out, _ = run(capsys, "sync", "--resolve", cid, "merge", "--pick", "answers.greeting=mine")
    assert code == 0
    row = b.get(Evaluation, ev)
    assert json.loads(row.answers) == {
        "greeting": {"level": "weak"},
        "ask_need": {"level": "poor"},
    }
    assert row.dirty and row.total < total_before  # a new edit, rescored, for the next sync
