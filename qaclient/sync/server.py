"""Server-side parts of the shared PostgreSQL schema that the client store does not have.

The shared schema is the same Alembic history as the local store (``upgrade head``), plus
what only a server needs, installed idempotently by :func:`install` (``qaclient db init``):

* ``sync_change_seq`` — the change sequence: every accepted write gets the next value in
  ``server_seq``; a client pulls "everything after my cursor".
* ordered visibility — sequence values are handed out at ``nextval`` time but become
  visible at COMMIT, so two concurrent writers could commit 11 before 10 and a puller that
  saw 11 would skip 10 forever.  Every writer therefore takes the transaction-level advisory
  lock :data:`SEQ_LOCK` before its first ``nextval`` and keeps it until commit: writes to
  synced tables are serialised, so when a change with sequence N is visible, every change
  below N is too (PostgreSQL makes a transaction visible before it releases its locks).
  Readers never take the lock, so pulls never wait.
* ``sync_origin`` on every synced table — the client whose write is the current server
  version; makes a re-sent push (after a lost acknowledgement) recognisable, so it changes
  nothing twice.
* an index on ``server_seq`` of every synced table, so a pull costs O(changes · log n).
* triggers: ``sync_stamp`` gives a sequence number (under the lock) and a new revision to a
  write that did not come through the sync engine (an admin script, a central rubric
  publisher), so clients pull it too; ``sync_guard`` refuses any UPDATE that does not raise
  the revision (a stale write can never overwrite a newer one); ``sync_status_rule`` refuses
  a status change the evaluations service's ``TRANSITIONS`` cannot reach (back to draft,
  out of final).
* ``sync_server_meta`` — the server's sync id (clients keep one cursor per server id) and
  the version of these parts.
* security (``roles.py``, ``policies.py``, ``audit_chain.py``): group roles and the member
  directory, GRANTs, row-level security on every synced table, rule triggers (who may make
  which status change, final evaluations immutable), actor stamping, the append-only
  hash-chained audit trail.  See ``docs/security.md``.
"""

from __future__ import annotations

import uuid

from sqlalchemy import Connection, Engine, Table, text

from qaclient.messages import msg
from qaclient.storage import db
from qaclient.storage.models import Base, Synced

#: Key of the transaction-level advisory lock serialising change-sequence assignment.
SEQ_LOCK = 0x5153594E  # "QSYN"
SEQUENCE = "sync_change_seq"
SERVER_PARTS_VERSION = "3"  # 3: roles, policies, audit chain (issue 9)


def parts_version() -> str:
    """The version of the server parts, including a digest of the status rules: a client
    whose evaluations service allows other transitions asks for ``db init`` first."""
    import hashlib

    from qaclient.sync import policies

    digest = hashlib.sha256(
        (
            _allowed_pairs_sql()
            + repr(sorted(policies.POLICIES.items()))
            + repr(sorted((k, sorted(v)) for k, v in policies.STEPS.items()))
        ).encode()
    ).hexdigest()[:8]
    return f"{SERVER_PARTS_VERSION}-{digest}"


def status_closure() -> dict[str, set[str]]:
    """Every status reachable from each status through the evaluations service's TRANSITIONS.

    An offline client may take several steps before it pushes (draft → submitted → revised),
    so the server checks reachability, not single steps: what can never be reached — back to
    draft, anything out of final — is refused.
    """
    from qaclient.evaluations import TRANSITIONS

    out: dict[str, set[str]] = {}
    for start in TRANSITIONS:
        seen: set[str] = set()
        todo = list(TRANSITIONS[start])
        while todo:
            nxt = todo.pop()
            if nxt.value not in seen:
                seen.add(nxt.value)
                todo.extend(TRANSITIONS[nxt])
        out[start.value] = seen
    return out


def _allowed_pairs_sql() -> str:
    pairs = [
        f"('{a}', '{b}')"
        for a, targets in sorted(status_closure().items())
        for b in sorted(targets)
    ]
    return ", ".join(pairs) or "(NULL, NULL)"


def status_rules() -> dict[str, str]:
    """Server rules (SQL over the staged row ``s`` and the current ``t``): a matching row is
    refused and reported to the client as a ``status`` conflict."""
    return {
        "evaluations": f"(t.status <> s.status AND (t.status, s.status) NOT IN ({_allowed_pairs_sql()}))",
    }


