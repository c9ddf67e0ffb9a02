"""The report view drives the core reports: figures, pass/fail colours, charts, export."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtCharts")

from PySide6.QtGui import QColor  # noqa: E402

from qaclient.reports.period import Month  # noqa: E402
from ui.reports.view import FAIL, PASS, ReportsView  # noqa: E402


@pytest.fixture
def view(qtbot, col, data):
    w = ReportsView(col, month=Month.parse("2026-10"))
    qtbot.addWidget(w)
    w.resize(1400, 900)
    qtbot.waitUntil(lambda: w.report is not None, timeout=20_000)  # computed off the GUI thread
    return w


def cell(table, row_key: str, header: str):
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    col = next(i for i, h in enumerate(headers) if h.startswith(header))
    row = next(r for r in range(table.rowCount()) if table.item(r, 1).text() == row_key)
    return table.item(row, col)


def test_status_while_computing(view, qtbot):
    with qtbot.waitSignal(view.reportChanged, timeout=20_000):
        view.refresh()
        assert view.status.text() == "Computing the report…" and not view.pdf_button.isEnabled()
    assert view.pdf_button.isEnabled() and view.status.text() == "6 evaluations"


def test_kpi_table_colours_targets(view):
    t = view.kpi_table
    assert cell(t, "Whole centre", "Evaluations").text() == "6"
    assert cell(t, "Whole centre", "Phrase use %").background().color() == QColor(FAIL)
    assert cell(t, "Carol", "Error rate %").background().color() == QColor(PASS)  # 0 % <= 8 %
    assert cell(t, "Alice", "Average score").text() == "67.67"


def test_team_scope_and_month_switch(view, qtbot):
    with qtbot.waitSignal(view.reportChanged, timeout=20_000):
        view.team.setCurrentIndex(view.team.findData("blue"))
    assert {view.kpi_table.item(r, 1).text() for r in range(view.kpi_table.rowCount())} >= {
        "Carol",
        "Dave",
    }
    assert cell(view.kpi_table, "Whole centre", "Evaluations").text() == "1"
    with qtbot.waitSignal(view.reportChanged, timeout=20_000):
        view.team.setCurrentIndex(0)
    with qtbot.waitSignal(view.reportChanged, timeout=20_000):
        view.month.setCurrentIndex(view.month.findData("2026-08"))
    assert view.status.text() == "No evaluations in this month"


def test_charts_and_heat_map(view):
    grade = view.grade_chart.chart().series()[0]
    assert [s.label() for s in grade.barSets()] == ["2026-09", "2026-10"]
    assert view.heat_table.rowCount() == 3  # o1, o2, c1 (checklist items have no maximum)
    headers = [
        view.heat_table.horizontalHeaderItem(c).text() for c in range(view.heat_table.columnCount())
    ]
    assert headers == ["Item", "Alice", "Bob", "Carol"]


def test_scorecards_and_inspectors_tabs(view):
    assert view.scorecard_table.rowCount() == 4
    assert view.inspector_table.rowCount() == 2


def test_export_buttons_write_files(view, tmp_path):
    from openpyxl import load_workbook

    x = view.export("xlsx", str(tmp_path / "r.xlsx"))
    wb = load_workbook(x)
    assert {"KPI", "Scorecard", "Inspectors"} <= set(wb.sheetnames)
    head = [c.value for c in wb["KPI"][1]]
    assert "Average score" in head and "average_score" not in head  # headings for people
    # a confirmation that says where the file went, with "Open folder"
    notice = view.export_notice
    assert notice.isVisible() and "r.xlsx" in notice.text()
    assert view.open_folder_button.text() == "Open folder"
    assert str(tmp_path) in notice.informativeText()
    notice.close()
    assert (
        view.export("csv", str(tmp_path / "r.csv"))
        .read_text(encoding="utf-8-sig")
        .startswith("# KPI")
    )
    assert view.export("pdf", str(tmp_path / "r.pdf")).read_bytes().startswith(b"%PDF")


def test_changes_are_coloured_better_or_worse():
    from decimal import Decimal as D

    from ui.reports.view import BETTER_FG, WORSE_FG, change_colour

    assert change_colour("average_percent", D(5)) == BETTER_FG
    assert change_colour("average_percent", D(-5)) == WORSE_FG
    assert change_colour("error_rate", D(-20)) == BETTER_FG  # a lower error rate is better
    assert change_colour("error_rate", D(20)) == WORSE_FG
    assert change_colour("evaluations", D(50)) is None  # workload, not quality
    assert change_colour("coverage", None) is None


def test_kpi_change_cells_carry_the_colour(view):
    t = view.kpi_table
    headers = [t.horizontalHeaderItem(c).text() for c in range(t.columnCount())]
    err = headers.index(next(h for h in headers if h.startswith("Error rate %")))
    coloured = 0
    for r in range(t.rowCount()):
        change = t.item(r, err + 1)
        text = change.text()
        if text.startswith("▲") or text.startswith("▼"):
            want = "#b42318" if text.startswith("▲") else "#1e7a3a"
            assert change.foreground().color().name() == want
            coloured += 1
    assert coloured


def test_target_lines_on_the_targets_chart(view):
    lines = view.target_lines
    from qaclient.reports.kpi import TARGETS

    assert len(lines) == len(TARGETS)
    values = sorted(p.y() for line in lines for p in line.points())
    assert values == sorted(float(v) for _op, v in TARGETS.values() for _ in range(2))


def test_opens_on_the_last_complete_month(qtbot, col):
    from qaclient.storage.types import utcnow

    w = ReportsView(col)
    qtbot.addWidget(w)
    assert w.selected_month() == Month.of(utcnow().date()).previous()
    assert w.month.itemData(0) == str(Month.of(utcnow().date()))  # still selectable
    qtbot.waitUntil(lambda: w.report is not None, timeout=20_000)


def test_record_scorecard_event_from_the_view(view):
    view.event_agent.setCurrentIndex(view.event_agent.findData("bob"))
    view.event_item.setCurrentIndex(view.event_item.findData("trainer_adjustment|adjustment"))
    view.event_points.setText("-3")
    view.record_event()
    assert "reason" in view.event_status.text()  # an adjustment needs a written reason
    view.event_reason.setText("missed the team briefing twice")
    view.record_event()
    row = next(
        r
        for r in range(view.scorecard_table.rowCount())
        if view.scorecard_table.item(r, 1).text() == "Bob"
    )
    headers = [
        view.scorecard_table.horizontalHeaderItem(c).text()
        for c in range(view.scorecard_table.columnCount())
    ]
    assert view.scorecard_table.item(row, headers.index("Score")).text() == "75"  # 80 - 2 - 3
