"""The monthly KPI report: per agent, per team and for the whole centre, this month beside
last month with the change.

Definitions (``/work/shared/domain/README.md``; written out in ``docs/reports.md``):

* **calls sampled** = reportable evaluations scored in the month (one evaluation is one
  sampled call; two inspectors scoring the same call for calibration are two samples).
* **standard-phrase use rate** = (calls sampled - calls with a P error) / calls sampled,
  target >= 95 %.  A call "has a P error" when any of its item scores of category ``P``
  has ``errors > 0``.
* **answer accuracy** = (calls sampled - calls with an A error) / calls sampled, >= 95 %.
* **error rate** = (calls with a P error + calls with an A error) / calls sampled, <= 8 %.
  The domain text writes "standard-phrase errors + answer errors"; we count *calls*, as
  the two rates beside it do, so that error rate = (100 - phrase rate) + (100 - accuracy)
  and one call with five deductions cannot outweigh five calls.  The raw number of error
  occurrences is reported beside it (``error_occurrences``).
* **average score** = SUM(total) / calls sampled; **average percent** likewise.
* **grade distribution** = evaluations per grade.
* **sample coverage** = days on which the agent worked (a call of theirs is in the
  library) and has a reportable evaluation dated that day (``scored_at`` = the call's
  start), / days worked; target 100 %.  The days missed are listed per agent.
* **section / item averages** = SUM(score) / SUM(max) of the non-N/A rows, per rubric.

All sums are GROUP BY queries, run per local day and cached with a stamp of the day's
rows (``cache.py``): a new evaluation makes only its day be summed again.  Item / section
sums and the calls with errors come from the hourly sums the store keeps on every write
(``sums.py``), so even a month summed for the first time reads no item rows.  Python adds
the per-agent day sums into month, team and centre totals and formats.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from qaclient.reports import sums
from qaclient.reports.common import (
    RubricLabels,
    Table,
    change_pct,
    counted,
    dec,
    delta,
    load_labels,
    pct,
    q2,
    raw,
)
from qaclient.reports.period import Month, day_expr
from qaclient.reports.sums import score_sums
from qaclient.storage.models import (
    Evaluation,
    EvaluationItemScore,
    EvaluationSectionScore,
    RubricVersion,
    User,
)

if TYPE_CHECKING:
    from qaclient.collection import Collection

PHRASE = "P"
ANSWER = "A"

#: Targets of the domain brief: (comparison, value in percent).
TARGETS: dict[str, tuple[str, Decimal]] = {
    "phrase_rate": (">=", Decimal(95)),
    "answer_accuracy": (">=", Decimal(95)),
    "error_rate": ("<=", Decimal(8)),
    "coverage": (">=", Decimal(100)),
}

#: Metric keys in display order, and what they are.
METRICS: tuple[tuple[str, str], ...] = (
    ("evaluations", "Evaluations done"),
    ("average_score", "Average score"),
    ("average_percent", "Average %"),
    ("phrase_rate", "Standard-phrase use rate %"),
    ("answer_accuracy", "Answer accuracy %"),
    ("error_rate", "Error rate %"),
    ("error_occurrences", "Error occurrences"),
    ("coverage", "Sample coverage %"),
)

NO_TEAM = ""


@dataclass
class Figures:
    """One group's raw sums for one month; every rate is derived from these."""

    evaluations: int = 0
    total_raw: int = 0
    percent_raw: int = 0
    phrase_error_calls: int = 0
    answer_error_calls: int = 0
    error_occurrences: int = 0
    grades: dict[str, int] = field(default_factory=dict)
    working_days: int = 0
    sampled_days: int = 0
    missed_days: list[str] = field(default_factory=list)

    def add(self, other: Figures) -> None:
        self.evaluations += other.evaluations
        self.total_raw += other.total_raw
        self.percent_raw += other.percent_raw
        self.phrase_error_calls += other.phrase_error_calls
        self.answer_error_calls += other.answer_error_calls
        self.error_occurrences += other.error_occurrences
        for g, n in other.grades.items():
            self.grades[g] = self.grades.get(g, 0) + n
        self.working_days += other.working_days
        self.sampled_days += other.sampled_days

    def value(self, key: str) -> Decimal | int | None:
        """The metric *key* exactly (unrounded; None when there is no data to divide)."""
        n = self.evaluations
        match key:
            case "evaluations":
                return n
            case "average_score":
                return dec(self.total_raw) / n if n else None
            case "average_percent":
                return dec(self.percent_raw) / n if n else None
            case "phrase_rate":
                return _pct(n - self.phrase_error_calls, n)
            case "answer_accuracy":
                return _pct(n - self.answer_error_calls, n)
            case "error_rate":
                return _pct(self.phrase_error_calls + self.answer_error_calls, n)
            case "error_occurrences":
                return self.error_occurrences
            case "coverage":
                return _pct(self.sampled_days, self.working_days)
        raise KeyError(key)

    def shown(self, key: str) -> Decimal | int | None:
        """The metric rounded to 0.01 as reports show it."""
        v = self.value(key)
        return q2(v) if isinstance(v, Decimal) else v


