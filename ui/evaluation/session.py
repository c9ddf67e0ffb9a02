"""The open evaluation of the open call: autosave through ``col.evaluations``.

Every change (an answer, the note, a comment, the playhead) is written at once by the
evaluation store, on ONE background thread so the GUI never waits for the disk and the
writes land in the order they were made.  The session reports ``saving`` / ``saved`` /
``failed`` so the window can show a visible "Saved" state; a failed write is shown as a
message and the state stays "not saved" until a later write succeeds.
"""

from __future__ import annotations

import concurrent.futures
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from qaclient.collection import Collection


class EvaluationSession(QObject):
    saving = Signal()
    saved = Signal()
    failed = Signal(str)
    _done = Signal(object, object, object)  # callback, result, error (crosses threads)

    def __init__(self, col: Collection, view: Any, parent: QObject | None = None):
        super().__init__(parent)
        self.col = col
        self.view = view  # qaclient.evaluations.EvaluationView as loaded
        self.id: uuid.UUID = view.id
        self._pool = concurrent.futures.ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="autosave"
        )
        self._pending = 0
        self._last_playhead = view.playhead_ms
        self._done.connect(self._on_done)

    # ------------------------------------------------------------------ queue
    def _run(
        self, fn: Callable[[], Any], then: Callable[[Any], None] | None = None
    ) -> concurrent.futures.Future:
        self._pending += 1
        self.saving.emit()

        def job() -> Any:
            try:
                result = fn()
            except Exception as exc:  # reported in the window, never a traceback
                self._done.emit(then, None, exc)
                raise
            self._done.emit(then, result, None)
            return result

        return self._pool.submit(job)

    def _on_done(
        self, then: Callable[[Any], None] | None, result: Any, error: Exception | None
    ) -> None:
        self._pending -= 1
        if error is not None:
            self.failed.emit(str(error))
            return
        if then is not None:
            then(result)
        if self._pending == 0:
            self.saved.emit()

    def flush(self, timeout: float = 10.0) -> None:
        """Wait until every queued write is stored (before submit, closing, in tests)."""
        self._pool.submit(lambda: None).result(timeout)
        from PySide6.QtCore import QCoreApplication

        QCoreApplication.processEvents()  # deliver the queued "done" signals

    def close(self) -> None:
        try:
            self.flush()
        finally:
            self._pool.shutdown(wait=True)

    @property
    def busy(self) -> bool:
        return self._pending > 0

    # ------------------------------------------------------------------ writes
    def set_answer(self, item_id: str, answer: dict | None) -> None:
        self._run(lambda: self.col.evaluations.set_answer(self.id, item_id, answer))

    def set_note(self, text: str) -> None:
        self._run(lambda: self.col.evaluations.set_note(self.id, text))

    def set_playhead(self, ms: int) -> None:
        ms = int(ms)
        if ms == self._last_playhead:
            return
        self._last_playhead = ms
        self._run(lambda: self.col.evaluations.set_playhead(self.id, ms))

    def add_comment(
        self,
        position_ms: int,
        text: str,
        item_id: str | None,
        then: Callable[[Any], None] | None = None,
    ) -> None:
        self._run(
            lambda: self.col.evaluations.add_comment(self.id, position_ms, text, item_id=item_id),
            then,
        )

    def update_comment(self, comment_id: uuid.UUID, **changes: Any) -> None:
        self._run(lambda: self.col.evaluations.update_comment(comment_id, **changes))

    def delete_comment(self, comment_id: uuid.UUID) -> None:
        self._run(lambda: self.col.evaluations.delete_comment(comment_id))

    # ------------------------------------------------------------------ reads (fast)
    def reload(self) -> Any:
        self.flush()
        self.view = self.col.evaluations.get(self.id)
        return self.view

    def problems(self) -> list[tuple[str, str]]:
        self.flush()
        return self.col.evaluations.problems(self.id)

    def submit(self) -> Any:
        self.flush()
        self.view = self.col.evaluations.submit(self.id)
        return self.view

    def history(self) -> list[Any]:
        self.flush()
        return self.col.evaluations.history(self.id)
