"""Coaching service: profile, session playlist, plan prompts, outcome, follow-up, pack.

Figures from tests/reports/dataset.py (alice):
  E1 inbound 2026-10-05: o1 3/3, o2 N/A, c1 4/5; comments at 12 s (o1) and 95-101 s (c1)
  E2 checklist 10-06: k1 -2 (1 occurrence), k2 -2 (2); E3 checklist 10-06: nothing lost
  F1 inbound 2026-09-10: full marks
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from decimal import Decimal as D
from pathlib import Path

import pytest
from sqlalchemy import update

from qaclient.coaching.service import CoachingError
from qaclient.storage.models.recordings import Call


def test_profile_trend_sections_and_items_lost(col, data):
    p = col.coaching.profile("alice", until="2026-10", months=3)
    assert [(m.month, m.evaluations, m.average_percent) for m in p.months] == [
        ("2026-09", 1, D("100.00")),
        ("2026-10", 3, D("94.50")),
    ]
    close = [(s.month, s.percent) for s in p.sections if s.section_id == "close"]
    assert close == [("2026-09", D("100.00")), ("2026-10", D("80.00"))]
    lost = {i.item_id: i for i in p.weakest}
    # k1: lost once in 2 checklist evaluations, 2 points -> frequency 0.5, impact 2 / 2 = 1
    assert (
        lost["k1"].times_lost,
        lost["k1"].points_lost,
        lost["k1"].frequency,
        lost["k1"].impact,
    ) == (1, D("2.00"), D("0.50"), D("1.00"))
    # c1: lost once (4/5) in 2 inbound evaluations -> 1 point, impact 0.5
    assert (lost["c1"].evaluations, lost["c1"].impact) == (2, D("0.50"))
    assert "o1" not in lost and "o2" not in lost  # never lost
    assert [i.item_id for i in p.weakest][-1] == "c1"  # ranked by impact
    assert [r.call_id for r in p.recent][:3] == ["call-E3", "call-E2", "call-E1"]


def test_profile_of_agent_without_data(col, data):
    p = col.coaching.profile("nobody", until="2026-10")
    assert p.months == [] and p.weakest == [] and p.recent == []


def test_session_playlist_from_moments(col, data):
    moments = col.coaching.moments("alice")
    assert [(m.position_ms, m.item_id, m.item_label) for m in moments] == [
        (12_000, "o1", "Prescribed greeting"),
        (95_000, "c1", "Thanks the customer"),
    ]
    assert moments[1].item_score == D(4) and moments[1].item_max == D(5)
    sid = col.coaching.create_session("alice", title="Closing the call")
    a = col.coaching.add_clip(sid, comment_id=moments[1].comment_id)  # a marked range
    b = col.coaching.add_clip(sid, comment_id=moments[0].comment_id)  # an instant
    c = col.coaching.add_clip(
        sid,
        evaluation_id=data.ids["E2"],
        start_ms=30_000,
        end_ms=45_000,
        item_id="k2",
        note="greeting",
    )
    view = col.coaching.get_session(sid)
    assert [(x.start_ms, x.end_ms) for x in view.clips] == [
        (95_000, 101_000),
        (7_000, 22_000),
        (30_000, 45_000),
    ]
    assert (
        view.clips[0].note == "Thanks missing the customer's name"
        and view.clips[0].call_id == "call-E1"
    )
    col.coaching.move_clip(c, 0)
    col.coaching.remove_clip(a)
    view = col.coaching.get_session(sid)
    assert [x.id for x in view.clips] == [c, b] and [x.position for x in view.clips] == [0, 1]
    with pytest.raises(CoachingError, match="agent bob"):
        col.coaching.add_clip(sid, evaluation_id=data.ids["E4"], start_ms=0, end_ms=1000)
    with pytest.raises(CoachingError, match="end after the start"):
        col.coaching.add_clip(sid, evaluation_id=data.ids["E2"], start_ms=5000, end_ms=4000)


def test_plan_prompts_steer_to_specific_positive_coaching(col, data):
    sid = col.coaching.create_session("alice")
    fields = {p.field for p in col.coaching.plan_prompts(sid) if p.blocking}
    assert fields == {"observed_behaviour", "effect_on_customer", "agreed_target", "follow_up_on"}
    prompts = col.coaching.update_plan(
        sid,
        observed_behaviour="She always has a bad attitude",
        agreed_target="Don't forget the name",
    )
    text = " ".join(str(p.message) for p in prompts)
    assert "“always”" in text and "“bad attitude”" in text and "positively" in text
    prompts = col.coaching.update_plan(
        sid,
        observed_behaviour="At 01:35 in call E1 the thanks at the end left out the customer's name",
        effect_on_customer="The customer hung up without the personal close we promise",
        agreed_target="Thank every customer by surname before the goodbye",
        follow_up_on=date(2099, 1, 31),
    )
    assert prompts == []


def test_outcome_acknowledgement_and_follow_up_before_after(col, data):
    sid = col.coaching.create_session("alice", focus_items=["c1", "k2"])
    with pytest.raises(CoachingError, match="after it was held"):
        col.coaching.acknowledge(sid, by="alice")
    col.coaching.update_plan(sid, follow_up_on=date(2026, 10, 31))
    col.coaching.record_outcome(
        sid,
        outcome_notes="Agreed to use the surname",
        held_at=datetime(2026, 10, 6, 12, tzinfo=UTC),
    )
    col.coaching.acknowledge(sid, by="alice")
    view = col.coaching.get_session(sid)
    assert (
        view.status == "held"
        and view.acknowledged_by == "alice"
        and view.acknowledged_at is not None
    )
    assert [s.id for s in col.coaching.due_follow_ups(today=date(2026, 10, 31))] == [sid]
    assert col.coaching.due_follow_ups(today=date(2026, 10, 30)) == []
    # before 10-06 12:00 (30 days): F1? no - 09-10 is 26 days before -> in; E1, E2 (09:00) in
    # after: E3 (10-06 15:00)
    cmp = {c.item_id: c for c in col.coaching.before_after(sid)}
    c1 = cmp["c1"]  # before: F1 5/5 + E1 4/5 = 9/10 ; after: no inbound evaluation
    assert (c1.before_n, c1.before_percent, c1.after_n, c1.verdict) == (2, D("90.00"), 0, "no data")
    k2 = cmp["k2"]  # before: E2 -2 ; after: E3 0  -> average -2 -> 0: improved
    assert (k2.before_average, k2.after_average, k2.verdict) == (D("-2.00"), D("0.00"), "improved")
    result = col.coaching.follow_up(sid, notes="Better")
    assert {r.item_id for r in result} == {"c1", "k2"}
    assert col.coaching.get_session(sid).status == "closed"
    assert col.coaching.due_follow_ups(today=date(2026, 11, 30)) == []


def test_actions(col, data):
    sid = col.coaching.create_session("alice")
    a = col.coaching.add_action(
        "alice",
        "Use the surname in the goodbye",
        session_id=sid,
        item_id="c1",
        due_on=date(2026, 10, 20),
    )
    assert [x.id for x in col.coaching.profile("alice", until="2026-10").open_actions] == [a]
    col.coaching.set_action_status(a, "done")
    assert col.coaching.actions("alice", status="open") == []
    with pytest.raises(CoachingError, match="for alice, not bob"):
        col.coaching.add_action("bob", "x", session_id=sid)


def test_rows_are_synced_rows(col, data):
    from qaclient.storage.models import CoachingClip, CoachingSession

    sid = col.coaching.create_session("alice")
    col.coaching.add_clip(sid, evaluation_id=data.ids["E1"], start_ms=0, end_ms=5000)
    col.coaching.update_plan(sid, agreed_target="Thank by name")
    with col.Session() as s:
        row = s.get(CoachingSession, sid)
        assert row.dirty and row.rev >= 2 and row.updated_by == "tester"
        assert all(c.dirty for c in s.query(CoachingClip))


def test_export_pack_cuts_clips_and_calls_the_renderer(col, data, wav, tmp_path):
    with col.Session.begin() as s:
        s.execute(update(Call).where(Call.call_id == "call-E1").values(file_uri=wav.as_uri()))
    moments = col.coaching.moments("alice")
    sid = col.coaching.create_session("alice", title="Closing")
    col.coaching.add_clip(sid, comment_id=moments[1].comment_id)
    col.coaching.add_clip(
        sid, evaluation_id=data.ids["E2"], start_ms=0, end_ms=5000
    )  # no audio on disk
    seen = {}

    def render(pack, path: Path, lang: str = "en") -> None:
        seen["pack"] = pack
        path.write_bytes(b"%PDF-1.4 test")

    res = col.coaching.export_pack(sid, tmp_path / "pack", render_pdf=render)
    assert res.pdf.name.startswith("alice-") and res.pdf.exists()
    assert [p.name for p in res.clips] == ["clip-01-call-E1.wav"]
    import soundfile as sf

    info = sf.info(res.clips[0])
    assert info.samplerate == 8000 and abs(info.duration - 6.0) < 0.01  # 95 s .. 101 s
    assert len(res.missing) == 1 and "call-E2" in res.missing[0]
    pack = seen["pack"]
    assert pack.clip_files == {"clip-01-call-E1": "clip-01-call-E1.wav"}
    assert pack.clips[0].item_label == "Thanks the customer"
    assert json.loads(json.dumps(res.to_json()))["clips"][0].endswith(".wav")


def test_pack_pdf_with_qt_writer(col, data, wav, tmp_path):
    import shutil
    import subprocess

    from ui.coaching.pack_pdf import write_pack_pdf

    with col.Session.begin() as s:
        s.execute(update(Call).where(Call.call_id == "call-E1").values(file_uri=wav.as_uri()))
    sid = col.coaching.create_session("alice", title="结束语 closing", focus_items=["c1"])
    col.coaching.add_clip(sid, comment_id=col.coaching.moments("alice")[1].comment_id)
    col.coaching.update_plan(sid, agreed_target="每通电话用姓氏感谢客户")
    res = col.coaching.export_pack(sid, tmp_path, render_pdf=write_pack_pdf)
    assert res.pdf.read_bytes().startswith(b"%PDF") and len(res.clips) == 1
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(res.pdf), "-"], capture_output=True, text=True
        ).stdout
        assert "Coaching pack" in text and "clip-01-call-E1.wav" in text and "结束语" in text
        assert "Describe what the agent said" in text  # the plan is not finished yet


def test_cli_export_pack(col, data, wav, tmp_path, capsys):
    from qaclient.cli.main import main

    with col.Session.begin() as s:
        s.execute(update(Call).where(Call.call_id == "call-E1").values(file_uri=wav.as_uri()))
    sid = col.coaching.create_session("alice", title="Closing")
    col.coaching.add_clip(sid, comment_id=col.coaching.moments("alice")[1].comment_id)
    assert main(["coaching", "export-pack", str(sid), "-o", str(tmp_path / "pack")]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["pdf"].endswith("-coaching.pdf") and Path(out["pdf"]).exists()
    assert [Path(c).name for c in out["clips"]] == ["clip-01-call-E1.wav"] and out["missing"] == []
    assert main(["coaching", "export-pack", "not-a-uuid", "-o", str(tmp_path / "x")]) == 2
    assert "not a valid coaching session id" in capsys.readouterr().err