def _pct(part: int, whole: int) -> Decimal | None:
    return Decimal(part) * 100 / Decimal(whole) if whole else None


def passes(key: str, value: Decimal | int | None) -> bool | None:
    """Whether *value* meets the domain target of metric *key* (None: no target / no data)."""
    if key not in TARGETS or value is None:
        return None
    op, target = TARGETS[key]
    return value >= target if op == ">=" else value <= target


@dataclass
class KpiRow:
    level: str  # "centre", "team" or "agent"
    key: str  # agent login, team name, or "centre"
    team: str | None
    current: Figures
    previous: Figures
    name: str = ""  # what a person calls the row: the agent's display name, the team

    def metric(self, key: str) -> dict[str, Any]:
        cur, prev = self.current.value(key), self.previous.value(key)
        d = delta(cur, prev)
        out: dict[str, Any] = {
            "current": self.current.shown(key),
            "previous": self.previous.shown(key),
            "delta": q2(d) if isinstance(d, Decimal) and not isinstance(cur, int) else d,
            "change_pct": change_pct(cur, prev),
        }
        if key in TARGETS:
            out["target"] = f"{TARGETS[key][0]} {TARGETS[key][1]}"
            out["pass"] = passes(key, cur)
        return out

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "level": self.level,
            "key": self.key,
            "name": self.name or self.key,
            "team": self.team,
        }
        data["metrics"] = {k: self.metric(k) for k, _ in METRICS}
        data["grades"] = {
            "current": dict(sorted(self.current.grades.items())),
            "previous": dict(sorted(self.previous.grades.items())),
        }
        data["coverage"] = {
            "working_days": self.current.working_days,
            "sampled_days": self.current.sampled_days,
            "missed_days": list(self.current.missed_days),
        }
        return data


@dataclass
class ScoreAverage:
    """Average of one rubric section or item over the month (N/A rows left out)."""

    rubric_id: str
    id: str
    label: str
    section_id: str | None
    category: str | None
    current_n: int
    current_score: Decimal | None  # average points
    current_percent: Decimal | None  # SUM(score)/SUM(max) * 100
    previous_n: int
    previous_percent: Decimal | None
    na: int  # N/A rows this month
    lost: int = 0  # times not full marks this month (items)
    rubric_title: str = ""  # the rubric's title in the report's language

    def to_json(self) -> dict[str, Any]:
        return {
            "rubric": self.rubric_id,
            "rubric_title": self.rubric_title or self.rubric_id,
            "id": self.id,
            "label": self.label,
            "section": self.section_id,
            "category": self.category,
            "n": self.current_n,
            "na": self.na,
            "average": self.current_score,
            "percent": self.current_percent,
            "previous_n": self.previous_n,
            "previous_percent": self.previous_percent,
            "change_pct": change_pct(self.current_percent, self.previous_percent),
            "times_lost": self.lost,
        }


