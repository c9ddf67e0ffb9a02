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
from qaclient.messages import msg

#: Alembic's script location (source files: ``env.py`` and ``versions/``); in the bundle
#: they are data files at the same place below ``sys._MEIPASS``.
MIGRATIONS_DIR = paths.bundle_root() / "qaclient" / "storage" / "migrations"


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


def _secure_sqlite_file(url: str) -> None:
    """The store and its WAL/shared-memory files are owner-only (fixed on every open)."""
    from sqlalchemy.engine import make_url

    from qaclient import fileperms

    fileperms.restrict_umask()
    database = make_url(url).database
    if not database or database == ":memory:":
        return
    for suffix in ("", "-wal", "-shm", "-journal"):
        fileperms.private_file(database + suffix)


def make_engine(url: str) -> Engine:
    """An engine for *url*; SQLite gets WAL, foreign keys and durable commits."""
    if url.startswith("sqlite"):
        _secure_sqlite_file(url)
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() == "postgresql":
        # a store on a PostgreSQL server is spoken to like the sync server: over TLS unless
        # explicitly opted out (qaclient.sync.tls; a refusal is a StoreError saying how)
        from qaclient.sync import tls

        try:
            parsed, tls_args, _policy = tls.connect_options(parsed)
        except tls.TlsRefused as exc:
            raise StoreError(str(exc)) from exc
        return create_engine(parsed, pool_pre_ping=True, connect_args=tls_args)
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

    if not (MIGRATIONS_DIR / "env.py").is_file():
        raise StoreError(
            f"this installation has no database migrations ({MIGRATIONS_DIR / 'env.py'} is "
            "missing): reinstall qaclient, or rebuild the app with tools/build_bundle.py"
        )
    cfg = alembic_config(engine)
    try:
        with engine.begin() as conn:
            if engine.dialect.name == "postgresql":  # one upgrader at a time, released at commit
                conn.exec_driver_sql("SELECT pg_advisory_xact_lock(7461093528)")
            if engine.dialect.name == "sqlite":
                # indexes a killed bulk pull left to build: a migration may expect them
                from qaclient.storage import indexes

                indexes.restore(conn)
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    except Exception as exc:
        raise StoreError(
            msg(
                "store-cannot-upgrade",
                url=engine.url.render_as_string(hide_password=True),
                reason=_first_line(exc),
            )
        ) from exc


def _first_line(exc: BaseException) -> str:
    """The driver's own reason, on one line (SQLAlchemy adds the SQL and a link below)."""
    orig = getattr(exc, "orig", None)
    text = str(orig if orig is not None else exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _check_sqlite_folder(path: Path) -> None:
    """A clear error for a store SQLite cannot write: WAL mode needs to create its journal
    files beside the database, so a read-only folder fails for readers too."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise StoreError(f"{path}: folder {folder} does not exist")
    if path.is_dir():
        raise StoreError(f"{path}: is a folder, not a qaclient store")
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        from qaclient.messages import msg

        raise StoreError(msg("hostile-store-read-only", path=str(path)))


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


def sqlite_file(engine: Engine) -> Path | None:
    """The database file of a file-based SQLite *engine*, else None."""
    if engine.url.get_backend_name() != "sqlite":
        return None
    database = engine.url.database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database)


@contextmanager
def store_lock(engine: Engine) -> Iterator[None]:
    """Hold an exclusive lock while the store of *engine* is created or upgraded.

    Two processes opening a new store at once (two ``qaclient evaluate`` started together)
    would otherwise both find no schema and both create it: the second fails with
    ``table … already exists`` and its work is lost.  The lock is an OS file lock on
    ``<database>.lock`` beside a SQLite file (released by the OS if the process dies); a
    PostgreSQL upgrade takes a transaction-level advisory lock instead (:func:`upgrade`).
    A folder where the lock file cannot be created (read-only) gets no lock: nobody can
    create or upgrade a store there anyway.
    """
    path = sqlite_file(engine)
    if path is None:
        yield
        return
    lock_path = path.with_name(path.name + ".lock")
    try:
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError:
        yield
        return
    try:
        _lock_fd(fd)
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock


def _lock_fd(fd: int) -> None:
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        import msvcrt

        while True:
            try:
                msvcrt.locking(fd, msvcrt.LK_LOCK, 1)
                return
            except OSError:  # LK_LOCK gives up after ~10 s: keep waiting
                continue
    fcntl.flock(fd, fcntl.LOCK_EX)


def open_engine(url: str | None = None, *, migrate: bool = True) -> Engine:
    """Open (and by default upgrade) the local store, or the database at *url*.

    Creating or upgrading is serialised between processes (:func:`store_lock`); a process
    that waited finds the schema current and does nothing."""
    engine = make_engine(url or local_url())
    path = sqlite_file(engine)
    if path is not None:
        _check_sqlite_folder(path)
    if migrate and not is_current(engine):
        with store_lock(engine):
            if not is_current(engine):
                upgrade(engine)
    return engine


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """A session committed on success and rolled back on error."""
    with factory() as session, session.begin():
        yield session
