"""Evaluations, their timestamped comments, and the derived per-item / per-section scores
(kept in tables so reports aggregate in SQL)."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from qaclient.storage.models.base import Base, Synced


class Evaluation(Synced, Base):
    __tablename__ = "evaluations"
    __table_args__ = (
        Index("ix_evaluations_agent_scored", "agent", "scored_at"),
        Index("ix_evaluations_evaluator_scored", "evaluator", "scored_at"),
        # covering indexes of the monthly reports and inspector statistics (migration 0004)
        Index(
            "ix_evaluations_report",
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
        ),
        Index(
            "ix_evaluations_submitted",
            "submitted_at",
            "status",
            "deleted",
            "evaluator",
            "percent",
            "started_at",
            "created_at",
        ),
    )

    call_id: Mapped[str] = mapped_column(String(128), index=True)
    agent: Mapped[str] = mapped_column(String(64))
    evaluator: Mapped[str] = mapped_column(String(64))
    rubric_version_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("rubric_versions.id"), index=True
    )
    status: Mapped[str] = mapped_column(String(16), default="draft", index=True)
    answers: Mapped[str] = mapped_column(Text, default="{}")  # JSON {item_id: answer}
    coaching_note: Mapped[str] = mapped_column(Text, default="")
    playhead_ms: Mapped[int] = mapped_column(default=0)  # where the inspector left the call
    # derived from answers + rubric version on every save (recomputable, never edited by hand)
    total: Mapped[Decimal | None] = mapped_column(default=None)
    max_score: Mapped[Decimal | None] = mapped_column(default=None)
    percent: Mapped[Decimal | None] = mapped_column(default=None)
    grade: Mapped[str | None] = mapped_column(String(16), default=None)
    auto_fail: Mapped[bool] = mapped_column(default=False)
    auto_fail_item: Mapped[str | None] = mapped_column(String(100), default=None)
    started_at: Mapped[datetime | None] = mapped_column(default=None)
    submitted_at: Mapped[datetime | None] = mapped_column(default=None)
    scored_at: Mapped[datetime | None] = mapped_column(
        default=None
    )  # the call's evaluation date for reports
    # set for a calibration session's evaluation (never in KPIs: scored_at stays empty)
    calibration_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("calibration_sessions.id"), default=None, index=True
    )

    comments: Mapped[list[EvaluationComment]] = relationship(
        back_populates="evaluation",
        order_by="EvaluationComment.position_ms",
        cascade="all, delete-orphan",
    )


class EvaluationComment(Synced, Base):
    __tablename__ = "evaluation_comments"

    evaluation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("evaluations.id"), index=True)
    position_ms: Mapped[int] = mapped_column(default=0)
    end_ms: Mapped[int | None] = mapped_column(default=None)  # a marked range, when not a point
    text: Mapped[str] = mapped_column(Text, default="")
    item_id: Mapped[str | None] = mapped_column(String(100), default=None)
    author: Mapped[str] = mapped_column(String(64), default="")

    evaluation: Mapped[Evaluation] = relationship(back_populates="comments")


class EvaluationItemScore(Base):
    """Derived: one row per scored item of an evaluation (for item averages and KPI errors)."""

    __tablename__ = "evaluation_item_scores"
    __table_args__ = (
        Index(
            "ix_evaluation_item_scores_errors",
            "evaluation_id",
            "category",
            "errors",
            sqlite_where=text("errors > 0"),
            postgresql_where=text("errors > 0"),
        ),
    )

    evaluation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("evaluations.id", ondelete="CASCADE"), primary_key=True
    )
    item_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    section_id: Mapped[str] = mapped_column(String(100))
    score: Mapped[Decimal]
    max: Mapped[Decimal]
    na: Mapped[bool] = mapped_column(default=False)
    category: Mapped[str | None] = mapped_column(String(16), default=None)
    errors: Mapped[int] = mapped_column(default=0)


class EvaluationSectionScore(Base):
    """Derived: one row per section of an evaluation."""

    __tablename__ = "evaluation_section_scores"

    evaluation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("evaluations.id", ondelete="CASCADE"), primary_key=True
    )
    section_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    score: Mapped[Decimal]
    max: Mapped[Decimal]
    na: Mapped[bool] = mapped_column(default=False)
