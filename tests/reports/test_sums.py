"""The hourly report sums the store keeps by triggers (migration 0005, ``reports/sums.py``).

Whatever writes the evaluations and their score rows - the ORM, the evaluations service and
``recompute_scores``, sync's plain SQL, ``INSERT OR REPLACE``, deletions, a migration of an
older store - the sums must equal a from-scratch recomputation, and a report computed from
them must equal the report summed from the rows, in every time zone.
"""

from __future__ import annotations

import importlib.util
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qaclient.reports import sums
from qaclient.reports.kpi import build_kpi
from qaclient.reports.period import Month
from qaclient.storage import db

_spec = importlib.util.spec_from_file_location(
    "sums_dataset", Path(__file__).with_name("dataset.py")
)
dataset = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(dataset)

#: zones with whole-hour offsets, half / quarter hours, daylight saving in the month
ZONES = (
    None,
    "Asia/Shanghai",
    "Asia/Kolkata",
    "Asia/Kathmandu",
    "America/New_York",
    "Europe/Madrid",
    "Australia/Adelaide",
)
MONTHS = ("2026-09", "2026-10", "2026-11")
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


def _check(col) -> None:
    """Sums == recomputation, and reports from the sums == reports from the rows."""
    with col.Session() as s:
        assert sums.maintained(s, "sqlite")
        assert sums.stored(s) == sums.recomputed(s)
    for month in MONTHS:
        for tz in ZONES:
            a = build_kpi(col, Month.parse(month), tz=tz, use_cache=False, use_sums=True)
            b = build_kpi(col, Month.parse(month), tz=tz, use_cache=False, use_sums=False)
            assert a.to_json() == b.to_json(), (month, tz)


def test_sums_equal_the_rows_on_the_data_set(col, data):
    with col.Session() as s:
        got = sums.stored(s)
    assert got["items"] and got["sections"] and got["errors"]
    _check(col)
    # and the cached report (day partials) is the same as before
    assert (
        col.reports.kpi("2026-10").to_json()
        == build_kpi(col, Month.parse("2026-10"), use_cache=False, use_sums=False).to_json()
    )


# ----------------------------------------------------------------- random writes in SQL

#: instants near the edges that matter: months (UTC, +08:00, +05:30, DST), hours, days
BASES = [
    datetime(2026, 9, 30, 23, 0, tzinfo=UTC),
    datetime(2026, 9, 30, 15, 0, tzinfo=UTC),
    datetime(2026, 9, 30, 18, 0, tzinfo=UTC),
    datetime(2026, 10, 1, 0, 0, tzinfo=UTC),
    datetime(2026, 10, 14, 18, 0, tzinfo=UTC),
    datetime(2026, 10, 25, 0, 0, tzinfo=UTC),
    datetime(2026, 10, 31, 13, 0, tzinfo=UTC),
    datetime(2026, 10, 31, 16, 0, tzinfo=UTC),
    datetime(2026, 10, 31, 23, 0, tzinfo=UTC),
    datetime(2026, 11, 1, 4, 0, tzinfo=UTC),
]
STATUSES = ("draft", "submitted", "final", "disputed")

instant = st.one_of(
    st.none(),
    st.builds(
        lambda b, m: b + timedelta(minutes=m),
        st.sampled_from(BASES),
        st.sampled_from([0, 14, 15, 29, 30, 44, 45, 59, 60, 89]),
    ),
)
evaluation = st.fixed_dictionaries(
    {
        "status": st.sampled_from(STATUSES),
        "deleted": st.booleans(),
        "scored": instant,
        "agent": st.sampled_from(["ann", "bob"]),
        "rv": st.integers(0, 1),
    }
)
item_row = st.fixed_dictionaries(
    {
        "item": st.sampled_from(["i1", "i2", "i3"]),
        "section": st.sampled_from(["s1", "s2"]),
        "score": st.integers(-3, 3),
        "max": st.sampled_from([0, 2, 3]),
        "na": st.booleans(),
        "category": st.sampled_from([None, "P", "A", "X"]),
        "errors": st.integers(0, 2),
    }
)
op = st.one_of(
    st.tuples(st.just("evaluation"), evaluation),
    st.tuples(st.just("item"), st.integers(0, 5), item_row),
    st.tuples(st.just("section"), st.integers(0, 5), item_row),
    st.tuples(st.just("update"), st.integers(0, 5), evaluation),
    st.tuples(st.just("edit_item"), st.integers(0, 5), item_row),
    st.tuples(st.just("move_item"), st.integers(0, 5), st.integers(0, 5)),
    st.tuples(st.just("delete_item"), st.integers(0, 5), st.sampled_from(["i1", "i2", "i3"])),
    st.tuples(st.just("replace"), st.integers(0, 5), evaluation),
    st.tuples(st.just("delete"), st.integers(0, 5)),
    st.tuples(st.just("ignore_item"), st.integers(0, 5), item_row),
)


