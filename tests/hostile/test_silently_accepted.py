"""What used to be accepted without a word is now reported (or refused)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
import yaml
from audio_files import write

from qaclient.cli.main import main
from qaclient.recordings.metadata.base import parse_datetime
from qaclient.recordings.probe import probe

SHIPPED = Path(__file__).resolve().parents[2] / "resources" / "rubrics" / "inbound-call.yaml"


def _import_csv(col, tmp_path: Path, rows: list[str], header: str | None = None):
    folder = tmp_path / "in"
    folder.mkdir()
    for seconds, name in enumerate(("A1", "A2", "A3"), start=1):  # unlike audio: no duplicates
        write(folder / f"{name}.wav", subtype="PCM_16", seconds=seconds)
    head = header or "call_id,agent,team,start,file"
    (folder / "calls.csv").write_text("\n".join([head, *rows]) + "\n", encoding="utf-8")
    report = col.library.import_folder(folder)
    (md,) = report.metadata_files
    return report, md


def test_duplicate_call_ids_in_a_csv_are_reported(col, tmp_path: Path) -> None:
    _, md = _import_csv(
        col,
        tmp_path,
        [
            "A1,1001,red,2026-11-03 09:00,A1.wav",
            "A1,9999,blue,2026-11-03 10:00,A2.wav",
            "A3,1003,red,2026-11-03 11:00,A3.wav",
        ],
    )
    assert any("calls.csv:3" in e and "already on line 2" in e for e in md.errors)
    assert col.library.get("A1").agent == "1001"  # the first row is kept


def test_ragged_rows_are_reported_and_read_by_position(col, tmp_path: Path) -> None:
    _, md = _import_csv(
        col,
        tmp_path,
        ["A1,1001,red", "A2,1002,red,2026-11-03 09:00,A2.wav,extra,more"],
    )
    assert any("calls.csv:2: 3 fields where the header has 5" in e for e in md.errors)
    assert any("calls.csv:3: 7 fields where the header has 5" in e for e in md.errors)
    assert col.library.get("A1").agent == "1001"
    assert col.library.get("A2").start == datetime(2026, 11, 3, 9, 0, tzinfo=UTC)


def test_bad_date_keeps_the_row_and_names_the_field(col, tmp_path: Path) -> None:
    _, md = _import_csv(col, tmp_path, ["A1,1001,red,31/31/2026,A1.wav"])
    assert any("calls.csv:2: start:" in e and "kept" in e for e in md.errors)
    call = col.library.get("A1")
    assert (call.agent, call.team) == ("1001", "red")


def test_ten_digit_epoch_is_epoch_seconds() -> None:
    assert parse_datetime("1762345678") == datetime(2025, 11, 5, 12, 27, 58, tzinfo=UTC)
    assert parse_datetime("1762345678000").year == 2025
    assert parse_datetime("20261105103000") == datetime(2026, 11, 5, 10, 30, tzinfo=UTC)
    with pytest.raises(ValueError, match="plausible"):
        parse_datetime("1762-11-05 10:00")


def test_comment_beyond_the_call_is_refused(col, tmp_path: Path, capsys) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    write(folder / "C-3S.wav", subtype="PCM_16", seconds=3)
    col.library.import_folder(folder)
    answers = tmp_path / "answers.json"
    answers.write_text("{}", encoding="utf-8")
    base = ["evaluate", "--call", "C-3S", "--agent", "a", "--rubric", "inbound-call"]
    assert main([*base, "--answers", str(answers), "--comment", "999999999:late"]) == 1
    err = capsys.readouterr().err
    assert "past the end of call C-3S" in err and "0:03" in err
    assert col.evaluations.list() == []
    assert main([*base, "--answers", str(answers), "--comment", "2500:in time"]) == 0
    # a call the library does not know: at most a day
    other = ["evaluate", "--call", "ELSEWHERE", "--agent", "a", "--rubric", "inbound-call"]
    assert main([*other, "--answers", str(answers), "--comment", "999999999:x"]) == 1
    assert "beyond 24:00:00" in capsys.readouterr().err


def test_changed_rubric_readded_under_the_same_version_says_so(tmp_path: Path, capsys) -> None:
    doc = yaml.safe_load(SHIPPED.read_text(encoding="utf-8"))
    doc["id"] = "hostile-rubric"
    first = tmp_path / "r1.yaml"
    first.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    assert main(["rubric", "add", str(first)]) == 0
    assert "note" not in capsys.readouterr().err
    doc["labels"]["en"] = "Changed title"
    second = tmp_path / "r2.yaml"
    second.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    assert main(["rubric", "add", str(second)]) == 0
    captured = capsys.readouterr()
    assert "hostile-rubric v2" in captured.out
    assert "v1 is already stored with different content" in captured.err
    assert "stored as v2" in captured.err


def test_excellent_below_poor_is_a_warning(tmp_path: Path, capsys) -> None:
    doc = yaml.safe_load(SHIPPED.read_text(encoding="utf-8"))
    item = next(i for s in doc["sections"] for i in s["items"] if i.get("levels"))
    levels = item["levels"]
    levels[0]["points"], levels[-1]["points"] = levels[-1].get("points", 0), item["max"]
    path = tmp_path / "upside-down.yaml"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    code = main(["rubric", "validate", str(path)])
    out = capsys.readouterr().out
    if code == 1:  # the shipped item scales by percentages: then points are not given
        pytest.fail(out)
    assert "warning: level" in out and "levels go best first" in out
    assert ": ok (" in out


def test_long_paths_are_read(col, tmp_path: Path) -> None:
    deep = tmp_path
    for _ in range(11):
        deep = deep / ("d" * 100)
    deep.mkdir(parents=True)
    wav = deep / "LONG-1.wav"
    write(tmp_path / "short.wav", subtype="PCM_16").rename(wav)
    assert len(str(wav)) > 1100
    assert probe(wav).frames > 0
    report = col.library.import_folder(tmp_path)
    assert report.counts()["imported"] == 1 and not report.rejects
