"""Push and pull between two clients through a real server."""

from __future__ import annotations

import json

from qaclient.storage.models import Evaluation

from .conftest import server_snapshot


def test_push_then_pull_reaches_the_other_client(make_client, server_url):
    a, b = make_client("alice"), make_client("bob")
    rv = a.add_rubric()
    ev = a.add_evaluation(rv, answers={"greeting": {"level": "yes"}})
    a.add_comment(ev, "good opening", 1200)
    ra = a.sync()
    assert ra.pushed == 3 and ra.conflicts == 0
    rb = b.sync()
    assert rb.pulled == 3
    got = b.get(Evaluation, ev)
    assert json.loads(got.answers) == {"greeting": {"level": "yes"}}
    assert got.dirty is False and got.rev == 1
    assert a.snapshot() == b.snapshot() == server_snapshot(server_url)
    # nothing to do: nothing pushed or pulled
    again = a.sync()
    assert (again.pushed, again.pulled) == (0, 0)


def test_an_edit_made_while_a_push_runs_is_not_lost(make_client, server_url, monkeypatch):
    from qaclient.sync import engine as engine_mod

    a = make_client("alice")
    rv = a.add_rubric()
    ev = a.add_evaluation(rv, answers={"greeting": {"level": "good"}})
    orig = engine_mod.SyncEngine._apply_acks
    done = []

    def apply_acks(self, spec, *args, **kw):
        if spec.name == "evaluations" and not done:
            done.append(1)  # the inspector keeps typing while the server commits our batch
            a.set_answer(ev, "ask_name", {"level": "excellent"})
        return orig(self, spec, *args, **kw)

    monkeypatch.setattr(engine_mod.SyncEngine, "_apply_acks", apply_acks)
    a.sync()
    assert done and a.get(Evaluation, ev).dirty is True  # still to send
    monkeypatch.setattr(engine_mod.SyncEngine, "_apply_acks", orig)
    r = a.sync()
    assert r.pushed == 1 and r.conflicts == 0
    assert a.engine.pending() == 0
    assert json.loads(a.get(Evaluation, ev).answers)["ask_name"] == {"level": "excellent"}
    assert a.snapshot() == server_snapshot(server_url)


def test_collection_facade(make_client, server_url):
    a = make_client("alice")
    rv = a.add_rubric()
    a.add_evaluation(rv)
    assert a.col.sync.pending() == 2
    r = a.col.sync.run(server_url)
    assert r.pushed == 2 and a.col.sync.pending() == 0
    assert a.col.sync.conflicts.list() == []


def test_a_store_restored_from_an_old_copy_gets_its_own_rows_back(make_client, server_url):
    """Our own writes are pulled as (id, seq) only — unless the store lacks that version."""
    import shutil

    a = make_client("alice")
    a.col.sync.pending()  # opens the store; the copy below has our client id but no rows
    a.sync()
    a.col.engine.dispose()
    early = a.path.with_suffix(".early")
    shutil.copyfile(a.path, early)
    rv = a.add_rubric()
    ev = a.add_evaluation(rv, answers={"greeting": {"level": "good"}})
    a.sync()
    a.col.engine.dispose()
    for ext in ("-wal", "-shm"):
        p = a.path.with_name(a.path.name + ext)
        if p.exists():
            p.unlink()
    shutil.copyfile(early, a.path)
    assert a.get(Evaluation, ev) is None
    r = a.sync()
    assert r.pulled == 2 and a.get(Evaluation, ev) is not None
    assert a.snapshot() == server_snapshot(server_url)
    assert a.sync().pulled == 0  # and our echo costs nothing afterwards


def test_a_server_restored_from_an_older_backup_is_refused(make_client, server_url):
    import psycopg
    import pytest

    from qaclient.sync.engine import SyncError

    from .conftest import _dsn

    a = make_client("alice")
    a.add_rubric(version=1)
    a.add_rubric(version=2)
    assert a.sync().cursor == 2
    with psycopg.connect(_dsn(server_url)) as conn:
        conn.execute("SELECT setval('sync_change_seq', 1, false)")
    with pytest.raises(SyncError, match="restored from an older"):
        a.sync()
