"""Who this store is signed in as, and keeping the store inside that person's scope.

At every sync the server says who we are (``qa_whoami()``: its ``session_user``, the role
and teams the member directory gives it).  This module:

* refuses a login that is not a qaclient user on that server (clear message, nothing sent);
* on the **first sign-in** of a store, attributes the work done offline before it (rows
  still unsent whose author is the provisional local name: the OS login or
  ``QACLIENT_USER``) to the signed-in person, and records that in the audit trail;
* refuses to send another person's unsent work: a store signed in as ``bob`` that ``alice``
  now signs in to keeps bob's rows until bob signs in again;
* when the person's scope changed (role, teams, agent id, a centre setting; or another
  person on this computer), pulls everything the login may see again and drops the local
  rows it may no longer see (:func:`refresh_scope` with ``full=True``);
* after every pull, drops the rows the server's ``sync_scope_log`` says may have left our
  scope (an evaluation given to another agent, a call moved to another team) and fetches
  the children of rows that entered it (the comments of an evaluation just submitted).

Rows edited here and not yet sent are never dropped: the push reports them if the server
refuses them (``refusals.py``).
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from qaclient.messages import msg
from qaclient.storage.models import Base
from qaclient.sync.roles import Identity

if TYPE_CHECKING:
    from qaclient.sync.engine import SyncEngine

#: Columns naming the person who did the work, per table (besides created_by/updated_by).
PERSON_COLUMNS: dict[str, tuple[str, ...]] = {
    "evaluations": ("evaluator",),
    "evaluation_comments": ("author",),
    "coaching_sessions": ("trainer",),
    "listening_events": ("listener",),
}


@dataclass(frozen=True)
class Scope:
    full: bool  # the login's scope changed: re-pull everything, drop what is not visible


def _state(lc, server_id: str) -> tuple[str | None, str | None, int | None]:
    row = lc.exec_driver_sql(
        "SELECT login, role, scope_rev FROM sync_state WHERE server_id = ?", (server_id,)
    ).one()
    return row[0], row[1], row[2]


def sign_in(engine: SyncEngine, server_id: str, ident: Identity) -> Scope:
    """Check the login, attribute offline work on first sign-in; raises ``SyncError``."""
    from qaclient.sync.engine import SyncError

    if ident.role is None:
        if ident.is_owner:
            return Scope(full=False)  # the schema owner's maintenance sync: sees everything
        raise SyncError(str(msg("roles-not-a-user", login=ident.login)))
    engine.login = ident.login
    with engine.local.begin() as lc:
        login, role, scope_rev = _state(lc, server_id)
        if login is not None and login != ident.login:
            waiting = _unsent_by(lc, engine, login)
            if waiting:
                raise SyncError(
                    str(msg("roles-store-of-another", login=login, me=ident.login, count=waiting))
                )
        if login is None:
            _attribute(lc, engine, engine.actor, ident.login)
        full = (login, role, scope_rev) != (ident.login, ident.role, ident.scope_rev)
        if full:
            # the scope changed: re-pull all we may see (rows we already hold at the same
            # version are skipped), and offer refused rows again: the new role may allow them
            lc.exec_driver_sql("UPDATE sync_state SET cursor = 0 WHERE server_id = ?", (server_id,))
            lc.exec_driver_sql("DELETE FROM sync_refusals")
    engine.actor = ident.login
    if engine.col is not None:
        engine.col.actor = ident.login
    engine.conflicts.actor = ident.login
    return Scope(full=full)


def remember(engine: SyncEngine, server_id: str, ident: Identity, scope: Scope) -> None:
    """Record the sign-in and scope once the sync they started has succeeded (a sync that
    fails half-way redoes the scope change next time)."""
    if ident.role is None or not scope.full:
        return
    with engine.local.begin() as lc:
        lc.exec_driver_sql(
            "UPDATE sync_state SET login = ?, role = ?, scope_rev = ? WHERE server_id = ?",
            (ident.login, ident.role, ident.scope_rev, server_id),
        )


def _unsent_by(lc, engine: SyncEngine, login: str) -> int:
    n = 0
    for spec in engine.tables:
        n += lc.exec_driver_sql(
            f"SELECT count(*) FROM {spec.name} WHERE dirty = 1 AND updated_by = ?", (login,)
        ).scalar_one()
    return n


def _attribute(lc, engine: SyncEngine, provisional: str, login: str) -> int:
    """First sign-in: the unsent work of the provisional local name becomes *login*'s."""
    if not provisional or provisional == login:
        return 0
    moved = 0
    for spec in engine.tables:
        cols = ("created_by", "updated_by", *PERSON_COLUMNS.get(spec.name, ()))
        for col in cols:
            if col not in spec.columns:
                continue
            moved += lc.exec_driver_sql(
                f"UPDATE {spec.name} SET {col} = ? WHERE dirty = 1 AND {col} = ?",
                (login, provisional),
            ).rowcount
    if moved:
        from qaclient.storage.types import utcnow

        spec = next(s for s in engine.tables if s.name == "audit_events")
        now = spec.raw_from_typed({"created_at": utcnow()})["created_at"]
        lc.exec_driver_sql(
            "INSERT INTO audit_events (id, entity, entity_id, action, field, old, new, created_at, "
            "created_by, updated_at, updated_by, rev, base_rev, dirty, deleted) "
            "VALUES (?, 'sign-in', ?, 'attribute', 'author', ?, ?, ?, ?, ?, ?, 1, 0, 1, 0)",
            (
                uuid.uuid4().hex,
                uuid.uuid4().hex,
                json.dumps(provisional),
                json.dumps(login),
                now,
                login,
                now,
                login,
            ),
        )
    return moved


