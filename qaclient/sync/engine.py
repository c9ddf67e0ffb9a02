"""The sync engine: push local edits to the shared PostgreSQL server, pull everyone else's.

The local SQLite store is the truth on this machine; the server is the truth for the team.
One :meth:`SyncEngine.sync` is ``push → pull`` (and a second push when the pull unblocked
held-back rows).  Everything is generic over the tables whose ORM class subclasses
:class:`~qaclient.storage.models.Synced`, in foreign-key order.  The design, and why, is in
``docs/sync.md``; in short:

Push (per table, batches of ``batch_size`` rows, one server transaction per batch — atomic):
  the dirty rows are streamed with COPY into a temporary table (an edit made meanwhile
  bumps the row's ``rev``/``updated_at``: the acknowledgement then leaves it dirty, nothing is
  lost), and classified under the change-sequence advisory lock in one statement: *insert* (new row), *update* (our base
  revision is the server's, or the server version is our own earlier write from the same
  base — an acknowledgement we never received, our edit continues it), *same* (a
  re-send of a write the server already has: acknowledged, nothing changes twice),
  *conflict* (someone else wrote since our base: never applied), *status* (a server rule
  refuses it), *blocked* (its parent is not on the server yet), *duplicate* (a unique key
  is taken by another row).  Accepted rows get ``rev + 1`` and the next change sequence.

Pull: every row with ``server_seq`` above our cursor, in pages, from one REPEATABLE READ
  snapshot, in the local raw form (the server converts); each page — with the parents of
  its rows that changed later — is applied and the cursor moved in ONE local transaction,
  so a killed client resumes where it stopped.  Rows we have edited locally are left alone
  (the next push surfaces the conflict).  Every evaluation is rescored before it is
  written (``sync.rescore``): a server score that differs is a mismatch, counted and never
  kept.  The report sums follow by trigger, set-wise per page, or — for a pull as big as
  the store — once at the end.  Cost: O(changes), thanks to the ``server_seq`` indexes.
"""

from __future__ import annotations

import contextlib
import gc
import json
import logging
import os
import time
import uuid
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as futures_wait
from dataclasses import asdict, dataclass, field
from typing import Any

import psycopg
from sqlalchemy import Engine, create_engine, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError

from qaclient.messages import Message, msg, tr
from qaclient.reports import sums as sums_mod
from qaclient.reports.tally import Tally
from qaclient.storage import indexes as indexes_mod
from qaclient.storage.models import Base, Evaluation, RubricVersion
from qaclient.sync import conflicts as conflict_mod
from qaclient.sync import policies as policies_mod
from qaclient.sync import refusals, signin
from qaclient.sync import roles as roles_mod
from qaclient.sync import server as server_mod
from qaclient.sync import state as state_mod
from qaclient.sync.records import (
    Raw,
    TableSpec,
    content_equal,
    pull_select_sql,
    spec_for,
)
from qaclient.sync.rescore import DERIVED, Rescorer, Scored

__all__ = ["Rescorer", "SyncEngine", "SyncError", "SyncResult", "server_engine"]

log = logging.getLogger(__name__)

ProgressFn = Callable[[str, int, int], None]  # (phase "push"/"pull", done, total)
MISMATCH_LIST = 100  # ids of score mismatches a result lists
#: a pull of at least this many evaluations, into a store holding no more, makes the report
#: sums once at the end (``reports.sums.suspend`` / ``rebuild``) instead of page by page
BULK_EVALUATIONS = 5_000
#: a page with at least this many evaluations keeps the sums set-wise (``sums.bulk_write``)
#: rather than by the per-row triggers
DELTA_EVALUATIONS = 100
#: a page with at least this many evaluations scores them ahead on a worker thread
WARM_EVALUATIONS = 200
#: SQLite's page cache during a bulk pull: the B-trees it fills (the primary keys of 3M audit
#: events, 8M item score rows) are hit at random, and a miss is a read of the file.  1 GiB,
#: at most an eighth of the memory (KiB; SQLite takes a negative number as KiB)
BULK_CACHE_KIB, DEFAULT_CACHE_KIB = -1_048_576, -2_000
#: a bulk pull commits once its open transaction holds this many written rows (several
#: pages), not after every page: rows with random keys (UUIDs) land all over the indexes,
#: and each commit writes every index page it touched (twice: WAL, then checkpoint), so
#: fewer, larger commits write far less.  A killed pull loses at most this much work.
BULK_COMMIT_ROWS = 1_000_000
#: ... or once it has been open this long: the app stays in use during a first pull, and
#: its own writes (a draft, the listening log) wait for the pull's commit - well within
#: SQLite's busy timeout (10 s, ``storage/db.py``)
BULK_COMMIT_SECONDS = 5.0


class SyncError(RuntimeError):
    """Sync could not run; ``offline`` says the server was unreachable (retry later);
    ``tls`` that the connection was refused for want of encryption (``qaclient.sync.tls``)."""

    def __init__(self, message: Message | str, *, offline: bool = False, tls: bool = False):
        super().__init__(message)
        self.offline = offline
        self.tls = tls


