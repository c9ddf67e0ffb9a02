"""Disputes: an agent contests items of a submitted evaluation; a supervisor resolves."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from qaclient.storage.models.base import Base, Synced


class Dispute(Synced, Base):
    __tablename__ = "disputes"

    evaluation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("evaluations.id"), index=True)
    agent: Mapped[str] = mapped_column(String(64), index=True)
    items: Mapped[str] = mapped_column(Text, default="[]")  # JSON [{"item", "reason"}]
    status: Mapped[str] = mapped_column(String(16), default="open")  # open|upheld|rejected
    resolution: Mapped[str] = mapped_column(Text, default="")  # the supervisor's reason
    resolved_by: Mapped[str | None] = mapped_column(String(64), default=None)
    resolved_at: Mapped[datetime | None] = mapped_column(default=None)
    # the evaluation's score when disputed and after the resolution (what changed)
    percent_before: Mapped[str | None] = mapped_column(String(16), default=None)
    percent_after: Mapped[str | None] = mapped_column(String(16), default=None)


class CentreSetting(Synced, Base):
    """A centre-wide setting (dispute window, dispute limit …), synced to every client."""

    __tablename__ = "centre_settings"

    key: Mapped[str] = mapped_column(String(64), unique=True)
    value: Mapped[str] = mapped_column(Text, default="null")  # JSON