# -- scope ------------------------------------------------------------------------------
def _children(table: str) -> list[tuple[str, str]]:
    """(child table, FK column) of the synced tables referencing *table*."""
    from qaclient.sync.server import synced_tables

    out = []
    for t in synced_tables():
        for fk in t.foreign_keys:
            if fk.column.table.name == table:
                out.append((t.name, fk.parent.name))
    if table == "evaluations":
        out.append(("audit_events", "entity_id"))
    return out


def refresh_scope(engine: SyncEngine, server_id: str, since: int, *, full: bool) -> int:
    """Drop local rows this login may no longer see; fetch children of rows it now may.
    Returns the number of local rows dropped."""
    from qaclient.sync.engine import SyncResult

    if getattr(engine, "login", None) is None:
        return 0
    cursor = engine._cursor(server_id)
    removed = 0
    specs = {s.name: s for s in engine.tables}
    with engine.server.connect() as sc:
        sc = sc.execution_options(isolation_level="REPEATABLE READ")
        with sc.begin():
            if full:
                for spec in reversed(engine.tables):  # children first
                    visible = {r[0].hex for r in sc.execute(select(spec.table.c.id)).all()}
                    with engine.local.begin() as lc:
                        local = [
                            r[0]
                            for r in lc.exec_driver_sql(
                                f"SELECT id FROM {spec.name} WHERE dirty = 0"
                            ).all()
                        ]
                        gone = [rid for rid in local if rid not in visible]
                        removed += _forget(lc, spec.name, gone)
                return removed
            logged = sc.exec_driver_sql(
                "SELECT DISTINCT table_name, row_id FROM sync_scope_log WHERE seq > %(c)s",
                {"c": since},
            ).all()
            if not logged:
                return 0
            by_table: dict[str, list[uuid.UUID]] = {}
            for table, rid in logged:
                if table in specs:
                    by_table.setdefault(table, []).append(rid)
            page: dict[str, list] = {}
            gone: dict[str, list[str]] = {}
            for table, ids in by_table.items():
                spec = specs[table]
                rows = sc.execute(select(spec.table).where(spec.table.c.id.in_(ids))).all()
                seen = {r.id.hex for r in rows}
                page.setdefault(table, []).extend(spec.raw_from_typed(r._mapping) for r in rows)
                gone.setdefault(table, []).extend(i.hex for i in ids if i.hex not in seen)
                for child, col in _children(table):
                    cspec = specs[child]
                    crows = sc.execute(select(cspec.table).where(cspec.table.c[col].in_(ids))).all()
                    page.setdefault(child, []).extend(
                        cspec.raw_from_typed(r._mapping) for r in crows
                    )
                    cseen = {r.id.hex for r in crows}
                    if child == "evaluations" and table != "evaluations" and crows:
                        # evaluations that entered the scope through a parent (a revealed
                        # calibration session) come with their comments
                        eids = [r.id for r in crows]
                        ctab = specs["evaluation_comments"].table
                        page.setdefault("evaluation_comments", []).extend(
                            specs["evaluation_comments"].raw_from_typed(r._mapping)
                            for r in sc.execute(
                                select(ctab).where(ctab.c.evaluation_id.in_(eids))
                            ).all()
                        )
                    with engine.local.connect() as lc:
                        local = [
                            r[0]
                            for r in lc.exec_driver_sql(
                                f"SELECT id FROM {child} WHERE dirty = 0 AND {col} IN "
                                f"({', '.join('?' * len(ids))})",
                                tuple(i.hex for i in ids),
                            ).all()
                        ]
                    gone.setdefault(child, []).extend(r for r in local if r not in cseen)
    if any(page.values()):
        # the pull's page form: rows as tuples in each table's column order
        rows = {
            t: [tuple(r.get(c) for c in specs[t].columns) for r in rs]
            for t, rs in page.items()
            if rs
        }
        with engine.local.connect() as lc:
            engine._apply_page(lc, server_id, rows, cursor, SyncResult())
    with engine.local.begin() as lc:
        for spec in reversed(engine.tables):
            ids = gone.get(spec.name)
            if ids:
                clean = [
                    r[0]
                    for r in lc.exec_driver_sql(
                        f"SELECT id FROM {spec.name} WHERE dirty = 0 AND id IN "
                        f"({', '.join('?' * len(ids))})",
                        tuple(ids),
                    ).all()
                ]
                removed += _forget(lc, spec.name, clean)
    return removed


