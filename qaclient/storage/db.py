"""Engines and sessions for the local SQLite store and the shared PostgreSQL server.

The local store is SQLite in WAL mode with foreign keys on and ``synchronous=FULL``: a
committed transaction survives a killed process (and a power cut).  Opening a store runs the
Alembic migrations up to head, so an older database is upgraded on start.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from qaclient import paths

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class StoreError(RuntimeError):
    """The database cannot be opened or upgraded; the message says which and what to do."""


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def _sqlite_pragmas(dbapi_conn, _record) -> None:  # pragma: no cover - exercised by every test
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA busy_timeout=10000")
    # INSERT OR REPLACE fires the delete triggers of the row it replaces, so the report
    # sums the triggers of migration 0005 keep stay right whatever statement writes
    cur.execute("PRAGMA recursive_triggers=ON")
    cur.close()


def make_engine(url: str) -> Engine:
    """An engine for *url*; SQLite gets WAL, foreign keys and durable commits."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    return create_engine(url, pool_pre_ping=True)


def alembic_config(engine: Engine):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    # the connection itself is passed in ``cfg.attributes`` (upgrade()); the URL is only for
    # the ``alembic`` command.  ConfigParser interpolates ``%``: a percent-encoded password
    # (``p%40ss``) would make it fail -- and print the URL with the password.  Double them.
    cfg.set_main_option(
        "sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%")
    )
    return cfg


def upgrade(engine: Engine) -> None:
    """Bring the schema of *engine*'s database to the newest migration."""
    from alembic import command

    cfg = alembic_config(engine)
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    except Exception as exc:
        raise StoreError(
            f"cannot create or upgrade the database at {engine.url.render_as_string(hide_password=True)}: {exc}"
        ) from exc


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def script_heads() -> set[str]:
    """Head revisions of the migration scripts, read from their source.

    Importing Alembic only to learn that nothing needs doing costs ~0.25 s of every start;
    reading the revision ids directly costs ~1 ms.
    """
    import re

    revs: set[str] = set()
    downs: set[str] = set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        rev = re.search(r'^revision\s*(?::[^=]*)?=\s*["\']([^"\']+)', text, re.M)
        down = re.search(r"^down_revision\s*(?::[^=]*)?=\s*(.+)$", text, re.M)
        if rev:
            revs.add(rev.group(1))
        if down:
            downs.update(re.findall(r'["\']([^"\']+)["\']', down.group(1)))
    return revs - downs


def is_current(engine: Engine) -> bool:
    """True when the database's schema is at the scripts' head (no migration needed)."""
    from sqlalchemy import text

    try:
        with engine.connect() as conn:
            current = {r[0] for r in conn.execute(text("SELECT version_num FROM alembic_version"))}
    except Exception:  # no table yet, or the database is not reachable: let upgrade() say
        return False
    return bool(current) and current == script_heads()


def local_url() -> str:
    return os.environ.get("QACLIENT_LOCAL_DATABASE_URL") or sqlite_url(paths.database_path())


def open_engine(url: str | None = None, *, migrate: bool = True) -> Engine:
    """Open (and by default upgrade) the local store, or the database at *url*."""
    engine = make_engine(url or local_url())
    if migrate and not is_current(engine):
        upgrade(engine)
    return engine


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """A session committed on success and rolled back on error."""
    with factory() as session, session.begin():
        yield session
