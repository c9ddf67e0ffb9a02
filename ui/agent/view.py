"""The agent's view: my evaluations (newest first), each with the call to listen to and the
inspector's comments as flags on the waveform, how the score was computed, and the two
things an agent does with an evaluation — acknowledge it, or dispute items of it, each
with a reason.

Presentation only: ``col.evaluations`` (list, get, acknowledge), ``col.disputes`` (open,
for_evaluation, remaining_this_month) and ``col.library`` for the recording.  What an
agent may see and do is enforced by the shared server (``docs/security.md``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from qaclient.coaching.pack import audio_path
from qaclient.rubrics.model import label
from ui.evaluation.breakdown import BreakdownView, answer_text
from ui.evaluation.panel import format_ms
from ui.evaluation.status_banner import StatusBanner, status_name, when

ROLE = Qt.ItemDataRole.UserRole


class DisputeDialog(QDialog):
    """Tick the items to dispute and give each a reason."""

    def __init__(self, view: Any, lang: str, remaining: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Dispute this evaluation"))
        self.view = view
        intro = QLabel(
            self.tr(
                "Tick each item you disagree with and say why (the time in the call helps). "
                "You have %1 disputes left this month."
            ).replace("%1", str(remaining))
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Item"), self.tr("Scored as"), self.tr("Your reason")]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        for item in view.rubric.items:
            if not item.scored:
                continue
            r = self.table.rowCount()
            self.table.insertRow(r)
            name = QTableWidgetItem(label(item.labels, lang))
            name.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            name.setCheckState(Qt.CheckState.Unchecked)
            name.setData(ROLE, item.id)
            self.table.setItem(r, 0, name)
            ans = view.answers.get(item.id)
            scored = QTableWidgetItem(
                answer_text(view.rubric, item.id, ans.to_json() if ans else None, lang)
            )
            scored.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(r, 1, scored)
            self.table.setItem(r, 2, QTableWidgetItem(""))
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #a12d22")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Send dispute"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(720, 520)

    def set_item(self, item_id: str, reason: str) -> None:
        """Tick *item_id* with *reason* (what a click and typing do; used by tests too)."""
        for r in range(self.table.rowCount()):
            if self.table.item(r, 0).data(ROLE) == item_id:
                self.table.item(r, 0).setCheckState(Qt.CheckState.Checked)
                self.table.item(r, 2).setText(reason)
                return
        raise KeyError(item_id)

    def items(self) -> list[tuple[str, str]]:
        out = []
        for r in range(self.table.rowCount()):
            if self.table.item(r, 0).checkState() == Qt.CheckState.Checked:
                out.append((self.table.item(r, 0).data(ROLE), self.table.item(r, 2).text()))
        return out

    def _accept(self) -> None:
        chosen = self.items()
        if not chosen:
            self.problem.setText(self.tr("Tick at least one item."))
            return
        missing = [i for i, reason in chosen if not reason.strip()]
        if missing:
            self.problem.setText(self.tr("Give a reason for every ticked item."))
            return
        self.accept()


class AgentView(QWidget):
    """My evaluations on the left; the selected one on the right."""

    def __init__(
        self, col: Any, parent: QWidget | None = None, *, agent: str | None = None, lang="en"
    ):
        super().__init__(parent)
        self.col = col
        # signed in to the shared server as an agent, the local store holds only that
        # agent's evaluations (row-level security), whatever the agent id behind the
        # login: show them all; on an embedded store, the evaluations of this login
        if agent is None and col.users.signed_in_role() == "agent":
            self.agent = None
        else:
            self.agent = agent or col.actor
        self.lang = lang
        self.player: Any = None
        self.current: Any = None
        self.names = col.names.people()
        who = col.actor if self.agent is None else self.agent
        shown = self.names.get(who, who)
        self.setWindowTitle(self.tr("My evaluations — %1").replace("%1", shown))

        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Call"),
                self.tr("Status"),
                self.tr("Score"),
                self.tr("Grade"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selected)
        self.empty = QLabel(self.tr("No evaluations to show yet."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.banner = StatusBanner()
        self.heading = QLabel()
        self.heading.setObjectName("agentHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.heading.setFont(font)
        self.player_box = QVBoxLayout()
        self.player_status = QLabel()
        self.player_status.setWordWrap(True)
        self.player_box.addWidget(self.player_status)
        self.breakdown = BreakdownView()
        self.comments = QListWidget()
        self.comments.itemActivated.connect(self._comment_clicked)
        self.comments.itemClicked.connect(self._comment_clicked)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.breakdown, self.tr("How this score was computed"))
        self.tabs.addTab(self.comments, self.tr("Inspector's comments"))
        self.ack_button = QPushButton(self.tr("Acknowledge"))
        self.ack_button.setToolTip(self.tr("I have read this evaluation and accept it"))
        self.ack_button.clicked.connect(self.acknowledge)
        self.dispute_button = QPushButton(self.tr("Dispute…"))
        self.dispute_button.clicked.connect(lambda: self.dispute())
        self.export_button = QPushButton(self.tr("Export PDF…"))
        self.export_button.setToolTip(
            self.tr("The evaluation with how its score was computed, to keep or sign")
        )
        self.export_button.clicked.connect(lambda: self.export_pdf())
        self.remaining = QLabel()
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.ack_button)
        buttons.addWidget(self.dispute_button)
        buttons.addWidget(self.remaining, 1)
        buttons.addWidget(self.export_button)

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.addWidget(self.heading)
        rl.addWidget(self.banner)
        rl.addLayout(self.player_box)
        rl.addWidget(self.tabs, 1)
        rl.addWidget(self.message)
        rl.addLayout(buttons)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.table, 1)
        ll.addWidget(self.empty)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setSizes([430, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.refresh()

    # ------------------------------------------------------------------ list
    def refresh(self, select: Any = None) -> None:
        rows = [
            r
            for r in self.col.evaluations.list(agent=self.agent)
            if str(r.status) != "draft"  # an agent never sees a draft
        ]
        rows.sort(key=lambda r: r.scored_at or r.updated_at, reverse=True)
        self.table.setRowCount(0)
        for r in rows:
            n = self.table.rowCount()
            self.table.insertRow(n)
            day = (r.scored_at or r.updated_at).astimezone().date().isoformat()
            cells = [
                day,
                r.call_id,
                status_name(str(r.status)),
                "" if r.percent is None else f"{r.percent:.2f} %",
                r.grade or "",
            ]
            for c, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(ROLE, str(r.id))
                self.table.setItem(n, c, cell)
        self.empty.setVisible(not rows)
        if rows:
            target = 0
            for i in range(self.table.rowCount()):
                if select is not None and self.table.item(i, 0).data(ROLE) == str(select):
                    target = i
            self.table.selectRow(target)
        else:
            self.show_evaluation(None)

    def _selected(self) -> None:
        items = self.table.selectedItems()
        if items:
            self.show_evaluation(items[0].data(ROLE))

    # ------------------------------------------------------------------ one evaluation
    def show_evaluation(self, evaluation_id: Any) -> None:
        if evaluation_id is None:
            self.current = None
            self.heading.clear()
            self.banner.show_status(None)
            self.breakdown.clear()
            self.comments.clear()
            self.ack_button.setEnabled(False)
            self.dispute_button.setEnabled(False)
            return
        view = self.col.evaluations.get(evaluation_id)
        self.current = view
        disputes = self.col.disputes.for_evaluation(view.id)
        self.heading.setText(
            self.tr("Call %1 · %2 · %3 %")
            .replace("%1", view.call_id)
            .replace("%2", label(view.rubric.labels, self.lang))
            .replace("%3", f"{view.result.percent:.2f}")
        )
        self.banner.show_status(view, disputes, self.names)
        self.breakdown.show_evaluation(view, self.lang)
        self.comments.clear()
        for c in view.comments:
            text = f"{format_ms(c.position_ms)}  {c.text}"
            if c.item_id and view.rubric.item(c.item_id) is not None:
                text += f"  [{label(view.rubric.item(c.item_id).labels, self.lang)}]"
            row = QListWidgetItem(text)
            row.setData(ROLE, c.position_ms)
            self.comments.addItem(row)
        status = str(view.status)
        self.ack_button.setEnabled(status == "submitted")
        can_dispute = status in ("submitted", "acknowledged")
        left = self.col.disputes.remaining_this_month(view.agent)
        self.dispute_button.setEnabled(can_dispute and left > 0)
        self.remaining.setText(
            self.tr("%1 disputes left this month").replace("%1", str(left)) if can_dispute else ""
        )
        self.message.clear()
        self._load_audio(view)

    def _load_audio(self, view: Any) -> None:
        path = audio_path(self.col, view.call_id)
        if path is None or not path.exists():
            if self.player is not None:
                self.player.unload()
            self.player_status.setText(
                self.tr("The recording of %1 is not available on this computer").replace(
                    "%1", view.call_id
                )
            )
            return
        if self.player is None:
            try:
                from ui.player.player_panel import PlayerPanel

                self.player = PlayerPanel(self)
            except Exception as exc:  # no multimedia backend
                self.player_status.setText(
                    self.tr("Playback is not available: %1").replace("%1", str(exc))
                )
                return
            self.player_box.addWidget(self.player)
        call = self.col.library.get(view.call_id)
        stereo = bool(call and getattr(call, "channels", 1) >= 2)
        agent_channel = getattr(call, "agent_channel", None) if call else None
        self.player.load_call(
            str(path),
            duration_ms=getattr(call, "duration_ms", None) or None,
            agent_channel=(agent_channel if agent_channel is not None else 0) if stereo else None,
            content_hash=getattr(call, "content_hash", None) or None,
        )
        self.player.set_markers([(c.position_ms, c.text, c.id) for c in view.comments])
        self.player_status.setText("")

    def _comment_clicked(self, row: QListWidgetItem) -> None:
        if self.player is not None:
            self.player.seek(int(row.data(ROLE)))

    # ------------------------------------------------------------------ actions
    def acknowledge(self) -> bool:
        if self.current is None:
            return False
        try:
            self.col.evaluations.acknowledge(self.current.id)
        except Exception as exc:
            self.message.setText(str(exc))
            return False
        eid = self.current.id
        self.refresh(select=eid)
        self.message.setText(self.tr("Acknowledged."))
        return True

    def dispute(self, items: list[tuple[str, str]] | None = None) -> bool:
        """Dispute the selected evaluation; without *items* the dispute dialog asks."""
        if self.current is None:
            return False
        if items is None:
            left = self.col.disputes.remaining_this_month(self.current.agent)
            dlg = DisputeDialog(self.current, self.lang, left, self)
            if dlg.exec() != QDialog.DialogCode.Accepted:
                return False
            items = dlg.items()
        try:
            self.col.disputes.open(self.current.id, items)
        except Exception as exc:
            self.message.setText(str(exc))
            return False
        eid = self.current.id
        self.refresh(select=eid)
        self.message.setText(self.tr("Your dispute was sent to your supervisor."))
        return True

    def export_pdf(self, path: str | None = None) -> Any:
        """Write the selected evaluation as a PDF (asks where, unless *path* is given)."""
        if self.current is None:
            return None
        if path is None:
            from PySide6.QtWidgets import QFileDialog

            from qaclient import paths

            suggested = str(paths.exports_dir() / f"evaluation-{self.current.call_id}.pdf")
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export the evaluation"), suggested, "PDF (*.pdf)"
            )
            if not path:
                return None
        from ui.evaluation.evaluation_pdf import write_evaluation_pdf

        try:
            written = write_evaluation_pdf(
                self.current,
                path,
                self.lang,
                disputes=self.col.disputes.for_evaluation(self.current.id),
                names=self.names,
            )
        except OSError as exc:
            self.message.setText(str(exc))
            return None
        self.message.setText(self.tr("Saved as %1").replace("%1", str(written)))
        return written

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self.player is not None:
            self.player.unload()
        super().closeEvent(event)

    def describe(self) -> str:
        """A one-line summary of what is shown (tests, screen readers)."""
        if self.current is None:
            return ""
        return f"{self.current.call_id} {status_name(str(self.current.status))} {when(self.current.submitted_at)}"
