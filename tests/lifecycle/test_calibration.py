"""Calibration sessions: blind scoring, the reveal, the agreement report, drift; and the
CLI contract (`calibration create/reveal/report`, `evaluate --calibration`)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from qaclient.calibration.agreement import krippendorff_alpha
from qaclient.calibration.service import CalibrationError

ITEMS = [
    "greeting", "ask_name", "ask_need", "use_surname", "hold_music", "hold_reason",
    "hold_apology", "long_hold_update", "no_interrupt", "active_listening",
    "objection_handling", "anything_else", "thanks", "product_knowledge",
    "correct_information", "clarity", "politeness", "patience", "warmth",
]  # fmt: skip


def answers(**levels):
    out = {i: {"level": "excellent"} for i in ITEMS}
    out.update({k: {"level": v} for k, v in levels.items()})
    return out


@pytest.fixture
def people(col):
    col.users.add("sup", display_name="Zhao Min", role="supervisor")
    for login in ("li", "wang", "chen"):
        col.users.add(login, role="inspector")
    col.users.add("expert", role="inspector")
    return col


def test_blind_until_revealed_then_report(people):
    col = people
    col.actor = "sup"
    cal = col.calibrations.create(
        rubric="inbound-call",
        calls=["C1", "C2"],
        inspectors=["li", "wang"],
        benchmark="expert",
        title="November",
    )
    assert cal.raters == ("li", "wang", "expert")
    given = {
        ("C1", "li"): answers(greeting="poor"),
        ("C1", "wang"): answers(greeting="good"),
        ("C1", "expert"): answers(greeting="poor"),
        ("C2", "li"): answers(),
        ("C2", "wang"): answers(warmth="pass"),
        ("C2", "expert"): answers(),
    }
    for (call, login), ans in given.items():
        col.calibrations.evaluate(cal.id, call, evaluator=login, answers=ans, agent="1001")
    # blind: li sees only li's answers; progress is counts only
    mine = col.calibrations.evaluations(cal.id, viewer="li")
    assert {e.evaluator for e in mine} == {"li"} and len(mine) == 2
    assert col.calibrations.progress(cal.id)["wang"] == {"scored": 2, "submitted": 0}
    with pytest.raises(CalibrationError, match="reveal"):
        col.calibrations.report(cal.id)
    with pytest.raises(CalibrationError, match="not invited"):
        col.calibrations.evaluate(cal.id, "C1", evaluator="chen", answers=answers())
    with pytest.raises(CalibrationError, match="not part"):
        col.calibrations.evaluate(cal.id, "C9", evaluator="li", answers=answers())
    # calibration evaluations never reach lists or reports
    assert col.evaluations.list() == []
    assert len(col.evaluations.list(calibration=cal.id)) == 6
    assert all(e.scored_at is None for e in mine)

    col.calibrations.reveal(cal.id)
    assert len(col.calibrations.evaluations(cal.id, viewer="li")) == 6
    with pytest.raises(CalibrationError, match="revealed"):
        col.calibrations.evaluate(cal.id, "C1", evaluator="li", answers=answers())
    report = col.calibrations.report(cal.id)
    assert report["calls"] == ["C1", "C2"] and report["raters"] == ["li", "wang", "expert"]
    by_item = {it["item"]: it for it in report["items"]}
    g = by_item["greeting"]
    assert g["n_ratings"] == 6
    # C1: poor, good, poor (1 of 3 pairs agree); C2: all excellent (3 of 3) → 4/6
    assert g["percent_agreement"] == pytest.approx(4 / 6, abs=1e-4)
    matrix = [["poor", "excellent"], ["good", "excellent"], ["poor", "excellent"]]
    assert g["alpha_nominal"] == pytest.approx(krippendorff_alpha(matrix, "nominal"), abs=1e-4)
    assert g["alpha_ordinal"] is not None and g["fleiss_kappa"] is not None
    assert by_item["thanks"]["alpha_nominal"] is None  # everybody agrees: undefined, not 1
    assert by_item["thanks"]["percent_agreement"] == 1.0
    percents = report["overall"]["percents"]
    dev_li = [e for e in report["evaluators"] if e["login"] == "li"][0]["mean_abs_deviation"]
    assert dev_li == 0.0
    dev_wang = [e for e in report["evaluators"] if e["login"] == "wang"][0]
    expected = (
        abs(percents["wang"]["C1"] - percents["expert"]["C1"])
        + abs(percents["wang"]["C2"] - percents["expert"]["C2"])
    ) / 2
    assert dev_wang["mean_abs_deviation"] == pytest.approx(expected, abs=1e-4) and expected > 0
    assert report["overall"]["alpha_interval"] is not None

    col.calibrations.save_outcome(
        cal.id, reference_answers={"C1": answers(greeting="weak")}, note="greet by name"
    )
    saved = col.calibrations.get(cal.id)
    assert saved.note == "greet by name" and saved.reference_answers["C1"]["greeting"] == {
        "level": "weak"
    }
    drift = col.calibrations.drift("wang")
    assert [d["mean_abs_deviation"] for d in drift] == [dev_wang["mean_abs_deviation"]]


def test_create_is_validated(people):
    col = people
    col.actor = "li"
    with pytest.raises(CalibrationError, match="li"):  # an inspector cannot organise
        col.calibrations.create(rubric="inbound-call", calls=["C1"], inspectors=["wang", "chen"])
    col.actor = "sup"
    with pytest.raises(CalibrationError, match="call"):
        col.calibrations.create(rubric="inbound-call", calls=[], inspectors=["li", "wang"])
    with pytest.raises(CalibrationError, match="two raters"):
        col.calibrations.create(rubric="inbound-call", calls=["C1"], inspectors=["li"])
    with pytest.raises(CalibrationError, match="both"):
        col.calibrations.create(
            rubric="inbound-call", calls=["C1"], inspectors=["li"], benchmark="li"
        )


def qaclient(*args: str, user: str) -> subprocess.CompletedProcess:
    import os

    env = {**os.environ, "QACLIENT_USER": user}
    return subprocess.run(
        [sys.executable, "-m", "qaclient", *args], capture_output=True, text=True, env=env
    )


def test_cli_contract(tmp_path):
    created = qaclient(
        "calibration", "create", "--rubric", "inbound-call", "--call", "C1", "--call", "C2",
        "--inspector", "li", "--inspector", "wang", "--benchmark", "expert", "--json",
        user="sup",
    )  # fmt: skip
    assert created.returncode == 0, created.stderr
    cid = json.loads(created.stdout)["id"]
    for login, level in (("li", "poor"), ("wang", "good"), ("expert", "poor")):
        for call in ("C1", "C2"):
            path = tmp_path / f"{login}-{call}.json"
            path.write_text(json.dumps(answers(greeting=level if call == "C1" else "excellent")))
            out = qaclient(
                "evaluate", "--call", call, "--rubric", "inbound-call", "--answers", str(path),
                "--agent", "1001", "--calibration", cid, "--evaluator", login, "--json",
                user=login,
            )  # fmt: skip
            assert out.returncode == 0, out.stderr
            assert json.loads(out.stdout)["calibration_id"] == cid
    early = qaclient("calibration", "report", cid, "--json", user="sup")
    assert early.returncode == 1 and "reveal" in early.stderr
    assert qaclient("calibration", "reveal", cid, user="sup").returncode == 0
    rep = qaclient("calibration", "report", cid, "--json", user="sup")
    assert rep.returncode == 0, rep.stderr
    data = json.loads(rep.stdout)
    assert {"id", "calls", "items", "overall", "evaluators"} <= set(data)
    assert data["id"] == cid and data["calls"] == ["C1", "C2"]
    item = next(i for i in data["items"] if i["item"] == "greeting")
    assert set(item) >= {
        "item", "n_ratings", "percent_agreement", "alpha_nominal", "alpha_ordinal",
        "fleiss_kappa",
    }  # fmt: skip
    assert 0 <= item["percent_agreement"] <= 1
    assert "alpha_interval" in data["overall"]
    assert [e["login"] for e in data["evaluators"]] == ["li", "wang"]
    assert data["evaluators"][0]["mean_abs_deviation"] == 0
    # the calibration evaluations are not in the ordinary list
    listed = qaclient("evaluations", "--json", user="sup")
    assert json.loads(listed.stdout) == []
