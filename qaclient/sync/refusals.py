"""Pushes the server refuses for this login: found per row, reported, kept, not retried.

A batch is applied set-based inside a savepoint.  When the server refuses part of it — a
row-level security policy, a rule trigger ("only the evaluator may change the scores"), a
row that exists on the server but that this login may not see — the savepoint is rolled
back and the batch's rows are applied one by one (each in its own savepoint), so every
accepted row still goes through and every refused one is known with **the server's own
reason**.  A refused row stays in the local store, dirty, and is recorded in
``sync_refusals`` with the revision refused: it is not offered again until it changes (a
new local edit) or the person's role changes (sign-in clears the list).  Nothing is
dropped silently; nothing is retried forever.
"""

from __future__ import annotations

import uuid
from typing import Any

import psycopg

from qaclient.messages import msg
from qaclient.storage.types import utcnow
from qaclient.sync.records import TableSpec

#: SQLSTATEs meaning "this login may not" (as opposed to a bug or an outage).
REFUSALS = {
    "42501",  # insufficient_privilege: a policy's WITH CHECK, a rule trigger, a GRANT
    "23514",  # check_violation: a status rule, a final evaluation
    "23505",  # unique_violation: the id exists on the server, invisible to this login
    "P0001",  # raise_exception
}


def is_refusal(exc: BaseException) -> bool:
    return isinstance(exc, psycopg.Error) and getattr(exc, "sqlstate", None) in REFUSALS


def reason(exc: psycopg.Error) -> str:
    """The server's words, one line (and what a hidden duplicate id means)."""
    diag = exc.diag
    primary = " ".join((diag.message_primary or str(exc)).split())
    if exc.sqlstate == "23505" and (diag.constraint_name or "").startswith("pk_"):
        return str(msg("roles-refused-hidden-row"))
    return primary[:500]


def apply_batch(
    cur, statements: dict[str, str], params: dict[str, Any], denied: dict[str, str]
) -> list[tuple]:
    """Run the batch's UPDATE and INSERT; on a refusal, row by row.  Returns the acks
    ``(rev, seq, id)``; *denied* receives ``id hex -> reason`` of each refused row."""
    acks: list[tuple] = []
    cur.execute("SAVEPOINT qa_push")
    try:
        for action in ("update", "insert"):
            cur.execute(statements[action].replace("{only}", ""), params)
            acks += cur.fetchall()
        cur.execute("RELEASE SAVEPOINT qa_push")
    except psycopg.Error as exc:
        if not is_refusal(exc):
            raise
        cur.execute("ROLLBACK TO SAVEPOINT qa_push")
        acks = []
        cur.execute("SELECT id, action FROM _sync_res WHERE action IN ('update', 'insert')")
        for rid, action in cur.fetchall():
            cur.execute("SAVEPOINT qa_row")
            try:
                cur.execute(
                    statements[action].replace("{only}", "AND s.id = %(only)s"),
                    {**params, "only": rid},
                )
                got = cur.fetchall()
                cur.execute("RELEASE SAVEPOINT qa_row")
            except psycopg.Error as row_exc:
                if not is_refusal(row_exc):
                    raise
                cur.execute("ROLLBACK TO SAVEPOINT qa_row")
                denied[rid.hex] = reason(row_exc)
                continue
            acks += got
    # an UPDATE the policies filtered out changes nothing and says nothing: the row is
    # visible to this login but not changeable by it
    done = {a[2] for a in acks}
    cur.execute("SELECT id FROM _sync_res WHERE action = 'update'")
    for (rid,) in cur.fetchall():
        if rid not in done and rid.hex not in denied:
            denied[rid.hex] = str(msg("roles-refused-not-yours"))
    return acks


def record(engine, spec: TableSpec, rows: list[tuple], denied: dict[str, str], result) -> None:
    """Keep the refused rows (they stay dirty) and remember the refused revision."""
    i_rev = spec.push_columns.index("rev")
    revs = {r[0]: r[i_rev] for r in rows}
    login = getattr(engine, "login", "") or ""
    now = spec.raw_from_typed({"updated_at": utcnow()})["updated_at"]
    with engine.local.begin() as lc:
        for rid, why in denied.items():
            lc.exec_driver_sql(
                "INSERT OR REPLACE INTO sync_refusals (table_name, row_id, rev, login, reason, "
                "refused_at) VALUES (?, ?, ?, ?, ?, ?)",
                (spec.name, rid, revs.get(rid, 0), login, why, now),
            )
            result.refusals.append(
                {"table": spec.name, "id": str(uuid.UUID(hex=rid)), "reason": why}
            )
    result.refused += len(denied)


def open_refusals(local_engine) -> list[dict[str, Any]]:
    """Every refused row still waiting in this store (for ``qaclient sync --refused``)."""
    with local_engine.connect() as lc:
        rows = lc.exec_driver_sql(
            "SELECT table_name, row_id, rev, login, reason, refused_at FROM sync_refusals "
            "ORDER BY refused_at"
        ).all()
    return [
        {
            "table": t,
            "id": str(uuid.UUID(hex=rid)),
            "rev": rev,
            "login": login,
            "reason": why,
            "refused_at": at,
        }
        for t, rid, rev, login, why, at in rows
    ]
