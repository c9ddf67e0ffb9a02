"""A real PostgreSQL for the sync tests, and client stores to sync with it.

The session starts one throwaway cluster from the system binaries (``postgresql`` Debian
package; ``qaclient.sync.localserver``) on a temp dir and a spare port, or uses the server
named by ``QACLIENT_TEST_DATABASE_URL`` (a maintenance database on it, e.g.
``postgresql://postgres@localhost/postgres``; the tests create and drop their own
databases).  A template database is migrated once (Alembic head + server parts); each test
gets a fresh copy (``CREATE DATABASE … TEMPLATE``, a few ms).  No server is a FAILURE with a
message saying how to get one — never a skip.

The local cluster speaks TLS (a self-signed certificate made for the session), so every sync
test runs the way the app does by default: ``sslmode=require``.  An external server without
TLS needs ``?sslmode=disable`` in ``QACLIENT_TEST_DATABASE_URL`` and the explicit opt-out
``QACLIENT_SYNC_INSECURE_NO_TLS=1`` — as a real client would.
"""

from __future__ import annotations

import itertools
import json
import os
import shutil
import uuid
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url

from qaclient.collection import Collection
from qaclient.storage import db
from qaclient.storage.models import Evaluation, EvaluationComment, RubricVersion
from qaclient.storage.types import utcnow
from qaclient.sync import roles
from qaclient.sync import server as server_mod
from qaclient.sync.engine import SyncEngine, server_engine
from qaclient.sync.localserver import LocalCluster, ServerUnavailable

RUBRIC_FILE = Path(__file__).resolve().parents[2] / "resources" / "rubrics" / "inbound-call.yaml"
TEMPLATE = "qaclient_sync_template"
OWNER_WITH_PASSWORD = "qa_owner_pw"  # a non-superuser database owner that needs a password
PASSWORD = "p@ss:w%rd/4 you"  # every test person's password: @ % : / and a space
_counter = itertools.count()


def _dsn(url: str) -> str:
    """A libpq DSN (psycopg.connect) from a SQLAlchemy or libpq URL (key=value form: a
    password may hold any character)."""
    u = make_url(url)
    parts = {
        "host": u.host,
        "port": u.port,
        "dbname": u.database,
        "user": u.username,
        "password": u.password,
    }
    return psycopg.conninfo.make_conninfo(**{k: v for k, v in parts.items() if v is not None})


class PgServer:
    """The server under test: admin URL, per-test databases, the local cluster if ours."""

    def __init__(self, admin_url: str, cluster: LocalCluster | None):
        self.admin_url = admin_url
        self.cluster = cluster

    def url(self, dbname: str) -> str:
        return (
            make_url(self.admin_url)
            .set(drivername="postgresql+psycopg", database=dbname)
            .render_as_string(hide_password=False)
        )

    def admin(self) -> psycopg.Connection:
        return psycopg.connect(_dsn(self.admin_url), autocommit=True)

    def create_db(self, name: str, template: str | None = None) -> str:
        with self.admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(
                f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else "")
            )
        return self.url(name)

    def drop_db(self, name: str) -> None:
        with self.admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def file_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A real keyring backend for this test only: ``keyrings.alt``'s EncryptedKeyring
    (AES, PBKDF2) in a file under the test's temp dir, its passphrase given here."""
    import getpass

    import keyring
    from keyrings.alt.file import EncryptedKeyring

    monkeypatch.setattr(getpass, "getpass", lambda prompt="": "test passphrase")
    backend = EncryptedKeyring()
    backend.file_path = str(tmp_path / "keyring" / "crypted_pass.cfg")
    keyring.set_keyring(backend)
    return backend  # no_real_keyring (tests/conftest.py) puts the previous backend back


