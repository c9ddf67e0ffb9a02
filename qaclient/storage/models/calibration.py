"""Calibration sessions: several inspectors (and optionally a benchmark scorer) score the
same calls blind on one rubric version; after the reveal everyone compares.

Each participant's scoring is an ordinary evaluation carrying ``calibration_id`` (and no
``scored_at``, so it never counts in agents' KPIs)."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from qaclient.storage.models.base import Base, Synced


class CalibrationSession(Synced, Base):
    __tablename__ = "calibration_sessions"

    title: Mapped[str] = mapped_column(String(200), default="")
    rubric_version_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("rubric_versions.id"))
    status: Mapped[str] = mapped_column(String(16), default="open")  # open | revealed
    benchmark: Mapped[str | None] = mapped_column(String(64), default=None)  # login
    note: Mapped[str] = mapped_column(Text, default="")  # the discussion note
    # JSON {call_id: {item_id: answer}}: the answers the session agreed on
    reference_answers: Mapped[str] = mapped_column(Text, default="{}")
    revealed_at: Mapped[datetime | None] = mapped_column(default=None)
    revealed_by: Mapped[str | None] = mapped_column(String(64), default=None)


class CalibrationCall(Synced, Base):
    __tablename__ = "calibration_calls"

    session_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("calibration_sessions.id"), index=True)
    call_id: Mapped[str] = mapped_column(String(128))
    position: Mapped[int] = mapped_column(default=0)


class CalibrationParticipant(Synced, Base):
    __tablename__ = "calibration_participants"

    session_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("calibration_sessions.id"), index=True)
    login: Mapped[str] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(String(16), default="inspector")  # inspector | benchmark
