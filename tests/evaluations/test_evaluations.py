"""The evaluation store: answers, comments, note, workflow, audit trail, rubric versions."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from qaclient.evaluations import EvaluationError, EvaluationStatus, SubmitError
from qaclient.rubrics.model import AnswerError
from qaclient.storage.models import Evaluation, EvaluationItemScore, EvaluationSectionScore

INBOUND_ITEMS = [
    "greeting",
    "ask_name",
    "ask_need",
    "use_surname",
    "hold_music",
    "hold_reason",
    "hold_apology",
    "long_hold_update",
    "no_interrupt",
    "active_listening",
    "objection_handling",
    "anything_else",
    "thanks",
    "product_knowledge",
    "correct_information",
    "clarity",
    "politeness",
    "patience",
    "warmth",
]


def all_excellent() -> dict:
    return {item: {"level": "excellent"} for item in INBOUND_ITEMS}


def test_create_scores_and_stores_derived_rows(col):
    view = col.evaluations.create(
        call_id="C1", rubric="inbound-call", agent="1001", answers=all_excellent()
    )
    assert view.status is EvaluationStatus.DRAFT
    assert view.result.total == Decimal(100) and view.result.max == Decimal(100)
    assert view.evaluator == "tester"
    with col.Session() as s:
        items = s.query(EvaluationItemScore).filter_by(evaluation_id=view.id).all()
        sections = s.query(EvaluationSectionScore).filter_by(evaluation_id=view.id).all()
    assert len(items) == len(INBOUND_ITEMS)
    assert sum(r.score for r in items) == Decimal(100)
    assert {r.section_id for r in sections} == {
        "opening",
        "hold",
        "response",
        "closing",
        "knowledge",
        "overall",
    }


def test_set_answer_updates_total_and_audit(col):
    view = col.evaluations.create(
        call_id="C1", rubric="inbound-call", agent="1001", answers=all_excellent()
    )
    result = col.evaluations.set_answer(view.id, "no_interrupt", {"level": "pass"})
    assert result.total == Decimal(96)  # 10 points at 60 % -> 6
    result = col.evaluations.set_answer(view.id, "greeting", {"level": "good"})
    assert result.total == Decimal("95.5")  # 3 points at 80 % = 2.4, rounded to 0.5 -> 2.5
    stored = col.evaluations.get(view.id)
    assert stored.result.total == Decimal("95.5")
    changes = [
        (h.action, h.field, h.old, h.new)
        for h in col.evaluations.history(view.id)
        if h.action == "answer"
    ]
    assert ("answer", "no_interrupt", {"level": "excellent"}, {"level": "pass"}) in changes
    assert ("answer", "greeting", {"level": "excellent"}, {"level": "good"}) in changes
    assert all(h.actor == "tester" for h in col.evaluations.history(view.id))


def test_clearing_an_answer_and_reverting_it(col):
    view = col.evaluations.create(
        call_id="C1", rubric="inbound-call", agent="1001", answers=all_excellent()
    )
    col.evaluations.set_answer(view.id, "warmth", None)
    assert "warmth" in col.evaluations.get(view.id).result.unanswered
    # every change is reversible from the audit trail: old value is recorded
    last = [h for h in col.evaluations.history(view.id) if h.field == "warmth"][-1]
    col.evaluations.set_answer(view.id, "warmth", last.old)
    assert col.evaluations.get(view.id).result.total == Decimal(100)


def test_bad_answers_are_errors_and_store_nothing(col):
    with pytest.raises(AnswerError, match="nonexistent"):
        col.evaluations.create(
            call_id="C1",
            rubric="inbound-call",
            agent="1001",
            answers={"nonexistent": {"level": "excellent"}},
        )
    with pytest.raises(AnswerError):
        col.evaluations.create(
            call_id="C1",
            rubric="inbound-call",
            agent="1001",
            answers={"greeting": {"level": "superb"}},
        )
    assert col.evaluations.list() == []
    view = col.evaluations.create(call_id="C1", rubric="inbound-call", agent="1001")
    with pytest.raises(AnswerError):
        col.evaluations.set_answer(view.id, "greeting", {"count": 3})
    with pytest.raises(AnswerError):
        col.evaluations.set_answer(view.id, "nope", {"level": "excellent"})
    assert col.evaluations.get(view.id).answers == {}


def test_comments_and_note(col):
    view = col.evaluations.create(call_id="C1", rubric="inbound-call", agent="1001")
    c1 = col.evaluations.add_comment(view.id, 12_500, "greeting rushed", item_id="greeting")
    col.evaluations.add_comment(view.id, 3_000, "opened well")
    col.evaluations.set_note(view.id, "Praise the warm close; work on the greeting pace.")
    got = col.evaluations.get(view.id)
    assert [c.position_ms for c in got.comments] == [3_000, 12_500]
    assert got.comments[1].item_id == "greeting"
    assert got.note.startswith("Praise")
    col.evaluations.update_comment(c1, text="greeting rushed (2x speed)")
    col.evaluations.delete_comment(got.comments[0].id)
    got = col.evaluations.get(view.id)
    assert [c.text for c in got.comments] == ["greeting rushed (2x speed)"]
    with pytest.raises(AnswerError):
        col.evaluations.add_comment(view.id, 1, "x", item_id="no-such-item")
    with pytest.raises(EvaluationError):
        col.evaluations.add_comment(view.id, -5, "negative")


def test_submit_refuses_unanswered_items_and_lists_them(col):
    answers = all_excellent()
    del answers["warmth"]
    view = col.evaluations.create(
        call_id="C1", rubric="inbound-call", agent="1001", answers=answers
    )
    with pytest.raises(SubmitError) as info:
        col.evaluations.submit(view.id)
    assert ("warmth", "not answered") in info.value.problems
    col.evaluations.set_answer(view.id, "warmth", {"level": "good"})
    done = col.evaluations.submit(view.id)
    assert done.status is EvaluationStatus.SUBMITTED and done.submitted_at is not None


def test_required_comment_enforced_on_scorecard_adjustment(col):
    _, rubric = col.rubrics.resolve("monthly-agent-scorecard")
    adj = rubric.item("trainer_adjustment")
    assert adj is not None and adj.comment_required
    view = col.evaluations.create(
        call_id="2026-10/1001", rubric="monthly-agent-scorecard", agent="1001"
    )
    col.evaluations.set_answer(view.id, adj.id, {"value": 3})
    with pytest.raises(SubmitError) as info:
        col.evaluations.submit(view.id)
    assert any(item == adj.id and "comment" in msg for item, msg in info.value.problems)
    col.evaluations.add_comment(
        view.id, 0, "Covered two night shifts during the flu outbreak", item_id=adj.id
    )
    problems = [p for p in col.evaluations.problems(view.id) if p[0] == adj.id]
    assert problems == []


def test_status_workflow_and_edit_lock(col):
    view = col.evaluations.create(
        call_id="C1", rubric="inbound-call", agent="1001", answers=all_excellent()
    )
    col.evaluations.submit(view.id)
    with pytest.raises(EvaluationError, match="submitted"):
        col.evaluations.set_answer(view.id, "warmth", {"level": "poor"})
    with pytest.raises(EvaluationError, match="draft"):
        col.evaluations._transition(view.id, EvaluationStatus.DRAFT)
    with pytest.raises(EvaluationError, match="reason"):
        col.evaluations.dispute(view.id, "  ")
    col.evaluations.dispute(view.id, "The hold was the system's fault")
    with pytest.raises(EvaluationError, match="reason"):
        col.evaluations.revise(view.id, " ")
    col.evaluations.revise(view.id, "hold was the system's")
    col.evaluations.set_answer(view.id, "hold_music", {"na": True})
    col.evaluations.submit(view.id)
    col.evaluations.acknowledge(view.id)
    final = col.evaluations.finalize(view.id)
    assert final.status is EvaluationStatus.FINAL
    with pytest.raises(EvaluationError):
        col.evaluations.revise(view.id, "too late")
    statuses = [h.new for h in col.evaluations.history(view.id) if h.action == "status"]
    assert statuses[0] == "submitted" and statuses[1] == {
        "status": "disputed",
        "reason": "The hold was the system's fault",
    }
    assert statuses[-1] == "final"


def test_evaluation_is_read_against_its_own_rubric_version(col, tmp_path):
    import yaml

    src = yaml.safe_load((col.rubrics._shipped_names()["inbound-call"]).read_text(encoding="utf-8"))
    view = col.evaluations.create(
        call_id="C1", rubric="inbound-call", agent="1001", answers=all_excellent()
    )
    # a new version of the rubric changes an item's maximum and becomes the active one
    src["version"] = 2
    src["sections"][0]["items"][0]["max"] = 5
    path = tmp_path / "inbound-v2.yaml"
    path.write_text(yaml.safe_dump(src, allow_unicode=True), encoding="utf-8")
    v2_id, v2 = col.rubrics.resolve(path)
    assert v2.version == 2 and v2.item("greeting").max == 5
    col.rubrics.set_status(v2_id, "active")
    assert col.rubrics.version_id("inbound-call") == v2_id  # v2 is what new work scores on
    again = col.evaluations.get(view.id)
    assert again.rubric.version == 1 and again.rubric_version_id == view.rubric_version_id
    assert again.result.total == Decimal(100) and again.rubric.item("greeting").max == 3
    # an edit after v2 became active still scores on v1: greeting "good" is 2.5 of 3
    res = col.evaluations.set_answer(view.id, "greeting", {"level": "good"})
    assert res.items["greeting"].max == 3 and res.items["greeting"].score == Decimal("2.5")
    assert res.total == Decimal("99.5") and res.max == 100
    with col.Session() as s:
        row = s.get(Evaluation, view.id)
        assert (row.total, row.max_score) == (Decimal("99.5"), Decimal(100))
        stored = s.get(EvaluationItemScore, (view.id, "greeting"))
        assert (stored.score, stored.max) == (Decimal("2.5"), Decimal(3))
    # and a new evaluation takes the active version
    fresh = col.evaluations.create(call_id="C2", rubric="inbound-call", agent="1001")
    assert fresh.rubric_version_id == v2_id and fresh.rubric.item("greeting").max == 5


def test_find_draft_resumes_with_playhead(col):
    view = col.evaluations.create(call_id="C9", rubric="inbound-call", agent="1001")
    col.evaluations.set_playhead(view.id, 61_250)
    again = col.evaluations.find_draft("C9")
    assert again is not None and again.id == view.id and again.playhead_ms == 61_250
    assert col.evaluations.find_draft("C9", evaluator="someone-else") is None


def test_list_filters(col):
    from datetime import UTC, date, datetime

    a = col.evaluations.create(
        call_id="C1",
        rubric="inbound-call",
        agent="1001",
        answers=all_excellent(),
        scored_at=datetime(2026, 10, 3, 9, tzinfo=UTC),
    )
    col.evaluations.create(
        call_id="C2",
        rubric="inbound-call",
        agent="1002",
        scored_at=datetime(2026, 11, 3, 9, tzinfo=UTC),
    )
    assert [e.id for e in col.evaluations.list(agent="1001")] == [a.id]
    assert [e.call_id for e in col.evaluations.list(date_from=date(2026, 11, 1))] == ["C2"]
    assert [e.call_id for e in col.evaluations.list(date_to=date(2026, 10, 3))] == ["C1"]
    assert col.evaluations.list(rubric="outbound-call") == []
    assert json.loads(json.dumps(col.evaluations.list()[0].to_json()))["rubric"] == "inbound-call"


def test_unknown_rubric_and_missing_agent_are_clear_errors(col):
    with pytest.raises(Exception, match="no-such-rubric"):
        col.evaluations.create(call_id="C1", rubric="no-such-rubric", agent="1001")
    with pytest.raises(EvaluationError, match="agent"):
        col.evaluations.create(call_id="UNKNOWN-CALL", rubric="inbound-call")


def test_section_na_through_set_answer_like_create(col):
    view = col.evaluations.create(
        call_id="C1", rubric="inbound-call", agent="1001", answers=all_excellent()
    )
    result = col.evaluations.set_answer(view.id, "hold", {"na": True})
    assert result.max == Decimal(90) and result.total == Decimal(
        90
    )  # the hold section (10) leaves both
    with pytest.raises(AnswerError):
        col.evaluations.set_answer(
            view.id, "hold", {"level": "excellent"}
        )  # a section takes only N/A
    col.evaluations.set_answer(view.id, "hold", None)
    assert col.evaluations.get(view.id).result.max == Decimal(100)
    with pytest.raises(AnswerError, match="no item or section"):
        col.evaluations.set_answer(view.id, "nowhere", None)
