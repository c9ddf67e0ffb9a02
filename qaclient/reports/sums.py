"""Item and section sums per local day, from the hourly sums the store keeps up to date.

``report_item_sums`` / ``report_section_sums`` (``storage/models/reports.py``) hold the sums
of the score rows of reportable evaluations per UTC hour, maintained by SQLite triggers on
every write (migration 0005).  A local day is a run of whole UTC hours when the zone's
offset is a whole number of hours (UTC, Asia/Shanghai, most zones), so its sums are the
hours' sums.  Whatever is not covered by whole hours - the hours at the two ends of a range
that does not start or end on the hour, and for zones such as Asia/Kolkata (+05:30) the hour
that contains local midnight - is summed from the rows, exactly as before.  The result is
the same as summing every row (``tests/reports/test_sums.py``).

PostgreSQL has no triggers: there every sum comes from the rows.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import Any

from sqlalchemy import and_, case, func, or_, select, text

from qaclient.reports.common import counted, raw
from qaclient.reports.period import Month, day_expr, utc_offset_minutes
from qaclient.storage.models import (
    Evaluation,
    EvaluationItemScore,
    EvaluationSectionScore,
    ReportErrorSum,
    ReportItemSum,
    ReportSectionSum,
)

PHRASE, ANSWER = "P", "A"  # the categories of kpi.py

#: one trigger that must be there for the sums to be trusted (migration 0005)
_TRIGGER = "trg_evaluations_sums_upd"


def maintained(s, dialect: str) -> bool:
    """Whether this store keeps the hourly sums (SQLite with the triggers of 0005)."""
    if dialect != "sqlite":
        return False
    return bool(
        s.execute(
            text("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = :n"),
            {"n": _TRIGGER},
        ).scalar()
    )


@cache
def _migration() -> Any:
    """Migration 0005, where the triggers and the set-wise sums are defined (one code path
    for the sums: the upgrade's fill and :func:`bulk_write` run the same SQL)."""
    return importlib.import_module("qaclient.storage.migrations.versions.0005_report_sums")


@contextmanager
def bulk_write(conn, evaluations_sql: str) -> Iterator[bool]:
    """Many evaluations and their score rows rewritten in one transaction (a sync pull)
    without the per-row triggers: their contribution to the hourly sums is taken away
    set-wise, the triggers are dropped, the caller writes, the contribution is added
    back from the rows as they are now, and the triggers are created again - all inside
    the caller's transaction (SQLite DDL is transactional: a failure or a kill rolls the
    whole thing back, triggers included).  *evaluations_sql* selects the ids of every
    evaluation the caller may write (``SELECT id FROM temp.…``).  Yields whether the
    store keeps sums at all (else it is a plain block).

    Only for writes to ``evaluations`` / ``evaluation_item_scores`` /
    ``evaluation_section_scores`` rows of those evaluations: any other row written
    meanwhile would not be counted."""
    m = _migration()
    saved = _present(conn)
    if not saved:
        yield False
        return
    only = f"e.id IN ({evaluations_sql})"
    for stmt in m.fill_sql(only, "-"):
        conn.exec_driver_sql(stmt)
    for name, _sql in saved:
        conn.exec_driver_sql(f"DROP TRIGGER {name}")
    yield True
    for stmt in m.fill_sql(only):
        conn.exec_driver_sql(stmt)
    for _name, sql in saved:
        conn.exec_driver_sql(sql)


def _present(conn) -> list[tuple[str, str]]:
    names = ", ".join(f"'{n}'" for n in _migration().TRIGGERS)
    return conn.exec_driver_sql(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({names})"
    ).all()


def suspended(conn) -> bool:
    """Whether a bulk write (:func:`suspend`) left this SQLite store without its sum
    triggers: the sums are not kept until :func:`rebuild` (reports sum the rows meanwhile,
    :func:`maintained` being False)."""
    has_sums = conn.exec_driver_sql(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'report_item_sums'"
    ).scalar()
    return bool(has_sums) and len(_present(conn)) < len(_migration().TRIGGERS)


def suspend(conn) -> None:
    """Drop the sum triggers for a bulk write spanning many transactions (a new client's
    first pull): each write then costs no trigger, reports sum the rows meanwhile, and
    :func:`rebuild` makes the sums once at the end.  A process killed in between leaves
    a consistent store (:func:`suspended` says what is left to do)."""
    for name, _sql in _present(conn):
        conn.exec_driver_sql(f"DROP TRIGGER {name}")


def rebuild(conn, counted: tuple[list, list, list] | None = None) -> None:
    """The hourly sums from scratch (migration 0005's fill) and the triggers again, in the
    caller's transaction.  *counted*: the sums already added up from the score rows as they
    were written (``reports.tally.Tally.rows``: every evaluation in the store counted) -
    written as they are instead of made from the rows."""
    m = _migration()
    for name, _sql in _present(conn):
        conn.exec_driver_sql(f"DROP TRIGGER {name}")
    for table in ("report_item_sums", "report_section_sums", "report_error_sums"):
        conn.exec_driver_sql(f"DELETE FROM {table}")
    if counted is None:
        for stmt in m.fill_sql():
            conn.exec_driver_sql(stmt)
    else:
        items, sections, errors = counted
        for table, cols, rows in (
            (
                "report_item_sums",
                ("hour", "rubric_version_id", "item_id", "section_id", "category", *m.SUMS),
                items,
            ),
            ("report_section_sums", ("hour", "rubric_version_id", "section_id", *m.SUMS), sections),
            ("report_error_sums", ("hour", "agent", "calls", "p", "a", "occ"), errors),
        ):
            if rows:
                conn.exec_driver_sql(
                    f"INSERT INTO {table} ({', '.join(cols)})"
                    f" VALUES ({', '.join('?' * len(cols))})",
                    rows,
                )
    for stmt in m.triggers_sql() + m.error_triggers_sql():
        conn.exec_driver_sql(stmt)


def _hour_floor(t: datetime) -> datetime:
    return t.astimezone(UTC).replace(minute=0, second=0, microsecond=0)


def _hour_ceil(t: datetime) -> datetime:
    f = _hour_floor(t)
    return f if f == t else f + timedelta(hours=1)


def _row_hour(column):
    return func.strftime("%Y-%m-%d %H:00:00.000000", column)


def score_sums(table: Any) -> list[Any]:
    """The sums every report takes of item or section score rows, in this order: answered
    (not N/A), score and maximum of the answered, N/A count, answered below the maximum."""
    return [
        func.sum(case((table.na.is_(False), 1), else_=0)),
        func.sum(case((table.na.is_(False), raw(table.score)), else_=0)),
        func.sum(case((table.na.is_(False), raw(table.max)), else_=0)),
        func.sum(case((table.na.is_(True), 1), else_=0)),
        func.sum(case((and_(table.na.is_(False), table.score < table.max), 1), else_=0)),
    ]


def _from_rows(s, day, where, table, with_items: bool):
    """``[(day, version, id, n, score, max, na, lost[, section, category])]`` summed from the
    score rows of the evaluations matching *where*."""
    id_col = table.item_id if with_items else table.section_id
    cols = [
        day,
        Evaluation.rubric_version_id,
        id_col,
        *score_sums(table),
    ]
    if with_items:
        cols += [func.max(table.section_id), func.max(table.category)]
    q = (
        select(*cols)
        .select_from(table)
        .join(Evaluation, Evaluation.id == table.evaluation_id)
        .where(*where)
        .group_by(day, Evaluation.rubric_version_id, id_col)
    )
    return list(s.execute(q))


def _from_sums(s, month: Month, tz: str | None, split: _Split, with_items: bool):
    """The same rows as :func:`_from_rows`, from the hourly sums of the hours *split*
    covers."""
    t = ReportItemSum if with_items else ReportSectionSum
    day = day_expr(t.hour, "sqlite", tz, month)
    id_col = t.item_id if with_items else t.section_id
    cols = [
        day,
        t.rubric_version_id,
        id_col,
        func.sum(t.n),
        func.sum(t.score),
        func.sum(t.max),
        func.sum(t.na),
        func.sum(t.lost),
    ]
    if with_items:
        cols += [func.max(t.section_id), func.max(func.nullif(t.category, ""))]
    q = (
        select(*cols)
        .where(*split.hours(t.hour), t.rows != 0)
        .group_by(day, t.rubric_version_id, id_col)
    )
    return list(s.execute(q))


class _Split:
    """Which rows of [start, end) the hourly sums cover: the whole UTC hours [h0, h1)
    except those that hold a local midnight (``skip``: zones whose offset is not a whole
    number of hours, e.g. +05:30); the rest (``rest``, a condition on ``scored_at``, or
    None) is summed from the rows.  (Searching each skipped hour separately in the index -
    MULTI-INDEX OR - measured slower than filtering the month's index entries.)"""

    def __init__(self, start: datetime, end: datetime, minutes: int):
        h0, h1 = _hour_ceil(start), _hour_floor(end)
        if h0 >= h1:
            h0 = h1 = start  # no whole hour inside: every row is summed from the rows
        self.h0, self.h1 = h0, h1
        self.skip: list[datetime] = []
        if minutes % 60:
            offset = timedelta(minutes=minutes)
            day = (h0 + offset).date()
            while True:
                midnight = datetime.combine(day, datetime.min.time(), UTC) - offset
                if midnight >= h1:
                    break
                hour = _hour_floor(midnight)
                if hour >= h0:
                    self.skip.append(hour)
                day += timedelta(days=1)
        parts = []
        if start < h0:
            parts.append(Evaluation.scored_at < h0)
        if h1 < end:
            parts.append(Evaluation.scored_at >= h1)
        if self.skip:  # with a fixed offset the hour holding midnight is the same every day
            hh = {h.hour for h in self.skip}
            assert len(hh) == 1, self.skip
            # 'YYYY-MM-DD HH:…' as SQLite stores the column: one cheap test per row
            parts.append(func.substr(Evaluation.scored_at, 12, 2) == f"{hh.pop():02d}")
        self.rest = or_(*parts) if parts else None

    def hours(self, column) -> list:
        """WHERE clauses on an hourly sums table's ``hour``: the hours it covers."""
        out = [column >= self.h0, column < self.h1]
        if self.skip:
            out.append(column.not_in(self.skip))
        return out


def _error_rows(s, day, where):
    """``[(day, agent, calls with a P error, with an A error, occurrences)]`` from the rows:
    the evaluations matching *where*, each probing the (small) partial index of the item
    rows with errors."""
    it = EvaluationItemScore
    per_call = (
        select(
            day.label("day"),
            Evaluation.agent.label("agent"),
            func.max(case((it.category == PHRASE, 1), else_=0)).label("p"),
            func.max(case((it.category == ANSWER, 1), else_=0)).label("a"),
            func.sum(it.errors).label("occ"),
        )
        .select_from(Evaluation)
        .join(it, it.evaluation_id == Evaluation.id)
        .where(*where, it.errors > 0, it.category.in_((PHRASE, ANSWER)))
        .group_by(Evaluation.id, day, Evaluation.agent)
        .subquery()
    )
    q = select(
        per_call.c.day,
        per_call.c.agent,
        func.sum(per_call.c.p),
        func.sum(per_call.c.a),
        func.sum(per_call.c.occ),
    ).group_by(per_call.c.day, per_call.c.agent)
    return list(s.execute(q))


def day_error_sums(
    s, month: Month, tz: str | None, dialect: str, start, end, *, use_sums: bool | None = None
) -> list:
    """Calls with P / A errors per local day and agent of the reportable evaluations scored
    in [start, end): ``[(day, agent, p, a, occ)]``, a (day, agent) possibly twice."""
    if use_sums is None:
        use_sums = maintained(s, dialect)
    day = day_expr(Evaluation.scored_at, dialect, tz, month)
    where = counted(start, end)
    if not use_sums:
        return _error_rows(s, day, where)
    minutes = utc_offset_minutes(tz, month.first_day)
    split = _Split(start, end, minutes)
    t = ReportErrorSum
    hday = day_expr(t.hour, "sqlite", tz, month)
    rows = list(
        s.execute(
            select(hday, t.agent, func.sum(t.p), func.sum(t.a), func.sum(t.occ))
            .where(*split.hours(t.hour), t.calls != 0)
            .group_by(hday, t.agent)
        )
    )
    if split.rest is not None:
        rows += _error_rows(s, day, [*where, split.rest])
    return rows


def day_score_sums(
    s, month: Month, tz: str | None, dialect: str, start, end, *, use_sums: bool | None = None
) -> tuple[list, list]:
    """``(section_rows, item_rows)`` of the reportable evaluations scored in [start, end),
    per local day (``day_expr``), version and id; a (day, version, id) may appear twice
    (once from the hourly sums, once from the rows): the caller adds them up."""
    if use_sums is None:
        use_sums = maintained(s, dialect)
    day = day_expr(Evaluation.scored_at, dialect, tz, month)
    where = counted(start, end)
    if not use_sums:
        return (
            _from_rows(s, day, where, EvaluationSectionScore, False),
            _from_rows(s, day, where, EvaluationItemScore, True),
        )
    minutes = utc_offset_minutes(tz, month.first_day)
    split = _Split(start, end, minutes)
    out: list[list[Any]] = []
    for table, with_items in ((EvaluationSectionScore, False), (EvaluationItemScore, True)):
        rows = _from_sums(s, month, tz, split, with_items)
        if split.rest is not None:
            rows += _from_rows(s, day, [*where, split.rest], table, with_items)
        out.append(rows)
    return out[0], out[1]


_OK = (
    "e.status IN ('submitted', 'acknowledged', 'disputed', 'revised', 'final')"
    " AND e.deleted IS 0 AND e.scored_at IS NOT NULL"
)
_HOUR = "strftime('%Y-%m-%d %H:00:00.000000', e.scored_at)"
_VALUES = (
    "count(*), sum(CASE WHEN r.na IS 0 THEN 1 ELSE 0 END),"
    " sum(CASE WHEN r.na IS 0 THEN r.score ELSE 0 END),"
    " sum(CASE WHEN r.na IS 0 THEN r.max ELSE 0 END), sum(CASE WHEN r.na IS 1 THEN 1 ELSE 0 END),"
    " sum(CASE WHEN r.na IS 0 AND r.score < r.max THEN 1 ELSE 0 END)"
)


def recomputed(s) -> dict[str, dict[tuple, list[int]]]:
    """The hourly sums computed from scratch from the rows (what the tables must hold;
    SQLite).  ``{"items" | "sections" | "errors": {key: [sums]}}``."""
    queries = {
        "items": f"SELECT {_HOUR}, e.rubric_version_id, r.item_id, r.section_id,"
        f" coalesce(r.category, ''), {_VALUES} FROM evaluation_item_scores r"
        f" JOIN evaluations e ON e.id = r.evaluation_id WHERE {_OK} GROUP BY 1, 2, 3, 4, 5",
        "sections": f"SELECT {_HOUR}, e.rubric_version_id, r.section_id, {_VALUES}"
        " FROM evaluation_section_scores r JOIN evaluations e ON e.id = r.evaluation_id"
        f" WHERE {_OK} GROUP BY 1, 2, 3",
        "errors": "SELECT hour, agent, count(*), sum(p), sum(a), sum(occ) FROM ("
        f"SELECT {_HOUR} AS hour, e.agent AS agent, max(r.category = 'P') AS p,"
        " max(r.category = 'A') AS a, sum(r.errors) AS occ FROM evaluation_item_scores r"
        f" JOIN evaluations e ON e.id = r.evaluation_id WHERE {_OK} AND r.errors > 0"
        " AND r.category IN ('P', 'A') GROUP BY e.id) GROUP BY 1, 2",
    }
    return {name: _keyed(s, q, 6 if name != "errors" else 4) for name, q in queries.items()}


def stored(s) -> dict[str, dict[tuple, list[int]]]:
    """The hourly sums as the tables hold them (all-zero keys left out)."""
    queries = {
        "items": "SELECT hour, rubric_version_id, item_id, section_id, category, rows, n,"
        " score, max, na, lost FROM report_item_sums WHERE NOT (rows = 0 AND n = 0 AND score = 0"
        " AND max = 0 AND na = 0 AND lost = 0)",
        "sections": "SELECT hour, rubric_version_id, section_id, rows, n, score, max, na, lost"
        " FROM report_section_sums WHERE NOT (rows = 0 AND n = 0 AND score = 0 AND max = 0"
        " AND na = 0 AND lost = 0)",
        "errors": "SELECT hour, agent, calls, p, a, occ FROM report_error_sums"
        " WHERE NOT (calls = 0 AND p = 0 AND a = 0 AND occ = 0)",
    }
    return {name: _keyed(s, q, 6 if name != "errors" else 4) for name, q in queries.items()}


def _keyed(s, sql: str, values: int) -> dict[tuple, list[int]]:
    return {tuple(r[:-values]): [int(v or 0) for v in r[-values:]] for r in s.execute(text(sql))}