class ServerSchemaError(RuntimeError):
    """The shared database lacks the sync parts (run ``qaclient db init``)."""


def synced_tables() -> list[Table]:
    """Every table whose ORM class subclasses :class:`Synced`, parents before children."""
    names = {
        mapper.local_table.name
        for mapper in Base.registry.mappers
        if issubclass(mapper.class_, Synced) and isinstance(mapper.local_table, Table)
    }
    return [t for t in Base.metadata.sorted_tables if t.name in names]


def _ddl(tables: list[Table]) -> list[str]:
    stmts = [
        f"CREATE SEQUENCE IF NOT EXISTS {SEQUENCE} AS bigint",
        "CREATE TABLE IF NOT EXISTS sync_server_meta (key text PRIMARY KEY, value text NOT NULL)",
        f"""
        CREATE OR REPLACE FUNCTION sync_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_advisory_xact_lock({SEQ_LOCK});
            NEW.server_seq := nextval('{SEQUENCE}');
            NEW.dirty := false;
            IF TG_OP = 'UPDATE' THEN
                IF NEW.rev <= OLD.rev THEN
                    NEW.rev := OLD.rev + 1;
                END IF;
                NEW.base_rev := OLD.rev;
                NEW.sync_origin := NULL;
            END IF;
            RETURN NEW;
        END $$
        """,
        """
        CREATE OR REPLACE FUNCTION sync_guard() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'stale write to %.% refused: revision % is not newer than the server''s %',
                TG_TABLE_NAME, OLD.id, NEW.rev, OLD.rev
                USING ERRCODE = 'serialization_failure';
        END $$
        """,
        f"""
        CREATE OR REPLACE FUNCTION sync_status_rule() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF (OLD.status, NEW.status) NOT IN ({_allowed_pairs_sql()})
               AND NOT (coalesce(current_setting('qaclient.final_revision', true), '') = 'on' AND qa_is_owner()) THEN
                RAISE EXCEPTION 'evaluation % is %: it cannot become %', OLD.id, OLD.status, NEW.status
                    USING ERRCODE = 'check_violation';
            END IF;
            RETURN NEW;
        END $$
        """,
    ]
    for t in tables:
        n = t.name
        stmts += [
            f"ALTER TABLE {n} ADD COLUMN IF NOT EXISTS sync_origin uuid",
            f"CREATE INDEX IF NOT EXISTS ix_{n}_server_seq ON {n} (server_seq)",
            f"DROP TRIGGER IF EXISTS a_sync_stamp_ins ON {n}",
            f"CREATE TRIGGER a_sync_stamp_ins BEFORE INSERT ON {n} FOR EACH ROW "
            "WHEN (NEW.server_seq IS NULL) EXECUTE FUNCTION sync_stamp()",
            f"DROP TRIGGER IF EXISTS a_sync_stamp_upd ON {n}",
            f"CREATE TRIGGER a_sync_stamp_upd BEFORE UPDATE ON {n} FOR EACH ROW "
            "WHEN (NEW.server_seq IS NOT DISTINCT FROM OLD.server_seq) EXECUTE FUNCTION sync_stamp()",
            f"DROP TRIGGER IF EXISTS b_sync_guard ON {n}",
            f"CREATE TRIGGER b_sync_guard BEFORE UPDATE ON {n} FOR EACH ROW "
            "WHEN (NEW.rev <= OLD.rev) EXECUTE FUNCTION sync_guard()",
        ]
    if any(t.name == "evaluations" for t in tables):
        stmts += [
            "DROP TRIGGER IF EXISTS c_sync_status_rule ON evaluations",
            "CREATE TRIGGER c_sync_status_rule BEFORE UPDATE ON evaluations FOR EACH ROW "
            "WHEN (OLD.status <> NEW.status) EXECUTE FUNCTION sync_status_rule()",
        ]
    return stmts


def _widen_seq_columns(conn: Connection, tables: list[Table]) -> None:
    """``server_seq`` is a 32-bit INTEGER in the shared history; the server needs bigint."""
    rows = conn.execute(
        text(
            "SELECT table_name FROM information_schema.columns WHERE column_name = 'server_seq' "
            "AND data_type = 'integer' AND table_schema = current_schema()"
        )
    ).scalars()
    narrow = set(rows)
    for t in tables:
        if t.name in narrow:
            conn.exec_driver_sql(f"ALTER TABLE {t.name} ALTER COLUMN server_seq TYPE bigint")


