"""Offline checkout: copy the audio of my assignments into a local cache to score offline.

Recordings live on the centre's file share or object store, referenced by URI in the call
metadata (``calls.file_uri`` + ``calls.content_hash``, synced like any other row).  "Take my
assignments offline" copies each one into ``paths.cache_dir("audio")``:

* content-addressed (``ab/abcdef….wav``): the same recording is stored once;
* verified: the SHA-256 is computed while copying and must equal the library's hash, else
  the copy is discarded and reported (a changed or corrupt source never poses as the call);
* size-limited LRU: before a copy, least-recently-used entries are evicted (never one of the
  calls being checked out); :meth:`OfflineCache.path_for` refreshes an entry's use time;
* crash-safe: a copy is written to a temporary file and renamed when complete; the index is a
  small SQLite file, so a killed checkout leaves no half file behind and resumes;
* trusted sources only (:class:`SourcePolicy`): the ``file_uri`` comes from the shared
  database, which this machine does not control, so only ``file:`` paths under the recording
  roots configured HERE (setting ``recording_roots``; a folder imported on this machine is
  added) and ``https:`` URLs to the configured hosts (``recording_hosts``) are opened —
  never ``http:``, another scheme, a path outside the roots or a redirect elsewhere — and the
  content hash is required (an empty hash refuses the copy instead of skipping the check);
* sealed at rest (``qaclient.sync.sealed``): with an OS keyring, every copy is encrypted
  (AES-256-GCM, key in the keyring); :meth:`OfflineCache.playable` gives the player a
  plaintext copy of the one call being played (owner-only, the two most recent kept);
* private and short-lived: owner-only files (``qaclient.fileperms``); entries not used for
  ``cache_retention_days`` (setting, default 30) are deleted, and :meth:`OfflineCache.clear`
  empties the cache (Settings → "Clear local data", ``qaclient cache clear``).

Progress goes to a callback ``(done_bytes, total_bytes, call_id)`` (the UI's progress bar);
a ``cancel`` callback stops between blocks.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import time
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from qaclient import fileperms, paths
from qaclient.messages import msg

BLOCK = 1 << 20
DEFAULT_LIMIT = 2 << 30  # 2 GiB
DEFAULT_RETENTION_DAYS = 30

ProgressFn = Callable[[int, int, str], None]


@dataclass(frozen=True)
class CacheRequest:
    call_id: str
    uri: str  # file:// URI (or a local path) under a recording root, or https:// to a known host
    content_hash: str = ""  # expected SHA-256 (hex); required: empty is refused
    size: int = 0  # expected size in bytes (for the progress total), 0 if unknown


@dataclass
class CheckoutReport:
    fetched: list[str] = field(default_factory=list)
    already: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (call id, reason)
    evicted: int = 0
    bytes_copied: int = 0
    cancelled: bool = False

    def to_json(self) -> dict:
        return {
            "fetched": self.fetched,
            "already": self.already,
            "failed": [{"call_id": c, "reason": r} for c, r in self.failed],
            "evicted": self.evicted,
            "bytes_copied": self.bytes_copied,
            "cancelled": self.cancelled,
        }


class CacheError(RuntimeError):
    pass


def _under(path: Path, root: Path) -> bool:
    try:
        return os.path.commonpath([path, root]) == str(root)
    except ValueError:  # another drive (Windows)
        return False


@dataclass(frozen=True)
class SourcePolicy:
    """Where "take offline" may read recordings from: configured on THIS machine."""

    roots: tuple[Path, ...] = ()
    hosts: tuple[str, ...] = ()

    @classmethod
    def from_settings(cls) -> SourcePolicy:
        from qaclient import settings as settings_mod

        st, _err = settings_mod.load_or_default()
        return cls(
            tuple(Path(r).expanduser() for r in st.recording_roots if str(r).strip()),
            tuple(h.strip().lower() for h in st.recording_hosts if h.strip()),
        )

    def local_path(self, uri: str) -> Path:
        """The file a ``file:`` URI (or a bare path) names, if it lies under a root."""
        parsed = urllib.parse.urlparse(uri)
        if parsed.scheme == "file":
            if parsed.netloc not in ("", "localhost"):
                raise CacheError(msg("privacy-offline-remote-file", uri=uri))
            raw = urllib.request.url2pathname(parsed.path)
        elif parsed.scheme == "" or (len(parsed.scheme) == 1 and os.name == "nt"):
            raw = uri  # a plain path (C:\… on Windows)
        else:
            raise CacheError(msg("privacy-offline-scheme-refused", uri=uri, scheme=parsed.scheme))
        if not self.roots:
            raise CacheError(msg("privacy-offline-no-roots", path=raw))
        real = Path(os.path.realpath(raw))  # .. and symbolic links cannot lead out of a root
        if not any(_under(real, Path(os.path.realpath(r))) for r in self.roots):
            raise CacheError(msg("privacy-offline-outside-roots", path=raw))
        return real

    def check_url(self, uri: str) -> str:
        parsed = urllib.parse.urlparse(uri)
        if parsed.scheme == "http":
            raise CacheError(msg("privacy-offline-http-refused", uri=_no_credentials(uri)))
        if parsed.scheme != "https":
            raise CacheError(msg("privacy-offline-scheme-refused", uri=uri, scheme=parsed.scheme))
        host = (parsed.hostname or "").lower()
        with_port = f"{host}:{parsed.port}" if parsed.port else host
        if not host or not ({host, with_port} & set(self.hosts)):
            raise CacheError(msg("privacy-offline-host-not-allowed", host=host or "?"))
        return uri

    def open(self, uri: str) -> IO[bytes]:
        scheme = urllib.parse.urlparse(uri).scheme
        if scheme in ("http", "https"):
            self.check_url(uri)
            opener = urllib.request.build_opener(_CheckedRedirects(self))
            return opener.open(uri, timeout=30)
        return open(self.local_path(uri), "rb")


class _CheckedRedirects(urllib.request.HTTPRedirectHandler):
    """A redirect is followed only to another allowed ``https:`` URL."""

    def __init__(self, policy: SourcePolicy):
        super().__init__()
        self.policy = policy

    def redirect_request(self, req, fp, code, message, headers, newurl):  # noqa: D102, PLR0913
        try:
            self.policy.check_url(newurl)
        except CacheError as exc:
            raise CacheError(msg("privacy-offline-redirect-refused", reason=str(exc))) from None
        return super().redirect_request(req, fp, code, message, headers, newurl)


def _no_credentials(uri: str) -> str:
    parsed = urllib.parse.urlparse(uri)
    if parsed.username or parsed.password:
        host = parsed.hostname or ""
        return parsed._replace(netloc=host + (f":{parsed.port}" if parsed.port else "")).geturl()
    return uri


def add_recording_root(folder: str | os.PathLike[str]) -> bool:
    """Trust *folder* as a recording root on this machine (a folder the user imported here);
    False when it already was (or lies under one)."""
    from qaclient import settings as settings_mod

    real = Path(os.path.realpath(folder))
    st, _err = settings_mod.load_or_default()
    if any(_under(real, Path(os.path.realpath(r))) for r in st.recording_roots):
        return False
    settings_mod.update(recording_roots=[*st.recording_roots, str(real)])
    return True


class OfflineCache:
    """The local audio cache (``cache_dir("audio")`` by default)."""

    def __init__(
        self,
        root: Path | None = None,
        limit_bytes: int | None = None,
        *,
        retention_days: float | None = None,
        sources: SourcePolicy | None = None,
        key: bytes | None | str = "auto",
    ):
        fileperms.restrict_umask()
        self.root = fileperms.private_dir(
            Path(root) if root is not None else paths.cache_dir("audio")
        )
        self.limit = int(limit_bytes if limit_bytes is not None else default_limit())
        self.retention_days = float(
            retention_days if retention_days is not None else default_retention_days()
        )
        self.sources = sources if sources is not None else SourcePolicy.from_settings()
        self._key = key  # "auto": the keyring's offline-cache key (made on first use)
        self._db = sqlite3.connect(self.root / "index.sqlite3", timeout=10, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS entries (content_hash TEXT PRIMARY KEY, call_id TEXT, "
            "file TEXT NOT NULL, size INTEGER NOT NULL, added REAL NOT NULL, last_used REAL NOT NULL)"
        )
        self._db.execute("CREATE INDEX IF NOT EXISTS ix_entries_call ON entries (call_id)")
        self._db.execute("CREATE INDEX IF NOT EXISTS ix_entries_used ON entries (last_used)")
        columns = {r[1] for r in self._db.execute("PRAGMA table_info(entries)")}
        if "sealed" not in columns:  # an index written before copies were sealed
            self._db.execute("ALTER TABLE entries ADD COLUMN sealed INTEGER NOT NULL DEFAULT 0")
        fileperms.secure_tree(self.root)
        self.expire()

    def close(self) -> None:
        self._db.close()

    @property
    def key(self) -> bytes | None:
        """The sealing key (None: copies are stored unsealed, owner-only)."""
        if self._key == "auto":
            from qaclient.sync.sealed import cache_key

            self._key = cache_key()
        return self._key  # type: ignore[return-value]

    # -- retention -------------------------------------------------------------------------
    def expire(self, now: float | None = None, keep: set[str] = frozenset()) -> int:  # type: ignore[assignment]
        """Delete the entries not used for ``retention_days``; returns how many."""
        if self.retention_days <= 0:
            return 0
        cutoff = (now if now is not None else time.time()) - self.retention_days * 86400
        old = [
            h
            for (h,) in self._db.execute(
                "SELECT content_hash FROM entries WHERE last_used < ?", (cutoff,)
            )
            if h not in keep
        ]
        for h in old:
            self._forget(h)
        return len(old)

    def clear(self) -> tuple[int, int]:
        """Delete every cached recording (and stray partial copies): (files, bytes) freed."""
        files, freed = 0, self.usage()
        for (h,) in self._db.execute("SELECT content_hash FROM entries").fetchall():
            self._forget(h)
            files += 1
        for stray in [*self.root.glob(".partial-*"), *self.root.glob(".play/*")]:
            stray.unlink(missing_ok=True)
        return files, freed

    # -- queries ---------------------------------------------------------------------------
    def usage(self) -> int:
        return int(self._db.execute("SELECT coalesce(sum(size), 0) FROM entries").fetchone()[0])

    def entries(self) -> list[tuple[str, str, int]]:
        """(call id, content hash, size), most recently used first."""
        return [
            tuple(r)
            for r in self._db.execute(
                "SELECT call_id, content_hash, size FROM entries ORDER BY last_used DESC"
            )
        ]

    def _row(self, call_id: str | None, content_hash: str | None):
        if content_hash:
            return self._db.execute(
                "SELECT content_hash, file, size, sealed FROM entries WHERE content_hash = ?",
                (content_hash,),
            ).fetchone()
        return self._db.execute(
            "SELECT content_hash, file, size, sealed FROM entries WHERE call_id = ? "
            "ORDER BY last_used DESC",
            (call_id,),
        ).fetchone()

    def path_for(self, call_id: str | None = None, content_hash: str | None = None) -> Path | None:
        """The cached copy as stored (sealed or not; mark it used), or None; a missing or
        truncated file is forgotten.  To play it, use :meth:`playable`."""
        from qaclient.sync.sealed import sealed_size

        row = self._row(call_id, content_hash)
        if row is None:
            return None
        h, rel, size, sealed = row
        path = self.root / rel
        want = sealed_size(size) if sealed else size
        if not path.exists() or path.stat().st_size != want:
            self._forget(h)
            return None
        self._db.execute(
            "UPDATE entries SET last_used = ? WHERE content_hash = ?", (time.time(), h)
        )
        return path

    def is_sealed(self, call_id: str | None = None, content_hash: str | None = None) -> bool:
        row = self._row(call_id, content_hash)
        return bool(row and row[3])

    def playable(self, call_id: str | None = None, content_hash: str | None = None) -> Path | None:
        """A file the player can open: the copy itself, or for a sealed copy a plaintext copy
        in the owner-only ``.play`` folder (the two most recently played are kept; *Clear
        local data* and eviction delete them).  None when not cached, or sealed with a key
        this machine's keyring does not give (locked, reset)."""
        from qaclient.sync.sealed import SealError, unseal

        path = self.path_for(call_id, content_hash)
        if path is None:
            return None
        h, rel, _size, sealed = self._row(call_id, content_hash)
        if not sealed:
            return path
        key = self.key
        if key is None:
            return None
        play = fileperms.private_dir(self.root / ".play")
        target = play / Path(rel).name.removesuffix(".sealed")
        if not target.exists():
            tmp = play / f".{target.name}.{os.getpid()}-{time.monotonic_ns()}.tmp"
            try:
                with open(tmp, "wb") as out:
                    unseal(path, key, out)
                os.replace(tmp, target)
            except SealError:
                tmp.unlink(missing_ok=True)
                self._forget(h)  # altered or another key: fetched again next time
                return None
            finally:
                tmp.unlink(missing_ok=True)
        os.utime(target)
        for old in sorted(play.iterdir(), key=lambda p: p.stat().st_mtime, reverse=True)[2:]:
            if old != target:
                old.unlink(missing_ok=True)
        return target

    def verify(self, content_hash: str) -> bool:
        """Re-hash a cached file; a corrupt one is removed (and will be fetched again)."""
        from qaclient.sync.sealed import SealError, unseal

        row = self._db.execute(
            "SELECT file, sealed FROM entries WHERE content_hash = ?", (content_hash,)
        ).fetchone()
        if row is None:
            return False
        path = self.root / row[0]
        h = hashlib.sha256()
        try:
            if row[1]:
                if self.key is None:
                    return False  # cannot be checked without the key; kept for later
                unseal(path, self.key, hasher=h)
            else:
                with open(path, "rb") as fh:
                    while chunk := fh.read(BLOCK):
                        h.update(chunk)
        except (OSError, SealError):
            self._forget(content_hash)
            return False
        if h.hexdigest() != content_hash:
            self._forget(content_hash)
            return False
        return True

    # -- eviction --------------------------------------------------------------------------
    def _forget(self, content_hash: str) -> None:
        row = self._db.execute(
            "SELECT file FROM entries WHERE content_hash = ?", (content_hash,)
        ).fetchone()
        if row is not None:
            try:
                (self.root / row[0]).unlink()
            except FileNotFoundError:
                pass
            (self.root / ".play" / Path(row[0]).name.removesuffix(".sealed")).unlink(
                missing_ok=True
            )
        self._db.execute("DELETE FROM entries WHERE content_hash = ?", (content_hash,))

    def make_room(self, needed: int, keep: set[str] = frozenset()) -> int:  # type: ignore[assignment]
        """Evict least-recently-used entries (not those in *keep*) until *needed* bytes fit."""
        evicted = 0
        while self.usage() + needed > self.limit:
            placeholders = ",".join("?" * len(keep))
            q = "SELECT content_hash FROM entries"
            if keep:
                q += f" WHERE content_hash NOT IN ({placeholders})"
            row = self._db.execute(q + " ORDER BY last_used LIMIT 1", tuple(keep)).fetchone()
            if row is None:
                break
            self._forget(row[0])
            evicted += 1
        return evicted

    # -- checkout --------------------------------------------------------------------------
    def checkout(
        self,
        requests: Iterable[CacheRequest],
        progress: ProgressFn | None = None,
        cancel: Callable[[], bool] | None = None,
    ) -> CheckoutReport:
        reqs = list(requests)
        report = CheckoutReport()
        keep = {r.content_hash for r in reqs if r.content_hash}
        report.evicted += self.expire(keep=keep)
        todo = []
        for r in reqs:
            if not r.content_hash:
                # no hash, no proof the copy is the call's recording: refuse, never skip the check
                report.failed.append(
                    (r.call_id, str(msg("privacy-offline-no-hash", call=r.call_id)))
                )
            elif self.path_for(content_hash=r.content_hash) is not None:
                report.already.append(r.call_id)
            else:
                todo.append(r)
        total = sum(r.size for r in todo)
        done = 0
        for r in todo:
            if cancel is not None and cancel():
                report.cancelled = True
                break
            if r.size and r.size > self.limit:
                report.failed.append(
                    (r.call_id, f"{r.size} bytes is more than the cache limit ({self.limit} bytes)")
                )
                continue
            report.evicted += self.make_room(r.size, keep)
            try:
                copied = self._copy(r, _reporter(progress, done, total, r.call_id), cancel)
            except _Cancelled:
                report.cancelled = True
                break
            except (OSError, CacheError, ValueError) as exc:
                report.failed.append((r.call_id, str(exc)))
                continue
            done += copied
            report.bytes_copied += copied
            report.fetched.append(r.call_id)
            if progress:
                progress(done, max(total, done), r.call_id)
        report.evicted += self.make_room(0, keep)
        return report

    def _copy(self, r: CacheRequest, progress: Callable[[int], None], cancel) -> int:
        from qaclient.sync.sealed import SealWriter

        tmp = self.root / f".partial-{os.getpid()}-{time.monotonic_ns()}"
        h = hashlib.sha256()
        n = 0
        key = self.key
        try:
            with self.sources.open(r.uri) as src, open(tmp, "wb") as raw:
                dst = SealWriter(raw, key) if key else raw  # sealed at rest with a keyring
                while chunk := src.read(BLOCK):
                    if cancel is not None and cancel():
                        raise _Cancelled
                    dst.write(chunk)
                    h.update(chunk)
                    n += len(chunk)
                    progress(n)
                if key:
                    dst.close()
                raw.flush()
                os.fsync(raw.fileno())
            digest = h.hexdigest()
            if digest != r.content_hash:
                raise CacheError(
                    msg(
                        "sync-cache-hash-mismatch",
                        uri=r.uri,
                        expected=r.content_hash[:12],
                        got=digest[:12],
                    )
                )
            if n > self.limit:
                raise CacheError(
                    msg("sync-cache-too-big", uri=r.uri, size=str(n), limit=str(self.limit))
                )
            suffix = Path(urllib.parse.urlparse(r.uri).path).suffix.lower()[:8]
            rel = f"{digest[:2]}/{digest}{suffix}" + (".sealed" if key else "")
            fileperms.private_dir(self.root / digest[:2])
            os.replace(tmp, self.root / rel)
            now = time.time()
            self._db.execute(
                "INSERT OR REPLACE INTO entries (content_hash, call_id, file, size, added, "
                "last_used, sealed) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (digest, r.call_id, rel, n, now, now, 1 if key else 0),
            )
            self.make_room(0, {digest})
            return n
        finally:
            if tmp.exists():
                tmp.unlink()