@dataclass
class KpiReport:
    month: Month
    team: str | None
    tz: str | None
    centre: KpiRow
    teams: list[KpiRow]
    agents: list[KpiRow]
    sections: list[ScoreAverage]
    items: list[ScoreAverage]
    coverage_known: bool

    @property
    def previous_month(self) -> Month:
        return self.month.previous()

    def to_json(self) -> dict[str, Any]:
        return {
            "report": "kpi",
            "month": str(self.month),
            "previous_month": str(self.previous_month),
            "team": self.team,
            "time_zone": self.tz or "UTC",
            "targets": {k: f"{op} {v}" for k, (op, v) in TARGETS.items()},
            "coverage_known": self.coverage_known,
            "centre": self.centre.to_json(),
            "teams": [r.to_json() for r in self.teams],
            "agents": [r.to_json() for r in self.agents],
            "sections": [s.to_json() for s in self.sections],
            "items": [i.to_json() for i in self.items],
        }

    # ------------------------------------------------------------------ tables for export
    def tables(self) -> list[Table]:
        """Every table of the report, flat, for CSV/XLSX export and the UI."""
        cols = ["level", "key", "team"]
        for key, _ in METRICS:
            cols += [f"{key}", f"{key}_previous", f"{key}_change_pct"]
            if key in TARGETS:
                cols.append(f"{key}_pass")
        summary = Table("kpi", cols)
        for row in [self.centre, *self.teams, *self.agents]:
            line: list[Any] = [row.level, row.key, row.team]
            for key, _ in METRICS:
                m = row.metric(key)
                line += [m["current"], m["previous"], m["change_pct"]]
                if key in TARGETS:
                    line.append(m["pass"])
            summary.rows.append(line)
        grades = sorted({g for r in [self.centre] for g in (*r.current.grades, *r.previous.grades)})
        dist = Table("grades", ["level", "key", "month", *grades])
        for row in [self.centre, *self.teams, *self.agents]:
            for label, fig in (
                (str(self.month), row.current),
                (str(self.previous_month), row.previous),
            ):
                dist.rows.append(
                    [row.level, row.key, label, *[fig.grades.get(g, 0) for g in grades]]
                )
        cov = Table(
            "coverage",
            ["agent", "team", "working_days", "sampled_days", "coverage_pct", "missed_days"],
        )
        for row in self.agents:
            cov.rows.append(
                [
                    row.key,
                    row.team,
                    row.current.working_days,
                    row.current.sampled_days,
                    row.current.shown("coverage"),
                    " ".join(row.current.missed_days),
                ]
            )

        def averages_table(name: str, columns: list[str], rows: list[ScoreAverage]) -> Table:
            table = Table(name, columns)
            for average in rows:
                j = average.to_json()
                table.rows.append([j[k] for k in columns])
            return table

        common = ["n", "na", "average", "percent"]
        previous = ["previous_n", "previous_percent", "change_pct"]
        sections = averages_table(
            "sections", ["rubric", "id", "label", *common, *previous], self.sections
        )
        items = averages_table(
            "items",
            ["rubric", "section", "id", "label", "category", *common, "times_lost", *previous],
            self.items,
        )
        return [summary, dist, cov, sections, items]


# ============================================================================ building


def team_map(col: Collection, session, agents: set[str] | None = None) -> dict[str, str | None]:
    """Agent login -> team, from the users table (the authority), falling back to the team
    the phone system gave their calls in the library."""
    teams: dict[str, str | None] = dict(session.execute(select(User.login, User.team)).all())
    try:
        from qaclient.storage.models.recordings import Call
    except ImportError:  # pragma: no cover - library tables not present
        return teams
    missing = [a for a in (agents or ()) if not teams.get(a)]
    for chunk in range(0, len(missing), 500):
        part = missing[chunk : chunk + 500]
        q = select(Call.agent, func.max(Call.team)).where(
            Call.agent.in_(part), Call.team.is_not(None)
        )
        for agent, team in session.execute(q.group_by(Call.agent)):
            teams[agent] = team
    return teams