@dataclass
class SyncResult:
    pushed: int = 0  # local changes the server accepted (or already had)
    pulled: int = 0  # server changes applied locally
    conflicts: int = 0  # new conflicts waiting for the user
    merged: int = 0  # conflicting edits merged automatically (non-overlapping changes)
    held: int = 0  # rows held back: parent not on the server yet, or a unique key taken
    refused: int = 0  # rows the server refused for this login (kept here, see refusals)
    open_conflicts: int = 0  # all conflicts still waiting for the user
    cursor: int = 0  # the server change sequence we are up to date with
    server_id: str = ""
    seconds: float = 0.0
    encrypted: bool | None = None  # the server connection used TLS (None: not known)
    sslmode: str = ""  # the libpq sslmode asked for (qaclient.sync.tls)
    login: str = ""  # who the server says we are (its current_user)
    name: str = ""  # that person's display name (from the server's member directory)
    role: str | None = None  # that login's role here (None: the schema owner's maintenance)
    removed: int = 0  # local rows dropped because this login may no longer see them
    refusals: list[dict[str, str]] = field(default_factory=list)  # table, id, reason
    # pulled evaluations whose score on the server does not match their answers (a forged
    # or wrongly computed total; the local store keeps the recomputed one), and the first
    # MISMATCH_LIST of their ids
    score_mismatches: int = 0
    mismatched: list[str] = field(default_factory=list)

    def add(self, other: SyncResult) -> None:
        for name in (
            "pushed",
            "pulled",
            "conflicts",
            "merged",
            "refused",
            "removed",
            "score_mismatches",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.refusals.extend(other.refusals)
        self.mismatched = (self.mismatched + other.mismatched)[:MISMATCH_LIST]

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["seconds"] = round(self.seconds, 4)
        return out


def normalise_url(url: str) -> str:
    if url.startswith(("postgresql://", "postgres://")):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def server_engine(
    url: str, *, connect_timeout: int = 5, insecure_no_tls: bool | None = None
) -> Engine:
    """An engine on the shared server: psycopg 3, UTC session, short connect timeout, TLS
    (``sslmode=require``, ``verify-full`` with a configured CA; a plain connection only with
    the explicit opt-out — :func:`qaclient.sync.tls.connect_options`).  The TLS policy is
    kept on the engine as ``engine.tls_policy``."""
    from qaclient.sync import tls

    url = normalise_url(url)
    parsed = make_url(url)
    if parsed.get_backend_name() != "postgresql":
        raise SyncError(msg("sync-must-be-postgresql", driver=parsed.drivername))
    try:
        parsed, tls_args, policy = tls.connect_options(parsed, insecure=insecure_no_tls)
    except tls.TlsRefused as exc:
        raise SyncError(exc.args[0], tls=True) from exc
    engine = create_engine(
        parsed,
        pool_pre_ping=True,
        pool_size=2,
        connect_args={
            "options": "-c TimeZone=UTC",
            "connect_timeout": connect_timeout,
            "application_name": "qaclient-sync",
            **tls_args,
        },
    )
    engine.tls_policy = policy  # type: ignore[attr-defined]
    return engine


def describe_error(exc: BaseException) -> tuple[str, bool]:
    """A one-line message and whether the error means "offline"."""
    orig = getattr(exc, "orig", None) or exc
    text = " ".join(str(orig).split())
    offline = isinstance(exc, OperationalError) or (
        isinstance(exc, DBAPIError) and exc.connection_invalidated
    )
    if "is not permitted to log in" in text:
        return str(msg("roles-login-disabled")), False
    if "password authentication failed" in text:
        return str(msg("roles-password-refused")), False
    return text[:500], offline


def _chunks(seq: list, n: int = 500) -> Iterable[list]:
    for i in range(0, len(seq), n):
        yield seq[i : i + n]


class SyncEngine:
    """Push/pull between one local store and one shared server.

    *local*: a :class:`~qaclient.collection.Collection` (preferred: its evaluations service
    recomputes derived scores of pulled evaluations) or a SQLAlchemy engine on the store.
    *server*: URL (``postgresql://user@host/db``) or an engine.
    """

    def __init__(
        self,
        local: Any,
        server: str | Engine,
        *,
        actor: str | None = None,
        batch_size: int = 20_000,
        page_size: int = 20_000,
        progress: ProgressFn | None = None,
    ):
        self.col = local if hasattr(local, "engine") and hasattr(local, "Session") else None
        self.local: Engine = self.col.engine if self.col is not None else local
        self.actor = actor or (self.col.actor if self.col is not None else "system")
        self.server = server if isinstance(server, Engine) else server_engine(server)
        self._own_server = not isinstance(server, Engine)
        self.batch_size = batch_size
        self.page_size = page_size
        self.progress = progress
        self.tables: list[TableSpec] = [spec_for(t) for t in server_mod.synced_tables()]
        self._server_id: str | None = None
        self.encrypted: bool | None = None  # learnt on the first connection
        self.login: str | None = None  # the person signed in (None: the owner's maintenance)
        self.rescorer = Rescorer()
        self._bulk = False  # this pull makes the report sums at the end (see _bulk_sums)
        self._pool: ThreadPoolExecutor | None = None  # scores a page ahead (see _warm)
        self._warming: Future | None = None
        self._fetcher: ThreadPoolExecutor | None = None  # fetches the next page (_pull_pages)
        self._open = None  # the local transaction pages are written in (see _apply_page)
        # tables that held no row when this bulk pull began -> the ids of theirs that came
        # out of order (parents, our own); only those can be held already (see _apply_rows)
        self._fresh: dict[str, set[str]] = {}
        self._open_rows = 0
        self._open_since = 0.0
        self._tally: Tally | None = None  # the sums a first pull adds up (see _counted)
        self._gc_paused = False  # a bulk pull pauses the cyclic garbage collector
        self.conflicts = conflict_mod.Conflicts(self.local, self.actor, self._recompute_one)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown()
            self._pool = None
        if self._fetcher is not None:
            self._fetcher.shutdown()
            self._fetcher = None
        if self._own_server:
            self.server.dispose()

    # -- entry points -------------------------------------------------------------------
    def sync(self) -> SyncResult:
        """Push, pull, push again if the pull unblocked held rows.  Raises :class:`SyncError`."""
        started = time.perf_counter()
        result = SyncResult()
        try:
            server_id = self.server_id()
            with self.local.begin() as lc:
                st = state_mod.load(
                    lc, server_id, self.server.url.render_as_string(hide_password=True)
                )
            with self.server.connect() as sc:
                ident = roles_mod.whoami(sc)
            scope = signin.sign_in(self, server_id, ident)
            result.login, result.role, result.name = ident.login, ident.role, ident.display_name
            push1 = self.push(st.client_id)
            result.add(push1)
            since = self._cursor(server_id)
            pull = self.pull(server_id)
            result.add(pull)
            result.removed += signin.refresh_scope(self, server_id, since, full=scope.full)
            signin.remember(self, server_id, ident, scope)
            result.held = push1.held
            if push1.merged or push1.conflicts or (push1.held and (pull.pulled or pull.held)):
                # merged rows go up on top of the server version; held rows may be unblocked
                push2 = self.push(st.client_id)
                result.add(push2)
                result.held = push2.held
            result.cursor = pull.cursor
        except SyncError as exc:
            state_mod.mark_error(self.local, self._server_id, str(exc))
            raise
        except (DBAPIError, OSError) as exc:
            from qaclient.sync import tls

            message, offline = describe_error(exc)
            where = self.server.url.render_as_string(hide_password=True)
            if tls.is_tls_failure(message):
                error = tr("privacy-tls-handshake-failed", server=where, reason=message)
                state_mod.mark_error(self.local, self._server_id, error)
                raise SyncError(error, tls=True) from exc
            problem = msg(
                "sync-server-unreachable" if offline else "sync-failed",
                server=where,
                reason=message,
            )
            state_mod.mark_error(self.local, self._server_id, str(problem))
            raise SyncError(problem, offline=offline) from exc
        state_mod.mark_success(self.local, server_id)
        result.server_id = server_id
        result.encrypted = self.encrypted
        policy = getattr(self.server, "tls_policy", None)
        result.sslmode = policy.sslmode if policy is not None else ""
        result.open_conflicts = self.conflicts.count_open()
        result.seconds = time.perf_counter() - started
        return result

    def _cursor(self, server_id: str) -> int:
        with self.local.connect() as lc:
            return int(
                lc.exec_driver_sql(
                    "SELECT cursor FROM sync_state WHERE server_id = ?", (server_id,)
                ).scalar_one()
            )

    def server_id(self) -> str:
        if self._server_id is None:
            from qaclient.sync import tls

            try:
                with self.server.connect() as conn:
                    self._server_id = server_mod.check(conn)
                    self.encrypted = tls.in_use(conn)
            except server_mod.ServerSchemaError as exc:
                raise SyncError(str(exc)) from exc
        return self._server_id

    def pending(self) -> int:
        """Local rows changed and not yet accepted by the server."""
        total = 0
        with self.local.connect() as lc:
            for spec in self.tables:
                total += lc.exec_driver_sql(
                    f"SELECT count(*) FROM {spec.name} WHERE dirty = 1"
                ).scalar_one()
        return total

    # -- push ---------------------------------------------------------------------------
    def push(self, client_id: uuid.UUID) -> SyncResult:
        result = SyncResult()
        total, done = 0, 0
        if self.progress:
            total = self.pending()
        for spec in self.tables:
            cols = ", ".join(spec.push_columns)
            last = ""
            while True:
                with self.local.connect() as lc:
                    # a row the server refused for this login is not offered again until
                    # it changes (its rev moves) or the login's role does (sign-in clears)
                    rows = lc.exec_driver_sql(
                        f"SELECT {cols} FROM {spec.name} WHERE dirty = 1 AND id > ? "
                        f"AND NOT EXISTS (SELECT 1 FROM sync_refusals f WHERE f.table_name = "
                        f"'{spec.name}' AND f.row_id = {spec.name}.id AND f.rev = {spec.name}.rev) "
                        f"ORDER BY id LIMIT {int(self.batch_size)}",
                        (last,),
                    ).all()
                if not rows:
                    break
                last = rows[-1][0]
                self._push_batch(spec, [tuple(r) for r in rows], client_id, result)
                done += len(rows)
                if self.progress:
                    self.progress("push", done, max(total, done))
        return result

    def _classify_sql(self, spec: TableSpec) -> str:
        name = spec.name
        d = spec.data_columns
        s_row = ", ".join(f"s.{c}" for c in d)
        t_row = ", ".join(f"t.{c}" for c in d)
        dups = [
            "EXISTS (SELECT 1 FROM {n} u WHERE {cond} AND u.id <> s.id)".format(
                n=name, cond=" AND ".join(f"u.{c} = s.{c}" for c in key)
            )
            for key in spec.unique_keys
        ]
        dup = " OR ".join(dups) or "false"
        fks = []
        for fk in spec.table.foreign_keys:
            fks.append(
                f"(s.{fk.parent.name} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM {fk.column.table.name} p "
                f"WHERE p.{fk.column.name} = s.{fk.parent.name}))"
            )
        fk = " OR ".join(fks) or "false"
        status = server_mod.status_rules().get(name, "false")
        return f"""
            CREATE TEMP TABLE _sync_res ON COMMIT DROP AS
            SELECT s.id, CASE
                WHEN t.id IS NULL THEN CASE WHEN {dup} THEN 'duplicate' WHEN {fk} THEN 'blocked' ELSE 'insert' END
                WHEN t.sync_origin = %(client)s AND ({s_row}) IS NOT DISTINCT FROM ({t_row}) THEN 'same'
                WHEN t.rev <> s.base_rev AND NOT (t.sync_origin = %(client)s AND t.base_rev = s.base_rev)
                    THEN 'conflict'
                WHEN {status} THEN 'status'
                WHEN {dup} THEN 'duplicate'
                WHEN {fk} THEN 'blocked'
                ELSE 'update' END AS action
            FROM _sync_stage s LEFT JOIN {name} t ON t.id = s.id
        """

    def _push_batch(
        self, spec: TableSpec, rows: list[tuple], client_id: uuid.UUID, result: SyncResult
    ) -> None:
        name = spec.name
        cols = spec.push_columns
        col_list = ", ".join(cols)
        d = spec.data_columns
        acks: list[tuple[int, int, str]] = []  # (rev, seq, id hex)
        refused: dict[str, str] = {}  # id hex -> action
        denied: dict[str, str] = {}  # id hex -> the server's reason (this login may not)
        theirs: dict[str, Raw] = {}
        with self.server.begin() as sconn:
            raw = sconn.connection.driver_connection
            with raw.cursor() as cur:
                cur.execute(
                    f"CREATE TEMP TABLE _sync_stage ON COMMIT DROP AS SELECT {col_list} FROM {name} WITH NO DATA"
                )
                with cur.copy(f"COPY _sync_stage ({col_list}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(row)
                # from here on, writes to synced tables are serialised (see server.py)
                cur.execute("SELECT pg_advisory_xact_lock(%s)", (server_mod.SEQ_LOCK,))
                params = {"client": client_id}
                cur.execute(self._classify_sql(spec), params)
                sets = ", ".join(f"{c} = s.{c}" for c in d)
                ins_cols = ", ".join(("id", *d))
                statements = {
                    "update": f"""UPDATE {name} t SET {sets}, rev = t.rev + 1, base_rev = s.base_rev,
                            server_seq = nextval('{server_mod.SEQUENCE}'), sync_origin = %(client)s, dirty = false
                        FROM _sync_stage s JOIN _sync_res r ON r.id = s.id
                        WHERE t.id = s.id AND r.action = 'update' {{only}}
                        RETURNING t.rev, t.server_seq, t.id""",
                    "insert": f"""INSERT INTO {name} ({ins_cols}, rev, base_rev, server_seq, sync_origin, dirty)
                        SELECT {", ".join(f"s.{c}" for c in ("id", *d))}, GREATEST(s.base_rev, 0) + 1,
                            GREATEST(s.base_rev, 0), nextval('{server_mod.SEQUENCE}'), %(client)s, false
                        FROM _sync_stage s JOIN _sync_res r ON r.id = s.id WHERE r.action = 'insert' {{only}}
                        RETURNING rev, server_seq, id""",
                }
                acks += refusals.apply_batch(cur, statements, params, denied)
                cur.execute(
                    f"""SELECT t.rev, t.server_seq, t.id FROM {name} t JOIN _sync_res r ON r.id = t.id
                        WHERE r.action = 'same'"""
                )
                acks += cur.fetchall()
                cur.execute(
                    "SELECT id, action FROM _sync_res WHERE action IN ('conflict', 'status', 'duplicate', 'blocked')"
                )
                refused = {rid.hex: action for rid, action in cur.fetchall()}
            want = [uuid.UUID(hex=h) for h, a in refused.items() if a in ("conflict", "status")]
            for chunk in _chunks(want):
                for row in sconn.execute(select(spec.table).where(spec.table.c.id.in_(chunk))):
                    r = spec.raw_from_typed(row._mapping)
                    theirs[r["id"]] = r
        acks_hex = [(rev, seq, rid.hex) for rev, seq, rid in acks]
        result.pushed += len(acks_hex)
        result.held += sum(1 for a in refused.values() if a in ("blocked", "duplicate"))
        self._apply_acks(spec, rows, acks_hex, theirs, refused, result)
        if denied:
            refusals.record(self, spec, rows, denied, result)

    def _apply_acks(
        self,
        spec: TableSpec,
        rows: list[tuple],
        acks: list[tuple[int, int, str]],
        theirs: dict[str, Raw],
        refused: dict[str, str],
        result: SyncResult,
    ) -> None:
        name = spec.name
        i_rev = spec.push_columns.index("rev")
        i_upd = spec.push_columns.index("updated_at")
        sent = {r[0]: (r[i_rev], r[i_upd]) for r in rows}
        with self.local.begin() as lc:
            if acks:
                # one set-based statement; a row whose rev/updated_at moved while we pushed was
                # edited meanwhile: it stays dirty, and its base is now our write
                payload = json.dumps([(rid, rev, seq, *sent[rid]) for rev, seq, rid in acks])
                lc.exec_driver_sql(
                    "CREATE TEMP TABLE IF NOT EXISTS _sync_acks (id TEXT PRIMARY KEY, rev INTEGER, "
                    "seq INTEGER, lrev INTEGER, lupd TEXT)"
                )
                lc.exec_driver_sql("DELETE FROM temp._sync_acks")
                lc.exec_driver_sql(
                    "INSERT INTO temp._sync_acks SELECT value ->> 0, value ->> 1, value ->> 2, "
                    "value ->> 3, value ->> 4 FROM json_each(?)",
                    (payload,),
                )
                same = f"{name}.rev = a.lrev AND {name}.updated_at IS a.lupd"
                lc.exec_driver_sql(
                    f"""UPDATE {name} SET dirty = CASE WHEN {same} THEN 0 ELSE 1 END,
                            rev = CASE WHEN {same} THEN a.rev ELSE {name}.rev END,
                            base_rev = a.rev, server_seq = a.seq
                        FROM temp._sync_acks a WHERE {name}.id = a.id"""
                )
            for rid, action in refused.items():
                if action in ("conflict", "status"):
                    self._settle_conflict(lc, spec, rid, action, theirs[rid], result)

    def _settle_conflict(
        self, lc, spec: TableSpec, rid: str, action: str, theirs: Raw, result: SyncResult
    ) -> None:
        """The server refused our version of *rid*: adopt, merge, or record a conflict."""
        name = spec.name
        mine_row = (
            lc.exec_driver_sql(f"SELECT * FROM {name} WHERE id = ?", (rid,)).mappings().first()
        )
        if mine_row is None:
            return
        mine = dict(mine_row)
        policy = conflict_mod.MERGE_POLICIES.get(name)
        base: Raw | None = None
        if policy is not None:
            b = lc.exec_driver_sql(
                "SELECT rev, data FROM sync_base WHERE table_name = ? AND row_id = ?", (name, rid)
            ).first()
            if b is not None and b[0] == mine.get("base_rev"):
                base = json.loads(b[1])
        if action == "conflict" and content_equal(spec, mine, theirs):
            self._write_theirs(lc, spec, theirs)
            return
        partial = False  # the changes that do not clash merged, the overlaps wait
        if action == "conflict" and policy is not None and base is not None:
            outcome = conflict_mod.three_way(spec, policy, base, mine, theirs)
            if outcome.merged is not None and (outcome.taken or not outcome.overlaps):
                merged = outcome.merged
                self._write_theirs(lc, spec, theirs)  # the new base
                cols = [c for c in spec.data_columns if c not in policy.derived]
                merged["updated_at"] = spec.raw_from_typed({"updated_at": _now()})["updated_at"]
                merged["updated_by"] = self.actor
                lc.exec_driver_sql(
                    f"UPDATE {name} SET {', '.join(f'{c} = ?' for c in cols)}, rev = ?, dirty = 1 WHERE id = ?",
                    (*[merged.get(c) for c in cols], int(theirs["rev"]) + 1, rid),
                )
                if name == "evaluations":
                    self._recompute_one(lc, uuid.UUID(hex=rid))
                    _recount_calls(lc, {merged["call_id"]})
                partial = bool(outcome.overlaps)
            if outcome.merged is not None and not outcome.overlaps:
                conflict_mod.record(
                    lc,
                    spec=spec,
                    row_id=rid,
                    kind="edit",
                    mine=mine,
                    theirs=theirs,
                    base=base,
                    fields=outcome.taken,
                    resolution="auto",
                    actor=self.actor,
                    message=str(msg("sync-merged", fields=", ".join(outcome.taken) or "—")),
                )
                result.merged += 1
                return
            fields = outcome.overlaps
        else:
            fields = conflict_mod.differing_fields(spec, mine, theirs)
        if action == "status":
            kind = "status"
            message = str(
                msg(
                    "sync-status-refused",
                    table=name,
                    status=str(theirs.get("status")),
                    mine=str(mine.get("status")),
                )
            )
        elif mine.get("deleted") != theirs.get("deleted"):
            kind = "delete"
            message = str(msg("sync-delete-edit"))
        else:
            kind = "edit"
            message = str(
                msg(
                    "sync-edited-both",
                    who=str(theirs.get("updated_by")),
                    revision=str(mine.get("base_rev")),
                )
            )
        if partial:
            message += str(msg("sync-partly-merged", fields=", ".join(outcome.taken)))
        else:
            self._write_theirs(lc, spec, theirs)
        conflict_mod.record(
            lc,
            spec=spec,
            row_id=rid,
            kind=kind,
            mine=mine,
            theirs=theirs,
            base=base,
            fields=fields,
            message=message,
        )
        result.conflicts += 1

    def _write_theirs(self, lc, spec: TableSpec, theirs: Raw) -> None:
        row = dict(theirs)
        row["dirty"] = 0
        row["base_rev"] = row["rev"]
        cols = [c for c in spec.columns if c in row]
        lc.exec_driver_sql(
            f"UPDATE {spec.name} SET {', '.join(f'{c} = ?' for c in cols if c != 'id')} WHERE id = ?",
            (*[row[c] for c in cols if c != "id"], row["id"]),
        )
        if spec.name == "evaluations":
            self._recompute_one(lc, uuid.UUID(hex=row["id"]))
            _recount_calls(lc, {row["call_id"]})

    # -- pull ---------------------------------------------------------------------------
    def pull(self, server_id: str | None = None) -> SyncResult:
        """Apply every server change above our cursor, page by page (see the module doc).

        Our own writes come back too (they have sequence numbers like any other); for those
        only ``(id, server_seq)`` travels, and a full row is fetched only when the local
        store does not already hold that exact version (e.g. a store restored from a copy).
        Rows travel in the local raw form, converted by the server (``records.pull_exprs``).
        """
        server_id = server_id or self.server_id()
        result = SyncResult()
        with self.local.connect() as lc:
            cursor, client_hex = lc.exec_driver_sql(
                "SELECT cursor, client_id FROM sync_state WHERE server_id = ?", (server_id,)
            ).one()
        cursor = int(cursor)
        client_id = uuid.UUID(hex=client_hex)
        with self.server.connect() as sc:
            sc = sc.execution_options(isolation_level="REPEATABLE READ")
            with sc.begin():
                seq_top = sc.exec_driver_sql(
                    f"SELECT last_value FROM {server_mod.SEQUENCE}"
                ).scalar_one()
                if int(seq_top) < cursor:
                    raise SyncError(
                        msg("sync-server-behind", server=str(seq_top), local=str(cursor))
                    )
                raw = sc.connection.driver_connection  # psycopg, inside the snapshot
                total = 0
                if self.progress:
                    for spec in self.tables:
                        total += sc.exec_driver_sql(
                            f"SELECT count(*) FROM {spec.name} WHERE server_seq > %(c)s",
                            {"c": cursor},
                        ).scalar_one()
                with self.local.connect() as lc:
                    self._bulk = False
                    try:
                        if int(seq_top) > cursor:  # else nothing was written since: no query
                            try:
                                cursor = self._pull_pages(
                                    raw, lc, server_id, client_id, cursor, total, result
                                )
                            except BaseException:
                                if self._open is not None:
                                    self._open.rollback()
                                raise
                            finally:
                                self._open, self._open_rows, self._fresh = None, 0, {}
                        if self._bulk or sums_mod.suspended(lc) or indexes_mod.pending(lc):
                            self._finish_bulk(lc)
                    finally:
                        self._tally = None
                        if self._gc_paused:
                            gc.enable()
                            self._gc_paused = False
                        if self._bulk:
                            lc.exec_driver_sql(f"PRAGMA cache_size = {DEFAULT_CACHE_KIB}")
                            lc.exec_driver_sql("PRAGMA threads = 0")
                cursor = self._skip_invisible(sc, server_id, cursor)
        result.cursor = cursor
        return result

    def _finish_bulk(self, lc) -> None:
        """The end of a bulk pull (or of one a killed process left): the deferred indexes
        built, every call's evaluation count, the report sums (and their triggers) - each
        in a transaction of its own, so that the app's own writes wait seconds, not the
        whole end.  The sums come last: until their triggers are back the store is still
        "suspended", and a process killed before that does it all again at its next pull
        (every step may be repeated)."""
        if lc.in_transaction():
            lc.rollback()
        names = indexes_mod.pending(lc)
        lc.rollback()  # the read above began a transaction
        for name in names:
            with lc.begin():
                indexes_mod.restore(lc, [name])
        try:
            from qaclient.storage.models.recordings import recount_all_sql
        except ImportError:  # pragma: no cover - the library tables are not installed
            pass
        else:
            with lc.begin():
                lc.exec_driver_sql(recount_all_sql())
        with lc.begin():
            sums_mod.rebuild(lc, self._counted(lc))

    def _counted(self, lc) -> tuple[list, list, list] | None:
        """The sums this bulk pull added up as it wrote (``reports.tally``), when they are
        the store's: it started with no evaluation, and every evaluation in the store now is
        one it wrote, unedited (none dirty).  None: make them from the rows."""
        tally = self._tally
        if tally is None or not tally.valid:
            return None
        held, dirty = lc.exec_driver_sql(
            "SELECT count(*), coalesce(sum(dirty), 0) FROM evaluations"
        ).one()
        if held != tally.evaluations or dirty:
            return None
        return tally.rows()

    def _deferrable(self) -> list[str]:
        """The tables whose secondary indexes a bulk pull builds at its end: the synced
        tables and the score rows."""
        return [spec.name for spec in self.tables] + [
            "evaluation_item_scores",
            "evaluation_section_scores",
        ]

    def _skip_invisible(self, sc, server_id: str, cursor: int) -> int:
        """Changes above our cursor that this login may not see must not hold it back (each
        pull would scan them again): move it to the highest change committed in this
        snapshot — everything visible up to there has just been applied."""
        high = policies_mod.high_water(sc)
        if high is None or high <= cursor:
            return cursor
        with self.local.begin() as lc:
            state_mod.set_cursor(lc, server_id, high)
        return high

    def _bulk_sums(self, raw, lc, cursor: int) -> bool:
        """Whether this pull writes so many evaluations (a new client's first pull, a store
        back after months) that the report sums are better made once at the end than kept
        page by page: at least :data:`BULK_EVALUATIONS` of them, and no fewer than the
        store holds.  Also when a killed bulk pull left the sums to make.  A bulk pull also
        builds the secondary indexes at its end (``storage.indexes``), recounts the calls
        then, and commits every :data:`BULK_COMMIT_ROWS` rows rather than every page."""
        if sums_mod.suspended(lc) or indexes_mod.pending(lc):
            return True
        with raw.cursor() as cur:
            cur.execute("SELECT count(*) FROM evaluations WHERE server_seq > %s", (cursor,))
            incoming = cur.fetchone()[0]
        if incoming < BULK_EVALUATIONS:
            return False
        held = lc.exec_driver_sql("SELECT count(*) FROM evaluations").scalar_one()
        return incoming >= held

    def _pull_pages(
        self, raw, lc, server_id: str, client_id: uuid.UUID, cursor: int, total: int, result
    ) -> int:
        """Fetch and apply pages until the snapshot's last change.  While a page is written
        the next one is already being fetched (a thread of its own: the server prepares and
        sends it while SQLite writes, each on its core)."""
        first = True
        ahead: Future | None = None
        try:
            while True:
                if ahead is None:
                    upper, page, own, top = self._fetch_page(raw, cursor, client_id)
                else:
                    upper, page, own, top = ahead.result()
                    ahead = None
                if not page and not own:
                    self._commit()
                    return cursor
                if first:
                    first = False
                    self._bulk = self._bulk_sums(raw, lc, cursor)
                    self._fresh = self._empty_tables(lc) if self._bulk else {}
                    self._tally = Tally() if "evaluations" in self._fresh else None
                    if self._bulk:  # a big cache for the B-trees a bulk pull fills, and
                        # helper threads for the sorts of the indexes and sums at the end
                        lc.exec_driver_sql(f"PRAGMA cache_size = {_bulk_cache_kib()}")
                        lc.exec_driver_sql("PRAGMA threads = 2")
                        # millions of rows and scores alive at once: the cyclic garbage
                        # collector would scan them all again and again (~15% of a 200,000
                        # evaluation pull); the pull makes no cycles worth collecting
                        if gc.isenabled():
                            gc.disable()
                            self._gc_paused = True
                bound = upper if upper is not None else top
                self._fetch_missing_own(raw, lc, own, page)
                self._fetch_parents(raw, lc, page)
                if upper is not None:
                    if self._fetcher is None:
                        self._fetcher = ThreadPoolExecutor(1, thread_name_prefix="qaclient-fetch")
                    ahead = self._fetcher.submit(self._fetch_page, raw, bound, client_id)
                self._warming = self._warm(page)
                try:
                    self._apply_page(lc, server_id, page, bound, result)
                finally:
                    if self._warming is not None:
                        self._warming.result()  # never two at a time
                        self._warming = None
                cursor = bound
                if self.progress:
                    self.progress("pull", result.pulled, max(total, result.pulled))
                if upper is None:
                    self._commit()
                    return cursor
        finally:
            if ahead is not None:  # an error: the connection is not left to the fetcher
                futures_wait([ahead])

    def _fetch_page(
        self, raw, cursor: int, client_id: uuid.UUID
    ) -> tuple[int | None, dict[str, list[tuple]], dict[str, list[tuple[str, int]]], int]:
        """The next page above *cursor*: ``(upper, rows by table, our own (id, seq) by
        table, highest change seen)``; *upper* None when it is the last."""
        upper = self._page_upper(raw, cursor)
        page: dict[str, list[tuple]] = {}
        own: dict[str, list[tuple[str, int]]] = {}
        top = cursor
        where = "server_seq > %s" + (" AND server_seq <= %s" if upper else "")
        args: tuple = (cursor, upper) if upper else (cursor,)
        stmts: list[str] = []
        params: list = []
        for spec in self.tables:
            stmts += [
                f"SELECT {pull_select_sql(spec)} FROM {spec.name} WHERE {where}"
                " AND sync_origin IS DISTINCT FROM %s ORDER BY server_seq",
                f"SELECT replace(id::text, '-', ''), server_seq FROM {spec.name}"
                f" WHERE {where} AND sync_origin = %s ORDER BY server_seq",
            ]
            params += [*args, client_id, *args, client_id]
        # every table's rows in ONE round trip (several statements: bound client-side)
        with psycopg.ClientCursor(raw) as cur:
            cur.execute("; ".join(stmts), params)
            results = []
            while True:
                results.append(cur.fetchall())
                if not cur.nextset():
                    break
        for k, spec in enumerate(self.tables):
            others, mine = results[2 * k], results[2 * k + 1]
            if others:
                top = max(top, int(others[-1][spec.columns.index("server_seq")]))
                page[spec.name] = others
            if mine:
                top = max(top, int(mine[-1][1]))
                own[spec.name] = mine
        return upper, page, own, top

    def _page_upper(self, raw, cursor: int) -> int | None:
        """The last change of the next page: the smallest of the tables' ``page_size``-th
        change above *cursor* (an index-only probe each), or None when every table has
        fewer left (the page takes everything).  A page holds at most ``page_size`` rows
        of each table, and no row is fetched that the page then leaves out."""
        probes = " UNION ALL ".join(
            f"(SELECT server_seq FROM {spec.name} WHERE server_seq > %s"
            " ORDER BY server_seq OFFSET %s LIMIT 1)"
            for spec in self.tables
        )
        with raw.cursor() as cur:  # one round trip
            cur.execute(
                f"SELECT min(server_seq) FROM ({probes}) AS p",
                [v for _ in self.tables for v in (cursor, self.page_size - 1)],
            )
            got = cur.fetchone()[0]
        upper = None if got is None else int(got)
        return upper

    def _fetch_missing_own(
        self, raw, lc, own: dict[str, list[tuple[str, int]]], page: dict[str, list[tuple]]
    ) -> None:
        """Full rows for those of our own writes the local store does not hold at that version."""
        for spec in self.tables:
            pairs = own.get(spec.name)
            if not pairs:
                continue
            have = dict(
                lc.exec_driver_sql(
                    f"SELECT id, server_seq FROM {spec.name}"
                    " WHERE id IN (SELECT value FROM json_each(?))",
                    (json.dumps([rid for rid, _ in pairs]),),
                ).all()
            )
            missing = [uuid.UUID(hex=rid) for rid, seq in pairs if have.get(rid) != seq]
            if not missing:
                continue
            with raw.cursor() as cur:
                cur.execute(
                    f"SELECT {pull_select_sql(spec)} FROM {spec.name} WHERE id = ANY(%s)"
                    " ORDER BY server_seq",
                    (missing,),
                )
                got = cur.fetchall()
                page.setdefault(spec.name, []).extend(got)
                self._out_of_order(spec, got)

    def _warm(self, page: dict[str, list[tuple]]) -> Future | None:
        """Start scoring the page's evaluations on a worker thread: the tables applied
        before them (audit events, calls, …) are written meanwhile, mostly inside SQLite
        with the interpreter free.  ``_apply_evaluations`` waits for it, then finds its
        scores cached."""
        rows = page.get("evaluations")
        if not rows or not self.rescorer.available or len(rows) < WARM_EVALUATIONS:
            return None
        spec = spec_for(Evaluation.__table__)
        i_rv, i_answers = spec.columns.index("rubric_version_id"), spec.columns.index("answers")
        rv = spec_for(RubricVersion.__table__)
        i_id, i_content = rv.columns.index("id"), rv.columns.index("content")
        for r in page.get("rubric_versions", ()):
            self.rescorer.learn(r[i_id], r[i_content])
        if self._pool is None:
            self._pool = ThreadPoolExecutor(1, thread_name_prefix="qaclient-rescore")
        return self._pool.submit(
            self.rescorer.warm, self.local, [(r[i_rv], r[i_answers]) for r in rows]
        )

    def _fetch_parents(self, raw, lc, page: dict[str, list[tuple]]) -> None:
        """Rows of this page whose parent row (a foreign key) is neither here nor in the
        local store: the parent was changed after them, so its change comes in a later
        page.  It is fetched now (from the same snapshot) and written with this page, so
        every committed page is whole; when its own page comes, we already have it."""
        by_name = {spec.name: spec for spec in self.tables}
        for spec in reversed(self.tables):  # children first: a fetched parent is checked too
            rows = page.get(spec.name)
            if not rows:
                continue
            for column, parent_name in spec.foreign_keys:
                parent = by_name.get(parent_name)
                if parent is None:
                    continue
                i = spec.columns.index(column)
                wanted = {r[i] for r in rows if r[i] is not None}
                i_pid = parent.columns.index("id")
                wanted -= {r[i_pid] for r in page.get(parent_name, ())}
                if not wanted:
                    continue
                held = {
                    rid
                    for (rid,) in lc.exec_driver_sql(
                        f"SELECT id FROM {parent_name} WHERE id IN (SELECT value FROM json_each(?))",
                        (json.dumps(sorted(wanted)),),
                    )
                }
                missing = [uuid.UUID(hex=h) for h in sorted(wanted - held)]
                if not missing:
                    continue
                with raw.cursor() as cur:
                    cur.execute(
                        f"SELECT {pull_select_sql(parent)} FROM {parent_name} WHERE id = ANY(%s)",
                        (missing,),
                    )
                    got = cur.fetchall()
                    page.setdefault(parent_name, []).extend(got)
                    self._out_of_order(parent, got)

    def _empty_tables(self, lc) -> dict[str, set[str]]:
        """The synced tables that hold no row (a new client's first pull): an empty set
        each, to note the ids that arrive out of order (see :meth:`_apply_rows`)."""
        return {
            spec.name: set()
            for spec in self.tables
            if lc.exec_driver_sql(f"SELECT 1 FROM {spec.name} LIMIT 1").first() is None
        }

    def _out_of_order(self, spec: TableSpec, rows: list[tuple]) -> None:
        """Rows fetched ahead of their own page (a parent, our own write): they come again
        in their page, so a table that started empty must look them up then."""
        fresh = self._fresh.get(spec.name)
        if fresh is not None:
            i_id = spec.columns.index("id")
            fresh.update(r[i_id] for r in rows)

    def _apply_page(
        self, lc, server_id: str, page: dict[str, list[tuple]], bound: int, result: SyncResult
    ) -> None:
        """Write one page and move the cursor in the same local transaction.  A pull
        commits after every page, a bulk pull once the transaction holds
        :data:`BULK_COMMIT_ROWS` rows or has been open :data:`BULK_COMMIT_SECONDS` (or at
        its end): a page is never half written, the cursor never ahead of the rows."""
        if self._open is None:
            if lc.in_transaction():  # reads since the last commit (autobegun): nothing to keep
                lc.rollback()
            self._open = lc.begin()
            self._open_since = time.monotonic()
            # the cursor first: the UPDATE opens the transaction, so the pragma below holds
            # for it (SQLite resets defer_foreign_keys at every commit)
            state_mod.set_cursor(lc, server_id, bound)
            lc.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
            if self._bulk:
                sums_mod.suspend(lc)
                indexes_mod.defer(lc, self._deferrable())
        else:
            state_mod.set_cursor(lc, server_id, bound)
        before = result.pulled  # an error: pull() rolls the open transaction back
        for spec in self.tables:
            rows = page.get(spec.name)
            if rows:
                self._apply_rows(lc, spec, rows, result)
        self._open_rows += result.pulled - before
        if (
            not self._bulk
            or self._open_rows >= BULK_COMMIT_ROWS
            or time.monotonic() - self._open_since >= BULK_COMMIT_SECONDS
        ):
            self._commit()

    def _commit(self) -> None:
        if self._open is not None:
            self._open.commit()
            self._open, self._open_rows = None, 0

    def _apply_rows(self, lc, spec: TableSpec, rows: list[tuple], result: SyncResult) -> None:
        """Upsert the server's rows of one table, except those edited here (the next push
        surfaces the conflict) and those we already hold at that version.

        In a bulk pull into a table that was empty, only the rows fetched out of order can
        be held already (the server sends each row once, at its latest version; a row
        written here meanwhile has an id of its own, and the upsert never overwrites a
        dirty row): the others are not looked up."""
        pos = {c: i for i, c in enumerate(spec.columns)}
        i_id, i_seq = pos["id"], pos["server_seq"]
        evaluations = spec.name == "evaluations"
        # for evaluations also what the derived scores depend on, and the verified scores
        extra = ", rubric_version_id, answers, " + ", ".join(DERIVED) if evaluations else ""
        local: dict[str, tuple] = {}
        fresh = self._fresh.get(spec.name)
        held = (
            [r[i_id] for r in rows]
            if fresh is None
            else [r[i_id] for r in rows if r[i_id] in fresh]
        )
        for chunk in _chunks(held, 20_000):
            for rid, dirty, seq, *rest in lc.exec_driver_sql(
                f"SELECT id, dirty, server_seq{extra} FROM {spec.name}"
                " WHERE id IN (SELECT value FROM json_each(?))",
                (json.dumps(chunk),),
            ):
                local[rid] = (dirty, seq, *rest)
        todo = []
        for r in rows:
            have = local.get(r[i_id])
            if have is not None and (have[0] or have[1] == r[i_seq]):
                continue  # edited here (the push will surface it) or already have it
            todo.append(r)
        if not todo:
            return
        if spec.unique_keys:
            for r in self._key_collisions(lc, spec, todo):
                self._absorb_duplicates(lc, spec, dict(zip(spec.columns, r, strict=True)), result)
        cols = spec.columns
        sets = ", ".join(f"{c} = excluded.{c}" for c in cols if c != "id")
        upsert = (
            f"INSERT INTO {spec.name} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))}) "
            f"ON CONFLICT (id) DO UPDATE SET {sets} WHERE {spec.name}.dirty = 0"
        )
        if evaluations:
            self._apply_evaluations(lc, spec, todo, local, upsert, result)
        else:
            lc.exec_driver_sql(upsert, todo)
        if evaluations and not self._bulk:  # a bulk pull recounts every call at its end
            _recount_calls(lc, {r[pos["call_id"]] for r in todo})
        result.pulled += len(todo)

    def _apply_evaluations(
        self,
        lc,
        spec: TableSpec,
        todo: list[tuple],
        local: dict[str, tuple],
        upsert: str,
        result: SyncResult,
    ) -> None:
        """Evaluations are verified before they are written: each is rescored from its
        answers and rubric version (``sync.rescore``), the local row gets the recomputed
        total / percent / grade / auto-fail and score rows, and a server value that
        differs is a score mismatch (a forged total: counted, listed, logged).  An
        evaluation whose answers and version did not change keeps its (verified) local
        scores.  The report sums follow set-wise (``reports.sums.bulk_write``)."""
        pos = {c: i for i, c in enumerate(spec.columns)}
        i_id, i_rv, i_answers = pos["id"], pos["rubric_version_id"], pos["answers"]
        i_status, i_deleted, i_agent = pos["status"], pos["deleted"], pos["agent"]
        i_scored_at = pos["scored_at"]
        derived_at = [pos[c] for c in DERIVED]
        first, last = min(derived_at), max(derived_at)
        assert derived_at == list(range(first, last + 1)), "derived columns are contiguous"
        if self._warming is not None:
            self._warming.result()
            self._warming = None
        rows: list[tuple] = []
        scored: list[tuple[str, Scored]] = []
        rescored_existing: list[str] = []
        mismatched: list[str] = []
        tally = self._tally if self._tally is not None and self._tally.valid else None
        counted: list[tuple] = []
        for r in todo:
            rid = r[i_id]
            have = local.get(rid)
            claimed = r[first : last + 1]
            s = None
            if (
                have is not None
                and have[2] == r[i_rv]
                and have[3] == r[i_answers]
                and have[4] is not None
            ):
                derived = tuple(have[4:])  # computed here before: the answers did not change
            else:
                s = (
                    self.rescorer.score(lc, r[i_rv], r[i_answers])
                    if self.rescorer.available
                    else None
                )
                if s is None:
                    derived = (None, None, None, None, 0, None)  # cannot be verified
                else:
                    derived = s.derived
                    scored.append((rid, s))
                if have is not None:
                    rescored_existing.append(rid)
            if claimed[0] is not None and claimed != derived:
                mismatched.append(rid)
            rows.append((*r[:first], *derived, *r[last + 1 :]))
            if tally is not None:
                counted.append(
                    (
                        r[i_status],
                        r[i_deleted],
                        r[i_scored_at],
                        r[i_rv],
                        r[i_agent],
                        s.items if s is not None else (),
                        s.sections if s is not None else (),
                    )
                )
        if tally is not None:
            if local:  # rows held already: their old sums are not in the tally
                tally.valid = False
            else:
                tally.add(counted)
        if mismatched:
            result.score_mismatches += len(mismatched)
            room = MISMATCH_LIST - len(result.mismatched)
            result.mismatched.extend(mismatched[: max(room, 0)])
            log.warning(
                "%d pulled evaluations carry a score that does not match their answers (the "
                "recomputed one is kept): %s",
                len(mismatched),
                ", ".join(str(uuid.UUID(hex=h)) for h in mismatched[:10]),
            )
        lc.exec_driver_sql(
            "CREATE TEMP TABLE IF NOT EXISTS sync_pull_ids (id TEXT PRIMARY KEY) WITHOUT ROWID"
        )
        lc.exec_driver_sql("DELETE FROM temp.sync_pull_ids")
        lc.exec_driver_sql(
            "INSERT INTO temp.sync_pull_ids SELECT value FROM json_each(?)",
            (json.dumps([r[i_id] for r in rows]),),
        )
        if self._bulk or len(rows) < DELTA_EVALUATIONS:
            block = contextlib.nullcontext()  # sums made at the end / kept by the triggers
        else:
            block = sums_mod.bulk_write(lc, "SELECT id FROM temp.sync_pull_ids")
        with block:
            lc.exec_driver_sql(upsert, rows)
            if rescored_existing:
                for table in ("evaluation_item_scores", "evaluation_section_scores"):
                    lc.exec_driver_sql(
                        f"DELETE FROM {table} WHERE evaluation_id IN"
                        " (SELECT value FROM json_each(?))",
                        (json.dumps(rescored_existing),),
                    )
            self.rescorer.write_rows(lc, scored, replace=False)

    def _key_collisions(self, lc, spec: TableSpec, todo: list[tuple]) -> list[tuple]:
        """The incoming rows whose unique key (a login, a rubric version) a different local
        row holds, found set-wise (one query per key and chunk)."""
        pos = {c: i for i, c in enumerate(spec.columns)}
        i_id = pos["id"]
        hit: dict[str, tuple] = {}
        for key in spec.unique_keys:
            first = key[0]
            wanted: dict[tuple, tuple] = {}
            for r in todo:
                k = tuple(r[pos[c]] for c in key)
                if None not in k:
                    wanted[k] = r
            if not wanted:
                continue
            firsts = sorted({k[0] for k in wanted}, key=str)
            for chunk in _chunks(firsts, 20_000):
                q = (
                    f"SELECT id, {', '.join(key)} FROM {spec.name}"
                    f" WHERE {first} IN (SELECT value FROM json_each(?))"
                )
                for rid, *k in lc.exec_driver_sql(q, (json.dumps(chunk),)):
                    r = wanted.get(tuple(k))
                    if r is not None and r[i_id] != rid:
                        hit[r[i_id]] = r
        return list(hit.values())

    def _absorb_duplicates(self, lc, spec: TableSpec, incoming: Raw, result: SyncResult) -> None:
        """A pulled row takes a unique key (a login, a rubric version) one of our unsent rows
        holds: the server row wins, our row's references move to it, and if the two differ
        in content a ``duplicate`` conflict keeps ours for the user."""
        for key in spec.unique_keys:
            if any(incoming.get(c) is None for c in key):
                continue
            cond = " AND ".join(f"{c} = ?" for c in key)
            other = (
                lc.exec_driver_sql(
                    f"SELECT * FROM {spec.name} WHERE {cond} AND id <> ?",
                    (*[incoming[c] for c in key], incoming["id"]),
                )
                .mappings()
                .first()
            )
            if other is None:
                continue
            mine = dict(other)
            old, new = mine["id"], incoming["id"]
            for table in Base.metadata.sorted_tables:
                for fk in table.foreign_keys:
                    if fk.column.table is spec.table:
                        extra = ", dirty = 1" if "dirty" in table.c else ""
                        lc.exec_driver_sql(
                            f"UPDATE {table.name} SET {fk.parent.name} = ?{extra} WHERE {fk.parent.name} = ?",
                            (new, old),
                        )
            lc.exec_driver_sql(f"DELETE FROM {spec.name} WHERE id = ?", (old,))
            lc.exec_driver_sql(
                "DELETE FROM sync_base WHERE table_name = ? AND row_id = ?", (spec.name, old)
            )
            if not content_equal(spec, mine, incoming):
                conflict_mod.record(
                    lc,
                    spec=spec,
                    row_id=new,
                    kind="duplicate",
                    mine=mine,
                    theirs=incoming,
                    base=None,
                    fields=conflict_mod.differing_fields(spec, mine, incoming),
                    message=f"{' + '.join(key)} {[incoming[c] for c in key]} was created here and on the "
                    "server; the server's row was kept, ours is in this conflict",
                )
                result.conflicts += 1
            result.held += 1

    # -- derived scores -------------------------------------------------------------------
    def _recompute_one(self, lc, evaluation_id: uuid.UUID) -> None:
        self.rescorer.rescore(lc, [evaluation_id])


def _bulk_cache_kib() -> int:
    """:data:`BULK_CACHE_KIB`, or an eighth of the machine's memory when that is less
    (as SQLite's negative cache size: KiB)."""
    try:
        memory_kib = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") // 1024
    except (AttributeError, ValueError, OSError):  # not POSIX (Windows): the default
        return BULK_CACHE_KIB
    return -min(-BULK_CACHE_KIB, max(memory_kib // 8, 65_536))


def _recount_calls(lc, call_ids: set[str]) -> None:
    """Keep the library's ``calls.scored`` / ``evaluation_count`` in step with evaluations
    written by sync (Core writes bypass the ORM hook that maintains them)."""
    try:
        from qaclient.storage.models.recordings import recount_evaluations_sql
    except ImportError:  # pragma: no cover - the library tables are not installed
        return
    for stmt in recount_evaluations_sql(sorted(call_ids)):
        lc.execute(stmt)


def _now():
    from qaclient.storage.types import utcnow

    return utcnow()
