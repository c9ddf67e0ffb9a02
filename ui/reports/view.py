"""The supervisor's / manager's report view: monthly KPI report with pass/fail targets,
charts (trend, grade distribution, item heat map), agent scorecards, inspector statistics,
and export of every table (CSV, XLSX) and of the report (PDF).

Presentation only: every figure comes from ``col.reports``.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QObject, QRunnable, Qt, QThreadPool, QUrl, Signal
from PySide6.QtGui import QBrush, QColor, QDesktopServices, QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from qaclient.reports.kpi import TARGETS, KpiReport
from qaclient.reports.period import Month
from qaclient.storage.types import utcnow
from ui import relays

PASS = QColor("#d8f0dc")
FAIL = QColor("#f8d7d5")


def fmt(v: Any) -> str:
    if v is None:
        return "—"
    if isinstance(v, bool):
        return "✓" if v else "✗"
    if isinstance(v, Decimal | float):
        return f"{v:.2f}".rstrip("0").rstrip(".") if v == int(v) else f"{v:.2f}"
    return str(v)


def arrow(v: Decimal | None) -> str:
    if v is None:
        return ""
    return f"▲ {v:.1f} %" if v > 0 else f"▼ {abs(v):.1f} %" if v < 0 else "= 0 %"


#: Which way is better for each metric: +1 higher, -1 lower (error rates), 0 neither
#: (the number of evaluations is workload, not quality).
BETTER: dict[str, int] = {
    "evaluations": 0,
    "average_score": 1,
    "average_percent": 1,
    "phrase_rate": 1,
    "answer_accuracy": 1,
    "error_rate": -1,
    "error_occurrences": -1,
    "coverage": 1,
}
BETTER_FG, WORSE_FG = QColor("#1e7a3a"), QColor("#b42318")


def change_colour(key: str, change: Decimal | None) -> QColor | None:
    """Green when the month-over-month change is an improvement, red when it is worse."""
    direction = BETTER.get(key, 0)
    if change is None or change == 0 or direction == 0:
        return None
    return BETTER_FG if (change > 0) == (direction > 0) else WORSE_FG


def heat(percent: Decimal | None) -> QColor:
    """Red (0 %) through amber to green (100 %)."""
    if percent is None:
        return QColor("#f1f3f5")
    p = max(0.0, min(100.0, float(percent))) / 100
    if p < 0.5:
        return QColor.fromRgbF(0.93, 0.45 + 0.5 * p, 0.42, 1)
    return QColor.fromRgbF(0.93 - 0.9 * (p - 0.5), 0.7 + 0.2 * (p - 0.5), 0.42 + 0.1 * (p - 0.5), 1)


def item(
    text: str, *, bg: QColor | None = None, align_right: bool = False, tip: str = ""
) -> QTableWidgetItem:
    it = QTableWidgetItem(text)
    it.setFlags(it.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if bg is not None:
        it.setBackground(QBrush(bg))
        it.setForeground(QBrush(QColor("#1d2530")))
    if align_right:
        it.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if tip:
        it.setToolTip(tip)
    return it


def fill(table: QTableWidget, headers: list[str], rows: list[list[QTableWidgetItem]]) -> None:
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, it in enumerate(row):
            table.setItem(r, c, it)
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)


def make_table() -> QTableWidget:
    t = QTableWidget()
    t.setAlternatingRowColors(False)
    t.verticalHeader().setVisible(False)
    t.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return t


def chart_view(title: str) -> QChartView:
    chart = QChart()
    chart.setTitle(title)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(240)
    view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    return view


class _JobSignals(QObject):
    done = Signal(int, object)
    failed = Signal(int, str)


class _Job(QRunnable):
    def __init__(self, token: int, fn, signals: _JobSignals):
        super().__init__()
        self.token, self.fn, self.signals = token, fn, signals

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # shown in the view's status line, never lost silently
            self._emit(self.signals.failed, f"{type(exc).__name__}: {exc}")
            return
        self._emit(self.signals.done, result)

    def _emit(self, signal, payload) -> None:
        try:
            signal.emit(self.token, payload)
        except RuntimeError:  # the view was closed while the report was computed
            pass


class ReportsView(QWidget):
    """KPI report, charts, scorecards and inspector statistics for one month."""

    reportChanged = Signal()

    def __init__(
        self, col, parent: QWidget | None = None, *, month: Month | None = None, lang: str = "en"
    ):
        super().__init__(parent)
        self.col = col
        self.lang = lang
        self.report: KpiReport | None = None
        self.scorecards = None
        self.inspector_stats = None
        self.matrix: dict[str, Any] = {"items": [], "agents": []}
        self._token = 0
        self._signals = relays.make(_JobSignals)
        self._signals.done.connect(self._done)
        self._signals.failed.connect(self._failed)

        self.month = QComboBox()
        self.month.setToolTip(self.tr("The month reported; last month is shown beside it"))
        # the last complete month by default: the current one has barely started (every
        # change would read "▼ 100 %"); the current month stays first in the list
        current = Month.of(utcnow().date())
        chosen = month or current.previous()
        m = max(current, chosen, key=str)
        for _ in range(24):
            self.month.addItem(str(m), str(m))
            m = m.previous()
        index = self.month.findData(str(chosen))
        self.month.setCurrentIndex(max(0, index))
        self.team = QComboBox()
        self.team.addItem(self.tr("Whole centre"), None)
        for t in col.reports.teams():
            self.team.addItem(self.tr("Team %1").replace("%1", t), t)
        refresh = QPushButton(self.tr("Refresh"))
        self.csv_button = QPushButton(self.tr("Export CSV…"))
        self.xlsx_button = QPushButton(self.tr("Export XLSX…"))
        self.pdf_button = QPushButton(self.tr("Export PDF…"))
        self.status = QLabel()
        self.status.setStyleSheet("color: #5b6672")

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Month:")))
        top.addWidget(self.month)
        top.addWidget(QLabel(self.tr("Scope:")))
        top.addWidget(self.team)
        top.addWidget(refresh)
        top.addStretch(1)
        top.addWidget(self.status)
        for b in (self.csv_button, self.xlsx_button, self.pdf_button):
            top.addWidget(b)

        self.tabs = QTabWidget()
        self.kpi_table = make_table()
        self.tabs.addTab(self.kpi_table, self.tr("KPI"))
        charts = QWidget()
        grid = QGridLayout(charts)
        self.trend_chart = chart_view(self.tr("Average % and error rate, last 6 months"))
        self.grade_chart = chart_view(self.tr("Grade distribution"))
        self.rate_chart = chart_view(self.tr("Targets this month (%)"))
        self.heat_table = make_table()
        grid.addWidget(self.trend_chart, 0, 0)
        grid.addWidget(self.grade_chart, 0, 1)
        grid.addWidget(self.rate_chart, 1, 0)
        heat_box = QWidget()
        hl = QVBoxLayout(heat_box)
        hl.setContentsMargins(0, 0, 0, 0)
        hl.addWidget(QLabel(self.tr("Item heat map: % of the item's points kept, per agent")))
        hl.addWidget(self.heat_table)
        grid.addWidget(heat_box, 1, 1)
        self.tabs.addTab(charts, self.tr("Charts"))
        self.section_table = make_table()
        self.tabs.addTab(self.section_table, self.tr("Sections and items"))
        self.coverage_table = make_table()
        self.tabs.addTab(self.coverage_table, self.tr("Sample coverage"))
        self.scorecard_table = make_table()
        self.tabs.addTab(self._scorecard_tab(), self.tr("Agent scorecards"))
        self.inspector_table = make_table()
        self.tabs.addTab(self.inspector_table, self.tr("Inspectors"))

        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.tabs, 1)

        refresh.clicked.connect(self.refresh)
        self.month.currentIndexChanged.connect(self.refresh)
        self.team.currentIndexChanged.connect(self.refresh)
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.refresh()

    def _scorecard_tab(self) -> QWidget:
        """Scorecards plus the form a trainer records bonus / infraction / adjustment events with."""
        from PySide6.QtWidgets import QLineEdit, QSpinBox

        from qaclient.reports.scorecard import Policy, scorecard_rubric

        w = QWidget()
        lay = QVBoxLayout(w)
        lay.addWidget(self.scorecard_table, 1)
        box = QHBoxLayout()
        self.event_agent = QComboBox()
        for u in self.col.users.list(role="agent"):
            self.event_agent.addItem(u.display_name or u.login, u.login)
        self.event_item = QComboBox()
        policy = Policy.from_rubric(scorecard_rubric(self.col))
        kinds = {
            "bonus": self.tr("Bonus"),
            "minor": self.tr("Minor"),
            "moderate": self.tr("Moderate"),
            "severe": self.tr("Severe"),
            "flag": self.tr("Dismissal act"),
            "adjustment": self.tr("Trainer adjustment"),
        }
        for item_id, kind in policy.item_kinds.items():
            if item_id in ("spot_check_errors", "repeated_infractions"):
                continue  # filled in from call evaluations
            pts = policy.item_points.get(item_id)
            label = (
                self.tr("%1: %2")
                .replace("%1", kinds[kind.value])
                .replace("%2", policy.item_label(item_id, self.lang))
            )
            self.event_item.addItem(
                label + (f" ({pts:+})" if pts is not None else ""), f"{item_id}|{kind.value}"
            )
        self.event_count = QSpinBox()
        self.event_count.setRange(1, 31)
        self.event_count.setPrefix("× ")
        self.event_points = QLineEdit()
        self.event_points.setPlaceholderText(self.tr("points"))
        self.event_points.setMaximumWidth(70)
        self.event_reason = QLineEdit()
        self.event_reason.setPlaceholderText(
            self.tr("Reason (required for adjustments and dismissal acts)")
        )
        add = QPushButton(self.tr("Record event"))
        self.event_status = QLabel()
        for wdg in (
            QLabel(self.tr("Agent:")),
            self.event_agent,
            self.event_item,
            self.event_count,
            self.event_points,
            self.event_reason,
            add,
        ):
            box.addWidget(wdg)
        box.setStretch(box.indexOf(self.event_reason), 1)
        lay.addLayout(box)
        lay.addWidget(self.event_status)
        add.clicked.connect(self.record_event)
        return w

    def record_event(self) -> None:
        from decimal import InvalidOperation

        from qaclient.reports.scorecard import ScorecardError

        data = self.event_item.currentData()
        agent = self.event_agent.currentData()
        if data is None or agent is None:
            return
        item_id, kind = data.split("|")
        try:
            points = Decimal(self.event_points.text()) if self.event_points.text().strip() else None
        except InvalidOperation:
            self.event_status.setText(self.tr("Points must be a number, e.g. -3"))
            return
        try:
            self.col.reports.add_scorecard_event(
                agent=agent,
                month=self.selected_month(),
                kind=kind,
                points=points,
                count=self.event_count.value(),
                reason=self.event_reason.text(),
                item_id=item_id,
            )
        except ScorecardError as exc:
            self.event_status.setText(str(exc))
            return
        self.event_status.setText(self.tr("Recorded for %1").replace("%1", agent))
        self.event_reason.clear()
        self.event_points.clear()
        self.scorecards = self.col.reports.scorecard(
            self.selected_month(), team=self.team.currentData()
        )
        self.show_scorecards()

    # ------------------------------------------------------------------ data
    def selected_month(self) -> Month:
        return Month.parse(self.month.currentData())

    def compute(self, month: Month, team: str | None) -> dict[str, Any]:
        """Everything the view shows, from the core (runs on a worker thread)."""
        out: dict[str, Any] = {
            "report": self.col.reports.kpi(month, team=team, lang=self.lang),
            "scorecards": self.col.reports.scorecard(month, team=team),
            "inspectors": self.col.reports.inspectors(month),
            "matrix": self.col.reports.item_matrix(month, team=team, lang=self.lang),
        }
        trend = []
        m = month
        for _ in range(6):
            trend.append(
                (str(m), self.col.reports.kpi(m, team=team, lang=self.lang).centre.current)
            )
            m = m.previous()
        out["trend"] = list(reversed(trend))
        return out

    def refresh(self) -> None:
        """Recompute off the GUI thread (a cold month of a big store takes seconds)."""
        self._token += 1
        token = self._token
        month, team = self.selected_month(), self.team.currentData()
        self.status.setText(self.tr("Computing the report…"))
        for b in (self.csv_button, self.xlsx_button, self.pdf_button):
            b.setEnabled(False)
        job = _Job(token, lambda: self.compute(month, team), self._signals)
        QThreadPool.globalInstance().start(job)

    def _failed(self, token: int, message: str) -> None:
        if token == self._token:
            self.status.setText(self.tr("The report failed: %1").replace("%1", message))

    def _done(self, token: int, data: dict) -> None:
        if token != self._token:
            return  # a newer request is on its way
        self.report = data["report"]
        self.scorecards = data["scorecards"]
        self.inspector_stats = data["inspectors"]
        self.matrix = data["matrix"]
        self.show_kpi()
        self.show_charts(data["trend"])
        self.show_sections()
        self.show_coverage()
        self.show_scorecards()
        self.show_inspectors()
        for b in (self.csv_button, self.xlsx_button, self.pdf_button):
            b.setEnabled(True)
        n = self.report.centre.current.evaluations
        self.status.setText(
            self.tr("%1 evaluations").replace("%1", str(n))
            if n
            else self.tr("No evaluations in this month")
        )
        self.reportChanged.emit()

    def metric_names(self) -> dict[str, str]:
        return {
            "evaluations": self.tr("Evaluations"),
            "average_score": self.tr("Average score"),
            "average_percent": self.tr("Average %"),
            "phrase_rate": self.tr("Phrase use %"),
            "answer_accuracy": self.tr("Accuracy %"),
            "error_rate": self.tr("Error rate %"),
            "coverage": self.tr("Coverage %"),
        }

    def _row_name(self, row) -> str:
        """What a person calls a row of the KPI report: the centre, a team, an agent's name."""
        if row.level == "centre":
            return self.tr("Whole centre")
        if row.level == "agent":
            return self.col.names.person(row.key)
        return row.team or self.tr("(no team)")

    def show_kpi(self) -> None:
        r = self.report
        names = self.metric_names()
        headers = [self.tr("Level"), self.tr("Name"), self.tr("Team")]
        for key, name in names.items():
            target = ""
            if key in TARGETS:
                op, v = TARGETS[key]
                target = f" ({'≥' if op == '>=' else '≤'} {v})"
            headers += [name + target, self.tr("vs last month")]
        rows = []
        levels = {"centre": self.tr("Centre"), "team": self.tr("Team"), "agent": self.tr("Agent")}
        for row in [r.centre, *r.teams, *r.agents]:
            line = [
                item(levels[row.level]),
                item(self._row_name(row), tip=row.key if row.level == "agent" else ""),
                item(row.team or "—"),
            ]
            for key in names:
                m = row.metric(key)
                bg = PASS if m.get("pass") is True else FAIL if m.get("pass") is False else None
                line.append(
                    item(
                        fmt(m["current"]),
                        bg=bg,
                        align_right=True,
                        tip=self.tr("last month: %1").replace("%1", fmt(m["previous"])),
                    )
                )
                change = item(arrow(m["change_pct"]), align_right=True)
                colour = change_colour(key, m["change_pct"])
                if colour is not None:
                    change.setForeground(QBrush(colour))
                    change.setToolTip(
                        self.tr("better than last month")
                        if colour == BETTER_FG
                        else self.tr("worse than last month")
                    )
                line.append(change)
            rows.append(line)
        fill(self.kpi_table, headers, rows)
        for r_i, row in enumerate([r.centre, *r.teams, *r.agents]):
            if row.level != "agent":
                for c in range(self.kpi_table.columnCount()):
                    it = self.kpi_table.item(r_i, c)
                    f = it.font()
                    f.setBold(True)
                    it.setFont(f)
        self.kpi_table.resizeColumnsToContents()

    def show_charts(self, trend) -> None:
        # trend: average % and error rate per month
        chart = self.trend_chart.chart()
        chart.removeAllSeries()
        for ax in chart.axes():
            chart.removeAxis(ax)
        avg, err = QLineSeries(), QLineSeries()
        avg.setName(self.tr("Average %"))
        err.setName(self.tr("Error rate %"))
        months = [m for m, _ in trend]
        for i, (_m, fig) in enumerate(trend):
            a, e = fig.value("average_percent"), fig.value("error_rate")
            if a is not None:
                avg.append(i, float(a))
            if e is not None:
                err.append(i, float(e))
        chart.addSeries(avg)
        chart.addSeries(err)
        x = QBarCategoryAxis()
        x.append(months)
        y = QValueAxis()
        y.setRange(0, 100)
        y.setLabelFormat("%d")
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        for s in (avg, err):
            s.attachAxis(x)
            s.attachAxis(y)
            s.setPointsVisible(True)
        # grade distribution, this month beside last month
        chart = self.grade_chart.chart()
        chart.removeAllSeries()
        for ax in chart.axes():
            chart.removeAxis(ax)
        c = self.report.centre
        grades = sorted(set(c.current.grades) | set(c.previous.grades))
        series = QBarSeries()
        for label, fig in (
            (str(self.report.previous_month), c.previous),
            (str(self.report.month), c.current),
        ):
            bs = QBarSet(label)
            bs.append([float(fig.grades.get(g, 0)) for g in grades])
            series.append(bs)
        chart.addSeries(series)
        x = QBarCategoryAxis()
        x.append(grades or ["—"])
        y = QValueAxis()
        y.setLabelFormat("%d")
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)
        y.applyNiceNumbers()
        # the three rates against their targets
        chart = self.rate_chart.chart()
        chart.removeAllSeries()
        for ax in chart.axes():
            chart.removeAxis(ax)
        keys = ["phrase_rate", "answer_accuracy", "error_rate", "coverage"]
        names = self.metric_names()
        series = QBarSeries()
        for label, fig in (
            (str(self.report.previous_month), c.previous),
            (str(self.report.month), c.current),
        ):
            bs = QBarSet(label)
            bs.append([float(fig.value(k) or 0) for k in keys])
            series.append(bs)
        chart.addSeries(series)
        x = QBarCategoryAxis()
        x.append([names[k] for k in keys])
        y = QValueAxis()
        y.setRange(0, 100)
        y.setTickCount(6)
        y.setLabelFormat("%d")
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)
        # each rate's target as a dashed line across its group of bars
        self.target_lines = []
        for i, k in enumerate(keys):
            if k not in TARGETS:
                continue
            _op, value = TARGETS[k]
            line = QLineSeries()
            line.setName(self.tr("Target"))
            line.append(i - 0.45, float(value))
            line.append(i + 0.45, float(value))
            pen = QPen(QColor("#b42318"))
            pen.setWidth(2)
            pen.setStyle(Qt.PenStyle.DashLine)
            line.setPen(pen)
            chart.addSeries(line)
            line.attachAxis(x)
            line.attachAxis(y)
            self.target_lines.append(line)
        for line in self.target_lines[1:]:  # one legend entry says what the dashes are
            for marker in chart.legend().markers(line):
                marker.setVisible(False)
        # item heat map (agents x items of rubrics with maxima)
        self.show_heat()

    def show_heat(self) -> None:
        """Items down, agents across (agent ids are short; item labels are long, often Chinese)."""
        matrix = self.matrix
        agents = [a for a, _v in matrix["agents"]]
        values = dict(matrix["agents"])
        rows = []
        for key, label in matrix["items"]:
            line = [item(label, tip=key)]
            for agent in agents:
                v = values[agent].get(key)
                line.append(
                    item(
                        fmt(v) if v is not None else "",
                        bg=heat(v),
                        align_right=True,
                        tip=f"{self.col.names.person(agent)} · {label}: {fmt(v)} %",
                    )
                )
            rows.append(line)
        fill(self.heat_table, [self.tr("Item")] + [self.col.names.person(a) for a in agents], rows)
        self.heat_table.horizontalHeader().setStretchLastSection(False)
        for c in range(1, self.heat_table.columnCount()):
            self.heat_table.setColumnWidth(c, max(56, self.heat_table.columnWidth(c)))

    def show_sections(self) -> None:
        r = self.report
        rows = []
        for kind, entries in ((self.tr("Section"), r.sections), (self.tr("Item"), r.items)):
            for s in entries:
                rows.append(
                    [
                        item(kind),
                        item(self.col.names.rubric(s.rubric_id, self.lang), tip=s.rubric_id),
                        item(s.label),
                        item(str(s.current_n), align_right=True),
                        item(str(s.na), align_right=True),
                        item(fmt(s.current_score), align_right=True),
                        item(
                            fmt(s.current_percent),
                            bg=heat(s.current_percent) if s.current_percent is not None else None,
                            align_right=True,
                        ),
                        item(fmt(s.previous_percent), align_right=True),
                        item(str(s.lost) if kind == self.tr("Item") else "", align_right=True),
                    ]
                )
        fill(
            self.section_table,
            [
                self.tr("Kind"),
                self.tr("Rubric"),
                self.tr("Name"),
                "n",
                self.tr("N/A"),
                self.tr("Average"),
                "%",
                self.tr("Last month %"),
                self.tr("Times lost"),
            ],
            rows,
        )

    def show_coverage(self) -> None:
        rows = []
        for a in self.report.agents:
            f = a.current
            cov = f.shown("coverage")
            bg = PASS if cov is not None and cov >= 100 else FAIL if cov is not None else None
            rows.append(
                [
                    item(self.col.names.person(a.key), tip=a.key),
                    item(a.team or "—"),
                    item(str(f.working_days), align_right=True),
                    item(str(f.sampled_days), align_right=True),
                    item(fmt(cov), bg=bg, align_right=True),
                    item(", ".join(d[5:] for d in f.missed_days)),
                ]
            )
        fill(
            self.coverage_table,
            [
                self.tr("Agent"),
                self.tr("Team"),
                self.tr("Days worked"),
                self.tr("Days sampled"),
                self.tr("Coverage %"),
                self.tr("Worked but not sampled"),
            ],
            rows,
        )

    def show_scorecards(self) -> None:
        rows = []
        for c in self.scorecards.cards:
            bad = c.grade == "fail" or bool(c.warnings)
            rows.append(
                [
                    item(str(c.rank), align_right=True),
                    item(self.col.names.person(c.agent), tip=c.agent),
                    item(c.team or "—"),
                    item(fmt(c.sum_of(*[k for k in ("bonus",)])), align_right=True),
                    item(fmt(c.to_json()["infractions"]), align_right=True),
                    item(fmt(c.to_json()["spot_checks"]), align_right=True),
                    item(fmt(c.to_json()["adjustment"]), align_right=True),
                    item(fmt(c.score), align_right=True),
                    item(c.grade, bg=FAIL if bad else PASS),
                    item(fmt(c.pay_float), align_right=True),
                    item("; ".join(c.warnings)),
                ]
            )
        fill(
            self.scorecard_table,
            [
                self.tr("Rank"),
                self.tr("Agent"),
                self.tr("Team"),
                self.tr("Bonus"),
                self.tr("Infractions"),
                self.tr("Spot checks"),
                self.tr("Adjustment"),
                self.tr("Score"),
                self.tr("Grade"),
                self.tr("Pay float"),
                self.tr("Warnings"),
            ],
            rows,
        )

    def show_inspectors(self) -> None:
        rows = []
        flags = {"lenient": self.tr("lenient"), "harsh": self.tr("harsh")}
        for i in self.inspector_stats.inspectors:
            rows.append(
                [
                    item(self.col.names.person(i.inspector), tip=i.inspector),
                    item(str(i.evaluations), align_right=True),
                    item(fmt(i.per_day), align_right=True),
                    item(
                        fmt(i.handling_seconds / 60 if i.handling_seconds is not None else None),
                        align_right=True,
                    ),
                    item(fmt(i.mean_percent), align_right=True),
                    item(fmt(i.stddev_percent), align_right=True),
                    item(fmt(i.vs_mean), align_right=True),
                    item(flags.get(i.flag or "", ""), bg=FAIL if i.flag else None),
                ]
            )
        fill(
            self.inspector_table,
            [
                self.tr("Inspector"),
                self.tr("Evaluations"),
                self.tr("Per day"),
                self.tr("Minutes each"),
                self.tr("Mean %"),
                self.tr("Spread (SD)"),
                self.tr("vs everyone"),
                self.tr("Flag"),
            ],
            rows,
        )

    # ------------------------------------------------------------------ export
    def export(self, fmt_name: str, path: str | None = None) -> Path | None:
        """Export the report (CSV / XLSX: every table; PDF: the printed report)."""
        if self.report is None:
            return None
        if path is None:
            from qaclient import paths

            suggested = str(paths.exports_dir() / f"qa-report-{self.report.month}.{fmt_name}")
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export report"), suggested, f"{fmt_name.upper()} (*.{fmt_name})"
            )
            if not path:
                return None
        from qaclient import audit_trail

        audit_trail.record_now(
            self.col,
            "report",
            audit_trail.export_id("KpiReport"),
            "export",
            fmt_name,
            None,
            {"report": "KpiReport", "file": Path(path).name},
        )
        try:
            if fmt_name == "pdf":
                from ui.reports.pdf import write_kpi_pdf

                written = write_kpi_pdf(self.report, path, lang=self.lang)
                self.confirm_export(written)
                return written
            from qaclient.reports.export import write_csv_single, write_xlsx
            from qaclient.reports.headers import localize

            tables = self.report.tables() + self.scorecards.tables() + self.inspector_stats.tables()
            tables = localize(tables, self.lang)  # headings a person reads
            # a caller number typed into a reason leaves masked unless the role shows it
            masker = self.col.privacy.masker(f"export-{fmt_name}", audit="always")
            written = (
                write_xlsx(tables, path, masker)
                if fmt_name == "xlsx"
                else write_csv_single(tables, path, masker)
            )
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Export failed"),
                self.tr("Could not write %1: %2").replace("%1", str(path)).replace("%2", str(exc)),
            )
            return None
        self.confirm_export(written)
        return written

    def confirm_export(self, path: Path) -> QMessageBox:
        """Say where the file went, with a button that opens its folder (not modal)."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Report exported"))
        box.setText(self.tr("The report was saved as %1").replace("%1", Path(path).name))
        box.setInformativeText(str(Path(path).parent))
        self.open_folder_button = box.addButton(
            self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole
        )
        box.addButton(QMessageBox.StandardButton.Ok)
        folder = str(Path(path).resolve().parent)
        self.open_folder_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(folder))
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setModal(False)
        box.show()
        self.export_notice = box
        self.status.setText(self.tr("Saved %1").replace("%1", str(path)))
        return box
