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
