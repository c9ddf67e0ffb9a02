"""Declarative base and the columns every synced row carries.

Every row has a client-made UUID primary key and says who changed it and when; synced rows
also carry a revision, the base revision the edit started from, the server's change sequence
seen last, and a dirty flag (changed here, not yet pushed).  The sync engine
(``qaclient/sync/``) relies on these columns; see ``docs/sync.md``.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal

from sqlalchemy import MetaData, String, Uuid
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from qaclient.storage.types import DecimalE4, UTCDateTime, utcnow

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {
        uuid.UUID: Uuid(),
        datetime: UTCDateTime(),
        Decimal: DecimalE4(),
        str: String(),
    }


def new_id() -> uuid.UUID:
    return uuid.uuid4()


class Tracked:
    """Primary key and who/when of the last change."""

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(64), default="system")
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(64), default="system")


class Synced(Tracked):
    """A row that travels between the local store and the shared server."""

    rev: Mapped[int] = mapped_column(default=1)  # bumped on every local edit
    base_rev: Mapped[int] = mapped_column(default=0)  # the server revision this edit started from
    server_seq: Mapped[int | None] = mapped_column(default=None)  # server change sequence last seen
    dirty: Mapped[bool] = mapped_column(default=True, index=True)  # changed here, not yet pushed
    deleted: Mapped[bool] = mapped_column(default=False)  # tombstone: deletions sync too

    def touch(self, actor: str) -> None:
        """Record a local edit by *actor*: a new revision, to push, who and when."""
        self.rev = (self.rev or 0) + 1
        self.dirty = True
        self.updated_at = utcnow()
        self.updated_by = actor
