"""The tabs below the player: timestamped comments, coaching note, call metadata, history.

Comments are the evidence of a score: each sits at a moment of the call (click to jump the
player there) and may link to the rubric item it explains.  ``M`` (a main-window shortcut)
starts a comment at the playhead: the composer takes the time and the focused item, the
inspector types and presses Enter.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from qaclient.rubrics.model import Rubric, label


def format_ms(ms: int) -> str:
    s, ms_rest = divmod(max(0, int(ms)), 1000)
    h, rem = divmod(s, 3600)
    m, sec = divmod(rem, 60)
    return f"{h}:{m:02d}:{sec:02d}" if h else f"{m:02d}:{sec:02d}"


class _ItemLinkDelegate(QStyledItemDelegate):
    """Double-click a comment's item cell to link it to another rubric item (or none)."""

    def __init__(self, tab: CommentsTab):
        super().__init__(tab)
        self.tab = tab

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt API
        combo = QComboBox(parent)
        for text, data in self.tab.item_choices():
            combo.addItem(text, data)
        return combo

    def setEditorData(self, editor, index) -> None:  # noqa: N802 - Qt API
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.UserRole))))

    def setModelData(self, editor, model, index) -> None:  # noqa: N802 - Qt API
        data = editor.currentData()
        model.setData(index, data, Qt.ItemDataRole.UserRole)
        model.setData(index, self.tab.item_name(data) if data else "", Qt.ItemDataRole.DisplayRole)


