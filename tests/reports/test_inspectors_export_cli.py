"""Inspector statistics (hand-computed), CSV/XLSX export, and the ``report`` CLI contract.

October submissions: ins1 E1 87.5 % (12 min), E2 96 % (8), E4 38 % (20), E6 100 % (10);
ins2 E3 100 % (4 min), E5 99 % (6).  Everyone's mean = 520.5 / 6 = 86.75.
"""

from __future__ import annotations

import csv
import json
from decimal import Decimal as D

from openpyxl import load_workbook

from qaclient.cli.main import main


def test_inspector_statistics(col, data):
    r = col.reports.inspectors("2026-10", min_evaluations=2).to_json()
    assert r["mean_percent"] == D("86.75")
    i = {x["inspector"]: x for x in r["inspectors"]}
    one, two = i["ins1"], i["ins2"]
    assert (one["evaluations"], one["active_days"], one["per_day"]) == (4, 4, D("1.00"))
    assert one["handling_seconds"] == D("750.00")  # (12 + 8 + 20 + 10) / 4 min
    assert one["mean_percent"] == D("80.38")  # 321.5 / 4
    assert one["stddev_percent"] == D("24.88")
    assert (one["min_percent"], one["max_percent"]) == (D("38.00"), D("100.00"))
    assert one["flag"] == "harsh" and one["vs_mean"] == D("-6.38")
    assert one["distribution"] == {"<60": 1, "80-90": 1, "90+": 2}
    assert two["handling_seconds"] == D("300.00") and two["mean_percent"] == D("99.50")
    assert two["flag"] == "lenient" and two["stddev_percent"] == D("0.50")
    # with the default minimum of 5 evaluations nobody has enough to be flagged
    assert {x["flag"] for x in col.reports.inspectors("2026-10").to_json()["inspectors"]} == {None}


def test_export_csv_and_xlsx(col, data, tmp_path):
    report = col.reports.kpi("2026-10")
    [x] = col.reports.export(report, tmp_path / "kpi.xlsx", "xlsx")
    wb = load_workbook(x)
    assert wb.sheetnames == ["kpi", "grades", "coverage", "sections", "items"]
    ws = wb["kpi"]
    head = [c.value for c in ws[1]]
    row = [c.value for c in ws[2]]
    assert row[:2] == ["centre", "centre"]
    assert row[head.index("average_score")] == 51.8 and row[head.index("evaluations")] == 6
    files = col.reports.export(report, tmp_path / "kpi.csv", "csv", single_csv=False)
    assert [f.name for f in files] == [
        "kpi-kpi.csv",
        "kpi-grades.csv",
        "kpi-coverage.csv",
        "kpi-sections.csv",
        "kpi-items.csv",
    ]
    rows = list(csv.reader(files[2].open(encoding="utf-8-sig")))
    alice = next(r for r in rows if r[0] == "alice")
    assert alice[2:] == ["3", "2", "66.67", "2026-10-07"]


def test_cli_report_kpi_json_csv_xlsx(col, data, tmp_path, capsys):
    assert main(["report", "kpi", "--month", "2026-10", "--team", "red", "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["centre"]["metrics"]["evaluations"]["current"] == 5
    assert {a["key"] for a in out["agents"]} == {"alice", "bob"}
    assert (
        main(
            [
                "report",
                "kpi",
                "--month",
                "2026-10",
                "--format",
                "csv",
                "-o",
                str(tmp_path / "k.csv"),
            ]
        )
        == 0
    )
    text = (tmp_path / "k.csv").read_text(encoding="utf-8-sig")
    assert text.startswith("# kpi\n") and "# items" in text
    assert (
        main(
            [
                "report",
                "kpi",
                "--month",
                "2026-10",
                "--format",
                "xlsx",
                "-o",
                str(tmp_path / "k.xlsx"),
            ]
        )
        == 0
    )
    assert load_workbook(tmp_path / "k.xlsx")["kpi"]["A2"].value == "centre"


def test_cli_errors_are_specific(col, tmp_path, capsys):
    assert main(["report", "kpi", "--month", "10-2026"]) == 2
    assert "YYYY-MM" in capsys.readouterr().err
    assert main(["report", "kpi", "--month", "2026-10", "--format", "xlsx"]) == 2
    assert "-o FILE.xlsx" in capsys.readouterr().err
    assert main(["report", "kpi", "--month", "2026-10", "--tz", "Mars/Base"]) == 2
    assert (
        main(
            [
                "report",
                "kpi",
                "--month",
                "2026-10",
                "--format",
                "csv",
                "-o",
                str(tmp_path / "no" / "such" / "k.csv"),
            ]
        )
        == 2
    )
    assert "does not exist" in capsys.readouterr().err


def test_cli_unknown_team(col, data, capsys):
    assert main(["report", "kpi", "--month", "2026-10", "--team", "rde"]) == 2
    assert "no agents in team rde (teams: blue, red)" in capsys.readouterr().err


def test_cli_scorecard_event_and_scorecard(col, data, capsys):
    assert (
        main(
            [
                "report",
                "scorecard-event",
                "--agent",
                "bob",
                "--month",
                "2026-10",
                "--kind",
                "adjustment",
                "--points",
                "-2",
            ]
        )
        == 2
    )
    assert "reason" in capsys.readouterr().err
    assert (
        main(
            [
                "report",
                "scorecard-event",
                "--agent",
                "bob",
                "--month",
                "2026-10",
                "--kind",
                "bonus",
                "--reason",
                "suggestion adopted",
            ]
        )
        == 0
    )
    capsys.readouterr()
    assert main(["report", "scorecard", "--month", "2026-10"]) == 0
    bob = next(a for a in json.loads(capsys.readouterr().out)["agents"] if a["agent"] == "bob")
    assert bob["score"] == 83  # 80 + 5 - 2
    assert main(["report", "inspectors", "--month", "2026-10", "--min-evaluations", "2"]) == 0
    assert json.loads(capsys.readouterr().out)["inspectors"][0]["flag"] == "harsh"


def test_inspectors_count_by_the_evaluations_month(col):
    """Calls of November scored in December are November's evaluations (as in the KPI)."""
    from datetime import UTC, datetime

    from qaclient.storage.types import utcnow

    rubric = col.rubrics.resolve("inbound-call")[1]
    answers = {i.id: {"level": i.levels[0].name} for i in rubric.items if i.levels}
    for n in range(3):
        v = col.evaluations.create(
            call_id=f"NOV-{n}",
            rubric="inbound-call",
            agent="1001",
            answers=answers,
            scored_at=datetime(2026, 11, 10 + n, 9, tzinfo=UTC),
        )
        col.evaluations.submit(v.id)
    now = utcnow()
    this_month = f"{now.year:04d}-{now.month:02d}"
    nov = col.reports.inspectors("2026-11").to_json()
    assert nov["by"] == "evaluation"
    assert [(i["inspector"], i["evaluations"]) for i in nov["inspectors"]] == [("tester", 3)]
    assert col.reports.inspectors("2026-11", by="submitted").to_json()["inspectors"] == []
    if this_month != "2026-11":
        assert col.reports.inspectors(this_month).to_json()["inspectors"] == []
        sub = col.reports.inspectors(this_month, by="submitted").to_json()
        assert [i["evaluations"] for i in sub["inspectors"]] == [3]
