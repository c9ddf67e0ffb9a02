"""Monthly agent scorecard (Spanish handbook) against hand-computed figures.

Spot-check errors come from the call evaluations of dataset.py:
  October: alice E2 has 3 error occurrences -> -(1 + 3) = -4; bob E5 has 1 -> -2.
  September: bob F2 has 2 -> -3; carol E10 has 1 -> -2.
"""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from qaclient.reports.scorecard import ScorecardError, grade, pay_float, spot_check_points


def cards(col, month="2026-10", **kw):
    return {c["agent"]: c for c in col.reports.scorecard(month, **kw).to_json()["agents"]}


def test_grade_bands_hold_their_floors():
    assert grade(D("90.01")) == "A" and grade(D(90)) == "B" and grade(D(80)) == "B"
    assert grade(D("79.5")) == "C" and grade(D(70)) == "C" and grade(D("69.9")) == "D"
    assert grade(D(65)) == "D" and grade(D(60)) == "E" and grade(D("59.99")) == "fail"


def test_spot_check_points_and_pay_float():
    assert [spot_check_points(n) for n in (1, 2, 3, 4, 9)] == [D(-2), D(-3), D(-4), D(-5), D(-5)]
    assert spot_check_points(0, auto_fail=True) == D(-5)
    assert pay_float(D(81)) == D(10) and pay_float(D(49)) == D(-300) and pay_float(D(110)) == D(300)


def test_spot_checks_flow_in_and_events_add_up(col, data):
    col.reports.add_scorecard_event(
        agent="alice", month="2026-10", kind="bonus", reason="extra task"
    )
    col.reports.add_scorecard_event(
        agent="bob", month="2026-10", kind="adjustment", points=-3, reason="did not log the outage"
    )
    c = cards(col)
    assert (c["alice"]["score"], c["alice"]["grade"], c["alice"]["spot_checks"]) == (
        D(81),
        "B",
        D(-4),
    )
    assert (c["bob"]["score"], c["bob"]["grade"], c["bob"]["adjustment"]) == (D(75), "C", D(-3))
    assert c["carol"]["score"] == D(80) and c["dave"]["score"] == D(
        80
    )  # dave's draft/deleted ignored
    assert [c[a]["rank"] for a in ("alice", "carol", "dave", "bob")] == [1, 2, 2, 4]
    assert c["bob"]["last_place"] is True and c["alice"]["last_place"] is False
    assert c["alice"]["pay_float"] == D(10) and c["bob"]["pay_float"] == D(-50)
    assert cards(col, pay_float=False)["bob"]["pay_float"] is None
    spot = [e for e in c["alice"]["events"] if e["kind"] == "spot_check"]
    assert len(spot) == 1 and spot[0]["evaluation"] == str(data.ids["E2"])


def test_cap_and_escalation_and_below_60_warning(col, data):
    col.reports.add_scorecard_event(
        agent="alice", month="2026-10", kind="bonus", count=7, reason="extra tasks"
    )
    col.reports.add_scorecard_event(
        agent="bob", month="2026-10", kind="minor", points=-2, count=3, reason="late 2-5 min"
    )
    c = cards(col)
    assert c["alice"]["uncapped"] == D(111) and c["alice"]["score"] == D(
        110
    )  # 80 + 35 - 4, cap 110
    assert c["alice"]["grade"] == "A" and c["alice"]["pay_float"] == D(300)
    # bob: 3 minor + 1 spot check = 4 minor infractions -> a severe -20 on top: 80 - 6 - 2 - 20
    assert c["bob"]["score"] == D(52) and c["bob"]["grade"] == "fail"
    assert any("below 60" in w for w in c["bob"]["warnings"])
    assert cards(col, escalate=False)["bob"]["score"] == D(72)


def test_last_place_two_months_below_70_warns(col, data):
    col.reports.add_scorecard_event(
        agent="bob", month="2026-09", kind="moderate", reason="missed meeting"
    )
    col.reports.add_scorecard_event(
        agent="bob", month="2026-10", kind="moderate", reason="unreported anomaly"
    )
    col.reports.add_scorecard_event(
        agent="bob", month="2026-10", kind="adjustment", points=-3, reason="x"
    )
    sept = cards(col, "2026-09")
    assert sept["bob"]["score"] == D(67) and sept["bob"]["last_place"]  # 80 - 3 - 10
    octo = cards(col)
    assert octo["bob"]["score"] == D(65) and octo["bob"]["grade"] == "D"  # 80 - 2 - 10 - 3
    assert any("two months" in w for w in octo["bob"]["warnings"])
    assert not any("two months" in w for w in sept["bob"]["warnings"])  # August: no scorecard


