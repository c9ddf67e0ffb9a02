"""``qaclient evaluate`` / ``qaclient evaluations`` as other people's checks call them."""

from __future__ import annotations

import json

from qaclient.cli.main import main


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_evaluate_and_list_json(capsys, tmp_path):
    answers = tmp_path / "a.json"
    answers.write_text(
        json.dumps({"greeting": {"level": "good"}, "hold_music": {"na": True}}), encoding="utf-8"
    )
    code, out, err = run(
        capsys,
        "evaluate",
        "--call",
        "CALL-7",
        "--rubric",
        "inbound-call",
        "--answers",
        str(answers),
        "--agent",
        "1001",
        "--evaluator",
        "insp1",
        "--comment",
        "1500:greeting rushed",
        "--comment",
        "2500@greeting:no company name",
        "--note",
        "Slow down the greeting",
        "--date",
        "2026-10-05",
        "--json",
    )
    assert code == 0, err
    data = json.loads(out)
    assert data["call_id"] == "CALL-7" and data["agent"] == "1001" and data["evaluator"] == "insp1"
    assert data["status"] == "draft" and data["rubric"] == "inbound-call"
    assert (
        data["score"]["total"] == 2.5 and data["score"]["max"] == 97
    )  # hold_music N/A leaves the max
    assert [c["position_ms"] for c in data["comments"]] == [1500, 2500]
    assert data["comments"][1]["item_id"] == "greeting"
    code, out, err = run(capsys, "evaluations", "--agent", "1001", "--json")
    assert code == 0
    rows = json.loads(out)
    assert (
        len(rows) == 1
        and rows[0]["id"] == data["id"]
        and rows[0]["scored_at"].startswith("2026-10-05")
    )


def test_evaluate_errors_are_specific(capsys, tmp_path):
    answers = tmp_path / "a.json"
    answers.write_text(json.dumps({"no_such": {"level": "good"}}), encoding="utf-8")
    code, _, err = run(
        capsys,
        "evaluate",
        "--call",
        "C",
        "--rubric",
        "inbound-call",
        "--answers",
        str(answers),
        "--agent",
        "1",
        "--json",
    )
    assert code == 1 and "no_such" in err and str(answers) in err
    answers.write_text("{not json", encoding="utf-8")
    code, _, err = run(
        capsys,
        "evaluate",
        "--call",
        "C",
        "--rubric",
        "inbound-call",
        "--answers",
        str(answers),
        "--agent",
        "1",
        "--json",
    )
    assert code == 1 and "invalid JSON" in err
    answers.write_text(json.dumps({"greeting": {"level": "good"}}), encoding="utf-8")
    code, _, err = run(
        capsys,
        "evaluate",
        "--call",
        "C",
        "--rubric",
        "inbound-call",
        "--answers",
        str(answers),
        "--agent",
        "1",
        "--submit",
        "--json",
    )
    assert code == 1 and "not submitted" in err and "warmth: not answered" in err
