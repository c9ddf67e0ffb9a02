"""The monthly agent scorecard of the Spanish customer-service handbook.

Per agent and month: base 80; bonus events +5 each; minor infractions -1...-5 each,
moderate -10, severe -20; the trainer's discretionary adjustment -5...+5 (a written reason
is required); dismissal acts recorded as flags (no points); total capped at 110 (and not
below 0).  Grades: > 90 A, 80-90 B, 70-80 C, 65-70 D, 60-65 E, < 60 fail (A strictly
above 90; 90 and 80 are B, 70 is C, 65 is D, 60 is E).  Dismissal warning: below 60 in the
month, or last place two months running with less than 70 in both.  Pay float: 10 per
point around 80, capped at +-300 (off during the first two months of a new system).

**Spot-check errors flow in from call QA automatically**: every reportable call
evaluation of the agent scored in the month that has a KPI error (an item of category P
or A with ``errors > 0``) or an auto-fail is one "supervisor spot-check error", a minor
infraction of -2 for one error occurrence, -1 more per further occurrence, at most -5
(an auto-fail is -5).  They are computed from the evaluations every time (never stored),
so a revised evaluation changes the scorecard with it.

**Escalation** (handbook: "two moderate or four minor infractions in the month" are a
severe infraction): each complete set of 4 minor infractions (spot-check errors included)
or 2 moderate ones adds a severe -20, unless ``escalate=False``.

When the shipped scorecard rubric (``resources/rubrics/*scorecard*``) is present its base,
cap, grade bands and item points are used; otherwise the handbook's figures above.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, literal, select

from qaclient.messages import Message, current_language, msg
from qaclient.reports.common import Table, counted, raw
from qaclient.reports.period import Month
from qaclient.rubrics.model import label
from qaclient.storage.models import Evaluation, EvaluationItemScore, ScorecardEvent, User

if TYPE_CHECKING:
    from qaclient.collection import Collection
    from qaclient.rubrics.model import Rubric

BASE = Decimal(80)
CAP = Decimal(110)
FLOOR = Decimal(0)
PAY_PER_POINT = Decimal(10)
PAY_CAP = Decimal(300)


class EventKind(StrEnum):
    BONUS = "bonus"
    MINOR = "minor"
    MODERATE = "moderate"
    SEVERE = "severe"
    ADJUSTMENT = "adjustment"
    FLAG = "flag"
    # derived, never stored:
    SPOT_CHECK = "spot_check"
    ESCALATION = "escalation"


def kind_name(kind: EventKind | str) -> Message:
    """The event kind in words, in the reader's language (a bonus, a minor infraction…)."""
    return msg(f"reports-kind-{EventKind(kind).value.replace('_', '-')}")


#: Allowed points per occurrence of each stored kind: (least, most, default).
POINTS: dict[EventKind, tuple[Decimal, Decimal, Decimal]] = {
    EventKind.BONUS: (Decimal(5), Decimal(5), Decimal(5)),
    EventKind.MINOR: (Decimal(-5), Decimal(-1), Decimal(-2)),
    EventKind.MODERATE: (Decimal(-10), Decimal(-10), Decimal(-10)),
    EventKind.SEVERE: (Decimal(-20), Decimal(-20), Decimal(-20)),
    EventKind.ADJUSTMENT: (Decimal(-5), Decimal(5), Decimal(0)),
    EventKind.FLAG: (Decimal(0), Decimal(0), Decimal(0)),
}


#: Sections of the shipped scorecard rubric (resources/rubrics/monthly-agent-scorecard.yaml)
#: and the kind of event their items record.
SECTION_KINDS: dict[str, EventKind] = {
    "bonuses": EventKind.BONUS,
    "minor_infractions": EventKind.MINOR,
    "moderate_infractions": EventKind.MODERATE,
    "severe_infractions": EventKind.SEVERE,
    "dismissal_offences": EventKind.FLAG,
    "adjustment": EventKind.ADJUSTMENT,
}
#: Rubric items the derived events are booked on.
SPOT_CHECK_ITEM = "spot_check_errors"
ESCALATION_ITEM = "repeated_infractions"


class ScorecardError(ValueError):
    """An event that breaks the handbook's rules (message says which and how to fix it)."""