def _ts(d: datetime | None) -> str | None:
    return None if d is None else d.strftime("%Y-%m-%d %H:%M:%S.%f")


def _apply(c, rvs: list[str], ids: list[str], step) -> None:
    """One write in plain SQL, as sync and other Core writers do it."""
    kind = step[0]
    now = _ts(datetime.now(UTC))
    ev_cols = (
        "id, call_id, agent, evaluator, rubric_version_id, status, answers, coaching_note,"
        " playhead_ms, auto_fail, scored_at, rev, base_rev, dirty, deleted, created_at,"
        " created_by, updated_at, updated_by"
    )

    def ev_values(eid: str, e: dict) -> tuple:
        return (
            eid,
            f"call-{eid[:6]}",
            e["agent"],
            "ins",
            rvs[e["rv"]],
            e["status"],
            "{}",
            "",
            0,
            0,
            _ts(e["scored"]),
            1,
            0,
            1,
            int(e["deleted"]),
            now,
            "t",
            now,
            "t",
        )

    def target(i: int) -> str | None:
        return ids[i % len(ids)] if ids else None

    if kind == "evaluation":
        eid = uuid.uuid4().hex
        ids.append(eid)
        c.exec_driver_sql(
            f"INSERT INTO evaluations ({ev_cols}) VALUES ({', '.join('?' * 19)})",
            ev_values(eid, step[1]),
        )
        return
    eid = target(step[1])
    if eid is None:
        return
    if kind in ("item", "ignore_item", "edit_item"):
        r = step[2]
        values = (
            eid,
            r["item"],
            r["section"],
            r["score"] * 10_000,
            r["max"] * 10_000,
            int(r["na"]),
            r["category"],
            r["errors"],
        )
        if kind == "edit_item":
            c.exec_driver_sql(
                "UPDATE evaluation_item_scores SET section_id = ?, score = ?, max = ?, na = ?,"
                " category = ?, errors = ? WHERE evaluation_id = ? AND item_id = ?",
                (*values[2:], eid, r["item"]),
            )
        else:
            verb = "INSERT OR IGNORE" if kind == "ignore_item" else "INSERT OR REPLACE"
            c.exec_driver_sql(
                f"{verb} INTO evaluation_item_scores (evaluation_id, item_id, section_id, score,"
                " max, na, category, errors) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                values,
            )
    elif kind == "section":
        r = step[2]
        c.exec_driver_sql(
            "INSERT OR REPLACE INTO evaluation_section_scores (evaluation_id, section_id, score,"
            " max, na) VALUES (?, ?, ?, ?, ?)",
            (eid, r["section"], r["score"] * 10_000, r["max"] * 10_000, int(r["na"])),
        )
    elif kind == "update":
        e = step[2]
        c.exec_driver_sql(
            "UPDATE evaluations SET status = ?, deleted = ?, scored_at = ?, agent = ?,"
            " rubric_version_id = ?, rev = rev + 1 WHERE id = ?",
            (e["status"], int(e["deleted"]), _ts(e["scored"]), e["agent"], rvs[e["rv"]], eid),
        )
    elif kind == "replace":
        c.exec_driver_sql(
            f"INSERT OR REPLACE INTO evaluations ({ev_cols}) VALUES ({', '.join('?' * 19)})",
            ev_values(eid, step[2]),
        )
    elif kind == "move_item":
        other = target(step[2])
        c.exec_driver_sql(
            "UPDATE OR IGNORE evaluation_item_scores SET evaluation_id = ? WHERE evaluation_id = ?"
            " AND item_id = (SELECT min(item_id) FROM evaluation_item_scores"
            " WHERE evaluation_id = ?)",
            (other, eid, eid),
        )
    elif kind == "delete_item":
        c.exec_driver_sql(
            "DELETE FROM evaluation_item_scores WHERE evaluation_id = ? AND item_id = ?",
            (eid, step[2]),
        )
    elif kind == "delete":
        c.exec_driver_sql("DELETE FROM evaluations WHERE id = ?", (eid,))
        ids.remove(eid)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=st.lists(op, min_size=1, max_size=25))
