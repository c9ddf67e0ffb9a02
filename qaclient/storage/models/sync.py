"""Client-side bookkeeping of the sync engine (``qaclient/sync/``).

These tables live in every store (the Alembic history is shared), but only the local SQLite
store of a client ever fills them:

* ``sync_state`` — one row per server this store syncs with: our client id, the pull
  cursor (the server change sequence seen last) and the outcome of the last sync.
* ``sync_conflicts`` — a write of ours that the server refused because someone else changed
  the row first (or a status rule forbade it).  Both versions are kept here until the user
  chooses or merges; nothing typed is ever dropped.
* ``sync_refusals`` — a write the server refused for this login (a role may not make it):
  kept here with the server's reason, the row stays in the store unsent, and it is not
  offered again until it changes or the person's role does.
* ``sync_deferred_indexes`` — the secondary indexes a bulk pull (a new client's first pull)
  dropped to write its rows faster, with their DDL, until they are built again at its end
  (``qaclient/storage/indexes.py``); empty otherwise.
* ``sync_base`` — for rows whose conflicts can merge automatically (evaluations: per answer
  item), the server version a local edit started from, the common ancestor of a three-way
  merge: SQLite copies the row there at its first local edit (migration 0008's trigger).
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import BigInteger, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from qaclient.storage.models.base import Base, new_id
from qaclient.storage.types import utcnow


class SyncState(Base):
    __tablename__ = "sync_state"

    server_id: Mapped[str] = mapped_column(String(64), primary_key=True)  # the server's sync id
    client_id: Mapped[uuid.UUID] = mapped_column(default=new_id)  # who we are to that server
    cursor: Mapped[int] = mapped_column(BigInteger, default=0)  # last server change seq pulled
    server_url: Mapped[str] = mapped_column(Text, default="")  # without password
    last_sync_at: Mapped[datetime | None] = mapped_column(default=None)
    last_error: Mapped[str | None] = mapped_column(Text, default=None)
    last_error_at: Mapped[datetime | None] = mapped_column(default=None)
    # who this store is signed in as on that server (the server's ``current_user``), the
    # role and the version of that person's scope (teams, agent id) seen at the last sync
    login: Mapped[str | None] = mapped_column(String(64), default=None)
    role: Mapped[str | None] = mapped_column(String(16), default=None)
    scope_rev: Mapped[int | None] = mapped_column(BigInteger, default=None)


class SyncConflict(Base):
    __tablename__ = "sync_conflicts"
    __table_args__ = (Index("ix_sync_conflicts_open", "resolved_at", "table_name"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[uuid.UUID] = mapped_column(index=True)
    kind: Mapped[str] = mapped_column(String(16))  # edit | status | delete | duplicate
    detected_at: Mapped[datetime] = mapped_column(default=utcnow)
    base_rev: Mapped[int] = mapped_column(default=0)  # the revision our edit started from
    theirs_rev: Mapped[int] = mapped_column(default=0)  # the server revision that won
    mine: Mapped[str] = mapped_column(Text)  # JSON of our refused version
    theirs: Mapped[str] = mapped_column(Text)  # JSON of the server version
    base: Mapped[str | None] = mapped_column(Text, default=None)  # JSON of the common ancestor
    fields: Mapped[str] = mapped_column(
        Text, default="[]"
    )  # JSON list: fields / answer items both changed
    message: Mapped[str] = mapped_column(Text, default="")
    resolved_at: Mapped[datetime | None] = mapped_column(default=None)
    resolved_by: Mapped[str | None] = mapped_column(String(64), default=None)
    resolution: Mapped[str | None] = mapped_column(
        String(16), default=None
    )  # mine|theirs|merged|auto


class SyncBase(Base):
    __tablename__ = "sync_base"

    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    row_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    rev: Mapped[int]
    data: Mapped[str] = mapped_column(Text)  # JSON of the row's synced fields at ``rev``


class SyncRefusal(Base):
    __tablename__ = "sync_refusals"

    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    row_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    rev: Mapped[int]  # the local revision the server refused; a new edit is offered again
    login: Mapped[str] = mapped_column(String(64), default="")  # who was signed in
    reason: Mapped[str] = mapped_column(Text, default="")  # the server's words
    refused_at: Mapped[datetime] = mapped_column(default=utcnow)


class DeferredIndex(Base):
    """A secondary index dropped for a bulk write and not built again yet
    (``qaclient.storage.indexes``)."""

    __tablename__ = "sync_deferred_indexes"

    name: Mapped[str] = mapped_column(String(128), primary_key=True)
    table_name: Mapped[str] = mapped_column(String(64))
    sql: Mapped[str] = mapped_column(Text)  # the CREATE INDEX statement, as SQLite kept it
