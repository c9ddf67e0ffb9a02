"""Deduction checklists: a section counts once the inspector confirmed it; an opened call
is no draft until its first answer."""

from __future__ import annotations

from decimal import Decimal

import pytest

from qaclient.evaluations import SubmitError
from qaclient.rubrics.model import AnswerError
from qaclient.rubrics.scoring import NOT_CHECKED, parse_answers, score, submit_problems

SECTIONS = ["handling_skills", "service_attitude", "standard_phrases"]


def test_a_fresh_checklist_is_not_complete_and_names_its_sections(col):
    rubric = col.rubrics.resolve("insurance-hotline-deductions")[1]
    res = score(rubric, {})
    assert res.unchecked == tuple(SECTIONS)
    assert not res.complete
    assert res.to_json()["unchecked"] == SECTIONS
    assert submit_problems(rubric, {}) == [(s, NOT_CHECKED) for s in SECTIONS]


def test_checking_a_section_or_counting_every_item_confirms_it(col):
    rubric = col.rubrics.resolve("insurance-hotline-deductions")[1]
    answers = parse_answers(rubric, {"handling_skills": {"checked": True}})
    assert score(rubric, answers).unchecked == tuple(SECTIONS[1:])
    counted = {i.id: {"count": 0} for i in rubric.sections[1].items}
    counted["interrupted"] = {"count": 1}
    res = score(rubric, parse_answers(rubric, {"handling_skills": {"checked": True}, **counted}))
    assert res.unchecked == ("standard_phrases",)
    # a count on one item does not confirm the rest of its section
    res = score(rubric, parse_answers(rubric, {"greeting_wrong": {"count": 1}}))
    assert "standard_phrases" in res.unchecked
    everything = {s: {"checked": True} for s in SECTIONS}
    res = score(rubric, parse_answers(rubric, everything))
    assert res.complete and res.total == Decimal(100)


def test_a_check_belongs_to_a_section_with_count_items(col):
    inbound = col.rubrics.resolve("inbound-call")[1]
    with pytest.raises(AnswerError):
        parse_answers(inbound, {"opening": {"checked": True}})
    checklist = col.rubrics.resolve("insurance-hotline-deductions")[1]
    with pytest.raises(AnswerError):
        parse_answers(checklist, {"interrupted": {"checked": True}})
    with pytest.raises(AnswerError):
        parse_answers(checklist, {"handling_skills": {"checked": False}})


def test_submit_refuses_unchecked_sections_until_confirmed(col):
    view = col.evaluations.create(call_id="C9", rubric="insurance-hotline-deductions", agent="1001")
    with pytest.raises(SubmitError) as exc:
        col.evaluations.submit(view.id)
    assert [p for p in exc.value.problems] == [(s, NOT_CHECKED) for s in SECTIONS]
    for s in SECTIONS:
        col.evaluations.set_answer(view.id, s, {"checked": True})
    assert col.evaluations.submit(view.id).status.value == "submitted"


def test_create_with_check_sections_is_a_complete_record(col):
    view = col.evaluations.create(
        call_id="C10",
        rubric="insurance-hotline-deductions",
        agent="1001",
        answers={"interrupted": {"count": 2}},
        check_sections=True,
    )
    assert view.result.complete
    assert col.evaluations.problems(view.id) == []


def test_preview_stores_nothing(col):
    view = col.evaluations.preview(call_id="C11", rubric="inbound-call", agent="1001")
    assert view.id is None and not view.stored and view.editable
    assert view.result.unanswered  # nothing answered yet
    assert col.evaluations.for_call("C11") == []
    assert col.evaluations.list(call_id="C11") == []
