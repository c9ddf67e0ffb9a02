"""The recordings library: the calls an inspector pulls, samples and gets assigned.

``col.library`` is the one entry point the UI and the CLI use:

    page = col.library.search(CallFilter(agent="1001", date_from=date(2026, 11, 2)), limit=50)
    col.library.count(CallFilter(complaint=True))
    report = col.library.import_folder("/recordings/2026-11-02", mapping="mapping.yaml")
    sample = col.library.sample("rules.yaml", seed=7)
    col.library.assign(sample, ["ann", "bob"])
    col.library.assignments("ann")
    col.library.coverage(date(2026, 11, 1), date(2026, 11, 30))

Search pages are ordered by start time (newest first by default) with the call id as a
tie-break, so paging is stable; every common filter has a composite index ending in that
sort key (see ``qaclient/storage/models/recordings.py``), so the first page of a
million-call library comes from an index range scan.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlparse

from sqlalchemy import and_, case, exists, false, func, or_, select, true

from qaclient.messages import msg
from qaclient.storage.db import transaction
from qaclient.storage.models.evaluations import Evaluation
from qaclient.storage.models.recordings import (
    Assignment,
    Call,
    SampleBatch,
    recount_evaluations_sql,
)
from qaclient.storage.types import utcnow

if TYPE_CHECKING:
    from qaclient.collection import Collection
    from qaclient.recordings.importer import ImportProgress, ImportReport
    from qaclient.recordings.sampling import Sample, SamplingRules

DIRECTIONS = ("inbound", "outbound")
ORDERS = ("newest", "oldest")


class LibraryError(ValueError):
    """A request the library cannot honour (unknown call, bad filter value, ...)."""


# --- value types ------------------------------------------------------------------------


@dataclass(frozen=True)
class CallFilter:
    """What the call list shows.  Every field left ``None`` does not filter.

    ``date_from`` / ``date_to``: a ``datetime`` is an exact bound (from inclusive, to
    exclusive; naive datetimes are taken as UTC); a ``date`` means whole days, both ends
    inclusive, in ``timezone`` (an IANA name such as ``Asia/Shanghai``; default UTC).  Durations are in seconds.  ``scored``: True = has an evaluation,
    False = has none.  ``scored_by``: has an evaluation by this login (the UI passes the
    current user for "scored by me").  ``status``: has an evaluation in that status (e.g.
    ``disputed``, or ``revised``: reopened, to revise).  ``text``: substring of the call id or the notes.
    """

    agent: str | Sequence[str] | None = None
    team: str | None = None
    queue: str | None = None
    direction: str | None = None
    date_from: datetime | date | None = None
    date_to: datetime | date | None = None
    min_duration: float | None = None
    max_duration: float | None = None
    complaint: bool | None = None
    scored: bool | None = None
    scored_by: str | None = None
    status: str | Sequence[str] | None = None  # has an evaluation in this status (or these)
    text: str | None = None
    order: str = "newest"
    timezone: str | None = None


@dataclass(frozen=True)
class CallRow:
    """One call as the list and the player see it (a plain value, no session attached)."""

    id: uuid.UUID
    call_id: str
    agent: str
    team: str | None
    queue: str | None
    direction: str | None
    start: datetime
    duration_ms: int
    caller_number: str | None
    complaint: bool
    agent_channel: int | None
    file_uri: str
    content_hash: str
    samplerate: int
    channels: int
    frames: int
    format: str
    subtype: str
    notes: str
    scored: bool
    evaluation_count: int
    metadata_source: str
    file_size: int = 0
    #: personal fields masked (``qaclient.privacy``): ``to_json`` then masks a number in the
    #: file URI as well (the row keeps the real URI: the player and "take offline" need it)
    masked: bool = field(default=False, compare=False)

    @property
    def duration(self) -> float:
        """Seconds."""
        return self.duration_ms / 1000.0

    @property
    def channel_layout(self) -> str:
        """``mono``, ``stereo`` (agent channel unknown), ``stereo-agent-left`` / ``-right``."""
        if self.channels <= 1:
            return "mono"
        if self.agent_channel == 0:
            return "stereo-agent-left"
        if self.agent_channel == 1:
            return "stereo-agent-right"
        return "stereo"

    @property
    def path(self) -> Path | None:
        """The local file of a ``file://`` URI (None for other schemes or no file)."""
        return uri_to_path(self.file_uri)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["id"] = str(self.id)
        data["start"] = self.start.isoformat()
        data["duration"] = self.duration
        data["channel_layout"] = self.channel_layout
        if data.pop("masked"):
            from qaclient.privacy import scrub_text

            data["file_uri"] = scrub_text(self.file_uri, loose=True)
        return data


