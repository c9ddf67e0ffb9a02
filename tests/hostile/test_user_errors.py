"""User errors are one line on stderr, never a traceback."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from audio_files import write

from qaclient.cli.main import main

ROOT = Path(__file__).resolve().parents[2]


def _one_line(err: str) -> str:
    lines = [line for line in err.strip().splitlines() if line]
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


def _readonly_prefix() -> list[str] | None:
    """How to run a command that cannot write a 0555 folder (root ignores modes: an
    unprivileged user namespace makes the folder's modes apply to it)."""
    if os.geteuid() != 0:
        return []
    if shutil.which("unshare") is None:
        return None
    probe = subprocess.run(["unshare", "-U", "true"], capture_output=True)
    return ["unshare", "-U"] if probe.returncode == 0 else None


@pytest.mark.timeout(120)
def test_read_only_home(tmp_path: Path) -> None:
    prefix = _readonly_prefix()
    if prefix is None:
        pytest.skip("cannot drop the right to write here")
    home = tmp_path / "home"
    home.mkdir()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QACLIENT_HOME": str(home)}
    env.pop("QACLIENT_DEBUG", None)
    run = [sys.executable, "-m", "qaclient"]
    from qaclient.collection import Collection
    from qaclient.storage.db import sqlite_url

    with Collection.open(sqlite_url(home / "qaclient.sqlite3")) as col:  # an existing store
        col.rubrics.install_shipped()
    wav = write(tmp_path / "call.wav", subtype="PCM_16")
    answers = tmp_path / "answers.json"
    answers.write_text("{}", encoding="utf-8")
    for p in (tmp_path, wav, answers):
        p.chmod(0o755 if p.is_dir() else 0o644)
    home.chmod(0o555)
    try:
        for args in (
            ["evaluations"],
            ["rubric", "list"],
            ["evaluate", "--call", "C1", "--agent", "a", "--rubric", "inbound-call",
             "--answers", str(answers)],
        ):  # fmt: skip
            r = subprocess.run([*prefix, *run, *args], env=env, capture_output=True, text=True)
            assert r.returncode == 2, (args, r.stderr)
            assert "read-only" in _one_line(r.stderr)
        for args in (["waveform", str(wav), "--json"], ["segments", str(wav), "--json"]):
            r = subprocess.run([*prefix, *run, *args], env=env, capture_output=True, text=True)
            assert r.returncode == 0, (args, r.stderr)  # no cache, but the analysis
            assert json.loads(r.stdout)
    finally:
        home.chmod(0o755)


def test_home_is_a_file(tmp_path: Path, monkeypatch, capsys) -> None:
    home = tmp_path / "home-file"
    home.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("QACLIENT_HOME", str(home))
    for args in (["evaluations"], ["rubric", "list"], ["calls"]):
        assert main(args) == 2
        assert "is a file, not a folder" in _one_line(capsys.readouterr().err)
    wav = write(tmp_path / "call.wav", subtype="PCM_16")
    assert main(["waveform", str(wav)]) == 0  # no cache, still an overview
    assert home.read_text(encoding="utf-8") == "not a folder"


@pytest.mark.parametrize("month", ["0001-01", "9999-12", "0000-01"])
@pytest.mark.parametrize("report", ["kpi", "scorecard", "inspectors"])
def test_extreme_months(col, capsys, month: str, report: str) -> None:
    assert main(["report", report, "--month", month]) == 2
    assert "out of range" in _one_line(capsys.readouterr().err)


def test_edge_months_still_work(col, capsys) -> None:
    for month in ("1900-01", "9998-12"):
        assert main(["report", "kpi", "--month", month]) == 0
        assert json.loads(capsys.readouterr().out)["month"] == month


def test_sample_period_at_the_end_of_time(col, tmp_path: Path, capsys) -> None:
    rules = tmp_path / "rules.yaml"
    rules.write_text("period: {from: 2026-01-01, to: 9999-12-31}\n", encoding="utf-8")
    assert main(["sample", str(rules)]) == 2
    assert "out of range" in _one_line(capsys.readouterr().err)
    rules.write_text("period: {from: 2026-01-01, to: 9998-12-31}\n", encoding="utf-8")
    assert main(["sample", str(rules), "--seed", "1", "--dry-run"]) == 0


@pytest.mark.parametrize(
    "args",
    [
        ["calls", "--from", "0001-01-01"],
        ["calls", "--to", "9999-12-31", "--timezone", "Asia/Shanghai"],
        ["coverage", "--from", "0001-01-01", "--to", "9999-12-31"],
        ["evaluations", "--from", "0001-01-01"],
    ],
)
def test_extreme_days_in_filters(col, capsys, args) -> None:
    with pytest.raises(SystemExit) as exc:
        main(args)
    assert exc.value.code == 2
    assert "out of range" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["calls", "coverage", "evaluations"])
def test_reversed_date_range(col, capsys, command: str) -> None:
    assert main([command, "--from", "2026-10-10", "--to", "2026-10-01"]) == 2
    assert "is before --from" in _one_line(capsys.readouterr().err)


def test_huge_answer_count(col, tmp_path: Path, capsys) -> None:
    answers = tmp_path / "answers.json"
    answers.write_text('{"need_not_restated": {"count": 100000000000000000000000}}')
    rubric = "insurance-hotline-deductions"
    assert main(["score", rubric, str(answers)]) == 1
    assert "more than 1,000,000" in _one_line(capsys.readouterr().err)
    args = ["evaluate", "--call", "C1", "--agent", "a", "--rubric", rubric]
    assert main([*args, "--answers", str(answers)]) == 1
    assert "more than 1,000,000" in _one_line(capsys.readouterr().err)
    assert col.evaluations.list() == []


def test_unexpected_errors_are_one_line(monkeypatch, capsys) -> None:
    def boom(_args):
        raise RuntimeError("something broke\nwith a second line")

    monkeypatch.delenv("QACLIENT_DEBUG", raising=False)
    parser_main = main
    from qaclient.cli import main as main_module

    real = main_module.build_parser

    def build():
        parser = real()
        for action in parser._subparsers._group_actions:
            action.choices["calls"].set_defaults(func=boom)
        return parser

    monkeypatch.setattr(main_module, "build_parser", build)
    assert parser_main(["calls"]) == 70
    line = _one_line(capsys.readouterr().err)
    assert "RuntimeError: something broke" in line and "QACLIENT_DEBUG=1" in line
