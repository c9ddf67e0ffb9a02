"""A validated cache of each month's partial sums (``report_cache`` table).

Aggregating a month's item scores is the expensive part of a report (one GROUP BY over
~20 rows per evaluation).  The per-agent partial sums of a month are stored here with a
*stamp* of the rows they came from: the count, newest ``updated_at`` and sum of ``rev`` of
the month's evaluations (every status, deleted ones included), the same of the month's
library calls, and the number of rubric versions.  Any save, revision, deletion or sync of
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

from qaclient.reports.period import Month
from qaclient.storage.models import Evaluation, ReportCache, RubricVersion
from qaclient.storage.types import utcnow

if TYPE_CHECKING:
    from qaclient.collection import Collection


def month_stamp(s, month: Month, tz: str | None) -> str | None:
    start, end = month.bounds(tz)
    ev = s.execute(
        select(func.count(), func.max(Evaluation.updated_at), func.sum(Evaluation.rev)).where(
            Evaluation.scored_at >= start, Evaluation.scored_at < end
        )
    ).one()
    calls: tuple = ()
    try:
        from qaclient.storage.models.recordings import Call

        calls = tuple(
            s.execute(
                select(func.count(), func.max(Call.updated_at), func.sum(Call.rev)).where(
                    Call.start_at >= start, Call.start_at < end
                )
            ).one()
        )
    except ImportError:  # pragma: no cover
        pass
    versions = s.scalar(select(func.count()).select_from(RubricVersion))
    return f"v1|{tuple(ev)}|{calls}|{versions}"


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
