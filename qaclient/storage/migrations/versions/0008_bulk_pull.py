"""bulk pulls: deferred secondary indexes; merge bases kept when a clean evaluation is edited

``sync_deferred_indexes`` holds the secondary indexes a bulk pull (a new client's first
pull) dropped, until it builds them at its end (``qaclient/storage/indexes.py``).

The merge base of an evaluation (``sync_base``: the server version a local edit started
from, the common ancestor of a three-way merge) was written for every clean evaluation
that a pull or a push acknowledgement left in the store - a copy of every evaluation, the
largest table of a new client's store.  A base is only ever read for an evaluation edited
here, and it is that row's content just before its first edit: SQLite now copies it then
(``trg_evaluations_sync_base``, on the change of ``dirty`` from 0 to 1), from the row
itself.  The columns are those of ``spec_for(evaluations).data_columns`` (a test keeps
them equal): a migration that adds a synced column to ``evaluations`` creates the trigger
again with it.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

#: the synced content of an evaluation, as ``sync_base.data`` holds it
BASE_COLUMNS = (
    "call_id",
    "agent",
    "evaluator",
    "rubric_version_id",
    "status",
    "answers",
    "coaching_note",
    "playhead_ms",
    "total",
    "max_score",
    "percent",
    "grade",
    "auto_fail",
    "auto_fail_item",
    "started_at",
    "submitted_at",
    "scored_at",
    "calibration_id",
    "deleted",
    "created_at",
    "created_by",
    "updated_at",
    "updated_by",
)


def base_trigger_sql(columns: tuple[str, ...] = BASE_COLUMNS) -> str:
    pairs = ", ".join(f"'{c}', OLD.{c}" for c in columns)
    return (
        "CREATE TRIGGER trg_evaluations_sync_base AFTER UPDATE OF dirty ON evaluations "
        "WHEN OLD.dirty = 0 AND NEW.dirty = 1 BEGIN "
        "INSERT OR REPLACE INTO sync_base (table_name, row_id, rev, data) "
        f"VALUES ('evaluations', OLD.id, OLD.rev, json_object({pairs})); END"
    )


def upgrade() -> None:
    op.create_table(
        "sync_deferred_indexes",
        sa.Column("name", sa.String(length=128), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("sql", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_sync_deferred_indexes")),
    )
    if op.get_bind().dialect.name == "sqlite":  # the server keeps no merge bases
        op.execute(base_trigger_sql())


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS trg_evaluations_sync_base")
        # the bases of the clean evaluations, as the engine wrote them before
        pairs = ", ".join(f"'{c}', t.{c}" for c in BASE_COLUMNS)
        op.execute(
            "INSERT OR REPLACE INTO sync_base (table_name, row_id, rev, data) "
            f"SELECT 'evaluations', t.id, t.rev, json_object({pairs}) FROM evaluations t "
            "WHERE t.dirty = 0 AND t.server_seq IS NOT NULL"
        )
        # indexes still deferred are built again first: the store keeps every index it had
        for (sql,) in bind.exec_driver_sql("SELECT sql FROM sync_deferred_indexes").all():
            bind.exec_driver_sql(sql)
    op.drop_table("sync_deferred_indexes")
