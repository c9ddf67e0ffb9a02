"""Suggestions of the shipped rubrics' bound items on generated calls with known events.

Evidence spans are checked against the positions the script put the events at (±200 ms:
20 ms frames, syllable envelopes and hysteresis shift edges by a few frames).
"""

from __future__ import annotations

import pytest
from callgen import Script

from qaclient import paths
from qaclient.assist.signals import measure
from qaclient.assist.suggestions import suggest
from qaclient.audio.segments import analyse
from qaclient.rubrics.loader import load_file
from qaclient.rubrics.model import Answer, Measure

TOL = 200


def near(ms: int, s: float) -> bool:
    return abs(ms - s * 1000) <= TOL


@pytest.fixture(scope="module")
def inbound():
    return load_file(paths.rubrics_dir() / "inbound-call.yaml")


@pytest.fixture(scope="module")
def insurance():
    return load_file(paths.rubrics_dir() / "insurance-hotline-deductions.yaml")


#: agent interrupts at 14 (2 s) and 40 (1.5 s) and briefly at 28.5 (0.5 s: under 1 s);
#: the customer interrupts at 11 and 25; a hold with music 46–76, a silent one 86–100
BUSY = Script(
    130,
    agent=[(0.5, 4), (8.5, 12), (14, 17), (22, 26), (28.5, 31), (40, 46), (76, 80), (100, 110)],
    customer=[(4.5, 8), (11, 16), (18, 21), (25, 29), (33, 41.5), (80.5, 86), (111, 118)],
    holds=[(46, 76, True), (86, 100, False)],
)


@pytest.fixture(scope="module")
def busy_seg(tmp_path_factory):
    path = BUSY.write(tmp_path_factory.mktemp("busy") / "busy.wav")
    return analyse(path, use_cache=False)


def test_known_events_are_what_the_script_says():
    assert BUSY.agent_interruptions(1.0) == [(14, 16), (40, 41.5)]
    assert BUSY.customer_interruptions(1.0) == [(11, 12), (25, 26)]


def test_agent_interruptions_counted_with_evidence(busy_seg, inbound, insurance):
    m = measure(busy_seg, Measure.AGENT_INTERRUPTIONS, 1000)
    assert int(m.value) == 2
    spans = [(e.start_ms, e.end_ms) for e in m.evidence]
    assert near(spans[0][0], 14) and near(spans[0][1], 16)
    assert near(spans[1][0], 40) and near(spans[1][1], 41.5)
    assert {e.what for e in m.evidence} == {"agent_interruption"}
    # without a minimum the 0.5 s overlap at 28.5 counts too; the customer's never do
    assert int(measure(busy_seg, Measure.AGENT_INTERRUPTIONS).value) == 3

    ded = suggest(insurance, busy_seg, "C1").get("interrupted")
    assert ded is not None and ded.answer == Answer(count=2) and ded.value == 2
    assert ded.to_json()["evidence"][0]["what"] == "agent_interruption"
    assert str(ded.finding) == "2 agent interruptions at 00:14, 00:40"

    lv = suggest(inbound, busy_seg).get("no_interrupt")
    assert lv is not None and lv.answer == Answer(level="pass")


def test_hold_items(busy_seg, inbound):
    out = suggest(inbound, busy_seg, "C1")
    music = out.get("hold_music")
    # one hold had no music: poor, with both holds as evidence
    assert music is not None and music.answer == Answer(level="poor") and music.value is False
    ev = [(e.start_ms, e.end_ms, e.what) for e in music.evidence]
    assert len(ev) == 2 and ev[0][2] == "hold_music" and ev[1][2] == "hold"
    assert near(ev[0][0], 46) and near(ev[0][1], 76) and near(ev[1][0], 86) and near(ev[1][1], 100)
    assert "1 of 2 holds without music, at 01:26" == str(music.finding)
    # no hold over 2 minutes: N/A; whether a reason/apology was given needs listening
    assert out.get("long_hold_update").answer == Answer(na=True)
    assert out.get("long_hold_update").value == pytest.approx(30, abs=0.3)
    reasons = {u.item: str(u.reason) for u in out.unavailable}
    assert set(reasons) == {"hold_reason", "hold_apology"}
    assert reasons["hold_reason"].startswith("2 holds at 00:46, 01:26: no rule")
    # items without a signal get neither
    assert out.get("greeting") is None and out.reason("greeting") is None


def test_long_silent_hold_and_no_hold(tmp_path, inbound):
    long = Script(
        200,
        agent=[(0.5, 5), (10, 14), (150, 156)],
        customer=[(5.5, 9.5), (157, 165)],
        holds=[(14, 150, False)],
    )
    seg = analyse(long.write(tmp_path / "long.wav"), use_cache=False)
    out = suggest(inbound, seg)
    assert out.get("long_hold_update").answer == Answer(level="poor")
    assert out.get("long_hold_update").value == pytest.approx(136, abs=0.3)
    (ev,) = out.get("long_hold_update").evidence
    assert near(ev.start_ms, 14) and near(ev.end_ms, 150) and ev.what == "hold"
    assert out.get("hold_music").answer == Answer(level="poor")
    assert out.get("no_interrupt").answer == Answer(level="excellent")
    assert out.get("no_interrupt").evidence == ()

    calm = Script(40, agent=[(0.5, 5), (10, 14), (20, 25)], customer=[(5.5, 9.5), (14.5, 19.5)])
    out = suggest(inbound, analyse(calm.write(tmp_path / "calm.wav"), use_cache=False))
    for item in ("hold_music", "hold_reason", "hold_apology", "long_hold_update"):
        assert out.get(item).answer == Answer(na=True), item
    assert not out.unavailable