def _forget(lc, table: str, ids: list[str]) -> int:
    """Delete *ids* of *table* from the local store with everything that hangs on them."""
    if not ids:
        return 0
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        marks = ", ".join("?" * len(chunk))
        for t in reversed(Base.metadata.sorted_tables):
            for fk in t.foreign_keys:
                if fk.column.table.name == table and t.name != table:
                    sub = [
                        r[0]
                        for r in lc.exec_driver_sql(
                            f"SELECT {_pk(t)} FROM {t.name} WHERE {fk.parent.name} IN ({marks})",
                            tuple(chunk),
                        ).all()
                    ]
                    if "dirty" in t.c and sub:
                        _forget(lc, t.name, sub)
                    elif sub:
                        lc.exec_driver_sql(
                            f"DELETE FROM {t.name} WHERE {fk.parent.name} IN ({marks})",
                            tuple(chunk),
                        )
        if table == "evaluations":
            lc.exec_driver_sql(
                f"DELETE FROM audit_events WHERE entity = 'evaluation' AND entity_id IN ({marks})",
                tuple(chunk),
            )
        lc.exec_driver_sql(
            f"DELETE FROM sync_base WHERE table_name = ? AND row_id IN ({marks})", (table, *chunk)
        )
        lc.exec_driver_sql(f"DELETE FROM {table} WHERE id IN ({marks})", tuple(chunk))
    return len(ids)


def _pk(t) -> str:
    cols = [c.name for c in t.primary_key.columns]
    return cols[0] if len(cols) == 1 else cols[0]
