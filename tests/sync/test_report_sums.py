"""Evaluations written by sync (pulled rows, rescored by the engine) keep the report sums
of the local store right (migration 0005, ``qaclient/reports/sums.py``)."""

from __future__ import annotations

from datetime import UTC, datetime

from qaclient.reports import sums
from qaclient.reports.kpi import build_kpi
from qaclient.reports.period import Month
from qaclient.storage.models import Evaluation

from .conftest import RUBRIC_FILE


def _sums_right(col) -> None:
    with col.Session() as s:
        assert sums.stored(s) == sums.recomputed(s)
    for tz in (None, "Asia/Kolkata"):
        a = build_kpi(col, Month.parse("2026-10"), tz=tz, use_cache=False, use_sums=True)
        b = build_kpi(col, Month.parse("2026-10"), tz=tz, use_cache=False, use_sums=False)
        assert a.to_json() == b.to_json()


def test_pulled_evaluations_keep_the_report_sums_right(make_client):
    a, b = make_client("alice"), make_client("bob")
    a.col.rubrics.add(RUBRIC_FILE)
    view = a.col.evaluations.create(call_id="call-42", rubric="inbound-call", agent="agent-7")
    a.col.evaluations.set_answer(view.id, "greeting", {"level": "excellent"})
    a.col.evaluations.set_answer(view.id, "ask_name", {"level": "poor"})
    with a.col.Session.begin() as s:
        row = s.get(Evaluation, view.id)
        row.status = "revised"  # reportable and still editable
        row.scored_at = datetime(2026, 10, 14, 18, 40, tzinfo=UTC)
        row.rev += 1
        row.dirty = True
    a.sync()
    b.sync()
    with b.col.Session() as s:
        assert sums.stored(s)["items"]
    _sums_right(b.col)
    assert b.col.reports.kpi("2026-10").to_json() == a.col.reports.kpi("2026-10").to_json()
    # an edit and a deletion made on the other machine arrive by sync too
    a.col.evaluations.set_answer(view.id, "ask_name", {"level": "excellent"})
    a.sync()
    b.sync()
    _sums_right(b.col)
    with a.col.Session.begin() as s:
        row = s.get(Evaluation, view.id)
        row.deleted = True
        row.rev += 1
        row.dirty = True
    a.sync()
    b.sync()
    _sums_right(b.col)
    with b.col.Session() as s:
        assert sums.stored(s)["items"] == {}
