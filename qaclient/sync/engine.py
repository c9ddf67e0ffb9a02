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
  snapshot; each page is applied and the cursor moved in ONE local transaction, so a killed
  client resumes where it stopped.  Rows we have edited locally are left alone (the next
  push surfaces the conflict).  Cost: O(changes), thanks to the ``server_seq`` indexes.
"""

from __future__ import annotations

import json
import logging
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import Engine, create_engine, literal_column, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session

from qaclient.messages import msg
from qaclient.storage.models import Base, Evaluation, RubricVersion
from qaclient.sync import conflicts as conflict_mod
from qaclient.sync import policies as policies_mod
from qaclient.sync import refusals, signin
from qaclient.sync import roles as roles_mod
from qaclient.sync import server as server_mod
from qaclient.sync import state as state_mod
from qaclient.sync.records import Raw, TableSpec, content_equal, dumps, spec_for

log = logging.getLogger(__name__)

ProgressFn = Callable[[str, int, int], None]  # (phase "push"/"pull", done, total)


class SyncError(RuntimeError):
    """Sync could not run; ``offline`` says the server was unreachable (retry later)."""

    def __init__(self, message: str, *, offline: bool = False):
        super().__init__(message)
        self.offline = offline


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
    login: str = ""  # who the server says we are (its current_user)
    name: str = ""  # that person's display name (from the server's member directory)
    role: str | None = None  # that login's role here (None: the schema owner's maintenance)
    removed: int = 0  # local rows dropped because this login may no longer see them
    refusals: list[dict[str, str]] = field(default_factory=list)  # table, id, reason

    def add(self, other: SyncResult) -> None:
        for name in ("pushed", "pulled", "conflicts", "merged", "refused", "removed"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.refusals.extend(other.refusals)

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["seconds"] = round(self.seconds, 4)
        return out


def normalise_url(url: str) -> str:
    if url.startswith(("postgresql://", "postgres://")):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def server_engine(url: str, *, connect_timeout: int = 5) -> Engine:
    """An engine on the shared server: psycopg 3, UTC session, short connect timeout."""
    url = normalise_url(url)
    parsed = make_url(url)
    if parsed.get_backend_name() != "postgresql":
        raise SyncError(
            f"the shared database must be PostgreSQL (postgresql://…), got {parsed.drivername!r}"
        )
    return create_engine(
        parsed,
        pool_pre_ping=True,
        pool_size=2,
        connect_args={
            "options": "-c TimeZone=UTC",
            "connect_timeout": connect_timeout,
            "application_name": "qaclient-sync",
        },
    )


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
        self.login: str | None = None  # the person signed in (None: the owner's maintenance)
        self.rescorer = Rescorer()
        self.conflicts = conflict_mod.Conflicts(self.local, self.actor, self._recompute_one)

    def close(self) -> None:
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
            if push1.merged or (push1.held and (pull.pulled or pull.held)):
                # merged rows go up on top of the server version; held rows may be unblocked
                push2 = self.push(st.client_id)
                result.add(push2)
                result.held = push2.held
            result.cursor = pull.cursor
        except SyncError as exc:
            state_mod.mark_error(self.local, self._server_id, str(exc))
            raise
        except (DBAPIError, OSError) as exc:
            message, offline = describe_error(exc)
            where = self.server.url.render_as_string(hide_password=True)
            msg = f"{'server unreachable' if offline else 'sync failed'} ({where}): {message}"
            state_mod.mark_error(self.local, self._server_id, msg)
            raise SyncError(msg, offline=offline) from exc
        state_mod.mark_success(self.local, server_id)
        result.server_id = server_id
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
            try:
                with self.server.connect() as conn:
                    self._server_id = server_mod.check(conn)
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
        policy = conflict_mod.MERGE_POLICIES.get(name)
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
                if policy is not None:
                    _store_bases(lc, spec, [rid for _rev, _seq, rid in acks])
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
        if action == "conflict" and policy is not None and base is not None:
            outcome = conflict_mod.three_way(spec, policy, base, mine, theirs)
            if outcome.merged is not None:
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
                    message="non-overlapping changes merged automatically: "
                    + (", ".join(outcome.taken) or "none"),
                )
                result.merged += 1
                return
            fields = outcome.overlaps
        else:
            fields = conflict_mod.differing_fields(spec, mine, theirs)
        if action == "status":
            kind = "status"
            message = (
                f"the server refused our change: {name} {rid} is {theirs.get('status')!r} there and "
                f"cannot go back to {mine.get('status')!r}"
            )
        elif mine.get("deleted") != theirs.get("deleted"):
            kind = "delete"
            message = "deleted on one side, edited on the other"
        else:
            kind = "edit"
            message = f"changed here and by {theirs.get('updated_by')} since revision {mine.get('base_rev')}"
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
        if spec.name in conflict_mod.MERGE_POLICIES:
            lc.exec_driver_sql(
                "INSERT OR REPLACE INTO sync_base (table_name, row_id, rev, data) VALUES (?, ?, ?, ?)",
                (spec.name, row["id"], row["rev"], dumps(_content(spec, row))),
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
                        f"the shared database is behind this computer (its change sequence is at "
                        f"{seq_top}, this store has seen {cursor}): it was restored from an older "
                        "backup or replaced. Nothing was changed here; ask the administrator before "
                        "syncing again (see docs/sync.md, 'Limits')."
                    )
                total = 0
                if self.progress:
                    for spec in self.tables:
                        total += sc.exec_driver_sql(
                            f"SELECT count(*) FROM {spec.name} WHERE server_seq > %(c)s",
                            {"c": cursor},
                        ).scalar_one()
                while True:
                    if int(seq_top) <= cursor:
                        break  # nothing was written since: skip the per-table queries
                    page: dict[str, list[Raw]] = {}
                    own: dict[str, list[tuple[str, int]]] = {}
                    upper: int | None = None
                    top = cursor
                    for spec in self.tables:
                        t = spec.table
                        origin = literal_column(f"{t.name}.sync_origin")
                        others = sc.execute(
                            select(t)
                            .where(t.c.server_seq > cursor, origin.is_distinct_from(client_id))
                            .order_by(t.c.server_seq)
                            .limit(self.page_size)
                        ).all()
                        mine = sc.execute(
                            select(t.c.id, t.c.server_seq)
                            .where(t.c.server_seq > cursor, origin == client_id)
                            .order_by(t.c.server_seq)
                            .limit(self.page_size)
                        ).all()
                        for got in (others, mine):
                            if got:
                                last = int(got[-1].server_seq)
                                top = max(top, last)
                                if len(got) == self.page_size:
                                    upper = last if upper is None else min(upper, last)
                        if others:
                            page[spec.name] = [spec.raw_from_typed(r._mapping) for r in others]
                        if mine:
                            own[spec.name] = [(r.id.hex, int(r.server_seq)) for r in mine]
                    if not page and not own:
                        break
                    bound = upper if upper is not None else top
                    self._fetch_missing_own(sc, own, bound, page)
                    self._apply_page(server_id, page, bound, result)
                    cursor = bound
                    if self.progress:
                        self.progress("pull", result.pulled, max(total, result.pulled))
                    if upper is None:
                        break
                cursor = self._skip_invisible(sc, server_id, cursor)
        result.cursor = cursor
        return result

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

    def _fetch_missing_own(
        self, sc, own: dict[str, list[tuple[str, int]]], bound: int, page: dict[str, list[Raw]]
    ) -> None:
        """Full rows for those of our own writes the local store does not hold at that version."""
        with self.local.connect() as lc:
            for spec in self.tables:
                pairs = [(rid, seq) for rid, seq in own.get(spec.name, ()) if seq <= bound]
                if not pairs:
                    continue
                have: dict[str, Any] = {}
                for chunk in _chunks([rid for rid, _ in pairs]):
                    q = f"SELECT id, server_seq FROM {spec.name} WHERE id IN ({', '.join('?' * len(chunk))})"
                    have.update(lc.exec_driver_sql(q, tuple(chunk)).all())
                missing = [uuid.UUID(hex=rid) for rid, seq in pairs if have.get(rid) != seq]
                for chunk in _chunks(missing):
                    rows = sc.execute(select(spec.table).where(spec.table.c.id.in_(chunk))).all()
                    page.setdefault(spec.name, []).extend(
                        spec.raw_from_typed(r._mapping) for r in rows
                    )

    def _apply_page(
        self, server_id: str, page: dict[str, list[Raw]], bound: int, result: SyncResult
    ) -> None:
        with self.local.begin() as lc:
            # the cursor first: the UPDATE opens the transaction, so the pragma below holds
            # for it (SQLite resets defer_foreign_keys at every commit)
            state_mod.set_cursor(lc, server_id, bound)
            lc.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
            for spec in self.tables:
                rows = [r for r in page.get(spec.name, ()) if int(r["server_seq"]) <= bound]
                if not rows:
                    continue
                local: dict[str, tuple[int, Any]] = {}
                # for evaluations also what the derived scores depend on: rescoring (the
                # costly part of applying one) is skipped when only notes/status/playhead moved
                scored_by = ", answers, rubric_version_id" if spec.name == "evaluations" else ""
                for chunk in _chunks([r["id"] for r in rows]):
                    q = (
                        f"SELECT id, dirty, server_seq{scored_by} FROM {spec.name} "
                        f"WHERE id IN ({', '.join('?' * len(chunk))})"
                    )
                    for rid, dirty, seq, *score_inputs in lc.exec_driver_sql(q, tuple(chunk)):
                        local[rid] = (dirty, seq, tuple(score_inputs))
                todo = []
                for r in rows:
                    have = local.get(r["id"])
                    if have is not None and (have[0] or have[1] == r["server_seq"]):
                        continue  # edited here (the push will surface it) or already have it
                    r["dirty"] = 0
                    r["base_rev"] = r["rev"]
                    todo.append(r)
                if spec.unique_keys:
                    for r in todo:
                        self._absorb_duplicates(lc, spec, r, result)
                if todo:
                    cols = [c for c in spec.columns]
                    sets = ", ".join(f"{c} = excluded.{c}" for c in cols if c != "id")
                    lc.exec_driver_sql(
                        f"INSERT INTO {spec.name} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))}) "
                        f"ON CONFLICT (id) DO UPDATE SET {sets} WHERE {spec.name}.dirty = 0",
                        [tuple(r.get(c) for c in cols) for r in todo],
                    )
                    if spec.name in conflict_mod.MERGE_POLICIES:
                        _store_bases(lc, spec, [r["id"] for r in todo])
                    if spec.name == "evaluations":
                        rescore = [
                            uuid.UUID(hex=r["id"])
                            for r in todo
                            if r["id"] not in local
                            or local[r["id"]][2] != (r["answers"], r["rubric_version_id"])
                        ]
                        self._recompute_many(lc, rescore)
                        _recount_calls(lc, {r["call_id"] for r in todo})
                result.pulled += len(todo)

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

    def _recompute_many(self, lc, ids: list[uuid.UUID]) -> None:
        self.rescorer.rescore(lc, ids)


class Rescorer:
    """Recomputes the derived scores (columns + item/section tables, never synced) of
    evaluations that sync wrote, with the evaluations service's ``recompute_scores``; one
    ORM session per call, rubrics parsed once (from the version row: it may be uncommitted)."""

    def __init__(self):
        self.hook = _find_recompute_hook()
        self._rubrics: dict[uuid.UUID, Any] = {}

    def rescore_one(self, lc, evaluation_id: uuid.UUID) -> None:
        self.rescore(lc, [evaluation_id])

    def rescore(self, lc, ids: list[uuid.UUID]) -> None:
        if self.hook is None or not ids:
            return
        with Session(bind=lc, autoflush=False) as session:
            for chunk in _chunks(ids):
                for evaluation in session.scalars(
                    select(Evaluation).where(Evaluation.id.in_(chunk))
                ):
                    rubric = self._rubric(session, evaluation.rubric_version_id)
                    if rubric is None:
                        continue
                    try:
                        with session.begin_nested():
                            self.hook(session, evaluation, rubric)
                    except Exception as exc:  # noqa: BLE001 - a bad row must not stop the sync
                        log.warning(
                            "cannot recompute scores of evaluation %s: %s", evaluation.id, exc
                        )
                session.flush()

    def _rubric(self, session: Session, version_id: uuid.UUID):
        if version_id in self._rubrics:
            return self._rubrics[version_id]
        rubric = None
        version = session.get(RubricVersion, version_id)
        if version is not None:
            try:
                from qaclient.rubrics.loader import load_document

                rubric = load_document(
                    json.loads(version.content), source=f"rubric version {version_id}"
                )
            except Exception as exc:  # noqa: BLE001
                log.warning(
                    "rubric version %s cannot be read, scores not recomputed: %s", version_id, exc
                )
        self._rubrics[version_id] = rubric
        return rubric


def _recount_calls(lc, call_ids: set[str]) -> None:
    """Keep the library's ``calls.scored`` / ``evaluation_count`` in step with evaluations
    written by sync (Core writes bypass the ORM hook that maintains them)."""
    try:
        from qaclient.storage.models.recordings import recount_evaluations_sql
    except ImportError:  # pragma: no cover - the library tables are not installed
        return
    for stmt in recount_evaluations_sql(sorted(call_ids)):
        lc.execute(stmt)


def _store_bases(lc, spec: TableSpec, ids: list[str]) -> None:
    """Keep the merge base of the clean rows among *ids*: their content as JSON, built by
    SQLite itself (``json_object``: the same values as ``json.dumps(_content(row))``)."""
    pairs = ", ".join(f"'{c}', t.{c}" for c in spec.data_columns)
    lc.exec_driver_sql(
        f"""INSERT OR REPLACE INTO sync_base (table_name, row_id, rev, data)
            SELECT '{spec.name}', t.id, t.rev, json_object({pairs})
            FROM {spec.name} t WHERE t.id IN (SELECT value FROM json_each(?)) AND t.dirty = 0""",
        (json.dumps(ids),),
    )


def _content(spec: TableSpec, row: Raw) -> Raw:
    return {c: row.get(c) for c in spec.data_columns}


def _now():
    from qaclient.storage.types import utcnow

    return utcnow()


def _find_recompute_hook():
    """The evaluations service's ``recompute_scores(session, evaluation, rubric)``."""
    try:
        from qaclient import evaluations
    except Exception:  # noqa: BLE001 - the service is optional for the engine
        return None
    return getattr(evaluations, "recompute_scores", None)
