"""The sync state of a local store towards one server: client id, pull cursor, last outcome.

Kept in the local store (``sync_state``), one row per server id, and written in the same
local transaction as the data it describes: a pull commits its rows and the new cursor
together, so a killed process resumes exactly where the last commit left it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, Engine, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from qaclient.storage.models import SyncState
from qaclient.storage.types import utcnow

T = SyncState.__table__


@dataclass
class State:
    server_id: str
    client_id: uuid.UUID
    cursor: int
    last_sync_at: datetime | None
    last_error: str | None
    last_error_at: datetime | None


def load(conn: Connection, server_id: str, server_url: str = "") -> State:
    """The state for *server_id*, created (with a new client id) on first contact."""
    row = conn.execute(select(T).where(T.c.server_id == server_id)).first()
    if row is None:
        conn.execute(
            sqlite_insert(T)
            .values(server_id=server_id, client_id=uuid.uuid4(), cursor=0, server_url=server_url)
            .on_conflict_do_nothing()
        )
        row = conn.execute(select(T).where(T.c.server_id == server_id)).one()
    return State(
        row.server_id,
        row.client_id,
        row.cursor,
        row.last_sync_at,
        row.last_error,
        row.last_error_at,
    )


def set_cursor(conn: Connection, server_id: str, cursor: int) -> None:
    conn.execute(update(T).where(T.c.server_id == server_id).values(cursor=cursor))


def mark_success(engine: Engine, server_id: str) -> None:
    with engine.begin() as conn:
        conn.execute(
            update(T)
            .where(T.c.server_id == server_id)
            .values(last_sync_at=utcnow(), last_error=None)
        )


def mark_error(engine: Engine, server_id: str | None, message: str) -> None:
    """Remember the last error (shown in the status widget); for every server if unknown."""
    with engine.begin() as conn:
        q = update(T).values(last_error=message, last_error_at=utcnow())
        if server_id is not None:
            q = q.where(T.c.server_id == server_id)
        conn.execute(q)


def latest(engine: Engine) -> State | None:
    """The most recently used server's state (for status displays)."""
    with engine.connect() as conn:
        row = conn.execute(select(T).order_by(T.c.last_sync_at.desc().nulls_last())).first()
    if row is None:
        return None
    return State(
        row.server_id,
        row.client_id,
        row.cursor,
        row.last_sync_at,
        row.last_error,
        row.last_error_at,
    )
