"""The monthly KPI report against numbers worked out by hand from dataset.py.

October 2026 (UTC), reportable evaluations (E7 draft and E8 deleted never count):
  alice  E1 inbound 7 (87.5 %), E2 checklist 96 (k1 x1 = A error, k2 x2 = P errors),
         E3 checklist 100
  bob    E4 inbound 3.8 (38 %), E5 checklist 99 (k2 x1 = P error)
  carol  E6 inbound 5 (100 %; o1 and o2 N/A)                      <- a single evaluation
September: alice F1 10 (100 %), bob F2 97 (A + P errors), carol E10 98 (A error; UTC)
"""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from qaclient.reports.period import Month, PeriodError


def metrics(row):
    return {k: (v["current"], v["previous"]) for k, v in row["metrics"].items()}


def test_centre_figures_this_month_beside_last(col, data):
    r = col.reports.kpi("2026-10").to_json()
    assert r["month"] == "2026-10" and r["previous_month"] == "2026-09"
    m = r["centre"]["metrics"]
    assert m["evaluations"]["current"] == 6 and m["evaluations"]["previous"] == 3
    assert m["evaluations"]["change_pct"] == D("100.00")  # (6 - 3) / 3
    # (7 + 96 + 100 + 3.8 + 99 + 5) / 6 = 310.8 / 6 ; (10 + 97 + 98) / 3 = 68.333..
    assert m["average_score"]["current"] == D("51.80")
    assert m["average_score"]["previous"] == D("68.33")
    assert m["average_score"]["change_pct"] == D("-24.20")  # from exact values, not rounded ones
    # percent: (87.5 + 96 + 100 + 38 + 99 + 100) / 6 = 86.75
    assert m["average_percent"]["current"] == D("86.75")
    # P errors on E2 and E5: (6 - 2) / 6 ; A error on E2 only: (6 - 1) / 6
    assert m["phrase_rate"]["current"] == D("66.67")
    assert m["answer_accuracy"]["current"] == D("83.33")
    assert m["error_rate"]["current"] == D("50.00")  # (2 + 1) / 6
    assert m["error_occurrences"]["current"] == 4  # 1 + 2 + 1 occurrences
    # September: P on F2; A on F2 and E10
    assert m["phrase_rate"]["previous"] == D("66.67")
    assert m["answer_accuracy"]["previous"] == D("33.33")
    assert m["error_rate"]["previous"] == D("100.00")
    assert m["phrase_rate"]["pass"] is False and m["error_rate"]["pass"] is False
    assert r["centre"]["grades"] == {"current": {"A": 4, "B": 1, "F": 1}, "previous": {"A": 3}}


def test_agent_rows_single_evaluation_and_no_evaluation(col, data):
    r = col.reports.kpi("2026-10").to_json()
    agents = {a["key"]: a for a in r["agents"]}
    assert set(agents) == {"alice", "bob", "carol", "dave"}  # dave worked but was never sampled
    a = metrics(agents["alice"])
    assert a["evaluations"] == (3, 1)
    assert a["average_score"] == (D("67.67"), D("10.00"))  # 203 / 3
    assert a["average_percent"] == (D("94.50"), D("100.00"))  # 283.5 / 3
    assert a["phrase_rate"][0] == D("66.67") and a["answer_accuracy"][0] == D("66.67")
    assert a["error_rate"][0] == D("66.67")
    c = metrics(agents["carol"])  # one evaluation, N/A-heavy
    assert c["evaluations"] == (1, 1)
    assert c["average_percent"] == (D("100.00"), D("98.00"))
    assert c["phrase_rate"][0] == D("100.00") and c["error_rate"][0] == D("0.00")
    assert agents["carol"]["metrics"]["error_rate"]["pass"] is True
    d = metrics(agents["dave"])
    assert d["evaluations"] == (0, 0)
    assert d["average_score"] == (None, None) and d["phrase_rate"] == (None, None)
    b = agents["bob"]["metrics"]
    assert b["average_score"]["current"] == D("51.40")  # (3.8 + 99) / 2
    assert b["phrase_rate"]["current"] == D("50.00") and b["answer_accuracy"]["current"] == D(
        "100.00"
    )


def test_teams_add_up_their_agents(col, data):
    r = col.reports.kpi("2026-10").to_json()
    teams = {t["key"]: metrics(t) for t in r["teams"]}
    assert teams["red"]["evaluations"] == (5, 2)  # alice 3 + bob 2 ; alice 1 + bob 1
    assert teams["red"]["average_score"][0] == D("61.16")  # (203 + 102.8) / 5 = 61.16
    assert teams["blue"]["evaluations"] == (1, 1)


def test_team_filter(col, data):
    r = col.reports.kpi("2026-10", team="blue").to_json()
    assert {a["key"] for a in r["agents"]} == {"carol", "dave"}
    assert r["centre"]["metrics"]["evaluations"]["current"] == 1
    assert r["centre"]["metrics"]["coverage"]["current"] == D("50.00")  # carol 1/1 + dave 0/1


