"""Calibration sessions in the app.

A supervisor (or trainer, or manager) picks calls and a rubric and invites inspectors and
optionally a benchmark scorer (:class:`NewSessionDialog`).  Each participant scores the
calls blind in the ordinary workspace (``scoreRequested`` → the main window opens the call
as that session's evaluation) and sees only their own answers and everyone's progress as
counts.  After the reveal, the comparison shows per item every rater's answer side by side
(answers that differ from the most common one marked), the moments their comments point
at, and the agreement figures; the agreed reference answers and a discussion note are
saved with the session.

Presentation only: everything is a call into ``col.calibrations``.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from qaclient.recordings.library import CallFilter
from qaclient.rubrics.model import label
from ui.evaluation.breakdown import answer_text
from ui.evaluation.panel import format_ms

ROLE = Qt.ItemDataRole.UserRole
DIFFERS = QBrush(QColor("#fde2c4"))


def fraction(x: float | None) -> str:
    return "—" if x is None else f"{x:.2f}"


class NewSessionDialog(QDialog):
    """Title, rubric, calls from the library, invited inspectors and a benchmark scorer."""

    def __init__(self, col: Any, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.col = col
        self.setWindowTitle(self.tr("New calibration session"))
        self.title = QLineEdit()
        self.rubric = QComboBox()
        for name in col.rubrics.names() or []:
            try:
                self.rubric.addItem(label(col.rubrics.get(name).labels, lang), name)
            except Exception:
                self.rubric.addItem(name, name)
        self.calls = QListWidget()
        page = col.library.search(CallFilter(), limit=300, with_total=False)
        for row in page.rows:
            text = f"{row.call_id}  ·  {row.agent}  ·  {row.start.astimezone():%Y-%m-%d %H:%M}"
            it = QListWidgetItem(text)
            it.setData(ROLE, row.call_id)
            it.setFlags(it.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            it.setCheckState(Qt.CheckState.Unchecked)
            self.calls.addItem(it)
        self.inspectors = QListWidget()
        self.benchmark = QComboBox()
        self.benchmark.addItem(self.tr("(no benchmark scorer)"), None)
        for u in col.users.list():
            if str(u.role) == "agent":
                continue
            name = u.display_name or u.login
            it = QListWidgetItem(name if name == u.login else f"{name} ({u.login})")
            it.setData(ROLE, u.login)
            it.setFlags(it.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            it.setCheckState(Qt.CheckState.Unchecked)
            self.inspectors.addItem(it)
            self.benchmark.addItem(it.text(), u.login)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #a12d22")
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Rubric"), self.rubric)
        form.addRow(self.tr("Calls"), self.calls)
        form.addRow(self.tr("Inspectors"), self.inspectors)
        form.addRow(self.tr("Benchmark scorer"), self.benchmark)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        buttons.accepted.connect(self._create)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.created: Any = None
        self.resize(640, 640)

    @staticmethod
    def _check(widget: QListWidget, values: list[str]) -> None:
        for i in range(widget.count()):
            it = widget.item(i)
            if it.data(ROLE) in values:
                it.setCheckState(Qt.CheckState.Checked)

    def choose(self, calls: list[str], inspectors: list[str], benchmark: str | None) -> None:
        """Tick calls and inspectors and pick the benchmark (what the user does)."""
        self._check(self.calls, calls)
        self._check(self.inspectors, inspectors)
        if benchmark:
            self.benchmark.setCurrentIndex(self.benchmark.findData(benchmark))

    @staticmethod
    def _checked(widget: QListWidget) -> list[str]:
        return [
            widget.item(i).data(ROLE)
            for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _create(self) -> None:
        try:
            self.created = self.col.calibrations.create(
                rubric=self.rubric.currentData(),
                calls=self._checked(self.calls),
                inspectors=self._checked(self.inspectors),
                benchmark=self.benchmark.currentData(),
                title=self.title.text(),
            )
        except Exception as exc:
            self.problem.setText(str(exc))
            return
        self.accept()


class CalibrationWindow(QWidget):
    """Sessions on the left; the selected one (progress, or the comparison) on the right."""

    #: (session id, call id): the participant wants to score the call in the workspace
    scoreRequested = Signal(str, str)

    def __init__(self, col: Any, parent: QWidget | None = None, *, lang: str = "en"):
        super().__init__(parent)
        self.col = col
        self.lang = lang
        self.current: Any = None
        self.report: dict[str, Any] | None = None
        self.names = col.names.people()
        self.setWindowTitle(self.tr("Calibration"))

        self.sessions = QListWidget()
        self.sessions.currentItemChanged.connect(lambda cur, _prev: self._selected(cur))
        self.new_button = QPushButton(self.tr("New session…"))
        self.new_button.clicked.connect(lambda: self.new_session())
        self.empty = QLabel(self.tr("No calibration sessions yet."))
        self.empty.setWordWrap(True)

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.progress = QLabel()
        self.progress.setWordWrap(True)
        self.calls = QListWidget()
        self.score_button = QPushButton(self.tr("Score this call"))
        self.score_button.clicked.connect(self._score_selected)
        self.reveal_button = QPushButton(self.tr("Reveal answers"))
        self.reveal_button.setToolTip(self.tr("Ends blind scoring: everyone sees every answer"))
        self.reveal_button.clicked.connect(lambda: self.reveal())

        # the comparison (after the reveal)
        self.call_choice = QComboBox()
        self.call_choice.currentIndexChanged.connect(lambda _i: self._show_comparison())
        self.compare = QTableWidget()
        self.compare.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.compare.verticalHeader().hide()
        self.moments = QListWidget()
        self.figures = QTableWidget(0, 2)
        self.figures.setHorizontalHeaderLabels(
            [self.tr("Inspector"), self.tr("Mean deviation from the benchmark (points)")]
        )
        self.figures.verticalHeader().hide()
        self.figures.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.overall = QLabel()
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("What the session agreed (discussion note)"))
        self.note.setMaximumHeight(90)
        self.save_button = QPushButton(self.tr("Save reference answers and note"))
        self.save_button.clicked.connect(lambda: self.save_outcome())
        self.message = QLabel()
        self.message.setWordWrap(True)

        blind = QWidget()
        bl = QVBoxLayout(blind)
        bl.addWidget(self.progress)
        bl.addWidget(self.calls, 1)
        row = QHBoxLayout()
        row.addWidget(self.score_button)
        row.addStretch(1)
        row.addWidget(self.reveal_button)
        bl.addLayout(row)
        compare = QWidget()
        cl = QVBoxLayout(compare)
        cl.addWidget(self.call_choice)
        cl.addWidget(self.compare, 3)
        cl.addWidget(QLabel(self.tr("Moments the comments point at")))
        cl.addWidget(self.moments, 1)
        figures = QWidget()
        fl = QVBoxLayout(figures)
        fl.addWidget(self.overall)
        fl.addWidget(self.figures, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(blind, self.tr("Scoring"))
        self.tabs.addTab(compare, self.tr("Side by side"))
        self.tabs.addTab(figures, self.tr("Agreement"))
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.addWidget(self.heading)
        rl.addWidget(self.tabs, 1)
        rl.addWidget(self.note)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.save_button)
        rl.addLayout(bottom)
        self.detail = right
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.new_button)
        ll.addWidget(self.sessions, 1)
        ll.addWidget(self.empty)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.refresh()

    def _name(self, login: str | None) -> str:
        return self.names.get(login or "", login or "")

    # ------------------------------------------------------------------ sessions
    def refresh(self, select: Any = None) -> None:
        views = self.col.calibrations.list()
        self.sessions.blockSignals(True)
        self.sessions.clear()
        for v in views:
            status = self.tr("revealed") if str(v.status) == "revealed" else self.tr("scoring")
            title = v.title or label(v.rubric.labels, self.lang)
            it = QListWidgetItem(
                self.tr("%1 · %2 · %3 calls")
                .replace("%1", title)
                .replace("%2", status)
                .replace("%3", str(len(v.calls)))
            )
            it.setData(ROLE, str(v.id))
            self.sessions.addItem(it)
        self.sessions.blockSignals(False)
        self.empty.setVisible(not views)
        self.detail.setEnabled(bool(views))
        if views:
            index = 0
            for i in range(self.sessions.count()):
                if select is not None and self.sessions.item(i).data(ROLE) == str(select):
                    index = i
            self.sessions.setCurrentRow(index)
            self._selected(self.sessions.item(index))

    def _selected(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.show_session(item.data(ROLE))

    def new_session(self, dialog: NewSessionDialog | None = None) -> Any:
        dlg = dialog or NewSessionDialog(self.col, self.lang, self)
        if dialog is None and dlg.exec() != QDialog.DialogCode.Accepted:
            return None
        if dlg.created is not None:
            self.refresh(select=dlg.created.id)
        return dlg.created

    def show_session(self, session_id: Any) -> None:
        v = self.col.calibrations.get(session_id)
        self.current = v
        revealed = str(v.status) == "revealed"
        bench = (
            self.tr("benchmark: %1").replace("%1", self._name(v.benchmark))
            if v.benchmark
            else self.tr("no benchmark scorer")
        )
        self.heading.setText(
            f"{v.title or label(v.rubric.labels, self.lang)} — "
            f"{label(v.rubric.labels, self.lang)} v{v.rubric.version} · {bench}"
        )
        progress = self.col.calibrations.progress(v.id)
        self.progress.setText(
            "  ·  ".join(
                self.tr("%1: %2 of %3 calls")
                .replace("%1", self._name(login))
                .replace("%2", str(p["scored"]))
                .replace("%3", str(len(v.calls)))
                for login, p in progress.items()
            )
        )
        self.calls.clear()
        for call_id in v.calls:
            it = QListWidgetItem(call_id)
            it.setData(ROLE, call_id)
            self.calls.addItem(it)
        if self.calls.count():
            self.calls.setCurrentRow(0)
        invited = self.col.actor in v.raters
        self.score_button.setEnabled(not revealed and invited)
        self.reveal_button.setEnabled(not revealed)
        self.tabs.setTabEnabled(1, revealed)
        self.tabs.setTabEnabled(2, revealed)
        self.note.setEnabled(revealed)
        self.save_button.setEnabled(revealed)
        self.note.setPlainText(v.note)
        self.message.clear()
        self.report = None
        if revealed:
            self.report = self.col.calibrations.report(v.id)
            self.call_choice.blockSignals(True)
            self.call_choice.clear()
            for call_id in v.calls:
                self.call_choice.addItem(call_id, call_id)
            self.call_choice.blockSignals(False)
            self._show_comparison()
            self._show_figures()
            self.tabs.setCurrentIndex(1)
        else:
            self.compare.clear()
            self.compare.setRowCount(0)
            self.moments.clear()
            self.tabs.setCurrentIndex(0)

    def _score_selected(self) -> None:
        it = self.calls.currentItem()
        if self.current is not None and it is not None:
            self.scoreRequested.emit(str(self.current.id), it.data(ROLE))

    def reveal(self) -> bool:
        if self.current is None:
            return False
        try:
            self.col.calibrations.reveal(self.current.id)
        except Exception as exc:
            self.message.setText(str(exc))
            return False
        self.refresh(select=self.current.id)
        return True

    # ------------------------------------------------------------------ comparison
    def _show_comparison(self) -> None:
        v = self.current
        if v is None or self.report is None:
            return
        call_id = self.call_choice.currentData()
        if call_id is None:
            return
        ratings = self.col.calibrations.ratings(v.id)
        raters = list(v.raters)
        per_item = {it["item"]: it for it in self.report["items"]}
        headers = [self.tr("Item"), *[self._name(r) for r in raters]]
        headers += [self.tr("Agreement (all calls)"), self.tr("Reference")]
        self.compare.clear()
        self.compare.setColumnCount(len(headers))
        self.compare.setHorizontalHeaderLabels(headers)
        self.compare.setRowCount(0)
        self.references: dict[str, QComboBox] = {}
        saved = v.reference_answers.get(call_id, {})
        for item in v.rubric.items:
            if item.id not in per_item:
                continue
            r = self.compare.rowCount()
            self.compare.insertRow(r)
            name = QTableWidgetItem(label(item.labels, self.lang))
            name.setData(ROLE, item.id)
            self.compare.setItem(r, 0, name)
            answers = [ratings.raw(call_id, login, item.id) for login in raters]
            keys = [repr(sorted(a.items())) if a else None for a in answers]
            counts = Counter(k for k in keys if k is not None).most_common()
            # the most common answer, when one is; with a tie every answer stands out
            modal = (
                counts[0][0]
                if counts and (len(counts) == 1 or counts[0][1] > counts[1][1])
                else None
            )
            for c, (a, k) in enumerate(zip(answers, keys, strict=True), start=1):
                cell = QTableWidgetItem(answer_text(v.rubric, item.id, a, self.lang))
                if k is not None and len(counts) > 1 and k != modal:
                    cell.setBackground(DIFFERS)
                self.compare.setItem(r, c, cell)
            stats = per_item[item.id]
            agree = stats["percent_agreement"]
            self.compare.setItem(
                r,
                len(raters) + 1,
                QTableWidgetItem("—" if agree is None else f"{agree * 100:.0f} %"),
            )
            ref = QComboBox()
            seen: list[dict[str, Any]] = []
            for a in answers:
                if a and a not in seen:
                    seen.append(a)
            if saved.get(item.id) and saved[item.id] not in seen:
                seen.insert(0, saved[item.id])
            for a in seen:
                ref.addItem(answer_text(v.rubric, item.id, a, self.lang), a)
            if saved.get(item.id):
                ref.setCurrentIndex(max(0, ref.findData(saved[item.id])))
            elif v.benchmark and ratings.raw(call_id, v.benchmark, item.id):
                ref.setCurrentIndex(
                    max(0, ref.findData(ratings.raw(call_id, v.benchmark, item.id)))
                )
            self.compare.setCellWidget(r, len(raters) + 2, ref)
            self.references[item.id] = ref
        self.compare.resizeColumnsToContents()
        self.compare.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # moments: every rater's comments on this call, in time order
        self.moments.clear()
        found = []
        for ev in self.col.calibrations.evaluations(v.id):
            if ev.call_id != call_id:
                continue
            for c in ev.comments:
                found.append((c.position_ms, ev.evaluator, c.text))
        for pos, who, text in sorted(found):
            self.moments.addItem(f"{format_ms(pos)}  {self._name(who)}: {text}")

    def _show_figures(self) -> None:
        rep = self.report or {}
        overall = rep.get("overall", {})
        self.overall.setText(
            self.tr("Agreement on the call scores (Krippendorff's alpha, interval): %1").replace(
                "%1", fraction(overall.get("alpha_interval"))
            )
        )
        evs = rep.get("evaluators", [])
        self.figures.setRowCount(len(evs))
        for r, e in enumerate(evs):
            self.figures.setItem(r, 0, QTableWidgetItem(self._name(e["login"])))
            dev = e["mean_abs_deviation"]
            self.figures.setItem(r, 1, QTableWidgetItem("—" if dev is None else f"{dev:.2f}"))

    def save_outcome(self) -> bool:
        v = self.current
        if v is None:
            return False
        call_id = self.call_choice.currentData()
        refs = {
            item_id: combo.currentData()
            for item_id, combo in getattr(self, "references", {}).items()
            if combo.currentData()
        }
        try:
            self.col.calibrations.save_outcome(
                v.id,
                reference_answers={call_id: refs} if call_id and refs else None,
                note=self.note.toPlainText(),
            )
        except Exception as exc:
            self.message.setText(str(exc))
            return False
        self.current = self.col.calibrations.get(v.id)
        self.message.setText(self.tr("Saved."))
        return True
