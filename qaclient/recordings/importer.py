"""Folder import: walk, probe, hash, match metadata, and add the calls to the library.

What an inspector can rely on:

* **Nothing in the source folder is ever written** — files are only opened for reading;
  no sidecar, cache or lock file is created there.
* **Every recording is probed** (:mod:`.probe`) before it is accepted.  Bad files are
  listed in the report with a specific reason and never stop the import.
* **Re-importing is idempotent**: a call is identified by its call id and its content
  hash.  The same file again is ``unchanged`` (or ``updated`` when the metadata now says
  more); a file that moved is found by its hash and ``relocated`` (the call keeps its id,
  its evaluations and its assignments); the same audio under a second name while the
  first still exists is rejected as a ``duplicate``; a call id that arrives with other
  audio is rejected as a ``conflict`` instead of silently replacing the recording.
* **Progress** is reported after every file; the callback may return ``False`` to stop
  (what was imported so far stays — commits go in chunks, and the next run carries on).

Probing and hashing run in a thread pool (libsndfile and hashlib release the GIL), in
file order, so results and duplicate resolution are deterministic.
"""

from __future__ import annotations

import json
import os
import re
import stat
import uuid
from collections import defaultdict, deque
from collections.abc import Callable, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy import insert, or_, select, update

from qaclient.messages import msg, tr
from qaclient.recordings.hashing import hash_file
from qaclient.recordings.metadata.base import CallMeta, MetadataError
from qaclient.recordings.metadata.filename_pattern import FilenamePatterns
from qaclient.recordings.metadata.mapping import ImportMapping
from qaclient.recordings.metadata.registry import (
    METADATA_EXTENSIONS,
    PRIORITY,
    detect,
    make_sources,
)
from qaclient.recordings.probe import AUDIO_EXTENSIONS, ProbeError, ProbeInfo, probe
from qaclient.storage.db import transaction
from qaclient.storage.models.recordings import Call, ImportBatch, recount_evaluations_sql
from qaclient.storage.types import utcnow

if TYPE_CHECKING:
    from qaclient.collection import Collection

CHUNK = 256
_UUID_RE = re.compile(
    r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.IGNORECASE
)
#: Call fields metadata may update on a re-import (never the audio facts).
UPDATABLE = (
    "agent",
    "team",
    "queue",
    "direction",
    "start_at",
    "caller_number",
    "complaint",
    "agent_channel",
    "notes",
)


class ImportProgress(Protocol):
    def __call__(self, done: int, total: int, path: str) -> bool | None: ...


class FolderImportError(ValueError):
    """The import cannot start (folder missing, bad mapping file)."""


@dataclass(frozen=True)
class Reject:
    path: str  # relative to the import folder
    code: str  # probe codes, plus duplicate / conflict / metadata
    reason: str

    def to_json(self) -> dict[str, str]:
        return asdict(self)


@dataclass
class MetadataFileReport:
    path: str
    source: str
    records: int = 0
    matched: int = 0
    skipped: int = 0
    errors: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class ImportReport:
    """What an import did; ``to_json()`` is the ``qaclient import --json`` contract."""

    root: str
    batch_id: uuid.UUID | None = None
    started_at: datetime = field(default_factory=utcnow)
    finished_at: datetime | None = None
    scanned: int = 0  # recordings found (files with an audio extension)
    imported: int = 0
    updated: int = 0
    relocated: int = 0
    unchanged: int = 0
    rejects: list[Reject] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)
    metadata_files: list[MetadataFileReport] = field(default_factory=list)
    unmatched_records: int = 0
    warnings: list[str] = field(default_factory=list)
    cancelled: bool = False

    @property
    def rejected(self) -> int:
        return len(self.rejects)

    @property
    def seconds(self) -> float:
        end = self.finished_at or utcnow()
        return (end - self.started_at).total_seconds()

    def counts(self) -> dict[str, int]:
        return {
            "scanned": self.scanned,
            "imported": self.imported,
            "updated": self.updated,
            "relocated": self.relocated,
            "unchanged": self.unchanged,
            "rejected": self.rejected,
            "ignored": len(self.ignored),
            "metadata_files": len(self.metadata_files),
            "unmatched_records": self.unmatched_records,
        }

    def to_json(self) -> dict[str, Any]:
        return {
            "root": self.root,
            "batch_id": str(self.batch_id) if self.batch_id else None,
            **self.counts(),
            "cancelled": self.cancelled,
            "seconds": round(self.seconds, 3),
            "rejects": [r.to_json() for r in self.rejects],
            "ignored_files": list(self.ignored),
            "metadata": [m.to_json() for m in self.metadata_files],
            "warnings": list(self.warnings),
        }


