"""The open evaluation of the open call: autosave through ``col.evaluations``.

Every change (an answer, the note, a comment, the playhead) is written at once by the
evaluation store, on ONE background thread so the GUI never waits for the disk and the
writes land in the order they were made.  The session reports ``saving`` / ``saved`` /
``failed`` so the window can show a visible "Saved" state; a failed write is shown as a
message and the state stays "not saved" until a later write succeeds.

A call that has no evaluation of mine yet opens on an unsaved preview
(``col.evaluations.preview``, ``id`` None): nothing is stored until the first answer,
comment or note, whose write creates the draft first (``created`` is emitted then).  So
merely opening a call never makes it "in progress".
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
    created = Signal(object)  # the evaluation id, when the first change stored the draft
    _done = Signal(object, object, object)  # callback, result, error (crosses threads)

    def __init__(self, col: Collection, view: Any, parent: QObject | None = None):
        super().__init__(parent)
        self.col = col
        self.view = view  # qaclient.evaluations.EvaluationView as loaded
        self.id: uuid.UUID | None = view.id
        self._created_emitted = view.id is not None
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

    def _ensure(self) -> uuid.UUID:
        """On the writer thread: the evaluation's id, creating the draft on first use."""
        if self.id is None:
            v = self.view
            created = self.col.evaluations.create(
                call_id=v.call_id, rubric=v.rubric_version_id, agent=v.agent
            )
            self.id = created.id
        return self.id

    @property
    def stored(self) -> bool:
        return self.id is not None

    def _on_done(
        self, then: Callable[[Any], None] | None, result: Any, error: Exception | None
    ) -> None:
        self._pending -= 1
        if self.id is not None and not self._created_emitted:
            self._created_emitted = True
            self.created.emit(self.id)
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
        if self.id is None and answer is None and not self.busy:
            return  # clearing an answer of a call never scored: nothing to store
        self._run(lambda: self.col.evaluations.set_answer(self._ensure(), item_id, answer))

    def accept_suggestion(self, suggestion: Any) -> None:
        """The inspector took a suggested answer: stored and audited as accepted."""
        self._run(lambda: self.col.evaluations.accept_suggestion(self._ensure(), suggestion))

    def set_note(self, text: str) -> None:
        if self.id is None and not text and not self.busy:
            return
        self._run(lambda: self.col.evaluations.set_note(self._ensure(), text))

    def set_playhead(self, ms: int) -> None:
        ms = int(ms)
        if ms == self._last_playhead:
            return
        if self.id is None and not self.busy:
            return  # listening alone creates no draft; the position is saved with it later
        self._last_playhead = ms
        self._run(lambda: self.col.evaluations.set_playhead(self._ensure(), ms))

    def add_comment(
        self,
        position_ms: int,
        text: str,
        item_id: str | None,
        then: Callable[[Any], None] | None = None,
    ) -> None:
        self._run(
            lambda: self.col.evaluations.add_comment(
                self._ensure(), position_ms, text, item_id=item_id
            ),
            then,
        )

    def update_comment(self, comment_id: uuid.UUID, **changes: Any) -> None:
        self._run(lambda: self.col.evaluations.update_comment(comment_id, **changes))

    def delete_comment(self, comment_id: uuid.UUID) -> None:
        self._run(lambda: self.col.evaluations.delete_comment(comment_id))

    # ------------------------------------------------------------------ reads (fast)
    def reload(self) -> Any:
        self.flush()
        if self.id is not None:
            self.view = self.col.evaluations.get(self.id)
        return self.view

    def problems(self) -> list[tuple[str, str]]:
        self.flush()
        if self.id is None:
            from qaclient.rubrics import scoring

            return scoring.submit_problems(self.view.rubric, {}, ())
        return self.col.evaluations.problems(self.id)

    def submit(self) -> Any:
        self.flush()
        if self.id is None:
            self._pool.submit(self._ensure).result(10)
        self.view = self.col.evaluations.submit(self.id)
        return self.view

    def history(self) -> list[Any]:
        self.flush()
        if self.id is None:
            return []
        return self.col.evaluations.history(self.id)
