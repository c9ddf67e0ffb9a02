"""The disputes queue: open disputes, oldest first, with the contested items, the agent's
reasons and the call; the supervisor upholds (choosing the corrected answers — or none,
sending the evaluation back to its inspector to revise) or rejects, always with a reason
the agent will read.

Presentation only: ``col.disputes`` (list, resolve) and ``col.evaluations`` (get).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qaclient.rubrics.model import ItemKind, label
from ui.evaluation.breakdown import BreakdownView, answer_text
from ui.evaluation.status_banner import dispute_outcome_name

ROLE = Qt.ItemDataRole.UserRole
KEEP = "__keep__"


class DisputesView(QWidget):
    def __init__(self, col: Any, parent: QWidget | None = None, *, lang: str = "en"):
        super().__init__(parent)
        self.col = col
        self.lang = lang
        self.current: Any = None
        self.evaluation: Any = None
        self.names = col.names.people()
        self.setWindowTitle(self.tr("Disputes"))

        self.show_resolved = QComboBox()
        self.show_resolved.addItem(self.tr("Open disputes"), "open")
        self.show_resolved.addItem(self.tr("Upheld"), "upheld")
        self.show_resolved.addItem(self.tr("Rejected"), "rejected")
        self.show_resolved.currentIndexChanged.connect(lambda _i: self.refresh())
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Age"),
                self.tr("Agent"),
                self.tr("Call"),
                self.tr("Inspector"),
                self.tr("Items"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selected)
        self.empty = QLabel(self.tr("No disputes here."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        # the contested items: what was scored, the agent's reason, the corrected answer
        self.items = QTableWidget(0, 4)
        self.items.setHorizontalHeaderLabels(
            [
                self.tr("Item"),
                self.tr("Scored as"),
                self.tr("Agent's reason"),
                self.tr("Correct to"),
            ]
        )
        self.items.verticalHeader().hide()
        ih = self.items.horizontalHeader()
        ih.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        ih.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        ih.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        ih.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.breakdown = BreakdownView()
        self.upheld = QRadioButton(self.tr("Upheld: the agent is right"))
        self.rejected = QRadioButton(self.tr("Rejected: the score stands"))
        self.outcome = QButtonGroup(self)
        self.outcome.addButton(self.upheld)
        self.outcome.addButton(self.rejected)
        self.upheld.toggled.connect(self._outcome_changed)
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("Your reason — the agent will read it"))
        self.reason.setMaximumHeight(80)
        self.resolve_button = QPushButton(self.tr("Resolve"))
        self.resolve_button.clicked.connect(lambda: self.resolve())
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.resolution = QLabel()
        self.resolution.setWordWrap(True)

        outcome_row = QHBoxLayout()
        outcome_row.addWidget(self.upheld)
        outcome_row.addWidget(self.rejected)
        outcome_row.addStretch(1)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.addWidget(self.heading)
        rl.addWidget(self.items, 2)
        rl.addWidget(QLabel(self.tr("How the score was computed")))
        rl.addWidget(self.breakdown, 3)
        rl.addWidget(self.resolution)
        rl.addLayout(outcome_row)
        rl.addWidget(self.reason)
        rl.addWidget(self.message)
        rl.addWidget(self.resolve_button, 0, Qt.AlignmentFlag.AlignRight)
        self.detail = right
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.show_resolved)
        ll.addWidget(self.table, 1)
        ll.addWidget(self.empty)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.refresh()

    def _name(self, login: str | None) -> str:
        return self.names.get(login or "", login or "")

    def _item_label(self, rubric: Any, item_id: str) -> str:
        item = rubric.item(item_id)
        return label(item.labels, self.lang) if item is not None else item_id

    def refresh(self, select: Any = None) -> None:
        status = self.show_resolved.currentData()
        rows = self.col.disputes.list(status=status)
        if status != "open":
            rows.sort(key=lambda d: d.resolved_at or d.created_at, reverse=True)
        self.table.setRowCount(0)
        for d in rows:
            n = self.table.rowCount()
            self.table.insertRow(n)
            rubric = self.col.evaluations.get(d.evaluation_id).rubric
            cells = [
                self.tr("%1 d").replace("%1", str(d.age_days())),
                self._name(d.agent),
                d.call_id,
                self._name(d.evaluator),
                "、".join(self._item_label(rubric, i.item) for i in d.items)
                if self.lang == "zh_CN"
                else ", ".join(self._item_label(rubric, i.item) for i in d.items),
            ]
            for c, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(ROLE, str(d.id))
                self.table.setItem(n, c, cell)
        self.empty.setVisible(not rows)
        self.detail.setEnabled(bool(rows))
        if rows:
            target = 0
            for i in range(self.table.rowCount()):
                if select is not None and self.table.item(i, 0).data(ROLE) == str(select):
                    target = i
            self.table.selectRow(target)
        else:
            self.current = None
            self.heading.clear()
            self.items.setRowCount(0)
            self.breakdown.clear()

    def _selected(self) -> None:
        sel = self.table.selectedItems()
        if sel:
            self.show_dispute(sel[0].data(ROLE))

    def show_dispute(self, dispute_id: Any) -> None:
        d = self.col.disputes.get(dispute_id)
        view = self.col.evaluations.get(d.evaluation_id)
        self.current, self.evaluation = d, view
        self.heading.setText(
            self.tr("%1 disputes call %2 (scored %3 % by %4)")
            .replace("%1", self._name(d.agent))
            .replace("%2", d.call_id)
            .replace("%3", f"{view.result.percent:.2f}")
            .replace("%4", self._name(view.evaluator))
        )
        self.items.setRowCount(0)
        for di in d.items:
            r = self.items.rowCount()
            self.items.insertRow(r)
            item = view.rubric.item(di.item)
            name = label(item.labels, self.lang) if item else di.item
            ans = view.answers.get(di.item)
            self.items.setItem(r, 0, QTableWidgetItem(name))
            self.items.setItem(
                r,
                1,
                QTableWidgetItem(
                    answer_text(view.rubric, di.item, ans.to_json() if ans else None, self.lang)
                ),
            )
            self.items.setItem(r, 2, QTableWidgetItem(di.reason))
            self.items.setCellWidget(r, 3, self._answer_editor(item))
            self.items.item(r, 0).setData(ROLE, di.item)
        self.breakdown.show_evaluation(view, self.lang)
        is_open = str(d.status) == "open"
        for w in (self.upheld, self.rejected, self.reason, self.resolve_button, self.items):
            w.setEnabled(is_open)
        if is_open:
            self.resolution.clear()
        else:
            self.resolution.setText(
                self.tr("%1 by %2: %3")
                .replace("%1", dispute_outcome_name(str(d.status)))
                .replace("%2", self._name(d.resolved_by))
                .replace("%3", d.resolution)
            )
        self.rejected.setChecked(False)
        self.upheld.setChecked(False)
        self.message.clear()
        self._outcome_changed()

    def _answer_editor(self, item: Any) -> QWidget:
        """A chooser of the corrected answer for *item* ("keep" = no change)."""
        if item is not None and item.kind in (ItemKind.DEDUCTION, ItemKind.BONUS):
            spin = QSpinBox()
            spin.setRange(-1, item.max_count if item.max_count is not None else 99)
            spin.setSpecialValueText(self.tr("keep"))
            spin.setValue(-1)
            return spin
        combo = QComboBox()
        combo.addItem(self.tr("keep"), KEEP)
        if item is not None and item.kind is ItemKind.LEVELS:
            for lv in sorted(item.levels, key=lambda lv: -lv.points):
                combo.addItem(label(lv.labels, self.lang) or lv.name, {"level": lv.name})
        elif item is not None and item.kind is ItemKind.YESNO:
            combo.addItem(self.tr("yes"), {"yes": True})
            combo.addItem(self.tr("no"), {"yes": False})
        if item is not None and item.na_allowed:
            combo.addItem(self.tr("N/A"), {"na": True})
        return combo

    def set_correction(self, item_id: str, answer: dict[str, Any]) -> None:
        """Choose the corrected answer of a contested item (what the chooser does)."""
        for r in range(self.items.rowCount()):
            if self.items.item(r, 0).data(ROLE) != item_id:
                continue
            editor = self.items.cellWidget(r, 3)
            if isinstance(editor, QSpinBox):
                editor.setValue(int(answer["count"]))
                return
            for i in range(editor.count()):
                if editor.itemData(i) == answer:
                    editor.setCurrentIndex(i)
                    return
        raise KeyError(item_id)

    def corrections(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for r in range(self.items.rowCount()):
            item_id = self.items.item(r, 0).data(ROLE)
            editor = self.items.cellWidget(r, 3)
            if isinstance(editor, QSpinBox):
                if editor.value() >= 0:
                    out[item_id] = {"count": editor.value()}
            elif editor.currentData() not in (None, KEEP):
                out[item_id] = editor.currentData()
        return out

    def _outcome_changed(self) -> None:
        for r in range(self.items.rowCount()):
            w = self.items.cellWidget(r, 3)
            if w is not None:
                w.setEnabled(self.upheld.isChecked())

    def resolve(self) -> bool:
        if self.current is None:
            return False
        if not (self.upheld.isChecked() or self.rejected.isChecked()):
            self.message.setText(self.tr("Choose upheld or rejected."))
            return False
        reason = self.reason.toPlainText().strip()
        if not reason:
            self.message.setText(self.tr("Write the reason the agent will read."))
            return False
        outcome = "upheld" if self.upheld.isChecked() else "rejected"
        answers = self.corrections() if outcome == "upheld" else None
        try:
            self.col.disputes.resolve(self.current.id, outcome, reason, answers=answers or None)
        except Exception as exc:
            self.message.setText(str(exc))
            return False
        self.reason.clear()
        self.refresh()
        self.message.setText(self.tr("Resolved: %1.").replace("%1", dispute_outcome_name(outcome)))
        return True
