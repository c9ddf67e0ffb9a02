"""Inspector statistics: how much each QA inspector evaluated, how long an evaluation
took, and how their scores sit against everyone's (to spot a lenient or a harsh one).

The period is the month the evaluations count for (``scored_at``: the call's month, the
same month the KPI report puts them in), so a month's inspector figures and its KPI
figures describe the same evaluations; ``by="submitted"`` takes the month the inspector
submitted them in instead (their work that month).  Active days and evaluations per day
are counted by the day of submission (the inspector's working days).  Handling time = ``submitted_at - started_at`` (``created_at`` when
the start was not recorded).  An inspector is flagged ``lenient`` / ``harsh`` when their
mean percent is at least ``threshold`` points above / below the mean of all evaluations
of the month and they have at least ``min_evaluations`` of them (a handful of calls says
nothing).  Calibration sessions should follow a flag, not pay decisions.

Disputes: ``dispute_rate`` = evaluations an agent disputed / evaluations; ``uphold_rate``
= disputes upheld / disputes resolved (a high uphold rate says the inspector's scores do
not survive review).  Calibration sessions' evaluations never count here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import Float, case, cast, func, select

from qaclient.reports.common import REPORTABLE, Table, dec, q2, raw
from qaclient.reports.period import Month, day_expr
from qaclient.storage.models import Dispute, Evaluation
from qaclient.storage.types import SCALE

if TYPE_CHECKING:
    from qaclient.collection import Collection

#: Score distribution buckets (percent): label, lower bound inclusive, upper bound exclusive.
BUCKETS: tuple[tuple[str, float, float], ...] = (
    ("<60", float("-inf"), 60.0),
    ("60-70", 60.0, 70.0),
    ("70-80", 70.0, 80.0),
    ("80-90", 80.0, 90.0),
    ("90+", 90.0, float("inf")),
)


@dataclass
class InspectorStats:
    inspector: str
    evaluations: int
    active_days: int
    per_day: Decimal | None  # evaluations per day the inspector submitted any
    handling_seconds: Decimal | None  # average
    mean_percent: Decimal | None
    stddev_percent: Decimal | None
    min_percent: Decimal | None
    max_percent: Decimal | None
    vs_mean: Decimal | None  # mean_percent - everyone's mean
    flag: str | None  # "lenient", "harsh" or None
    distribution: dict[str, int] = field(default_factory=dict)
    daily: dict[str, int] = field(default_factory=dict)
    name: str = ""  # the inspector's display name
    disputed: int = 0  # evaluations an agent disputed
    dispute_rate: Decimal | None = None  # disputed / evaluations
    resolved: int = 0  # disputes resolved
    upheld: int = 0  # disputes resolved in the agent's favour
    uphold_rate: Decimal | None = None  # upheld / resolved

    def to_json(self) -> dict[str, Any]:
        return {
            "inspector": self.inspector,
            "name": self.name or self.inspector,
            "evaluations": self.evaluations,
            "active_days": self.active_days,
            "per_day": self.per_day,
            "handling_seconds": self.handling_seconds,
            "mean_percent": self.mean_percent,
            "stddev_percent": self.stddev_percent,
            "min_percent": self.min_percent,
            "max_percent": self.max_percent,
            "vs_mean": self.vs_mean,
            "flag": self.flag,
            "distribution": self.distribution,
            "daily": self.daily,
            "disputed": self.disputed,
            "dispute_rate": self.dispute_rate,
            "upheld": self.upheld,
            "uphold_rate": self.uphold_rate,
        }


#: What puts an evaluation in a month: its ``scored_at`` (the default) or ``submitted_at``.
PERIOD_BASES = ("evaluation", "submitted")


@dataclass
class InspectorReport:
    month: Month
    tz: str | None
    mean_percent: Decimal | None
    threshold: Decimal
    min_evaluations: int
    inspectors: list[InspectorStats]
    by: str = "evaluation"

    def to_json(self) -> dict[str, Any]:
        return {
            "report": "inspectors",
            "month": str(self.month),
            "by": self.by,
            "time_zone": self.tz or "UTC",
            "mean_percent": self.mean_percent,
            "threshold": self.threshold,
            "min_evaluations": self.min_evaluations,
            "inspectors": [i.to_json() for i in self.inspectors],
        }

    def tables(self) -> list[Table]:
        cols = [
            "inspector",
            "evaluations",
            "active_days",
            "per_day",
            "handling_seconds",
            "mean_percent",
            "stddev_percent",
            "min_percent",
            "max_percent",
            "vs_mean",
            "flag",
            "dispute_rate",
            "uphold_rate",
        ]
        summary = Table("inspectors", [*cols, *[b[0] for b in BUCKETS]])
        for i in self.inspectors:
            j = i.to_json()
            summary.rows.append(
                [j[c] for c in cols] + [i.distribution.get(b[0], 0) for b in BUCKETS]
            )
        days = sorted({d for i in self.inspectors for d in i.daily})
        daily = Table("inspector_days", ["inspector", *days])
        for i in self.inspectors:
            daily.rows.append([i.inspector, *[i.daily.get(d, 0) for d in days]])
        return [summary, daily]


def _rate(part: int, whole: int) -> Decimal | None:
    """part / whole as a fraction with 4 places (None when there is no whole)."""
    return (Decimal(part) / Decimal(whole)).quantize(Decimal("0.0001")) if whole else None


def _seconds(dialect: str, end, start):
    if dialect == "postgresql":
        return func.extract("epoch", end - start)
    return (func.julianday(end) - func.julianday(start)) * 86400.0


def build_inspectors(
    col: Collection,
    month: Month,
    *,
    tz: str | None = None,
    threshold: Decimal | float = Decimal(5),
    min_evaluations: int = 5,
    by: str = "evaluation",
) -> InspectorReport:
    if by not in PERIOD_BASES:
        raise ValueError(f"by={by!r}: use one of {', '.join(PERIOD_BASES)}")
    threshold = Decimal(str(threshold))
    start, end = month.bounds(tz)
    dialect = col.engine.dialect.name
    basis = Evaluation.scored_at if by == "evaluation" else Evaluation.submitted_at
    where = [
        Evaluation.status.in_(REPORTABLE),
        Evaluation.deleted.is_(False),
        Evaluation.calibration_id.is_(None),
        basis >= start,
        basis < end,
    ]
    pct_f = cast(raw(Evaluation.percent), Float) / SCALE
    handling = _seconds(
        dialect,
        Evaluation.submitted_at,
        func.coalesce(Evaluation.started_at, Evaluation.created_at),
    )
    bucket = case(*[(pct_f < hi, label) for label, _lo, hi in BUCKETS[:-1]], else_=BUCKETS[-1][0])
    day = day_expr(Evaluation.submitted_at, dialect, tz, month)
    with col.Session() as s:
        rows = s.execute(
            select(
                Evaluation.evaluator,
                func.count(),
                func.count(func.distinct(day)),
                func.avg(handling),
                func.sum(raw(Evaluation.percent)),
                func.count(Evaluation.percent),
                func.avg(pct_f * pct_f),
                func.min(raw(Evaluation.percent)),
                func.max(raw(Evaluation.percent)),
            )
            .where(*where)
            .group_by(Evaluation.evaluator)
        ).all()
        dist: dict[str, dict[str, int]] = {}
        for who, b, n in s.execute(
            select(Evaluation.evaluator, bucket, func.count())
            .where(*where, Evaluation.percent.is_not(None))
            .group_by(Evaluation.evaluator, bucket)
        ):
            dist.setdefault(who, {})[b] = int(n)
        disputes: dict[str, tuple[int, int, int]] = {}
        for who, disputed, resolved, upheld in s.execute(
            select(
                Evaluation.evaluator,
                func.count(func.distinct(Dispute.evaluation_id)),
                func.count(Dispute.resolved_at),
                func.sum(case((Dispute.status == "upheld", 1), else_=0)),
            )
            .join(Dispute, Dispute.evaluation_id == Evaluation.id)
            .where(*where, Dispute.deleted.is_(False))
            .group_by(Evaluation.evaluator)
        ):
            disputes[who] = (int(disputed), int(resolved), int(upheld or 0))
        daily: dict[str, dict[str, int]] = {}
        for who, d, n in s.execute(
            select(Evaluation.evaluator, day, func.count())
            .where(*where)
            .group_by(Evaluation.evaluator, day)
        ):
            daily.setdefault(who, {})[str(d)] = int(n)

    total_sum = sum(int(r[4] or 0) for r in rows)
    total_n = sum(int(r[5] or 0) for r in rows)
    mean_all = dec(total_sum) / total_n if total_n else None
    out: list[InspectorStats] = []
    for who, n, days, hand, psum, pn, sq, lo, hi in rows:
        mean = dec(psum) / pn if pn else None
        sd = None
        if pn and sq is not None and mean is not None:
            var = Decimal(str(sq)) - mean * mean
            sd = q2(var.sqrt()) if var > 0 else Decimal("0.00")
        diff = mean - mean_all if mean is not None and mean_all is not None else None
        disputed, resolved, upheld = disputes.get(who, (0, 0, 0))
        flag = None
        if diff is not None and n >= min_evaluations:
            if diff >= threshold:
                flag = "lenient"
            elif diff <= -threshold:
                flag = "harsh"
        out.append(
            InspectorStats(
                inspector=who,
                evaluations=int(n),
                active_days=int(days),
                per_day=q2(Decimal(n) / days) if days else None,
                handling_seconds=q2(Decimal(str(hand))) if hand is not None else None,
                mean_percent=q2(mean),
                stddev_percent=sd,
                min_percent=q2(dec(lo)) if lo is not None else None,
                max_percent=q2(dec(hi)) if hi is not None else None,
                vs_mean=q2(diff),
                flag=flag,
                distribution=dist.get(who, {}),
                daily=daily.get(who, {}),
                disputed=disputed,
                dispute_rate=_rate(disputed, int(n)),
                resolved=resolved,
                upheld=upheld,
                uphold_rate=_rate(upheld, resolved),
            )
        )
    out.sort(key=lambda i: i.inspector)
    people = col.names.people()
    for stats in out:
        stats.name = people.get(stats.inspector, stats.inspector)
    return InspectorReport(month, tz, q2(mean_all), threshold, min_evaluations, out, by)
