"""The audit trail: every change to an evaluation (who, when, old -> new). Append-only."""

from __future__ import annotations

import uuid

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from qaclient.storage.models.base import Base, Synced


class AuditEvent(Synced, Base):
    __tablename__ = "audit_events"
    __table_args__ = (Index("ix_audit_events_entity", "entity", "entity_id"),)

    entity: Mapped[str] = mapped_column(String(32))  # "evaluation", "comment", …
    entity_id: Mapped[uuid.UUID]
    action: Mapped[str] = mapped_column(String(32))  # "create", "answer", "status", "note", …
    field: Mapped[str | None] = mapped_column(String(100), default=None)
    old: Mapped[str | None] = mapped_column(Text, default=None)  # JSON
    new: Mapped[str | None] = mapped_column(Text, default=None)  # JSON
