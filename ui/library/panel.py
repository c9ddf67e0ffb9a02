"""Left side of the main window: my work queue and the searchable call library."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from qaclient.collection import Collection
from ui import relays
from ui.icons import icon
from ui.library.model import CallListModel, fmt_duration


def fmt_points(value: Any) -> str:
    from decimal import Decimal

    d = value if isinstance(value, Decimal) else Decimal(str(value))
    return format(d.normalize(), "f") if d != d.to_integral_value() else str(int(d))


class CallTable(QTableView):
    """A table whose Enter opens the current call (double-click does too)."""

    openRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setSortingEnabled(False)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(24)
        self.horizontalHeader().setHighlightSections(False)
        self.doubleClicked.connect(self._open_index)

    def _open_index(self, index) -> None:
        if index.isValid():
            call_id = index.siblingAtColumn(0).data(Qt.ItemDataRole.UserRole)
            if call_id:
                self.openRequested.emit(call_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._open_index(self.currentIndex())
            return
        super().keyPressEvent(event)


class _ValuesRelay(QObject):
    done = Signal(int, dict)


class _ValuesJob(QRunnable):
    """Reads the agent and queue value lists off the GUI thread."""

    def __init__(self, col: Collection, relay: _ValuesRelay, generation: int):
        super().__init__()
        self.col, self.relay, self.generation = col, relay, generation

    def run(self) -> None:
        values: dict[str, list[str]] = {}
        for column in ("agent", "queue"):
            try:
                values[column] = self.col.library.distinct_values(column)
            except Exception:
                values[column] = []
        try:
            self.relay.done.emit(self.generation, values)
        except RuntimeError:
            pass  # the filter bar is gone


class FilterBar(QWidget):
    """The library's filters; emits a ``CallFilter`` a moment after any change."""

    changed = Signal(object)

    def __init__(self, col: Collection, parent: QWidget | None = None):
        super().__init__(parent)
        self.col = col
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(4)
        grid.setVerticalSpacing(3)
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("Search call id or notes…"))
        self.text.setClearButtonEnabled(True)
        grid.addWidget(self.text, 0, 0, 1, 2)
        self.agent = QComboBox()
        self.queue = QComboBox()
        self.direction = QComboBox()
        self.direction.addItem(self.tr("Any direction"), None)
        self.direction.addItem(self.tr("Inbound"), "inbound")
        self.direction.addItem(self.tr("Outbound"), "outbound")
        self.scored = QComboBox()
        self.scored.addItem(self.tr("All calls"), None)
        self.scored.addItem(self.tr("Unscored"), "unscored")
        self.scored.addItem(self.tr("Scored"), "scored")
        self.scored.addItem(self.tr("Scored by me"), "mine")
        self.scored.addItem(self.tr("Disputed"), "disputed")
        self.scored.addItem(self.tr("To revise"), "revised")
        # two filters a row: the words of every language fit ("Todos los agentes",
        # "Cualquier dirección") in the list of a 1280 px screen
        grid.addWidget(self.agent, 1, 0)
        grid.addWidget(self.queue, 1, 1)
        grid.addWidget(self.direction, 2, 0)
        grid.addWidget(self.scored, 2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.complaint = QCheckBox(self.tr("Complaints only"))
        grid.addWidget(self.complaint, 3, 0, 1, 2)
        self.use_dates = QCheckBox(self.tr("From"))
        self.date_from = QDateEdit(QDate.currentDate().addDays(-30))
        self.date_to = QDateEdit(QDate.currentDate())
        for d in (self.date_from, self.date_to):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
            d.setEnabled(False)
        self.use_dates.toggled.connect(self.date_from.setEnabled)
        self.use_dates.toggled.connect(self.date_to.setEnabled)
        dates = QHBoxLayout()
        dates.addWidget(self.use_dates)
        dates.addWidget(self.date_from, 1)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.date_to, 1)
        grid.addLayout(dates, 4, 0, 1, 2)
        for combo, everyone in (
            (self.agent, self.tr("All agents")),
            (self.queue, self.tr("All queues")),
        ):
            combo.addItem(everyone, None)
        for combo in (self.agent, self.queue, self.direction, self.scored):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(3)
            # as wide as its longest fixed choice ("All agents" …), whatever the language
            fm = combo.fontMetrics()
            longest = max(fm.horizontalAdvance(combo.itemText(i)) for i in range(combo.count()))
            combo.setMinimumWidth(longest + 34)
        self._values_relay = relays.make(_ValuesRelay)
        self._values_relay.done.connect(self._fill_values)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(lambda: self.changed.emit(self.current_filter()))
        self.text.textChanged.connect(self._timer.start)
        for combo in (self.agent, self.queue, self.direction, self.scored):
            combo.currentIndexChanged.connect(self._timer.start)
        for box in (self.complaint, self.use_dates):
            box.toggled.connect(self._timer.start)
        for d in (self.date_from, self.date_to):
            d.dateChanged.connect(self._timer.start)
        # the agent / queue choices are filled by reload_values() (LibraryPanel.refresh)

    def reload_values(self, wait: bool = False) -> None:
        """Fill the agent / queue choices from the library.

        ``SELECT DISTINCT`` walks a whole index (~0.1 s per column on a million calls),
        so it runs on the thread pool and the combo boxes fill when it returns.
        """
        self._values_generation = getattr(self, "_values_generation", 0) + 1
        job = _ValuesJob(self.col, self._values_relay, self._values_generation)
        if wait:
            job.run()
        else:
            QThreadPool.globalInstance().start(job)

    def _fill_values(self, generation: int, values: dict) -> None:
        if generation != getattr(self, "_values_generation", 0):
            return
        for combo, column, everyone in (
            (self.agent, "agent", self.tr("All agents")),
            (self.queue, "queue", self.tr("All queues")),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everyone, None)
            for v in values.get(column, [])[:2000]:
                combo.addItem(self.col.names.person(v) if column == "agent" else v, v)
            idx = combo.findData(current)
            combo.setCurrentIndex(max(0, idx))
            combo.blockSignals(False)

    def current_filter(self) -> Any:
        from qaclient.recordings.library import CallFilter

        scored = self.scored.currentData()
        kwargs: dict[str, Any] = {
            "agent": self.agent.currentData(),
            "queue": self.queue.currentData(),
            "direction": self.direction.currentData(),
            "text": self.text.text().strip() or None,
            "complaint": True if self.complaint.isChecked() else None,
            "scored": {"unscored": False, "scored": True}.get(scored),
            "scored_by": self.col.actor if scored == "mine" else None,
            "status": scored if scored in ("disputed", "revised") else None,
        }
        if self.use_dates.isChecked():
            kwargs["date_from"] = _to_date(self.date_from.date())
            kwargs["date_to"] = _to_date(self.date_to.date())
        return CallFilter(**kwargs)


