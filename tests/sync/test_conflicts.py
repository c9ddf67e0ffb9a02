"""Concurrent offline edits: merge what does not overlap, surface what does, lose nothing."""

from __future__ import annotations

import itertools
import json
import shutil

import pytest

from qaclient.storage.models import Evaluation, EvaluationComment, EvaluationItemScore, User
from qaclient.sync.conflicts import ConflictError

from .conftest import server_snapshot

EXC, POOR = {"level": "excellent"}, {"level": "poor"}


def _shared_evaluation(a, b):
    rv = a.add_rubric()
    ev = a.add_evaluation(rv, answers={"greeting": {"level": "good"}})
    a.sync()
    b.sync()
    return ev


def answers(client, ev):
    return json.loads(client.get(Evaluation, ev).answers)


def test_non_overlapping_answer_changes_merge_automatically(make_client, server_url):
    a, b = make_client("alice"), make_client("bob")
    ev = _shared_evaluation(a, b)
    a.set_answer(ev, "ask_name", EXC)
    b.set_answer(ev, "ask_need", POOR)
    b.edit(Evaluation, ev, coaching_note="slow down")
    assert a.sync().conflicts == 0
    rb = b.sync()
    assert (rb.conflicts, rb.merged) == (0, 1)
    a.sync()
    for c in (a, b):
        assert answers(c, ev) == {"greeting": {"level": "good"}, "ask_name": EXC, "ask_need": POOR}
        assert c.get(Evaluation, ev).coaching_note == "slow down"
    assert a.snapshot() == b.snapshot() == server_snapshot(server_url)
    trace = b.engine.conflicts.list(include_resolved=True)
    assert [(t.resolution, t.fields) for t in trace] == [
        ("auto", ["answers.ask_need", "coaching_note"])
    ]
    # derived tables were recomputed locally from the merged answers
    with a.col.Session() as s:
        items = {r.item_id for r in s.query(EvaluationItemScore).filter_by(evaluation_id=ev)}
    assert {"greeting", "ask_name", "ask_need"} <= items


def test_same_item_changed_twice_is_a_conflict_the_user_resolves(make_client, server_url):
    a, b = make_client("alice"), make_client("bob")
    ev = _shared_evaluation(a, b)
    a.set_answer(ev, "greeting", EXC)
    b.set_answer(ev, "greeting", {"level": "weak"})
    b.set_answer(ev, "ask_need", POOR)  # non-overlapping part of the same edit
    a.sync()
    rb = b.sync()
    assert (rb.conflicts, rb.open_conflicts) == (1, 1)
    # B now shows the server's greeting (its own is kept in the conflict) and, at once, its
    # own ask_need, which clashes with nothing
    assert answers(b, ev) == {"greeting": EXC, "ask_need": POOR}
    (conflict,) = b.engine.conflicts.list()
    assert conflict.fields == ["answers.greeting"]
    assert json.loads(conflict.mine["answers"])["greeting"] == {"level": "weak"}
    assert json.loads(conflict.theirs["answers"])["greeting"] == EXC
    # merge: take my greeting and keep everything else that does not overlap
    b.engine.conflicts.resolve(conflict.id, "merge", pick={"answers.greeting": "mine"})
    with pytest.raises(ConflictError):
        b.engine.conflicts.resolve(conflict.id, "theirs")
    b.sync()
    a.sync()
    for c in (a, b):
        assert answers(c, ev) == {"greeting": {"level": "weak"}, "ask_need": POOR}
    assert a.snapshot() == b.snapshot() == server_snapshot(server_url)
    assert b.sync().open_conflicts == 0


