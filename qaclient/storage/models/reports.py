"""Derived, local: hourly sums of the item and section scores of reportable evaluations.

The monthly KPI report's item and section averages add up ~25 score rows per evaluation;
summing them from the rows takes seconds for a busy month.  These tables hold the same
sums per **UTC hour** of the evaluation's ``scored_at`` (and rubric version, item or
section; for the calls with P / A errors, agent), so a month's sums are a few thousand
rows to add.  They are kept up to date by
SQLite triggers on ``evaluations``, ``evaluation_item_scores`` and
``evaluation_section_scores`` (migration 0005), so every write - the evaluations service,
``recompute_scores``, rows written by sync, plain SQL - changes them in the same
transaction.  An hour is the unit because a report's local days and months start at whole
hours in UTC for most time zones; the rest is summed from the rows
(``qaclient/reports/sums.py``).

Only reportable evaluations count (status not ``draft``, not deleted, with a
``scored_at``).  ``rows`` is the number of score rows summed; a key whose rows were all
removed stays with zeros.  ``category`` is ``''`` for an item without one (a key column
cannot be NULL).  Never synced; PostgreSQL has the tables but no triggers (reports on the
server sum the rows).
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import BigInteger, String
from sqlalchemy.orm import Mapped, mapped_column

from qaclient.storage.models.base import Base


class _Sums:
    rows: Mapped[int] = mapped_column(BigInteger, default=0)  # score rows summed
    n: Mapped[int] = mapped_column(BigInteger, default=0)  # rows not N/A
    score: Mapped[int] = mapped_column(BigInteger, default=0)  # raw DecimalE4 sum, not N/A
    max: Mapped[int] = mapped_column(BigInteger, default=0)  # raw DecimalE4 sum, not N/A
    na: Mapped[int] = mapped_column(BigInteger, default=0)  # N/A rows
    lost: Mapped[int] = mapped_column(BigInteger, default=0)  # not N/A and score < max


class ReportItemSum(_Sums, Base):
    __tablename__ = "report_item_sums"

    hour: Mapped[datetime] = mapped_column(primary_key=True)  # UTC hour of scored_at
    rubric_version_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    item_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    section_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    category: Mapped[str] = mapped_column(String(16), primary_key=True)  # '' = none


class ReportErrorSum(Base):
    """Per UTC hour and agent: reportable evaluations (calls) with a P / A error."""

    __tablename__ = "report_error_sums"

    hour: Mapped[datetime] = mapped_column(primary_key=True)
    agent: Mapped[str] = mapped_column(String(64), primary_key=True)
    calls: Mapped[int] = mapped_column(BigInteger, default=0)  # with any P or A error
    p: Mapped[int] = mapped_column(BigInteger, default=0)  # with a P error
    a: Mapped[int] = mapped_column(BigInteger, default=0)  # with an A error
    occ: Mapped[int] = mapped_column(BigInteger, default=0)  # SUM(errors) of their P/A rows


class ReportSectionSum(_Sums, Base):
    __tablename__ = "report_section_sums"

    hour: Mapped[datetime] = mapped_column(primary_key=True)
    rubric_version_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    section_id: Mapped[str] = mapped_column(String(100), primary_key=True)