def test_flags_are_recorded_without_points(col, data):
    col.reports.add_scorecard_event(
        agent="carol", month="2026-10", kind="flag", reason="hung up on a customer"
    )
    c = cards(col)["carol"]
    assert c["score"] == D(80) and c["flags"] == ["hung up on a customer"]
    assert any("dismissal act" in w.lower() for w in c["warnings"])


def test_handbook_bounds_are_enforced(col, data):
    with pytest.raises(ScorecardError, match="reason"):
        col.reports.add_scorecard_event(agent="bob", month="2026-10", kind="adjustment", points=2)
    col.reports.add_scorecard_event(
        agent="bob", month="2026-10", kind="adjustment", points=4, reason="helped"
    )
    with pytest.raises(ScorecardError, match="-5 to \\+5"):
        col.reports.add_scorecard_event(
            agent="bob", month="2026-10", kind="adjustment", points=2, reason="more"
        )
    with pytest.raises(ScorecardError, match="-5 to -1"):
        col.reports.add_scorecard_event(agent="bob", month="2026-10", kind="minor", points=-6)
    with pytest.raises(ScorecardError, match="derived"):
        col.reports.add_scorecard_event(agent="bob", month="2026-10", kind="spot_check")


def test_deleted_event_no_longer_counts(col, data):
    eid = col.reports.add_scorecard_event(
        agent="carol", month="2026-10", kind="severe", reason="absent"
    )
    assert cards(col)["carol"]["score"] == D(60)
    col.reports.delete_scorecard_event(eid)
    assert cards(col)["carol"]["score"] == D(80)


def test_team_filter(col, data):
    assert set(cards(col, team="red")) == {"alice", "bob"}


def test_events_are_checked_against_the_shipped_rubric(col, data):
    with pytest.raises(ScorecardError, match="not an item of the scorecard rubric"):
        col.reports.add_scorecard_event(
            agent="bob", month="2026-10", kind="minor", item_id="no_such_item"
        )
    with pytest.raises(ScorecardError, match="records a moderate infraction, not a minor"):
        col.reports.add_scorecard_event(
            agent="bob", month="2026-10", kind="minor", item_id="missed_meeting"
        )
    with pytest.raises(ScorecardError, match="filled in from call evaluations"):
        col.reports.add_scorecard_event(
            agent="bob", month="2026-10", kind="minor", item_id="spot_check_errors"
        )
    # the rubric's points are the default: messy desk -2, handover log -5
    col.reports.add_scorecard_event(
        agent="carol", month="2026-10", kind="minor", item_id="handover_log_incomplete"
    )
    assert cards(col)["carol"]["score"] == D(75)


def test_scorecard_equals_the_scoring_engine_on_the_shipped_rubric(col, data):
    """The same month scored by the rubric engine from the events gives the same total."""
    from qaclient.reports.scorecard import scorecard_rubric
    from qaclient.rubrics.model import Answer, ItemKind
    from qaclient.rubrics.scoring import score

    col.reports.add_scorecard_event(
        agent="alice",
        month="2026-10",
        kind="bonus",
        item_id="extra_tasks",
        count=7,
        reason="extra tasks",
    )
    col.reports.add_scorecard_event(
        agent="bob", month="2026-10", kind="minor", item_id="messy_desk", count=3
    )
    rubric = scorecard_rubric()
    for agent in ("alice", "bob"):
        card = cards(col)[agent]
        counts: dict[str, int] = {}
        values: dict[str, D] = {}
        for e in card["events"]:
            item = rubric.item(e["item"])
            if item.kind in (ItemKind.DEDUCTION, ItemKind.BONUS):
                counts[item.id] = counts.get(item.id, 0) + e["count"]
            else:
                values[item.id] = values.get(item.id, D(0)) + e["total"]
        answers = {k: Answer(count=v) for k, v in counts.items()} | {
            k: Answer(value=v) for k, v in values.items()
        }
        result = score(rubric, answers)
        assert result.total == card["score"], agent
        assert result.grade == card["grade"]
    assert cards(col)["bob"]["score"] == D(52)  # 80 - 6 - 2 (spot check) - 20 (4 minor -> severe)