def test_keep_mine_and_keep_theirs(make_client, server_url):
    a, b = make_client("alice"), make_client("bob")
    ev = _shared_evaluation(a, b)
    rid = a.add_comment(ev, "first")
    a.sync()
    b.sync()
    a.edit(EvaluationComment, rid, text="alice's words")
    b.edit(EvaluationComment, rid, text="bob's words")
    a.sync()
    assert b.sync().conflicts == 1
    (c,) = b.engine.conflicts.list()
    assert c.kind == "edit" and c.fields == ["text"]
    assert b.get(EvaluationComment, rid).text == "alice's words"
    b.engine.conflicts.resolve(c.id, "mine")
    b.sync()
    a.sync()
    assert a.get(EvaluationComment, rid).text == b.get(EvaluationComment, rid).text == "bob's words"
    # and the other way round: theirs changes nothing locally
    a.edit(EvaluationComment, rid, text="alice again")
    b.edit(EvaluationComment, rid, text="bob again")
    a.sync()
    b.sync()
    (c2,) = b.engine.conflicts.list()
    b.engine.conflicts.resolve(c2.id, "theirs")
    # nothing of the comment goes up: only the audit event recording the decision
    assert b.sync().pushed == 1
    with b.col.engine.connect() as conn:
        assert (
            conn.exec_driver_sql(
                "SELECT count(*) FROM audit_events WHERE action = 'resolve-conflict'"
            ).scalar_one()
            == 2
        )
    assert b.get(EvaluationComment, rid).text == "alice again"
    a.sync()  # fetches the audit event of b's decision
    assert a.snapshot() == b.snapshot() == server_snapshot(server_url)


def test_stale_client_cannot_take_a_submitted_evaluation_back_to_draft(make_client, server_url):
    a, b = make_client("alice"), make_client("bob")
    ev = _shared_evaluation(a, b)
    a.edit(Evaluation, ev, status="submitted")
    a.sync()
    # B (stale: still sees draft) edits answers: a status decision happened meanwhile
    b.set_answer(ev, "greeting", POOR)
    rb = b.sync()
    assert rb.conflicts == 1 and rb.merged == 0
    (c,) = b.engine.conflicts.list()
    assert "status" in c.fields
    assert b.get(Evaluation, ev).status == "submitted"
    # an up-to-date client pushing an impossible transition is refused by the server rule
    b.engine.conflicts.resolve(c.id, "theirs")
    b.edit(Evaluation, ev, status="draft")
    rb = b.sync()
    assert rb.conflicts == 1
    (c2,) = b.engine.conflicts.list()
    assert c2.kind == "status"
    for cl in (a, b):
        assert cl.get(Evaluation, ev).status == "submitted"
    assert (
        server_snapshot(server_url)["evaluations"][ev.hex][
            list(a.snapshot()["evaluations"][ev.hex]).index("submitted")
        ]
        == "submitted"
    )


def test_deleted_on_one_side_edited_on_the_other_is_a_conflict(make_client):
    a, b = make_client("alice"), make_client("bob")
    ev = _shared_evaluation(a, b)
    a.edit(Evaluation, ev, deleted=True)
    b.set_answer(ev, "ask_name", EXC)
    a.sync()
    assert b.sync().conflicts == 1
    (c,) = b.engine.conflicts.list()
    assert c.kind == "delete"
    assert a.snapshot() == b.snapshot()


def test_same_login_created_offline_on_two_clients(make_client, server_url):
    a, b = make_client("alice"), make_client("bob")
    with a.col.Session.begin() as s:
        s.add(User(login="carol", display_name="Carol A.", role="inspector"))
    with b.col.Session.begin() as s:
        s.add(User(login="carol", display_name="Carol B.", role="trainer"))
    a.sync()
    rb = b.sync()
    assert rb.conflicts == 1
    (c,) = b.engine.conflicts.list()
    assert c.kind == "duplicate" and c.mine["display_name"] == "Carol B."
    a.sync()
    assert a.snapshot() == b.snapshot() == server_snapshot(server_url)
    with b.col.Session() as s:
        assert [u.display_name for u in s.query(User).filter_by(login="carol")] == ["Carol A."]


def test_same_rubric_version_created_offline_moves_evaluations_to_the_server_row(
    make_client, server_url
):
    a, b = make_client("alice"), make_client("bob")
    rva = a.add_rubric()
    rvb = b.add_rubric()  # same rubric_id + version, another id
    eva = a.add_evaluation(rva, call_id="c-a")
    evb = b.add_evaluation(rvb, call_id="c-b")
    a.sync()
    rb = b.sync()
    assert rb.conflicts == 0  # same content: nothing to decide
    a.sync()
    assert b.get(Evaluation, evb).rubric_version_id == rva
    assert a.get(Evaluation, evb).call_id == "c-b" and b.get(Evaluation, eva).call_id == "c-a"
    assert a.snapshot() == b.snapshot() == server_snapshot(server_url)


