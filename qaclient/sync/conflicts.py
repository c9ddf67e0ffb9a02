"""Conflicts: a local edit the server refused, both versions kept until the user decides.

A push whose base revision is older than the server's is never applied over the newer
version.  What happens instead (see ``docs/sync.md``):

* same content on both sides → nothing to decide, the server version is adopted;
* evaluations → a three-way merge against the last server version we had
  (``sync_base``): fields — and answers *per rubric item* — changed on one side only are
  combined automatically, and the merged version is pushed on top of the server's.  When
  some items clash (changed on both sides to different values), the rest still merges at
  once and only the clashing fields wait for the user.  Any status change and any deletion
  stop the merge (a status is a decision, not a field to blend): then everything we changed
  is in the conflict;
* everything else → a conflict (the fields listed: all that differ).

For a conflict the local row takes the server version (plus, for a partial merge, our
non-clashing changes), and our refused version is stored in ``sync_conflicts`` with the
server's and the common ancestor.  :class:`Conflicts` lists them and applies the user's
choice — keep mine, keep theirs, or field by field — to the fields in conflict only, on
top of the row as it is now: no resolution ever discards an edit outside those fields.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, select, update

from qaclient.messages import msg
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
    """What a three-way merge could do on its own.

    *merged*: the server version plus every change only we made — the whole merge when
    *overlaps* is empty, else the part that does not clash (written at once; only the
    fields in *overlaps* wait for the user).  ``None`` when a decision (a status change, a
    deletion) stops any automatic merge: then *overlaps* also lists everything we changed,
    so that no resolution can drop one of our edits without the user choosing it.
    """

    merged: Raw | None
    overlaps: list[str]  # the fields in conflict: "field" or "answers.<item id>"
    taken: list[str]  # what came from our side into *merged*


def _changes(
    spec: TableSpec, policy: MergePolicy, base: Raw, mine: Raw, theirs: Raw
) -> tuple[list[str], list[str]]:
    """(*taken*, *overlaps*): fields / ``col.key`` changed by us only, and by both sides to
    different values (a change of ours to a decision column always overlaps)."""
    overlaps: list[str] = []
    taken: list[str] = []
    for col in spec.data_columns:
        if col in WHO_WHEN or col in policy.derived:
            continue
        b, m, t = base.get(col), mine.get(col), theirs.get(col)
        if col in policy.keyed_json:
            bo, mo, to = _loads_obj(b), _loads_obj(m), _loads_obj(t)
            for key in sorted(set(bo) | set(mo) | set(to)):
                bv, mv, tv = bo.get(key), mo.get(key), to.get(key)
                if mv == bv or mv == tv:
                    continue
                (overlaps if tv != bv else taken).append(f"{col}.{key}")
            continue
        if m == b or m == t:
            continue
        if t != b or col in policy.decisions:
            overlaps.append(col)
        else:
            taken.append(col)
    for col in policy.decisions:
        # a decision made on the other side (status, deletion) also stops an automatic merge
        if (
            theirs.get(col) != base.get(col)
            and mine.get(col) != theirs.get(col)
            and col not in overlaps
        ):
            if any(mine.get(c) != base.get(c) for c in spec.data_columns if c not in WHO_WHEN):
                overlaps.append(col)
    return taken, overlaps


def field_value(policy: MergePolicy, row: Raw, name: str) -> tuple[bool, Any]:
    """(present, value) of a field (``coaching_note``) or a keyed item (``answers.greeting``)."""
    col, _, key = name.partition(".")
    if key and col in policy.keyed_json:
        obj = _loads_obj(row.get(col))
        return key in obj, obj.get(key)
    return name in row, row.get(name)


def with_fields(policy: MergePolicy, row: Raw, source: Raw, names: list[str]) -> Raw:
    """*row* with the fields / keyed items *names* as *source* has them (absent: removed)."""
    out = dict(row)
    keyed: dict[str, dict[str, Any]] = {}
    for name in names:
        col, _, key = name.partition(".")
        if key and col in policy.keyed_json:
            obj = keyed.setdefault(col, _loads_obj(out.get(col)))
            present, value = field_value(policy, source, name)
            if present:
                obj[key] = value
            else:
                obj.pop(key, None)
        else:
            out[name] = source.get(name)
    for col, obj in keyed.items():
        out[col] = json.dumps(obj, ensure_ascii=False, sort_keys=True)
    return out


def three_way(
    spec: TableSpec, policy: MergePolicy, base: Raw, mine: Raw, theirs: Raw
) -> MergeOutcome:
    """Combine *mine* and *theirs* (both edited from *base*), field by field and key by key."""
    taken, overlaps = _changes(spec, policy, base, mine, theirs)
    if any(col in policy.decisions for col in overlaps):
        # a decision is never blended: nothing merges, and all we changed is in conflict
        return MergeOutcome(None, overlaps + [f for f in taken if f not in overlaps], [])
    return MergeOutcome(with_fields(policy, dict(theirs), mine, taken), overlaps, taken)


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
    raise ConflictError(msg("sync-table-not-synced", table=name))


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
            raise ConflictError(msg("sync-no-conflict", id=str(conflict_id)))
        return self._view(row)

    def resolve(
        self, conflict_id: uuid.UUID | str, choice: str, pick: Mapping[str, str] | None = None
    ) -> None:
        """Apply the user's decision to the fields in conflict — and only to them.

        The local row already holds the server version with every change of ours that did
        not clash (the sync merged those at once), and any edit made since.  *choice*:
        ``"theirs"`` (the server's values of the fields in conflict stay: nothing to write),
        ``"mine"`` (our values of the fields in conflict, written as a new edit on top of
        the current row), or ``"merge"``: per field in conflict as *pick* says
        (``{"answers.greeting": "mine", "coaching_note": "theirs"}``; default theirs).
        Nothing outside the fields in conflict changes, whatever the choice.
        """
        if choice not in ("mine", "theirs", "merge"):
            raise ConflictError(msg("sync-bad-choice", choice=str(choice)))
        t = SyncConflict.__table__
        cid = conflict_id if isinstance(conflict_id, uuid.UUID) else uuid.UUID(str(conflict_id))
        with self.engine.begin() as conn:
            row = conn.execute(select(t).where(t.c.id == cid)).first()
            if row is None:
                raise ConflictError(msg("sync-no-conflict", id=str(conflict_id)))
            if row.resolved_at is not None:
                raise ConflictError(
                    msg("sync-conflict-resolved", id=str(conflict_id), how=str(row.resolution))
                )
            spec = _table_spec(row.table_name)
            policy = MERGE_POLICIES.get(spec.name, MergePolicy())
            mine, theirs = json.loads(row.mine), json.loads(row.theirs)
            base = json.loads(row.base) if row.base else None
            fields: list[str] = json.loads(row.fields)
            pick = dict(pick or {})
            bad = sorted(k for k in pick if k not in fields)
            if bad:
                raise ConflictError(
                    msg(
                        "merge-pick-not-in-conflict",
                        picked=", ".join(bad),
                        id=str(conflict_id),
                        fields=", ".join(fields) or "-",
                    )
                )
            wrong = sorted(k for k, v in pick.items() if v not in ("mine", "theirs"))
            if wrong:
                raise ConflictError(msg("merge-pick-bad-side", picked=", ".join(wrong)))
            if choice == "mine":
                ours = list(fields)
            elif choice == "merge":
                ours = [f for f in fields if pick.get(f) == "mine"]
            else:
                ours = []
            self._apply(conn, spec, policy, row.row_id, base, mine, theirs, fields, ours)
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

    def _apply(
        self,
        conn: Connection,
        spec: TableSpec,
        policy: MergePolicy,
        row_id: uuid.UUID,
        base: Raw | None,
        mine: Raw,
        theirs: Raw,
        fields: list[str],
        ours: list[str],
    ) -> None:
        """Write our values of *ours* on top of the current row.

        A conflict recorded before non-clashing changes were merged at once (an older
        qaclient left the row at the server version, untouched since: same revision) also
        gets those changes of ours now, unless a decision blocks merging."""
        current_row = (
            conn.exec_driver_sql(f"SELECT * FROM {spec.name} WHERE id = ?", (row_id.hex,))
            .mappings()
            .first()
        )
        if current_row is None:
            if not ours:
                return
            raise ConflictError(f"{spec.name} row {row_id} no longer exists locally")
        current = dict(current_row)
        names = list(ours)
        untouched = int(current.get("rev") or 0) == int(theirs.get("rev") or -1)
        if untouched and base is not None and not any(c in policy.decisions for c in fields):
            taken, _ = _changes(spec, policy, base, mine, theirs)
            names += [
                f
                for f in taken
                if f not in fields
                and field_value(policy, current, f) == field_value(policy, theirs, f)
            ]
        if not names:
            return
        wanted = with_fields(policy, current, mine, names)
        if all(field_value(policy, wanted, f) == field_value(policy, current, f) for f in names):
            return  # already so: no new revision to push
        self._write_over_current(conn, spec, row_id, wanted)

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
            raise ConflictError(msg("sync-row-gone", table=spec.name, id=str(row_id)))
        if spec.name == "evaluations" and self.on_evaluation_changed is not None:
            self.on_evaluation_changed(conn, row_id)