@pytest.fixture(scope="session")
def pg() -> Iterator[PgServer]:
    external = os.environ.get("QACLIENT_TEST_DATABASE_URL")
    cluster = None
    if external:
        server = PgServer(external, None)
        try:
            server.admin().close()
        except psycopg.Error as exc:
            pytest.fail(
                f"QACLIENT_TEST_DATABASE_URL={external!r}: cannot connect: {exc}", pytrace=False
            )
    else:
        try:
            cluster = LocalCluster(ssl=True)
        except ServerUnavailable as exc:
            pytest.fail(f"the sync tests need a real PostgreSQL server: {exc}", pytrace=False)
        server = PgServer(cluster.url("postgres"), cluster)
    url = server.create_db(TEMPLATE)
    engine = server_engine(url)
    server_mod.install(engine)
    engine.dispose()
    if cluster is not None:
        # people's logins sign in with passwords, as on a real server (the superuser that
        # plays the database owner keeps trust)
        cluster.require_passwords(f"+{roles.MEMBER_GROUP}", OWNER_WITH_PASSWORD)
    yield server
    server.drop_db(TEMPLATE)
    if cluster is not None:
        cluster.destroy()


@pytest.fixture
def server_url(pg: PgServer) -> Iterator[str]:
    """A fresh shared database (schema + server parts installed) for this test."""
    name = f"qaclient_test_{os.getpid()}_{next(_counter)}"
    url = pg.create_db(name, TEMPLATE)
    yield url
    pg.drop_db(name)


class Person:
    """A person with their own login on the test server (unique per test: roles are
    cluster-wide), the URL their client uses (with the password) and their role."""

    def __init__(self, name: str, login: str, role: str, url: str):
        self.name, self.login, self.role, self.url = name, login, role, url


@pytest.fixture
def people(server_url: str) -> Callable[..., Person]:
    """``person("ivy", "inspector", teams=["A"])``: add a login with the admin functions."""
    tag = next(_counter)

    def person(
        name: str, role: str, *, teams: list[str] | None = None, agent_id: str | None = None
    ) -> Person:
        login = f"{name}_{os.getpid()}_{tag}"
        engine = server_engine(server_url)
        try:
            with engine.begin() as conn:
                roles.add_user(conn, login, PASSWORD, role, teams or [], agent_id, name.title())
        finally:
            engine.dispose()
        url = make_url(server_url).set(username=login, password=PASSWORD)
        return Person(name, login, role, url.render_as_string(hide_password=False))

    return person


@pytest.fixture(scope="session")
def client_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("client-template") / "store.sqlite3"
    db.open_engine(db.sqlite_url(path)).dispose()
    return path


