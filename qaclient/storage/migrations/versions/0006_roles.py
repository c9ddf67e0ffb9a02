"""roles: listening log, who the store is signed in as, refused pushes

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import qaclient.storage.types

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _synced_columns() -> list[sa.Column]:
    """The columns of ``Tracked`` + ``Synced`` (models/base.py)."""
    return [
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.Column("base_rev", sa.Integer(), nullable=False),
        sa.Column("server_seq", sa.Integer(), nullable=True),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", qaclient.storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", qaclient.storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "listening_events",
        sa.Column("call_id", sa.String(length=128), nullable=False),
        sa.Column("listener", sa.String(length=64), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("at", qaclient.storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("position_ms", sa.BigInteger(), nullable=False),
        sa.Column("duration_ms", sa.BigInteger(), nullable=False),
        sa.Column("detail", sa.String(length=300), nullable=False),
        *_synced_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_listening_events")),
    )
    op.create_index("ix_listening_events_call", "listening_events", ["call_id", "at"])
    op.create_index(op.f("ix_listening_events_dirty"), "listening_events", ["dirty"])
    with op.batch_alter_table("sync_state") as batch:
        batch.add_column(sa.Column("login", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("role", sa.String(length=16), nullable=True))
        batch.add_column(sa.Column("scope_rev", sa.BigInteger(), nullable=True))
    op.create_table(
        "sync_refusals",
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.Column("login", sa.String(length=64), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("refused_at", qaclient.storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "row_id", name=op.f("pk_sync_refusals")),
    )


def downgrade() -> None:
    op.drop_table("sync_refusals")
    with op.batch_alter_table("sync_state") as batch:
        batch.drop_column("scope_rev")
        batch.drop_column("role")
        batch.drop_column("login")
    op.drop_index(op.f("ix_listening_events_dirty"), table_name="listening_events")
    op.drop_index("ix_listening_events_call", table_name="listening_events")
    op.drop_table("listening_events")
