"""Demo data: ``qaclient.demo.install`` and the ``qaclient --demo`` start."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import soundfile as sf

from qaclient import demo, paths
from qaclient.audio import segments
from qaclient.storage.models import Role

SCRIPTS = paths.demo_dir() / "scripts"


def test_install_puts_rubrics_calls_people_and_an_assignment(col):
    steps: list[tuple[int, int, str]] = []
    report = demo.install(col, progress=lambda i, n, text: steps.append((i, n, text)))
    assert report.problems == []
    # rubrics
    assert {"inbound-call", "outbound-call", "insurance-hotline-deductions"} <= set(
        col.rubrics.names()
    )
    assert col.rubrics.get("inbound-call").sections
    # calls, with the sidecar's metadata
    rows = demo.demo_calls()
    assert 8 <= len(rows) <= 12
    assert report.calls_imported == len(rows)
    for row in rows:
        call = col.library.get(row["call_id"])
        assert call is not None, row["call_id"]
        assert call.agent == row["agent"] and call.team == row["team"]
        assert call.channels == 2 and call.samplerate == 8000
        assert call.agent_channel == int(row["agent_channel"])
        assert call.complaint == (row["complaint"] == "1")
        assert call.path is not None and call.path.is_file()
        assert call.content_hash
    directions = {col.library.get(r["call_id"]).direction for r in rows}
    assert directions == {"inbound", "outbound"}
    assert any(col.library.get(r["call_id"]).complaint for r in rows)
    # people: agents in two teams, inspectors, a trainer, and me
    agents = col.users.list(role=Role.AGENT)
    assert len({a.team for a in agents}) == 2
    assert col.users.list(role=Role.TRAINER)
    assert len(col.users.list(role=Role.INSPECTOR)) >= 2
    assert col.users.get(col.actor) is not None
    # my work queue
    mine = col.library.assignments(col.actor)
    assert [a.call_id for a in mine] == list(demo.DEMO_ASSIGNED)
    assert {a.batch_name for a in mine} == {demo.DEMO_BATCH}
    assert steps[0][0] == 0 and steps[-1][0] == steps[-1][1]
    assert demo.is_installed(col)


def test_install_is_idempotent(col):
    first = demo.install(col)
    assert first.changed
    second = demo.install(col)
    assert not second.changed
    assert second.calls_present == first.calls_imported
    assert second.rubrics_present == first.rubrics_added
    assert len(col.library.assignments(col.actor)) == len(demo.DEMO_ASSIGNED)
    assert col.library.count() == len(demo.demo_calls())


def test_install_keeps_an_existing_user_as_they_are(col):
    col.users.add(col.actor, display_name="Boss", role=Role.MANAGER)
    demo.install(col)
    me = col.users.get(col.actor)
    assert me.role == Role.MANAGER and me.display_name == "Boss"


def test_missing_demo_folder_is_a_clear_error(col, tmp_path):
    with pytest.raises(demo.DemoError, match="calls.csv not found"):
        demo.install(col, directory=tmp_path)


def test_every_script_has_its_recording_and_the_audio_stays_small():
    rows = {r["call_id"]: r for r in demo.demo_calls()}
    scripts = sorted(SCRIPTS.glob("*.txt"))
    assert len(scripts) == len(rows)
    for script in scripts:
        text = script.read_text(encoding="utf-8")
        call_id = next(
            line.split(":", 1)[1].strip()
            for line in text.splitlines()
            if line.startswith("call_id:")
        )
        assert call_id in rows, script.name
        audio = paths.demo_dir() / rows[call_id]["file"]
        info = sf.info(audio)
        assert (info.samplerate, info.channels) == (8000, 2)
        assert abs(info.duration - float(rows[call_id]["duration"])) < 0.05
    total = sum((paths.demo_dir() / r["file"]).stat().st_size for r in rows.values())
    assert total < 3 * 1024 * 1024
    langs = {
        line.split(":", 1)[1].strip()
        for s in scripts
        for line in s.read_text("utf-8").splitlines()
        if line.startswith("lang:")
    }
    assert langs == {"zh", "en"}


def test_demo_calls_show_what_they_are_meant_to_show():
    """The hold call has a hold over two minutes; the interruption call a talk-over by the agent."""
    hold = segments.analyse(paths.demo_dir() / "DEMO-ZH-02.ogg", agent_channel=0, use_cache=False)
    assert any(h.long for h in hold.holds)
    interrupt = segments.analyse(
        paths.demo_dir() / "DEMO-EN-03.ogg", agent_channel=0, use_cache=False
    )
    assert [t.interrupter for t in interrupt.talk_overs].count("agent") >= 2


@pytest.mark.slow
def test_qaclient_demo_start_renders_a_demo_call(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """``qaclient --demo --screenshot``: installs the demo, opens a call, saves a picture, exits 0."""
    home = tmp_path / "home"
    shot = tmp_path / "shot.png"
    env = dict(
        os.environ,
        QACLIENT_HOME=str(home),
        QT_QPA_PLATFORM="offscreen",
        QT_LOGGING_RULES="qt.multimedia.*=false",
        QACLIENT_USER="demo.inspector",
    )
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "qaclient",
            "--demo",
            "--screenshot",
            str(shot),
            "--size",
            "1280x800",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr
    assert shot.is_file() and shot.stat().st_size > 10_000
    from qaclient.collection import Collection

    monkeypatch.setenv("QACLIENT_HOME", str(home))
    with Collection.open(actor="demo.inspector") as col:
        assert demo.is_installed(col)
        assert len(col.library.assignments("demo.inspector")) == len(demo.DEMO_ASSIGNED)
