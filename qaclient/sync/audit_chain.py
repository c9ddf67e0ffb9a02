"""The audit trail on the server: append-only, actor stamped by the server, hash-chained.

Every row of ``audit_events`` (client-written detail such as "answer greeting: good →
poor", and server-written events: user and role changes, revisions of final evaluations)
gets, when the server inserts it, the next number of the chain (``chain_no``, no gaps), the
hash of the event before it (``chain_prev``) and its own hash (``chain_hash`` = SHA-256
over the previous hash and the event's content).  No client role may UPDATE, DELETE or
TRUNCATE the table (no grant, and a trigger refuses it for everyone, the owner included).
Someone who can bypass all of that — a superuser editing rows, or disabling the trigger —
still cannot rewrite an event without breaking the chain: :func:`verify` recomputes every
hash from the rows' own values and reports each event whose content, link or number does
not match (``qaclient audit verify``).

What the chain cannot catch alone: removing the *newest* events and nothing after them;
compare ``events`` with an earlier run (or a backup) to catch that (docs/security.md).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, text

GENESIS = "0" * 64
SEP = "\x1f"
NULL = "\\N"
#: The hashed columns, in order, as text (the same expressions in SQL and in verify()).
_TS = "to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US')"
_FIELDS_SQL = [
    "id::text",
    "entity",
    "entity_id::text",
    "action",
    "field",
    "old",
    "new",
    _TS,
    "created_by",
]


def ddl(schema: str, lock: int) -> list[str]:
    fields = ", ".join(
        "coalesce("
        + (
            "to_char(NEW.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US')"
            if f == _TS
            else "NEW." + f
        )
        + ", '\\N')"
        for f in _FIELDS_SQL
    )
    return [
        "ALTER TABLE audit_events ADD COLUMN IF NOT EXISTS chain_no bigint",
        "ALTER TABLE audit_events ADD COLUMN IF NOT EXISTS chain_prev text",
        "ALTER TABLE audit_events ADD COLUMN IF NOT EXISTS chain_hash text",
        "CREATE UNIQUE INDEX IF NOT EXISTS ux_audit_events_chain_no ON audit_events (chain_no)",
        f"""CREATE OR REPLACE FUNCTION qa_audit_chain() RETURNS trigger LANGUAGE plpgsql
        SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
        DECLARE last_no bigint; last_hash text;
        BEGIN
            -- one chain: appends are serialised by the same lock as every synced write;
            -- SECURITY DEFINER: the link is to the last event, not the last one *I* may see
            PERFORM pg_advisory_xact_lock({lock});
            SELECT chain_no, chain_hash INTO last_no, last_hash FROM audit_events
            WHERE chain_no IS NOT NULL ORDER BY chain_no DESC LIMIT 1;
            NEW.chain_no := coalesce(last_no, 0) + 1;
            NEW.chain_prev := coalesce(last_hash, '{GENESIS}');
            NEW.chain_hash := encode(sha256(convert_to(concat_ws(chr(31), NEW.chain_prev,
                NEW.chain_no::text, {fields}), 'UTF8')), 'hex');
            RETURN NEW;
        END $$""",
    ]


def triggers() -> list[str]:
    """After the backfill: chain every new row (the last BEFORE trigger: after stamping)."""
    return [
        "DROP TRIGGER IF EXISTS zz_qa_audit_chain ON audit_events",
        "CREATE TRIGGER zz_qa_audit_chain BEFORE INSERT ON audit_events FOR EACH ROW "
        "EXECUTE FUNCTION qa_audit_chain()",
    ]


def backfill(cur) -> int:
    """Chain the events written before the chain existed (an upgrade in place), oldest
    first; runs as the owner inside ``db init`` with the append-only trigger not yet on."""
    cur.execute(
        f"SELECT id AS _rid, {', '.join(_FIELDS_SQL)} FROM audit_events WHERE chain_no IS NULL "
        "ORDER BY server_seq NULLS LAST, created_at, _rid"
    )
    rows = cur.fetchall()
    if not rows:
        return 0
    cur.execute(
        "SELECT chain_no, chain_hash FROM audit_events WHERE chain_no IS NOT NULL "
        "ORDER BY chain_no DESC LIMIT 1"
    )
    last = cur.fetchone()
    no, prev = (int(last[0]), last[1]) if last else (0, GENESIS)
    updates = []
    for row in rows:
        no += 1
        h = _hash(prev, no, row[1:])
        updates.append((no, prev, h, row[0]))
        prev = h
    cur.executemany(
        "UPDATE audit_events SET chain_no = %s, chain_prev = %s, chain_hash = %s WHERE id = %s",
        updates,
    )
    return len(updates)


def _hash(prev: str, no: int, values: tuple) -> str:
    parts = [prev, str(no), *(NULL if v is None else str(v) for v in values)]
    return hashlib.sha256(SEP.join(parts).encode("utf-8")).hexdigest()


@dataclass
class VerifyReport:
    events: int = 0
    broken: list[dict[str, Any]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.broken

    def to_json(self) -> dict[str, Any]:
        return {"events": self.events, "broken": self.broken}


def verify(conn: Connection, *, batch: int = 50_000) -> VerifyReport:
    """Recompute the chain from the rows' own values; every mismatch is reported.

    Reasons (machine values): ``content`` (the event's hash does not match its content:
    edited), ``link`` (its ``chain_prev`` is not the previous event's hash: an event before
    it was edited, removed or inserted), ``gap`` (chain numbers missing before it: events
    removed), ``unchained`` (a row the server never chained: written with the trigger off).
    """
    report = VerifyReport()
    raw = conn.connection.driver_connection
    prev_hash, prev_no = GENESIS, 0
    with raw.cursor(name="qa_audit_verify") as cur:
        cur.itersize = batch
        cur.execute(
            f"SELECT chain_no, chain_prev, chain_hash, {', '.join(_FIELDS_SQL)} FROM audit_events "
            "ORDER BY chain_no NULLS LAST, audit_events.id"
        )
        for row in cur:
            no, stored_prev, stored_hash, *values = row
            report.events += 1
            rid = values[0]
            if no is None:
                report.broken.append({"id": rid, "reason": "unchained"})
                continue
            if no != prev_no + 1:
                report.broken.append({"id": rid, "reason": "gap", "missing": int(no) - prev_no - 1})
            if stored_prev != prev_hash:
                report.broken.append({"id": rid, "reason": "link"})
            if _hash(stored_prev or "", int(no), tuple(values)) != stored_hash:
                report.broken.append({"id": rid, "reason": "content"})
            prev_hash, prev_no = stored_hash, int(no)
    return report


def head(conn: Connection) -> tuple[int, str]:
    row = conn.execute(
        text(
            "SELECT chain_no, chain_hash FROM audit_events WHERE chain_no IS NOT NULL "
            "ORDER BY chain_no DESC LIMIT 1"
        )
    ).first()
    return (int(row[0]), row[1]) if row else (0, GENESIS)
