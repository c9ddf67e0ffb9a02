"""Coaching sessions, their playlist of clips, coaching actions, and monthly scorecard events.

Every table is :class:`Synced`: a trainer prepares a session offline on a laptop and the
plan, the clips and the agent's acknowledgement travel to the shared server like scores do.

* ``coaching_sessions`` - one coaching conversation with one agent: the plan (observed
  behaviour, effect on the customer, agreed target, follow-up date), the focus items, and
  after the session the outcome notes, the agent's acknowledgement and the follow-up.
* ``coaching_clips`` - the ordered playlist of a session: moments of recorded calls (a
  timestamped comment or a marked range of an evaluation's call).
* ``coaching_actions`` - what the agent agreed to do, open until done or dropped.
* ``scorecard_events`` - bonus / infraction / adjustment / flag events of the monthly agent
  scorecard (Spanish handbook).  Spot-check errors are *not* stored: they are derived
  from call evaluations when the scorecard is computed, so they can never drift.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from qaclient.storage.models.base import Base, Synced


class CoachingSession(Synced, Base):
    __tablename__ = "coaching_sessions"
    __table_args__ = (Index("ix_coaching_sessions_agent_status", "agent", "status"),)

    agent: Mapped[str] = mapped_column(String(64))
    trainer: Mapped[str] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(String(300), default="")
    # planned -> held -> closed, or cancelled
    status: Mapped[str] = mapped_column(String(16), default="planned")
    scheduled_at: Mapped[datetime | None] = mapped_column(default=None)
    held_at: Mapped[datetime | None] = mapped_column(default=None)
    # the plan
    focus_items: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of rubric item ids
    observed_behaviour: Mapped[str] = mapped_column(Text, default="")
    effect_on_customer: Mapped[str] = mapped_column(Text, default="")
    agreed_target: Mapped[str] = mapped_column(Text, default="")
    follow_up_on: Mapped[date | None] = mapped_column(Date, default=None)
    # after the session
    outcome_notes: Mapped[str] = mapped_column(Text, default="")
    acknowledged_at: Mapped[datetime | None] = mapped_column(default=None)
    acknowledged_by: Mapped[str | None] = mapped_column(String(64), default=None)
    followed_up_at: Mapped[datetime | None] = mapped_column(default=None)
    follow_up_notes: Mapped[str] = mapped_column(Text, default="")

    clips: Mapped[list[CoachingClip]] = relationship(
        back_populates="session", order_by="CoachingClip.position", cascade="all, delete-orphan"
    )


class CoachingClip(Synced, Base):
    __tablename__ = "coaching_clips"
    __table_args__ = (Index("ix_coaching_clips_session_position", "session_id", "position"),)

    session_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("coaching_sessions.id"))
    position: Mapped[int] = mapped_column(default=0)  # order in the playlist
    evaluation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("evaluations.id"), index=True)
    comment_id: Mapped[uuid.UUID | None] = mapped_column(default=None)  # the moment's comment
    call_id: Mapped[str] = mapped_column(String(128))
    start_ms: Mapped[int] = mapped_column(default=0)
    end_ms: Mapped[int] = mapped_column(default=0)
    item_id: Mapped[str | None] = mapped_column(String(100), default=None)
    note: Mapped[str] = mapped_column(Text, default="")  # what to listen for

    session: Mapped[CoachingSession] = relationship(back_populates="clips")


class CoachingAction(Synced, Base):
    __tablename__ = "coaching_actions"
    __table_args__ = (Index("ix_coaching_actions_agent_status", "agent", "status"),)

    agent: Mapped[str] = mapped_column(String(64))
    session_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("coaching_sessions.id"), default=None, index=True
    )
    item_id: Mapped[str | None] = mapped_column(String(100), default=None)
    text: Mapped[str] = mapped_column(Text, default="")
    due_on: Mapped[date | None] = mapped_column(Date, default=None)
    status: Mapped[str] = mapped_column(String(16), default="open")  # open/done/dropped
    done_at: Mapped[datetime | None] = mapped_column(default=None)


class ScorecardEvent(Synced, Base):
    """One bonus, infraction, trainer adjustment or dismissal flag of an agent's month."""

    __tablename__ = "scorecard_events"
    __table_args__ = (Index("ix_scorecard_events_month_agent", "month", "agent"),)

    agent: Mapped[str] = mapped_column(String(64))
    month: Mapped[str] = mapped_column(String(7))  # "YYYY-MM"
    occurred_on: Mapped[date | None] = mapped_column(Date, default=None)
    kind: Mapped[str] = mapped_column(String(16))  # bonus/minor/moderate/severe/adjustment/flag
    item_id: Mapped[str | None] = mapped_column(String(100), default=None)  # scorecard rubric item
    points: Mapped[Decimal] = mapped_column(default=Decimal(0))  # signed, per occurrence
    count: Mapped[int] = mapped_column(default=1)
    reason: Mapped[str] = mapped_column(Text, default="")


class ReportCache(Base):
    """Derived, local: a month's partial report sums with the stamp of the rows they came
    from (``qaclient/reports/cache.py``).  Never synced; safe to empty at any time."""

    __tablename__ = "report_cache"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)  # "kpi|2026-10|UTC"
    stamp: Mapped[str] = mapped_column(String(300))
    payload: Mapped[str] = mapped_column(Text)
    computed_at: Mapped[datetime]
