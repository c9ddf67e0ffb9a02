"""The listening log: who played, sought in or exported which call, when and for how long.

Written by the player (``qaclient.listening``), synced append-only: the server refuses any
change or deletion, stamps the listener from the login, and shows a call's log to the
supervisors who may see the call (``docs/security.md``).  A stolen login is traceable.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from qaclient.storage.models.base import Base, Synced


class ListeningEvent(Synced, Base):
    __tablename__ = "listening_events"
    __table_args__ = (Index("ix_listening_events_call", "call_id", "at"),)

    call_id: Mapped[str] = mapped_column(String(128))
    listener: Mapped[str] = mapped_column(String(64))  # the signed-in login
    action: Mapped[str] = mapped_column(String(16))  # play / seek / export
    at: Mapped[datetime]  # when it started (UTC)
    position_ms: Mapped[int] = mapped_column(BigInteger, default=0)  # where in the call
    duration_ms: Mapped[int] = mapped_column(BigInteger, default=0)  # how long it played
    detail: Mapped[str] = mapped_column(String(300), default="")  # e.g. the export's file name