@dataclass(frozen=True)
class Page:
    """One page of a search: the rows, where it starts, and how many match in total."""

    rows: list[CallRow]
    offset: int
    limit: int
    total: int | None  # None when the caller asked not to count

    @property
    def has_more(self) -> bool:
        if self.total is None:
            return len(self.rows) == self.limit
        return self.offset + len(self.rows) < self.total

    def to_json(self) -> dict[str, Any]:
        return {
            "total": self.total,
            "offset": self.offset,
            "limit": self.limit,
            "calls": [r.to_json() for r in self.rows],
        }


@dataclass(frozen=True)
class AssignmentRow:
    """One call assigned to one inspector; ``status`` follows that inspector's evaluation:
    ``open`` (none yet), ``in_progress`` (a draft), ``done`` (submitted or later),
    ``disputed`` (the agent disputes it) or ``to_revise`` (reopened for revision)."""

    batch_id: uuid.UUID
    batch_name: str
    call_id: str
    inspector: str
    agent: str
    duration_ms: int
    reason: str
    assigned_at: datetime
    assigned_by: str
    status: str
    start: datetime | None = None  # when the call took place
    total: Any = None  # the inspector's score so far (Decimal), None before any evaluation
    grade: str | None = None  # shown once the evaluation is submitted
    auto_fail: bool = False

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["batch_id"] = str(self.batch_id)
        data["assigned_at"] = self.assigned_at.isoformat()
        data["start"] = self.start.isoformat() if self.start else None
        t = self.total
        data["total"] = None if t is None else (int(t) if t == int(t) else float(t))
        return data


@dataclass(frozen=True)
class InspectorLoad:
    inspector: str
    call_ids: list[str]
    duration_ms: int

    @property
    def minutes(self) -> float:
        return round(self.duration_ms / 60000.0, 2)

    def to_json(self) -> dict[str, Any]:
        return {
            "inspector": self.inspector,
            "calls": len(self.call_ids),
            "minutes": self.minutes,
            "call_ids": list(self.call_ids),
        }


@dataclass(frozen=True)
class AssignmentBatch:
    """The result of :meth:`Library.assign`: the stored batch and each inspector's share."""

    batch_id: uuid.UUID
    name: str
    seed: int | None
    loads: list[InspectorLoad]

    def to_json(self) -> dict[str, Any]:
        return {
            "batch_id": str(self.batch_id),
            "name": self.name,
            "seed": self.seed,
            "inspectors": [load.to_json() for load in self.loads],
        }


@dataclass(frozen=True)
class CoverageRow:
    """One agent in a coverage period: calls in the library, and how many were evaluated."""

    agent: str
    team: str | None
    calls: int
    evaluated_calls: int
    days_worked: int  # days with at least one call
    days_covered: int  # days with at least one evaluated call

    @property
    def covered(self) -> bool:
        return self.evaluated_calls > 0

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["covered"] = self.covered
        return data


@dataclass(frozen=True)
class Coverage:
    date_from: date
    date_to: date
    rows: list[CoverageRow] = field(default_factory=list)

    @property
    def uncovered(self) -> list[str]:
        """Agents with no evaluation in the period (the list a QA lead acts on)."""
        return [r.agent for r in self.rows if not r.covered]

    @property
    def day_coverage(self) -> float | None:
        """Share of agent-days worked that have an evaluated call (the 100 % target)."""
        worked = sum(r.days_worked for r in self.rows)
        return None if worked == 0 else sum(r.days_covered for r in self.rows) / worked

    def to_json(self) -> dict[str, Any]:
        return {
            "date_from": self.date_from.isoformat(),
            "date_to": self.date_to.isoformat(),
            "agents": [r.to_json() for r in self.rows],
            "uncovered": self.uncovered,
            "day_coverage": self.day_coverage,
        }