def install(engine: Engine, *, enforce: bool = True, settings: dict[str, str] | None = None) -> str:
    """Create or upgrade the shared schema: Alembic ``upgrade head``, then the server parts
    (sync machinery, roles, policies, rule triggers, audit chain).

    Idempotent; returns the server's sync id.  Raises :class:`db.StoreError` /
    :class:`ServerSchemaError` with a message naming the database.  Run it as the account
    that owns the database (it needs CREATEROLE for the group roles), never as an account a
    person's client uses.  ``enforce=False`` is for benchmarks only (no row-level security,
    no role rules: what the security costs).  *settings*: centre settings the policies read,
    e.g. ``{"inspectors_see_all_calls": "yes"}``.
    """
    from qaclient.sync import audit_chain, policies, roles

    if engine.dialect.name != "postgresql":
        raise ServerSchemaError(msg("sync-must-be-postgresql", driver=engine.dialect.name))
    db.upgrade(engine)
    tables = synced_tables()
    with engine.begin() as conn:
        # serialise concurrent `db init`s (DDL on the same objects would deadlock or fail)
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": SEQ_LOCK})
        who = conn.execute(
            text(
                "SELECT current_user, current_schema(), r.rolsuper OR r.rolcreaterole "
                "FROM pg_roles r WHERE r.rolname = current_user"
            )
        ).one()
        if not who[2]:
            raise ServerSchemaError(
                f"{who[0]} may not create roles: run `qaclient db init` as the database owner "
                "with CREATEROLE (or a superuser), see docs/security.md"
            )
        schema = who[1]
        _widen_seq_columns(conn, tables)
        raw = conn.connection.driver_connection
        with raw.cursor() as cur:  # no parameters: the DDL bodies hold literal % signs
            for stmt in (
                *roles.group_ddl(),
                *_ddl(tables),
                *roles.directory_ddl(schema),
                *roles.function_grants(),
                *audit_chain.ddl(schema, SEQ_LOCK),
                "DROP TRIGGER IF EXISTS b0_qa_append_only ON audit_events",
            ):
                cur.execute(stmt)
            audit_chain.backfill(cur)
            for stmt in (*audit_chain.triggers(), *policies.ddl(tables, schema, enforce=enforce)):
                cur.execute(stmt)
        for key, value in (settings or {}).items():
            conn.execute(
                text(
                    "INSERT INTO qa_settings VALUES (:k, :v) "
                    "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value"
                ),
                {"k": key, "v": value},
            )
            conn.execute(text("UPDATE qa_members SET scope_rev = scope_rev + 1"))
        conn.execute(
            text(
                "INSERT INTO sync_server_meta VALUES ('server_id', :v) ON CONFLICT (key) DO NOTHING"
            ),
            {"v": str(uuid.uuid4())},
        )
        conn.execute(
            text(
                "INSERT INTO sync_server_meta VALUES ('parts_version', :v) "
                "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value"
            ),
            {"v": parts_version()},
        )
        conn.execute(
            text(
                "INSERT INTO sync_server_meta VALUES ('tables', :v) "
                "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value"
            ),
            {"v": ",".join(t.name for t in tables)},
        )
        return conn.execute(
            text("SELECT value FROM sync_server_meta WHERE key = 'server_id'")
        ).scalar_one()


def check(conn: Connection) -> str:
    """The server id, after checking the server parts cover every synced table we know."""
    try:
        rows = {k: v for k, v in conn.execute(text("SELECT key, value FROM sync_server_meta"))}
    except Exception as exc:
        raise ServerSchemaError(msg("sync-no-schema", reason=exc.__class__.__name__)) from exc
    have = set(rows.get("tables", "").split(","))
    missing = [t.name for t in synced_tables() if t.name not in have]
    if missing or rows.get("parts_version") != parts_version():
        raise ServerSchemaError(
            msg(
                "sync-old-schema",
                missing=", ".join(missing) or "—",
                have=str(rows.get("parts_version")),
                need=str(parts_version()),
            )
        )
    return rows["server_id"]
