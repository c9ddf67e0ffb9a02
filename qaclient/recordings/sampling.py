"""Fair, reproducible samples of calls, and sharing them between inspectors.

QA practice: every agent is sampled every day (or week) they work — N random calls the
inspectors have not scored yet, spread over the agent's queues when asked, and at least
one complaint call whenever the agent had one.  A seed makes a sample reproducible: each
(agent, day) group draws from its own generator seeded with ``seed|agent|bucket``, so the
same rules, seed and calls give the same sample, and adding calls of *another* agent does
not change anyone else's picks.

The sample becomes an assignment: calls are shared between inspectors so that each gets
about the same number of call minutes (longest-first greedy onto the least-loaded
inspector, which is within 4/3 of the best possible split and in practice within one
call's length).  Rules file format: ``docs/library.md``.
"""

from __future__ import annotations

import heapq
import json
import random
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import and_, select

from qaclient import documents
from qaclient.messages import msg, tr

if TYPE_CHECKING:
    from qaclient.collection import Collection

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
PER = ("day", "week")


class RulesError(ValueError):
    """A sampling rules file or mapping that cannot be used; says which key and why."""


def zone(name: str | None) -> tzinfo:
    """The time zone *name* (IANA, e.g. ``Asia/Shanghai``); UTC when None."""
    if not name or name.upper() == "UTC":
        return UTC
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise RulesError(msg("sampling-unknown-time-zone", zone=str(name))) from exc