@dataclass(frozen=True)
class ImportRecord:
    """A past folder import as stored (``finished_at`` None: it was interrupted)."""

    batch_id: uuid.UUID
    root: str
    started_at: datetime
    finished_at: datetime | None
    by: str
    counts: dict[str, int]
    rejects: list[dict[str, str]]


# --- helpers ------------------------------------------------------------------------------


def uri_to_path(uri: str) -> Path | None:
    if not uri:
        return None
    parsed = urlparse(uri)
    if parsed.scheme != "file":
        return None
    return Path(unquote(parsed.path))


def _as_utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _zone(name: str | None):
    from qaclient.recordings.sampling import RulesError, zone

    try:
        return zone(name)
    except RulesError as exc:
        raise LibraryError(str(exc)) from exc


def _lower_bound(value: datetime | date, tz_name: str | None = None) -> datetime:
    if isinstance(value, datetime):
        return _as_utc(value)
    return datetime.combine(value, time(0), tzinfo=_zone(tz_name)).astimezone(UTC)


def _upper_bound(value: datetime | date, tz_name: str | None = None) -> datetime:
    if isinstance(value, datetime):
        return _as_utc(value)
    return datetime.combine(value + timedelta(days=1), time(0), tzinfo=_zone(tz_name)).astimezone(
        UTC
    )


def _row_from(c: Any) -> CallRow:
    return CallRow(
        id=c.id,
        call_id=c.call_id,
        agent=c.agent,
        team=c.team,
        queue=c.queue,
        direction=c.direction,
        start=c.start_at,
        duration_ms=c.duration_ms,
        caller_number=c.caller_number,
        complaint=bool(c.complaint),
        agent_channel=c.agent_channel,
        file_uri=c.file_uri,
        content_hash=c.content_hash,
        samplerate=c.samplerate,
        channels=c.channels,
        frames=c.frames,
        format=c.format,
        subtype=c.subtype,
        notes=c.notes,
        scored=bool(c.scored),
        evaluation_count=c.evaluation_count,
        metadata_source=c.metadata_source,
        file_size=c.file_size,
    )


_ROW_COLUMNS = [
    Call.id,
    Call.call_id,
    Call.agent,
    Call.team,
    Call.queue,
    Call.direction,
    Call.start_at,
    Call.duration_ms,
    Call.caller_number,
    Call.complaint,
    Call.agent_channel,
    Call.file_uri,
    Call.content_hash,
    Call.samplerate,
    Call.channels,
    Call.frames,
    Call.format,
    Call.subtype,
    Call.notes,
    Call.scored,
    Call.evaluation_count,
    Call.metadata_source,
    Call.file_size,
]


def filter_conditions(flt: CallFilter) -> list[Any]:
    """SQL conditions for *flt* (shared by search, count and sampling)."""
    conds: list[Any] = [Call.deleted == false()]
    if flt.agent is not None:
        if isinstance(flt.agent, str):
            conds.append(Call.agent == flt.agent)
        else:
            agents = list(flt.agent)
            conds.append(Call.agent.in_(agents) if agents else false())
    if flt.team is not None:
        conds.append(Call.team == flt.team)
    if flt.queue is not None:
        conds.append(Call.queue == flt.queue)
    if flt.direction is not None:
        if flt.direction not in DIRECTIONS:
            raise LibraryError(
                msg(
                    "library-bad-direction", value=str(flt.direction), choices=", ".join(DIRECTIONS)
                )
            )
        conds.append(Call.direction == flt.direction)
    if flt.date_from is not None:
        conds.append(Call.start_at >= _lower_bound(flt.date_from, flt.timezone))
    if flt.date_to is not None:
        conds.append(Call.start_at < _upper_bound(flt.date_to, flt.timezone))
    if flt.min_duration is not None:
        conds.append(Call.duration_ms >= int(round(flt.min_duration * 1000)))
    if flt.max_duration is not None:
        conds.append(Call.duration_ms <= int(round(flt.max_duration * 1000)))
    if flt.complaint is not None:
        conds.append(Call.complaint == (true() if flt.complaint else false()))
    if flt.scored is not None:
        conds.append(Call.scored == (true() if flt.scored else false()))
    if flt.scored_by is not None:
        conds.append(
            exists().where(
                Evaluation.call_id == Call.call_id,
                Evaluation.evaluator == flt.scored_by,
                Evaluation.deleted == false(),
            )
        )
    if flt.status:
        statuses = [flt.status] if isinstance(flt.status, str) else list(flt.status)
        conds.append(
            exists().where(
                Evaluation.call_id == Call.call_id,
                Evaluation.status.in_(statuses),
                Evaluation.deleted == false(),
                Evaluation.calibration_id.is_(None),
            )
        )
    if flt.text:
        pattern = "%" + flt.text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        conds.append(
            or_(Call.call_id.ilike(pattern, escape="\\"), Call.notes.ilike(pattern, escape="\\"))
        )
    return conds