class _Cancelled(Exception):
    pass


def _reporter(
    progress: ProgressFn | None, done: int, total: int, call_id: str
) -> Callable[[int], None]:
    if progress is None:
        return lambda n: None
    return lambda n: progress(done + n, max(total, done + n), call_id)


def default_limit() -> int:
    """``offline_cache_mb`` in the settings, else 2 GiB."""
    from qaclient import settings as settings_mod

    st, _err = settings_mod.load_or_default()
    try:
        mb = int(st.extra.get("offline_cache_mb") or 0)
    except (TypeError, ValueError):
        mb = 0
    return mb * (1 << 20) if mb > 0 else DEFAULT_LIMIT


def default_retention_days() -> int:
    """``cache_retention_days`` in the settings, else 30."""
    from qaclient import settings as settings_mod

    st, _err = settings_mod.load_or_default()
    return st.cache_retention_days if st.cache_retention_days > 0 else DEFAULT_RETENTION_DAYS


def checkout_assignments(
    col,
    inspector: str | None = None,
    cache: OfflineCache | None = None,
    progress: ProgressFn | None = None,
    cancel: Callable[[], bool] | None = None,
) -> CheckoutReport:
    """Take *inspector*'s (default: the current user's) open assignments offline."""
    cache = cache or OfflineCache()
    reqs = []
    missing: list[tuple[str, str]] = []
    for a in col.library.assignments(inspector, include_done=False):
        call = col.library.get(a.call_id)
        if call is None or not getattr(call, "file_uri", ""):
            missing.append((a.call_id, "no recording known for this call (sync the library first)"))
            continue
        reqs.append(
            CacheRequest(
                a.call_id,
                call.file_uri,
                getattr(call, "content_hash", "") or "",
                getattr(call, "file_size", 0) or 0,
            )
        )
    report = cache.checkout(reqs, progress, cancel)
    report.failed[:0] = missing
    return report


__all__ = [
    "CacheRequest",
    "CheckoutReport",
    "OfflineCache",
    "SourcePolicy",
    "add_recording_root",
    "checkout_assignments",
]
