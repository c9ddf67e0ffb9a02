"""Things a new user easily gets wrong are accepted or explained."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from audio_files import write

from qaclient.cli.evaluations import _comment
from qaclient.cli.main import main
from qaclient.recordings.metadata.csv_sidecar import SYNONYMS

DOCS = Path(__file__).resolve().parents[2] / "docs" / "library.md"


@pytest.fixture
def one_call(col, tmp_path: Path) -> str:
    folder = tmp_path / "in"
    folder.mkdir()
    write(folder / "PBX-77.wav", subtype="PCM_16", seconds=120)
    (folder / "calls.csv").write_text("call_id,agent\nPBX-77,1001\n", encoding="utf-8")
    col.library.import_folder(folder)
    return "PBX-77"


def _answers(tmp_path: Path) -> str:
    path = tmp_path / "answers.json"
    path.write_text("{}", encoding="utf-8")
    return str(path)


def test_evaluate_accepts_the_library_id_too(col, one_call, tmp_path, capsys) -> None:
    assert main(["calls", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)["calls"][0]
    own_id = listed["id"]
    assert own_id != one_call
    args = ["evaluate", "--call", own_id, "--agent", "1001", "--rubric", "inbound-call", "--json"]
    assert main([*args, "--answers", _answers(tmp_path)]) == 0
    captured = capsys.readouterr()
    view = json.loads(captured.out)
    assert view["call_id"] == one_call and "not in the library" not in captured.err
    (row,) = col.evaluations.list()
    assert row.call_id == one_call
    assert col.library.get(one_call).scored


def test_evaluate_says_when_a_call_is_not_in_the_library(col, tmp_path, capsys) -> None:
    args = ["evaluate", "--call", "NOPE-1", "--agent", "a", "--rubric", "inbound-call"]
    assert main([*args, "--answers", _answers(tmp_path)]) == 0
    assert "call NOPE-1 is not in the library" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1:30:hello", (90_000, "hello", None)),
        ("1:02:30:hello: world", (3_750_000, "hello: world", None)),
        ("12500:greeting missed", (12_500, "greeting missed", None)),
        ("0:05.5@greeting:late", (5_500, "late", "greeting")),
        ("90:30 seconds in", (90, "30 seconds in", None)),
    ],
)
def test_comment_positions(text: str, expected) -> None:
    assert _comment(text) == expected


def test_comment_m_ss_through_the_cli(col, one_call, tmp_path, capsys) -> None:
    args = ["evaluate", "--call", one_call, "--agent", "1001", "--rubric", "inbound-call"]
    args.append("--json")
    assert main([*args, "--answers", _answers(tmp_path), "--comment", "1:30:hello"]) == 0
    view = json.loads(capsys.readouterr().out)
    (comment,) = view["comments"]
    assert (comment["position_ms"], comment["text"]) == (90_000, "hello")


def test_coverage_and_kpi_agree_on_drafts(col, one_call, tmp_path, capsys) -> None:
    call = col.library.get(one_call)
    day = call.start.date().isoformat()
    month = day[:7]
    from qaclient.paths import rubrics_dir
    from qaclient.rubrics.loader import load_file

    rubric = load_file(rubrics_dir() / "insurance-hotline-deductions.yaml")
    answers = tmp_path / "all.json"
    answers.write_text(json.dumps({i.id: {"count": 0} for i in rubric.items}), encoding="utf-8")
    args = ["evaluate", "--call", one_call, "--rubric", rubric.id, "--agent", "1001"]
    assert main([*args, "--answers", str(answers)]) == 0  # a draft
    capsys.readouterr()

    def figures() -> tuple[int, int]:
        assert main(["coverage", "--from", day, "--to", day, "--json"]) == 0
        cov = json.loads(capsys.readouterr().out)
        evaluated = sum(r["evaluated_calls"] for r in cov["agents"])
        assert main(["report", "kpi", "--month", month]) == 0
        kpi = json.loads(capsys.readouterr().out)
        return evaluated, kpi["centre"]["metrics"]["evaluations"]["current"]

    assert figures() == (0, 0)
    (row,) = col.evaluations.list()
    col.evaluations.submit(row.id)
    assert figures() == (1, 1)


def test_csv_headers_are_documented_and_in_help(capsys) -> None:
    docs = DOCS.read_text(encoding="utf-8")
    with pytest.raises(SystemExit):
        main(["import", "--help"])
    helptext = capsys.readouterr().out
    for fld, names in SYNONYMS.items():
        assert f"| `{fld}` |" in docs
        for name in names:
            assert f"`{name}`" in docs, name
            assert name in helptext, name
