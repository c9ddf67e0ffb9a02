"""Search and filter: every filter, stable paging, the scored flag kept in step with
evaluations, and query plans that use the indexes."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import text

from qaclient.recordings.library import CallFilter, LibraryError
from qaclient.storage.db import transaction
from qaclient.storage.models import Evaluation, RubricVersion

T0 = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)


def _populate(col) -> None:
    agents = ["1001", "1002", "1003"]
    for i in range(30):
        col.library.add_call(
            f"call-{i:03d}",
            agent=agents[i % 3],
            team="blue" if i % 3 < 2 else "red",
            queue=["billing", "sales"][i % 2],
            direction=["inbound", "outbound"][(i // 2) % 2],
            start=T0 + timedelta(hours=i * 5),
            duration=30 + i * 10,
            complaint=i % 7 == 0,
            notes="customer was angry" if i == 11 else "",
            caller_number=f"+86138{i:08d}",
        )


def _evaluate(col, call_id: str, evaluator: str, *, deleted: bool = False) -> uuid.UUID:
    with transaction(col.Session) as s:
        rv = s.query(RubricVersion).first()
        if rv is None:
            rv = RubricVersion(
                rubric_id="t", version=1, status="formal", title="t", content="{}", content_hash="x"
            )
            s.add(rv)
            s.flush()
        ev = Evaluation(
            call_id=call_id,
            agent="x",
            evaluator=evaluator,
            rubric_version_id=rv.id,
            deleted=deleted,
        )
        s.add(ev)
        s.flush()
        return ev.id


@pytest.fixture
def lib(col):
    _populate(col)
    return col.library


def test_each_filter(lib) -> None:
    assert lib.count() == 30
    assert lib.count(CallFilter(agent="1001")) == 10
    assert lib.count(CallFilter(agent=["1001", "1003"])) == 20
    assert lib.count(CallFilter(agent=[])) == 0
    assert lib.count(CallFilter(team="red")) == 10
    assert lib.count(CallFilter(queue="sales")) == 15
    assert lib.count(CallFilter(direction="outbound")) == 14
    assert lib.count(CallFilter(complaint=True)) == 5  # 0, 7, 14, 21, 28
    assert lib.count(CallFilter(complaint=False)) == 25
    assert lib.count(CallFilter(min_duration=100, max_duration=150)) == 6  # 100..150 by 10
    assert lib.count(CallFilter(text="ANGRY")) == 1
    assert lib.count(CallFilter(text="call-01")) == 10
    assert lib.count(CallFilter(text="%")) == 0  # wildcards are literal
    # dates: whole days inclusive; datetimes exact [from, to)
    assert (
        lib.count(CallFilter(date_from=date(2026, 11, 2), date_to=date(2026, 11, 2))) == 4
    )  # 08, 13, 18, 23 h
    assert lib.count(CallFilter(date_from=T0, date_to=T0 + timedelta(hours=5))) == 1
    # the same day in Shanghai (UTC+8) runs from 16:00 UTC the day before: 08 h and 13 h
    shanghai = CallFilter(
        date_from=date(2026, 11, 2), date_to=date(2026, 11, 2), timezone="Asia/Shanghai"
    )
    assert lib.count(shanghai) == 2
    with pytest.raises(LibraryError, match="unknown time zone"):
        lib.count(CallFilter(date_from=date(2026, 11, 2), timezone="Mars/Base"))
    combined = CallFilter(agent="1002", queue="billing", date_from=date(2026, 11, 3))
    rows = lib.search(combined).rows
    assert rows and all(
        r.agent == "1002" and r.queue == "billing" and r.start.date() >= date(2026, 11, 3)
        for r in rows
    )


def test_paging_is_stable_and_complete(lib) -> None:
    seen = []
    offset = 0
    while True:
        page = lib.search(CallFilter(), offset=offset, limit=7)
        assert page.total == 30
        seen.extend(r.call_id for r in page.rows)
        if not page.has_more:
            break
        offset += 7
    assert len(seen) == 30 and len(set(seen)) == 30
    assert seen == [f"call-{i:03d}" for i in range(29, -1, -1)]  # newest first
    oldest = lib.search(CallFilter(order="oldest"), limit=3)
    assert [r.call_id for r in oldest.rows] == ["call-000", "call-001", "call-002"]
    assert lib.search(CallFilter(), limit=5, with_total=False).total is None


def test_ties_on_start_are_ordered_by_call_id(col) -> None:
    for cid in ["b", "c", "a"]:
        col.library.add_call(cid, agent="1", start=T0)
    assert [r.call_id for r in col.library.search().rows] == ["c", "b", "a"]
    assert [r.call_id for r in col.library.search(CallFilter(order="oldest")).rows] == [
        "a",
        "b",
        "c",
    ]


def test_scored_follows_evaluations(lib, col) -> None:
    assert lib.count(CallFilter(scored=False)) == 30
    ev = _evaluate(col, "call-005", "ann")
    _evaluate(col, "call-006", "bob")
    _evaluate(col, "call-007", "ann", deleted=True)  # deleted evaluations do not count
    assert lib.count(CallFilter(scored=True)) == 2
    assert lib.count(CallFilter(scored=False)) == 28
    assert lib.get("call-005").scored and lib.get("call-005").evaluation_count == 1
    assert not lib.get("call-007").scored
    assert [r.call_id for r in lib.search(CallFilter(scored_by="ann")).rows] == ["call-005"]
    assert lib.count(CallFilter(queue="sales", scored=False)) == 14
    # deleting the evaluation (a tombstone) makes the call unscored again
    with transaction(col.Session) as s:
        s.get(Evaluation, ev).deleted = True
    assert not lib.get("call-005").scored
    assert lib.count(CallFilter(scored_by="ann")) == 0


def test_scored_through_the_evaluations_service(lib, col) -> None:
    col.evaluations.create(call_id="call-010", rubric="inbound-call", evaluator="tester")
    assert lib.get("call-010").scored
    assert [r.call_id for r in lib.search(CallFilter(scored_by="tester")).rows] == ["call-010"]


def test_refresh_scored_after_core_writes(lib, col) -> None:
    _evaluate(col, "call-001", "ann")
    with col.engine.begin() as conn:  # a bulk writer bypassing the ORM
        conn.execute(text("UPDATE calls SET scored = 0, evaluation_count = 0"))
    assert not lib.get("call-001").scored
    lib.refresh_scored()
    assert lib.get("call-001").scored
    with col.engine.begin() as conn:
        conn.execute(text("UPDATE calls SET scored = 0, evaluation_count = 0"))
    lib.mark_scored("call-001")
    assert lib.get("call-001").scored


def test_evaluation_before_import_counts(col) -> None:
    _evaluate(col, "later", "ann")
    col.library.add_call("later", agent="1", start=T0)
    assert col.library.get("later").scored


def test_bad_values_are_explained(lib) -> None:
    with pytest.raises(LibraryError, match="direction must be one of"):
        lib.count(CallFilter(direction="sideways"))
    with pytest.raises(LibraryError, match="order must be one of"):
        lib.search(CallFilter(order="random"))
    with pytest.raises(LibraryError, match="already in the library"):
        lib.add_call("call-001")
    with pytest.raises(LibraryError, match="not be negative"):
        lib.search(offset=-1)


def test_row_json_and_layout(lib) -> None:
    row = lib.get("call-003")
    js = row.to_json()
    assert js["call_id"] == "call-003" and js["duration"] == 60.0 and js["channel_layout"] == "mono"
    assert lib.get("nope") is None
    assert lib.distinct_values("queue") == ["billing", "sales"]


@pytest.mark.parametrize(
    ("flt", "index"),
    [
        (
            CallFilter(agent="1001", date_from=date(2026, 11, 2), date_to=date(2026, 11, 9)),
            "ix_calls_agent_start",
        ),
        (CallFilter(queue="billing", scored=False), "ix_calls_queue_scored_start"),
        (CallFilter(complaint=True), "ix_calls_complaint_start"),
        (CallFilter(), "ix_calls_start"),
    ],
)
def test_common_filters_use_an_index_without_sorting(lib, col, flt, index) -> None:
    from sqlalchemy import and_, select

    from qaclient.recordings.library import _ROW_COLUMNS, filter_conditions, order_by

    stmt = (
        select(*_ROW_COLUMNS)
        .where(and_(*filter_conditions(flt)))
        .order_by(*order_by(flt.order))
        .limit(100)
    )
    sql = stmt.compile(col.engine, compile_kwargs={"literal_binds": True})
    with col.engine.connect() as conn:
        plan = " | ".join(r[-1] for r in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}"))
    assert index in plan, plan
    assert "TEMP B-TREE" not in plan, plan
