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