def test_sums_follow_every_kind_of_write(col, steps):
    b = dataset.Builder(col)
    rvs = [
        uuid.UUID(str(b.rubric({**dataset.INBOUND, "id": f"r{uuid.uuid4().hex[:8]}"}))).hex
        for _ in range(2)
    ]
    ids: list[str] = []
    for step in steps:
        with col.engine.begin() as c:
            _apply(c, rvs, ids, step)
    _check(col)
    # everything deleted: nothing left in the sums
    with col.engine.begin() as c:
        c.exec_driver_sql("DELETE FROM evaluation_item_scores")
        c.exec_driver_sql("DELETE FROM evaluation_section_scores")
        c.exec_driver_sql("DELETE FROM evaluations")
    with col.Session() as s:
        assert sums.stored(s) == {"items": {}, "sections": {}, "errors": {}}


# ----------------------------------------------------------- the services and migrations


def test_sums_follow_the_evaluations_service(col):
    """Create, answer (recompute_scores), submit, dispute, revise, re-date and delete through
    the service, on a points rubric and a deduction checklist with P / A errors."""
    from qaclient.storage.models import Evaluation

    a = col.evaluations.create(call_id="call-1", rubric="inbound-call", agent="agent-7")
    b = col.evaluations.create(
        call_id="call-2",
        rubric="insurance-hotline-deductions",
        agent="agent-8",
        answers={"courtesy_words_missing": {"count": 2}, "off_topic_answer": {"count": 1}},
        check_sections=True,  # a complete record: the other deductions did not happen
    )
    col.evaluations.set_answer(a.id, "greeting", {"level": "excellent"})
    with col.Session.begin() as s:  # the calls' dates: one on a +05:30 midnight hour
        s.get(Evaluation, a.id).scored_at = datetime(2026, 10, 14, 18, 45, tzinfo=UTC)
        s.get(Evaluation, b.id).scored_at = datetime(2026, 10, 31, 16, 5, tzinfo=UTC)
    _check_sums(col)
    col.evaluations.set_answers(
        a.id, {item: {"level": "poor"} for item in INBOUND_ITEMS if item != "greeting"}
    )
    col.evaluations.submit(a.id)
    col.evaluations.submit(b.id)
    with col.Session() as s:
        got = sums.stored(s)
    assert got["items"] and got["errors"]
    _check(col)
    col.evaluations.dispute(b.id, "the answer was right")
    col.evaluations.revise(b.id, "agreed")
    col.evaluations.set_answer(b.id, "off_topic_answer", {"count": 0})
    col.evaluations.set_answer(b.id, "greeting_wrong", {"count": 3})
    _check(col)
    with col.Session.begin() as s:
        s.get(Evaluation, a.id).deleted = True
    _check(col)


def _check_sums(col) -> None:
    with col.Session() as s:
        assert sums.stored(s) == sums.recomputed(s)


def _columns_added_after(path) -> list[tuple[str, str]]:
    """Add to the old store at *path* the columns today's models have and it lacks."""
    import sqlite3

    from qaclient.storage.models import Base

    added = []
    con = sqlite3.connect(path)
    try:
        for table in Base.metadata.sorted_tables:
            have = {r[1] for r in con.execute(f"PRAGMA table_info({table.name})")}
            if not have:
                continue  # a table of a later revision: created by the upgrade
            for column in table.columns:
                if column.name not in have:
                    con.execute(f"ALTER TABLE {table.name} ADD COLUMN {column.name}")
                    added.append((table.name, column.name))
        con.commit()
    finally:
        con.close()
    return added


def _drop_columns(path, columns: list[tuple[str, str]]) -> None:
    import sqlite3

    con = sqlite3.connect(path)
    try:
        for table, column in columns:
            con.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        con.commit()
    finally:
        con.close()


def test_an_older_store_gets_its_sums_on_upgrade(tmp_path):
    """A store of revision 0004 with evaluations: upgrading fills the sums from its rows."""
    from alembic import command

    from qaclient.collection import Collection

    path = tmp_path / "old.sqlite3"
    engine = db.make_engine(db.sqlite_url(path))
    cfg = db.alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0004")
    engine.dispose()
    # rows written with the schema of 0004 (no sums tables, no triggers yet); columns that
    # later revisions add to these tables are there only while today's ORM writes the rows
    later = _columns_added_after(path)
    col = Collection(db.open_engine(db.sqlite_url(path), migrate=False), actor="tester")
    try:
        dataset.build(col)
    finally:
        col.close()
    _drop_columns(path, later)
    col = Collection.open(db.sqlite_url(path), actor="tester")
    try:
        with col.Session() as s:
            assert sums.stored(s)["items"]
        _check(col)
    finally:
        col.close()
    # and down again: the tables and triggers go
    engine = db.make_engine(db.sqlite_url(path))
    with engine.begin() as conn:
        cfg = db.alembic_config(engine)
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0004")
    with engine.connect() as conn:
        left = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE name LIKE '%sums%'").all()
    engine.dispose()
    assert left == []
