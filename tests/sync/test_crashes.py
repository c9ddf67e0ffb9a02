"""Killed clients and a crashed server: after restart no loss, no duplicate, sync resumes."""

from __future__ import annotations

import subprocess
import sys
import time
import uuid
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import insert

from qaclient.storage.models import Evaluation, EvaluationComment
from qaclient.storage.types import utcnow
from qaclient.sync import engine as engine_mod
from qaclient.sync import server as server_mod
from qaclient.sync.engine import SyncError, server_engine
from qaclient.sync.localserver import LocalCluster

from .conftest import _dsn, server_snapshot

CHILD = Path(__file__).with_name("crash_child.py")
N = 1200


def _bulk(client, rv, n: int = N) -> None:
    now = utcnow()
    evs = [
        dict(
            id=uuid.uuid4(),
            call_id=f"call-{i}",
            agent="a",
            evaluator=client.name,
            rubric_version_id=rv,
            answers='{"greeting": {"level": "good"}}',
            created_by=client.name,
            updated_by=client.name,
            created_at=now,
            updated_at=now,
        )
        for i in range(n)
    ]
    with client.col.Session.begin() as s:
        s.execute(insert(Evaluation), evs)
        s.execute(
            insert(EvaluationComment),
            [dict(evaluation_id=e["id"], text="c", author=client.name) for e in evs[: n // 2]],
        )


def _server_counts(url: str) -> tuple[int, int, int]:
    with psycopg.connect(_dsn(url)) as conn:
        return conn.execute(
            "SELECT count(*), count(DISTINCT call_id), max(rev) FROM evaluations"
        ).fetchone()


def _run_child(mode: str, client, url: str, kill_when=None) -> int:
    client.col.engine.dispose()
    proc = subprocess.Popen(
        [sys.executable, str(CHILD), mode, str(client.path), url],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    if kill_when is not None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None:
            if kill_when():
                proc.kill()
                break
            time.sleep(0.01)
    out, err = proc.communicate(timeout=120)
    assert "finished" not in out, f"the child was not killed mid-sync: {out} {err}"
    return proc.returncode


def _assert_converged(client, url: str, n: int = N) -> None:
    r = client.sync()
    assert r.conflicts == 0 and r.open_conflicts == 0
    assert client.engine.pending() == 0
    count, distinct, max_rev = _server_counts(url)
    assert count == distinct == n + 0  # no loss, no duplicate
    assert max_rev == 1  # nothing applied twice
    assert client.snapshot() == server_snapshot(url)


def test_client_killed_after_server_commit_of_a_push(make_client, server_url):
    a = make_client("alice")
    rv = a.add_rubric()
    _bulk(a, rv)
    assert _run_child("push-after-server-commit", a, server_url) == -9
    assert 0 < _server_counts(server_url)[0] < N  # really in the middle
    _assert_converged(a, server_url)


def test_client_killed_from_outside_during_a_push(make_client, server_url):
    a = make_client("alice")
    rv = a.add_rubric()
    _bulk(a, rv)
    rc = _run_child(
        "push-slow", a, server_url, kill_when=lambda: _server_counts(server_url)[0] >= 300
    )
    assert rc == -9
    assert 0 < _server_counts(server_url)[0] < N
    _assert_converged(a, server_url)


@pytest.mark.parametrize("mode", ["pull-mid-page", "pull-slow"])
def test_client_killed_during_a_pull(make_client, server_url, mode):
    a, b = make_client("alice"), make_client("bob")
    rv = a.add_rubric()
    _bulk(a, rv)
    a.sync()

    def b_has_some() -> bool:
        with psycopg.connect(_dsn(server_url)) as _:
            pass
        import sqlite3

        con = sqlite3.connect(b.path, timeout=5)
        try:
            return con.execute("SELECT count(*) FROM evaluations").fetchone()[0] >= 200
        finally:
            con.close()

    rc = _run_child(mode, b, server_url, kill_when=b_has_some if mode == "pull-slow" else None)
    assert rc == -9
    import sqlite3

    con = sqlite3.connect(b.path)
    got, cursor = con.execute(
        "SELECT (SELECT count(*) FROM evaluations), (SELECT max(cursor) FROM sync_state)"
    ).fetchone()
    con.close()
    assert 0 < got < N and cursor > 0  # stopped in the middle, the committed pages kept
    r = b.sync()
    assert r.conflicts == 0
    assert b.snapshot() == a.snapshot() == server_snapshot(server_url)


def test_server_killed_in_the_middle_of_a_push(make_client, client_template, monkeypatch):
    """``pg_ctl stop -m immediate`` inside a push transaction: the client goes offline,
    keeps every change, and the next sync after the restart finishes the job."""
    cluster = LocalCluster(ssl=True)
    try:
        url = cluster.url("postgres")
        eng = server_engine(url)
        server_mod.install(eng)
        eng.dispose()
        a = make_client("alice", url)
        rv = a.add_rubric()
        _bulk(a, rv)
        orig = engine_mod.SyncEngine._classify_sql
        calls = {"n": 0}

        def classify(self, spec):
            calls["n"] += 1
            if calls["n"] == 4:  # inside the 4th batch's transaction, after its COPY
                cluster.stop("immediate")
            return orig(self, spec)

        monkeypatch.setattr(engine_mod.SyncEngine, "_classify_sql", classify)
        a.engine.batch_size = 300
        with pytest.raises(SyncError) as info:
            a.sync()
        assert info.value.offline
        assert a.engine.pending() > 0
        monkeypatch.setattr(engine_mod.SyncEngine, "_classify_sql", orig)
        # still offline: a clear error, nothing lost
        with pytest.raises(SyncError):
            a.sync()
        cluster.start()
        _assert_converged(a, url)
    finally:
        cluster.destroy()
