"""Secondary indexes dropped for a bulk write and built again (qaclient.storage.indexes)."""

from __future__ import annotations

from qaclient.collection import Collection
from qaclient.storage import db, indexes


def _indexes(conn) -> dict[str, str]:
    return dict(
        conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        ).all()
    )


def test_defer_drops_secondary_indexes_keeps_keys_and_restore_builds_them(tmp_path):
    col = Collection.open(db.sqlite_url(tmp_path / "s.sqlite3"), actor="t")
    with col.engine.begin() as conn:
        before = _indexes(conn)
        conn.exec_driver_sql("CREATE UNIQUE INDEX uq_test_calls_file ON calls (file_uri)")
        dropped = indexes.defer(conn, ["calls", "evaluations", "audit_events"])
        assert "ix_calls_start" in dropped and "ix_audit_events_entity" in dropped
        assert "uq_test_calls_file" not in dropped  # a unique index enforces a rule: kept
        left = _indexes(conn)
        assert "ix_calls_start" not in left and "uq_test_calls_file" in left
        assert "ix_evaluation_item_scores_errors" in left  # a table not named: untouched
        # the keys the writer finds rows by are still there
        autos = {
            n
            for (n,) in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'calls'"
                " AND name LIKE 'sqlite_autoindex_%'"
            )
        }
        assert len(autos) == 2  # the primary key and the unique call id
        assert indexes.pending(conn) == sorted(dropped)
        assert indexes.defer(conn, ["calls"]) == []  # already deferred: nothing to do
    with col.engine.begin() as conn:
        built = indexes.restore(conn)
        assert sorted(built) == sorted(dropped)
        assert indexes.pending(conn) == []
        after = _indexes(conn)
        after.pop("uq_test_calls_file")
        assert after == before  # the very same DDL
    col.close()


def test_a_rolled_back_defer_leaves_every_index(tmp_path):
    col = Collection.open(db.sqlite_url(tmp_path / "s.sqlite3"), actor="t")
    with col.engine.connect() as conn:
        before = _indexes(conn)
        conn.rollback()
        tx = conn.begin()
        indexes.defer(conn, ["calls"])
        tx.rollback()
        assert _indexes(conn) == before
        assert indexes.pending(conn) == []
    col.close()


def test_an_upgrade_builds_indexes_a_killed_pull_left(tmp_path):
    path = tmp_path / "s.sqlite3"
    col = Collection.open(db.sqlite_url(path), actor="t")
    with col.engine.begin() as conn:
        before = _indexes(conn)
        indexes.defer(conn, ["calls", "evaluations"])
    col.close()
    engine = db.make_engine(db.sqlite_url(path))
    db.upgrade(engine)
    with engine.connect() as conn:
        assert _indexes(conn) == before
        assert indexes.pending(conn) == []
    engine.dispose()


def test_the_merge_base_trigger_copies_every_synced_column_of_an_evaluation(tmp_path):
    """sync_base.data is what a pull would have stored: every data column of the row just
    before its first local edit (migration 0008's trigger; a new column must join it)."""
    import importlib

    from qaclient.storage.models import Evaluation
    from qaclient.sync.records import spec_for

    m = importlib.import_module("qaclient.storage.migrations.versions.0008_bulk_pull")
    spec = spec_for(Evaluation.__table__)
    assert m.BASE_COLUMNS == spec.data_columns
    col = Collection.open(db.sqlite_url(tmp_path / "s.sqlite3"), actor="t")
    with col.engine.connect() as conn:
        sql = conn.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE name = 'trg_evaluations_sync_base'"
        ).scalar_one()
    assert sql == m.base_trigger_sql()
    col.close()
