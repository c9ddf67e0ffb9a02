"""``qaclient rubric import FILE [--from …] -o OUT``: the imported file validates and scores
from the command line; refusals exit non-zero with the path in the message."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

EXAMPLE = "genesys_form_example_from_terraform_DERIVED.json"


def qaclient(*args: str, home: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, QACLIENT_HOME=str(home))
    return subprocess.run(
        [sys.executable, "-m", "qaclient", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_import_validate_and_score(tmp_path: Path, data_dir: Path, qaclient_home: Path):
    out = tmp_path / "genesys.yaml"
    r = qaclient(
        "rubric",
        "import",
        str(data_dir / EXAMPLE),
        "--from",
        "genesys",
        "-o",
        str(out),
        home=qaclient_home,
    )
    assert r.returncode == 0, r.stderr
    assert "3 sections, 6 items" in r.stderr
    assert qaclient("rubric", "validate", str(out), home=qaclient_home).returncode == 0
    answers = tmp_path / "answers.json"
    answers.write_text(
        json.dumps(
            {
                "q1_1": {"level": "yes"},
                "q1_2": {"level": "yes"},
                "q2_1": {"level": "2"},
                "q3_1_1": {"yes": True, "comment": "callback offered"},
                "q3_1_2": {"yes": True},
                "q3_1_3": {"yes": False},
            }
        ),
        encoding="utf-8",
    )
    r = qaclient("score", str(out), str(answers), "--json", home=qaclient_home)
    assert r.returncode == 0, r.stderr
    result = json.loads(r.stdout)
    assert (result["total"], result["max"], result["percent"]) == (11, 14.5, 75.86)


def test_refusal_exits_non_zero_with_the_path(tmp_path: Path, qaclient_home: Path):
    form = {
        "name": "F",
        "questionGroups": [{"name": "G", "questions": [{"text": "NPS", "type": "npsQuestion"}]}],
    }
    src = tmp_path / "nps.json"
    src.write_text(json.dumps(form), encoding="utf-8")
    r = qaclient("rubric", "import", str(src), "-o", str(tmp_path / "out.yaml"), home=qaclient_home)
    assert r.returncode != 0
    assert "questionGroups[0].questions[0].type" in r.stderr
    assert "npsQuestion" in r.stderr
    assert not (tmp_path / "out.yaml").exists()