def grade(score: Decimal) -> str:
    """Grade band of the handbook (A strictly above 90; lower bands include their floor)."""
    if score > 90:
        return "A"
    if score >= 80:
        return "B"
    if score >= 70:
        return "C"
    if score >= 65:
        return "D"
    if score >= 60:
        return "E"
    return "fail"


def _grade(policy: Policy, score: Decimal) -> str:
    """The rubric's grade bands when the shipped rubric is loaded, else the handbook's."""
    if policy.rubric is not None:
        try:
            from qaclient.rubrics.scoring import grade_of

            g = grade_of(policy.rubric, score)
            if g:
                return g
        except ImportError:  # pragma: no cover
            pass
    return grade(score)


def spot_check_points(errors: int, auto_fail: bool = False) -> Decimal:
    """-2 for one error occurrence, -1 per further one, at most -5; an auto-fail is -5."""
    if auto_fail:
        return Decimal(-5)
    return Decimal(-min(5, 1 + max(1, errors)))


def pay_float(score: Decimal) -> Decimal:
    return max(-PAY_CAP, min(PAY_CAP, (score - BASE) * PAY_PER_POINT))


@dataclass
class EventLine:
    kind: str
    points: Decimal  # per occurrence
    count: int
    reason: Message | str  # what the trainer wrote, or the core's words for derived events
    item_id: str | None = None
    occurred_on: date | None = None
    id: str | None = None  # stored events only
    evaluation_id: str | None = None  # spot checks

    @property
    def total(self) -> Decimal:
        return self.points * self.count

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "item": self.item_id,
            "points": self.points,
            "count": self.count,
            "total": self.total,
            "reason": str(self.reason),
            "occurred_on": self.occurred_on,
            "evaluation": self.evaluation_id,
        }


@dataclass
class AgentScorecard:
    agent: str
    team: str | None
    month: Month
    base: Decimal
    events: list[EventLine] = field(default_factory=list)
    score: Decimal = Decimal(0)
    uncapped: Decimal = Decimal(0)
    grade: str = ""
    rank: int = 0
    last_place: bool = False
    flags: list[str] = field(default_factory=list)
    warnings: list[Message] = field(default_factory=list)
    pay_float: Decimal | None = None
    name: str = ""  # the agent's display name

    def sum_of(self, *kinds: EventKind) -> Decimal:
        return sum((e.total for e in self.events if e.kind in kinds), Decimal(0))

    def to_json(self) -> dict[str, Any]:
        return {
            "agent": self.agent,
            "name": self.name or self.agent,
            "team": self.team,
            "month": str(self.month),
            "base": self.base,
            "bonus": self.sum_of(EventKind.BONUS),
            "infractions": self.sum_of(
                EventKind.MINOR,
                EventKind.MODERATE,
                EventKind.SEVERE,
                EventKind.SPOT_CHECK,
                EventKind.ESCALATION,
            ),
            "spot_checks": self.sum_of(EventKind.SPOT_CHECK),
            "adjustment": self.sum_of(EventKind.ADJUSTMENT),
            "uncapped": self.uncapped,
            "score": self.score,
            "grade": self.grade,
            "rank": self.rank,
            "last_place": self.last_place,
            "flags": self.flags,
            "warnings": [str(w) for w in self.warnings],
            "pay_float": self.pay_float,
            "events": [e.to_json() for e in self.events],
        }


@dataclass
class ScorecardReport:
    month: Month
    team: str | None
    cards: list[AgentScorecard]

    def to_json(self) -> dict[str, Any]:
        return {
            "report": "scorecard",
            "month": str(self.month),
            "team": self.team,
            "agents": [c.to_json() for c in self.cards],
        }

    def tables(self) -> list[Table]:
        cols = [
            "agent",
            "team",
            "base",
            "bonus",
            "infractions",
            "spot_checks",
            "adjustment",
            "uncapped",
            "score",
            "grade",
            "rank",
            "last_place",
            "pay_float",
        ]
        summary = Table("scorecard", [*cols, "flags", "warnings"])
        events = Table(
            "scorecard_events",
            [
                "agent",
                "kind",
                "item",
                "points",
                "count",
                "total",
                "reason",
                "occurred_on",
                "evaluation",
            ],
        )
        for c in self.cards:
            j = c.to_json()
            summary.rows.append(
                [j[k] for k in cols] + ["; ".join(c.flags), "; ".join(str(w) for w in c.warnings)]
            )
            for e in c.events:
                ej = e.to_json()
                events.rows.append(
                    [
                        c.agent,
                        *[
                            ej[k]
                            for k in (
                                "kind",
                                "item",
                                "points",
                                "count",
                                "total",
                                "reason",
                                "occurred_on",
                                "evaluation",
                            )
                        ],
                    ]
                )
        return [summary, events]


