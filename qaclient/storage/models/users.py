"""Users and their roles.  On a shared server the role that counts is the one the server
gives the login (``qaclient db user``, ``qaclient.sync.roles``); this table carries names."""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from qaclient.storage.models.base import Base, Synced


class Role(StrEnum):
    INSPECTOR = "inspector"
    TRAINER = "trainer"
    SUPERVISOR = "supervisor"
    MANAGER = "manager"
    AGENT = "agent"
    ADMIN = "admin"  # manages logins and roles on the shared server


class User(Synced, Base):
    __tablename__ = "users"

    login: Mapped[str] = mapped_column(
        String(64), unique=True
    )  # agents: their phone-system agent id
    display_name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(16), default=Role.INSPECTOR.value)
    team: Mapped[str | None] = mapped_column(String(64), default=None, index=True)
    active: Mapped[bool] = mapped_column(default=True)
