"""coaching tables: sessions, clips, actions, scorecard events; report indexes

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import qaclient.storage.types

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _synced_columns() -> list[sa.Column]:
    """The columns of ``Tracked`` + ``Synced`` (models/base.py), in a fresh copy per table."""
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
        "coaching_sessions",
        sa.Column("agent", sa.String(length=64), nullable=False),
        sa.Column("trainer", sa.String(length=64), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("scheduled_at", qaclient.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("held_at", qaclient.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("focus_items", sa.Text(), nullable=False),
        sa.Column("observed_behaviour", sa.Text(), nullable=False),
        sa.Column("effect_on_customer", sa.Text(), nullable=False),
        sa.Column("agreed_target", sa.Text(), nullable=False),
        sa.Column("follow_up_on", sa.Date(), nullable=True),
        sa.Column("outcome_notes", sa.Text(), nullable=False),
        sa.Column(
            "acknowledged_at", qaclient.storage.types.UTCDateTime(timezone=True), nullable=True
        ),
        sa.Column("acknowledged_by", sa.String(length=64), nullable=True),
        sa.Column(
            "followed_up_at", qaclient.storage.types.UTCDateTime(timezone=True), nullable=True
        ),
        sa.Column("follow_up_notes", sa.Text(), nullable=False),
        *_synced_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_coaching_sessions")),
    )
    with op.batch_alter_table("coaching_sessions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_coaching_sessions_dirty"), ["dirty"], unique=False)
        batch_op.create_index(
            "ix_coaching_sessions_agent_status", ["agent", "status"], unique=False
        )

    op.create_table(
        "coaching_clips",
        sa.Column("session_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("evaluation_id", sa.Uuid(), nullable=False),
        sa.Column("comment_id", sa.Uuid(), nullable=True),
        sa.Column("call_id", sa.String(length=128), nullable=False),
        sa.Column("start_ms", sa.Integer(), nullable=False),
        sa.Column("end_ms", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.String(length=100), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        *_synced_columns(),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["coaching_sessions.id"],
            name=op.f("fk_coaching_clips_session_id_coaching_sessions"),
        ),
        sa.ForeignKeyConstraint(
            ["evaluation_id"],
            ["evaluations.id"],
            name=op.f("fk_coaching_clips_evaluation_id_evaluations"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_coaching_clips")),
    )
    with op.batch_alter_table("coaching_clips", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_coaching_clips_dirty"), ["dirty"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_coaching_clips_evaluation_id"), ["evaluation_id"], unique=False
        )
        batch_op.create_index(
            "ix_coaching_clips_session_position", ["session_id", "position"], unique=False
        )

    op.create_table(
        "coaching_actions",
        sa.Column("agent", sa.String(length=64), nullable=False),
        sa.Column("session_id", sa.Uuid(), nullable=True),
        sa.Column("item_id", sa.String(length=100), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("done_at", qaclient.storage.types.UTCDateTime(timezone=True), nullable=True),
        *_synced_columns(),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["coaching_sessions.id"],
            name=op.f("fk_coaching_actions_session_id_coaching_sessions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_coaching_actions")),
    )
    with op.batch_alter_table("coaching_actions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_coaching_actions_dirty"), ["dirty"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_coaching_actions_session_id"), ["session_id"], unique=False
        )
        batch_op.create_index("ix_coaching_actions_agent_status", ["agent", "status"], unique=False)

    op.create_table(
        "scorecard_events",
        sa.Column("agent", sa.String(length=64), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("item_id", sa.String(length=100), nullable=True),
        sa.Column("points", qaclient.storage.types.DecimalE4(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        *_synced_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scorecard_events")),
    )
    with op.batch_alter_table("scorecard_events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_scorecard_events_dirty"), ["dirty"], unique=False)
        batch_op.create_index("ix_scorecard_events_month_agent", ["month", "agent"], unique=False)

    op.create_table(
        "report_cache",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("stamp", sa.String(length=300), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("computed_at", qaclient.storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_report_cache")),
    )

    # Reports: month-wide scans of the evaluations (centre / team figures, inspector
    # statistics) read only these columns; a covering index keeps them off the table.
    with op.batch_alter_table("evaluations", schema=None) as batch_op:
        batch_op.create_index(
            "ix_evaluations_report",
            [
                "scored_at",
                "status",
                "deleted",
                "agent",
                "evaluator",
                "total",
                "percent",
                "grade",
                "updated_at",
                "rev",
            ],
            unique=False,
        )
        # inspector statistics: the month of *submission*
        batch_op.create_index(
            "ix_evaluations_submitted",
            [
                "submitted_at",
                "status",
                "deleted",
                "evaluator",
                "percent",
                "started_at",
                "created_at",
            ],
            unique=False,
        )

    # KPI error calls and scorecard spot checks: only the (few) item rows with errors
    op.create_index(
        "ix_evaluation_item_scores_errors",
        "evaluation_item_scores",
        ["evaluation_id", "category", "errors"],
        unique=False,
        sqlite_where=sa.text("errors > 0"),
        postgresql_where=sa.text("errors > 0"),
    )


def downgrade() -> None:
    op.drop_index("ix_evaluation_item_scores_errors", table_name="evaluation_item_scores")
    with op.batch_alter_table("evaluations", schema=None) as batch_op:
        batch_op.drop_index("ix_evaluations_submitted")
        batch_op.drop_index("ix_evaluations_report")
    op.drop_table("report_cache")
    for table, indexes in (
        ("scorecard_events", ["ix_scorecard_events_month_agent", "ix_scorecard_events_dirty"]),
        (
            "coaching_actions",
            [
                "ix_coaching_actions_agent_status",
                "ix_coaching_actions_session_id",
                "ix_coaching_actions_dirty",
            ],
        ),
        (
            "coaching_clips",
            [
                "ix_coaching_clips_session_position",
                "ix_coaching_clips_evaluation_id",
                "ix_coaching_clips_dirty",
            ],
        ),
        ("coaching_sessions", ["ix_coaching_sessions_agent_status", "ix_coaching_sessions_dirty"]),
    ):
        with op.batch_alter_table(table, schema=None) as batch_op:
            for name in indexes:
                batch_op.drop_index(name)
        op.drop_table(table)