def test_mono_cannot_tell_who_interrupted(tmp_path, inbound, insurance):
    mono = Script(
        130,
        agent=BUSY.agent,
        customer=BUSY.customer,
        holds=BUSY.holds,
        stereo=False,
    )
    seg = analyse(mono.write(tmp_path / "mono.wav"), use_cache=False)
    assert not seg.stereo
    out = suggest(inbound, seg)
    why = out.reason("no_interrupt")
    assert why is not None and out.get("no_interrupt") is None
    assert "Mono recording" in str(why.reason)
    assert suggest(insurance, seg).reason("interrupted") is not None
    # holds are still found on a mono line
    assert out.get("hold_music").answer == Answer(level="poor")
    assert out.to_json()["unavailable"][0].keys() == {"item", "reason"}


@pytest.mark.parametrize("sr", [8000, 16000])
def test_noisy_echoing_line(tmp_path, sr, insurance):
    """Line noise at -46 dBFS and each party leaking 25 dB down into the other channel."""
    s = Script(
        60,
        agent=[(0.5, 4), (8.5, 12), (14, 17), (30, 34), (45, 50)],
        customer=[(4.5, 8), (11, 16), (20, 29.5), (35, 44)],
        samplerate=sr,
        noise=0.005,
        echo_db=25,
    )
    seg = analyse(s.write(tmp_path / "echo.wav"), use_cache=False)
    sug = suggest(insurance, seg).get("interrupted")
    assert sug.answer == Answer(count=1)
    (ev,) = sug.evidence
    assert near(ev.start_ms, 14) and near(ev.end_ms, 16)


def test_json_shape(busy_seg, inbound):
    data = suggest(inbound, busy_seg, "C1").to_json()
    assert set(data) == {"call", "rubric", "suggestions", "unavailable"}
    assert data["call"] == "C1" and data["rubric"] == "inbound-call"
    s = next(x for x in data["suggestions"] if x["item"] == "no_interrupt")
    assert set(s) == {"item", "answer", "signal", "value", "evidence"}
    assert s["answer"] == {"level": "pass"} and s["signal"] == "agent_interruptions"
    assert set(s["evidence"][0]) == {"start_ms", "end_ms", "what"}


def test_other_measures(busy_seg, tmp_path):
    assert measure(busy_seg, Measure.CALL_DURATION_S).value == 130
    first = measure(busy_seg, Measure.AGENT_FIRST_WORDS_S)
    assert abs(float(first.value) - 0.5) <= 0.2 and first.evidence[0].what == "agent_first_words"
    sil = measure(busy_seg, Measure.LONGEST_SILENCE_S)
    assert abs(float(sil.value) - 30) <= 0.4 and near(sil.evidence[0].start_ms, 46)
    ratio = measure(busy_seg, Measure.AGENT_TALK_RATIO).value
    agent = sum(b - a for a, b in BUSY.agent)
    cust = sum(b - a for a, b in BUSY.customer)
    assert abs(float(ratio) - agent / (agent + cust)) < 0.05
    assert measure(busy_seg, Measure.HOLD_COUNT, 20000).value == 1


def test_binding_errors_name_the_path():
    from rubric_builders_assist import doc_with_signal

    from qaclient.rubrics.loader import RubricValidationError, load_document

    cases = {
        "signal.measure": {"measure": "hold_time"},
        "signal.min_ms": {"measure": "longest_hold_s", "min_ms": 5, "rules": [{"answer": "x"}]},
        "signal.rules[0].answer": {"measure": "hold_count", "rules": [{"answer": "good"}]},
        "signal.rules[0].is": {"measure": "hold_count", "rules": [{"is": True, "answer": "poor"}]},
        "signal.rules[1].above": {
            "measure": "hold_count",
            "rules": [{"answer": "poor", "at_most": 1}, {"answer": "excellent", "above": "x"}],
        },
        "signal.rules[0]": {
            "measure": "music_on_hold",
            "rules": [{"answer": "poor", "above": 1}],
        },
        "signal.rules[0].answer ": {"measure": "hold_count", "rules": [{"answer": "na"}]},
    }
    for where, binding in cases.items():
        with pytest.raises(RubricValidationError) as exc:
            load_document(doc_with_signal(binding), "r.yaml")
        text = str(exc.value)
        assert f"r.yaml:sections[0].items[0].{where.strip()}" in text, (where, text)
    # deduction items take the count of a count measure, never rules
    with pytest.raises(RubricValidationError) as exc:
        load_document(doc_with_signal({"measure": "longest_hold_s"}, kind="deduction"), "r.yaml")
    assert "items[0].signal.measure: a deduction item answers with a count" in str(exc.value)
    ok = load_document(
        doc_with_signal({"measure": "agent_interruptions", "min_ms": 1000}, kind="deduction"),
        "r.yaml",
    )
    assert ok.items[0].signal.min_ms == 1000