def _agents_of_team(col: Collection, session, team: str) -> list[str]:
    logins = set(session.scalars(select(User.login).where(User.team == team)))
    try:
        from qaclient.storage.models.recordings import Call

        logins |= set(session.scalars(select(Call.agent).where(Call.team == team).distinct()))
    except ImportError:  # pragma: no cover
        pass
    return sorted(logins)


@dataclass
class MonthPartials:
    """A month's sums: per agent (evaluation figures, grades, coverage days) and, for the
    whole centre, per rubric version and item / section ``[n, score, max, na, lost]``."""

    figures: dict[str, Figures] = field(default_factory=dict)
    items: dict[tuple[str, str], list[int]] = field(default_factory=dict)
    sections: dict[tuple[str, str], list[int]] = field(default_factory=dict)
    meta: dict[tuple[str, str], list[str | None]] = field(default_factory=dict)
    coverage_known: bool = False

    def fig(self, agent: str) -> Figures:
        return self.figures.setdefault(agent, Figures())


@dataclass
class DayPartials:
    """One local day's sums - the unit that is cached (see ``cache.py``), so that a new
    evaluation only makes its own day be summed again."""

    figures: dict[str, list[int]] = field(default_factory=dict)  # agent -> [n, tot, pct, p, a, occ]
    grades: dict[str, dict[str, int]] = field(default_factory=dict)
    worked: list[str] = field(default_factory=list)  # agents with a call in the library that day
    items: dict[tuple[str, str], list[int]] = field(default_factory=dict)
    sections: dict[tuple[str, str], list[int]] = field(default_factory=dict)
    meta: dict[tuple[str, str], list[str | None]] = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps(
            {
                "figures": self.figures,
                "grades": self.grades,
                "worked": self.worked,
                "items": [[k[0], k[1], v] for k, v in self.items.items()],
                "sections": [[k[0], k[1], v] for k, v in self.sections.items()],
                "meta": [[k[0], k[1], v] for k, v in self.meta.items()],
            }
        )

    @classmethod
    def from_json(cls, text: str) -> DayPartials:
        d = json.loads(text)
        return cls(
            figures=d["figures"],
            grades=d["grades"],
            worked=d["worked"],
            items={(r, i): v for r, i, v in d["items"]},
            sections={(r, i): v for r, i, v in d["sections"]},
            meta={(r, i): v for r, i, v in d["meta"]},
        )


def _add(target: dict, key, values: list[int]) -> None:
    acc = target.get(key)
    if acc is None:
        target[key] = list(values)
    else:
        for i, v in enumerate(values):
            acc[i] += v


def _day_bounds(day: str, tz: str | None) -> tuple[Any, Any]:
    from datetime import UTC, date, datetime, timedelta

    from qaclient.reports.period import zone

    d = date.fromisoformat(day)
    z = zone(tz)
    start = datetime.combine(d, datetime.min.time(), z).astimezone(UTC)
    end = datetime.combine(d + timedelta(days=1), datetime.min.time(), z).astimezone(UTC)
    return start, end