class Client:
    """One inspector's machine: its own SQLite store and a sync engine."""

    def __init__(self, name: str, path: Path, server_url: str):
        self.name = name
        self.path = path
        self.server_url = server_url
        self.col = Collection.open(db.sqlite_url(path), actor=name)
        self.engine = SyncEngine(self.col, server_url)
        self.skew = timedelta(0)  # this machine's clock error

    def now(self):
        return utcnow() + self.skew

    def sync(self):
        return self.engine.sync()

    def close(self) -> None:
        self.engine.close()
        self.col.close()

    # direct ORM writes, as the evaluation service does them (rev + 1, dirty) -----------
    def add_rubric(
        self, rubric_id: str = "inbound-call", version: int = 1, rv_id: uuid.UUID | None = None
    ) -> uuid.UUID:
        from qaclient.rubrics.loader import canonical_json, dump_document, load_file

        content = canonical_json(dump_document(load_file(RUBRIC_FILE)))
        import hashlib

        with self.col.Session.begin() as s:
            rv = RubricVersion(
                id=rv_id or uuid.uuid4(),
                rubric_id=rubric_id,
                version=version,
                status="active",
                title=rubric_id,
                content=content,
                content_hash=hashlib.sha256(content.encode()).hexdigest(),
                created_by=self.name,
                updated_by=self.name,
            )
            s.add(rv)
        return rv.id

    def add_evaluation(
        self, rubric_version_id: uuid.UUID, call_id: str = "call-1", answers: dict | None = None
    ) -> uuid.UUID:
        with self.col.Session.begin() as s:
            ev = Evaluation(
                call_id=call_id,
                agent="agent-7",
                evaluator=self.name,
                rubric_version_id=rubric_version_id,
                answers=json.dumps(answers or {}, sort_keys=True),
                created_by=self.name,
                updated_by=self.name,
                created_at=self.now(),
                updated_at=self.now(),
            )
            s.add(ev)
        self._rescore(ev.id)
        return ev.id

    def _rescore(self, ev_id: uuid.UUID) -> None:
        """Derived scores, as the evaluations service refreshes them on every save."""
        with self.col.engine.begin() as conn:
            self.engine._recompute_one(conn, ev_id)

    def edit(self, model, row_id: uuid.UUID, **values) -> None:
        with self.col.Session.begin() as s:
            row = s.get(model, row_id)
            for k, v in values.items():
                setattr(row, k, v)
            row.rev += 1
            row.dirty = True
            row.updated_at = self.now()
            row.updated_by = self.name

    def set_answer(self, ev_id: uuid.UUID, item: str, value) -> None:
        with self.col.Session.begin() as s:
            row = s.get(Evaluation, ev_id)
            answers = json.loads(row.answers)
            if value is None:
                answers.pop(item, None)
            else:
                answers[item] = value
            row.answers = json.dumps(answers, sort_keys=True)
            row.rev += 1
            row.dirty = True
            row.updated_at = self.now()
            row.updated_by = self.name
        self._rescore(ev_id)

    def add_comment(self, ev_id: uuid.UUID, text: str, position_ms: int = 0) -> uuid.UUID:
        with self.col.Session.begin() as s:
            c = EvaluationComment(
                evaluation_id=ev_id,
                text=text,
                position_ms=position_ms,
                author=self.name,
                created_by=self.name,
                updated_by=self.name,
                created_at=self.now(),
                updated_at=self.now(),
            )
            s.add(c)
        return c.id

    def get(self, model, row_id: uuid.UUID):
        with self.col.Session() as s:
            return s.get(model, row_id)

    def snapshot(self) -> dict[str, dict[str, tuple]]:
        """Content of every synced table (for convergence checks), bookkeeping excluded."""
        from qaclient.sync.records import spec_for

        out: dict[str, dict[str, tuple]] = {}
        with self.col.engine.connect() as conn:
            for table in server_mod.synced_tables():
                spec = spec_for(table)
                cols = ["id", *_compared(spec), "rev"]
                rows = conn.exec_driver_sql(f"SELECT {', '.join(cols)} FROM {table.name}").all()
                out[table.name] = {r[0]: tuple(r[1:]) for r in rows}
        return out


@pytest.fixture
def make_client(
    tmp_path: Path, server_url: str, client_template: Path
) -> Iterator[Callable[..., Client]]:
    made: list[Client] = []

    def make(name: str, url: str | None = None) -> Client:
        path = tmp_path / f"{name}-{len(made)}.sqlite3"
        shutil.copyfile(client_template, path)
        client = Client(name, path, url or server_url)
        made.append(client)
        return client

    yield make
    for c in made:
        c.close()


def _compared(spec) -> list[str]:
    """Synced content columns; derived scores are local recomputations, compared elsewhere."""
    from qaclient.sync.conflicts import MERGE_POLICIES

    derived = MERGE_POLICIES[spec.name].derived if spec.name in MERGE_POLICIES else frozenset()
    return [c for c in spec.data_columns if c not in derived]


def server_snapshot(url: str) -> dict[str, dict[str, tuple]]:
    """The same content view as :meth:`Client.snapshot`, read from the server."""
    from sqlalchemy import select

    from qaclient.sync.records import spec_for

    engine = server_engine(url)
    out: dict[str, dict[str, tuple]] = {}
    try:
        with engine.connect() as conn:
            for table in server_mod.synced_tables():
                spec = spec_for(table)
                cols = ["id", *_compared(spec), "rev"]
                rows = conn.execute(select(*[table.c[c] for c in cols])).all()
                raws = [spec.raw_from_typed(dict(zip(cols, r, strict=True))) for r in rows]
                out[table.name] = {r["id"]: tuple(r[c] for c in cols[1:]) for r in raws}
    finally:
        engine.dispose()
    return out
