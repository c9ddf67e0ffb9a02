"""End to end through the real services: rubric catalogue, evaluations, audit trail."""

from __future__ import annotations

from .conftest import RUBRIC_FILE, server_snapshot


def test_evaluations_written_by_the_service_sync_with_scores_and_history(make_client, server_url):
    a, b = make_client("alice"), make_client("bob")
    a.col.rubrics.add(RUBRIC_FILE)
    view = a.col.evaluations.create(call_id="call-42", rubric="inbound-call", agent="agent-7")
    a.col.evaluations.set_answer(view.id, "greeting", {"level": "excellent"})
    a.col.evaluations.add_comment(view.id, 1500, "warm opening", item_id="greeting")
    assert a.sync().conflicts == 0
    b.sync()
    got = b.col.evaluations.get(view.id)
    assert got.answers["greeting"].level == "excellent"
    assert got.result.total == a.col.evaluations.get(view.id).result.total
    assert [c.text for c in got.comments] == ["warm opening"]
    # both edit different items offline: merged, and both audit trails arrive everywhere
    a.col.evaluations.set_answer(view.id, "ask_name", {"level": "excellent"})
    b.col.evaluations.set_answer(view.id, "ask_need", {"level": "poor"})
    a.sync()
    rb = b.sync()
    assert (rb.conflicts, rb.merged) == (0, 1)
    a.sync()
    for c in (a, b):
        ev = c.col.evaluations.get(view.id)
        assert {k: v.level for k, v in ev.answers.items()} == {
            "greeting": "excellent",
            "ask_name": "excellent",
            "ask_need": "poor",
        }
        fields = [h.field for h in c.col.evaluations.history(view.id)]
        assert "ask_name" in str(fields) and "ask_need" in str(fields)
    assert (
        a.col.evaluations.get(view.id).result.total == b.col.evaluations.get(view.id).result.total
    )
    assert a.snapshot() == b.snapshot() == server_snapshot(server_url)


def test_one_inspector_on_two_computers_with_their_own_login(make_client, people):
    """The same through per-person logins and the server's policies: the manager publishes
    the rubric, the inspector scores on the desk and on the laptop; both converge, the
    server stamps the login on every row, and nothing is refused."""
    max_, ivy = people("max", "manager"), people("ivy", "inspector")
    boss = make_client(max_.login, max_.url)
    boss.col.rubrics.add(RUBRIC_FILE)
    assert boss.sync().refused == 0
    desk, laptop = make_client(ivy.login, ivy.url), make_client(ivy.login, ivy.url)
    desk.sync()
    view = desk.col.evaluations.create(call_id="call-42", rubric="inbound-call", agent="agent-7")
    desk.col.evaluations.set_answer(view.id, "greeting", {"level": "excellent"})
    desk.col.evaluations.add_comment(view.id, 1500, "warm opening", item_id="greeting")
    assert desk.sync().refused == 0
    laptop.sync()
    desk.col.evaluations.set_answer(view.id, "ask_name", {"level": "excellent"})
    laptop.col.evaluations.set_answer(view.id, "ask_need", {"level": "poor"})
    desk.sync()
    r = laptop.sync()
    assert (r.conflicts, r.merged, r.refused) == (0, 1, 0)
    desk.sync()
    assert desk.snapshot() == laptop.snapshot()
    got = laptop.col.evaluations.get(view.id)
    assert {k: v.level for k, v in got.answers.items()} == {
        "greeting": "excellent",
        "ask_name": "excellent",
        "ask_need": "poor",
    }
    assert got.result.total == desk.col.evaluations.get(view.id).result.total
    # the manager sees it too, with the inspector's login on it
    boss.sync()
    assert boss.col.evaluations.get(view.id).evaluator == ivy.login


def test_a_coaching_session_round_trips_through_the_server(make_client, server_url):
    """A trainer prepares a session on one machine; it arrives whole on another (playlist,
    plan, actions), the outcome written there comes back, and a stale edit of the plan made
    offline is a conflict, never a silent overwrite."""
    from datetime import date

    trainer, desk = make_client("trainer"), make_client("desk")
    trainer.col.rubrics.add(RUBRIC_FILE)
    ev = trainer.col.evaluations.create(call_id="call-7", rubric="inbound-call", agent="agent-7")
    comment = trainer.col.evaluations.add_comment(ev.id, 42_000, "interrupted the customer")
    sid = trainer.col.coaching.create_session("agent-7", title="Let the customer finish")
    trainer.col.coaching.add_clip(sid, comment_id=comment)
    trainer.col.coaching.add_clip(sid, evaluation_id=ev.id, start_ms=90_000, end_ms=97_000)
    trainer.col.coaching.update_plan(
        sid,
        observed_behaviour="Spoke over the customer twice while they described the fault",
        effect_on_customer="The customer repeated the fault and sounded irritated",
        agreed_target="Wait for a full stop before answering, in every call",
        follow_up_on=date(2026, 12, 9),
    )
    action = trainer.col.coaching.add_action(
        "agent-7", "Listen to two calls of a top agent", session_id=sid
    )
    assert trainer.sync().conflicts == 0

    desk.sync()
    got = desk.col.coaching.get_session(sid)
    want = trainer.col.coaching.get_session(sid)
    assert (got.title, got.agreed_target, got.follow_up_on) == (
        "Let the customer finish",
        "Wait for a full stop before answering, in every call",
        date(2026, 12, 9),
    )
    assert [(c.start_ms, c.end_ms) for c in got.clips] == [
        (c.start_ms, c.end_ms) for c in want.clips
    ]
    assert [a.id for a in got.actions] == [action]

    # the session is held at the desk machine; the outcome reaches the trainer
    desk.col.coaching.record_outcome(sid, outcome_notes="Agent agreed; will practise pauses")
    assert desk.sync().conflicts == 0
    trainer.sync()
    back = trainer.col.coaching.get_session(sid)
    assert back.status == "held" and back.outcome_notes.startswith("Agent agreed")

    # both change the plan's target offline: the second to sync gets a conflict, and
    # neither text is lost
    trainer.col.coaching.update_plan(sid, agreed_target="Pause one second before answering")
    desk.col.coaching.update_plan(sid, agreed_target="Summarise the fault before answering")
    assert trainer.sync().conflicts == 0
    result = desk.sync()
    assert result.conflicts == 1
    (conflict,) = desk.col.sync.conflicts.list()
    assert conflict.table == "coaching_sessions" and conflict.row_id == sid
    assert "agreed_target" in conflict.fields
    assert conflict.mine["agreed_target"] == "Summarise the fault before answering"
    assert conflict.theirs["agreed_target"] == "Pause one second before answering"
    # until the user decides, the server's version is in place; nothing was overwritten
    assert desk.col.coaching.get_session(sid).agreed_target == "Pause one second before answering"
    desk.col.sync.conflicts.resolve(conflict.id, "mine")
    assert desk.sync().conflicts == 0
    trainer.sync()
    final = trainer.col.coaching.get_session(sid)
    assert final.agreed_target == "Summarise the fault before answering"
    assert final.outcome_notes.startswith("Agent agreed")
    assert trainer.snapshot() == desk.snapshot() == server_snapshot(server_url)