class CommentsTab(QWidget):
    """List of comments and the composer line."""

    jumpRequested = Signal(int)  # ms
    addRequested = Signal(int, str, object)  # ms, text, item id or None
    editRequested = Signal(object, dict)  # comment id, changes
    deleteRequested = Signal(object)  # comment id

    COLS = 4

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.person_name: Callable[[str], str] = lambda login: login  # login → display name
        self.rubric: Rubric | None = None
        self.lang = "en"
        self._pos_ms = 0
        self._loading = False
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        comp = QHBoxLayout()
        self.time_label = QLabel("00:00")
        self.time_label.setMinimumWidth(56)
        self.time_label.setStyleSheet("font-weight:bold; color:#1f5fa8;")
        self.time_label.setToolTip(
            self.tr("Where the comment goes (the playhead when you pressed M)")
        )
        comp.addWidget(self.time_label)
        self.item_combo = QComboBox()
        self.item_combo.setMinimumWidth(160)
        self.item_combo.setMaximumWidth(280)
        self.item_combo.setToolTip(self.tr("Rubric item the comment explains"))
        comp.addWidget(self.item_combo)
        self.text = QLineEdit()
        self.text.setPlaceholderText(
            self.tr("Press M to comment at the playhead; type and press Enter")
        )
        self.text.returnPressed.connect(self._add)
        comp.addWidget(self.text, 1)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(self._add)
        comp.addWidget(self.add_button)
        lay.addLayout(comp)
        self.table = QTableWidget(0, self.COLS)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Time"), self.tr("Item"), self.tr("Comment"), self.tr("Author")]
        )
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        hh.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        hh.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnWidth(1, 200)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QTableWidget.EditTrigger.DoubleClicked | QTableWidget.EditTrigger.EditKeyPressed
        )
        self.table.setItemDelegateForColumn(1, _ItemLinkDelegate(self))
        self.table.cellClicked.connect(self._clicked)
        self.table.itemChanged.connect(self._edited)
        lay.addWidget(self.table, 1)
        row = QHBoxLayout()
        hint = QLabel(
            self.tr("Click a comment to jump there; double-click its text or item to change it.")
        )
        hint.setStyleSheet("color:#6b7280;")
        hint.setWordWrap(True)  # a narrow player (1280 px screens) wraps it, not clips it
        row.addWidget(hint, 1)
        self.delete_button = QPushButton(self.tr("Delete comment"))
        self.delete_button.clicked.connect(self._delete)
        row.addWidget(self.delete_button)
        lay.addLayout(row)

    def set_rubric(self, rubric: Rubric | None, lang: str) -> None:
        self.rubric = rubric
        self.lang = lang
        self.item_combo.clear()
        self.item_combo.addItem(self.tr("(whole call)"), None)
        if rubric is not None:
            for s_i, section in enumerate(rubric.sections, start=1):
                for i_i, item in enumerate(section.items, start=1):
                    self.item_combo.addItem(f"{s_i}.{i_i} {label(item.labels, lang)}", item.id)

    def item_name(self, item_id: str | None) -> str:
        if not item_id or self.rubric is None:
            return ""
        idx = self.item_combo.findData(item_id)
        if idx >= 0:
            return self.item_combo.itemText(idx)
        for n, section in enumerate(self.rubric.sections, start=1):  # a section's check
            if section.id == item_id:
                return f"{n} {label(section.labels, self.lang)}"
        return item_id

    def set_comments(self, comments: list[Any]) -> None:
        self._loading = True
        self.table.setRowCount(0)
        for c in sorted(comments, key=lambda c: c.position_ms):
            r = self.table.rowCount()
            self.table.insertRow(r)
            t = QTableWidgetItem(format_ms(c.position_ms))
            t.setData(Qt.ItemDataRole.UserRole, c.id)
            t.setData(Qt.ItemDataRole.UserRole + 1, c.position_ms)
            t.setFlags(t.flags() & ~Qt.ItemFlag.ItemIsEditable)
            it = QTableWidgetItem(self.item_name(c.item_id))
            it.setData(Qt.ItemDataRole.UserRole, c.item_id)  # edited with a combo (delegate)
            tx = QTableWidgetItem(c.text)
            au = QTableWidgetItem(self.person_name(c.author))
            au.setFlags(au.flags() & ~Qt.ItemFlag.ItemIsEditable)
            for col, w in enumerate((t, it, tx, au)):
                self.table.setItem(r, col, w)
        self._loading = False

    def start_comment(self, position_ms: int, item_id: str | None) -> None:
        """What M does: take the playhead and the focused item, focus the text field."""
        self._pos_ms = max(0, int(position_ms))
        self.time_label.setText(format_ms(self._pos_ms))
        idx = self.item_combo.findData(item_id) if item_id else 0
        self.item_combo.setCurrentIndex(max(0, idx))
        self.text.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.text.selectAll()

    def _add(self) -> None:
        text = self.text.text().strip()
        if not text:
            return
        self.addRequested.emit(self._pos_ms, text, self.item_combo.currentData())
        self.text.clear()

    def _clicked(self, row: int, _col: int) -> None:
        t = self.table.item(row, 0)
        if t is not None:
            self.jumpRequested.emit(int(t.data(Qt.ItemDataRole.UserRole + 1)))

    def _edited(self, item: QTableWidgetItem) -> None:
        if self._loading or item.column() not in (1, 2):
            return
        cid = self.table.item(item.row(), 0).data(Qt.ItemDataRole.UserRole)
        if item.column() == 2:
            self.editRequested.emit(cid, {"text": item.text()})
        else:
            self.editRequested.emit(cid, {"item_id": item.data(Qt.ItemDataRole.UserRole)})

    def item_choices(self) -> list[tuple[str, str | None]]:
        return [
            (self.item_combo.itemText(i), self.item_combo.itemData(i))
            for i in range(self.item_combo.count())
        ]

    def _delete(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        cid: uuid.UUID = self.table.item(row, 0).data(Qt.ItemDataRole.UserRole)
        self.deleteRequested.emit(cid)


class NoteTab(QWidget):
    """The coaching note: saved a moment after typing stops (and when leaving the field)."""

    noteChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        hint = QLabel(
            self.tr(
                "Coaching note for the agent: name the behaviour, the moment, and its effect on the customer."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color:#6b7280;")
        lay.addWidget(hint)
        self.edit = QPlainTextEdit()
        self.edit.setPlaceholderText(self.tr("What went well, what to improve, and how…"))
        lay.addWidget(self.edit, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(700)
        self._timer.timeout.connect(self.commit)
        self.edit.textChanged.connect(self._timer.start)
        self._loaded = ""

    def set_note(self, text: str) -> None:
        self._timer.stop()
        self.edit.blockSignals(True)
        self.edit.setPlainText(text)
        self.edit.blockSignals(False)
        self._loaded = text

    def commit(self) -> None:
        self._timer.stop()
        text = self.edit.toPlainText()
        if text != self._loaded:
            self._loaded = text
            self.noteChanged.emit(text)


class MetadataTab(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(8, 8, 8, 8)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)

    def set_call(
        self,
        call: Any,
        rubric: Rubric | None,
        lang: str,
        agent_name: str | None = None,
        *,
        revealed: bool = False,
    ) -> None:
        """Show *call* (its personal fields come masked from the library unless the user's
        role allows them; *revealed* says which, and masks the file name alike)."""
        from qaclient.privacy import scrub_text

        while self.form.rowCount():
            self.form.removeRow(0)
        if call is None:
            self.form.addRow(QLabel(self.tr("No call open.")))
            return
        start = getattr(call, "start", None)
        rows = [
            (self.tr("Call id"), call.call_id),
            (
                self.tr("Agent"),
                (f"{agent_name} ({call.agent})" if agent_name and agent_name != call.agent else "")
                or call.agent
                or "—",
            ),
            (self.tr("Team"), call.team or "—"),
            (self.tr("Queue"), call.queue or "—"),
            (
                self.tr("Direction"),
                {"inbound": self.tr("inbound"), "outbound": self.tr("outbound")}.get(
                    call.direction or "", call.direction or "—"
                ),
            ),
            (self.tr("Start"), start.astimezone().strftime("%Y-%m-%d %H:%M:%S") if start else "—"),
            (self.tr("Duration"), format_ms(call.duration_ms)),
            (self.tr("Caller"), call.caller_number or "—"),  # masked by the core
            (self.tr("Complaint"), self.tr("yes") if call.complaint else self.tr("no")),
            (
                self.tr("Audio"),
                self.tr("%1, %2 Hz, %3 channel(s)")
                .replace("%1", call.format)
                .replace("%2", str(call.samplerate))
                .replace("%3", str(call.channels))
                if call.samplerate
                else "—",
            ),
            (
                self.tr("File"),
                (lambda f: f if revealed else scrub_text(f, loose=True))(
                    str(call.path) if getattr(call, "path", None) else call.file_uri or "—"
                ),
            ),
            (
                self.tr("Rubric"),
                f"{label(rubric.labels, lang)} v{rubric.version}" if rubric else "—",
            ),
            (self.tr("Notes"), call.notes or "—"),
        ]
        self.caller_label: QLabel | None = None
        for name, value in rows:
            v = QLabel(str(value))
            v.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            v.setWordWrap(True)
            if name == self.tr("Caller"):
                self.caller_label = v
                v.setToolTip(
                    self.tr(
                        "Shown in full for your role; every view is recorded in the audit trail"
                    )
                    if revealed
                    else self.tr("Masked: customer numbers are shown in full to supervisors only")
                )
            self.form.addRow(name + ":", v)


class HistoryTab(QWidget):
    """The evaluation's audit trail: who changed what, when."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("What happened")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        hh = self.table.horizontalHeader()
        for i in range(2):
            hh.setSectionResizeMode(i, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        lay.addWidget(self.table)

    def set_entries(
        self,
        entries: list[Any],
        describe: Callable[[Any], str] = lambda e: f"{e.action} {e.field or ''}",
        person: Callable[[str], str] = lambda login: login,
    ) -> None:
        """Newest first: when, who (by name) and *describe(entry)*, one sentence per event."""
        self.table.setRowCount(0)
        for e in reversed(entries):
            r = self.table.rowCount()
            self.table.insertRow(r)
            vals = [e.at.astimezone().strftime("%m-%d %H:%M:%S"), person(e.actor), describe(e)]
            for c, v in enumerate(vals):
                item = QTableWidgetItem(str(v))
                if c == 2:
                    item.setToolTip(str(v))
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()  # a long sentence wraps instead of being cut


class EvaluationTabs(QTabWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.comments = CommentsTab()
        self.note = NoteTab()
        self.metadata = MetadataTab()
        self.history = HistoryTab()
        self.addTab(self.comments, self.tr("Comments"))
        self.addTab(self.note, self.tr("Coaching note"))
        self.addTab(self.metadata, self.tr("Call"))
        self.addTab(self.history, self.tr("History"))
        self.metadata.set_call(None, None, "en")

    def set_comment_count(self, n: int) -> None:
        self.setTabText(
            0, self.tr("Comments (%1)").replace("%1", str(n)) if n else self.tr("Comments")
        )
