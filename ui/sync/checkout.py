"""“Take my assignments offline”: copy their audio into the local cache, with a progress
dialog and Cancel; the copying runs in a worker thread (the window stays responsive)."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QLabel, QProgressDialog, QWidget


class CheckoutWorker(QObject):
    progress = Signal("qint64", "qint64", str)  # done bytes, total bytes, call id
    finished = Signal(dict)  # CheckoutReport.to_json()
    failed = Signal(str)

    def __init__(self, local_url: str, actor: str, inspector: str | None = None):
        super().__init__()
        self.local_url = local_url
        self.actor = actor
        self.inspector = inspector
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        from qaclient.collection import Collection
        from qaclient.storage import db
        from qaclient.sync.offline_cache import checkout_assignments

        try:
            with Collection(db.make_engine(self.local_url), actor=self.actor) as col:
                report = checkout_assignments(
                    col,
                    self.inspector,
                    progress=lambda d, t, c: self.progress.emit(d, t, c),
                    cancel=self._cancel.is_set,
                )
        except Exception as exc:  # noqa: BLE001 - shown to the user, the thread survives
            self.failed.emit(f"{exc.__class__.__name__}: {exc}")
            return
        self.finished.emit(report.to_json())


class OfflineCheckoutDialog(QProgressDialog):
    """Modal progress while the audio is copied; ``report`` holds the outcome afterwards."""

    def __init__(self, local_url: str, actor: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Take my assignments offline"))
        label = QLabel()
        label.setWordWrap(True)  # failure reasons name the file and the hash: long lines
        label.setMinimumWidth(420)
        self.setLabel(label)
        self.setLabelText(self.tr("Preparing…"))
        self.setRange(0, 1000)
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.report: dict | None = None
        self.error: str | None = None
        self._thread = QThread(self)
        self.worker = CheckoutWorker(local_url, actor)
        self.worker.moveToThread(self._thread)
        self._thread.started.connect(self.worker.run)
        self.worker.progress.connect(self._on_progress)
        self.worker.finished.connect(self._on_finished)
        self.worker.failed.connect(self._on_failed)
        self.canceled.connect(self.worker.cancel)

    def start(self) -> None:
        self._thread.start()

    @Slot("qint64", "qint64", str)
    def _on_progress(self, done: int, total: int, call_id: str) -> None:
        self.setValue(int(1000 * done / total) if total else 0)
        mb = 1 << 20
        self.setLabelText(
            self.tr("Copying %1 (%2 of %3 MB)")
            .replace("%1", call_id)
            .replace("%2", f"{done / mb:.1f}")
            .replace("%3", f"{total / mb:.1f}")
        )

    def _finish(self) -> None:
        self._thread.quit()
        self._thread.wait(5000)

    @Slot(dict)
    def _on_finished(self, report: dict) -> None:
        self.report = report
        self._finish()
        self.setValue(1000)
        failed = report["failed"]
        text = (
            self.tr("%1 recordings ready offline, %2 already there")
            .replace("%1", str(len(report["fetched"])))
            .replace("%2", str(len(report["already"])))
        )
        if failed:
            text += "\n" + self.tr("%1 could not be copied:").replace("%1", str(len(failed)))
            text += "\n" + "\n".join(f"{f['call_id']}: {f['reason']}" for f in failed[:5])
        if report["cancelled"]:
            text += "\n" + self.tr("Cancelled.")
        self.setLabelText(text)
        self.setCancelButtonText(self.tr("Close"))

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self.error = message
        self._finish()
        self.setLabelText(self.tr("Offline checkout failed: %1").replace("%1", message))
        self.setCancelButtonText(self.tr("Close"))
