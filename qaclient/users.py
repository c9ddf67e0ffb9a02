"""Users, teams and roles (inspector, trainer, supervisor, manager, agent).

Authentication comes later; roles are data now so that reports, sync and the UI can already
filter by them.  Agents are users whose ``login`` is their phone-system agent id.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from qaclient.messages import msg
from qaclient.storage.models import Role, User
from qaclient.storage.types import utcnow

if TYPE_CHECKING:
    from qaclient.collection import Collection


class UserError(ValueError):
    pass


@dataclass(frozen=True)
class UserView:
    login: str
    display_name: str
    role: Role
    team: str | None
    active: bool

    @classmethod
    def of(cls, row: User) -> UserView:
        return cls(row.login, row.display_name, Role(row.role), row.team, row.active)


class Users:
    def __init__(self, col: Collection):
        self.col = col

    def add(
        self,
        login: str,
        *,
        display_name: str = "",
        role: Role | str = Role.INSPECTOR,
        team: str | None = None,
    ) -> UserView:
        """Create a user, or update name/role/team of an existing one (idempotent)."""
        login = login.strip()
        if not login:
            raise UserError(msg("users-needs-login"))
        try:
            role = Role(role)
        except ValueError as exc:
            raise UserError(
                msg("users-unknown-role", role=str(role), roles=", ".join(r.value for r in Role))
            ) from exc
        with self.col.Session.begin() as s:
            row = s.scalar(select(User).where(User.login == login))
            if row is None:
                row = User(
                    login=login,
                    display_name=display_name or login,
                    role=role.value,
                    team=team,
                    created_by=self.col.actor,
                    updated_by=self.col.actor,
                )
                s.add(row)
            elif (row.display_name, row.role, row.team) != (
                display_name or row.display_name,
                role.value,
                team,
            ):
                row.display_name = display_name or row.display_name
                row.role = role.value
                row.team = team
                row.rev += 1
                row.dirty = True
                row.updated_at = utcnow()
                row.updated_by = self.col.actor
            s.flush()
            return UserView.of(row)

    def get(self, login: str) -> UserView | None:
        with self.col.Session() as s:
            row = s.scalar(select(User).where(User.login == login, User.deleted.is_(False)))
            return UserView.of(row) if row else None

    def list(self, *, role: Role | str | None = None, team: str | None = None) -> list[UserView]:
        q = select(User).where(User.deleted.is_(False)).order_by(User.login)
        if role is not None:
            q = q.where(User.role == Role(role).value)
        if team is not None:
            q = q.where(User.team == team)
        with self.col.Session() as s:
            return [UserView.of(r) for r in s.scalars(q)]

    def signed_in_role(self) -> str | None:
        """The role the shared server gave this store's user at the last sync (None: never
        signed in to a server, e.g. the embedded single-user store)."""
        from qaclient.storage.models import SyncState

        with self.col.Session() as s:
            return s.scalar(
                select(SyncState.role)
                .where(SyncState.login == self.col.actor)
                .order_by(SyncState.last_sync_at.desc())
            )