def local_day(moment: datetime, tz: tzinfo) -> date:
    """The calendar day of *moment* in *tz* (working days are local days)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(tz).date()


@dataclass(frozen=True)
class SamplingRules:
    """What to sample; see ``docs/library.md`` for the file format."""

    date_from: date
    date_to: date
    calls_per_agent: int = 1
    per: str = "day"
    working_days: tuple[int, ...] = (0, 1, 2, 3, 4)
    stratify_by_queue: bool = False
    include_complaint: bool = True
    unscored_only: bool = True
    agents: tuple[str, ...] = ()
    team: str | None = None
    queue: str | None = None
    direction: str | None = None
    min_duration: float | None = None
    max_duration: float | None = None
    timezone: str | None = None
    inspectors: tuple[str, ...] = ()
    keep_agents_together: bool = False
    seed: int | None = None
    name: str = ""

    _KEYS = (
        "name period from to date_from date_to calls_per_agent per working_days "
        "stratify_by_queue include_complaint unscored_only filter timezone inspectors "
        "keep_agents_together seed"
    ).split()
    _FILTER_KEYS = "agent agents team queue direction min_duration max_duration".split()

    @classmethod
    def load(cls, source: str | Path | Mapping[str, Any]) -> SamplingRules:
        """Rules from a YAML/JSON file or an already-parsed mapping."""
        if isinstance(source, Mapping):
            return cls.from_mapping(source)
        path = Path(source)
        try:
            text = documents.read_text(path, documents.SETTINGS_LIMITS, encoding="utf-8-sig")
        except FileNotFoundError as exc:
            raise RulesError(msg("sampling-file-not-found", path=str(path))) from exc
        except documents.DocumentLimitError as exc:
            raise RulesError(f"{path}: {exc.reason}") from exc
        except UnicodeDecodeError as exc:
            raise RulesError(f"{path}: not UTF-8 text ({exc.reason})") from exc
        except OSError as exc:
            raise RulesError(f"{path}: {documents.describe(path, exc)}") from exc
        data = _parse_text(path, text)
        if not isinstance(data, Mapping):
            raise RulesError(msg("sampling-not-a-mapping", path=str(path)))
        try:
            return cls.from_mapping(data)
        except RulesError as exc:
            raise RulesError(f"{path}: {documents.printable(exc)}") from exc
        except (TypeError, ValueError, AttributeError, ArithmeticError) as exc:
            raise RulesError(
                tr(
                    "hostile-settings-wrong-shape",
                    path=str(path),
                    reason=documents.printable(exc),
                    section="Sampling and assignment",
                )
            ) from exc

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> SamplingRules:
        unknown = sorted(map(str, set(data) - set(cls._KEYS)))
        if unknown:
            raise RulesError(
                msg("sampling-unknown-keys", keys=", ".join(unknown), known=", ".join(cls._KEYS))
            )
        period = data.get("period") or {}
        if not isinstance(period, Mapping):
            raise RulesError(msg("sampling-period-mapping"))
        d_from = _date(period.get("from", data.get("from", data.get("date_from"))), "period.from")
        d_to = _date(period.get("to", data.get("to", data.get("date_to"))), "period.to")
        if d_from is None or d_to is None:
            raise RulesError(msg("sampling-period-both"))
        if d_to < d_from:
            raise RulesError(msg("sampling-period-order", start=str(d_from), end=str(d_to)))
        n = data.get("calls_per_agent", 1)
        if not isinstance(n, int) or isinstance(n, bool) or n < 1:
            raise RulesError(msg("sampling-calls-per-agent", value=str(n)))
        per = str(data.get("per", "day")).lower()
        if per not in PER:
            raise RulesError(msg("sampling-per", value=str(per)))
        wd = data.get("working_days", ["mon", "tue", "wed", "thu", "fri"])
        working = _weekdays(wd)
        flt = data.get("filter") or {}
        if not isinstance(flt, Mapping):
            raise RulesError(msg("sampling-filter-mapping"))
        bad = sorted(map(str, set(flt) - set(cls._FILTER_KEYS)))
        if bad:
            raise RulesError(
                msg(
                    "sampling-filter-unknown-keys",
                    keys=", ".join(bad),
                    known=", ".join(cls._FILTER_KEYS),
                )
            )
        agents = flt.get("agents", flt.get("agent", ()))
        if isinstance(agents, str):
            agents = [agents]
        direction = flt.get("direction")
        if direction is not None and direction not in ("inbound", "outbound"):
            raise RulesError(msg("sampling-direction", value=str(direction)))
        inspectors = data.get("inspectors", ())
        if isinstance(inspectors, str):
            inspectors = [i.strip() for i in inspectors.split(",") if i.strip()]
        seed = data.get("seed")
        if seed is not None and (not isinstance(seed, int) or isinstance(seed, bool)):
            raise RulesError(msg("sampling-seed", value=str(seed)))
        tzname = data.get("timezone")
        zone(tzname)  # validate early
        return cls(
            name=str(data.get("name", "")),
            date_from=d_from,
            date_to=d_to,
            calls_per_agent=n,
            per=per,
            working_days=working,
            stratify_by_queue=_bool(data.get("stratify_by_queue", False), "stratify_by_queue"),
            include_complaint=_bool(data.get("include_complaint", True), "include_complaint"),
            unscored_only=_bool(data.get("unscored_only", True), "unscored_only"),
            agents=tuple(str(a) for a in agents),
            team=_opt_str(flt.get("team")),
            queue=_opt_str(flt.get("queue")),
            direction=direction,
            min_duration=_opt_float(flt.get("min_duration"), "filter.min_duration"),
            max_duration=_opt_float(flt.get("max_duration"), "filter.max_duration"),
            timezone=tzname,
            inspectors=tuple(str(i) for i in inspectors),
            keep_agents_together=_bool(
                data.get("keep_agents_together", False), "keep_agents_together"
            ),
            seed=seed,
        )

    def to_mapping(self) -> dict[str, Any]:
        """The rules in file form (stored with an assignment so it can be redrawn)."""
        out: dict[str, Any] = {
            "name": self.name,
            "period": {"from": self.date_from.isoformat(), "to": self.date_to.isoformat()},
            "calls_per_agent": self.calls_per_agent,
            "per": self.per,
            "working_days": [WEEKDAYS[d] for d in self.working_days],
            "stratify_by_queue": self.stratify_by_queue,
            "include_complaint": self.include_complaint,
            "unscored_only": self.unscored_only,
            "keep_agents_together": self.keep_agents_together,
        }
        flt = {
            "agents": list(self.agents) or None,
            "team": self.team,
            "queue": self.queue,
            "direction": self.direction,
            "min_duration": self.min_duration,
            "max_duration": self.max_duration,
        }
        flt = {k: v for k, v in flt.items() if v is not None}
        if flt:
            out["filter"] = flt
        if self.timezone:
            out["timezone"] = self.timezone
        if self.inspectors:
            out["inspectors"] = list(self.inspectors)
        if self.seed is not None:
            out["seed"] = self.seed
        return out

    def to_json_text(self) -> str:
        return json.dumps(self.to_mapping(), ensure_ascii=False, sort_keys=True)


@dataclass(frozen=True)
class SampleItem:
    call_id: str
    agent: str
    team: str | None
    queue: str | None
    bucket: str  # the working day (YYYY-MM-DD) or ISO week (YYYY-Www) it stands for
    start: datetime
    duration_ms: int
    complaint: bool
    reason: str  # complaint | random | stratified

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["start"] = self.start.isoformat()
        return data


@dataclass(frozen=True)
class Shortfall:
    """A group that had fewer eligible calls than the rules ask for."""

    agent: str
    bucket: str
    available: int
    wanted: int

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Sample:
    """A drawn sample; ``seed`` and ``rules`` redraw it exactly."""

    seed: int
    rules: SamplingRules
    items: list[SampleItem] = field(default_factory=list)
    shortfalls: list[Shortfall] = field(default_factory=list)
    candidates: int = 0

    @property
    def period_from(self) -> date:
        return self.rules.date_from

    @property
    def period_to(self) -> date:
        return self.rules.date_to

    @property
    def call_ids(self) -> list[str]:
        return [i.call_id for i in self.items]

    @property
    def agents(self) -> list[str]:
        return sorted({i.agent for i in self.items})

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.rules.name,
            "seed": self.seed,
            "period": {"from": self.period_from.isoformat(), "to": self.period_to.isoformat()},
            "rules": self.rules.to_mapping(),
            "candidates": self.candidates,
            "count": len(self.items),
            "minutes": round(sum(i.duration_ms for i in self.items) / 60000.0, 2),
            "calls": [i.to_json() for i in self.items],
            "shortfalls": [s.to_json() for s in self.shortfalls],
        }


@dataclass
class _Cand:
    call_id: str
    agent: str
    team: str | None
    queue: str | None
    start: datetime
    duration_ms: int
    complaint: bool


def bucket_of(day: date, per: str) -> str:
    if per == "week":
        iso = day.isocalendar()
        return f"{iso.year}-W{iso.week:02d}"
    return day.isoformat()


def draw(col: Collection, rules: SamplingRules, seed: int | None = None) -> Sample:
    """Draw the sample *rules* describe from *col*'s library (nothing is written)."""
    from qaclient.recordings.library import CallFilter, filter_conditions
    from qaclient.storage.models.recordings import Call

    if seed is None:
        seed = rules.seed if rules.seed is not None else random.SystemRandom().randrange(2**31)
    tz = zone(rules.timezone)
    lo = datetime.combine(rules.date_from, time(0), tzinfo=tz).astimezone(UTC)
    hi = datetime.combine(rules.date_to + timedelta(days=1), time(0), tzinfo=tz).astimezone(UTC)
    flt = CallFilter(
        agent=list(rules.agents) if rules.agents else None,
        team=rules.team,
        queue=rules.queue,
        direction=rules.direction,
        date_from=lo,
        date_to=hi,
        min_duration=rules.min_duration,
        max_duration=rules.max_duration,
        scored=False if rules.unscored_only else None,
    )
    stmt = (
        select(
            Call.call_id,
            Call.agent,
            Call.team,
            Call.queue,
            Call.start_at,
            Call.duration_ms,
            Call.complaint,
        )
        .where(and_(*filter_conditions(flt)))
        .order_by(Call.agent, Call.start_at, Call.call_id)
    )
    groups: dict[tuple[str, str], list[_Cand]] = defaultdict(list)
    candidates = 0
    with col.Session() as s:
        for row in s.execute(stmt):
            if not row.agent:
                continue  # no agent id: not part of any agent's sample
            day = local_day(row.start_at, tz)
            if day.weekday() not in rules.working_days:
                continue
            candidates += 1
            groups[(row.agent, bucket_of(day, rules.per))].append(
                _Cand(
                    call_id=row.call_id,
                    agent=row.agent,
                    team=row.team,
                    queue=row.queue,
                    start=row.start_at,
                    duration_ms=row.duration_ms,
                    complaint=bool(row.complaint),
                )
            )
    items: list[SampleItem] = []
    shortfalls: list[Shortfall] = []
    n = rules.calls_per_agent
    for (agent, bucket), cands in sorted(groups.items()):
        rng = random.Random(f"{seed}|{agent}|{bucket}")
        picked = _pick(cands, n, rng, rules)
        if len(cands) < n:
            shortfalls.append(Shortfall(agent=agent, bucket=bucket, available=len(cands), wanted=n))
        for cand, reason in sorted(picked, key=lambda p: (p[0].start, p[0].call_id)):
            items.append(
                SampleItem(
                    call_id=cand.call_id,
                    agent=agent,
                    team=cand.team,
                    queue=cand.queue,
                    bucket=bucket,
                    start=cand.start,
                    duration_ms=cand.duration_ms,
                    complaint=cand.complaint,
                    reason=reason,
                )
            )
    return Sample(seed=seed, rules=rules, items=items, shortfalls=shortfalls, candidates=candidates)


