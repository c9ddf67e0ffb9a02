"""The trainer's view: an agent's profile, session preparation with a playable playlist
of moments, the coaching plan (with prompts towards positive, specific coaching), the
session's outcome and follow-up ("did it work"), and the coaching pack.

Presentation only: everything is a call into ``col.coaching`` (and ``col.library`` for
the recordings).  Playback reuses the player of ``ui/player`` (QMediaPlayer): a clip is a
loop range on its call.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCharts import QBarCategoryAxis, QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import QCoreApplication, QDate, QMargins, Qt
from PySide6.QtGui import QCloseEvent, QColor, QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from qaclient.coaching.plan import plan_prompts
from qaclient.coaching.service import CoachingError
from qaclient.evaluations import status_name
from qaclient.reports.period import Month
from qaclient.storage.types import utcnow
from ui.reports.view import fill, fmt, heat, item, make_table

ROLE = Qt.ItemDataRole.UserRole


def clock(ms: int) -> str:
    s = max(0, ms) // 1000
    return f"{s // 60:02d}:{s % 60:02d}"


def parse_clock(text: str) -> int:
    """``"2:15"`` / ``"02:15"`` / ``"135"`` (seconds) -> milliseconds."""
    text = text.strip()
    try:
        if ":" in text:
            m, sec = text.split(":", 1)
            return int((int(m) * 60 + float(sec)) * 1000)
        return int(float(text) * 1000)
    except ValueError as exc:
        raise ValueError(
            QCoreApplication.translate("CoachingView", "Times are mm:ss, e.g. 02:15")
        ) from exc


def qdate(d: date | None) -> QDate:
    d = d or date.today()
    return QDate(d.year, d.month, d.day)


class CoachingView(QWidget):
    """Profile on the left, session preparation and follow-up on the right."""

    def __init__(
        self,
        col,
        parent: QWidget | None = None,
        *,
        agent: str | None = None,
        until: Month | None = None,
        lang: str = "en",
    ):
        super().__init__(parent)
        self.col = col
        self.lang = lang
        self.until = until
        self.session_id = None
        self.player = None
        self.profile = None

        # ---- top bar -------------------------------------------------------------------
        self.agent = QComboBox()
        self.agent.setMinimumWidth(180)
        for login, name in self.col.coaching.agents():
            self.agent.addItem(f"{name} ({login})" if name and name != login else login, login)
        self.reminders = QLabel()
        self.reminders.setStyleSheet("color: #8a4b00")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Agent:")))
        top.addWidget(self.agent)
        top.addStretch(1)
        top.addWidget(self.reminders)

        # ---- profile (left) ------------------------------------------------------------
        self.trend = QChartView(QChart())
        self.trend.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.trend.setMinimumHeight(190)
        self.trend.chart().setTitle(self.tr("Average % per month, overall and per section"))
        self.trend.chart().setMargins(QMargins(2, 2, 2, 2))
        self.weakest = make_table()
        self.recent = make_table()
        self.actions_list = QListWidget()
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.trend, 3)
        ll.addWidget(QLabel(self.tr("Items most often lost (points lost × how often)")))
        ll.addWidget(self.weakest, 2)
        ll.addWidget(QLabel(self.tr("Recent evaluations")))
        ll.addWidget(self.recent, 2)
        ll.addWidget(QLabel(self.tr("Open coaching actions")))
        ll.addWidget(self.actions_list, 1)

        # ---- session (right) -----------------------------------------------------------
        self.sessions = QComboBox()
        new_session = QPushButton(self.tr("New session"))
        self.export_button = QPushButton(self.tr("Export coaching pack…"))
        self.agent_only = QCheckBox(self.tr("Agent's voice only"))
        self.agent_only.setToolTip(
            self.tr(
                "Cut the pack's clips from the agent's channel alone, so the customer's voice "
                "is not copied (stereo recordings with a known agent channel)"
            )
        )
        srow = QHBoxLayout()
        srow.addWidget(QLabel(self.tr("Session:")))
        srow.addWidget(self.sessions, 1)
        srow.addWidget(new_session)
        srow.addWidget(self.agent_only)
        srow.addWidget(self.export_button)

        self.tabs = QTabWidget()
        # each page scrolls when the screen is short (1366×768): the view fits the screen
        self.tabs.addTab(_scrolling(self._prepare_tab()), self.tr("Prepare"))
        self.tabs.addTab(_scrolling(self._after_tab()), self.tr("After the session"))
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addLayout(srow)
        rl.addWidget(self.tabs, 1)

        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([620, 930])
        left.setMinimumWidth(430)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(split, 1)

        self.agent.currentIndexChanged.connect(self.load_agent)
        self.sessions.currentIndexChanged.connect(self._session_chosen)
        new_session.clicked.connect(self.new_session)
        self.export_button.clicked.connect(lambda: self.export_pack())
        if agent is not None and self.agent.findData(agent) >= 0:
            self.agent.setCurrentIndex(self.agent.findData(agent))
        self.load_agent()

    # ------------------------------------------------------------------ tabs
    def _prepare_tab(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        moments_box = QGroupBox(self.tr("Moments from the agent's evaluations"))
        ml = QVBoxLayout(moments_box)
        self.moments = QListWidget()
        self.moments.setToolTip(self.tr("Double-click a moment to add it to the playlist"))
        add = QPushButton(self.tr("Add to playlist ↓"))
        ml.addWidget(self.moments)
        # any range of an evaluated call, when no comment marks the moment
        rrow = QHBoxLayout()
        self.range_evaluation = QComboBox()
        self.range_start = QLineEdit()
        self.range_end = QLineEdit()
        for edit, hint in (
            (self.range_start, self.tr("from mm:ss")),
            (self.range_end, self.tr("to mm:ss")),
        ):
            edit.setPlaceholderText(hint)
            edit.setMaximumWidth(90)
        add_range = QPushButton(self.tr("Add range"))
        rrow.addWidget(QLabel(self.tr("Range of a call:")))
        rrow.addWidget(self.range_evaluation, 1)
        rrow.addWidget(self.range_start)
        rrow.addWidget(self.range_end)
        rrow.addWidget(add_range)
        rrow.addStretch(0)
        rrow.addWidget(add)
        ml.addLayout(rrow)
        add_range.clicked.connect(self.add_range)
        play_box = QGroupBox(self.tr("Playlist for the session"))
        pl = QVBoxLayout(play_box)
        self.playlist = QListWidget()
        self.playlist.setToolTip(self.tr("Double-click a clip to play it"))
        buttons = QHBoxLayout()
        self.play_button = QPushButton(self.tr("▶ Play"))
        up, down, remove = (
            QPushButton(self.tr("Up")),
            QPushButton(self.tr("Down")),
            QPushButton(self.tr("Remove")),
        )
        self.player_status = QLabel()
        self.player_status.setStyleSheet("color: #5b6672")
        for b in (self.play_button, up, down, remove):
            buttons.addWidget(b)
        buttons.addWidget(self.player_status, 1)
        pl.addWidget(self.playlist)
        pl.addLayout(buttons)

        plan_box = QGroupBox(self.tr("Plan"))
        form = QFormLayout(plan_box)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. Closing the call with the customer's name"))
        self.observed = QPlainTextEdit()
        self.observed.setPlaceholderText(
            self.tr(
                "What exactly did the agent say or do, and when? Quote it, e.g. “At 01:35 the thanks left out "
                "the customer's name.” Start with what went well."
            )
        )
        self.effect = QPlainTextEdit()
        self.effect.setPlaceholderText(
            self.tr("How did it affect the customer? e.g. “The close felt impersonal.”")
        )
        self.target = QPlainTextEdit()
        self.target.setPlaceholderText(
            self.tr(
                "What will the agent do on the next calls? Positive and checkable, e.g. “Thank every customer by "
                "surname before the goodbye.”"
            )
        )
        for edit in (self.observed, self.effect, self.target):
            edit.setMaximumHeight(70)
        self.follow_up = QDateEdit()
        self.follow_up.setCalendarPopup(True)
        self.follow_up.setDisplayFormat("yyyy-MM-dd")
        self.follow_up.setDate(qdate(date.today()).addDays(14))
        self.prompts = QLabel()
        self.prompts.setWordWrap(True)
        self.prompts.setStyleSheet("color: #8a4b00")
        save = QPushButton(self.tr("Save plan"))
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Observed behaviour"), self.observed)
        form.addRow(self.tr("Effect on the customer"), self.effect)
        form.addRow(self.tr("Agreed target"), self.target)
        form.addRow(self.tr("Follow-up on"), self.follow_up)
        form.addRow(self.prompts)
        form.addRow(save)

        lay.addWidget(moments_box, 2)
        lay.addWidget(play_box, 2)
        lay.addWidget(plan_box, 3)
        add.clicked.connect(self.add_selected_moment)
        self.moments.itemDoubleClicked.connect(lambda _i: self.add_selected_moment())
        self.playlist.itemDoubleClicked.connect(lambda _i: self.play_selected())
        self.play_button.clicked.connect(self.play_selected)
        up.clicked.connect(lambda: self.move_selected(-1))
        down.clicked.connect(lambda: self.move_selected(+1))
        remove.clicked.connect(self.remove_selected)
        save.clicked.connect(self.save_plan)
        for edit in (self.observed, self.effect, self.target):
            edit.textChanged.connect(self.update_prompts)
        self.follow_up.dateChanged.connect(self.update_prompts)
        return w

    def _after_tab(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        out_box = QGroupBox(self.tr("Outcome"))
        ol = QVBoxLayout(out_box)
        self.outcome = QPlainTextEdit()
        self.outcome.setPlaceholderText(
            self.tr("What was agreed, how the agent took it, what was practised")
        )
        self.outcome.setMaximumHeight(90)
        row = QHBoxLayout()
        record = QPushButton(self.tr("Record outcome"))
        self.ack_button = QPushButton(self.tr("Agent acknowledges"))
        self.state = QLabel()
        row.addWidget(record)
        row.addWidget(self.ack_button)
        row.addWidget(self.state, 1)
        ol.addWidget(self.outcome)
        ol.addLayout(row)
        act_box = QGroupBox(self.tr("Coaching actions"))
        al = QVBoxLayout(act_box)
        self.session_actions = QListWidget()
        arow = QHBoxLayout()
        self.action_text = QLineEdit()
        self.action_text.setPlaceholderText(self.tr("What the agent will do"))
        self.action_due = QDateEdit()
        self.action_due.setCalendarPopup(True)
        self.action_due.setDisplayFormat("yyyy-MM-dd")
        self.action_due.setDate(qdate(date.today()).addDays(7))
        add_action = QPushButton(self.tr("Add"))
        done = QPushButton(self.tr("Mark done"))
        arow.addWidget(self.action_text, 1)
        arow.addWidget(self.action_due)
        arow.addWidget(add_action)
        arow.addWidget(done)
        al.addWidget(self.session_actions)
        al.addLayout(arow)
        fu_box = QGroupBox(self.tr("Follow-up: focus items before and after the session"))
        fl = QVBoxLayout(fu_box)
        self.compare = make_table()
        frow = QHBoxLayout()
        close = QPushButton(self.tr("Close at follow-up"))
        frow.addStretch(1)
        frow.addWidget(close)
        self.compare_hint = QLabel(
            self.tr(
                "Once the session is held, this compares the focus items' scores in the 30 days before it with "
                "the evaluations since - did it work?"
            )
        )
        self.compare_hint.setWordWrap(True)
        self.compare_hint.setStyleSheet("color: #5b6672")
        fl.addWidget(self.compare_hint)
        fl.addWidget(self.compare)
        fl.addLayout(frow)
        lay.addWidget(out_box)
        lay.addWidget(act_box)
        lay.addWidget(fu_box, 1)
        record.clicked.connect(self.record_outcome)
        self.ack_button.clicked.connect(self.acknowledge)
        add_action.clicked.connect(self.add_action)
        done.clicked.connect(self.action_done)
        close.clicked.connect(self.close_follow_up)
        return w

    def status_name(self, status: str) -> str:
        """Session and action statuses in the user's language (literal strings for lupdate)."""
        names = {
            "planned": self.tr("planned"),
            "held": self.tr("held"),
            "closed": self.tr("closed"),
            "cancelled": self.tr("cancelled"),
            "open": self.tr("open"),
            "done": self.tr("done"),
            "dropped": self.tr("dropped"),
        }
        return names.get(status, status)

    def _fill_open_actions(self, actions: list | None = None) -> None:
        """The agent's open coaching actions; re-read after an action is added or done."""
        if actions is None:
            agent = self.current_agent()
            actions = self.col.coaching.actions(agent, status="open") if agent else []
        self.actions_list.clear()
        for a in actions:
            due = a.due_on.isoformat() if a.due_on else self.tr("no date")
            self.actions_list.addItem(f"{a.text} — {due}")
        if not actions:
            empty = QListWidgetItem(self.tr("No open actions"))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.actions_list.addItem(empty)

    # ------------------------------------------------------------------ agent profile
    def current_agent(self) -> str | None:
        return self.agent.currentData()

    def load_agent(self) -> None:
        agent = self.current_agent()
        if agent is None:
            return
        self.profile = self.col.coaching.profile(agent, until=self.until, lang=self.lang)
        p = self.profile
        self._draw_trend()
        fill(
            self.weakest,
            [self.tr("Item"), self.tr("Lost"), self.tr("Points lost"), self.tr("Per evaluation")],
            [
                [
                    item(w.label, tip=f"{w.rubric_id}/{w.item_id}"),
                    item(f"{w.times_lost} / {w.evaluations}", align_right=True),
                    item(fmt(w.points_lost), align_right=True),
                    item(fmt(w.impact), align_right=True),
                ]
                for w in p.weakest
            ],
        )
        fill(
            self.recent,
            [
                self.tr("Scored"),
                self.tr("Call"),
                self.tr("Rubric"),
                self.tr("Score"),
                "%",
                self.tr("Grade"),
                self.tr("Status"),
            ],
            [
                [
                    item(r.scored_at.strftime("%Y-%m-%d") if r.scored_at else "—"),
                    item(r.call_id),
                    item(self.col.names.rubric(r.rubric_id, self.lang), tip=r.rubric_id),
                    item(fmt(r.total), align_right=True),
                    item(fmt(r.percent), align_right=True, bg=heat(r.percent)),
                    item(self.col.names.grade(r.rubric_id, r.grade, self.lang) or "—"),
                    item(status_name(r.status).render(self.lang)),
                ]
                for r in p.recent
            ],
        )
        self.range_evaluation.clear()
        for r in p.recent:
            when = r.scored_at.strftime("%m-%d") if r.scored_at else ""
            self.range_evaluation.addItem(f"{when} {r.call_id} ({fmt(r.percent)} %)", str(r.id))
        self._fill_open_actions(p.open_actions)
        self.moments.clear()
        self.item_labels = {w.item_id: w.label for w in p.weakest}
        shown = self.col.privacy.masker("coaching-view")  # a number typed in a comment
        for m in self.col.coaching.moments(agent, lang=self.lang):
            if m.item_id and m.item_label:
                self.item_labels[m.item_id] = m.item_label
            when = m.scored_at.strftime("%m-%d") if m.scored_at else ""
            span = clock(m.position_ms) + (f"–{clock(m.end_ms)}" if m.end_ms else "")
            score = f" ({fmt(m.item_score)}/{fmt(m.item_max)})" if m.item_max is not None else ""
            general = self.tr("general")
            it = QListWidgetItem(
                f"{when} {shown.text(m.call_id, loose=True)} · {span} · "
                f"{m.item_label or general}{score}: "
                f"{shown.text(m.text)}"
            )
            it.setData(ROLE, str(m.comment_id))
            self.moments.addItem(it)
        self._load_sessions()
        due = self.col.coaching.due_follow_ups()
        self.reminders.setText(
            self.tr("%1 follow-up(s) due").replace("%1", str(len(due))) if due else ""
        )

    def _draw_trend(self) -> None:
        chart = self.trend.chart()
        chart.removeAllSeries()
        for ax in chart.axes():
            chart.removeAxis(ax)
        months = sorted(
            {m.month for m in self.profile.months} | {s.month for s in self.profile.sections}
        )
        if not months:
            chart.setTitle(self.tr("No evaluations yet for this agent"))
            return
        chart.setTitle(self.tr("Average % per month, overall and per section"))
        idx = {m: i for i, m in enumerate(months)}
        overall = QLineSeries()
        overall.setName(self.tr("Overall"))
        for m in self.profile.months:
            if m.average_percent is not None:
                overall.append(idx[m.month], float(m.average_percent))
        series = [overall]
        by_section: dict[str, QLineSeries] = {}
        for s in self.profile.sections:
            if s.percent is None:
                continue
            line = by_section.get(s.label)
            if line is None:
                line = by_section[s.label] = QLineSeries()
                line.setName(s.label)
                series.append(line)
            line.append(idx[s.month], float(s.percent))
        x = QBarCategoryAxis()
        x.append(months)
        y = QValueAxis()
        y.setRange(0, 100)
        y.setLabelFormat("%d")
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        for s in series:
            chart.addSeries(s)
            s.attachAxis(x)
            s.attachAxis(y)
            s.setPointsVisible(True)
        pen = overall.pen()
        pen.setWidth(3)
        pen.setColor(QColor("#17324d"))
        overall.setPen(pen)

    # ------------------------------------------------------------------ sessions
    def _load_sessions(self, select: Any = None) -> None:
        self.sessions.blockSignals(True)
        self.sessions.clear()
        for s in self.col.coaching.sessions(agent=self.current_agent()):
            label = s.title or self.tr("(untitled)")
            self.sessions.addItem(
                f"{s.created_at:%Y-%m-%d} · {label} · {self.status_name(s.status)}", str(s.id)
            )
        self.sessions.blockSignals(False)
        if select is not None:
            self.sessions.setCurrentIndex(self.sessions.findData(str(select)))
        self._session_chosen()

    def _session_chosen(self) -> None:
        self.session_id = self.sessions.currentData()
        enabled = self.session_id is not None
        self.tabs.setEnabled(enabled)
        self.export_button.setEnabled(enabled)
        if enabled:
            self.show_session()

    def new_session(self) -> None:
        agent = self.current_agent()
        if agent is None:
            return
        focus = [w.item_id for w in (self.profile.weakest[:2] if self.profile else [])]
        sid = self.col.coaching.create_session(agent, focus_items=focus)
        self._load_sessions(select=sid)

    def show_session(self) -> None:
        v = self.col.coaching.get_session(self.session_id)
        self.view = v
        for w, text in ((self.title, v.title),):
            w.setText(text)
        for edit, text in (
            (self.observed, v.observed_behaviour),
            (self.effect, v.effect_on_customer),
            (self.target, v.agreed_target),
            (self.outcome, v.outcome_notes),
        ):
            edit.blockSignals(True)
            edit.setPlainText(text)
            edit.blockSignals(False)
        if v.follow_up_on:
            self.follow_up.setDate(qdate(v.follow_up_on))
        self.playlist.clear()
        labels = getattr(self, "item_labels", {})
        shown = self.col.privacy.masker("coaching-view")
        for c in v.clips:
            what = labels.get(c.item_id or "", c.item_id or self.tr("general"))
            it = QListWidgetItem(
                f"{c.position + 1}. {shown.text(c.call_id, loose=True)} · "
                f"{clock(c.start_ms)}–{clock(c.end_ms)} · "
                f"{what}: {shown.text(c.note)}"
            )
            it.setData(ROLE, str(c.id))
            self.playlist.addItem(it)
        self.session_actions.clear()
        for a in v.actions:
            it = QListWidgetItem(f"[{self.status_name(a.status)}] {a.text} — {a.due_on or ''}")
            it.setData(ROLE, str(a.id))
            self.session_actions.addItem(it)
        state = [self.tr("Status: %1").replace("%1", self.status_name(v.status))]
        if v.acknowledged_at:
            state.append(
                self.tr("acknowledged by %1 on %2")
                .replace("%1", v.acknowledged_by or "")
                .replace("%2", f"{v.acknowledged_at:%Y-%m-%d}")
            )
        self.state.setText(", ".join(state))
        self.show_comparison()
        self.update_prompts()

    def show_comparison(self) -> None:
        rows = []
        verdicts = {
            "improved": self.tr("improved"),
            "same": self.tr("same"),
            "worse": self.tr("worse"),
            "no data": self.tr("no data yet"),
        }
        colours = {"improved": QColor("#d8f0dc"), "worse": QColor("#f8d7d5")}
        if self.view.status in ("held", "closed"):
            for c in self.col.coaching.before_after(self.session_id, lang=self.lang):
                before = c.before_percent if c.before_percent is not None else c.before_average
                after = c.after_percent if c.after_percent is not None else c.after_average
                rows.append(
                    [
                        item(c.label),
                        item(f"{fmt(before)}  (n={c.before_n})", align_right=True),
                        item(f"{fmt(after)}  (n={c.after_n})", align_right=True),
                        item(verdicts[c.verdict], bg=colours.get(c.verdict)),
                    ]
                )
        fill(
            self.compare,
            [self.tr("Item"), self.tr("Before"), self.tr("After"), self.tr("Result")],
            rows,
        )
        self.compare_hint.setVisible(not rows)

    # ------------------------------------------------------------------ playlist
    def add_selected_moment(self) -> None:
        it = self.moments.currentItem()
        if it is None or self.session_id is None:
            return
        try:
            self.col.coaching.add_clip(self.session_id, comment_id=it.data(ROLE))
        except CoachingError as exc:
            self.player_status.setText(str(exc))
            return
        self.show_session()
        self.playlist.setCurrentRow(self.playlist.count() - 1)

    def add_range(self) -> None:
        """Add ``from``-``to`` (mm:ss) of the chosen evaluation's call to the playlist."""
        if self.session_id is None or self.range_evaluation.currentData() is None:
            return
        try:
            start, end = parse_clock(self.range_start.text()), parse_clock(self.range_end.text())
            self.col.coaching.add_clip(
                self.session_id,
                evaluation_id=self.range_evaluation.currentData(),
                start_ms=start,
                end_ms=end,
            )
        except (ValueError, CoachingError) as exc:
            self.player_status.setText(str(exc))
            return
        self.range_start.clear()
        self.range_end.clear()
        self.show_session()
        self.playlist.setCurrentRow(self.playlist.count() - 1)

    def _selected_clip(self):
        it = self.playlist.currentItem()
        if it is None:
            return None
        return next((c for c in self.view.clips if str(c.id) == it.data(ROLE)), None)

    def move_selected(self, delta: int) -> None:
        clip = self._selected_clip()
        if clip is None:
            return
        self.col.coaching.move_clip(clip.id, max(0, clip.position + delta))
        self.show_session()
        self.playlist.setCurrentRow(max(0, min(self.playlist.count() - 1, clip.position + delta)))

    def remove_selected(self) -> None:
        clip = self._selected_clip()
        if clip is not None:
            self.col.coaching.remove_clip(clip.id)
            self.show_session()

    def play_selected(self) -> None:
        """Play the selected clip: load its call and loop the clip's range."""
        clip = self._selected_clip()
        if clip is None:
            return
        from qaclient.coaching.pack import audio_path

        path = audio_path(self.col, clip.call_id)
        if path is None or not path.exists():
            self.player_status.setText(
                self.tr("The recording of %1 is not available on this computer").replace(
                    "%1", clip.call_id
                )
            )
            return
        if self.player is None:
            try:
                from ui.player.player import Player

                self.player = Player(self)
            except Exception as exc:  # no multimedia backend
                self.player_status.setText(
                    self.tr("Playback is not available: %1").replace("%1", str(exc))
                )
                return
        self.player.load(str(path))
        self.player.seek(clip.start_ms)
        self.player.set_loop(clip.start_ms, clip.end_ms)
        self.player.play()
        self.player_status.setText(
            self.tr("Playing %1 %2–%3")
            .replace("%1", clip.call_id)
            .replace("%2", clock(clip.start_ms))
            .replace("%3", clock(clip.end_ms))
        )

    def stop_clip(self) -> None:
        """Stop the clip that is playing (closing the view must not leave it talking)."""
        if self.player is not None:
            self.player.unload()
            self.player_status.setText("")

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.stop_clip()
        super().closeEvent(event)

    # ------------------------------------------------------------------ plan
    def _plan_date(self) -> date:
        d = self.follow_up.date()
        return date(d.year(), d.month(), d.day())

    def update_prompts(self) -> None:
        prompts = plan_prompts(
            observed_behaviour=self.observed.toPlainText(),
            effect_on_customer=self.effect.toPlainText(),
            agreed_target=self.target.toPlainText(),
            follow_up_on=self._plan_date(),
            clips=self.playlist.count(),
            today=utcnow().date(),
        )
        text = "\n".join("• " + str(p.message) for p in prompts)
        self.prompts.setText(
            text or self.tr("✓ The plan is specific, positive and has a follow-up date.")
        )
        self.prompts.setStyleSheet("color: #8a4b00" if prompts else "color: #2e7d4f")

    def save_plan(self) -> None:
        if self.session_id is None:
            return
        try:
            self.col.coaching.update_plan(
                self.session_id,
                title=self.title.text(),
                observed_behaviour=self.observed.toPlainText(),
                effect_on_customer=self.effect.toPlainText(),
                agreed_target=self.target.toPlainText(),
                follow_up_on=self._plan_date(),
            )
        except CoachingError as exc:
            self.prompts.setText(str(exc))
            return
        self._load_sessions(select=self.session_id)

    # ------------------------------------------------------------------ after
    def record_outcome(self) -> None:
        try:
            self.col.coaching.record_outcome(
                self.session_id, outcome_notes=self.outcome.toPlainText()
            )
        except CoachingError as exc:
            self.state.setText(str(exc))
            return
        self._load_sessions(select=self.session_id)

    def acknowledge(self) -> None:
        try:
            self.col.coaching.acknowledge(self.session_id, by=self.view.agent)
        except CoachingError as exc:
            self.state.setText(str(exc))
            return
        self.show_session()

    def add_action(self) -> None:
        text = self.action_text.text().strip()
        if not text or self.session_id is None:
            return
        d = self.action_due.date()
        self.col.coaching.add_action(
            self.view.agent,
            text,
            session_id=self.session_id,
            due_on=date(d.year(), d.month(), d.day()),
        )
        self.action_text.clear()
        self.show_session()
        self._fill_open_actions()

    def action_done(self) -> None:
        it = self.session_actions.currentItem()
        if it is not None:
            self.col.coaching.set_action_status(it.data(ROLE), "done")
            self.show_session()
            self._fill_open_actions()

    def close_follow_up(self) -> None:
        try:
            self.col.coaching.follow_up(self.session_id, notes=self.outcome.toPlainText())
        except CoachingError as exc:
            self.state.setText(str(exc))
            return
        self._load_sessions(select=self.session_id)

    def export_pack(self, folder: str | None = None):
        if self.session_id is None:
            return None
        if folder is None:
            from qaclient import paths

            folder = QFileDialog.getExistingDirectory(
                self, self.tr("Folder for the coaching pack"), str(paths.exports_dir())
            )
            if not folder:
                return None
        from ui.coaching.pack_pdf import write_pack_pdf

        result = self.col.coaching.export_pack(
            self.session_id,
            Path(folder),
            render_pdf=write_pack_pdf,
            lang=self.lang,
            agent_only=self.agent_only.isChecked(),
        )
        msg = (
            self.tr("Wrote %1 and %2 clip(s)")
            .replace("%1", result.pdf.name)
            .replace("%2", str(len(result.clips)))
        )
        if result.missing:
            msg += " — " + self.tr("%1 clip(s) without audio").replace(
                "%1", str(len(result.missing))
            )
        self.player_status.setText(msg)
        return result


def _scrolling(page: QWidget) -> QWidget:
    """*page* in a frameless vertical scroll area (it keeps its natural height)."""
    from PySide6.QtWidgets import QFrame, QScrollArea

    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(page)
    return area