def _to_date(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())


class WorkQueue(QWidget):
    """My assignments: the calls a sample gave me to evaluate, and how far I got."""

    openRequested = Signal(str)

    def __init__(self, col: Collection, parent: QWidget | None = None):
        super().__init__(parent)
        self.col = col
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 0)
        self.summary = QLabel()
        lay.addWidget(self.summary)
        # what an inspector plans the day with: which call, whose, when, how far, the
        # score given (the duration is in the library and the heading of the open call)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Call"),
                self.tr("Agent"),
                self.tr("Date"),
                self.tr("Status"),
                self.tr("Score"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        hh = self.table.horizontalHeader()
        # the agent's name takes what is left (and is shortened first: a long name must
        # never cut the call id); the other columns are as wide as their text, so the
        # whole row fits the narrow list of a 1280 px screen
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.cellDoubleClicked.connect(lambda r, _c: self._open(r))
        self.table.installEventFilter(self)
        lay.addWidget(self.table, 1)
        self._names = {
            "open": self.tr("to do"),
            "in_progress": self.tr("in progress"),
            "done": self.tr("done"),
            "disputed": self.tr("disputed"),
            "to_revise": self.tr("to revise"),
        }

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        if (
            obj is self.table
            and event.type() == event.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._open(self.table.currentRow())
            return True
        return super().eventFilter(obj, event)

    def _open(self, row: int) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            self.openRequested.emit(item.text())

    @staticmethod
    def _score_text(a: Any) -> str:
        """The submitted score (and grade); a draft's running total could mislead."""
        total = getattr(a, "total", None)
        if a.status not in ("done", "disputed") or total is None:
            return ""
        text = fmt_points(total)
        if getattr(a, "auto_fail", False):
            text += " ⚠"
        return f"{text} ({a.grade})" if a.grade else text

    def refresh(self, select: str | None = None) -> list[Any]:
        try:
            rows = self.col.library.assignments()
        except Exception:
            rows = []
        self.table.setRowCount(len(rows))
        done = 0
        for r, a in enumerate(rows):
            done += a.status == "done"
            start = getattr(a, "start", None)
            vals = (
                a.call_id,
                self.col.names.person(a.agent),
                start.astimezone().strftime("%m-%d %H:%M") if start else "—",
                self._names.get(a.status, a.status),
                self._score_text(a),
            )
            for c, v in enumerate(vals):
                it = QTableWidgetItem(v)
                if a.status == "done":
                    it.setForeground(Qt.GlobalColor.darkGray)
                elif a.status in ("disputed", "to_revise"):
                    it.setForeground(QColor("#a12d22"))
                if c == 1:
                    it.setToolTip(f"{v} ({a.agent})" if v != a.agent else v)
                if c == 2 and start:
                    it.setToolTip(
                        start.astimezone().strftime("%Y-%m-%d %H:%M")
                        + "  ·  "
                        + fmt_duration(a.duration_ms)
                    )
                if c == 4:
                    it.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, it)
            if a.call_id == select:
                self.table.selectRow(r)
        self.summary.setText(
            self.tr("%1 of %2 assigned calls done")
            .replace("%1", str(done))
            .replace("%2", str(len(rows)))
            if rows
            else self.tr("No calls assigned to you.")
        )
        return rows


class LibraryPanel(QTabWidget):
    """Tabs "My queue" and "Library"."""

    openRequested = Signal(str)
    failed = Signal(str)

    def __init__(self, col: Collection, parent: QWidget | None = None):
        super().__init__(parent)
        self.col = col
        self.queue = WorkQueue(col)
        self.queue.openRequested.connect(self.openRequested)
        lib = QWidget()
        lay = QVBoxLayout(lib)
        lay.setContentsMargins(0, 4, 0, 0)
        self.filters = FilterBar(col)
        lay.addWidget(self.filters)
        head = QHBoxLayout()
        self.count = QLabel()
        self.count.setStyleSheet("color:#4b5563;")
        head.addWidget(self.count, 1)
        refresh = QToolButton()
        refresh.setIcon(icon("refresh"))
        refresh.setToolTip(self.tr("Refresh the list"))
        refresh.clicked.connect(self.refresh)
        head.addWidget(refresh)
        lay.addLayout(head)
        self.model = CallListModel(col, self)
        self.model.countChanged.connect(self._show_count)
        self.model.failed.connect(self.failed)
        self.table = CallTable()
        self.table.setModel(self.model)
        self.table.openRequested.connect(self.openRequested)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setStretchLastSection(True)  # the queue, last, takes what is left
        hh.setMinimumSectionSize(22)
        self.size_columns()
        lay.addWidget(self.table, 1)
        self.addTab(self.queue, self.tr("My queue"))
        self.addTab(lib, self.tr("Library"))
        self.filters.changed.connect(self._apply_filter)
        # an explicit minimum (instead of the filter bar's natural width) lets the main
        # window fold or narrow the list on small screens
        self.setMinimumWidth(200)

    def size_columns(self) -> None:
        """Column widths from the font and the words of this language (no per-row
        measuring: scores are looked up only for painted rows)."""
        fm = self.table.fontMetrics()
        hfm = self.table.horizontalHeader().fontMetrics()
        model = self.model
        pad = 8

        def fits(*texts: str, header: str = "") -> int:
            return max([fm.horizontalAdvance(t) for t in texts] + [hfm.horizontalAdvance(header)])

        cols = model.COLUMNS
        head = dict(zip(cols, model._headers, strict=True))
        widths = {
            "call_id": fits("DEMO-ZH-01", header=head["call_id"]),
            "agent": fits("00000", "王小明", header=head["agent"]),
            "start": fits("12-31 23:59", header=head["start"]),
            "duration": fits("00:00", header=head["duration"]),
            "complaint": fits("⚑"),
            # the everyday statuses; a rarer, longer one shows whole in its tooltip
            "status": fits(
                *(model._status_names[k] for k in ("unscored", "draft", "submitted", "final")),
                header=head["status"],
            ),
            "score": fits("100 (A)", "88.5 (B)", header=head["score"]),
            "queue": fits("billing", header=head["queue"]),
        }
        for c, key in enumerate(cols):
            self.table.setColumnWidth(c, widths[key] + pad)

    def essential_width(self) -> int:
        """The list's width at which the call id, agent, start, status and score show
        whole (the main window gives the list at least this much when it can)."""
        cols = self.model.COLUMNS
        inner = sum(self.table.columnWidth(cols.index(k)) for k in self.model.ESSENTIAL)
        bar = self.table.verticalScrollBar().sizeHint().width()
        # the tab widget's frame and the page's margins around the table
        page = self.widget(1)
        around = self.width() - page.width() if page is not None and self.isVisible() else 4
        return inner + bar + 2 * self.table.frameWidth() + max(4, around)

    def _apply_filter(self, flt: Any) -> None:
        self.count.setText(self.tr("Counting…"))
        self.model.set_filter(flt)

    def refresh(self) -> None:
        self.filters.reload_values()
        self._apply_filter(self.filters.current_filter())
        rows = self.queue.refresh()
        if not rows:
            self.setCurrentIndex(1)

    def _show_count(self, n: int) -> None:
        self.count.setText(self.tr("%1 calls").replace("%1", f"{n:,}"))

    def select_call(self, call_id: str) -> None:
        for r, row in enumerate(self.model.rows):
            if row.call_id == call_id:
                self.table.selectRow(r)
                return