def _pick(
    cands: list[_Cand], n: int, rng: random.Random, rules: SamplingRules
) -> list[tuple[_Cand, str]]:
    chosen: list[tuple[_Cand, str]] = []
    pool = list(cands)
    if rules.include_complaint:
        complaints = [c for c in pool if c.complaint]
        if complaints:
            first = rng.choice(complaints)
            chosen.append((first, "complaint"))
            pool.remove(first)
    want = n - len(chosen)
    if want <= 0 or not pool:
        return chosen
    if not rules.stratify_by_queue:
        for c in rng.sample(pool, min(want, len(pool))):
            chosen.append((c, "random"))
        return chosen
    by_queue: dict[str, list[_Cand]] = defaultdict(list)
    for c in pool:
        by_queue[c.queue or ""].append(c)
    for lst in by_queue.values():
        rng.shuffle(lst)
    queues = sorted(by_queue)
    rng.shuffle(queues)
    # queues not represented yet come first, so the complaint pick does not double a queue
    seen = {c.queue or "" for c, _ in chosen}
    queues.sort(key=lambda q: q in seen)
    while want > 0 and any(by_queue[q] for q in queues):
        for q in queues:
            if want == 0:
                break
            if by_queue[q]:
                chosen.append((by_queue[q].pop(), "stratified"))
                want -= 1
    return chosen


