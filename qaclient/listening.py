"""The listening log: who played, sought in or exported which call, when and for how long.

The player calls :meth:`Listening.record` (``col.listening``) when playback stops (with how
long it played), on a seek, and on an export of audio; each event is a row of
``listening_events`` in the local store, written by the signed-in person and synced
append-only to the shared server, which stamps the listener from the login and lets the
supervisors who may see the call read its log (``qaclient calls listened CALL_ID``).  The
manuals ask that a stolen login be traceable: this is how.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from qaclient.storage.models import ListeningEvent
from qaclient.storage.types import utcnow

if TYPE_CHECKING:
    from qaclient.collection import Collection


class ListenAction(StrEnum):
    PLAY = "play"
    SEEK = "seek"
    EXPORT = "export"


@dataclass(frozen=True)
class ListenView:
    call_id: str
    listener: str
    action: ListenAction
    at: datetime
    position_ms: int
    duration_ms: int
    detail: str

    def to_json(self) -> dict[str, Any]:
        return {
            "call_id": self.call_id,
            "listener": self.listener,
            "action": self.action.value,
            "at": self.at.isoformat(),
            "position_ms": self.position_ms,
            "duration_ms": self.duration_ms,
            "detail": self.detail,
        }


class Listening:
    """``col.listening``: record and read the listening log."""

    def __init__(self, col: Collection):
        self.col = col

    def record(
        self,
        call_id: str,
        action: ListenAction | str,
        *,
        position_ms: int = 0,
        duration_ms: int = 0,
        at: datetime | None = None,
        detail: str = "",
    ) -> None:
        action = ListenAction(action)
        who = self.col.actor
        with self.col.Session.begin() as s:
            s.add(
                ListeningEvent(
                    call_id=call_id,
                    listener=who,
                    action=action.value,
                    at=at or utcnow(),
                    position_ms=max(0, int(position_ms)),
                    duration_ms=max(0, int(duration_ms)),
                    detail=detail[:300],
                    created_by=who,
                    updated_by=who,
                )
            )

    def for_call(self, call_id: str) -> list[ListenView]:
        """Every event of *call_id* this store holds (for a supervisor: everyone's), oldest first."""
        with self.col.Session() as s:
            rows = s.scalars(
                select(ListeningEvent)
                .where(ListeningEvent.call_id == call_id, ListeningEvent.deleted.is_(False))
                .order_by(ListeningEvent.at, ListeningEvent.id)
            ).all()
            return [
                ListenView(
                    r.call_id,
                    r.listener,
                    ListenAction(r.action),
                    r.at,
                    r.position_ms,
                    r.duration_ms,
                    r.detail,
                )
                for r in rows
            ]
