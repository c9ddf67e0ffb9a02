"""Speech/silence, holds, talk-over and talk ratio on recordings with known positions.

Tolerance: every detected boundary within ±100 ms of where the test put it (frames are
20 ms; hysteresis and syllable envelopes shift edges by a frame or two).
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from qaclient import paths
from qaclient.audio.reader import AudioError
from qaclient.audio.segments import SegmentParams, Span, analyse
from qaclient.cli.main import main

TOL = 100
DEMO = paths.demo_dir()


def near(actual: int, expected_s: float) -> bool:
    return abs(actual - expected_s * 1000) <= TOL


def assert_spans(spans: list[Span], expected: list[tuple[float, float]]) -> None:
    got = [(s.start_ms, s.end_ms) for s in spans]
    assert len(got) == len(expected), got
    for (a, b), (ea, eb) in zip(got, expected, strict=True):
        assert near(a, ea) and near(b, eb), (got, expected)


def test_stereo_call_turns_talk_over_and_long_hold(stereo_call):
    path, _ = stereo_call
    seg = analyse(path, agent_channel=0)
    assert seg.stereo and seg.agent_channel == 0
    agent, customer = seg.activity
    assert (agent.role, customer.role) == ("agent", "customer")
    assert_spans(agent.speech, [(0.5, 4.0), (8.3, 11.0), (12.0, 13.0), (143.0, 146.0)])
    assert_spans(customer.speech, [(4.5, 8.0), (10.0, 12.0), (146.5, 149.0)])
    # the hold music on the customer channel is sound, not speech
    assert (
        customer.sound
        and near(customer.sound[0].start_ms, 13.5)
        and near(customer.sound[-1].end_ms, 142.5)
    )
    # talk-over 10.0–11.0 started by the customer while the agent was speaking
    assert len(seg.talk_overs) == 1
    t = seg.talk_overs[0]
    assert near(t.start_ms, 10.0) and near(t.end_ms, 11.0)
    assert t.interrupter == "customer" and t.interrupter_channel == 1
    # one hold of 130 s: over 2 minutes, with music, the agent comes back
    assert len(seg.holds) == 1
    h = seg.holds[0]
    assert near(h.start_ms, 13.0) and near(h.end_ms, 143.0)
    assert h.long and h.music and not h.ends_call
    assert seg.long_holds == [h]
    # talk ratio from the known turn lengths (agent 10.2 s, customer 8.0 s)
    assert seg.agent_talk_ms == pytest.approx(10200, abs=4 * TOL)
    assert seg.customer_talk_ms == pytest.approx(8000, abs=3 * TOL)
    assert seg.talk_ratio == pytest.approx(10.2 / 18.2, abs=0.02)


def test_agent_channel_swaps_roles(stereo_call):
    path, _ = stereo_call
    seg = analyse(path, agent_channel=1)
    t = seg.talk_overs[0]
    assert t.interrupter == "agent" and t.interrupter_channel == 1
    assert [a.role for a in seg.activity] == ["customer", "agent"]
    # channel 1 (now the agent) plays music and channel 0 is silent: still one 130 s hold
    assert len(seg.holds) == 1 and seg.holds[0].long and seg.holds[0].music
    assert seg.talk_ratio == pytest.approx(8.0 / 18.2, abs=0.02)


def test_short_hold_and_long_silence_both_channels_silent(tmp_path, rng, synth):
    x = synth.noise(60, rng, 2)
    synth.place(x[:, 0], 1.0, synth.speech(5.0, rng))
    synth.place(x[:, 1], 6.5, synth.speech(3.0, rng))
    synth.place(x[:, 0], 10.0, synth.speech(2.0, rng))
    # both silent 12.0–37.0 (25 s), then the agent comes back
    synth.place(x[:, 0], 37.0, synth.speech(4.0, rng))
    synth.place(x[:, 1], 41.5, synth.speech(3.0, rng))
    seg = analyse(synth.write(tmp_path / "short-hold.flac", x))
    assert len(seg.holds) == 1
    h = seg.holds[0]
    assert near(h.start_ms, 12.0) and near(h.end_ms, 37.0)
    assert not h.long and not h.music
    assert_spans(seg.silences, [(12.0, 37.0), (44.5, 60.0)])
    assert seg.talk_overs == []


def test_customer_talking_alone_is_not_a_hold(tmp_path, rng, synth):
    x = synth.noise(40, rng, 2)
    synth.place(x[:, 0], 0.5, synth.speech(3.0, rng))
    # the customer explains for 30 s (in sentences with short pauses) while the agent listens
    for k in range(10):
        synth.place(x[:, 1], 4.0 + 3.0 * k, synth.speech(2.7, rng))
    synth.place(x[:, 0], 35.0, synth.speech(4.0, rng))
    seg = analyse(synth.write(tmp_path / "listening.wav", x))
    assert seg.holds == []
    assert seg.silences == []
    assert seg.customer_talk_ms > 25000


def test_hold_until_the_call_ends(tmp_path, rng, synth):
    x = synth.noise(40, rng, 2)
    synth.place(x[:, 0], 0.5, synth.speech(3.0, rng))
    synth.place(x[:, 1], 4.0, synth.speech(3.0, rng))
    synth.place(x[:, 0], 7.5, synth.speech(2.0, rng))
    synth.place(x[:, 1], 10.0, synth.music(30.0))
    seg = analyse(synth.write(tmp_path / "abandoned.wav", x))
    assert len(seg.holds) == 1
    h = seg.holds[0]
    assert near(h.start_ms, 9.5) and near(h.end_ms, 40.0) and h.ends_call and h.music


def test_mono_speech_silences_no_parties(tmp_path, rng, synth):
    x = synth.noise(30, rng, 1)[:, 0]
    synth.place(x, 1.0, synth.speech(4.0, rng))
    synth.place(x, 5.5, synth.speech(2.0, rng))
    synth.place(x, 15.0, synth.speech(5.0, rng))
    seg = analyse(synth.write(tmp_path / "mono.wav", x))
    assert not seg.stereo and seg.agent_channel is None
    (mono,) = seg.activity
    assert mono.role == "mono"
    assert_spans(
        mono.speech, [(1.0, 5.0), (5.5, 7.5), (15.0, 20.0)]
    )  # a 500 ms pause splits (> 300 ms)
    assert_spans(seg.silences, [(7.5, 15.0), (20.0, 30.0)])
    assert seg.talk_overs == [] and seg.talk_ratio is None
    data = seg.to_json()
    assert data["talk"]["agent_ms"] is None and data["talk"]["speech_ms"] == mono.speech_ms


def test_identical_channels_are_analysed_as_mono(tmp_path, rng, synth):
    x = synth.noise(12, rng, 1)[:, 0]
    synth.place(x, 1.0, synth.speech(4.0, rng))
    seg = analyse(synth.write(tmp_path / "dual-mono.wav", np.stack([x, x], axis=1)))
    assert not seg.stereo
    assert any("same audio" in n for n in seg.notes)
    assert seg.talk_overs == []


def test_digital_silence_and_quiet_noise_have_no_speech(tmp_path, rng, synth):
    seg = analyse(synth.write(tmp_path / "zero.wav", np.zeros((8000 * 8, 2))))
    assert all(a.speech == [] for a in seg.activity)
    assert_spans(seg.silences, [(0.0, 8.0)])
    assert seg.holds == []  # no agent speech: nothing was put on hold
    seg = analyse(synth.write(tmp_path / "hiss.wav", synth.noise(8, rng, 2, level=0.003)))
    assert all(a.speech == [] for a in seg.activity)


def test_results_are_cached_per_agent_channel_and_params(stereo_call):
    path, _ = stereo_call
    first = analyse(path)
    assert not first.cached
    again = analyse(path)
    assert again.cached and again.to_json()["holds"] == first.to_json()["holds"]
    assert not analyse(path, agent_channel=1).cached
    assert not analyse(path, params=SegmentParams(talk_over_min_ms=300)).cached
    assert list(paths.cache_dir("segments").glob("*.json"))


def test_demo_calls_interruptions_and_long_hold():
    """The shipped demo calls (espeak voices) show what their scripts say."""
    seg = analyse(
        DEMO / "DEMO-EN-03.ogg", agent_channel=0
    )  # agent interrupts twice (~1.6 s, ~1.2 s)
    assert [t.interrupter for t in seg.talk_overs] == ["agent", "agent"]
    assert [round(t.duration_ms / 1000, 0) for t in seg.talk_overs] == [2.0, 1.0]
    seg = analyse(DEMO / "DEMO-EN-06.ogg", agent_channel=0)  # the customer interrupts
    assert [t.interrupter for t in seg.talk_overs] == ["customer"]
    seg = analyse(DEMO / "DEMO-ZH-02.ogg", agent_channel=0)  # hold of 2 min 10 s, silent
    assert len(seg.long_holds) == 1
    assert 128000 <= seg.long_holds[0].duration_ms <= 136000


def test_errors_name_the_file(tmp_path):
    bad = tmp_path / "bad.wav"
    bad.write_bytes(b"RIFF\x00\x00")
    with pytest.raises(AudioError, match="bad.wav"):
        analyse(bad)
    with pytest.raises(ValueError, match="agent channel"):
        analyse(bad, agent_channel=2)


def test_cli_segments_json(stereo_call, capsys):
    path, _ = stereo_call
    assert main(["segments", str(path), "--agent-channel", "1", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["agent_channel"] == 1 and data["stereo"] is True
    assert data["interruptions"] == {"agent": 1, "customer": 0}
    assert data["long_holds"] == 0 or data["long_holds"] == 1
    assert data["talk"]["agent_ratio"] == pytest.approx(8.0 / 18.2, abs=0.02)
    assert data["params"]["long_hold_ms"] == 120000
    assert main(["segments", str(path)]) == 0
    out = capsys.readouterr().out
    assert "over 2 min" in out and "customer interrupted" in out


def test_cli_segments_error_exit_1(tmp_path, capsys):
    empty = tmp_path / "empty.wav"
    empty.write_bytes(b"")
    assert main(["segments", str(empty), "--json"]) == 1
    assert "empty.wav: file is empty" in capsys.readouterr().err
    assert Path(empty).exists()


def test_noisy_line_speech_is_found_above_the_noise(tmp_path, rng, synth):
    """Line noise at -40 dBFS (a bad line): the adaptive floor follows it, speech is still found."""
    x = synth.noise(40, rng, 2, level=0.01)
    synth.place(x[:, 0], 2.0, synth.speech(6.0, rng, 0.6))
    synth.place(x[:, 1], 9.0, synth.speech(5.0, rng, 0.6))
    synth.place(x[:, 0], 15.0, synth.speech(4.0, rng, 0.6))
    seg = analyse(synth.write(tmp_path / "noisy.wav", x))
    agent, customer = seg.activity
    assert_spans(agent.speech, [(2.0, 8.0), (15.0, 19.0)])
    assert_spans(customer.speech, [(9.0, 14.0)])
    assert all(-45 < a.noise_floor_db < -35 for a in seg.activity)
    assert_spans(seg.silences, [(19.0, 40.0)])


def test_hold_tolerates_a_brief_hello_and_backchannels_are_not_talk_over(tmp_path, rng, synth):
    x = synth.noise(70, rng, 2)
    synth.place(x[:, 0], 0.5, synth.speech(6.0, rng))
    synth.place(x[:, 1], 3.0, synth.speech(0.3, rng))  # "mm-hm" while the agent speaks: 300 ms
    synth.place(x[:, 1], 7.0, synth.speech(3.0, rng))
    synth.place(x[:, 0], 10.5, synth.speech(2.0, rng))  # "one moment please"
    synth.place(x[:, 1], 35.0, synth.speech(1.5, rng))  # "hello? are you there?" during the hold
    synth.place(x[:, 0], 60.0, synth.speech(4.0, rng))
    synth.place(x[:, 1], 64.5, synth.speech(3.0, rng))
    seg = analyse(synth.write(tmp_path / "hello.wav", x))
    assert seg.talk_overs == []
    assert len(seg.holds) == 1
    h = seg.holds[0]
    assert near(h.start_ms, 12.5) and near(h.end_ms, 60.0) and not h.long
    # the silences either side of the "hello" are listed as long silences
    assert_spans(seg.silences, [(12.5, 35.0), (36.5, 60.0)])


def test_progress_is_reported_while_reading(stereo_call, monkeypatch):
    from qaclient.audio import reader

    path, _ = stereo_call
    monkeypatch.setattr(reader, "BLOCK_BYTES", 256 * 1024)
    seen: list[float] = []
    analyse(path, use_cache=False, progress=seen.append)
    assert len(seen) > 5 and seen == sorted(seen) and seen[-1] == 1.0


def test_simultaneous_start_has_no_interrupter(tmp_path, rng, synth):
    x = synth.noise(12, rng, 2)
    synth.place(x[:, 0], 1.0, synth.speech(3.0, rng))
    synth.place(x[:, 1], 6.0, synth.speech(2.0, rng))
    synth.place(x[:, 0], 9.0, synth.speech(2.0, rng))
    synth.place(x[:, 1], 9.0, synth.speech(2.0, rng))  # both start together
    seg = analyse(synth.write(tmp_path / "together.wav", x))
    (t,) = seg.talk_overs
    assert near(t.start_ms, 9.0) and near(t.end_ms, 11.0)
    assert t.interrupter is None and t.interrupter_channel is None


def test_positions_are_in_milliseconds_at_any_sample_rate(tmp_path, rng, synth):
    """The same samples declared as 16 kHz play twice as fast: every position halves."""
    x = synth.noise(30, rng, 1)[:, 0]
    synth.place(x, 2.0, synth.speech(4.0, rng))
    synth.place(x, 20.0, synth.speech(6.0, rng))
    seg = analyse(synth.write(tmp_path / "fast.wav", x, samplerate=16000))
    assert seg.samplerate == 16000 and seg.duration_ms == 15000
    assert_spans(seg.activity[0].speech, [(1.0, 3.0), (10.0, 13.0)])


def test_echo_of_the_agent_on_the_customer_line_is_not_talk_over(tmp_path, rng, synth):
    """The agent's voice leaks into the customer channel 25 dB down: not customer speech."""
    x = synth.noise(20, rng, 2, level=0.0003)
    a1, a2 = synth.speech(4.0, rng), synth.speech(3.0, rng)
    synth.place(x[:, 0], 1.0, a1)
    synth.place(x[:, 1], 1.0, a1 * 10 ** (-25 / 20))  # echo
    synth.place(x[:, 1], 6.0, synth.speech(3.0, rng, 0.25))
    synth.place(x[:, 0], 10.0, a2)
    synth.place(x[:, 1], 10.0, a2 * 10 ** (-25 / 20))  # echo
    # a genuine interruption, 8 dB quieter than the agent: still an interruption
    synth.place(x[:, 1], 11.5, synth.speech(2.5, rng, 0.3 * 10 ** (-8 / 20)))
    seg = analyse(synth.write(tmp_path / "echo.wav", x))
    agent, customer = seg.activity
    assert_spans(agent.speech, [(1.0, 5.0), (10.0, 13.0)])
    assert_spans(customer.speech, [(6.0, 9.0), (11.5, 14.0)])
    (t,) = seg.talk_overs
    assert near(t.start_ms, 11.5) and near(t.end_ms, 13.0) and t.interrupter == "customer"
    assert any("cross-talk" in n for n in seg.notes)
