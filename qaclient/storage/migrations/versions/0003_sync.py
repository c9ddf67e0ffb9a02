"""sync: client bookkeeping (sync state / cursor, conflicts, merge bases)

The server-only parts (change sequence, stamping and guard triggers, the origin column and
``server_seq`` indexes on every synced table) are not in this history because they must
cover tables created by later revisions too: ``qaclient db init`` applies them after
``upgrade head`` (``qaclient.sync.server.install``).

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import qaclient.storage.types

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_state",
        sa.Column("server_id", sa.String(length=64), nullable=False),
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("cursor", sa.BigInteger(), nullable=False),
        sa.Column("server_url", sa.Text(), nullable=False),
        sa.Column("last_sync_at", qaclient.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column(
            "last_error_at", qaclient.storage.types.UTCDateTime(timezone=True), nullable=True
        ),
        sa.PrimaryKeyConstraint("server_id", name=op.f("pk_sync_state")),
    )
    op.create_table(
        "sync_conflicts",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("detected_at", qaclient.storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("base_rev", sa.Integer(), nullable=False),
        sa.Column("theirs_rev", sa.Integer(), nullable=False),
        sa.Column("mine", sa.Text(), nullable=False),
        sa.Column("theirs", sa.Text(), nullable=False),
        sa.Column("base", sa.Text(), nullable=True),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("resolved_at", qaclient.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("resolved_by", sa.String(length=64), nullable=True),
        sa.Column("resolution", sa.String(length=16), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflicts")),
    )
    with op.batch_alter_table("sync_conflicts", schema=None) as batch_op:
        batch_op.create_index("ix_sync_conflicts_open", ["resolved_at", "table_name"], unique=False)
        batch_op.create_index(batch_op.f("ix_sync_conflicts_row_id"), ["row_id"], unique=False)
    op.create_table(
        "sync_base",
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "row_id", name=op.f("pk_sync_base")),
    )


def downgrade() -> None:
    op.drop_table("sync_base")
    with op.batch_alter_table("sync_conflicts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_conflicts_row_id"))
        batch_op.drop_index("ix_sync_conflicts_open")
    op.drop_table("sync_conflicts")
    op.drop_table("sync_state")