# ============================================================================ the rubric


def scorecard_rubric(col: Collection | None = None) -> Rubric | None:
    """The shipped monthly scorecard rubric, when the rubric files provide one."""
    from qaclient import paths

    try:
        from qaclient.rubrics.loader import load_file
    except ImportError:  # pragma: no cover
        return None
    folder = Path(paths.rubrics_dir())
    for path in sorted(folder.glob("*scorecard*")):
        try:
            rubric = load_file(path)
        except Exception:  # a broken file must not break the report; rubric validate reports it
            continue
        return rubric
    return None


@dataclass(frozen=True)
class Policy:
    base: Decimal = BASE
    cap: Decimal = CAP
    floor: Decimal = FLOOR
    escalate: bool = True
    pay_float: bool = True
    item_points: dict[str, Decimal] = field(default_factory=dict)
    item_labels: dict[str, str] = field(default_factory=dict)
    item_kinds: dict[str, EventKind] = field(default_factory=dict)  # rubric item -> event kind
    rubric: Any = None

    def item_label(self, item_id: str, lang: str | None = None) -> str:
        """The title of scorecard item *item_id* in *lang* (default: the core language)."""
        item = self.rubric.item(item_id) if self.rubric is not None else None
        if item is None or not item.labels:
            return self.item_labels.get(item_id, item_id)
        return label(item.labels, lang or current_language())

    def grade_label(self, grade: str, lang: str | None = None) -> str:
        """Grade *grade* by the rubric's label for it (``fail`` → ``不合格``)."""
        for band in getattr(self.rubric, "grades", ()) or ():
            if band.grade == grade and band.labels:
                return label(band.labels, lang or current_language())
        return grade

    @classmethod
    def from_rubric(cls, rubric: Rubric | None, **kw) -> Policy:
        if rubric is None:
            return cls(**kw)
        points: dict[str, Decimal] = {}
        labels: dict[str, str] = {}
        kinds: dict[str, EventKind] = {}
        for section in rubric.sections:
            kind = SECTION_KINDS.get(section.id)
            for item in section.items:
                if item.points is not None:
                    sign = -1 if str(item.kind) == "deduction" else 1
                    points[item.id] = item.points * sign
                labels[item.id] = item.labels.get("en") or next(iter(item.labels.values()), item.id)
                if item.flag:
                    kinds[item.id] = EventKind.FLAG
                elif kind is not None:
                    kinds[item.id] = kind
        return cls(
            base=rubric.base if rubric.base is not None else BASE,
            cap=rubric.cap if rubric.cap is not None else CAP,
            floor=rubric.floor,
            item_points=points,
            item_labels=labels,
            item_kinds=kinds,
            rubric=rubric,
            **kw,
        )


# ============================================================================ events


