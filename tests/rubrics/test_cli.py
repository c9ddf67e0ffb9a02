"""The command-line contract: rubric validate / show / list / import, score."""

from __future__ import annotations

import json

import pytest
import yaml
from rubric_builders import L, item, rubric_doc, section

from qaclient import paths
from qaclient.cli.main import main

INBOUND = str(paths.rubrics_dir() / "inbound-call.yaml")


def write(path, doc):
    path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    return str(path)


def test_validate_ok(capsys):
    files = sorted(str(p) for p in paths.rubrics_dir().glob("*.yaml"))
    assert main(["rubric", "validate", *files]) == 0
    out = capsys.readouterr()
    assert out.err == ""
    assert "inbound-call.yaml: ok" in out.out


def test_validate_prints_file_path_message(tmp_path, capsys):
    bad = write(
        tmp_path / "bad.yaml",
        rubric_doc(
            section(
                "s", item("a", max=3, levels=[{"name": "excellent"}, {"name": "good", "points": 4}])
            ),
            section("s", item("a")),
        ),
    )
    syntax = tmp_path / "syntax.yaml"
    syntax.write_text("format: qaclient-rubric/1\nsections: [\n", encoding="utf-8")
    assert main(["rubric", "validate", bad, str(syntax), INBOUND]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[:3] == [
        f"{bad}:sections[0].items[0].levels[1].points: 4 is above the item maximum 3 (line 19)",
        f"{bad}:sections[1].id: duplicate section id 's' (also at sections[0]) (line 25)",
        f"{bad}:sections[1].items[0].id: duplicate item id 'a' (also at sections[0].items[0]) (line 27)",
    ]
    assert len(lines) == 5 and lines[3].startswith(f"{syntax}:line 3: invalid YAML: ")
    assert lines[4].startswith(f"{INBOUND}: ok (")


def test_show_json_contract(capsys):
    assert main(["rubric", "show", INBOUND, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["id"] == "inbound-call" and data["max"] == 100
    sec = data["sections"][0]
    assert {"id", "max", "weight", "items"} <= set(sec)
    it = sec["items"][0]
    for key in (
        "id",
        "kind",
        "max",
        "points",
        "weight",
        "levels",
        "na_allowed",
        "critical",
        "category",
        "labels",
    ):
        assert key in it, key
    assert it["kind"] == "levels" and it["levels"][1] == {
        **it["levels"][1],
        "name": "good",
        "points": 2.5,
    }
    assert set(it["labels"]) == {"zh_CN", "en", "es"}


def test_show_by_name_uses_the_catalogue(capsys):
    assert main(["rubric", "show", "insurance-hotline-deductions", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    ded = data["sections"][0]["items"][0]
    assert ded["kind"] == "deduction" and ded["points"] == 2 and ded["category"] == "A"
    assert main(["rubric", "show", "inbound-call"]) == 0
    assert "Opening" in capsys.readouterr().out
    assert main(["rubric", "show", "no-such-rubric"]) == 1
    assert "no rubric named 'no-such-rubric'" in capsys.readouterr().err.lower()


def test_list(capsys):
    assert main(["rubric", "list", "--json"]) == 0
    ids = {r["id"] for r in json.loads(capsys.readouterr().out)}
    assert {
        "inbound-call",
        "outbound-call",
        "insurance-hotline-deductions",
        "monthly-agent-scorecard",
    } <= ids


def test_score_json(tmp_path, capsys):
    answers = tmp_path / "a.json"
    answers.write_text(
        json.dumps({"courtesy_words_missing": {"count": 2}, "off_topic_answer": {"count": 1}}),
        encoding="utf-8",
    )
    assert main(["score", "insurance-hotline-deductions", str(answers), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["total"], data["max"], data["percent"], data["auto_fail"]) == (94, 100, 94, None)
    assert data["errors"] == {"P": 2, "A": 1}
    assert {"id", "score", "max"} <= set(data["sections"][0])


def test_score_file_rubric_and_text_output(tmp_path, capsys):
    rub = write(
        tmp_path / "r.yaml",
        rubric_doc(
            section("s", item("a", max=4), item("k", "yesno", max=1, critical="evaluation")),
            categories={"P": L("p")},
        ),
    )
    answers = tmp_path / "a.json"
    answers.write_text(json.dumps({"a": {"level": "good"}, "k": {"yes": False}}), encoding="utf-8")
    assert main(["score", rub, str(answers), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["total"] == 0 and data["auto_fail"] == {
        "item": "k",
        "scope": "evaluation",
        "section": "s",
    }
    assert main(["score", rub, str(answers)]) == 0
    assert "AUTO-FAIL: item k" in capsys.readouterr().out


def test_score_rejects_unknown_and_invalid_answers(tmp_path, capsys):
    answers = tmp_path / "a.json"
    answers.write_text(
        json.dumps({"greeting": {"level": "superb"}, "nope": {"yes": True}}), encoding="utf-8"
    )
    assert main(["score", INBOUND, str(answers), "--json"]) == 1
    err = capsys.readouterr().err
    assert f"{answers}: greeting: unknown level 'superb'" in err
    assert f"{answers}: nope: unknown item" in err
    answers.write_text("{not json", encoding="utf-8")
    assert main(["score", INBOUND, str(answers), "--json"]) == 1
    assert "invalid JSON" in capsys.readouterr().err


def test_score_with_an_invalid_rubric_file(tmp_path, capsys):
    rub = write(tmp_path / "r.yaml", rubric_doc(section("s", item("a", kind="stars"))))
    answers = tmp_path / "a.json"
    answers.write_text("{}", encoding="utf-8")
    assert main(["score", rub, str(answers), "--json"]) == 1
    assert "sections[0].items[0].kind: unknown kind 'stars'" in capsys.readouterr().err


def test_import_reports_missing_or_failing_importers(tmp_path, capsys):
    form = tmp_path / "form.json"
    form.write_text('{"name": "x"}', encoding="utf-8")
    rc = main(
        ["rubric", "import", str(form), "--from", "genesys", "-o", str(tmp_path / "out.yaml")]
    )
    err = capsys.readouterr().err
    assert rc == 1 and err.startswith("qaclient: ")
    assert "Traceback" not in err


def test_add_and_status_commands(tmp_path, capsys):
    rub = write(tmp_path / "r.yaml", rubric_doc(section("s", item("a", max=4)), id="cli-r"))
    assert main(["rubric", "add", rub, "--status", "trial", "--json"]) == 0
    vid = json.loads(capsys.readouterr().out)["version_id"]
    assert main(["rubric", "status", vid, "active", "--from", "2026-01-01", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["status"] == "active"
    assert main(["rubric", "status", vid, "draft"]) == 1
    assert "cannot become draft" in capsys.readouterr().err


@pytest.mark.parametrize("cmd", [["rubric", "validate"], ["score"]])
def test_usage_errors_exit_2(cmd):
    with pytest.raises(SystemExit) as info:
        main(cmd)
    assert info.value.code == 2


def test_as_a_real_process(tmp_path):
    """The acceptance checks run `qaclient …` as a process, honouring QACLIENT_HOME."""
    import os
    import subprocess
    import sys

    env = dict(os.environ, QACLIENT_HOME=str(tmp_path / "home"))
    answers = tmp_path / "a.json"
    answers.write_text(json.dumps({"greeting": {"level": "good"}}), encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "qaclient", "score", "inbound-call", str(answers), "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)
    assert data["total"] == 2.5 and data["max"] == 100 and data["unanswered"]
    assert (tmp_path / "home" / "qaclient.sqlite3").exists()
    bad = subprocess.run(
        [sys.executable, "-m", "qaclient", "rubric", "validate", str(answers)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert bad.returncode == 1 and f"{answers}:format: missing" in bad.stdout
