"""``col.coaching``: what a trainer does with the scores.

* :meth:`Coaching.profile` - an agent's score trend per month and per rubric section, the
  items most often lost (ranked by points lost x frequency), recent evaluations, open
  coaching actions.  All aggregates are SQL GROUP BYs over the derived score tables.
* Sessions: :meth:`create_session`, clips picked from evaluations and their timestamped
  comments or a marked range (:meth:`add_clip`, :meth:`move_clip`, :meth:`remove_clip`),
  the plan (:meth:`update_plan`, with :meth:`plan_prompts` steering to positive, specific
  coaching), after the session :meth:`record_outcome` and :meth:`acknowledge`, coaching
  actions, follow-up reminders (:meth:`due_follow_ups`) and at follow-up
  :meth:`before_after`: the focus items' scores before vs after the session.
* :meth:`export_pack` - the coaching pack (PDF drawn by ``ui`` through *render_pdf*, the
  clips cut beside it with :func:`qaclient.audio.clips.export_clip`).

Every row is ``Synced``: edits bump ``rev`` and set ``dirty`` so they travel to the server.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, case, func, select

from qaclient.coaching.plan import PlanPrompt, plan_prompts
from qaclient.messages import msg
from qaclient.reports.common import REPORTABLE, counted, dec, load_labels, pct, q2, raw
from qaclient.reports.period import Month, month_expr
from qaclient.storage.models import (
    CoachingAction,
    CoachingClip,
    CoachingSession,
    Evaluation,
    EvaluationComment,
    EvaluationItemScore,
    EvaluationSectionScore,
    RubricVersion,
)
from qaclient.storage.types import utcnow

if TYPE_CHECKING:
    from qaclient.collection import Collection

#: A moment marked at one instant becomes a clip from a little before to a little after it.
LEAD_IN_MS = 5_000
TAIL_MS = 10_000
SESSION_STATUSES = ("planned", "held", "closed", "cancelled")


class CoachingError(ValueError):
    """A coaching request that cannot be done (message says which record and why)."""


# ============================================================================ views


@dataclass(frozen=True)
class MonthPoint:
    month: str
    evaluations: int
    average_percent: Decimal | None
    average_score: Decimal | None


@dataclass(frozen=True)
class SectionPoint:
    rubric_id: str
    section_id: str
    label: str
    month: str
    percent: Decimal | None
    n: int


@dataclass(frozen=True)
class LostItem:
    """How much an item costs the agent: points lost x frequency = points lost per evaluation."""

    rubric_id: str
    item_id: str
    label: str
    section_id: str
    evaluations: int  # evaluations where the item applied (not N/A)
    times_lost: int  # of which not at full marks
    points_lost: Decimal  # in total
    frequency: Decimal  # times_lost / evaluations
    impact: Decimal  # points_lost / evaluations = (points lost when lost) x frequency

    def to_json(self) -> dict[str, Any]:
        return self.__dict__ | {}


@dataclass(frozen=True)
class RecentEvaluation:
    id: uuid.UUID
    call_id: str
    rubric_id: str
    evaluator: str
    status: str
    scored_at: datetime | None
    total: Decimal | None
    percent: Decimal | None
    grade: str | None
    note: str


@dataclass(frozen=True)
class ActionView:
    id: uuid.UUID
    agent: str
    text: str
    item_id: str | None
    due_on: date | None
    status: str
    session_id: uuid.UUID | None

    @classmethod
    def of(cls, r: CoachingAction) -> ActionView:
        return cls(r.id, r.agent, r.text, r.item_id, r.due_on, r.status, r.session_id)


@dataclass(frozen=True)
class Moment:
    """A timestamped comment (or marked range) of an evaluation: a candidate clip."""

    comment_id: uuid.UUID
    evaluation_id: uuid.UUID
    call_id: str
    scored_at: datetime | None
    position_ms: int
    end_ms: int | None
    text: str
    item_id: str | None
    item_label: str
    item_score: Decimal | None
    item_max: Decimal | None


@dataclass(frozen=True)
class ClipView:
    id: uuid.UUID
    position: int
    evaluation_id: uuid.UUID
    comment_id: uuid.UUID | None
    call_id: str
    start_ms: int
    end_ms: int
    item_id: str | None
    note: str

    @property
    def duration_ms(self) -> int:
        return self.end_ms - self.start_ms

    @classmethod
    def of(cls, r: CoachingClip) -> ClipView:
        return cls(
            r.id,
            r.position,
            r.evaluation_id,
            r.comment_id,
            r.call_id,
            r.start_ms,
            r.end_ms,
            r.item_id,
            r.note,
        )


@dataclass(frozen=True)
class SessionView:
    id: uuid.UUID
    agent: str
    trainer: str
    title: str
    status: str
    scheduled_at: datetime | None
    held_at: datetime | None
    focus_items: tuple[str, ...]
    observed_behaviour: str
    effect_on_customer: str
    agreed_target: str
    follow_up_on: date | None
    outcome_notes: str
    acknowledged_at: datetime | None
    acknowledged_by: str | None
    followed_up_at: datetime | None
    follow_up_notes: str
    created_at: datetime
    clips: tuple[ClipView, ...] = ()
    actions: tuple[ActionView, ...] = ()

    @property
    def pivot(self) -> datetime:
        """The instant that splits "before" from "after" the session."""
        return self.held_at or self.scheduled_at or self.created_at

    def to_json(self) -> dict[str, Any]:
        data = {k: v for k, v in self.__dict__.items() if k not in ("clips", "actions")}
        data["clips"] = [c.__dict__ for c in self.clips]
        data["actions"] = [a.__dict__ for a in self.actions]
        return data


@dataclass(frozen=True)
class ItemComparison:
    """One focus item before and after the session ("did it work")."""

    item_id: str
    label: str
    before_n: int
    before_percent: Decimal | None
    before_average: Decimal | None
    after_n: int
    after_percent: Decimal | None
    after_average: Decimal | None

    @property
    def change(self) -> Decimal | None:
        if self.before_percent is None or self.after_percent is None:
            return None
        return self.after_percent - self.before_percent

    @property
    def verdict(self) -> str:
        """improved / same / worse / no data.  Items with a maximum compare percent (within 2
        points is the same); deduction items (no maximum) compare the average points, where
        half a point (half a minor deduction per call) already counts."""
        c = self.change
        if c is not None:
            return "improved" if c > 2 else "worse" if c < -2 else "same"
        if self.before_average is None or self.after_average is None:
            return "no data"
        d = self.after_average - self.before_average
        return "improved" if d >= Decimal("0.5") else "worse" if d <= Decimal("-0.5") else "same"

    def to_json(self) -> dict[str, Any]:
        return self.__dict__ | {"change": self.change, "verdict": self.verdict}


@dataclass
class AgentProfile:
    agent: str
    months: list[MonthPoint]
    sections: list[SectionPoint]
    weakest: list[LostItem]
    recent: list[RecentEvaluation]
    open_actions: list[ActionView]
    sessions: list[SessionView] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "agent": self.agent,
            "months": [m.__dict__ for m in self.months],
            "sections": [s.__dict__ for s in self.sections],
            "weakest": [w.to_json() for w in self.weakest],
            "recent": [r.__dict__ for r in self.recent],
            "open_actions": [a.__dict__ for a in self.open_actions],
            "sessions": [
                {"id": s.id, "title": s.title, "status": s.status, "follow_up_on": s.follow_up_on}
                for s in self.sessions
            ],
        }


@dataclass(frozen=True)
class PackResult:
    pdf: Path
    clips: tuple[Path, ...]
    missing: tuple[str, ...]  # clips that could not be cut, with the reason

    def to_json(self) -> dict[str, Any]:
        return {
            "pdf": str(self.pdf),
            "clips": [str(c) for c in self.clips],
            "missing": list(self.missing),
        }


def _uuid(value: uuid.UUID | str, what: str) -> uuid.UUID:
    try:
        return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
    except ValueError as exc:
        ids = {
            "action": msg("coaching-bad-action-id", value=str(value)),
            "clip": msg("coaching-bad-clip-id", value=str(value)),
            "comment": msg("coaching-bad-comment-id", value=str(value)),
            "evaluation": msg("coaching-bad-evaluation-id", value=str(value)),
        }
        raise CoachingError(
            ids.get(what) or msg("coaching-bad-session-id", value=str(value))
        ) from exc


# ============================================================================ service


class Coaching:
    def __init__(self, col: Collection):
        self.col = col

    def agents(self) -> list[tuple[str, str]]:
        """(login, display name) of everyone a trainer may coach: users with the agent role
        and every agent that has evaluations."""
        from qaclient.storage.models import User

        with self.col.Session() as s:
            names = dict(
                s.execute(
                    select(User.login, User.display_name).where(
                        User.role == "agent", User.deleted.is_(False)
                    )
                ).all()
            )
            for (login,) in s.execute(
                select(Evaluation.agent).where(Evaluation.deleted.is_(False)).distinct()
            ):
                names.setdefault(login, login)
        return sorted(names.items())

    # ------------------------------------------------------------------ profile
    def profile(
        self,
        agent: str,
        *,
        months: int = 6,
        until: Month | str | None = None,
        tz: str | None = None,
        lang: str = "en",
        weakest: int = 10,
        recent: int = 10,
    ) -> AgentProfile:
        """The agent's figures over the *months* months ending with *until* (default: now)."""
        end_m = (Month.parse(until) if isinstance(until, str) else until) or Month.of(
            utcnow().date()
        )
        start_m = end_m
        for _ in range(max(1, months) - 1):
            start_m = start_m.previous()
        start, _ = start_m.bounds(tz)
        _, end = end_m.bounds(tz)
        dialect = self.col.engine.dialect.name
        mexpr = month_expr(Evaluation.scored_at, dialect, tz, end_m)
        where = [*counted(start, end), Evaluation.agent == agent]
        with self.col.Session() as s:
            trend = [
                MonthPoint(
                    str(m), int(n), q2(dec(p) / n) if n else None, q2(dec(t) / n) if n else None
                )
                for m, n, p, t in s.execute(
                    select(
                        mexpr,
                        func.count(),
                        func.sum(raw(Evaluation.percent)),
                        func.sum(raw(Evaluation.total)),
                    )
                    .where(*where)
                    .group_by(mexpr)
                    .order_by(mexpr)
                )
            ]
            labels = load_labels(s)
            ss = EvaluationSectionScore
            sections = [
                SectionPoint(rid, sid, labels.section(rid, sid, lang), str(m), pct(sc, mx), int(n))
                for rid, sid, m, n, sc, mx in s.execute(
                    select(
                        RubricVersion.rubric_id,
                        ss.section_id,
                        mexpr,
                        func.count(),
                        func.sum(raw(ss.score)),
                        func.sum(raw(ss.max)),
                    )
                    .join(Evaluation, Evaluation.id == ss.evaluation_id)
                    .join(RubricVersion, RubricVersion.id == Evaluation.rubric_version_id)
                    .where(*where, ss.na.is_(False))
                    .group_by(RubricVersion.rubric_id, ss.section_id, mexpr)
                    .order_by(RubricVersion.rubric_id, ss.section_id, mexpr)
                )
            ]
            it = EvaluationItemScore
            lost_rows = s.execute(
                select(
                    RubricVersion.rubric_id,
                    it.item_id,
                    func.max(it.section_id),
                    func.count(),
                    func.sum(case((it.score < it.max, 1), else_=0)),
                    func.sum(raw(it.max) - raw(it.score)),
                )
                .join(Evaluation, Evaluation.id == it.evaluation_id)
                .join(RubricVersion, RubricVersion.id == Evaluation.rubric_version_id)
                .where(*where, it.na.is_(False))
                .group_by(RubricVersion.rubric_id, it.item_id)
            ).all()
            lost: list[LostItem] = []
            for rid, iid, sid, n, times, pts in lost_rows:
                if not times:
                    continue
                points = dec(pts)
                lost.append(
                    LostItem(
                        rid,
                        iid,
                        labels.item(rid, iid, lang),
                        sid,
                        int(n),
                        int(times),
                        q2(points),
                        q2(Decimal(times) / n),
                        q2(points / n),
                    )
                )
            lost.sort(key=lambda x: (-x.impact, -x.times_lost, x.item_id))
            rec = [
                RecentEvaluation(
                    r.id,
                    r.call_id,
                    rid,
                    r.evaluator,
                    r.status,
                    r.scored_at,
                    r.total,
                    r.percent,
                    r.grade,
                    r.coaching_note,
                )
                for r, rid in s.execute(
                    select(Evaluation, RubricVersion.rubric_id)
                    .join(RubricVersion, RubricVersion.id == Evaluation.rubric_version_id)
                    .where(
                        Evaluation.agent == agent,
                        Evaluation.deleted.is_(False),
                        Evaluation.status.in_(REPORTABLE),
                    )
                    .order_by(Evaluation.scored_at.desc())
                    .limit(recent)
                )
            ]
        return AgentProfile(
            agent,
            trend,
            sections,
            lost[:weakest],
            rec,
            self.actions(agent, status="open"),
            self.sessions(agent=agent),
        )

    def moments(
        self,
        agent: str,
        *,
        item_id: str | None = None,
        evaluation_ids: Iterable | None = None,
        lang: str = "en",
        limit: int = 200,
    ) -> list[Moment]:
        """Timestamped comments on the agent's evaluations (newest calls first): clip candidates."""
        c, it = EvaluationComment, EvaluationItemScore
        q = (
            select(
                c,
                Evaluation.call_id,
                Evaluation.scored_at,
                it.score,
                it.max,
                Evaluation.rubric_version_id,
            )
            .join(Evaluation, Evaluation.id == c.evaluation_id)
            .outerjoin(it, and_(it.evaluation_id == c.evaluation_id, it.item_id == c.item_id))
            .where(Evaluation.agent == agent, Evaluation.deleted.is_(False), c.deleted.is_(False))
            .order_by(Evaluation.scored_at.desc(), c.position_ms)
            .limit(limit)
        )
        if item_id is not None:
            q = q.where(c.item_id == item_id)
        if evaluation_ids is not None:
            q = q.where(c.evaluation_id.in_([_uuid(e, "evaluation") for e in evaluation_ids]))
        with self.col.Session() as s:
            labels = load_labels(s)
            return [
                Moment(
                    r.id,
                    r.evaluation_id,
                    call_id,
                    scored,
                    r.position_ms,
                    r.end_ms,
                    r.text,
                    r.item_id,
                    labels.item_any(r.item_id, lang) if r.item_id else "",
                    score,
                    mx,
                )
                for r, call_id, scored, score, mx, _rv in s.execute(q)
            ]

    # ------------------------------------------------------------------ sessions
    def _touch(self, row: Any) -> None:
        row.touch(self.col.actor)

    def _session(self, s, session_id) -> CoachingSession:
        row = s.get(CoachingSession, _uuid(session_id, "coaching session"))
        if row is None or row.deleted:
            raise CoachingError(msg("coaching-no-session", id=str(session_id)))
        return row

    def create_session(
        self,
        agent: str,
        *,
        title: str = "",
        trainer: str | None = None,
        scheduled_at: datetime | None = None,
        focus_items: Sequence[str] = (),
    ) -> uuid.UUID:
        if not agent.strip():
            raise CoachingError(msg("coaching-session-needs-agent"))
        with self.col.Session.begin() as s:
            row = CoachingSession(
                agent=agent.strip(),
                trainer=trainer or self.col.actor,
                title=title,
                scheduled_at=scheduled_at,
                focus_items=json.dumps(list(focus_items)),
                created_by=self.col.actor,
                updated_by=self.col.actor,
            )
            s.add(row)
            s.flush()
            return row.id

    def get_session(self, session_id: uuid.UUID | str) -> SessionView:
        with self.col.Session() as s:
            row = self._session(s, session_id)
            return self._view(s, row)

    def _view(self, s, row: CoachingSession) -> SessionView:
        clips = tuple(ClipView.of(c) for c in row.clips if not c.deleted)
        actions = tuple(
            ActionView.of(a)
            for a in s.scalars(
                select(CoachingAction)
                .where(CoachingAction.session_id == row.id, CoachingAction.deleted.is_(False))
                .order_by(CoachingAction.created_at)
            )
        )
        return SessionView(
            row.id,
            row.agent,
            row.trainer,
            row.title,
            row.status,
            row.scheduled_at,
            row.held_at,
            tuple(json.loads(row.focus_items or "[]")),
            row.observed_behaviour,
            row.effect_on_customer,
            row.agreed_target,
            row.follow_up_on,
            row.outcome_notes,
            row.acknowledged_at,
            row.acknowledged_by,
            row.followed_up_at,
            row.follow_up_notes,
            row.created_at,
            clips,
            actions,
        )

    def sessions(self, *, agent: str | None = None, status: str | None = None) -> list[SessionView]:
        q = (
            select(CoachingSession)
            .where(CoachingSession.deleted.is_(False))
            .order_by(CoachingSession.created_at.desc())
        )
        if agent is not None:
            q = q.where(CoachingSession.agent == agent)
        if status is not None:
            q = q.where(CoachingSession.status == status)
        with self.col.Session() as s:
            return [self._view(s, r) for r in s.scalars(q)]

    def update_plan(
        self,
        session_id: uuid.UUID | str,
        *,
        title: str | None = None,
        observed_behaviour: str | None = None,
        effect_on_customer: str | None = None,
        agreed_target: str | None = None,
        follow_up_on: date | None = None,
        focus_items: Sequence[str] | None = None,
        scheduled_at: datetime | None = None,
    ) -> list[PlanPrompt]:
        """Save the given plan fields; returns the prompts that remain (see ``plan.py``)."""
        with self.col.Session.begin() as s:
            row = self._session(s, session_id)
            if row.status in ("closed", "cancelled"):
                raise CoachingError(
                    msg("coaching-plan-closed", status=msg(f"coaching-status-{row.status}"))
                )
            for name, value in (
                ("title", title),
                ("observed_behaviour", observed_behaviour),
                ("effect_on_customer", effect_on_customer),
                ("agreed_target", agreed_target),
                ("follow_up_on", follow_up_on),
                ("scheduled_at", scheduled_at),
            ):
                if value is not None:
                    setattr(row, name, value)
            if focus_items is not None:
                row.focus_items = json.dumps(list(dict.fromkeys(focus_items)))
            self._touch(row)
            return self._prompts(row)

    def _prompts(self, row: CoachingSession) -> list[PlanPrompt]:
        return plan_prompts(
            observed_behaviour=row.observed_behaviour,
            effect_on_customer=row.effect_on_customer,
            agreed_target=row.agreed_target,
            follow_up_on=row.follow_up_on,
            clips=sum(1 for c in row.clips if not c.deleted),
            today=utcnow().date() if row.status == "planned" else None,
        )

    def plan_prompts(self, session_id: uuid.UUID | str) -> list[PlanPrompt]:
        with self.col.Session() as s:
            return self._prompts(self._session(s, session_id))

    # ------------------------------------------------------------------ clips
    def add_clip(
        self,
        session_id: uuid.UUID | str,
        *,
        evaluation_id: uuid.UUID | str | None = None,
        comment_id: uuid.UUID | str | None = None,
        start_ms: int | None = None,
        end_ms: int | None = None,
        item_id: str | None = None,
        note: str | None = None,
    ) -> uuid.UUID:
        """Add a moment to the end of the playlist: a comment (its range, or a window around
        its instant) or an explicit ``start_ms``..``end_ms`` range of an evaluation's call."""
        with self.col.Session.begin() as s:
            row = self._session(s, session_id)
            comment = None
            if comment_id is not None:
                comment = s.get(EvaluationComment, _uuid(comment_id, "comment"))
                if comment is None or comment.deleted:
                    raise CoachingError(msg("coaching-no-comment", id=str(comment_id)))
                evaluation_id = comment.evaluation_id
            if evaluation_id is None:
                raise CoachingError(msg("coaching-clip-needs-source"))
            ev = s.get(Evaluation, _uuid(evaluation_id, "evaluation"))
            if ev is None or ev.deleted:
                raise CoachingError(msg("coaching-no-evaluation", id=str(evaluation_id)))
            if ev.agent != row.agent:
                raise CoachingError(
                    msg("coaching-clip-other-agent", agent=ev.agent, session_agent=row.agent)
                )
            if start_ms is None:
                if comment is None:
                    raise CoachingError(msg("coaching-clip-needs-range"))
                if comment.end_ms is not None and comment.end_ms > comment.position_ms:
                    start_ms, end_ms = comment.position_ms, comment.end_ms
                else:
                    start_ms = max(0, comment.position_ms - LEAD_IN_MS)
                    end_ms = comment.position_ms + TAIL_MS
            if end_ms is None:
                end_ms = start_ms + LEAD_IN_MS + TAIL_MS
            if start_ms < 0 or end_ms <= start_ms:
                raise CoachingError(
                    msg("coaching-clip-bad-range", start=str(start_ms), end=str(end_ms))
                )
            last = max((c.position for c in row.clips if not c.deleted), default=-1)
            clip = CoachingClip(
                session=row,
                position=last + 1,
                evaluation_id=ev.id,
                comment_id=comment.id if comment else None,
                call_id=ev.call_id,
                start_ms=int(start_ms),
                end_ms=int(end_ms),
                item_id=item_id or (comment.item_id if comment else None),
                note=note if note is not None else (comment.text if comment else ""),
                created_by=self.col.actor,
                updated_by=self.col.actor,
            )
            s.add(clip)
            self._touch(row)
            s.flush()
            return clip.id

    def _clip(self, s, clip_id) -> CoachingClip:
        clip = s.get(CoachingClip, _uuid(clip_id, "clip"))
        if clip is None or clip.deleted:
            raise CoachingError(msg("coaching-no-clip", id=str(clip_id)))
        return clip

    def _renumber(self, session: CoachingSession, order: list[CoachingClip]) -> None:
        for i, c in enumerate(order):
            if c.position != i:
                c.position = i
                self._touch(c)

    def move_clip(self, clip_id: uuid.UUID | str, to_position: int) -> None:
        """Move a clip to *to_position* (0 = first) in its playlist."""
        with self.col.Session.begin() as s:
            clip = self._clip(s, clip_id)
            order = [
                c for c in sorted(clip.session.clips, key=lambda c: c.position) if not c.deleted
            ]
            order.remove(clip)
            order.insert(max(0, min(to_position, len(order))), clip)
            self._renumber(clip.session, order)

    def update_clip(
        self,
        clip_id: uuid.UUID | str,
        *,
        start_ms: int | None = None,
        end_ms: int | None = None,
        note: str | None = None,
    ) -> None:
        with self.col.Session.begin() as s:
            clip = self._clip(s, clip_id)
            a = clip.start_ms if start_ms is None else start_ms
            b = clip.end_ms if end_ms is None else end_ms
            if a < 0 or b <= a:
                raise CoachingError(msg("coaching-clip-bad-range", start=str(a), end=str(b)))
            clip.start_ms, clip.end_ms = a, b
            if note is not None:
                clip.note = note
            self._touch(clip)

    def remove_clip(self, clip_id: uuid.UUID | str) -> None:
        with self.col.Session.begin() as s:
            clip = self._clip(s, clip_id)
            clip.deleted = True
            self._touch(clip)
            order = [
                c for c in sorted(clip.session.clips, key=lambda c: c.position) if not c.deleted
            ]
            self._renumber(clip.session, order)

    # ------------------------------------------------------------------ after the session
    def record_outcome(
        self, session_id: uuid.UUID | str, *, outcome_notes: str, held_at: datetime | None = None
    ) -> SessionView:
        if not outcome_notes.strip():
            raise CoachingError(msg("coaching-outcome-needed"))
        with self.col.Session.begin() as s:
            row = self._session(s, session_id)
            if row.status == "cancelled":
                raise CoachingError(msg("coaching-session-cancelled"))
            row.outcome_notes = outcome_notes.strip()
            row.held_at = held_at or row.held_at or utcnow()
            if row.status == "planned":
                row.status = "held"
            self._touch(row)
            s.flush()
            return self._view(s, row)

    def acknowledge(self, session_id: uuid.UUID | str, *, by: str | None = None) -> None:
        """The agent acknowledges the session (and its plan)."""
        with self.col.Session.begin() as s:
            row = self._session(s, session_id)
            if row.status == "planned":
                raise CoachingError(msg("coaching-acknowledge-too-early"))
            who = by or self.col.actor
            if by is not None and by != self.col.actor:
                from qaclient.collection import signed_in_login

                if signed_in_login(self.col.engine) is not None:
                    # signed in to a shared server: only the agent signs, with their own
                    # login (the server refuses anything else)
                    raise CoachingError(str(msg("roles-sign-own-login", agent=row.agent)))
            if who != row.agent and by is None:
                raise CoachingError(msg("coaching-acknowledge-not-agent", agent=row.agent, who=who))
            row.acknowledged_at = utcnow()
            row.acknowledged_by = who
            self._touch(row)
            from qaclient import audit_trail

            audit_trail.record(
                s, self.col.actor, "coaching", row.id, "acknowledge", "agent", None, who
            )

    def cancel(self, session_id: uuid.UUID | str) -> None:
        with self.col.Session.begin() as s:
            row = self._session(s, session_id)
            row.status = "cancelled"
            self._touch(row)

    def due_follow_ups(
        self, *, today: date | None = None, trainer: str | None = None
    ) -> list[SessionView]:
        """Reminder list: held sessions whose follow-up date has come and that are not closed."""
        today = today or utcnow().date()
        q = (
            select(CoachingSession)
            .where(
                CoachingSession.deleted.is_(False),
                CoachingSession.status == "held",
                CoachingSession.follow_up_on.is_not(None),
                CoachingSession.follow_up_on <= today,
            )
            .order_by(CoachingSession.follow_up_on)
        )
        if trainer is not None:
            q = q.where(CoachingSession.trainer == trainer)
        with self.col.Session() as s:
            return [self._view(s, r) for r in s.scalars(q)]

    def focus_of(self, view: SessionView) -> list[str]:
        items = list(view.focus_items)
        items += [c.item_id for c in view.clips if c.item_id]
        return list(dict.fromkeys(items))

    def before_after(
        self,
        session_id: uuid.UUID | str,
        *,
        window_days: int = 30,
        until: datetime | None = None,
        lang: str = "en",
    ) -> list[ItemComparison]:
        """Focus items' scores in the *window_days* before the session vs after it (up to the
        follow-up date's end, or *until*, or now)."""
        view = self.get_session(session_id)
        items = self.focus_of(view)
        if not items:
            return []
        pivot = view.pivot
        start = pivot - timedelta(days=window_days)
        if until is None:
            until = (
                datetime.combine(view.follow_up_on + timedelta(days=1), datetime.min.time(), UTC)
                if view.follow_up_on
                else utcnow()
            )
            until = max(until, pivot)
        it = EvaluationItemScore
        after = case((Evaluation.scored_at >= pivot, 1), else_=0)
        with self.col.Session() as s:
            labels = load_labels(s)
            rows = s.execute(
                select(
                    it.item_id, after, func.count(), func.sum(raw(it.score)), func.sum(raw(it.max))
                )
                .join(Evaluation, Evaluation.id == it.evaluation_id)
                .where(
                    *counted(start, until),
                    Evaluation.agent == view.agent,
                    it.item_id.in_(items),
                    it.na.is_(False),
                )
                .group_by(it.item_id, after)
            ).all()
        got: dict[tuple[str, int], tuple[int, int, int]] = {
            (i, int(a)): (int(n), int(sc), int(mx)) for i, a, n, sc, mx in rows
        }
        out = []
        for item in items:
            bn, bs, bm = got.get((item, 0), (0, 0, 0))
            an, as_, am = got.get((item, 1), (0, 0, 0))
            out.append(
                ItemComparison(
                    item,
                    labels.item_any(item, lang),
                    bn,
                    pct(bs, bm),
                    q2(dec(bs) / bn) if bn else None,
                    an,
                    pct(as_, am),
                    q2(dec(as_) / an) if an else None,
                )
            )
        return out

    def follow_up(
        self, session_id: uuid.UUID | str, *, notes: str = "", window_days: int = 30
    ) -> list[ItemComparison]:
        """Close the session at follow-up: store the notes and return before vs after."""
        result = self.before_after(session_id, window_days=window_days, until=utcnow())
        with self.col.Session.begin() as s:
            row = self._session(s, session_id)
            if row.status not in ("held", "closed"):
                raise CoachingError(msg("coaching-follow-up-too-early"))
            row.followed_up_at = utcnow()
            row.follow_up_notes = notes.strip()
            row.status = "closed"
            self._touch(row)
        return result

    # ------------------------------------------------------------------ actions
    def add_action(
        self,
        agent: str,
        text: str,
        *,
        session_id: uuid.UUID | str | None = None,
        item_id: str | None = None,
        due_on: date | None = None,
    ) -> uuid.UUID:
        if not text.strip():
            raise CoachingError(msg("coaching-action-needs-text"))
        with self.col.Session.begin() as s:
            sid = None
            if session_id is not None:
                sess = self._session(s, session_id)
                if sess.agent != agent:
                    raise CoachingError(
                        msg("coaching-action-other-agent", agent=agent, session_agent=sess.agent)
                    )
                sid = sess.id
            row = CoachingAction(
                agent=agent,
                text=text.strip(),
                session_id=sid,
                item_id=item_id,
                due_on=due_on,
                created_by=self.col.actor,
                updated_by=self.col.actor,
            )
            s.add(row)
            s.flush()
            return row.id

    def set_action_status(self, action_id: uuid.UUID | str, status: str) -> None:
        if status not in ("open", "done", "dropped"):
            raise CoachingError(msg("coaching-action-bad-status", status=str(status)))
        with self.col.Session.begin() as s:
            row = s.get(CoachingAction, _uuid(action_id, "action"))
            if row is None or row.deleted:
                raise CoachingError(msg("coaching-no-action", id=str(action_id)))
            row.status = status
            row.done_at = utcnow() if status == "done" else None
            self._touch(row)

    def actions(self, agent: str | None = None, *, status: str | None = None) -> list[ActionView]:
        q = (
            select(CoachingAction)
            .where(CoachingAction.deleted.is_(False))
            .order_by(
                CoachingAction.due_on.is_(None), CoachingAction.due_on, CoachingAction.created_at
            )
        )
        if agent is not None:
            q = q.where(CoachingAction.agent == agent)
        if status is not None:
            q = q.where(CoachingAction.status == status)
        with self.col.Session() as s:
            return [ActionView.of(r) for r in s.scalars(q)]

    # ------------------------------------------------------------------ the pack
    def export_pack(
        self,
        session_id: uuid.UUID | str,
        out_dir: str | Path,
        *,
        render_pdf: Callable[..., Any],
        lang: str = "en",
        with_clips: bool = True,
        overwrite: bool = False,
        agent_only: bool = False,
    ) -> PackResult:
        """Write the coaching pack into *out_dir*: ``<agent>-<date>-coaching.pdf`` drawn by
        *render_pdf(pack, path, lang=...)* (``ui.coaching.pack_pdf.write_pack_pdf``) and
        the clips as ``clip-NN-<call>.wav`` beside it.  Caller numbers are masked unless
        the user's role shows them (``qaclient.privacy``); *agent_only* cuts the clips from
        the agent's channel alone (mono and unknown layouts are then left out, with a reason).

        Files already there are replaced only with *overwrite*, and never when they are a
        recording of the library (:mod:`qaclient.outputs`)."""
        from qaclient.coaching.pack import build_pack, export_clips
        from qaclient.outputs import OutputError, check_target

        pack = build_pack(self.col, session_id, lang=lang, agent_only=agent_only)
        out = Path(out_dir)
        if out.exists() and not out.is_dir():
            raise CoachingError(f"{out}: is a file, not a folder; give a folder for the pack")
        out.mkdir(parents=True, exist_ok=True)
        planned = [out / f"{pack.file_stem}.pdf"]
        if with_clips:
            planned += [out / f"{pc.file_stem}.wav" for pc in pack.clips]
        try:
            for target in planned:
                check_target(target, force=overwrite, held_by=self.col.library.holder_of)
        except OutputError as exc:
            raise CoachingError(str(exc)) from exc
        clips, missing = export_clips(self.col, pack, out) if with_clips else ((), ())
        pack.clip_files = {c.stem: c.name for c in clips}
        pdf = out / f"{pack.file_stem}.pdf"
        render_pdf(pack, pdf, lang=lang)
        from qaclient import audit_trail

        audit_trail.record_now(
            self.col,
            "coaching",
            session_id,
            "export",
            "pack",
            None,
            {"file": pdf.name, "clips": len(clips)},
        )
        return PackResult(pdf, tuple(clips), tuple(missing))
