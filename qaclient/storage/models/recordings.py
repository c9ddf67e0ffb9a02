"""ORM tables of the recordings library: calls, import batches, samples and assignments.

A *call* is one recording plus the phone system's metadata about it.  The library is
searched on a million rows, so the table carries composite indexes shaped like the common
filters of the call list (``agent + date``, ``queue + unscored``, ``complaint``): the
equality columns, then ``deleted`` (every query excludes tombstones), then the sort key
``(start_at, call_id)`` — so the first page is an index range scan with no sort step, and
counting a filter never reads the table.  ``scored`` / ``evaluation_count`` are denormalised from the
evaluations table (kept up to date by the flush hook at the end of this module and by
``Library.mark_scored`` / ``Library.refresh_scored``) because an anti-join against evaluations cannot use the same
index as the ordering.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import BigInteger, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from qaclient.storage.models.base import Base, Synced


class Call(Synced, Base):
    """One recorded call: where its audio is, what it sounds like, and who handled it."""

    __tablename__ = "calls"
    __table_args__ = (
        Index("ix_calls_start", "deleted", "start_at", "call_id"),
        Index("ix_calls_agent_start", "agent", "deleted", "start_at", "call_id"),
        Index("ix_calls_team_start", "team", "deleted", "start_at", "call_id"),
        Index("ix_calls_queue_start", "queue", "deleted", "start_at", "call_id"),
        Index("ix_calls_queue_scored_start", "queue", "scored", "deleted", "start_at", "call_id"),
        Index("ix_calls_scored_start", "scored", "deleted", "start_at", "call_id"),
        Index("ix_calls_complaint_start", "complaint", "deleted", "start_at", "call_id"),
        # monthly reports: days worked and the day stamps read only these (migration 0005)
        Index("ix_calls_report", "start_at", "deleted", "agent", "updated_at", "rev"),
    )

    call_id: Mapped[str] = mapped_column(String(128), unique=True)
    agent: Mapped[str] = mapped_column(String(64), default="")
    team: Mapped[str | None] = mapped_column(String(64), default=None)
    queue: Mapped[str | None] = mapped_column(String(100), default=None)
    direction: Mapped[str | None] = mapped_column(String(8), default=None)  # inbound / outbound
    start_at: Mapped[datetime]
    duration_ms: Mapped[int] = mapped_column(BigInteger, default=0)
    caller_number: Mapped[str | None] = mapped_column(String(64), default=None)
    complaint: Mapped[bool] = mapped_column(default=False)
    agent_channel: Mapped[int | None] = mapped_column(default=None)  # None: mono/unknown; 0/1
    file_uri: Mapped[str] = mapped_column(Text, default="")
    file_size: Mapped[int] = mapped_column(BigInteger, default=0)
    content_hash: Mapped[str] = mapped_column(String(64), default="", index=True)
    samplerate: Mapped[int] = mapped_column(default=0)
    channels: Mapped[int] = mapped_column(default=0)
    frames: Mapped[int] = mapped_column(BigInteger, default=0)
    format: Mapped[str] = mapped_column(String(16), default="")
    subtype: Mapped[str] = mapped_column(String(32), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    metadata_source: Mapped[str] = mapped_column(String(64), default="")
    import_batch_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    scored: Mapped[bool] = mapped_column(default=False)
    evaluation_count: Mapped[int] = mapped_column(default=0)


class ImportBatch(Synced, Base):
    """One run of a folder import and its report (counts and rejects as JSON)."""

    __tablename__ = "import_batches"

    root: Mapped[str] = mapped_column(Text)
    started_at: Mapped[datetime]
    finished_at: Mapped[datetime | None] = mapped_column(default=None)
    counts: Mapped[str] = mapped_column(Text, default="{}")
    rejects: Mapped[str] = mapped_column(Text, default="[]")


class SampleBatch(Synced, Base):
    """A drawn sample: the rules and seed that reproduce it, and the period it covers."""

    __tablename__ = "sample_batches"

    name: Mapped[str] = mapped_column(String(200), default="")
    seed: Mapped[int] = mapped_column(BigInteger)
    rules: Mapped[str] = mapped_column(Text, default="{}")
    period_from: Mapped[date | None] = mapped_column(default=None)
    period_to: Mapped[date | None] = mapped_column(default=None)


class Assignment(Synced, Base):
    """One call given to one inspector to evaluate, as part of a sample batch."""

    __tablename__ = "assignments"
    __table_args__ = (
        UniqueConstraint("batch_id", "call_id", name="uq_assignments_batch_call"),
        Index("ix_assignments_inspector", "inspector", "created_at"),
    )

    batch_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sample_batches.id"), index=True)
    call_id: Mapped[str] = mapped_column(String(128), index=True)
    inspector: Mapped[str] = mapped_column(String(64))
    agent: Mapped[str] = mapped_column(String(64), default="")
    duration_ms: Mapped[int] = mapped_column(BigInteger, default=0)
    reason: Mapped[str] = mapped_column(String(32), default="random")


# --- keeping calls.scored / calls.evaluation_count in step with evaluations -------------
#
# Every ORM flush that adds, changes or deletes an Evaluation recounts the evaluations of
# the affected calls in the same transaction, so "unscored" stays an index lookup without
# the evaluations service having to know about the library.  Rows written with Core
# (sync pulls) bypass this; sync recounts the calls of the evaluations it writes, a bulk
# pull every call at its end (``recount_all_sql``).


def recount_all_sql() -> str:
    """One UPDATE recounting the non-deleted evaluations of every call, writing only the
    calls whose count changed (after a bulk write: a new client's first pull)."""
    n = "(SELECT count(*) FROM evaluations e WHERE e.call_id = calls.call_id AND e.deleted = 0)"
    return (
        f"UPDATE calls SET evaluation_count = {n}, scored = ({n} > 0)"
        f" WHERE evaluation_count IS NOT {n} OR scored IS NOT ({n} > 0)"
    )


def recount_evaluations_sql(call_ids) -> list:
    """UPDATE statements that recount the non-deleted evaluations of *call_ids*."""
    from sqlalchemy import and_, case, func, select, update

    from qaclient.storage.models.evaluations import Evaluation

    calls = Call.__table__
    ev = Evaluation.__table__
    count = (
        select(func.count())
        .where(and_(ev.c.call_id == calls.c.call_id, ev.c.deleted.is_(False)))
        .scalar_subquery()
    )
    stmts = []
    ids = sorted(set(call_ids))
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        stmts.append(
            update(calls)
            .where(calls.c.call_id.in_(chunk))
            .values(evaluation_count=count, scored=case((count > 0, True), else_=False))
        )
    return stmts


def _after_flush(session, _flush_context) -> None:
    from qaclient.storage.models.evaluations import Evaluation

    call_ids: set[str] = set()
    for obj in (*session.new, *session.dirty, *session.deleted):
        if isinstance(obj, Evaluation) and obj.call_id:
            call_ids.add(obj.call_id)
            # a call id edited on an evaluation: recount the old call too
            hist = _attr_history(obj, "call_id")
            call_ids.update(v for v in hist if v)
    if not call_ids:
        return
    conn = session.connection()
    for stmt in recount_evaluations_sql(call_ids):
        conn.execute(stmt)


def _attr_history(obj, name: str) -> list:
    from sqlalchemy import inspect

    hist = inspect(obj).attrs[name].history
    return list(hist.deleted or ())


def _install_flush_hook() -> None:
    from sqlalchemy import event
    from sqlalchemy.orm import Session

    if not event.contains(Session, "after_flush", _after_flush):
        event.listen(Session, "after_flush", _after_flush)


_install_flush_hook()
