"""The Alembic history and the ORM models describe the same schema, and an older store is
upgraded on open."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from qaclient.storage import db
from qaclient.storage.models import Base


def test_migrations_match_models(tmp_path):
    engine = db.open_engine(db.sqlite_url(tmp_path / "x.sqlite3"))
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_older_store_is_upgraded_on_open(tmp_path):
    from alembic import command

    engine = db.make_engine(db.sqlite_url(tmp_path / "old.sqlite3"))
    cfg = db.alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    assert "calls" not in inspect(engine).get_table_names()
    engine.dispose()
    engine = db.open_engine(db.sqlite_url(tmp_path / "old.sqlite3"))
    names = inspect(engine).get_table_names()
    assert {"calls", "evaluations", "sync_state", "coaching_sessions"} <= set(names)


def test_fast_current_check_agrees_with_alembic(col, tmp_path):
    from alembic.script import ScriptDirectory

    heads = set(ScriptDirectory.from_config(db.alembic_config(col.engine)).get_heads())
    assert db.script_heads() == heads
    assert db.is_current(col.engine)
    fresh = db.make_engine(db.sqlite_url(tmp_path / "empty.sqlite3"))
    assert not db.is_current(fresh)
