"""``qaclient suggest`` and ``qaclient evaluate --accept-suggestions`` on a library call."""

from __future__ import annotations

import json

import pytest
from callgen import Script

from qaclient.cli.main import main
from qaclient.collection import Collection
from qaclient.history import describe

# the agent interrupts at 14 (2 s) and 40 (1.5 s); a hold with music 46–76
CALL = Script(
    100,
    agent=[(0.5, 4), (8.5, 12), (14, 17), (22, 26), (40, 46), (76, 80), (86, 90)],
    customer=[(4.5, 8), (11, 16), (18, 21), (33, 41.5), (80.5, 85)],
    holds=[(46, 76, True)],
)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def library_call(tmp_path):
    path = CALL.write(tmp_path / "c1.wav")
    with Collection.open() as col:
        col.library.add_call("C-ASSIST-1", agent="a.wang", agent_channel=0, file=path)
        col.library.add_call("C-NOFILE", agent="a.wang", duration=60)
    return path


def test_suggest_json(capsys, library_call):
    code, out, _ = run(capsys, "suggest", "C-ASSIST-1", "--rubric", "inbound-call", "--json")
    assert code == 0
    data = json.loads(out)
    assert set(data) == {"call", "rubric", "suggestions", "unavailable"}
    assert data["call"] == "C-ASSIST-1" and data["rubric"] == "inbound-call"
    by_item = {s["item"]: s for s in data["suggestions"]}
    assert by_item["no_interrupt"]["answer"] == {"level": "pass"}
    assert by_item["no_interrupt"]["value"] == 2
    assert [e["what"] for e in by_item["no_interrupt"]["evidence"]] == ["agent_interruption"] * 2
    assert by_item["hold_music"]["answer"] == {"level": "excellent"}
    assert by_item["hold_music"]["value"] is True
    assert by_item["long_hold_update"]["answer"] == {"na": True}
    assert {u["item"] for u in data["unavailable"]} == {"hold_reason", "hold_apology"}
    for u in data["unavailable"]:
        assert set(u) == {"item", "reason"} and "1 hold at 00:46" in u["reason"]

    code, out, _ = run(capsys, "suggest", "C-ASSIST-1", "--rubric", "inbound-call")
    assert code == 0 and "no_interrupt: Pass  (2 agent interruptions at 00:14, 00:40)" in out


def test_suggest_errors(capsys, library_call):
    code, _, err = run(capsys, "suggest", "NOPE", "--rubric", "inbound-call", "--json")
    assert code == 1 and "NOPE is not in the library" in err
    code, _, err = run(capsys, "suggest", "C-NOFILE", "--rubric", "inbound-call")
    assert code == 1 and "not on this computer" in err


def test_evaluate_accept_suggestions(capsys, tmp_path, library_call, monkeypatch):
    answers = tmp_path / "answers.json"
    # the answers file wins: hold_music is answered by the inspector, not the suggestion
    answers.write_text(json.dumps({"hold_music": {"level": "poor"}}), encoding="utf-8")
    code, out, err = run(
        capsys,
        "evaluate",
        "--call",
        "C-ASSIST-1",
        "--rubric",
        "insurance-hotline-deductions",
        "--answers",
        str(answers),
        "--evaluator",
        "li.qa",
        "--accept-suggestions",
        "--json",
    )
    # hold_music is not an item of the insurance rubric: refused, nothing stored
    assert code == 1 and "hold_music" in err
    answers.write_text(json.dumps({"greeting_wrong": {"count": 1}}), encoding="utf-8")
    code, out, err = run(
        capsys,
        "evaluate",
        "--call",
        "C-ASSIST-1",
        "--rubric",
        "insurance-hotline-deductions",
        "--answers",
        str(answers),
        "--evaluator",
        "li.qa",
        "--accept-suggestions",
        "--json",
    )
    assert code == 0, err
    view = json.loads(out)
    assert view["answers"]["interrupted"] == {"count": 2}
    assert view["answers"]["greeting_wrong"] == {"count": 1}
    with Collection.open() as col:
        ev = col.evaluations.get(view["id"])
        history = col.evaluations.history(ev.id)
        accepted = [h for h in history if h.action == "suggestion"]
        assert len(accepted) == 1 and accepted[0].field == "interrupted"
        rec = accepted[0].new
        assert rec["accepted_by"] == "li.qa" and rec["signal"] == "agent_interruptions"
        assert rec["note"] == "suggested: 2 agent interruptions at 00:14, 00:40 — accepted"
        text = str(describe(accepted[0], ev.rubric, "en"))
        assert "Interrupted the customer" in text or "interrupted" in text
        assert "suggested: 2 agent interruptions at 00:14, 00:40 — accepted by li.qa" in text


def test_inbound_answers_win_over_suggestions(capsys, tmp_path, library_call):
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"hold_music": {"level": "poor"}}), encoding="utf-8")
    code, out, err = run(
        capsys,
        "evaluate",
        "--call",
        "C-ASSIST-1",
        "--rubric",
        "inbound-call",
        "--answers",
        str(answers),
        "--accept-suggestions",
        "--json",
    )
    assert code == 0, err
    view = json.loads(out)
    assert view["answers"]["hold_music"] == {"level": "poor"}
    assert view["answers"]["no_interrupt"] == {"level": "pass"}
    assert view["answers"]["long_hold_update"] == {"na": True}
    assert "hold_reason" not in view["answers"]  # no suggestion: left for the inspector
    with Collection.open() as col:
        items = [h.field for h in col.evaluations.history(view["id"]) if h.action == "suggestion"]
    assert sorted(items) == ["long_hold_update", "no_interrupt"]


def test_accept_suggestions_refused_for_calibration(capsys, tmp_path, library_call):
    answers = tmp_path / "a.json"
    answers.write_text("{}", encoding="utf-8")
    code, _, err = run(
        capsys,
        "evaluate",
        "--call",
        "C-ASSIST-1",
        "--rubric",
        "inbound-call",
        "--answers",
        str(answers),
        "--calibration",
        "x",
        "--accept-suggestions",
    )
    assert code == 2 and "calibration" in err