def test_lost_acknowledgement_resend_changes_nothing_twice(make_client, server_url):
    """The server committed, the client never heard: the re-sent push is recognised."""
    a, b = make_client("alice"), make_client("bob")
    ev = _shared_evaluation(a, b)
    a.set_answer(ev, "greeting", EXC)
    a.add_comment(ev, "once")
    saved = a.path.with_suffix(".before")
    a.col.engine.dispose()
    shutil.copyfile(a.path, saved)
    a.sync()
    before = server_snapshot(server_url)
    # roll the client back to before the sync (as if killed before its local commit)
    a.col.engine.dispose()
    for ext in ("-wal", "-shm"):
        p = a.path.with_name(a.path.name + ext)
        if p.exists():
            p.unlink()
    shutil.copyfile(saved, a.path)
    r = a.sync()
    assert r.conflicts == 0 and r.merged == 0
    assert server_snapshot(server_url) == before  # no new revision, no duplicate comment
    assert a.snapshot() == server_snapshot(server_url)


@pytest.mark.parametrize("order", list(itertools.permutations("abc")))
def test_three_clients_converge_in_every_order(make_client, server_url, order):
    cl = {n: make_client(n) for n in "abc"}
    ev = _shared_evaluation(cl["a"], cl["b"])
    cl["c"].sync()
    cl["a"].set_answer(ev, "greeting", EXC)  # a and b collide on greeting
    cl["b"].set_answer(ev, "greeting", POOR)
    cl["b"].set_answer(ev, "ask_name", EXC)
    cl["c"].set_answer(ev, "ask_need", POOR)  # c touches something else
    comments = {n: cl[n].add_comment(ev, f"note by {n}") for n in "abc"}
    conflicts = 0
    for n in order:
        conflicts += cl[n].sync().conflicts
    for n in order:
        cl[n].sync()
    snaps = [cl[n].snapshot() for n in "abc"]
    assert snaps[0] == snaps[1] == snaps[2] == server_snapshot(server_url)
    assert conflicts == 1  # exactly the greeting collision, whoever comes second
    final = answers(cl["a"], ev)
    assert final["ask_need"] == POOR and set(comments.values()) <= {
        EvaluationComment.id.type.python_type(h) for h in snaps[0]["evaluation_comments"]
    }
    # the losing greeting is kept in a conflict record on the client that lost
    loser = "b" if order.index("a") < order.index("b") else "a"
    (c,) = cl[loser].engine.conflicts.list()
    assert json.loads(c.mine["answers"])["greeting"] == (POOR if loser == "b" else EXC)
    assert final["greeting"] == (EXC if loser == "b" else POOR)
    # b's ask_name clashes with nothing: it is merged at once, whoever lost the greeting
    assert final["ask_name"] == EXC


@pytest.mark.parametrize("choice", ["theirs", "mine", "merge-theirs", "merge-mine"])
def test_an_offline_edit_on_two_machines_loses_nothing_outside_the_clash(
    make_client, server_url, choice
):
    """Issue 11: A changes greeting + ask_name, B greeting + ask_need, both sync.  Only
    the greeting waits for the user; ask_name and ask_need merge at once, and no
    resolution drops the other side's item."""
    a, b = make_client("machine-a"), make_client("machine-b")
    ev = _shared_evaluation(a, b)
    a.set_answer(ev, "greeting", EXC)
    a.set_answer(ev, "ask_name", EXC)
    b.set_answer(ev, "greeting", {"level": "weak"})
    b.set_answer(ev, "ask_need", POOR)
    assert a.sync().conflicts == 0
    rb = b.sync()
    assert (rb.conflicts, rb.open_conflicts) == (1, 1)
    (c,) = b.engine.conflicts.list()
    assert c.fields == ["answers.greeting"]
    both = {"ask_name": EXC, "ask_need": POOR}
    assert answers(b, ev) == {**both, "greeting": EXC}
    # the merged part went up in the same sync: A gets B's ask_need at its next sync
    a.sync()
    assert answers(a, ev) == {**both, "greeting": EXC}
    if choice.startswith("merge"):
        side = choice.split("-")[1]
        b.engine.conflicts.resolve(c.id, "merge", pick={"answers.greeting": side})
    else:
        side = choice
        b.engine.conflicts.resolve(c.id, choice)
    greeting = {"level": "weak"} if side == "mine" else EXC
    assert answers(b, ev) == {**both, "greeting": greeting}
    b.sync()
    a.sync()
    for cl in (a, b):
        assert answers(cl, ev) == {**both, "greeting": greeting}
        assert cl.engine.conflicts.count_open() == 0
    assert a.snapshot() == b.snapshot() == server_snapshot(server_url)