def order_by(order: str) -> list[Any]:
    if order == "newest":
        return [Call.start_at.desc(), Call.call_id.desc()]
    if order == "oldest":
        return [Call.start_at.asc(), Call.call_id.asc()]
    raise LibraryError(msg("library-bad-order", value=str(order), choices=", ".join(ORDERS)))


# --- the service --------------------------------------------------------------------------


class Library:
    """Recordings library service of one open collection (``col.library``)."""

    def __init__(self, col: Collection):
        self.col = col

    # search ----------------------------------------------------------------------------
    def search(
        self,
        filter: CallFilter | None = None,  # noqa: A002 - the public name the UI uses
        offset: int = 0,
        limit: int = 100,
        *,
        with_total: bool = True,
        reveal: bool | None = None,
    ) -> Page:
        """One page of calls matching *filter*, newest first (or ``filter.order``).

        Personal fields (the caller number …) are masked unless the user may see them
        (``col.privacy``; *reveal* False masks them whatever the role)."""
        flt = filter or CallFilter()
        if offset < 0 or limit < 0:
            raise LibraryError(msg("library-negative-page"))
        stmt = (
            select(*_ROW_COLUMNS)
            .where(and_(*filter_conditions(flt)))
            .order_by(*order_by(flt.order))
            .offset(offset)
            .limit(limit)
        )
        masker = self.col.privacy.masker("list", reveal=reveal)
        with self.col.Session() as s:
            rows = [masker.call(_row_from(r)) for r in s.execute(stmt)]
        total = self.count(flt) if with_total else None
        return Page(rows=rows, offset=offset, limit=limit, total=total)

    def count(self, filter: CallFilter | None = None) -> int:  # noqa: A002
        """How many calls match *filter*."""
        flt = filter or CallFilter()
        stmt = select(func.count()).select_from(Call).where(and_(*filter_conditions(flt)))
        with self.col.Session() as s:
            return int(s.execute(stmt).scalar_one())

    def get(self, call_id: str, *, reveal: bool | None = None) -> CallRow | None:
        """The call with this call id, or None (personal fields masked as in :meth:`search`)."""
        stmt = select(*_ROW_COLUMNS).where(Call.call_id == call_id, Call.deleted == false())
        with self.col.Session() as s:
            row = s.execute(stmt).first()
        if row is None:
            return None
        return self.col.privacy.masker("list", reveal=reveal).call(_row_from(row))

    def resolve(self, ref: str) -> CallRow | None:
        """The call named by *ref*: its call id (the phone system's), else the library's own
        ``id`` (what ``calls --json`` lists first); None when the library has neither."""
        row = self.get(ref)
        if row is not None:
            return row
        try:
            own = uuid.UUID(str(ref).strip())
        except ValueError:
            return None
        stmt = select(*_ROW_COLUMNS).where(Call.id == own, Call.deleted == false())
        with self.col.Session() as s:
            found = s.execute(stmt).first()
        return _row_from(found) if found is not None else None

    def holder_of(self, path: str | Path) -> str | None:
        """The call id whose recording is the file at *path* (also through links), or None.

        Outputs are never written over a library recording (:mod:`qaclient.outputs`)."""
        p = Path(path)
        if not p.exists():
            return None
        tail = "/" + p.resolve().as_uri().rsplit("/", 1)[-1]
        stmt = select(Call.call_id, Call.file_uri).where(Call.file_uri.endswith(tail))
        with self.col.Session() as s:
            rows = s.execute(stmt).all()
        for call_id, uri in rows:
            held = uri_to_path(uri)
            try:
                if held is not None and held.exists() and held.samefile(p):
                    return str(call_id)
            except OSError:
                continue
        return None

    def find_by_hash(self, content_hash: str, *, reveal: bool | None = None) -> list[CallRow]:
        """Calls whose audio has this content hash (a moved or copied file)."""
        stmt = select(*_ROW_COLUMNS).where(
            Call.content_hash == content_hash, Call.deleted == false()
        )
        masker = self.col.privacy.masker("list", reveal=reveal)
        with self.col.Session() as s:
            return [masker.call(_row_from(r)) for r in s.execute(stmt)]

    def distinct_values(self, column: str) -> list[str]:
        """Values present in ``agent`` / ``team`` / ``queue`` (for the filter combo boxes)."""
        if column not in ("agent", "team", "queue"):
            raise LibraryError(msg("library-no-value-list", column=str(column)))
        col = getattr(Call, column)
        stmt = select(col).where(col.is_not(None), Call.deleted == false()).distinct().order_by(col)
        with self.col.Session() as s:
            return [v for v in s.execute(stmt).scalars() if v]

    # adding calls --------------------------------------------------------------------------
    def import_folder(
        self,
        path: str | Path,
        mapping: str | Path | Mapping[str, Any] | None = None,
        progress: ImportProgress | Callable[[int, int, str], Any] | None = None,
        *,
        workers: int | None = None,
    ) -> ImportReport:
        """Import every recording below *path* (recursively) with its metadata.

        Never writes to *path*.  See :mod:`qaclient.recordings.importer`.  A folder imported
        on this machine becomes one of its trusted recording roots ("take offline" reads
        ``file:`` recordings only below those: ``qaclient.sync.offline_cache.SourcePolicy``).
        """
        from qaclient.recordings.importer import Importer
        from qaclient.sync.offline_cache import add_recording_root

        report = Importer(self.col, mapping=mapping, workers=workers).run(Path(path), progress)
        if Path(path).is_dir():
            add_recording_root(path)
        return report

    def imports(self, limit: int = 20) -> list[ImportRecord]:
        """The last *limit* folder imports, newest first, with their counts and rejects."""
        import json

        from qaclient.storage.models.recordings import ImportBatch

        stmt = (
            select(ImportBatch)
            .where(ImportBatch.deleted == false())
            .order_by(ImportBatch.started_at.desc())
            .limit(limit)
        )
        with self.col.Session() as s:
            return [
                ImportRecord(
                    batch_id=b.id,
                    root=b.root,
                    started_at=b.started_at,
                    finished_at=b.finished_at,
                    by=b.created_by,
                    counts=json.loads(b.counts or "{}"),
                    rejects=json.loads(b.rejects or "[]"),
                )
                for b in s.execute(stmt).scalars()
            ]

    def add_call(
        self,
        call_id: str,
        *,
        agent: str = "",
        start: datetime | None = None,
        duration: float | None = None,
        team: str | None = None,
        queue: str | None = None,
        direction: str | None = None,
        caller_number: str | None = None,
        complaint: bool = False,
        agent_channel: int | None = None,
        file: str | Path | None = None,
        notes: str = "",
        source: str = "manual",
    ) -> CallRow:
        """Add one call (demo data, tests, programmatic use).

        With *file*, the audio is probed and hashed like an import (a bad file raises
        :class:`qaclient.recordings.probe.ProbeError`) and its duration is used unless
        *duration* is given.  Without a file the call has metadata only.
        """
        from qaclient.recordings.hashing import hash_file
        from qaclient.recordings.probe import probe

        if not call_id:
            raise LibraryError(msg("library-needs-call-id"))
        if direction is not None and direction not in DIRECTIONS:
            raise LibraryError(
                msg("library-bad-direction", value=str(direction), choices=", ".join(DIRECTIONS))
            )
        if agent_channel not in (None, 0, 1):
            raise LibraryError(msg("library-bad-agent-channel"))
        values: dict[str, Any] = {}
        if file is not None:
            p = Path(file).resolve()
            info = probe(p)
            values.update(
                file_uri=p.as_uri(),
                file_size=info.size,
                content_hash=hash_file(p),
                samplerate=info.samplerate,
                channels=info.channels,
                frames=info.frames,
                format=info.format,
                subtype=info.subtype,
                duration_ms=info.duration_ms,
            )
        if duration is not None:
            values["duration_ms"] = int(round(duration * 1000))
        start_at = _as_utc(start) if start is not None else utcnow()
        actor = self.col.actor
        with transaction(self.col.Session) as s:
            if s.execute(select(Call.id).where(Call.call_id == call_id)).first():
                raise LibraryError(msg("library-call-exists", call=call_id))
            call = Call(
                call_id=call_id,
                agent=agent,
                team=team,
                queue=queue,
                direction=direction,
                start_at=start_at,
                caller_number=caller_number,
                complaint=complaint,
                agent_channel=agent_channel,
                notes=notes,
                metadata_source=source,
                created_by=actor,
                updated_by=actor,
                **values,
            )
            s.add(call)
            s.flush()
            for stmt in recount_evaluations_sql([call_id]):
                s.execute(stmt)
        row = self.get(call_id)
        assert row is not None
        return row

    def set_notes(self, call_id: str, notes: str) -> None:
        """Replace the free-text notes of a call (searchable with ``CallFilter.text``)."""
        with transaction(self.col.Session) as s:
            call = s.execute(select(Call).where(Call.call_id == call_id)).scalar_one_or_none()
            if call is None:
                raise LibraryError(msg("library-no-call", call=call_id))
            call.notes = notes
            call.rev += 1
            call.dirty = True
            call.updated_at = utcnow()
            call.updated_by = self.col.actor

    # scored flag ---------------------------------------------------------------------------
    def mark_scored(self, call_id: str) -> None:
        """Recount the evaluations of *call_id* into ``calls.scored``.

        ORM writes of evaluations do this by themselves (flush hook); call it after
        writing evaluations with Core statements (e.g. a sync pull).
        """
        self.refresh_scored([call_id])

    def refresh_scored(self, call_ids: Iterable[str] | None = None) -> None:
        """Recount evaluations for *call_ids*, or for every call when None."""
        with transaction(self.col.Session) as s:
            if call_ids is None:
                ids = list(s.execute(select(Call.call_id)).scalars())
            else:
                ids = list(call_ids)
            for stmt in recount_evaluations_sql(ids):
                s.execute(stmt)

    # sampling and assignments -----------------------------------------------------------
    def sample(
        self, rules: SamplingRules | Mapping[str, Any] | str | Path, seed: int | None = None
    ) -> Sample:
        """Draw a reproducible sample of calls by *rules* (see :mod:`.sampling`).

        The same rules, seed and library give the same sample.  Nothing is stored until
        :meth:`assign`.
        """
        from qaclient.recordings.sampling import SamplingRules, draw

        if not isinstance(rules, SamplingRules):
            rules = SamplingRules.load(rules)
        return draw(self.col, rules, seed)

    def assign(
        self,
        calls: Sample | Sequence[str],
        inspectors: Sequence[str] | None = None,
        *,
        name: str = "",
        keep_agents_together: bool | None = None,
    ) -> AssignmentBatch:
        """Share *calls* between *inspectors*, balanced by total call minutes, and store it.

        *calls* is a :class:`Sample` (its rules may name the inspectors) or call ids.
        With ``keep_agents_together`` each agent's calls go to one inspector.
        """
        from qaclient.recordings.sampling import Sample, balance

        seed: int | None = None
        rules_json = "{}"
        period_from = period_to = None
        if isinstance(calls, Sample):
            sample = calls
            inspectors = list(inspectors or sample.rules.inspectors)
            if keep_agents_together is None:
                keep_agents_together = sample.rules.keep_agents_together
            name = name or sample.rules.name
            seed = sample.seed
            rules_json = sample.rules.to_json_text()
            period_from, period_to = sample.period_from, sample.period_to
            items = [(i.call_id, i.agent, i.duration_ms, i.reason) for i in sample.items]
        else:
            ids = list(dict.fromkeys(calls))
            found = {}
            with self.col.Session() as s:
                for i in range(0, len(ids), 500):
                    chunk = ids[i : i + 500]
                    for cid, agent, dur in s.execute(
                        select(Call.call_id, Call.agent, Call.duration_ms).where(
                            Call.call_id.in_(chunk), Call.deleted == false()
                        )
                    ):
                        found[cid] = (agent, dur)
            missing = [c for c in ids if c not in found]
            if missing:
                raise LibraryError(
                    msg(
                        "library-calls-missing",
                        calls=", ".join(missing[:10]),
                        more=max(0, len(missing) - 10),
                    )
                )
            items = [(c, found[c][0], found[c][1], "manual") for c in ids]
        inspectors = [i.strip() for i in (inspectors or []) if i and i.strip()]
        if not inspectors:
            raise LibraryError(msg("library-needs-inspector"))
        if len(set(inspectors)) != len(inspectors):
            raise LibraryError(msg("library-inspector-twice"))
        shares = balance(
            [(cid, agent, dur) for cid, agent, dur, _ in items],
            inspectors,
            keep_agents_together=bool(keep_agents_together),
        )
        reasons = {cid: reason for cid, _, _, reason in items}
        info = {cid: (agent, dur) for cid, agent, dur, _ in items}
        actor = self.col.actor
        batch_id = uuid.uuid4()
        with transaction(self.col.Session) as s:
            s.add(
                SampleBatch(
                    id=batch_id,
                    name=name,
                    seed=seed if seed is not None else 0,
                    rules=rules_json,
                    period_from=period_from,
                    period_to=period_to,
                    created_by=actor,
                    updated_by=actor,
                )
            )
            s.flush()
            for inspector, call_ids in shares.items():
                for cid in call_ids:
                    agent, dur = info[cid]
                    s.add(
                        Assignment(
                            batch_id=batch_id,
                            call_id=cid,
                            inspector=inspector,
                            agent=agent,
                            duration_ms=dur,
                            reason=reasons[cid],
                            created_by=actor,
                            updated_by=actor,
                        )
                    )
        loads = [
            InspectorLoad(
                inspector=i,
                call_ids=list(shares[i]),
                duration_ms=sum(info[c][1] for c in shares[i]),
            )
            for i in inspectors
        ]
        return AssignmentBatch(batch_id=batch_id, name=name, seed=seed, loads=loads)

    def assignments(
        self, inspector: str | None = None, *, include_done: bool = True
    ) -> list[AssignmentRow]:
        """Calls assigned to *inspector* (default: the current user), oldest batch first."""
        who = inspector or self.col.actor
        ev = Evaluation
        status_rank = (
            select(func.max(case((ev.status != "draft", 1), else_=0)))
            .where(ev.call_id == Assignment.call_id, ev.evaluator == Assignment.inspector)
            .where(ev.deleted == false())
            .scalar_subquery()
        )
        stmt = (
            select(Assignment, SampleBatch.name, status_rank)
            .join(SampleBatch, SampleBatch.id == Assignment.batch_id)
            .where(Assignment.inspector == who, Assignment.deleted == false())
            .order_by(Assignment.created_at, Assignment.call_id)
        )
        out = []
        with self.col.Session() as s:
            found = s.execute(stmt).all()
            ids = sorted({a.call_id for a, _n, _r in found})
            starts: dict[str, datetime] = {}
            scores: dict[str, tuple[Any, str | None, bool, str]] = {}
            for chunk in (ids[i : i + 500] for i in range(0, len(ids), 500)):
                starts.update(
                    s.execute(
                        select(Call.call_id, Call.start_at).where(Call.call_id.in_(chunk))
                    ).all()
                )
                for cid, total, grade, failed, st in s.execute(
                    select(ev.call_id, ev.total, ev.grade, ev.auto_fail, ev.status)
                    .where(ev.call_id.in_(chunk), ev.evaluator == who, ev.deleted == false())
                    .order_by(ev.updated_at)
                ):
                    scores[cid] = (total, grade, bool(failed), st)  # the newest wins
            for a, batch_name, rank in found:
                status = "open" if rank is None else ("done" if rank else "in_progress")
                total, grade, failed, st = scores.get(a.call_id, (None, None, False, ""))
                if st in ("disputed", "revised"):
                    # the agent disputes it, or it was reopened: work for the inspector
                    status = "disputed" if st == "disputed" else "to_revise"
                if status == "done" and not include_done:
                    continue
                out.append(
                    AssignmentRow(
                        batch_id=a.batch_id,
                        batch_name=batch_name,
                        call_id=a.call_id,
                        inspector=a.inspector,
                        agent=a.agent,
                        duration_ms=a.duration_ms,
                        reason=a.reason,
                        assigned_at=a.created_at,
                        assigned_by=a.created_by,
                        status=status,
                        start=starts.get(a.call_id),
                        total=total,
                        grade=grade if st != "draft" else None,
                        auto_fail=failed,
                    )
                )
        return out

    # coverage ------------------------------------------------------------------------------
    def coverage(
        self,
        date_from: date,
        date_to: date,
        *,
        team: str | None = None,
        timezone: str | None = None,
    ) -> Coverage:
        """Per agent: calls in [date_from, date_to] (whole days, both inclusive, in
        *timezone*, default UTC) and how many have an evaluation.

        Agents come from the calls in the period and from active users with the agent role
        (an agent with no recorded call is uncovered too).
        """
        from qaclient.dates import DayRangeError, check_period
        from qaclient.recordings.sampling import RulesError, local_day, zone

        try:
            check_period(date_from, date_to)
        except DayRangeError as exc:
            raise RulesError(str(exc)) from exc
        tz = zone(timezone)
        lo = datetime.combine(date_from, time(0), tzinfo=tz).astimezone(UTC)
        hi = datetime.combine(date_to + timedelta(days=1), time(0), tzinfo=tz).astimezone(UTC)
        conds = [Call.deleted == false(), Call.start_at >= lo, Call.start_at < hi]
        if team is not None:
            conds.append(Call.team == team)
        from qaclient.reports.common import REPORTABLE

        # a call counts as evaluated when it has a submitted (reportable) evaluation, as in
        # the KPI report's sample coverage: a draft is work in progress, not a sample
        reported = exists().where(
            Evaluation.call_id == Call.call_id,
            Evaluation.deleted == false(),
            Evaluation.status.in_(REPORTABLE),
        )
        stats: dict[str, dict[str, Any]] = {}
        with self.col.Session() as s:
            for agent, agent_team, start_at, scored in s.execute(
                select(Call.agent, Call.team, Call.start_at, reported).where(and_(*conds))
            ):
                if not agent:
                    continue  # a call with no agent id cannot be credited to anyone
                st = stats.setdefault(
                    agent,
                    {
                        "team": agent_team,
                        "calls": 0,
                        "evaluated": 0,
                        "days": set(),
                        "covered": set(),
                    },
                )
                day = local_day(start_at, tz)
                st["calls"] += 1
                st["days"].add(day)
                if scored:
                    st["evaluated"] += 1
                    st["covered"].add(day)
                if st["team"] is None:
                    st["team"] = agent_team
            try:
                from qaclient.storage.models.users import Role, User

                ucond = [
                    User.role == Role.AGENT.value,
                    User.active == true(),
                    User.deleted == false(),
                ]
                if team is not None:
                    ucond.append(User.team == team)
                for login, uteam in s.execute(select(User.login, User.team).where(and_(*ucond))):
                    stats.setdefault(
                        login,
                        {
                            "team": uteam,
                            "calls": 0,
                            "evaluated": 0,
                            "days": set(),
                            "covered": set(),
                        },
                    )
            except Exception:  # pragma: no cover - users table missing in an odd store
                pass
        rows = [
            CoverageRow(
                agent=agent,
                team=st["team"],
                calls=st["calls"],
                evaluated_calls=st["evaluated"],
                days_worked=len(st["days"]),
                days_covered=len(st["covered"]),
            )
            for agent, st in sorted(stats.items())
        ]
        return Coverage(date_from=date_from, date_to=date_to, rows=rows)