def balance(
    items: Sequence[tuple[str, str, int]],
    inspectors: Sequence[str],
    *,
    keep_agents_together: bool = False,
) -> dict[str, list[str]]:
    """Share ``(call_id, agent, duration_ms)`` items between *inspectors* by call minutes.

    Longest unit first onto the inspector with the least minutes so far (ties: fewer
    calls, then the order the inspectors were named).  A unit is one call, or all of one
    agent's calls with ``keep_agents_together``.  Deterministic for the same input.
    """
    if not inspectors:
        raise ValueError("no inspectors to share the calls between")
    units: list[tuple[int, str, list[str]]] = []
    if keep_agents_together:
        per_agent: dict[str, list[tuple[str, int]]] = defaultdict(list)
        for cid, agent, dur in items:
            per_agent[agent].append((cid, dur))
        for agent, calls in per_agent.items():
            units.append((sum(d for _, d in calls), agent, [c for c, _ in calls]))
    else:
        units = [(dur, cid, [cid]) for cid, _, dur in items]
    units.sort(key=lambda u: (-u[0], u[1]))
    heap = [(0, 0, idx) for idx in range(len(inspectors))]
    heapq.heapify(heap)
    out: dict[str, list[str]] = {i: [] for i in inspectors}
    for minutes, _key, call_ids in units:
        load, count, idx = heapq.heappop(heap)
        out[inspectors[idx]].extend(call_ids)
        heapq.heappush(heap, (load + minutes, count + len(call_ids), idx))
    # each inspector works through their calls in the order given (agent, day, time)
    order = {cid: i for i, (cid, _, _) in enumerate(items)}
    return {k: sorted(v, key=order.__getitem__) for k, v in out.items()}


# --- parsing helpers ------------------------------------------------------------------------


def _parse_text(path: Path, text: str) -> Any:
    if path.suffix.lower() == ".json":
        try:
            return documents.load_json(text, documents.SETTINGS_LIMITS)
        except documents.DocumentLimitError as exc:
            raise RulesError(f"{path}: {exc.reason}") from exc
        except json.JSONDecodeError as exc:
            raise RulesError(f"{path}:{exc.lineno}:{exc.colno}: invalid JSON: {exc.msg}") from exc
    import yaml

    try:
        return documents.load_yaml(text, documents.safe_loader(), documents.SETTINGS_LIMITS)
    except documents.DocumentLimitError as exc:
        where = f":{exc.line}" if exc.line else ""
        raise RulesError(f"{path}{where}: {exc.reason}") from exc
    except yaml.YAMLError as exc:
        what, line, column = documents.yaml_problem(exc)
        where = f":{line}:{column}" if line else ""
        raise RulesError(f"{path}{where}: invalid YAML: {what}") from exc


def _date(value: Any, key: str) -> date | None:
    from qaclient.dates import DayRangeError, check_day

    if value is None:
        return None
    if isinstance(value, datetime):
        value = value.date()
    if not isinstance(value, date):
        try:
            value = date.fromisoformat(str(value))
        except ValueError as exc:
            raise RulesError(msg("sampling-bad-date", key=key, value=str(value))) from exc
    try:
        return check_day(value, key)
    except DayRangeError as exc:
        raise RulesError(str(exc)) from exc


def _weekdays(value: Any) -> tuple[int, ...]:
    if isinstance(value, str):
        value = [v.strip() for v in value.split(",") if v.strip()]
    if not isinstance(value, list | tuple) or not value:
        raise RulesError(msg("sampling-working-days"))
    out = []
    for v in value:
        key = str(v).strip().lower()[:3]
        if key not in WEEKDAYS:
            raise RulesError(msg("sampling-not-a-weekday", value=str(v)))
        out.append(WEEKDAYS.index(key))
    return tuple(sorted(set(out)))


def _bool(value: Any, key: str) -> bool:
    if isinstance(value, bool):
        return value
    raise RulesError(msg("sampling-bad-bool", key=key, value=str(value)))


def _opt_str(value: Any) -> str | None:
    return None if value is None else str(value)


def _opt_float(value: Any, key: str) -> float | None:
    if value is None:
        return None
    try:
        return float(value)
    except (TypeError, ValueError) as exc:
        raise RulesError(msg("sampling-bad-seconds", key=key, value=str(value))) from exc
