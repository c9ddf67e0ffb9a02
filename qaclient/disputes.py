"""Disputes: an agent contests items of a submitted evaluation; a supervisor resolves them.

    col.disputes.open(evaluation_id, [("greeting", "I did greet: 00:03")])
    col.disputes.resolve(dispute_id, "upheld", "greeting was there", answers={...})

Opening a dispute moves the evaluation to ``disputed``; the centre's settings
(``qaclient.centre``) bound it to a window after submission and a number of disputes per
agent per calendar month.  Resolution:

- **upheld** with corrected answers: the evaluation is reopened (``revised``, the reason
  audited), the answers are changed, it is submitted again and made ``final`` — the agent
  sees the new score at once.  Upheld without answers: the evaluation goes back to its
  inspector as ``revised`` ("to revise") and the agent sees the new score when it is
  submitted again.
- **rejected**: the evaluation becomes ``final`` as scored, with the reason.

Either way the agent sees the outcome and its reason.  Every step is audited.  The shared
server enforces who may do what (see ``docs/security.md``); the checks here give the same
answer earlier, with a clear message.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from qaclient.evaluations import TRANSITIONS, EvaluationStatus
from qaclient.messages import msg
from qaclient.storage.models import Dispute, Evaluation, Role
from qaclient.storage.types import utcnow

if TYPE_CHECKING:
    from qaclient.collection import Collection

S = EvaluationStatus
#: roles that may resolve a dispute
RESOLVERS = frozenset({Role.SUPERVISOR, Role.MANAGER})


class DisputeError(ValueError):
    pass


class DisputeStatus(StrEnum):
    OPEN = "open"
    UPHELD = "upheld"
    REJECTED = "rejected"


@dataclass(frozen=True)
class DisputedItem:
    item: str
    reason: str


@dataclass(frozen=True)
class DisputeView:
    id: uuid.UUID
    evaluation_id: uuid.UUID
    call_id: str
    agent: str
    evaluator: str
    items: tuple[DisputedItem, ...]
    status: DisputeStatus
    created_at: datetime
    resolution: str
    resolved_by: str | None
    resolved_at: datetime | None
    percent_before: Decimal | None
    percent_after: Decimal | None
    evaluation_status: EvaluationStatus

    def age_days(self, now: datetime | None = None) -> int:
        return max(0, ((now or utcnow()) - self.created_at).days)

    def to_json(self) -> dict[str, Any]:
        def num(d: Decimal | None) -> int | float | None:
            if d is None:
                return None
            return int(d) if d == d.to_integral_value() else float(d)

        return {
            "id": str(self.id),
            "evaluation_id": str(self.evaluation_id),
            "call_id": self.call_id,
            "agent": self.agent,
            "evaluator": self.evaluator,
            "items": [{"item": i.item, "reason": i.reason} for i in self.items],
            "status": self.status.value,
            "created_at": self.created_at.isoformat(),
            "age_days": self.age_days(),
            "resolution": self.resolution or None,
            "resolved_by": self.resolved_by,
            "resolved_at": self.resolved_at.isoformat() if self.resolved_at else None,
            "percent_before": num(self.percent_before),
            "percent_after": num(self.percent_after),
            "evaluation_status": self.evaluation_status.value,
        }


def _month(when: datetime) -> tuple[datetime, datetime]:
    """The calendar month (UTC) holding *when*: its first instant and the next month's."""
    when = when.astimezone(UTC)
    start = datetime(when.year, when.month, 1, tzinfo=UTC)
    end = datetime(when.year + when.month // 12, when.month % 12 + 1, 1, tzinfo=UTC)
    return start, end


class Disputes:
    def __init__(self, col: Collection):
        self.col = col

    # -- reading ------------------------------------------------------------------------
    def _view(self, row: Dispute, ev: Evaluation) -> DisputeView:
        items = tuple(DisputedItem(d["item"], d["reason"]) for d in json.loads(row.items or "[]"))
        return DisputeView(
            id=row.id,
            evaluation_id=row.evaluation_id,
            call_id=ev.call_id,
            agent=row.agent,
            evaluator=ev.evaluator,
            items=items,
            status=DisputeStatus(row.status),
            created_at=row.created_at,
            resolution=row.resolution,
            resolved_by=row.resolved_by,
            resolved_at=row.resolved_at,
            percent_before=Decimal(row.percent_before) if row.percent_before else None,
            percent_after=Decimal(row.percent_after) if row.percent_after else None,
            evaluation_status=EvaluationStatus(ev.status),
        )

    def list(
        self,
        *,
        status: DisputeStatus | str | None = DisputeStatus.OPEN,
        agent: str | None = None,
        evaluation_id: uuid.UUID | None = None,
    ) -> list[DisputeView]:
        """Disputes, oldest first (the queue a supervisor works through)."""
        q = (
            select(Dispute, Evaluation)
            .join(Evaluation, Evaluation.id == Dispute.evaluation_id)
            .where(Dispute.deleted.is_(False))
            .order_by(Dispute.created_at)
        )
        if status is not None:
            q = q.where(Dispute.status == DisputeStatus(status).value)
        if agent:
            q = q.where(Dispute.agent == agent)
        if evaluation_id is not None:
            q = q.where(Dispute.evaluation_id == evaluation_id)
        with self.col.Session() as s:
            return [self._view(d, e) for d, e in s.execute(q)]

    def get(self, dispute_id: uuid.UUID | str) -> DisputeView:
        with self.col.Session() as s:
            row = self._load(s, dispute_id)
            return self._view(row, s.get(Evaluation, row.evaluation_id))

    def for_evaluation(self, evaluation_id: uuid.UUID | str) -> list[DisputeView]:
        return self.list(status=None, evaluation_id=uuid.UUID(str(evaluation_id)))

    def _load(self, s: Any, dispute_id: uuid.UUID | str) -> Dispute:
        try:
            key = uuid.UUID(str(dispute_id))
        except ValueError as exc:
            raise DisputeError(msg("dispute-bad-id", id=str(dispute_id))) from exc
        row = s.get(Dispute, key)
        if row is None or row.deleted:
            raise DisputeError(msg("dispute-not-found", id=str(key)))
        return row

    def remaining_this_month(self, agent: str, now: datetime | None = None) -> int:
        now = now or utcnow()
        limit = self.col.centre.settings().disputes_per_month
        start, end = _month(now)
        with self.col.Session() as s:
            used = s.scalar(
                select(func.count())
                .select_from(Dispute)
                .where(
                    Dispute.agent == agent,
                    Dispute.deleted.is_(False),
                    Dispute.created_at >= start,
                    Dispute.created_at < end,
                )
            )
        return max(0, limit - int(used or 0))

    # -- the agent ----------------------------------------------------------------------
    def open(
        self,
        evaluation_id: uuid.UUID | str,
        items: Sequence[tuple[str, str]],
        *,
        now: datetime | None = None,
    ) -> DisputeView:
        """Dispute *items* (item id, reason) of an evaluation, as its agent."""
        now = now or utcnow()
        view = self.col.evaluations.get(evaluation_id)
        if view.calibration_id is not None:
            raise DisputeError(msg("dispute-calibration"))
        # only an agent disputes, and only their own evaluations: the shared server checks
        # the agent id behind the login (``qa_agent_id``); here a known login with another
        # role, or an agent whose login is another agent's id, is told at once
        known = self.col.users.get(self.col.actor)
        if known is not None and (
            known.role is not Role.AGENT
            or (self.col.users.get(view.agent) is not None and self.col.actor != view.agent)
        ):
            raise DisputeError(msg("dispute-not-your-evaluation", agent=view.agent))
        if S.DISPUTED not in TRANSITIONS[view.status] or view.status is S.REVISED:
            raise DisputeError(msg("dispute-wrong-status", status=view.status.value))
        if not items:
            raise DisputeError(msg("dispute-no-items"))
        seen: set[str] = set()
        clean: list[DisputedItem] = []
        for item, reason in items:
            if view.rubric.item(item) is None:
                raise DisputeError(msg("dispute-unknown-item", item=item))
            if item in seen:
                raise DisputeError(msg("dispute-item-twice", item=item))
            if not reason or not reason.strip():
                raise DisputeError(msg("dispute-needs-reason", item=item))
            seen.add(item)
            clean.append(DisputedItem(item, reason.strip()))
        window = self.col.centre.settings().dispute_window_days
        submitted = view.submitted_at or view.created_at
        if now > submitted + timedelta(days=window):
            raise DisputeError(msg("dispute-window-closed", days=window))
        if self.remaining_this_month(view.agent, now) <= 0:
            limit = self.col.centre.settings().disputes_per_month
            raise DisputeError(msg("dispute-limit-reached", limit=limit))
        summary = "; ".join(f"{d.item}: {d.reason}" for d in clean)
        self.col.evaluations._transition(view.id, S.DISPUTED, summary)
        with self.col.Session.begin() as s:
            row = Dispute(
                evaluation_id=view.id,
                agent=view.agent,
                items=json.dumps(
                    [{"item": d.item, "reason": d.reason} for d in clean], ensure_ascii=False
                ),
                status=DisputeStatus.OPEN.value,
                percent_before=str(view.result.percent),
                created_at=now,
                created_by=self.col.actor,
                updated_by=self.col.actor,
            )
            s.add(row)
            s.flush()
            self.col.evaluations.audit(
                s,
                "evaluation",
                view.id,
                "dispute",
                "items",
                None,
                [{"item": d.item, "reason": d.reason} for d in clean],
            )
            did = row.id
        return self.get(did)

    # -- the supervisor -----------------------------------------------------------------
    def _check_resolver(self) -> None:
        # the shared server enforces roles; here a known login without the role is told at
        # once (an embedded single-user store has no other users to check against)
        user = self.col.users.get(self.col.actor)
        if user is not None and user.role not in RESOLVERS:
            raise DisputeError(msg("dispute-resolver-only", login=self.col.actor))

    def resolve(
        self,
        dispute_id: uuid.UUID | str,
        outcome: DisputeStatus | str,
        reason: str,
        *,
        answers: Mapping[str, Any] | None = None,
    ) -> DisputeView:
        try:
            outcome = DisputeStatus(outcome)
        except ValueError as exc:
            raise DisputeError(msg("dispute-bad-outcome", outcome=str(outcome))) from exc
        if outcome is DisputeStatus.OPEN:
            raise DisputeError(msg("dispute-bad-outcome", outcome=outcome.value))
        if not reason or not reason.strip():
            raise DisputeError(msg("dispute-resolution-needs-reason"))
        reason = reason.strip()
        self._check_resolver()
        current = self.get(dispute_id)
        if current.status is not DisputeStatus.OPEN:
            raise DisputeError(msg("dispute-already-resolved", status=current.status.value))
        if outcome is DisputeStatus.REJECTED and answers:
            raise DisputeError(msg("dispute-rejected-with-answers"))
        if (
            answers
            and self.col.users.signed_in_role() is not None
            and self.col.evaluations.get(current.evaluation_id).evaluator != self.col.actor
        ):
            # on the shared server only the evaluator changes scores (docs/security.md):
            # corrected answers from anyone else would be refused there
            raise DisputeError(msg("dispute-answers-are-the-inspectors"))
        evaluations = self.col.evaluations
        eid = current.evaluation_id
        if evaluations.get(eid).status is not S.DISPUTED:
            raise DisputeError(
                msg("dispute-wrong-status", status=evaluations.get(eid).status.value)
            )
        if outcome is DisputeStatus.REJECTED:
            evaluations._transition(eid, S.FINAL, reason)
        else:
            evaluations.revise(eid, reason)
            if answers:
                evaluations.set_answers(eid, dict(answers))
                evaluations.submit(eid)
                evaluations.finalize(eid)
        after = evaluations.get(eid)
        with self.col.Session.begin() as s:
            row = self._load(s, current.id)
            row.status = outcome.value
            row.resolution = reason
            row.resolved_by = self.col.actor
            row.resolved_at = utcnow()
            row.percent_after = str(after.result.percent)
            row.touch(self.col.actor)
            evaluations.audit(
                s,
                "evaluation",
                eid,
                "dispute-resolved",
                "dispute",
                DisputeStatus.OPEN.value,
                {"outcome": outcome.value, "reason": reason, "dispute": str(current.id)},
            )
        return self.get(current.id)