def test_a_cleared_answer_stays_cleared_through_a_merge(make_client, server_url):
    a, b = make_client("alice"), make_client("bob")
    ev = _shared_evaluation(a, b)  # greeting "good" on both
    a.set_answer(ev, "ask_name", EXC)
    b.set_answer(ev, "greeting", None)  # B clears the greeting, A touches another item
    a.sync()
    rb = b.sync()
    assert (rb.conflicts, rb.merged) == (0, 1)
    a.sync()
    for cl in (a, b):
        assert answers(cl, ev) == {"ask_name": EXC}
    # and inside a conflict: B clears ask_name while A rates it; B also rates ask_need
    a.set_answer(ev, "ask_name", POOR)
    b.set_answer(ev, "ask_name", None)
    b.set_answer(ev, "ask_need", POOR)
    a.sync()
    assert b.sync().conflicts == 1
    (c,) = b.engine.conflicts.list()
    assert c.fields == ["answers.ask_name"]
    b.engine.conflicts.resolve(c.id, "mine")
    b.sync()
    a.sync()
    for cl in (a, b):
        assert answers(cl, ev) == {"ask_need": POOR}
    assert a.snapshot() == b.snapshot() == server_snapshot(server_url)


def test_a_pick_outside_the_conflict_is_refused(make_client):
    a, b = make_client("alice"), make_client("bob")
    ev = _shared_evaluation(a, b)
    a.set_answer(ev, "greeting", EXC)
    b.set_answer(ev, "greeting", POOR)
    a.sync()
    b.sync()
    (c,) = b.engine.conflicts.list()
    with pytest.raises(ConflictError, match="answers.ask_name"):
        b.engine.conflicts.resolve(c.id, "merge", pick={"answers.ask_name": "mine"})
    with pytest.raises(ConflictError, match="mine or theirs"):
        b.engine.conflicts.resolve(c.id, "merge", pick={"answers.greeting": "both"})
    assert b.engine.conflicts.count_open() == 1


def test_a_stale_edit_to_a_submitted_evaluation_keeps_every_change_in_the_conflict(
    make_client, server_url
):
    """A decision (submission) stops the merge; all B changed is in conflict, and keeping
    B's version does not undo A's other changes."""
    a, b = make_client("alice"), make_client("bob")
    ev = _shared_evaluation(a, b)
    a.set_answer(ev, "ask_name", EXC)
    a.edit(Evaluation, ev, status="submitted")
    b.set_answer(ev, "ask_need", POOR)
    b.edit(Evaluation, ev, coaching_note="calmer")
    a.sync()
    assert b.sync().conflicts == 1
    (c,) = b.engine.conflicts.list()
    assert set(c.fields) == {"status", "answers.ask_need", "coaching_note"}
    # nothing of B merged into the submitted evaluation
    assert answers(b, ev) == {"greeting": {"level": "good"}, "ask_name": EXC}
    b.engine.conflicts.resolve(c.id, "merge", pick={"answers.ask_need": "mine"})
    assert answers(b, ev) == {"greeting": {"level": "good"}, "ask_name": EXC, "ask_need": POOR}
    row = b.get(Evaluation, ev)
    assert (row.status, row.coaching_note) == ("submitted", "")
    b.sync()
    a.sync()
    assert a.snapshot() == b.snapshot() == server_snapshot(server_url)
