"""Writing the audit trail from any service: who did what to which thing, old → new.

``audit_events`` is synced append-only to the shared server, which stamps the actor from the
login and chains every event by hash (``qaclient/sync/audit_chain.py``).  Evaluations write
their own detailed events (``evaluations.py``); this module is for everything else that
decides about people: rubric lifecycle, scorecard events, coaching sign-offs, conflict
resolutions, exports.

    audit_trail.record(session, col.actor, "rubric", version_id, "status", "status", "trial", "active")
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from sqlalchemy import insert

from qaclient.storage.models import AuditEvent


def _json(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, default=str)


def _values(actor, entity, entity_id, action, field, old, new) -> dict[str, Any]:
    return dict(
        entity=entity,
        entity_id=entity_id if isinstance(entity_id, uuid.UUID) else uuid.UUID(str(entity_id)),
        action=action,
        field=field,
        old=_json(old),
        new=_json(new),
        created_by=actor,
        updated_by=actor,
    )


def record(
    session,
    actor: str,
    entity: str,
    entity_id: uuid.UUID | str,
    action: str,
    field: str | None = None,
    old: Any = None,
    new: Any = None,
) -> None:
    """Add an event in the caller's ORM session (committed with the change it records)."""
    session.add(AuditEvent(**_values(actor, entity, entity_id, action, field, old, new)))


def record_core(
    conn,
    actor: str,
    entity: str,
    entity_id: uuid.UUID | str,
    action: str,
    field: str | None = None,
    old: Any = None,
    new: Any = None,
) -> None:
    """The same on a Core connection (the sync engine's and conflicts' transactions)."""
    conn.execute(
        insert(AuditEvent.__table__).values(
            id=uuid.uuid4(), **_values(actor, entity, entity_id, action, field, old, new)
        )
    )


def record_now(col, entity: str, entity_id, action: str, field=None, old=None, new=None) -> None:
    """An event in its own transaction (e.g. an export, which writes no row of its own)."""
    with col.Session.begin() as s:
        record(s, col.actor, entity, entity_id, action, field, old, new)


#: Exports have no row of their own: they are recorded against this fixed id per kind.
def export_id(kind: str) -> uuid.UUID:
    return uuid.uuid5(uuid.NAMESPACE_URL, f"qaclient:export:{kind}")
