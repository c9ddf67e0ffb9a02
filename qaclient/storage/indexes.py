"""Secondary indexes dropped for a bulk write and built again at its end.

A new client's first pull writes millions of rows.  Every row written to a table costs an
insertion into each of its indexes, and with random keys (UUIDs, agents, times) those
insertions land all over B-trees larger than the page cache, each commit writing every
index page it touched; building an index afterwards sorts its keys once.  :func:`defer`
drops the non-unique secondary indexes of some tables and keeps their DDL in
``sync_deferred_indexes``, in the caller's transaction; :func:`restore` builds them again
and forgets them, in the caller's transaction too.

Primary keys and unique indexes are never deferred: they enforce the data's rules, and the
writer finds rows by them.  A process killed in between leaves a consistent store without
those indexes (queries give the same answers, slower); the next pull (``sync/engine.py``)
or the next upgrade of the schema (``storage/db.py``) builds them.  SQLite only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

TABLE = "sync_deferred_indexes"
_UNIQUE = re.compile(r"\s*CREATE\s+UNIQUE\b", re.IGNORECASE)


def defer(conn, tables: Iterable[str]) -> list[str]:
    """Drop the non-unique secondary indexes of *tables*, remembering them; returns their
    names (none when they are deferred already)."""
    names = list(tables)
    if not names:
        return []
    rows = conn.exec_driver_sql(
        "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index'"
        f" AND sql IS NOT NULL AND tbl_name IN ({', '.join('?' * len(names))}) ORDER BY name",
        tuple(names),
    ).all()
    dropped = []
    for name, table, sql in rows:
        if _UNIQUE.match(sql):
            continue
        conn.exec_driver_sql(
            f"INSERT OR REPLACE INTO {TABLE} (name, table_name, sql) VALUES (?, ?, ?)",
            (name, table, sql),
        )
        conn.exec_driver_sql(f'DROP INDEX "{name}"')
        dropped.append(name)
    return dropped


def pending(conn) -> list[str]:
    """The names of the deferred indexes (none also before migration 0008)."""
    if not _has_table(conn):
        return []
    return [n for (n,) in conn.exec_driver_sql(f"SELECT name FROM {TABLE} ORDER BY name")]


def restore(conn, names: Iterable[str] | None = None) -> list[str]:
    """Build the deferred indexes *names* (all when None) again and forget them; returns
    the names built.  One index a transaction keeps the store's other writers waiting
    seconds, not minutes."""
    if not _has_table(conn):
        return []
    rows = conn.exec_driver_sql(f"SELECT name, table_name, sql FROM {TABLE} ORDER BY name").all()
    wanted = None if names is None else set(names)
    built = []
    for name, table, sql in rows:
        if wanted is not None and name not in wanted:
            continue
        exists = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?", (name,)
        ).first()
        has_table = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
        ).first()
        if exists is None and has_table is not None:
            conn.exec_driver_sql(sql)
            built.append(name)
        conn.exec_driver_sql(f"DELETE FROM {TABLE} WHERE name = ?", (name,))
    return built


def _has_table(conn) -> bool:
    return (
        conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (TABLE,)
        ).first()
        is not None
    )
