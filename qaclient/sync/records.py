"""Rows as the sync engine moves them: the local store's raw column values.

The engine never builds ORM objects: a push reads the dirty rows of a table with one raw
SELECT and streams them to the server with COPY; a pull converts server rows to the local
raw form and upserts them with one ``executemany``.  The raw SQLite form (UUIDs as 32 hex
digits, UTC datetimes as ``YYYY-MM-DD HH:MM:SS.ffffff``, booleans as 0/1, exact decimals as
integer ten-thousandths) is also how versions are kept in conflict records: plain JSON.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from sqlalchemy import Boolean, Column, Date, DateTime, Table, UniqueConstraint, Uuid
from sqlalchemy.dialects import sqlite
from sqlalchemy.types import TypeDecorator

_SQLITE = sqlite.dialect()

#: Bookkeeping columns: who/when and revision data, never "content".
BOOKKEEPING = frozenset({"rev", "base_rev", "server_seq", "dirty"})
WHO_WHEN = frozenset({"created_at", "created_by", "updated_at", "updated_by"})

Raw = dict[str, Any]


@dataclass(frozen=True)
class TableSpec:
    """What the engine needs to know about one synced table."""

    table: Table
    columns: tuple[str, ...]  # every column, table order
    push_columns: tuple[str, ...]  # sent to the server: id first, then all but server_seq, dirty
    data_columns: tuple[str, ...]  # content + who/when (all but id and bookkeeping)
    unique_keys: tuple[tuple[str, ...], ...]  # unique constraints besides the primary key
    foreign_keys: tuple[tuple[str, str], ...] = field(default=())  # (column, parent table)
    to_raw: tuple[Callable[[Any], Any] | None, ...] = field(default=(), repr=False)
    from_raw: tuple[Callable[[Any], Any] | None, ...] = field(default=(), repr=False)
    #: PostgreSQL expressions giving every column of a pulled row in local raw form, as
    #: the local store holds it clean (``dirty`` 0, ``base_rev`` = ``rev``): the server
    #: converts, the client inserts what it receives (see :func:`pull_select_sql`)
    pull_exprs: tuple[str, ...] = field(default=(), repr=False)

    @property
    def name(self) -> str:
        return self.table.name

    def raw_from_typed(self, row: Mapping[str, Any]) -> Raw:
        """A typed row (as SQLAlchemy returns it from any backend) in local raw form."""
        out: Raw = {}
        for name, conv in zip(self.columns, self.to_raw, strict=True):
            if name not in row:
                continue
            value = row[name]
            out[name] = conv(value) if (conv is not None and value is not None) else value
        return out

    def typed_from_raw(self, raw: Mapping[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, conv in zip(self.columns, self.from_raw, strict=True):
            if name not in raw:
                continue
            value = raw[name]
            out[name] = conv(value) if (conv is not None and value is not None) else value
        return out


@cache
def spec_for(table: Table) -> TableSpec:
    columns = tuple(c.name for c in table.columns)
    push = ("id", *(c for c in columns if c not in ("id", "server_seq", "dirty")))
    data = tuple(c for c in columns if c not in BOOKKEEPING and c != "id")
    uniques: list[tuple[str, ...]] = []
    for cons in table.constraints:
        if isinstance(cons, UniqueConstraint):
            uniques.append(tuple(c.name for c in cons.columns))
    for col in table.columns:
        if col.unique and (col.name,) not in uniques:
            uniques.append((col.name,))
    fks = tuple((fk.parent.name, fk.column.table.name) for fk in table.foreign_keys)
    to_raw = []
    from_raw = []
    for col in table.columns:
        impl = col.type.dialect_impl(_SQLITE)
        to_raw.append(impl.bind_processor(_SQLITE))
        from_raw.append(impl.result_processor(_SQLITE, None))
    pull = []
    for col in table.columns:
        if col.name == "dirty":
            pull.append("0")
        elif col.name == "base_rev":
            pull.append("rev")
        else:
            pull.append(pg_raw_expr(col, f'"{col.name}"'))
    return TableSpec(
        table,
        columns,
        push,
        data,
        tuple(uniques),
        fks,
        tuple(to_raw),
        tuple(from_raw),
        tuple(pull),
    )


def pg_raw_expr(col: Column, ref: str) -> str:
    """A PostgreSQL expression giving column *col* (SQL reference *ref*) in the local
    store's raw form: UUIDs as 32 hex digits, UTC datetimes as ``YYYY-MM-DD
    HH:MM:SS.ffffff``, dates as ``YYYY-MM-DD``, booleans as 0/1; other types as they are
    (exact decimals are already integer ten-thousandths on both sides)."""
    t = col.type
    base = t.impl_instance if isinstance(t, TypeDecorator) else t
    if isinstance(base, Uuid):
        return f"replace({ref}::text, '-', '')"
    if isinstance(base, DateTime):
        utc = f"{ref} AT TIME ZONE 'UTC'" if base.timezone else ref
        return f"to_char({utc}, 'YYYY-MM-DD HH24:MI:SS.US')"
    if isinstance(base, Date):
        return f"to_char({ref}, 'YYYY-MM-DD')"
    if isinstance(base, Boolean):
        return f"{ref}::int"
    return ref


def pull_select_sql(spec: TableSpec) -> str:
    """``SELECT`` list of a pull: every column of *spec* in local raw form, ready to insert."""
    return ", ".join(spec.pull_exprs)


def dumps(raw: Mapping[str, Any]) -> str:
    return json.dumps(raw, ensure_ascii=False, sort_keys=True, default=str)


def content_equal(spec: TableSpec, a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """Same content, ignoring who/when and revision bookkeeping."""
    return all(a.get(c) == b.get(c) for c in spec.data_columns if c not in WHO_WHEN)