def month_partials(
    col: Collection,
    s,
    month: Month,
    tz: str | None,
    *,
    use_cache: bool = True,
    use_sums: bool | None = None,
) -> MonthPartials:
    """The month's sums, from cached day partials where their stamps still match the rows."""
    from qaclient.reports import cache

    days = [d.isoformat() for d in month.days()]
    dialect = col.engine.dialect.name
    cached: dict[str, DayPartials] = {}
    stamps: dict[str, str] = {}
    if use_cache:
        stamps = cache.day_stamps(s, month, tz, dialect)
        for day, payload in cache.get_many(
            s, {f"day|{d}|{tz or 'UTC'}": stamps[d] for d in days}
        ).items():
            cached[day.split("|")[1]] = DayPartials.from_json(payload)
    stale = [d for d in days if d not in cached]
    if stale:
        start, _ = _day_bounds(stale[0], tz)
        _, end = _day_bounds(stale[-1], tz)
        fresh = _compute_days(s, month, tz, dialect, start, end, use_sums=use_sums)
        writes = {}
        for d in stale:
            part = fresh.get(d, DayPartials())
            cached[d] = part
            if use_cache:
                writes[f"day|{d}|{tz or 'UTC'}"] = (stamps[d], part.to_json())
        if writes:
            cache.put_many(col, writes)
    out = MonthPartials()
    worked: dict[str, set[str]] = {}
    sampled: dict[str, set[str]] = {}
    for d in days:
        part = cached[d]
        for agent, (n, tot, per, pe, ae, occ) in part.figures.items():
            f = out.fig(agent)
            f.evaluations += n
            f.total_raw += tot
            f.percent_raw += per
            f.phrase_error_calls += pe
            f.answer_error_calls += ae
            f.error_occurrences += occ
            if n:
                sampled.setdefault(agent, set()).add(d)
        for agent, grades in part.grades.items():
            g = out.fig(agent).grades
            for name, n in grades.items():
                g[name] = g.get(name, 0) + n
        for agent in part.worked:
            worked.setdefault(agent, set()).add(d)
        for key, vals in part.items.items():
            _add(out.items, key, vals)
        for key, vals in part.sections.items():
            _add(out.sections, key, vals)
        out.meta.update(part.meta)
    for agent, wd in worked.items():
        f = out.fig(agent)
        got = sampled.get(agent, set()) & wd
        f.working_days, f.sampled_days, f.missed_days = len(wd), len(got), sorted(wd - got)
    out.coverage_known = bool(worked)
    return out


def _max(a, b):
    return b if a is None else a if b is None else max(a, b)


def _compute_days(
    s, month: Month, tz: str | None, dialect: str, start, end, *, use_sums: bool | None = None
) -> dict[str, DayPartials]:
    """Every partial sum of the local days in [start, end), grouped by day in SQL."""
    out: dict[str, DayPartials] = {}

    def day_of(d) -> DayPartials:
        part = out.get(d)
        if part is None:
            part = out[str(d)] = DayPartials()
        return part

    s = s.connection()  # Core rows: no ORM result processing of ~10^5 rows

    where = counted(start, end)
    day = day_expr(Evaluation.scored_at, dialect, tz, month)
    # evaluations, score sums and grades per day and agent: one pass over the covering index
    q = (
        select(
            day,
            Evaluation.agent,
            Evaluation.grade,
            func.count(),
            func.coalesce(func.sum(raw(Evaluation.total)), 0),
            func.coalesce(func.sum(raw(Evaluation.percent)), 0),
        )
        .where(*where)
        .group_by(day, Evaluation.agent, Evaluation.grade)
    )
    for d, agent, grade, n, tot, per in s.execute(q):
        part = day_of(d)
        fig = part.figures.get(agent)
        if fig is None:
            fig = part.figures[agent] = [0] * 6
            part.grades[agent] = {}
        fig[0] += n
        fig[1] += int(tot or 0)
        fig[2] += int(per or 0)
        grades = part.grades[agent]
        g = "—" if grade is None else grade
        grades[g] = grades.get(g, 0) + n
    # calls with a P / A error: from the hourly sums the store keeps (sums.py), else the rows
    for d, agent, pe, ae, occ in sums.day_error_sums(
        s, month, tz, dialect, start, end, use_sums=use_sums
    ):
        fig = day_of(d).figures.setdefault(agent, [0] * 6)
        fig[3] += int(pe or 0)
        fig[4] += int(ae or 0)
        fig[5] += int(occ or 0)
    try:
        from qaclient.storage.models.recordings import Call

        cday = day_expr(Call.start_at, dialect, tz, month)
        q = (
            select(cday, Call.agent)
            .where(Call.start_at >= start, Call.start_at < end, Call.deleted.is_(False))
            .group_by(cday, Call.agent)
        )
        for d, agent in s.execute(q):
            if agent:
                day_of(d).worked.append(agent)
    except ImportError:  # pragma: no cover - library tables not present
        pass
    # item and section sums: from the hourly sums the store keeps (sums.py), else the rows
    sections, items = sums.day_score_sums(s, month, tz, dialect, start, end, use_sums=use_sums)
    for rows, with_items in ((sections, False), (items, True)):
        for row in rows:
            part = day_of(row[0])
            key = (str(row[1]), row[2])
            _add(part.items if with_items else part.sections, key, [int(v or 0) for v in row[3:8]])
            if with_items:  # max(section), max(category) of the day's rows, as in SQL
                old = part.meta.get(key, [None, None])
                part.meta[key] = [_max(old[0], row[8]), _max(old[1], row[9])]
    return out


