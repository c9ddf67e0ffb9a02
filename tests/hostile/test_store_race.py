"""Two processes opening a new store at once: creation is serialised, nothing is lost."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from qaclient.collection import Collection
from qaclient.storage.db import sqlite_url
from qaclient.storage.models.evaluations import Evaluation

ROOT = Path(__file__).resolve().parents[2]

# start both at the same moment: each waits for the go file, then runs `qaclient evaluate`
RUNNER = """
import os, sys, time
go = sys.argv[1]
while not os.path.exists(go):
    time.sleep(0.001)
from qaclient.cli.main import main
sys.exit(main(sys.argv[2:]))
"""


@pytest.mark.timeout(240)
def test_two_evaluate_processes_on_a_fresh_store(tmp_path: Path) -> None:
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({}), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    for run in range(2):
        home = tmp_path / f"home{run}"
        home.mkdir()
        env["QACLIENT_HOME"] = str(home)
        go = tmp_path / f"go{run}"
        procs = [
            subprocess.Popen(
                [
                    sys.executable,
                    "-c",
                    RUNNER,
                    str(go),
                    "evaluate",
                    "--call",
                    f"C-{run}-{n}",
                    "--agent",
                    "1001",
                    "--rubric",
                    "inbound-call",
                    "--answers",
                    str(answers),
                    "--evaluator",
                    f"ins{n}",
                ],
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for n in range(2)
        ]
        go.touch()
        results = [p.communicate(timeout=200) for p in procs]
        for p, (_out, err) in zip(procs, results, strict=True):
            assert p.returncode == 0, err
            assert "Traceback" not in err and "already exists" not in err
        with Collection.open(sqlite_url(home / "qaclient.sqlite3")) as col, col.Session() as s:
            assert s.execute(select(func.count()).select_from(Evaluation)).scalar_one() == 2