def add_event(
    col: Collection,
    *,
    agent: str,
    month: Month,
    kind: str,
    points: Decimal | int | None = None,
    count: int = 1,
    reason: str = "",
    item_id: str | None = None,
    occurred_on: date | None = None,
) -> str:
    """Record a scorecard event; checks the handbook's bounds (adjustment needs a reason)."""
    try:
        k = EventKind(kind)
    except ValueError as exc:
        raise ScorecardError(
            msg(
                "reports-unknown-event-kind",
                kind=str(kind),
                kinds=", ".join(x.value for x in POINTS),
            )
        ) from exc
    if k not in POINTS:
        raise ScorecardError(msg("reports-event-kind-derived", kind=kind_name(k)))
    lo, hi, default = POINTS[k]
    policy = Policy.from_rubric(scorecard_rubric(col))
    if item_id is not None and policy.rubric is not None:
        if item_id not in policy.item_labels:
            raise ScorecardError(
                msg(
                    "reports-not-a-scorecard-item",
                    item=item_id,
                    rubric=policy.rubric.id,
                    items=", ".join(sorted(policy.item_kinds)),
                )
            )
        if item_id in (SPOT_CHECK_ITEM, ESCALATION_ITEM):
            raise ScorecardError(msg("reports-item-derived", item=policy.item_label(item_id)))
        expected = policy.item_kinds.get(item_id)
        if expected is not None and expected is not k:
            raise ScorecardError(
                msg(
                    "reports-item-other-kind",
                    item=policy.item_label(item_id),
                    expected=kind_name(expected),
                    kind=kind_name(k),
                )
            )
    if points is None:
        rubric_points = policy.item_points.get(item_id or "")
        points = rubric_points if rubric_points is not None else default
    points = Decimal(str(points))
    if not lo <= points <= hi:
        raise ScorecardError(
            msg(
                "reports-event-points-range",
                kind=kind_name(k),
                low=str(lo),
                high=str(hi),
                points=str(points),
            )
        )
    if count < 1:
        raise ScorecardError(msg("reports-event-count"))
    if k in (EventKind.ADJUSTMENT, EventKind.FLAG) and not reason.strip():
        raise ScorecardError(msg("reports-event-needs-reason", kind=kind_name(k)))
    if occurred_on is not None and Month.of(occurred_on) != month:
        raise ScorecardError(
            msg("reports-event-date-outside", date=str(occurred_on), month=str(month))
        )
    with col.Session.begin() as s:
        if k is EventKind.ADJUSTMENT:
            have = s.scalar(
                select(
                    func.coalesce(func.sum(raw(ScorecardEvent.points) * ScorecardEvent.count), 0)
                ).where(
                    ScorecardEvent.agent == agent,
                    ScorecardEvent.month == str(month),
                    ScorecardEvent.kind == k.value,
                    ScorecardEvent.deleted.is_(False),
                )
            )
            total = Decimal(int(have or 0)) / 10000 + points * count
            if not Decimal(-5) <= total <= Decimal(5):
                raise ScorecardError(
                    msg(
                        "reports-adjustments-too-large",
                        agent=agent,
                        month=str(month),
                        total=str(total),
                    )
                )
        row = ScorecardEvent(
            agent=agent,
            month=str(month),
            kind=k.value,
            points=points,
            count=count,
            reason=reason.strip(),
            item_id=item_id,
            occurred_on=occurred_on,
            created_by=col.actor,
            updated_by=col.actor,
        )
        s.add(row)
        s.flush()
        from qaclient import audit_trail

        audit_trail.record(
            s,
            col.actor,
            "scorecard-event",
            row.id,
            "create",
            agent,
            None,
            {
                "month": str(month),
                "kind": k.value,
                "points": str(points),
                "count": count,
                "reason": reason.strip(),
            },
        )
        return str(row.id)


def delete_event(col: Collection, event_id: str) -> None:
    """Tombstone an event (deletions sync like edits)."""
    import uuid

    from qaclient.storage.types import utcnow

    with col.Session.begin() as s:
        row = s.get(ScorecardEvent, uuid.UUID(str(event_id)))
        if row is None or row.deleted:
            raise ScorecardError(msg("reports-no-event", id=str(event_id)))
        row.deleted = True
        row.dirty = True
        from qaclient import audit_trail

        audit_trail.record(s, col.actor, "scorecard-event", row.id, "delete", row.agent)
        row.rev += 1
        row.updated_at = utcnow()
        row.updated_by = col.actor


# ============================================================================ computing