def test_sample_coverage(col, data):
    r = col.reports.kpi("2026-10").to_json()
    cov = {a["key"]: a["coverage"] for a in r["agents"]}
    # alice worked 5th, 6th, 7th; calls of the 5th (E1) and 6th (E2, E3) were evaluated
    assert cov["alice"] == {"working_days": 3, "sampled_days": 2, "missed_days": ["2026-10-07"]}
    assert cov["dave"] == {
        "working_days": 1,
        "sampled_days": 0,
        "missed_days": ["2026-10-10"],
    }  # draft only
    assert cov["bob"]["sampled_days"] == 2 and cov["carol"]["sampled_days"] == 1
    m = r["centre"]["metrics"]["coverage"]
    assert m["current"] == D("71.43")  # (2 + 2 + 1 + 0) / (3 + 2 + 1 + 1) = 5 / 7
    assert m["previous"] == D("100.00") and m["pass"] is False


def test_section_and_item_averages_leave_out_na(col, data):
    r = col.reports.kpi("2026-10").to_json()
    sec = {(s["rubric"], s["id"]): s for s in r["sections"]}
    o = sec[("inbound", "open")]  # E1 3/3, E4 3.8/5, E6 N/A
    assert (o["n"], o["na"], o["average"], o["percent"]) == (2, 1, D("3.40"), D("85.00"))
    assert o["previous_percent"] == D("100.00") and o["change_pct"] == D("-15.00")
    c = sec[("inbound", "close")]  # 4/5, 0/5, 5/5
    assert (c["n"], c["average"], c["percent"]) == (3, D("3.00"), D("60.00"))
    assert sec[("checklist", "skills")]["average"] == D("-0.67")  # -2, 0, 0
    assert sec[("checklist", "skills")]["percent"] is None  # deductions have no maximum
    items = {(i["rubric"], i["id"]): i for i in r["items"]}
    o2 = items[("inbound", "o2")]  # N/A on E1 and E6
    assert (o2["n"], o2["na"], o2["percent"], o2["times_lost"]) == (1, 2, D("100.00"), 0)
    o1 = items[("inbound", "o1")]
    assert (o1["n"], o1["average"], o1["percent"], o1["times_lost"]) == (
        2,
        D("2.40"),
        D("80.00"),
        1,
    )
    assert o1["label"] == "Prescribed greeting"
    assert (
        items[("checklist", "k2")]["times_lost"] == 2
        and items[("checklist", "k2")]["category"] == "P"
    )


def test_month_without_data(col, data):
    r = col.reports.kpi("2026-08").to_json()  # nothing in August nor July
    m = r["centre"]["metrics"]
    assert m["evaluations"] == {"current": 0, "previous": 0, "delta": 0, "change_pct": None}
    assert m["average_score"]["current"] is None and m["phrase_rate"]["current"] is None
    assert m["phrase_rate"]["pass"] is None
    assert r["agents"] == [] and r["sections"] == [] and r["items"] == []


def test_month_after_the_data_compares_with_it(col, data):
    r = col.reports.kpi("2026-11").to_json()
    m = r["centre"]["metrics"]
    assert m["evaluations"]["current"] == 1 and m["evaluations"]["previous"] == 6  # E9
    assert m["evaluations"]["change_pct"] == D("-83.33")


def test_time_zone_moves_the_month_boundary(col, data):
    r = col.reports.kpi("2026-10", tz="Asia/Shanghai").to_json()
    carol = next(a for a in r["agents"] if a["key"] == "carol")
    # E10 (2026-09-30 20:00 UTC) is 2026-10-01 04:00 in Shanghai
    assert metrics(carol)["evaluations"] == (2, 0)
    assert metrics(carol)["answer_accuracy"][0] == D("50.00")
    assert r["centre"]["metrics"]["evaluations"]["current"] == 7


def test_bad_month():
    with pytest.raises(PeriodError, match="YYYY-MM"):
        Month.parse("2026-1")
    assert str(Month.parse("2026-01").previous()) == "2025-12"


def test_cached_month_is_recomputed_after_a_change(col, data):
    from sqlalchemy import update

    from qaclient.storage.models import Evaluation
    from qaclient.storage.types import utcnow

    first = col.reports.kpi("2026-10").to_json()
    assert first == col.reports.kpi("2026-10").to_json()  # second read comes from the cache
    from qaclient.reports.kpi import build_kpi
    from qaclient.reports.period import Month

    assert build_kpi(col, Month.parse("2026-10"), use_cache=False).to_json() == first
    with col.Session.begin() as s:  # what the evaluations service does on a revision
        s.execute(
            update(Evaluation)
            .where(Evaluation.id == data.ids["E6"])
            .values(total=D(3), percent=D(60), rev=Evaluation.rev + 1, updated_at=utcnow())
        )
    again = col.reports.kpi("2026-10").to_json()
    assert again["centre"]["metrics"]["average_score"]["current"] == D("51.47")  # (310.8 - 2) / 6