def _team_sums(s, month: Month, tz: str | None, agents: list[str]):
    """Item and section sums of a team's agents (computed directly: a team is a small part
    of the centre, and the cached day partials carry no agent dimension for items)."""
    start, end = month.bounds(tz)
    where = [*counted(start, end), Evaluation.agent.in_(agents)]
    out: list[dict] = []
    meta: dict = {}
    for table, with_items in ((EvaluationSectionScore, False), (EvaluationItemScore, True)):
        id_col = table.item_id if with_items else table.section_id
        cols = [
            Evaluation.rubric_version_id,
            id_col,
            *score_sums(table),
        ]
        if with_items:
            cols += [func.max(table.section_id), func.max(table.category)]
        sums: dict = {}
        for row in s.execute(
            select(*cols)
            .select_from(table)
            .join(Evaluation, Evaluation.id == table.evaluation_id)
            .where(*where)
            .group_by(Evaluation.rubric_version_id, id_col)
        ):
            key = (str(row[0]), row[1])
            sums[key] = [int(v or 0) for v in row[2:7]]
            if with_items:
                meta[key] = [row[7], row[8]]
        out.append(sums)
    return out[0], out[1], meta


def build_kpi(
    col: Collection,
    month: Month,
    *,
    team: str | None = None,
    tz: str | None = None,
    lang: str = "en",
    use_cache: bool = True,
    use_sums: bool | None = None,
) -> KpiReport:
    """Compute the monthly KPI report for *month* (and the month before, beside it)."""
    with col.Session() as s:
        cur = month_partials(col, s, month, tz, use_cache=use_cache, use_sums=use_sums)
        prev = month_partials(col, s, month.previous(), tz, use_cache=use_cache, use_sums=use_sums)
        agents = set(cur.figures) | set(prev.figures)
        if team is not None:
            members = _agents_of_team(col, s, team)
            agents &= set(members)
            for parts, m in ((cur, month), (prev, month.previous())):
                parts.sections, parts.items, parts.meta = _team_sums(s, m, tz, members)
        teams = team_map(col, s, agents)
        names = {str(k): v for k, v in s.execute(select(RubricVersion.id, RubricVersion.rubric_id))}
        labels = load_labels(s)
    report = _assemble(month, team, tz, agents, cur, prev, teams, names, labels, lang)
    people = col.names.people()
    for row in report.agents:
        row.name = people.get(row.key, row.key)
    for row in report.teams:
        row.name = row.team or ""
    for avg in [*report.sections, *report.items]:
        avg.rubric_title = labels.title(avg.rubric_id, lang)
    return report