def _cards(
    col: Collection, month: Month, team: str | None, tz: str | None, policy: Policy
) -> list[AgentScorecard]:
    start, end = month.bounds(tz)
    with col.Session() as s:
        teams: dict[str, str | None] = dict(s.execute(select(User.login, User.team)).all())
        agents = set(
            s.scalars(
                select(User.login).where(
                    User.role == "agent", User.active.is_(True), User.deleted.is_(False)
                )
            )
        )
        events = (
            s.execute(
                select(ScorecardEvent)
                .where(ScorecardEvent.month == str(month), ScorecardEvent.deleted.is_(False))
                .order_by(ScorecardEvent.occurred_on, ScorecardEvent.created_at)
            )
            .scalars()
            .all()
        )
        # evaluations with KPI errors (only the error rows are summed) and auto-fails
        it = EvaluationItemScore
        with_errors = (
            select(
                Evaluation.id,
                Evaluation.agent,
                Evaluation.auto_fail,
                Evaluation.scored_at,
                func.sum(it.errors),
            )
            .join(it, it.evaluation_id == Evaluation.id)
            .where(*counted(start, end), it.errors > 0, it.category.in_(("P", "A")))
            .group_by(Evaluation.id, Evaluation.agent, Evaluation.auto_fail, Evaluation.scored_at)
        )
        found = {row[0]: tuple(row) for row in s.execute(with_errors)}
        for row in s.execute(
            select(
                Evaluation.id,
                Evaluation.agent,
                Evaluation.auto_fail,
                Evaluation.scored_at,
                literal(0),
            ).where(*counted(start, end), Evaluation.auto_fail.is_(True))
        ):
            found.setdefault(row[0], tuple(row))
        spot = sorted(found.values(), key=lambda r: (r[1], r[3]))
        evaluated = set(s.scalars(select(Evaluation.agent).where(*counted(start, end)).distinct()))

    cards: dict[str, AgentScorecard] = {}

    def card(agent: str) -> AgentScorecard:
        return cards.setdefault(agent, AgentScorecard(agent, teams.get(agent), month, policy.base))

    for a in agents | evaluated:
        card(a)
    # a reason is typed by a trainer: a caller number in it is masked like everywhere else
    masker = col.privacy.masker("report")
    for e in events:
        card(e.agent).events.append(
            EventLine(
                e.kind,
                e.points,
                e.count,
                masker.text(e.reason),
                e.item_id,
                e.occurred_on,
                str(e.id),
            )
        )
    for eid, agent, auto_fail, scored_at, errs in spot:
        n = int(errs or 0)
        why = (
            msg("reports-spot-check-auto-fail")
            if auto_fail
            else msg("reports-spot-check-errors", count=n)
        )
        card(agent).events.append(
            EventLine(
                EventKind.SPOT_CHECK.value,
                spot_check_points(n, bool(auto_fail)),
                1,
                why,
                SPOT_CHECK_ITEM,
                scored_at.date() if scored_at else None,
                evaluation_id=str(eid),
            )
        )
    if team is not None:
        cards = {a: c for a, c in cards.items() if c.team == team}

    for c in cards.values():
        minors = sum(e.count for e in c.events if e.kind in (EventKind.MINOR, EventKind.SPOT_CHECK))
        moderates = sum(e.count for e in c.events if e.kind == EventKind.MODERATE)
        if policy.escalate:
            sets = minors // 4 + moderates // 2
            if sets:
                c.events.append(
                    EventLine(
                        EventKind.ESCALATION.value,
                        Decimal(-20),
                        sets,
                        msg("reports-escalation-reason", minor=minors, moderate=moderates),
                        ESCALATION_ITEM,
                    )
                )
        c.flags = [e.reason for e in c.events if e.kind == EventKind.FLAG]
        c.uncapped = c.base + sum((e.total for e in c.events), Decimal(0))
        c.score = max(policy.floor, min(policy.cap, c.uncapped))
        c.grade = _grade(policy, c.score)
        c.pay_float = pay_float(c.score) if policy.pay_float else None
    ordered = sorted(cards.values(), key=lambda c: (-c.score, c.agent))
    if ordered:
        lowest = ordered[-1].score
        rank = 0
        for i, c in enumerate(ordered):
            if i == 0 or c.score != ordered[i - 1].score:
                rank = i + 1
            c.rank = rank
            c.last_place = len(ordered) > 1 and c.score == lowest
    return ordered


def build_scorecard(
    col: Collection,
    month: Month,
    *,
    team: str | None = None,
    tz: str | None = None,
    escalate: bool = True,
    pay_float: bool = True,
) -> ScorecardReport:
    policy = Policy.from_rubric(scorecard_rubric(col), escalate=escalate, pay_float=pay_float)
    cards = _cards(col, month, team, tz, policy)
    previous = {c.agent: c for c in _cards(col, month.previous(), team, tz, policy)}
    people = col.names.people()
    for c in cards:
        c.name = people.get(c.agent, c.agent)
        if c.score < 60:
            c.warnings.append(msg("reports-warning-below-60"))
        p = previous.get(c.agent)
        if c.last_place and c.score < 70 and p is not None and p.last_place and p.score < 70:
            c.warnings.append(msg("reports-warning-last-place"))
        if c.flags:
            c.warnings.append(msg("reports-warning-dismissal-act", acts="; ".join(c.flags)))
    return ScorecardReport(month, team, cards)


def events_json(report: ScorecardReport) -> str:
    return json.dumps(report.to_json(), default=str)
