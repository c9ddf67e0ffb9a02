"""The command-line contracts: qaclient import / calls / sample / assignments / coverage."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from library_helpers import PATTERN, tone, write_wav

from qaclient.cli.main import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def imported(recordings: Path, tmp_path: Path, capsys) -> Path:
    (recordings / "broken.wav").write_bytes(b"")
    mapping = tmp_path / "mapping.yaml"
    mapping.write_text(f'filename_patterns: ["{PATTERN}"]\ndefaults: {{team: blue}}\n')
    code, out, _ = run(capsys, "import", str(recordings), "--mapping", str(mapping), "--json")
    assert code == 0
    data = json.loads(out)
    assert (data["scanned"], data["imported"], data["rejected"]) == (5, 4, 1)
    assert data["rejects"] == [
        {
            "path": "broken.wav",
            "code": "empty",
            "reason": "broken.wav: empty file (0 bytes); the recording was never written",
        }
    ]
    return recordings


def test_import_text_output_and_strict(imported: Path, capsys) -> None:
    code, out, _ = run(capsys, "import", str(imported), "--strict")
    assert code == 3
    # without the mapping the same files are still the same calls (found by file and hash)
    assert "unchanged 4, rejected 1" in out
    assert "broken.wav [empty]" in out


def test_import_errors(capsys, tmp_path: Path) -> None:
    code, _, err = run(capsys, "import", str(tmp_path / "none"))
    assert code == 2 and "folder not found" in err
    bad = tmp_path / "m.yaml"
    bad.write_text("csv: {columns: {agnet: X}}\n")
    tmp_path.joinpath("d").mkdir()
    code, _, err = run(capsys, "import", str(tmp_path / "d"), "--mapping", str(bad))
    assert code == 2 and "agnet" in err


def test_calls_filters_json(imported: Path, capsys) -> None:
    code, out, _ = run(capsys, "calls", "--json")
    data = json.loads(out)
    assert data["total"] == 4 and [c["call_id"] for c in data["calls"]] == [
        "c004",
        "c003",
        "c002",
        "c001",
    ]
    code, out, _ = run(
        capsys, "calls", "--agent", "1001", "--from", "2026-11-04", "--to", "2026-11-04", "--json"
    )
    assert [c["call_id"] for c in json.loads(out)["calls"]] == ["c004"]
    code, out, _ = run(
        capsys, "calls", "--unscored", "--min-duration", "2.5", "--oldest", "--limit", "1", "--json"
    )
    data = json.loads(out)
    assert (
        data["total"] == 2
        and data["limit"] == 1
        and [c["call_id"] for c in data["calls"]] == ["c001"]
    )
    call = data["calls"][0]
    for key in (
        "agent",
        "team",
        "queue",
        "direction",
        "start",
        "duration",
        "caller_number",
        "complaint",
        "agent_channel",
        "channel_layout",
        "file_uri",
        "content_hash",
        "format",
        "scored",
    ):
        assert key in call
    assert call["team"] == "blue"
    code, out, _ = run(capsys, "calls", "--agent", "1001", "--agent", "1003")
    assert code == 0 and out.startswith("3 calls")


def test_sample_and_assign(imported: Path, capsys, tmp_path: Path) -> None:
    rules = tmp_path / "rules.yaml"
    rules.write_text("name: nov\nperiod: {from: 2026-11-02, to: 2026-11-06}\ncalls_per_agent: 1\n")
    code, out, _ = run(capsys, "sample", str(rules), "--seed", "5", "--json")
    first = json.loads(out)
    assert first["seed"] == 5 and first["assignment"] is None
    assert {c["call_id"] for c in first["calls"]} == {"c001", "c002", "c003", "c004"}
    code, out, _ = run(capsys, "sample", str(rules), "--seed", "5", "--assign", "ann,bob", "--json")
    data = json.loads(out)
    assert [c["call_id"] for c in data["calls"]] == [c["call_id"] for c in first["calls"]]
    shares = {i["inspector"]: i for i in data["assignment"]["inspectors"]}
    assert set(shares) == {"ann", "bob"}
    assert sum(i["calls"] for i in shares.values()) == 4
    code, out, _ = run(capsys, "assignments", "--inspector", "ann", "--json")
    listed = json.loads(out)["assignments"]
    assert {a["call_id"] for a in listed} == set(shares["ann"]["call_ids"])
    code, out, _ = run(capsys, "coverage", "--from", "2026-11-01", "--to", "2026-11-30", "--json")
    cov = json.loads(out)
    assert cov["uncovered"] == ["1001", "1002", "1003"]


def test_sample_rules_error(capsys, tmp_path: Path) -> None:
    rules = tmp_path / "r.yaml"
    rules.write_text("period: {from: 2026-11-02, to: 2026-11-06}\nper: month\n")
    code, _, err = run(capsys, "sample", str(rules))
    assert code == 2 and "per: expected 'day' or 'week'" in err


def test_calls_bad_date(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["calls", "--from", "yesterday"])
    assert "is not a date" in capsys.readouterr().err


def test_import_stereo_and_default_channel(capsys, tmp_path: Path) -> None:
    import numpy as np

    root = tmp_path / "st"
    data = np.zeros((8000, 2), dtype=np.float32)
    data[:, 1] = tone(1)
    write_wav(root / "s1.wav", data)
    mapping = tmp_path / "m.json"
    mapping.write_text('{"defaults": {"agent_channel": "right", "agent": "1001"}}')
    code, out, _ = run(capsys, "import", str(root), "--mapping", str(mapping), "--json")
    assert json.loads(out)["imported"] == 1
    code, out, _ = run(capsys, "calls", "--json")
    (call,) = json.loads(out)["calls"]
    assert call["channel_layout"] == "stereo-agent-right" and call["agent"] == "1001"