def _assemble(
    month,
    team,
    tz,
    agents,
    cur: MonthPartials,
    prev: MonthPartials,
    teams,
    names,
    labels: RubricLabels,
    lang,
) -> KpiReport:
    agents_rows: list[KpiRow] = []
    team_rows: dict[str, KpiRow] = {}
    centre = KpiRow("centre", "centre", team, Figures(), Figures())
    for agent in sorted(agents):
        c = cur.figures.get(agent, Figures())
        p = prev.figures.get(agent, Figures())
        t = teams.get(agent) or NO_TEAM
        agents_rows.append(KpiRow("agent", agent, t or None, c, p))
        tr = team_rows.setdefault(
            t, KpiRow("team", t or "(no team)", t or None, Figures(), Figures())
        )
        for target, src in (
            (tr.current, c),
            (tr.previous, p),
            (centre.current, c),
            (centre.previous, p),
        ):
            target.add(src)
    agents_rows.sort(key=lambda r: ((r.team or "~"), r.key))

    def averages(with_items: bool) -> list[ScoreAverage]:
        # merge the versions of a rubric into the rubric
        sums: dict[tuple[str, str], dict[str, list[int]]] = {}
        meta: dict[tuple[str, str], list] = {}
        for label, parts in (("cur", cur), ("prev", prev)):
            data = parts.items if with_items else parts.sections
            for (version, rid), vals in data.items():
                key = (names.get(version, version), rid)
                acc = sums.setdefault(key, {"cur": [0] * 5, "prev": [0] * 5})[label]
                for i, v in enumerate(vals):
                    acc[i] += v
                if with_items and (version, rid) in parts.meta:
                    meta[key] = parts.meta[(version, rid)]
        out = []
        for (rubric_id, rid), e in sorted(sums.items()):
            n, score, mx, na, lost = e["cur"]
            pn, ps, pm, _pna, _pl = e["prev"]
            if not (n or na or pn):
                continue
            section, category = meta.get((rubric_id, rid), [None, None])
            label = (
                labels.item(rubric_id, rid, lang)
                if with_items
                else labels.section(rubric_id, rid, lang)
            )
            out.append(
                ScoreAverage(
                    rubric_id=rubric_id,
                    id=rid,
                    label=label,
                    section_id=section,
                    category=category,
                    current_n=n,
                    current_score=q2(dec(score) / n) if n else None,
                    current_percent=pct(score, mx),
                    previous_n=pn,
                    previous_percent=pct(ps, pm),
                    na=na,
                    lost=lost if with_items else 0,
                )
            )
        return out

    return KpiReport(
        month=month,
        team=team,
        tz=tz,
        centre=centre,
        teams=[team_rows[k] for k in sorted(team_rows)],
        agents=agents_rows,
        sections=averages(False),
        items=averages(True),
        coverage_known=cur.coverage_known,
    )


def item_matrix(
    col: Collection,
    month: Month,
    *,
    team: str | None = None,
    tz: str | None = None,
    lang: str = "en",
) -> dict[str, Any]:
    """Per agent and item: % of the item's points kept this month (the heat map).

    Items without a maximum (deductions) are left out: they have no percentage.  Returns
    ``{"items": [(key, label)], "agents": [(agent, {key: percent})]}`` with ``key`` =
    ``"rubric/item"``.
    """
    start, end = month.bounds(tz)
    it = EvaluationItemScore
    with col.Session() as s:
        where = [*counted(start, end), it.na.is_(False)]
        if team is not None:
            where.append(Evaluation.agent.in_(_agents_of_team(col, s, team)))
        rows = s.execute(
            select(
                RubricVersion.rubric_id,
                it.item_id,
                Evaluation.agent,
                func.sum(raw(it.score)),
                func.sum(raw(it.max)),
            )
            .select_from(it)
            .join(Evaluation, Evaluation.id == it.evaluation_id)
            .join(RubricVersion, RubricVersion.id == Evaluation.rubric_version_id)
            .where(*where)
            .group_by(RubricVersion.rubric_id, it.item_id, Evaluation.agent)
        ).all()
        labels = load_labels(s)
    sums: dict[str, dict[str, list[int]]] = {}
    for rubric_id, item_id, agent, score, mx in rows:
        acc = sums.setdefault(f"{rubric_id}/{item_id}", {}).setdefault(agent, [0, 0])
        acc[0] += int(score or 0)
        acc[1] += int(mx or 0)
    keys = sorted(k for k, per in sums.items() if any(mx for _s, mx in per.values()))
    agents = sorted({a for k in keys for a in sums[k]})
    return {
        "items": [(k, labels.item(k.split("/", 1)[0], k.split("/", 1)[1], lang)) for k in keys],
        "agents": [
            (a, {k: pct(*sums[k][a]) for k in keys if a in sums[k] and sums[k][a][1]})
            for a in agents
        ],
    }