@dataclass
class _Examined:
    path: Path
    rel: str
    info: ProbeInfo | None = None
    error: ProbeError | None = None
    content_hash: str | None = None
    mtime: float = 0.0


def examine(path: Path, rel: str) -> _Examined:
    """Probe and hash one file (runs in a worker thread; reads only)."""
    out = _Examined(path=path, rel=rel)
    try:
        out.info = probe(path)
        out.mtime = os.stat(path).st_mtime
        out.content_hash = hash_file(path)
    except ProbeError as exc:
        out.error = exc
    except OSError as exc:
        out.error = ProbeError(
            path, "unreadable", f"{path.name}: cannot read: {exc.strerror or exc}"
        )
    return out


def _regular(path: Path) -> bool:
    """True for a regular file (after links); a FIFO would block a reader, a device never end."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return True  # let the reader report why it cannot read it


class Importer:
    """One folder import into *col* (use ``col.library.import_folder``)."""

    def __init__(
        self,
        col: Collection,
        mapping: str | Path | Mapping[str, Any] | ImportMapping | None = None,
        workers: int | None = None,
    ):
        self.col = col
        try:
            self.mapping = (
                mapping if isinstance(mapping, ImportMapping) else ImportMapping.load(mapping)
            )
            self.sources = make_sources(self.mapping)
        except (MetadataError, ValueError) as exc:
            raise FolderImportError(str(exc)) from exc
        self.patterns = FilenamePatterns(self.mapping.filename_patterns)
        self.tz = self.mapping.tz()
        self.workers = workers or min(8, (os.cpu_count() or 2) * 2)

    # -- walking ------------------------------------------------------------------------
    def _walk(
        self, root: Path, report: ImportReport
    ) -> tuple[list[tuple[Path, str]], list[tuple[Path, str]]]:
        audio: list[tuple[Path, str]] = []
        meta: list[tuple[Path, str]] = []
        skip = self.mapping.origin
        for dirpath, dirnames, filenames in os.walk(
            root,
            onerror=lambda e: report.warnings.append(f"cannot list {e.filename}: {e.strerror}"),
        ):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for name in sorted(filenames):
                p = Path(dirpath) / name
                rel = p.relative_to(root).as_posix()
                if name.startswith("."):
                    report.ignored.append(rel)
                    continue
                if skip is not None and p.resolve() == skip:
                    continue
                ext = p.suffix.lower()
                if ext in AUDIO_EXTENSIONS:
                    audio.append((p, rel))
                elif ext in METADATA_EXTENSIONS:
                    if _regular(p):
                        meta.append((p, rel))
                    else:
                        report.ignored.append(rel)
                        report.warnings.append(tr("hostile-import-not-regular", path=rel))
                else:
                    report.ignored.append(rel)
        return audio, meta

    # -- metadata -------------------------------------------------------------------------
    def _read_metadata(
        self, root: Path, meta_files: list[tuple[Path, str]], report: ImportReport
    ) -> list[tuple[CallMeta, Path]]:
        records: list[tuple[CallMeta, Path]] = []
        for path, rel in meta_files:
            source = detect(path, self.sources)
            if source is None:
                report.ignored.append(rel)
                if path.suffix.lower() in (".csv", ".tsv", ".json"):
                    report.warnings.append(
                        f"{rel}: not recognised as call metadata (no call id / file column, "
                        "not a CDR or contact record); give column names in --mapping"
                    )
                continue
            try:
                result = source.read(path)
            except (MetadataError, OSError, ValueError) as exc:
                report.metadata_files.append(
                    MetadataFileReport(path=rel, source=source.name, errors=[str(exc)])
                )
                continue
            mf = MetadataFileReport(
                path=rel,
                source=source.name,
                records=len(result.records),
                skipped=result.skipped,
                errors=[
                    f"{rel.rsplit('/', 1)[0] + '/' if '/' in rel else ''}{e}" for e in result.errors
                ],
            )
            report.metadata_files.append(mf)
            records.extend((r, path) for r in result.records)
        return records

    def _match(
        self,
        root: Path,
        audio: list[tuple[Path, str]],
        records: list[tuple[CallMeta, Path]],
        report: ImportReport,
    ) -> dict[str, list[CallMeta]]:
        by_rel = {rel.lower(): rel for _, rel in audio}
        by_name: dict[str, list[str]] = defaultdict(list)
        by_token: dict[str, list[str]] = defaultdict(list)
        for p, rel in audio:
            by_name[p.name.lower()].append(rel)
            stem = p.stem.lower()
            tokens = {stem}
            for sep in ("_", "-", " ", "."):
                tokens.update(t for t in stem.split(sep) if t)
            tokens.update(m.group(0) for m in _UUID_RE.finditer(stem))
            tokens.update(t for t in re.split(r"[_\s]+", stem) if t)
            for t in tokens:
                by_token[t].append(rel)
        matched: dict[str, list[CallMeta]] = defaultdict(list)
        counts: dict[str, int] = defaultdict(int)
        for rec, meta_path in records:
            rel = self._find(root, rec, meta_path, by_rel, by_name, by_token)
            if rel is None:
                report.unmatched_records += 1
                continue
            matched[rel].append(rec)
            counts[meta_path.relative_to(root).as_posix()] += 1
        for mf in report.metadata_files:
            mf.matched = counts.get(mf.path, 0)
        return matched

    @staticmethod
    def _find(root, rec, meta_path, by_rel, by_name, by_token) -> str | None:
        if rec.file:
            hint = rec.file.replace("\\", "/").strip()
            for base in (meta_path.parent, root):
                cand = (base / hint) if not hint.startswith("/") else Path(hint)
                try:
                    rel = cand.resolve().relative_to(root.resolve()).as_posix()
                except (ValueError, OSError):
                    rel = None
                if rel is not None and rel.lower() in by_rel:
                    return by_rel[rel.lower()]
            name = hint.rsplit("/", 1)[-1].lower()
            options = by_name.get(name, [])
            if len(options) == 1:
                return options[0]
            if len(options) > 1:
                tail = [
                    o
                    for o in options
                    if hint.lower().endswith(o.lower()) or o.lower().endswith(hint.lower())
                ]
                if len(tail) == 1:
                    return tail[0]
        for key in rec.keys():
            options = by_token.get(key.lower(), [])
            if len(options) == 1:
                return options[0]
        return None

    def _merge(self, rel: str, records: list[CallMeta]) -> tuple[CallMeta | None, list[str]]:
        problems: list[str] = []
        metas = sorted(records, key=lambda r: PRIORITY.get(r.source, 9))
        try:
            fn = self.patterns.match(rel, self.tz)
        except ValueError as exc:
            fn = None
            problems.append(f"file name does not fit the pattern: {exc}")
        if fn is not None:
            metas.append(fn)
        if not metas:
            return None, problems
        merged = metas[0]
        for lower in metas[1:]:
            merged = merged.merged_over(lower)
        return merged, problems

    # -- the run -----------------------------------------------------------------------------
    def run(
        self, root: Path, progress: ImportProgress | Callable[[int, int, str], Any] | None = None
    ) -> ImportReport:
        root = Path(root).expanduser()
        if not root.exists():
            raise FolderImportError(msg("library-folder-not-found", path=str(root)))
        if not root.is_dir():
            raise FolderImportError(msg("library-not-a-folder", path=str(root)))
        root = root.resolve()
        report = ImportReport(root=str(root))
        audio, meta_files = self._walk(root, report)
        report.scanned = len(audio)
        records = self._read_metadata(root, meta_files, report)
        matched = self._match(root, audio, records, report)

        batch_id = uuid.uuid4()
        report.batch_id = batch_id
        actor = self.col.actor
        with transaction(self.col.Session) as s:
            s.add(
                ImportBatch(
                    id=batch_id,
                    root=str(root),
                    started_at=report.started_at,
                    created_by=actor,
                    updated_by=actor,
                )
            )

        state = _RunState()
        total = len(audio)
        done = 0
        pending: list[tuple[_Examined, CallMeta | None, list[str]]] = []
        window: deque[Future[_Examined]] = deque()
        files = iter(audio)
        with ThreadPoolExecutor(
            max_workers=self.workers, thread_name_prefix="qaclient-import"
        ) as pool:

            def refill() -> None:
                while len(window) < self.workers * 8:
                    nxt = next(files, None)
                    if nxt is None:
                        return
                    window.append(pool.submit(examine, nxt[0], nxt[1]))

            refill()
            while window:
                ex = window.popleft().result()
                refill()
                done += 1
                if ex.error is not None:
                    report.rejects.append(Reject(ex.rel, ex.error.code, ex.error.message))
                else:
                    merged, problems = self._merge(ex.rel, matched.get(ex.rel, []))
                    for p in problems:
                        report.warnings.append(f"{ex.rel}: {p}")
                    pending.append((ex, merged, problems))
                if len(pending) >= CHUNK:
                    self._store(pending, report, state, batch_id)
                    pending = []
                if progress is not None and progress(done, total, ex.rel) is False:
                    report.cancelled = True
                    for f in window:
                        f.cancel()
                    break
        if pending:
            self._store(pending, report, state, batch_id)
        report.finished_at = utcnow()
        with transaction(self.col.Session) as s:
            s.execute(
                update(ImportBatch)
                .where(ImportBatch.id == batch_id)
                .values(
                    finished_at=report.finished_at,
                    counts=json.dumps(report.counts()),
                    rejects=json.dumps([r.to_json() for r in report.rejects], ensure_ascii=False),
                )
            )
        return report

    def _row_values(self, ex: _Examined, meta: CallMeta | None) -> tuple[dict[str, Any], set[str]]:
        info = ex.info
        assert info is not None and ex.content_hash is not None
        defaults = self.mapping.defaults
        provided: set[str] = set()

        def pick(name: str, meta_name: str | None = None):
            v = getattr(meta, meta_name or name) if meta is not None else None
            if v not in (None, ""):
                provided.add(name)
                return v
            d = defaults.get(meta_name or name)
            if d is not None:
                provided.add(name)
            return d

        call_id = (meta.call_id if meta and meta.call_id else None) or ex.path.stem
        start = meta.start if meta is not None and meta.start is not None else None
        if start is not None:
            provided.add("start_at")
        else:
            # no metadata: the file was closed when the call ended
            start = datetime.fromtimestamp(ex.mtime, UTC) - timedelta(milliseconds=info.duration_ms)
        agent_channel = pick("agent_channel")
        if info.channels < 2:
            agent_channel = None
        values = {
            "call_id": call_id,
            "agent": pick("agent") or "",
            "team": pick("team"),
            "queue": pick("queue"),
            "direction": pick("direction"),
            "start_at": start,
            "duration_ms": info.duration_ms,
            "caller_number": pick("caller_number"),
            "complaint": bool(pick("complaint")),
            "agent_channel": agent_channel,
            "notes": pick("notes") or "",
            "file_uri": ex.path.as_uri(),
            "file_size": info.size,
            "content_hash": ex.content_hash,
            "samplerate": info.samplerate,
            "channels": info.channels,
            "frames": info.frames,
            "format": info.format,
            "subtype": info.subtype,
            "metadata_source": (meta.source if meta is not None else "file")[:64],
        }
        return values, provided

    def _store(self, items, report: ImportReport, state: _RunState, batch_id: uuid.UUID) -> None:
        rows = []
        for ex, meta, _problems in items:
            values, provided = self._row_values(ex, meta)
            rows.append((ex, values, provided))
        ids = [v["call_id"] for _, v, _ in rows]
        hashes = [v["content_hash"] for _, v, _ in rows]
        now = utcnow()
        actor = self.col.actor
        inserts: list[dict[str, Any]] = []
        recount: list[str] = []
        with transaction(self.col.Session) as s:
            existing = s.execute(
                select(
                    Call.id,
                    Call.call_id,
                    Call.content_hash,
                    Call.file_uri,
                    Call.deleted,
                    *[getattr(Call, f) for f in UPDATABLE],
                ).where(or_(Call.call_id.in_(ids), Call.content_hash.in_(hashes)))
            ).all()
            by_id = {r.call_id: r for r in existing}
            by_hash: dict[str, list[Any]] = defaultdict(list)
            for r in existing:
                if not r.deleted:
                    by_hash[r.content_hash].append(r)
            for ex, v, provided in rows:
                cid, h, uri = v["call_id"], v["content_hash"], v["file_uri"]
                # earlier in this same run
                if cid in state.ids:
                    prev_hash, prev_rel = state.ids[cid]
                    if prev_hash == h:
                        report.rejects.append(
                            Reject(
                                ex.rel,
                                "duplicate",
                                f"{ex.path.name}: same recording as {prev_rel} (call {cid}) in this import",
                            )
                        )
                    else:
                        report.rejects.append(
                            Reject(
                                ex.rel,
                                "conflict",
                                f"{ex.path.name}: call id {cid} is also used by {prev_rel}, with different audio; not imported",
                            )
                        )
                    continue
                if h in state.hashes:
                    prev_cid, prev_rel = state.hashes[h]
                    report.rejects.append(
                        Reject(
                            ex.rel,
                            "duplicate",
                            f"{ex.path.name}: same audio as {prev_rel} (call {prev_cid}) in this import",
                        )
                    )
                    continue
                ex_row = by_id.get(cid)
                if ex_row is not None and ex_row.deleted:
                    self._update(s, ex_row.id, {**v, "deleted": False}, now, actor)
                    report.imported += 1
                    recount.append(cid)
                elif ex_row is not None:
                    if ex_row.content_hash != h:
                        old = _uri_path(ex_row.file_uri)
                        report.rejects.append(
                            Reject(
                                ex.rel,
                                "conflict",
                                f"{ex.path.name}: call {cid} is already in the library with different audio"
                                f" ({old or ex_row.file_uri}); not replaced — check which recording is right",
                            )
                        )
                        continue
                    changes = {
                        f: v[f] for f in UPDATABLE if f in provided and getattr(ex_row, f) != v[f]
                    }
                    moved = ex_row.file_uri != uri
                    if moved:
                        old = _uri_path(ex_row.file_uri)
                        if old is not None and old.exists() and not _same_file(old, ex.path):
                            report.rejects.append(
                                Reject(
                                    ex.rel,
                                    "duplicate",
                                    f"{ex.path.name}: same recording as call {cid}, already imported from {old}",
                                )
                            )
                            continue
                        changes["file_uri"] = uri
                    if changes:
                        self._update(s, ex_row.id, changes, now, actor)
                    if moved:
                        report.relocated += 1
                    elif changes:
                        report.updated += 1
                    else:
                        report.unchanged += 1
                else:
                    same_audio = by_hash.get(h, [])
                    here = next(
                        (
                            r
                            for r in same_audio
                            if r.file_uri == uri or _same_file(_uri_path(r.file_uri), ex.path)
                        ),
                        None,
                    )
                    if here is not None:
                        # this very file is already a call (imported under another call id,
                        # e.g. with another mapping): keep its id, refresh what metadata says
                        changes = {
                            f: v[f] for f in UPDATABLE if f in provided and getattr(here, f) != v[f]
                        }
                        if changes:
                            self._update(s, here.id, changes, now, actor)
                            report.updated += 1
                        else:
                            report.unchanged += 1
                        state.hashes[h] = (here.call_id, ex.rel)
                        state.ids[here.call_id] = (h, ex.rel)
                        continue
                    target = None
                    for r in same_audio:
                        old = _uri_path(r.file_uri)
                        if old is None or not old.exists():
                            target = r
                            break
                    if target is not None:
                        self._update(s, target.id, {"file_uri": uri}, now, actor)
                        report.relocated += 1
                        state.hashes[h] = (target.call_id, ex.rel)
                        state.ids[target.call_id] = (h, ex.rel)
                        continue
                    if same_audio:
                        r = same_audio[0]
                        report.rejects.append(
                            Reject(
                                ex.rel,
                                "duplicate",
                                f"{ex.path.name}: same audio as call {r.call_id} ({_uri_path(r.file_uri) or r.file_uri}); not imported twice",
                            )
                        )
                        continue
                    inserts.append(
                        {
                            **v,
                            "id": uuid.uuid4(),
                            "created_at": now,
                            "created_by": actor,
                            "updated_at": now,
                            "updated_by": actor,
                            "rev": 1,
                            "base_rev": 0,
                            "dirty": True,
                            "deleted": False,
                            "import_batch_id": batch_id,
                            "scored": False,
                            "evaluation_count": 0,
                        }
                    )
                    recount.append(cid)
                    report.imported += 1
                state.ids[cid] = (h, ex.rel)
                state.hashes[h] = (cid, ex.rel)
            if inserts:
                s.execute(insert(Call.__table__), inserts)
            # evaluations may exist already for calls that were scored before their import
            for stmt in recount_evaluations_sql(recount):
                s.execute(stmt)

    @staticmethod
    def _update(s, row_id, values: dict[str, Any], now: datetime, actor: str) -> None:
        s.execute(
            update(Call.__table__)
            .where(Call.__table__.c.id == row_id)
            .values(
                **values, rev=Call.__table__.c.rev + 1, dirty=True, updated_at=now, updated_by=actor
            )
        )


@dataclass
class _RunState:
    ids: dict[str, tuple[str, str]] = field(default_factory=dict)  # call id -> (hash, rel)
    hashes: dict[str, tuple[str, str]] = field(default_factory=dict)  # hash -> (call id, rel)


def _uri_path(uri: str) -> Path | None:
    from qaclient.recordings.library import uri_to_path

    return uri_to_path(uri)


def _same_file(a: Path | None, b: Path) -> bool:
    if a is None:
        return False
    try:
        return a.samefile(b)
    except OSError:
        return False
