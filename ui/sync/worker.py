"""Background sync: a worker object living in its own QThread, and a controller that
schedules it (timer + on demand), tracks the state and backs off while offline.

The GUI thread never touches the network: it only sends ``requested`` and receives
``progress`` / ``finished`` / ``failed`` signals (queued across threads).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from qaclient.storage.types import utcnow


class SyncState(Enum):
    NOT_CONFIGURED = "not_configured"
    OFFLINE = "offline"
    SYNCING = "syncing"
    UP_TO_DATE = "up_to_date"
    CONFLICTS = "conflicts"
    ERROR = "error"


@dataclass
class SyncStatus:
    state: SyncState = SyncState.NOT_CONFIGURED
    conflicts: int = 0
    done: int = 0
    total: int = 0
    phase: str = ""
    last_sync: datetime | None = None
    last_error: str = ""
    last_result: dict = field(default_factory=dict)
    tls_refused: bool = False  # the last sync was refused: the connection would not be encrypted
    unencrypted: bool = False  # the last sync ran WITHOUT encryption (the explicit opt-out)


class SyncWorker(QObject):
    """Runs one sync per ``run`` call, in whatever thread the object was moved to."""

    progress = Signal(str, int, int)  # phase, done, total
    finished = Signal(dict)  # SyncResult.to_json()
    failed = Signal(str, bool)  # message, offline
    refused = Signal(str)  # no encrypted connection and no opt-out (qaclient.sync.tls)
    notConfigured = Signal(str)

    def __init__(self, local_url: str, actor: str, server_url: str | None = None):
        super().__init__()
        self.local_url = local_url
        self.actor = actor
        self.server_url = server_url
        self._col = None

    @Slot()
    def run(self) -> None:
        from qaclient.collection import Collection
        from qaclient.storage import db
        from qaclient.sync import credentials
        from qaclient.sync.engine import SyncEngine, SyncError

        try:
            url = credentials.resolve(self.server_url).url
        except credentials.CredentialsError as exc:
            self.notConfigured.emit(str(exc))
            return
        if self._col is None:  # the worker thread's own connection to the local store
            self._col = Collection(db.make_engine(self.local_url), actor=self.actor)
        engine = None
        try:
            engine = SyncEngine(
                self._col, url, progress=lambda p, d, t: self.progress.emit(p, d, t)
            )
            result = engine.sync()
        except SyncError as exc:
            if getattr(exc, "tls", False):
                self.refused.emit(str(exc))
            else:
                self.failed.emit(str(exc), exc.offline)
            return
        except Exception as exc:  # noqa: BLE001 - report, never kill the thread
            self.failed.emit(f"{exc.__class__.__name__}: {exc}", False)
            return
        finally:
            if engine is not None:
                engine.close()
        self.finished.emit(result.to_json())

    @Slot()
    def close(self) -> None:
        if self._col is not None:
            self._col.close()
            self._col = None


class SyncController(QObject):
    """Owns the worker thread; syncs on start, every ``interval_s`` and on demand."""

    statusChanged = Signal(object)  # SyncStatus
    synced = Signal(dict)  # a sync finished (result); views may refresh
    _request = Signal()

    def __init__(
        self,
        local_url: str,
        actor: str,
        server_url: str | None = None,
        interval_s: int = 120,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.status = SyncStatus()
        self.interval_ms = interval_s * 1000
        self._backoff = 1
        self._busy = False
        self._thread = QThread(self)
        self._thread.setObjectName("qaclient-sync")
        self.worker = SyncWorker(local_url, actor, server_url)
        self.worker.moveToThread(self._thread)
        self._request.connect(self.worker.run)
        self.worker.progress.connect(self._on_progress)
        self.worker.finished.connect(self._on_finished)
        self.worker.failed.connect(self._on_failed)
        self.worker.refused.connect(self._on_refused)
        self.worker.notConfigured.connect(self._on_not_configured)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.sync_now)
        self._thread.start()

    def start(self) -> None:
        self.sync_now()

    @Slot()
    def sync_now(self) -> None:
        """Start a sync unless one is running (the request is queued to the worker thread)."""
        if self._busy:
            return
        self._busy = True
        self._set(state=SyncState.SYNCING, done=0, total=0, phase="")
        self._request.emit()

    def shutdown(self, timeout_ms: int = 5000) -> None:
        self._timer.stop()
        QTimer.singleShot(0, self.worker.close)
        self._thread.quit()
        self._thread.wait(timeout_ms)

    # -- worker signals (GUI thread) --------------------------------------------------------
    def _set(self, **changes) -> None:
        for k, v in changes.items():
            setattr(self.status, k, v)
        self.statusChanged.emit(self.status)

    def _schedule(self, ms: int) -> None:
        self._timer.start(ms)

    def _on_progress(self, phase: str, done: int, total: int) -> None:
        self._set(phase=phase, done=done, total=total)

    def _on_finished(self, result: dict) -> None:
        self._busy = False
        self._backoff = 1
        n = int(result.get("open_conflicts", 0))
        self._set(
            state=SyncState.CONFLICTS if n else SyncState.UP_TO_DATE,
            conflicts=n,
            last_sync=utcnow(),
            last_error="",
            last_result=result,
            tls_refused=False,
            unencrypted=result.get("encrypted") is False,
        )
        self.synced.emit(result)
        self._schedule(self.interval_ms)

    def _on_refused(self, message: str) -> None:
        """Refused for want of TLS: no retry storm (the settings must change), shown in red."""
        self._busy = False
        self._set(state=SyncState.ERROR, last_error=message, tls_refused=True)
        self._schedule(self.interval_ms * 4)

    def _on_failed(self, message: str, offline: bool) -> None:
        self._busy = False
        self._set(
            state=SyncState.OFFLINE if offline else SyncState.ERROR,
            last_error=message,
            tls_refused=False,
        )
        # offline: retry sooner at first, then back off up to the normal interval x 4
        self._backoff = min(self._backoff * 2, 8)
        self._schedule(min(15_000 * self._backoff, self.interval_ms * 4))

    def _on_not_configured(self, message: str) -> None:
        self._busy = False
        self._set(state=SyncState.NOT_CONFIGURED, last_error=message)
