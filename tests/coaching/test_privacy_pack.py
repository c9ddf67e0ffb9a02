"""Coaching packs follow the masking: call ids, comments, plan texts, clip tags and clip file
names show 138****5678 unless the trainer's role allows; clips can hold the agent alone."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import soundfile as sf
from sqlalchemy import update

from qaclient.cli.main import main
from qaclient.storage.models import Evaluation
from qaclient.storage.models.recordings import Call

NUMBER = "13812345678"
MASKED = "138****5678"
CALL = f"CN{NUMBER}"


def _personal(col, data, wav: Path, tmp_path: Path):
    """call-E1 becomes a call whose id, file name, number and a comment hold the number."""
    named = tmp_path / f"{NUMBER}_20261005.wav"
    shutil.copyfile(wav, named)
    with col.Session.begin() as s:
        s.execute(
            update(Call)
            .where(Call.call_id == "call-E1")
            .values(call_id=CALL, file_uri=named.as_uri(), caller_number=NUMBER, agent_channel=0)
        )
        s.execute(update(Evaluation).where(Evaluation.call_id == "call-E1").values(call_id=CALL))
    sid = col.coaching.create_session("alice", title=f"Closing ({NUMBER})")
    col.coaching.add_clip(
        sid,
        evaluation_id=data.ids["E1"],
        start_ms=1000,
        end_ms=4000,
        note=f"customer {NUMBER} asked twice",
    )
    col.coaching.update_plan(sid, observed_behaviour=f"read out {NUMBER} aloud")
    return sid


def _tags(path: Path) -> str:
    with sf.SoundFile(str(path)) as f:
        return json.dumps(f.copy_metadata(), ensure_ascii=False)


def _pdf_text(pdf: Path) -> str:
    assert shutil.which("pdftotext"), "poppler-utils is needed for the PDF checks"
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout


def test_pack_masks_for_a_trainer(col, data, wav, tmp_path):
    from ui.coaching.pack_pdf import write_pack_pdf

    col.users.add("tester", role="trainer")
    sid = _personal(col, data, wav, tmp_path)
    res = col.coaching.export_pack(sid, tmp_path / "pack", render_pdf=write_pack_pdf)
    assert [p.name for p in res.clips] == ["clip-01-CN138xxxx5678.wav"]
    tags = _tags(res.clips[0])
    assert MASKED in tags and NUMBER not in tags
    assert f"source=CN{MASKED}" in tags  # the call id, masked: never the file name
    text = _pdf_text(res.pdf)
    assert MASKED in text and NUMBER not in text
    assert f"customer {MASKED} asked twice" in text
    assert col.privacy.reveals() == []
    info = sf.info(str(res.clips[0]))
    assert info.channels == 2  # both voices unless asked otherwise


def test_pack_in_full_for_a_supervisor_is_audited(col, data, wav, tmp_path):
    from ui.coaching.pack_pdf import write_pack_pdf

    col.users.add("tester", role="supervisor")
    sid = _personal(col, data, wav, tmp_path)
    res = col.coaching.export_pack(sid, tmp_path / "pack", render_pdf=write_pack_pdf)
    assert [p.name for p in res.clips] == [f"clip-01-{CALL}.wav"]
    assert NUMBER in _pdf_text(res.pdf)
    assert "coaching-pack" in [r["purpose"] for r in col.privacy.reveals()]


def test_agent_channel_only_from_the_cli(col, data, wav, tmp_path, capsys):
    col.users.add("tester", role="trainer")
    sid = _personal(col, data, wav, tmp_path)
    out = tmp_path / "pack"
    assert main(["coaching", "export-pack", str(sid), "-o", str(out), "--agent-channel-only"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert NUMBER not in json.dumps(result)
    assert result["clips"], result
    clip = Path(result["clips"][0])
    with sf.SoundFile(str(clip)) as f:
        assert f.channels == 1 and "channel=0" in f.comment
        agent = f.read()
    with sf.SoundFile(str(wav)) as f:
        f.seek(8000)
        original = f.read(len(agent))
    assert abs(agent - original[:, 0]).max() < 1e-3  # the agent's channel, not a mix
    # a call whose agent channel is unknown is left out rather than copying the customer
    with col.Session.begin() as s:
        s.execute(update(Call).where(Call.call_id == CALL).values(agent_channel=None))
    assert (
        main(
            [
                "coaching",
                "export-pack",
                str(sid),
                "-o",
                str(tmp_path / "p2"),
                "--agent-channel-only",
            ]
        )
        == 0
    )
    result = json.loads(capsys.readouterr().out)
    assert result["clips"] == [] and "agent's channel" in result["missing"][0]
    assert NUMBER not in json.dumps(result)


def test_clip_cli_masks_the_file_name_in_the_tags(tmp_path, wav, capsys):
    named = tmp_path / f"{NUMBER}.wav"
    shutil.copyfile(wav, named)
    out = tmp_path / "c.flac"
    args = ["clip", str(named), "--start", "0", "--end", "1000", "-o", str(out)]
    assert main([*args, "--call-id", CALL, "--channel", "1"]) == 0
    capsys.readouterr()
    tags = _tags(out)
    assert NUMBER not in tags and MASKED in tags
    assert sf.info(str(out)).channels == 1
    assert (
        main(
            [
                "clip",
                str(named),
                "--start",
                "0",
                "--end",
                "1000",
                "-o",
                str(tmp_path / "d.wav"),
                "--channel",
                "2",
            ]
        )
        == 1
    )
    assert "channel 2 does not exist" in capsys.readouterr().err


def test_trainer_view_masks_a_number_typed_in_a_comment(qtbot, col, data, wav, tmp_path):
    from qaclient.reports.period import Month
    from ui.coaching.view import CoachingView

    col.users.add("tester", role="trainer")
    sid = _personal(col, data, wav, tmp_path)
    view = CoachingView(col, agent="alice", until=Month.parse("2026-10"))
    qtbot.addWidget(view)
    view.sessions.setCurrentIndex(view.sessions.findData(sid))
    texts = [view.playlist.item(i).text() for i in range(view.playlist.count())]
    assert any(f"customer {MASKED} asked twice" in t for t in texts), texts
    assert not any(NUMBER in t for t in texts)
