"""Conflicts: a local edit the server refused, both versions kept until the user decides.

A push whose base revision is older than the server's is never applied over the newer
version.  What happens instead (see ``docs/sync.md``):

* same content on both sides → nothing to decide, the server version is adopted;
* evaluations → a three-way merge against the last server version we had
  (``sync_base``): fields — and answers *per rubric item* — changed on one side only are
  combined automatically, and the merged version is pushed on top of the server's.  An
  item or field changed on both sides to different values, any status change and any
  deletion are conflicts (a status is a decision, not a field to blend);
* everything else → a conflict.

For a conflict the local row takes the server version (so every client converges on the
team's truth), and our refused version is stored in ``sync_conflicts`` with the server's
and the common ancestor.  :class:`Conflicts` lists them and applies the user's choice:
keep mine, keep theirs, or merge field by field / item by item; the chosen version is
written as a new local edit on top of the server's, pushed by the next sync.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, select, update

from qaclient.storage.models import SyncConflict
from qaclient.storage.types import utcnow
from qaclient.sync.records import WHO_WHEN, Raw, TableSpec, dumps, spec_for


@dataclass(frozen=True)
class MergePolicy:
    """How rows of one table merge automatically."""

    keyed_json: frozenset[str] = frozenset()  # JSON-object columns merged key by key
    decisions: frozenset[str] = frozenset({"deleted"})  # a change here always needs the user
    derived: frozenset[str] = frozenset()  # recomputed after a merge, never compared


MERGE_POLICIES: dict[str, MergePolicy] = {
    "evaluations": MergePolicy(
        keyed_json=frozenset({"answers"}),
        decisions=frozenset({"deleted", "status"}),
        derived=frozenset(
            {"total", "max_score", "percent", "grade", "auto_fail", "auto_fail_item"}
        ),
    ),
}


def _loads_obj(text: Any) -> dict[str, Any]:
    try:
        value = json.loads(text or "{}")
    except (TypeError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


@dataclass
class MergeOutcome:
    merged: Raw | None  # None: overlapping changes, the user decides
    overlaps: list[str]  # "field" or "answers.<item id>" changed on both sides differently
    taken: list[str]  # what came from our side in the merge


def three_way(
    spec: TableSpec, policy: MergePolicy, base: Raw, mine: Raw, theirs: Raw
) -> MergeOutcome:
    """Combine *mine* and *theirs* (both edited from *base*), field by field and key by key."""
    merged = dict(theirs)
    overlaps: list[str] = []
    taken: list[str] = []
    for col in spec.data_columns:
        if col in WHO_WHEN or col in policy.derived:
            continue
        b, m, t = base.get(col), mine.get(col), theirs.get(col)
        if col in policy.keyed_json:
            bo, mo, to = _loads_obj(b), _loads_obj(m), _loads_obj(t)
            out = dict(to)
            for key in sorted(set(bo) | set(mo) | set(to)):
                bv, mv, tv = bo.get(key), mo.get(key), to.get(key)
                if mv == bv or mv == tv:
                    continue
                if tv != bv:
                    overlaps.append(f"{col}.{key}")
                    continue
                taken.append(f"{col}.{key}")
                if key in mo:
                    out[key] = mv
                else:
                    out.pop(key, None)
            merged[col] = json.dumps(out, ensure_ascii=False, sort_keys=True)
            continue
        if m == b or m == t:
            continue
        if t != b or col in policy.decisions:
            overlaps.append(col)
            continue
        taken.append(col)
        merged[col] = m
    for col in policy.decisions:
        # a decision made on the other side (status, deletion) also stops an automatic merge
        if (
            theirs.get(col) != base.get(col)
            and mine.get(col) != theirs.get(col)
            and col not in overlaps
        ):
            if any(mine.get(c) != base.get(c) for c in spec.data_columns if c not in WHO_WHEN):
                overlaps.append(col)
    if overlaps:
        return MergeOutcome(None, overlaps, taken)
    return MergeOutcome(merged, [], taken)


def differing_fields(spec: TableSpec, mine: Raw, theirs: Raw) -> list[str]:
    policy = MERGE_POLICIES.get(spec.name, MergePolicy())
    out: list[str] = []
    for col in spec.data_columns:
        if col in WHO_WHEN or col in policy.derived or mine.get(col) == theirs.get(col):
            continue
        if col in policy.keyed_json:
            mo, to = _loads_obj(mine.get(col)), _loads_obj(theirs.get(col))
            out += [f"{col}.{k}" for k in sorted(set(mo) | set(to)) if mo.get(k) != to.get(k)]
        else:
            out.append(col)
    return out


@dataclass
class ConflictView:
    """One conflict as the UI and the CLI show it (values in their typed form)."""

    id: uuid.UUID
    table: str
    row_id: uuid.UUID
    kind: str
    detected_at: datetime
    fields: list[str]
    message: str
    mine: dict[str, Any]
    theirs: dict[str, Any]
    base: dict[str, Any] | None
    resolution: str | None
    resolved_at: datetime | None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "table": self.table,
            "row_id": str(self.row_id),
            "kind": self.kind,
            "detected_at": self.detected_at.isoformat(),
            "fields": self.fields,
            "message": self.message,
            "resolution": self.resolution,
        }


class ConflictError(ValueError):
    """A resolution that cannot be applied (unknown conflict, already resolved, bad choice)."""


def _table_spec(name: str) -> TableSpec:
    from qaclient.sync.server import synced_tables

    for t in synced_tables():
        if t.name == name:
            return spec_for(t)
    raise ConflictError(f"table {name!r} is not synced by this client")


def record(
    conn: Connection,
    *,
    spec: TableSpec,
    row_id: Any,
    kind: str,
    mine: Raw,
    theirs: Raw,
    base: Raw | None,
    fields: list[str],
    message: str,
    resolution: str | None = None,
    actor: str | None = None,
) -> uuid.UUID:
    """Store a conflict (``resolution="auto"`` for a merge done automatically, kept as a trace)."""
    cid = uuid.uuid4()
    now = utcnow()
    conn.execute(
        SyncConflict.__table__.insert().values(
            id=cid,
            table_name=spec.name,
            row_id=row_id if isinstance(row_id, uuid.UUID) else uuid.UUID(hex=str(row_id)),
            kind=kind,
            detected_at=now,
            base_rev=int(mine.get("base_rev") or 0),
            theirs_rev=int(theirs.get("rev") or 0),
            mine=dumps(mine),
            theirs=dumps(theirs),
            base=dumps(base) if base is not None else None,
            fields=json.dumps(fields),
            message=message,
            resolution=resolution,
            resolved_at=now if resolution else None,
            resolved_by=actor if resolution else None,
        )
    )
    return cid


class Conflicts:
    """The user's side of conflicts: list them, look at both versions, decide."""

    def __init__(self, engine: Engine, actor: str = "system", on_evaluation_changed=None):
        self.engine = engine
        self.actor = actor
        self.on_evaluation_changed = on_evaluation_changed  # (conn, row_id) -> None

    def _view(self, row: SyncConflict | Any) -> ConflictView:
        spec = _table_spec(row.table_name)
        base = json.loads(row.base) if row.base else None
        return ConflictView(
            id=row.id,
            table=row.table_name,
            row_id=row.row_id,
            kind=row.kind,
            detected_at=row.detected_at,
            fields=json.loads(row.fields),
            message=row.message,
            mine=spec.typed_from_raw(json.loads(row.mine)),
            theirs=spec.typed_from_raw(json.loads(row.theirs)),
            base=spec.typed_from_raw(base) if base is not None else None,
            resolution=row.resolution,
            resolved_at=row.resolved_at,
        )

    def list(self, *, include_resolved: bool = False) -> list[ConflictView]:
        t = SyncConflict.__table__
        q = select(t).order_by(t.c.detected_at)
        if not include_resolved:
            q = q.where(t.c.resolved_at.is_(None))
        with self.engine.connect() as conn:
            return [self._view(r) for r in conn.execute(q)]

    def count_open(self) -> int:
        t = SyncConflict.__table__
        with self.engine.connect() as conn:
            return len(conn.execute(select(t.c.id).where(t.c.resolved_at.is_(None))).all())

    def get(self, conflict_id: uuid.UUID | str) -> ConflictView:
        t = SyncConflict.__table__
        cid = conflict_id if isinstance(conflict_id, uuid.UUID) else uuid.UUID(str(conflict_id))
        with self.engine.connect() as conn:
            row = conn.execute(select(t).where(t.c.id == cid)).first()
        if row is None:
            raise ConflictError(f"no conflict {conflict_id}")
        return self._view(row)

    def resolve(
        self, conflict_id: uuid.UUID | str, choice: str, pick: Mapping[str, str] | None = None
    ) -> None:
        """Apply the user's decision.

        *choice*: ``"theirs"`` (keep the server version, already in place), ``"mine"``
        (our version wins: written as a new edit on top of the server's), or ``"merge"``:
        start from the server version, take from ours every field / ``answers.<item>`` we
        changed that they did not, and for the overlapping ones follow *pick*
        (``{"answers.greeting": "mine", "coaching_note": "theirs"}``; default theirs).
        """
        if choice not in ("mine", "theirs", "merge"):
            raise ConflictError(f"unknown choice {choice!r}: use mine, theirs or merge")
        t = SyncConflict.__table__
        cid = conflict_id if isinstance(conflict_id, uuid.UUID) else uuid.UUID(str(conflict_id))
        with self.engine.begin() as conn:
            row = conn.execute(select(t).where(t.c.id == cid)).first()
            if row is None:
                raise ConflictError(f"no conflict {conflict_id}")
            if row.resolved_at is not None:
                raise ConflictError(
                    f"conflict {conflict_id} was already resolved ({row.resolution})"
                )
            spec = _table_spec(row.table_name)
            mine, theirs = json.loads(row.mine), json.loads(row.theirs)
            base = json.loads(row.base) if row.base else None
            if choice != "theirs":
                wanted = (
                    mine if choice == "mine" else self._merge(spec, base, mine, theirs, pick or {})
                )
                self._write_over_current(conn, spec, row.row_id, wanted)
            conn.execute(
                update(t)
                .where(t.c.id == cid)
                .values(
                    resolution=choice if choice != "merge" else "merged",
                    resolved_at=utcnow(),
                    resolved_by=self.actor,
                )
            )
            from qaclient import audit_trail

            audit_trail.record_core(
                conn,
                self.actor,
                row.table_name.removesuffix("s"),
                row.row_id,
                "resolve-conflict",
                row.kind,
                None,
                {"choice": choice, "conflict": str(cid)},
            )

    def _merge(
        self, spec: TableSpec, base: Raw | None, mine: Raw, theirs: Raw, pick: Mapping[str, str]
    ) -> Raw:
        policy = MERGE_POLICIES.get(spec.name, MergePolicy())
        base = base if base is not None else theirs
        out = dict(theirs)
        for col in spec.data_columns:
            if col in WHO_WHEN or col in policy.derived:
                continue
            if col in policy.keyed_json:
                bo, mo, to = (
                    _loads_obj(base.get(col)),
                    _loads_obj(mine.get(col)),
                    _loads_obj(theirs.get(col)),
                )
                res = dict(to)
                for key in set(bo) | set(mo) | set(to):
                    mv, tv, bv = mo.get(key), to.get(key), bo.get(key)
                    side = pick.get(f"{col}.{key}") or (
                        "mine" if (mv != bv and tv == bv) else "theirs"
                    )
                    if side == "mine":
                        if key in mo:
                            res[key] = mv
                        else:
                            res.pop(key, None)
                out[col] = json.dumps(res, ensure_ascii=False, sort_keys=True)
                continue
            m, t, b = mine.get(col), theirs.get(col), base.get(col)
            side = pick.get(col) or ("mine" if (m != b and t == b) else "theirs")
            if side == "mine":
                out[col] = m
        return out

    def _write_over_current(
        self, conn: Connection, spec: TableSpec, row_id: uuid.UUID, wanted: Raw
    ) -> None:
        """Write *wanted*'s content as a new local edit on top of the row's current version."""
        policy = MERGE_POLICIES.get(spec.name, MergePolicy())
        cols = [c for c in spec.data_columns if c not in WHO_WHEN and c not in policy.derived]
        now = spec.raw_from_typed({"updated_at": utcnow()})["updated_at"]
        sets = ", ".join(f"{c} = ?" for c in cols)
        cur = conn.exec_driver_sql(
            f"UPDATE {spec.name} SET {sets}, updated_at = ?, updated_by = ?, rev = rev + 1, dirty = 1 "
            "WHERE id = ?",
            (*[wanted.get(c) for c in cols], now, self.actor, row_id.hex),
        )
        if cur.rowcount == 0:
            raise ConflictError(f"{spec.name} row {row_id} no longer exists locally")
        if spec.name == "evaluations" and self.on_evaluation_changed is not None:
            self.on_evaluation_changed(conn, row_id)
