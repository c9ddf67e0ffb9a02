"""The rubric catalogue: rubric versions in the store (``col.rubrics``).

Every rubric an evaluation was ever scored on is kept as an immutable
:class:`~qaclient.storage.models.rubrics.RubricVersion`: its canonical JSON
(``loader.dump_document``), the sha256 of that content, a status
(draft → trial → active → retired) and effective dates.  The same content is always the
same version (installing the shipped files twice changes nothing); changed content is a
new version.  Evaluations keep the version's UUID and are re-scored against exactly it.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from qaclient import audit_trail, paths
from qaclient.messages import msg
from qaclient.rubrics.loader import (
    Problem,
    RubricValidationError,
    canonical_json,
    dump_document,
    load_document,
    load_file,
)
from qaclient.rubrics.model import Rubric, RubricStatus, label
from qaclient.storage.models.rubrics import RubricVersion

RUBRIC_SUFFIXES = (".yaml", ".yml", ".json")
#: Forward order of the statuses; a version only ever moves to a later one.
STATUS_ORDER = {
    RubricStatus.DRAFT: 0,
    RubricStatus.TRIAL: 1,
    RubricStatus.ACTIVE: 2,
    RubricStatus.RETIRED: 3,
}
#: Top-level keys that are catalogue state, not content (they do not change the hash).
STATE_KEYS = ("version", "status", "effective_from", "effective_to")


class RubricNotFound(LookupError):
    """No rubric or rubric version by that name / id / path."""


class StatusError(ValueError):
    """A status change the version lifecycle does not allow (e.g. retired -> active)."""


@dataclass(frozen=True)
class VersionInfo:
    """One stored rubric version, without its content."""

    id: uuid.UUID
    rubric_id: str
    version: int
    status: RubricStatus
    effective_from: date | None
    effective_to: date | None
    title: str
    content_hash: str
    created_at: datetime
    created_by: str


@dataclass
class InstallReport:
    added: list[VersionInfo] = field(default_factory=list)
    unchanged: list[VersionInfo] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)  # files that did not load (skipped)


def content_of(rubric: Rubric) -> tuple[dict, str]:
    """The canonical document of *rubric* without catalogue state, and its sha256."""
    doc = dump_document(rubric)
    for key in STATE_KEYS:
        doc.pop(key, None)
    text = canonical_json(doc)
    return doc, hashlib.sha256(text.encode("utf-8")).hexdigest()


def _info(row: RubricVersion) -> VersionInfo:
    return VersionInfo(
        id=row.id,
        rubric_id=row.rubric_id,
        version=row.version,
        status=RubricStatus(row.status),
        effective_from=row.effective_from,
        effective_to=row.effective_to,
        title=row.title,
        content_hash=row.content_hash,
        created_at=row.created_at,
        created_by=row.created_by,
    )


def _today() -> date:
    return datetime.now().date()


class RubricCatalog:
    """Rubric versions of one :class:`~qaclient.collection.Collection`."""

    def __init__(self, col):
        self.col = col
        self._content_cache: dict[uuid.UUID, Rubric] = {}  # immutable content by version id

    # ------------------------------------------------------------------ adding
    def install_shipped(self, directory: Path | None = None) -> InstallReport:
        """Store every rubric file shipped in ``resources/rubrics`` (idempotent).

        A file whose content is already stored changes nothing; changed content becomes a
        new version.  A file that does not load is skipped and reported, never half-stored.
        """
        report = InstallReport()
        folder = directory or paths.rubrics_dir()
        files = (
            sorted(p for p in folder.iterdir() if p.suffix.lower() in RUBRIC_SUFFIXES)
            if folder.is_dir()
            else []
        )
        for path in files:
            try:
                rubric = load_file(path)
            except RubricValidationError as exc:
                report.problems.extend(exc.problems)
                continue
            info, created = self._add(rubric, rubric.status, rubric.effective_from)
            (report.added if created else report.unchanged).append(info)
        return report

    def add(
        self,
        rubric_or_path: Rubric | str | Path,
        status: RubricStatus | str | None = None,
        effective_from: date | None = None,
    ) -> uuid.UUID:
        """Store a rubric (or the rubric file at a path) and return its version id.

        *status* defaults to the status written in the rubric.  Content already stored
        for that rubric returns the existing version unchanged.
        """
        rubric = rubric_or_path if isinstance(rubric_or_path, Rubric) else load_file(rubric_or_path)
        st = RubricStatus(status) if status is not None else rubric.status
        info, _created = self._add(rubric, st, effective_from or rubric.effective_from)
        return info.id

    def _add(
        self, rubric: Rubric, status: RubricStatus, effective_from: date | None
    ) -> tuple[VersionInfo, bool]:
        try:
            return self._add_once(rubric, status, effective_from)
        except IntegrityError:
            # another client stored a version of this rubric at the same moment: the
            # second attempt sees it (same content) or takes the next version number
            return self._add_once(rubric, status, effective_from)

    def _add_once(
        self, rubric: Rubric, status: RubricStatus, effective_from: date | None
    ) -> tuple[VersionInfo, bool]:
        doc, digest = content_of(rubric)
        with self.col.Session() as session, session.begin():
            existing = session.scalars(
                select(RubricVersion)
                .where(RubricVersion.rubric_id == rubric.id, RubricVersion.content_hash == digest)
                .order_by(RubricVersion.version)
            ).first()
            if existing is not None:
                return _info(existing), False
            taken = set(
                session.scalars(
                    select(RubricVersion.version).where(RubricVersion.rubric_id == rubric.id)
                )
            )
            number = rubric.version if rubric.version not in taken else (max(taken) + 1)
            eff_from = effective_from
            if status is RubricStatus.ACTIVE and eff_from is None:
                eff_from = _today()
            stored = dict(doc)
            stored["version"] = number
            stored["status"] = status.value
            if eff_from:
                stored["effective_from"] = eff_from.isoformat()
            if rubric.effective_to:
                stored["effective_to"] = rubric.effective_to.isoformat()
            actor = self.col.actor
            row = RubricVersion(
                id=uuid.uuid4(),
                rubric_id=rubric.id,
                version=number,
                status=status.value,
                effective_from=eff_from,
                effective_to=rubric.effective_to,
                title=label(rubric.labels, "en")[:300],
                content=canonical_json(stored),
                content_hash=digest,
                created_by=actor,
                updated_by=actor,
            )
            session.add(row)
            session.flush()
            audit_trail.record(
                session,
                actor,
                "rubric",
                row.id,
                "create",
                "version",
                None,
                {"rubric": rubric.id, "version": number, "status": status.value},
            )
            if status is RubricStatus.ACTIVE:
                self._retire_others(session, row, eff_from or _today())
            return _info(row), True

    # ------------------------------------------------------------------ reading
    def get(self, name: str, on: date | None = None) -> Rubric:
        """The version of rubric *name* in force on *on* (default today), else the newest."""
        return self.get_version(self._select(name, on).id)

    def _select(self, name: str, on: date | None) -> VersionInfo:
        rows = [v for v in self.versions(name)]
        if not rows:
            raise RubricNotFound(msg("rubrics-no-rubric", name=name))
        day = on or _today()
        in_force = [
            v
            for v in rows
            if v.effective_from is not None
            and v.status in (RubricStatus.ACTIVE, RubricStatus.RETIRED)
            and v.effective_from <= day
            and (v.effective_to is None or day <= v.effective_to)
        ]
        if in_force:
            return max(in_force, key=lambda v: (v.effective_from, v.version))
        active = [v for v in rows if v.status is RubricStatus.ACTIVE]
        if active and on is None:
            return max(active, key=lambda v: v.version)
        live = [v for v in rows if v.status is not RubricStatus.RETIRED] or rows
        return max(live, key=lambda v: v.version)

    def get_version(self, version_id: uuid.UUID | str) -> Rubric:
        """The rubric of exactly this stored version (cached; the content never changes)."""
        vid = version_id if isinstance(version_id, uuid.UUID) else _as_uuid(version_id)
        if vid is None:
            raise RubricNotFound(msg("rubrics-bad-version-id", value=str(version_id)))
        cached = self._content_cache.get(vid)
        if cached is not None:
            return cached
        row = self._row(vid)
        try:
            rubric = load_document(json.loads(row.content), f"rubric version {vid}")
        except (RubricValidationError, ValueError) as exc:  # a damaged row: say which
            raise RubricNotFound(
                msg("rubrics-version-unreadable", id=str(vid), reason=str(exc))
            ) from exc
        # status and dates are catalogue state: the row's values (the cache entry is
        # dropped whenever this catalogue changes them)
        rubric = replace(
            rubric,
            version=row.version,
            status=RubricStatus(row.status),
            effective_from=row.effective_from,
            effective_to=row.effective_to,
        )
        self._content_cache[vid] = rubric
        return rubric

    def _row(self, vid: uuid.UUID) -> RubricVersion:
        with self.col.Session() as session:
            row = session.get(RubricVersion, vid)
            if row is None or row.deleted:
                raise RubricNotFound(msg("rubrics-no-version", id=str(vid)))
            session.expunge(row)
            return row

    def version_row(self, version_id: uuid.UUID | str) -> VersionInfo:
        """Catalogue facts of one version (status, dates, hash) without loading it."""
        vid = version_id if isinstance(version_id, uuid.UUID) else _as_uuid(version_id)
        if vid is None:
            raise RubricNotFound(msg("rubrics-bad-version-id", value=str(version_id)))
        return _info(self._row(vid))

    def version_id(self, name: str, on: date | None = None) -> uuid.UUID:
        """The id of the version :meth:`get` would return."""
        return self._select(name, on).id

    def resolve(
        self, ref: str | Path | uuid.UUID, on: date | None = None
    ) -> tuple[uuid.UUID, Rubric]:
        """A rubric by version id, file path or name: ``(version id, rubric)``.

        A file is validated and stored as a version if its content is new (as a draft
        unless the same content is already stored), so an evaluation scored on it can
        always be re-read.  Raises :class:`RubricNotFound` or
        :class:`~qaclient.rubrics.loader.RubricValidationError`.
        """
        if isinstance(ref, uuid.UUID):
            return ref, self.get_version(ref)
        text = str(ref)
        vid = _as_uuid(text)
        if vid is not None:
            return vid, self.get_version(vid)
        path = Path(text).expanduser()
        if isinstance(ref, Path) or path.suffix.lower() in RUBRIC_SUFFIXES or path.exists():
            if not path.exists():
                raise RubricNotFound(msg("rubrics-file-not-found", path=text))
            rubric = load_file(path)
            info, _ = self._add(rubric, RubricStatus.DRAFT, None)
            return info.id, self.get_version(info.id)
        try:
            info = self._select(text, on)
        except RubricNotFound:
            # the shipped rubrics are always available by name, even in a fresh store
            if self._shipped_names().get(text) is None:
                raise
            self.install_shipped()
            info = self._select(text, on)
        return info.id, self.get_version(info.id)

    def _shipped_names(self) -> dict[str, Path]:
        folder = paths.rubrics_dir()
        out: dict[str, Path] = {}
        if folder.is_dir():
            for p in sorted(folder.iterdir()):
                if p.suffix.lower() in RUBRIC_SUFFIXES:
                    out[p.stem] = p
        return out

    def versions(self, name: str | None = None) -> list[VersionInfo]:
        """Stored versions (of rubric *name*, or all), by rubric then version."""
        with self.col.Session() as session:
            q = select(RubricVersion).where(RubricVersion.deleted.is_(False))
            if name is not None:
                q = q.where(RubricVersion.rubric_id == name)
            rows = session.scalars(q.order_by(RubricVersion.rubric_id, RubricVersion.version)).all()
            return [_info(r) for r in rows]

    def list(self) -> list[VersionInfo]:
        """Every stored rubric version."""
        return self.versions()

    def names(self) -> list[str]:
        with self.col.Session() as session:
            return list(
                session.scalars(
                    select(RubricVersion.rubric_id)
                    .where(RubricVersion.deleted.is_(False))
                    .group_by(RubricVersion.rubric_id)
                )
            )

    def count(self) -> int:
        with self.col.Session() as session:
            return int(session.scalar(select(func.count()).select_from(RubricVersion)) or 0)

    # ------------------------------------------------------------------ lifecycle
    def set_status(
        self,
        version_id: uuid.UUID | str,
        status: RubricStatus | str,
        effective_from: date | None = None,
    ) -> VersionInfo:
        """Move a version forward in draft → trial → active → retired.

        Activating sets ``effective_from`` (default today) and retires the previously
        active version of the same rubric from that date (its ``effective_to`` becomes the
        day before).  Retiring sets ``effective_to`` to the day before *effective_from*
        (default: retired from today).  Going back is a :class:`StatusError`.
        """
        vid = version_id if isinstance(version_id, uuid.UUID) else _as_uuid(version_id)
        if vid is None:
            raise RubricNotFound(msg("rubrics-bad-version-id", value=str(version_id)))
        new = RubricStatus(status)
        with self.col.Session() as session, session.begin():
            row = session.get(RubricVersion, vid)
            if row is None or row.deleted:
                raise RubricNotFound(msg("rubrics-no-version", id=str(vid)))
            old = RubricStatus(row.status)
            if STATUS_ORDER[new] < STATUS_ORDER[old] or (
                new is old and new is not RubricStatus.ACTIVE
            ):
                raise StatusError(
                    msg(
                        "rubrics-bad-status-change",
                        rubric=row.rubric_id,
                        version=str(row.version),
                        old=old.value,
                        new=new.value,
                    )
                )
            day = effective_from or _today()
            if new is RubricStatus.ACTIVE:
                if row.effective_to is not None and row.effective_to < day:
                    row.effective_to = None
                row.effective_from = day
                self._retire_others(session, row, day)
            elif new is RubricStatus.RETIRED:
                end = day - timedelta(days=1)
                if row.effective_from is not None and end < row.effective_from:
                    end = row.effective_from - timedelta(days=1)  # never in force
                row.effective_to = end if row.effective_from is not None else None
            row.status = new.value
            self._touch(row)
            audit_trail.record(
                session, self.col.actor, "rubric", row.id, "status", "status", old.value, new.value
            )
            session.flush()
            info = _info(row)
        self._content_cache.pop(vid, None)
        return info

    def _retire_others(self, session, row: RubricVersion, day: date) -> None:
        others = session.scalars(
            select(RubricVersion).where(
                RubricVersion.rubric_id == row.rubric_id,
                RubricVersion.status == RubricStatus.ACTIVE.value,
                RubricVersion.id != row.id,
            )
        ).all()
        for other in others:
            other.status = RubricStatus.RETIRED.value
            end = day - timedelta(days=1)
            if other.effective_from is not None and end < other.effective_from:
                end = other.effective_from - timedelta(days=1)  # superseded before it started
            other.effective_to = end
            self._touch(other)
            audit_trail.record(
                session, self.col.actor, "rubric", other.id, "status", "status", "active", "retired"
            )
            self._content_cache.pop(other.id, None)

    def _touch(self, row: RubricVersion) -> None:
        row.touch(self.col.actor)


def _as_uuid(text: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(text))
    except (ValueError, AttributeError, TypeError):
        return None
