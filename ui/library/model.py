"""The call list model: a lazily fetching table over ``col.library.search``.

The library may hold a million calls.  The model never loads them all: it holds the rows
fetched so far and Qt's view asks for more (``canFetchMore`` / ``fetchMore``) as the user
scrolls toward the end, one page (one indexed query, a few ms) at a time.  The total is
counted once per filter, on the thread pool, so the window can say how many calls match.  The evaluation
status and score of a scored call are looked up only when its row is painted, and kept.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from qaclient.collection import Collection
from ui import relays

Index = QModelIndex | QPersistentModelIndex


def fmt_duration(ms: int) -> str:
    s = max(0, int(ms)) // 1000
    h, rem = divmod(s, 3600)
    m, sec = divmod(rem, 60)
    return f"{h}:{m:02d}:{sec:02d}" if h else f"{m}:{sec:02d}"


class _CountRelay(QObject):
    done = Signal(int, int, object)  # generation, total, error
    evals = Signal(int, dict)  # generation, {call id: EvaluationSummary | None}


class _EvalJob(QRunnable):
    """Looks up the newest evaluation of some scored calls off the GUI thread."""

    def __init__(self, model: CallListModel, generation: int, call_ids: list[str]):
        super().__init__()
        self.col, self.relay = model.col, model._relay
        self.generation, self.call_ids = generation, call_ids

    def run(self) -> None:
        found: dict[str, Any] = {}
        for call_id in self.call_ids:
            try:
                rows = self.col.evaluations.list(call_id=call_id, limit=1)
            except Exception:
                rows = []
            found[call_id] = rows[0] if rows else None
        try:
            self.relay.evals.emit(self.generation, found)
        except RuntimeError:
            pass  # the model is gone


class _CountJob(QRunnable):
    """Counts the matches of a filter off the GUI thread."""

    def __init__(self, model: CallListModel, generation: int, flt: Any):
        super().__init__()
        self.col = model.col
        self.relay = model._relay
        self.generation = generation
        self.flt = flt

    def run(self) -> None:
        try:
            total, error = self.col.library.count(self.flt), None
        except Exception as exc:
            total, error = 0, exc
        try:
            self.relay.done.emit(self.generation, total, error)
        except RuntimeError:
            pass  # the model is gone (window closed meanwhile)


class CallListModel(QAbstractTableModel):
    """Rows of :class:`qaclient.recordings.library.CallRow`, fetched page by page."""

    #: What an inspector scans first comes first; the queue (long names) is last and takes
    #: what is left, so it never pushes the id, agent, start, status or score out of view.
    COLUMNS = ("call_id", "agent", "start", "status", "score", "duration", "complaint", "queue")
    #: The columns that stay in view in the narrow list of a laptop screen.
    ESSENTIAL = ("call_id", "agent", "start", "status", "score")
    PAGE = 200

    countChanged = Signal(int)
    failed = Signal(str)

    def __init__(self, col: Collection, parent=None):
        super().__init__(parent)
        self.col = col
        self.filter: Any = None
        self.rows: list[Any] = []
        self.total = 0
        self._exhausted = False
        self._evals: dict[str, Any] = {}  # call id -> newest EvaluationSummary (or None)
        self._generation = 0
        self._relay = relays.make(_CountRelay)
        self._relay.done.connect(self._count_done)
        self._relay.evals.connect(self._evals_done)
        self._wanted: list[str] = []
        self._lookup_timer = QTimer(self)
        self._lookup_timer.setSingleShot(True)
        self._lookup_timer.setInterval(0)
        self._lookup_timer.timeout.connect(self._start_lookup)
        names = {
            "call_id": self.tr("Call"),
            "agent": self.tr("Agent"),
            "queue": self.tr("Queue"),
            "start": self.tr("Start"),
            "duration": self.tr("Duration"),
            "complaint": self.tr("Complaint"),
            "status": self.tr("Status"),
            "score": self.tr("Score", "short column heading of the call list"),
        }
        self._headers = tuple(names[c] for c in self.COLUMNS)
        self._status_names = {
            "unscored": self.tr("unscored"),
            "draft": self.tr("draft"),
            "submitted": self.tr("submitted"),
            "acknowledged": self.tr("acknowledged"),
            "disputed": self.tr("disputed"),
            "revised": self.tr("to revise"),
            "final": self.tr("final"),
        }

    # ------------------------------------------------------------------ loading
    def set_filter(self, flt: Any) -> None:
        """Start over with *flt* (a ``CallFilter``): the first page now, the count behind.

        A page is an indexed query of a few ms; counting every match of a broad filter on
        a million calls takes ~0.1 s, so it runs on the thread pool and arrives as
        ``countChanged``.  Until then (and regardless of it) more rows are fetched while
        the last page came back full.
        """
        self.beginResetModel()
        self.filter = flt
        self.rows = []
        self._evals.clear()
        self._wanted = []
        self._exhausted = False
        self.total = -1  # unknown until the count arrives
        self._generation += 1
        self.endResetModel()
        if self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())
        if self._exhausted:  # everything fits one page: no need to count
            self._count_done(self._generation, len(self.rows), None)
        else:
            QThreadPool.globalInstance().start(_CountJob(self, self._generation, flt))

    def _count_done(self, generation: int, total: int, error: Any) -> None:
        if generation != self._generation:
            return  # the filter changed meanwhile
        if error is not None:
            self.failed.emit(str(error))
            return
        self.total = total
        self.countChanged.emit(total)

    def wait_for_count(self, timeout_ms: int = 5000) -> int:
        """Block until the count of the current filter is known (tests, scripts)."""
        from PySide6.QtCore import QCoreApplication, QDeadlineTimer

        deadline = QDeadlineTimer(timeout_ms)
        while self.total < 0 and not deadline.hasExpired():
            QThreadPool.globalInstance().waitForDone(20)
            QCoreApplication.processEvents()
        return self.total

    def refresh(self) -> None:
        self.set_filter(self.filter)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008 - Qt API
        if parent.isValid() or self._exhausted:
            return False
        return self.total < 0 or len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008 - Qt API
        if parent.isValid() or self._exhausted:
            return
        try:
            page = self.col.library.search(self.filter, len(self.rows), self.PAGE, with_total=False)
        except Exception as exc:
            self._exhausted = True
            self.failed.emit(str(exc))
            return
        rows = page.rows
        if len(rows) < self.PAGE:
            self._exhausted = True
        if not rows:
            return
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self.rows.extend(rows)
        self.endInsertRows()

    def update_call(self, call_id: str) -> None:
        """Re-read one call (after scoring it) without refetching the list."""
        for r, row in enumerate(self.rows):
            if row.call_id == call_id:
                fresh = self.col.library.get(call_id)
                if fresh is not None:
                    self.rows[r] = fresh
                self._evals.pop(call_id, None)  # looked up again when painted
                self.dataChanged.emit(self.index(r, 0), self.index(r, len(self.COLUMNS) - 1))
                break

    # ------------------------------------------------------------------ Qt model API
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            # the complaint column is one flag wide: its name is in the tooltip
            return "⚑" if self.COLUMNS[section] == "complaint" else self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._headers[section]
        return None

    def call_at(self, row: int) -> Any:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    _LOADING = object()

    def _evaluation(self, row: Any) -> Any:
        """The newest evaluation summary of a scored call; looked up on the thread pool
        (one query per call) for the rows being painted, so scrolling never waits."""
        if not row.scored:
            return None
        ev = self._evals.get(row.call_id, None)
        if row.call_id not in self._evals:
            self._evals[row.call_id] = self._LOADING
            self._wanted.append(row.call_id)
            if not self._lookup_timer.isActive():
                self._lookup_timer.start()
            return self._LOADING
        return ev

    def _start_lookup(self) -> None:
        ids, self._wanted = self._wanted, []
        if ids:
            QThreadPool.globalInstance().start(_EvalJob(self, self._generation, ids))

    def _evals_done(self, generation: int, found: dict) -> None:
        if generation != self._generation:
            return
        self._evals.update(found)
        rows = [r for r, row in enumerate(self.rows) if row.call_id in found]
        if rows:
            first, last = min(rows), max(rows)
            cols = (self.COLUMNS.index("status"), self.COLUMNS.index("score"))
            self.dataChanged.emit(self.index(first, min(cols)), self.index(last, max(cols)))

    def wait_for_scores(self, timeout_ms: int = 5000) -> None:
        """Block until the evaluation look-ups asked for so far are in (tests, scripts)."""
        from PySide6.QtCore import QCoreApplication, QDeadlineTimer

        deadline = QDeadlineTimer(timeout_ms)
        while not deadline.hasExpired() and (
            self._wanted or any(v is self._LOADING for v in self._evals.values())
        ):
            if self._wanted:
                self._start_lookup()
            QThreadPool.globalInstance().waitForDone(20)
            QCoreApplication.processEvents()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "call_id":
                return row.call_id
            if column == "agent":
                return self.col.names.person(row.agent)
            if column == "queue":
                return row.queue or ""
            if column == "start":
                return row.start.astimezone().strftime("%m-%d %H:%M")
            if column == "duration":
                return fmt_duration(row.duration_ms)
            if column == "complaint":
                return "⚑" if row.complaint else ""
            if column == "status":
                ev = self._evaluation(row)
                if ev is self._LOADING:
                    return "…"
                key = str(ev.status) if ev is not None else "unscored"
                return self._status_names.get(key, key)
            if column == "score":
                ev = self._evaluation(row)
                if ev is self._LOADING or ev is None or ev.total is None:
                    return ""
                if str(ev.status) in ("draft", "revised"):
                    return ""  # a score being given is no score yet (its status says so)
                total = ev.total if isinstance(ev.total, Decimal) else Decimal(str(ev.total))
                text = format(total.normalize(), "f")
                if ev.auto_fail:
                    text += " ⚠"
                # the grade's label beside the total when short ("A", "良"); a long one
                # ("不合格", "Fail") in the tooltip
                grade = self.col.names.grade(ev.rubric, ev.grade) if ev.grade else ""
                return f"{text} ({grade})" if grade and len(grade) <= 2 else text
        elif role == Qt.ItemDataRole.TextAlignmentRole:
            if column in ("duration", "score"):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if column == "complaint":
                return int(Qt.AlignmentFlag.AlignCenter)
        elif role == Qt.ItemDataRole.ForegroundRole:
            if column == "complaint" and row.complaint:
                return QBrush(QColor("#c62828"))
            if column == "status" and not row.scored:
                return QBrush(QColor("#6b7280"))
        elif role == Qt.ItemDataRole.ToolTipRole:
            if column == "call_id" and row.notes:
                return row.notes
            if column == "start":
                return row.start.astimezone().strftime("%Y-%m-%d %H:%M:%S")
            if column == "score":
                ev = self._evaluation(row)
                if ev is None or ev is self._LOADING or ev.total is None:
                    return None
                if str(ev.status) in ("draft", "revised"):
                    return self._status_names.get(str(ev.status))
                total = ev.total if isinstance(ev.total, Decimal) else Decimal(str(ev.total))
                shown = format(total.normalize(), "f")
                if ev.max is not None:
                    shown += f" / {format(Decimal(str(ev.max)).normalize(), 'f')}"
                return f"{shown} ({ev.grade})" if ev.grade else shown
            if column in ("status", "queue", "agent"):
                shown = self.data(index, Qt.ItemDataRole.DisplayRole)
                return shown or None
        elif role == Qt.ItemDataRole.UserRole:
            return row.call_id
        return None
