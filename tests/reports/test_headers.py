"""CSV/XLSX headings in the reader's language; machine keys stay for scripts and JSON."""

from __future__ import annotations

import csv

from openpyxl import load_workbook

from qaclient.messages import LANGUAGES, Message, render
from qaclient.reports.headers import HEADERS, SUFFIXES, TABLES, heading, localize


def test_every_heading_is_translated_in_every_language():
    ids = [*HEADERS.values(), *TABLES.values(), *(mid for _s, mid in SUFFIXES)]
    for lang in LANGUAGES:
        for mid in ids:
            args = {"name": "X"} if "suffix" in mid else {}
            text = render(Message(mid, args), lang)
            assert text and text != mid, (lang, mid)
    assert heading("error_rate_previous", "en") == "Error rate % (last month)"
    assert heading("error_rate_change_pct", "zh_CN") == "差错率 % 变化 %"
    assert heading("B", "es") == "B"  # a grade letter reads the same everywhere


def test_every_column_of_the_reports_has_a_heading(col, data):
    tables = (
        col.reports.kpi("2026-10").tables()
        + col.reports.scorecard("2026-10").tables()
        + col.reports.inspectors("2026-10").tables()
    )
    for t in tables:
        assert t.name in TABLES
        for c in t.columns:
            if c[:1].isdigit() or c in ("<60", "90+") or len(c) <= 2:
                continue  # dates, buckets, grade letters
            assert heading(c, "zh_CN") != c, (t.name, c)


def test_export_in_chinese_keeps_keys_for_scripts(col, data, tmp_path):
    report = col.reports.kpi("2026-10")
    [x] = col.reports.export(report, tmp_path / "kpi.xlsx", "xlsx", lang="zh_CN")
    wb = load_workbook(x)
    assert wb.sheetnames[0] == "关键指标"
    head = [c.value for c in wb["关键指标"][1]]
    assert "平均分" in head and "average_score" not in head
    [c] = col.reports.export(report, tmp_path / "kpi.csv", "csv", lang="es")
    rows = list(csv.reader(c.open(encoding="utf-8-sig")))
    assert rows[0] == ["# KPI"] and "Puntuación media" in rows[1]
    [m] = col.reports.export(report, tmp_path / "keys.csv", "csv")
    machine = list(csv.reader(m.open(encoding="utf-8-sig")))
    assert "average_score" in machine[1]
    assert localize(report.tables(), None)[0].columns == report.tables()[0].columns
