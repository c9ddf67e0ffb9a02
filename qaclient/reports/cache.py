"""A validated cache of each local day's partial report sums (``report_cache`` table).

The item and section sums come from the hourly sums the store keeps (``sums.py``); what
remains per day - per-agent figures, grades, days worked - is still a pass over the month's
evaluations and calls.  The partial sums of every local *day* are stored here with a
*stamp* of the rows they came from: the count, newest ``updated_at`` and sum of ``rev`` of
the day's evaluations (every status, deleted ones included), the same of the day's
library calls, and the number of rubric versions.  The stamps of a whole month come from
two GROUP BY queries on covering indexes, so a report re-sums only the days that changed
(typically today, after an inspector submitted an evaluation).  Any save, revision, deletion or sync of
an evaluation of that month changes the stamp (the evaluations service bumps ``rev`` and
``updated_at`` on every change and rewrites the derived score rows in the same
transaction), so a stale entry is never used; it is recomputed and replaced.

The stamp and the sums are read in one transaction (one snapshot).  A store without the
table (an older schema) simply works without the cache.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import delete, func, select
from sqlalchemy.exc import DBAPIError, IntegrityError

from qaclient.reports.period import Month, day_expr
from qaclient.storage.models import Evaluation, ReportCache, RubricVersion
from qaclient.storage.types import utcnow

if TYPE_CHECKING:
    from qaclient.collection import Collection


def day_stamps(s, month: Month, tz: str | None, dialect: str) -> dict[str, str]:
    """``{'YYYY-MM-DD': stamp}`` for every local day of *month*."""
    start, end = month.bounds(tz)
    versions = s.scalar(select(func.count()).select_from(RubricVersion))
    day = day_expr(Evaluation.scored_at, dialect, tz, month)
    ev = {
        str(d): (n, str(u), int(r or 0))
        for d, n, u, r in s.execute(
            select(day, func.count(), func.max(Evaluation.updated_at), func.sum(Evaluation.rev))
            .where(Evaluation.scored_at >= start, Evaluation.scored_at < end)
            .group_by(day)
        )
    }
    calls: dict[str, tuple] = {}
    try:
        from qaclient.storage.models.recordings import Call

        cday = day_expr(Call.start_at, dialect, tz, month)
        calls = {
            str(d): (n, str(u), int(r or 0))
            for d, n, u, r in s.execute(
                select(cday, func.count(), func.max(Call.updated_at), func.sum(Call.rev))
                .where(Call.start_at >= start, Call.start_at < end)
                .group_by(cday)
            )
        }
    except ImportError:  # pragma: no cover
        pass
    return {
        d.isoformat(): f"v2|{ev.get(d.isoformat())}|{calls.get(d.isoformat())}|{versions}"
        for d in month.days()
    }


def get_many(s, wanted: dict[str, str]) -> dict[str, str]:
    """Payloads of the keys in *wanted* whose stored stamp equals the wanted stamp."""
    if not wanted:
        return {}
    try:
        rows = s.execute(
            select(ReportCache.key, ReportCache.stamp, ReportCache.payload).where(
                ReportCache.key.in_(list(wanted))
            )
        ).all()
    except DBAPIError:  # no cache table in this store
        s.rollback()
        return {}
    return {k: p for k, st, p in rows if wanted.get(k) == st}


def put_many(col: Collection, entries: dict[str, tuple[str, str]]) -> None:
    """Store ``{key: (stamp, payload)}`` (replacing older entries)."""
    try:
        with col.Session.begin() as s:
            s.execute(delete(ReportCache).where(ReportCache.key.in_(list(entries))))
            now = utcnow()
            s.add_all(
                ReportCache(key=k, stamp=st, payload=p, computed_at=now)
                for k, (st, p) in entries.items()
            )
    except (IntegrityError, DBAPIError):  # a concurrent writer or no table: the cache is optional
        pass


def get(s, key: str, stamp: str) -> str | None:
    try:
        row = s.get(ReportCache, key)
    except DBAPIError:  # no cache table in this store
        s.rollback()
        return None
    if row is None or row.stamp != stamp:
        return None
    return row.payload


def put(col: Collection, key: str, stamp: str, payload: str) -> None:
    try:
        with col.Session.begin() as s:
            s.execute(delete(ReportCache).where(ReportCache.key == key))
            s.add(ReportCache(key=key, stamp=stamp, payload=payload, computed_at=utcnow()))
    except (IntegrityError, DBAPIError):  # a concurrent writer or no table: the cache is optional
        pass


def clear(col: Collection) -> int:
    with col.Session.begin() as s:
        return s.execute(delete(ReportCache)).rowcount or 0
