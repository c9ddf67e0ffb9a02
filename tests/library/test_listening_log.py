"""The listening log: the core service and ``qaclient calls listened CALL_ID``."""

from __future__ import annotations

import json

from qaclient.cli.main import main


def test_calls_listened_lists_plays_seeks_and_exports(col, capsys):
    col.listening.record("c-1", "play", position_ms=1000, duration_ms=42_000)
    col.listening.record("c-1", "seek", position_ms=90_000)
    col.listening.record("c-2", "export", detail="clip.wav")
    assert main(["calls", "listened", "c-1", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["call_id"] == "c-1"
    assert [
        (e["listener"], e["action"], e["position_ms"], e["duration_ms"]) for e in data["events"]
    ] == [
        ("tester", "play", 1000, 42_000),
        ("tester", "seek", 90_000, 0),
    ]
    assert main(["calls", "listened", "c-3"]) == 0
    assert "nobody has listened to c-3" in capsys.readouterr().out
    assert main(["calls", "listened"]) == 2  # bare `calls listened`: usage error
    capsys.readouterr()
    assert main(["calls", "nonsense", "x"]) == 2
