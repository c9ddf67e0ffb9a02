"""The player panel driven like a user drives it: real QMediaPlayer, real widgets.

QMediaPlayer plays headless here (no audio device: the position follows the clock), so
these tests play, click, drag and press keys, and check where the playhead goes.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from ui.player import PlayerPanel
from ui.player.analysis import WaveformJob
from ui.player.model import Band, BandKind, format_time
from ui.player.waveform_widget import RULER_H

RATE = 8000


def tone(seconds: float, freq: float = 440.0, amp: float = 0.4) -> np.ndarray:
    t = np.arange(int(seconds * RATE)) / RATE
    return (amp * np.sin(2 * np.pi * freq * t)).astype(np.float32)


def speech(seconds: float, freq: float) -> np.ndarray:
    """Speech-like sound: a tone chopped into syllables (a steady tone reads as hold music)."""
    t = np.arange(int(seconds * RATE)) / RATE
    syllables = (np.sin(2 * np.pi * 3 * t) > -0.3).astype(np.float32)
    return (
        0.4 * np.sin(2 * np.pi * freq * t) * syllables * (0.6 + 0.4 * np.sin(2 * np.pi * 7 * t))
    ).astype(np.float32)


def write_call(path: Path, seconds: float = 20.0) -> Path:
    """A two-channel call: agent (ch 0) speaks 0–5 s and 12–14 s, customer (ch 1) 5–13 s;
    then 6 s of silence."""
    n = int(seconds * RATE)
    x = np.zeros((n, 2), dtype=np.float32)
    x[0 : 5 * RATE, 0] = speech(5, 300)
    x[12 * RATE : 14 * RATE, 0] = speech(2, 300)
    x[5 * RATE : 13 * RATE, 1] = speech(8, 500)
    sf.write(path, x, RATE, subtype="PCM_16")
    return path


@pytest.fixture
def call(tmp_path: Path) -> Path:
    return write_call(tmp_path / "call.wav")


@pytest.fixture
def panel(qtbot):
    w = PlayerPanel()
    qtbot.addWidget(w)
    w.resize(900, 260)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=2000)
    yield w
    w.unload()


def open_call(qtbot, panel: PlayerPanel, path: Path, **kw) -> None:
    with qtbot.waitSignal(panel.durationKnown, timeout=5000):
        panel.load_call(str(path), **kw)
    qtbot.waitUntil(panel.player.is_loaded, timeout=5000)
    qtbot.waitUntil(
        lambda: panel.waveform.overview() is not None and panel.waveform.overview().complete,
        timeout=5000,
    )


def x_for(panel: PlayerPanel, ms: int) -> int:
    return round(panel.waveform.x_of(ms))


def lane_y(panel: PlayerPanel) -> int:
    return RULER_H + 40


def test_plays_and_position_advances(qtbot, panel, call):
    open_call(qtbot, panel, call)
    assert panel.duration() == pytest.approx(20000, abs=50)
    panel.play()
    qtbot.waitUntil(lambda: panel.position() > 300, timeout=3000)
    assert panel.player.is_playing()
    assert panel.transport.time_label.text().startswith("00:00:0")
    assert panel.transport.time_label.text().endswith("/ 00:00:20")


def test_click_on_waveform_seeks(qtbot, panel, call):
    open_call(qtbot, panel, call)
    for target in (5000, 12000, 17500):
        qtbot.mouseClick(
            panel.waveform,
            Qt.MouseButton.LeftButton,
            pos=QPoint(x_for(panel, target), lane_y(panel)),
        )
        qtbot.waitUntil(lambda t=target: abs(panel.position() - t) < 200, timeout=2000)
    assert abs(panel.player.media_player().position() - 17500) < 200


def test_drag_on_waveform_scrubs(qtbot, panel, call):
    open_call(qtbot, panel, call)
    wf = panel.waveform
    qtbot.mousePress(wf, Qt.MouseButton.LeftButton, pos=QPoint(x_for(panel, 2000), lane_y(panel)))
    qtbot.mouseMove(wf, QPoint(x_for(panel, 8000), lane_y(panel)))
    qtbot.mouseMove(wf, QPoint(x_for(panel, 9000), lane_y(panel)))
    qtbot.mouseRelease(wf, Qt.MouseButton.LeftButton, pos=QPoint(x_for(panel, 9000), lane_y(panel)))
    qtbot.waitUntil(lambda: abs(panel.position() - 9000) < 200, timeout=2000)
    assert panel.selection() is None  # a plain drag seeks, it does not select


def test_speed_keys_change_playback_rate(qtbot, panel, call):
    open_call(qtbot, panel, call)
    mp = panel.player.media_player()
    qtbot.keyClick(panel, Qt.Key.Key_BracketRight)
    assert mp.playbackRate() == pytest.approx(1.25)
    assert panel.transport.speed.currentText() == "1.25×"
    for _ in range(6):
        qtbot.keyClick(panel, Qt.Key.Key_BracketRight)
    assert mp.playbackRate() == pytest.approx(2.0)  # capped
    for _ in range(10):
        qtbot.keyClick(panel, Qt.Key.Key_BracketLeft)
    assert mp.playbackRate() == pytest.approx(0.5)  # floored
    # pitch compensation is on where the backend offers it
    avail = mp.pitchCompensationAvailability()
    if avail != avail.Unavailable:
        assert panel.player.pitch_preserved()
        assert mp.pitchCompensation()


def test_faster_playback_moves_faster(qtbot, panel, call):
    open_call(qtbot, panel, call)
    panel.player.set_rate(2.0)
    panel.play()
    qtbot.wait(600)
    panel.pause()
    # 600 ms of wall clock at 2x: well beyond what 1x could reach
    assert panel.position() > 800


def test_skip_keys(qtbot, panel, call):
    open_call(qtbot, panel, call)
    panel.seek(10000)
    qtbot.keyClick(panel, Qt.Key.Key_Right)
    assert panel.position() == pytest.approx(15000, abs=100)
    qtbot.keyClick(panel, Qt.Key.Key_Left)
    qtbot.keyClick(panel, Qt.Key.Key_Left)
    assert panel.position() == pytest.approx(5000, abs=100)
    qtbot.keyClick(panel, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert panel.position() == pytest.approx(20000, abs=100)  # clamped at the end
    qtbot.keyClick(panel, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert panel.position() == pytest.approx(5000, abs=100)
    qtbot.keyClick(panel, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert panel.position() == 0  # clamped at the start
    qtbot.waitUntil(lambda: panel.player.media_player().position() < 100, timeout=2000)


def test_space_toggles_play(qtbot, panel, call):
    open_call(qtbot, panel, call)
    with qtbot.waitSignal(panel.player.playingChanged, timeout=2000):
        qtbot.keyClick(panel, Qt.Key.Key_Space)
    assert panel.player.is_playing()
    with qtbot.waitSignal(panel.player.playingChanged, timeout=2000):
        qtbot.keyClick(panel, Qt.Key.Key_Space)
    assert not panel.player.is_playing()


def test_shift_drag_selects_and_l_loops(qtbot, panel, call):
    open_call(qtbot, panel, call)
    wf = panel.waveform
    y = lane_y(panel)
    with qtbot.waitSignal(wf.selectionChanged, timeout=1000) as sig:
        qtbot.mousePress(
            wf,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.ShiftModifier,
            QPoint(x_for(panel, 3000), y),
        )
        qtbot.mouseMove(wf, QPoint(x_for(panel, 3500), y))
        qtbot.mouseRelease(
            wf,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.ShiftModifier,
            QPoint(x_for(panel, 3800), y),
        )
    a, b = sig.args
    assert a == pytest.approx(3000, abs=60) and b == pytest.approx(3800, abs=60)
    qtbot.keyClick(panel, Qt.Key.Key_L)
    assert panel.player.loop_range() == (a, b)
    assert panel.transport.loop_button.isChecked()
    assert abs(panel.position() - a) < 100  # jumped into the loop
    panel.play()
    seen: list[int] = []
    panel.positionChanged.connect(seen.append)
    qtbot.wait(2200)  # more than two laps of an 800 ms loop
    panel.pause()
    assert seen, "no position updates while playing"
    assert max(seen) < b + 150
    assert min(seen[5:]) < a + 300  # came back to the start at least once
    wraps = sum(1 for x, y2 in zip(seen, seen[1:], strict=False) if y2 < x - 300)
    assert wraps >= 2
    qtbot.keyClick(panel, Qt.Key.Key_L)
    assert panel.player.loop_range() is None
    assert not panel.transport.loop_button.isChecked()


def test_l_without_selection_explains(qtbot, panel, call):
    open_call(qtbot, panel, call)
    with qtbot.waitSignal(panel.statusMessage, timeout=1000) as sig:
        qtbot.keyClick(panel, Qt.Key.Key_L)
    assert "Shift+drag" in sig.args[0]
    assert panel.player.loop_range() is None


def test_markers_are_clickable(qtbot, panel, call):
    open_call(qtbot, panel, call)
    panel.set_markers([(4000, "greeting", "c1"), (15000, "no apology", "c2")])
    with qtbot.waitSignal(panel.markerClicked, timeout=1000) as sig:
        qtbot.mouseClick(
            panel.waveform,
            Qt.MouseButton.LeftButton,
            pos=QPoint(x_for(panel, 15000) + 3, RULER_H + 6),
        )
    assert sig.args == ["c2"]
    qtbot.waitUntil(lambda: abs(panel.position() - 15000) < 100, timeout=1000)
    # N jumps from marker to marker
    panel.seek(0)
    qtbot.keyClick(panel, Qt.Key.Key_N)
    assert panel.position() == 4000
    qtbot.keyClick(panel, Qt.Key.Key_N)
    assert panel.position() == 15000
    with qtbot.waitSignal(panel.statusMessage, timeout=1000):
        qtbot.keyClick(panel, Qt.Key.Key_N)
    assert panel.position() == 15000


def test_hold_and_talkover_jumps_with_given_segments(qtbot, panel, call):
    bands = [
        Band(BandKind.TALKOVER, 12000, 13000, by="agent"),
        Band(BandKind.HOLD, 14500, 19000, flagged=False),
    ]
    with qtbot.waitSignal(panel.segmentsReady, timeout=2000):
        open_call(qtbot, panel, call, segments=bands)
    qtbot.keyClick(panel, Qt.Key.Key_T)
    assert panel.position() == 11000  # one second of lead-in before the talk-over
    qtbot.keyClick(panel, Qt.Key.Key_H)
    assert panel.position() == 14500


def test_segments_are_detected_in_the_background(qtbot, panel, call):
    with qtbot.waitSignal(panel.segmentsReady, timeout=10000) as sig:
        panel.load_call(str(call), agent_channel=0)
    talkovers = [b for b in sig.args[0] if b.kind == BandKind.TALKOVER]
    # the agent starts speaking at 12 s while the customer speaks until 13 s
    assert len(talkovers) == 1
    assert talkovers[0].start_ms == pytest.approx(12000, abs=300)
    assert talkovers[0].by == "agent"
    silences = [b for b in sig.args[0] if b.kind == BandKind.SILENCE]
    assert len(silences) == 1 and silences[0].start_ms == pytest.approx(14000, abs=300)
    assert panel.waveform.bands() == sig.args[0]


def test_waveform_arrives_progressively_then_from_cache(qtbot, panel, tmp_path, monkeypatch):
    path = tmp_path / "long.wav"
    minutes = 5
    with sf.SoundFile(path, "w", RATE, 2, subtype="PCM_16") as f:
        for m in range(minutes):
            block = np.zeros((60 * RATE, 2), dtype=np.float32)
            block[: 30 * RATE, m % 2] = tone(30, 300 + 50 * m)
            f.write(block)
    monkeypatch.setattr(WaveformJob, "progress_interval", 0.0)
    progress: list[float] = []
    done_columns: list[int] = []

    def on_progress(fraction: float) -> None:
        progress.append(fraction)
        ov = panel.waveform.overview()
        done_columns.append(ov.done if ov is not None else -1)

    panel.waveformProgress.connect(on_progress)
    panel.load_call(str(path), duration_ms=minutes * 60_000, content_hash="progressive-test")
    qtbot.waitUntil(lambda: bool(progress) and progress[-1] == 1.0, timeout=10000)
    assert len(progress) >= 3, progress
    assert progress == sorted(progress)
    assert 0 < progress[0] < 1
    assert done_columns == sorted(done_columns) and done_columns[0] < done_columns[-1]
    ov = panel.waveform.overview()
    assert ov.complete and ov.channels == 2
    # minute 0: agent lane loud, customer lane silent
    first = slice(0, ov.columns // 20)
    assert ov.maxs[0, first].max() > 0.3 and ov.maxs[1, first].max() < 0.01
    # re-open: the cached overview is drawn during load_call itself, no worker round trip
    progress.clear()
    panel.load_call(str(path), duration_ms=minutes * 60_000, content_hash="progressive-test")
    assert progress == [1.0]
    assert panel.waveform.overview().complete


def test_corrupt_file_reports_load_failed(qtbot, panel, tmp_path):
    bad = tmp_path / "broken.wav"
    bad.write_bytes(
        b"RIFF\x00\x00\x00\x00WAVEfmt "
        + bytes(np.random.default_rng(1).integers(0, 255, 4000, dtype=np.uint8))
    )
    with qtbot.waitSignal(panel.loadFailed, timeout=5000) as sig:
        panel.load_call(str(bad))
    assert "broken.wav" in sig.args[0]
    qtbot.wait(300)  # the analysis failing too must not produce a second message or raise
    panel.play()  # harmless
    assert not panel.player.is_playing()


def test_missing_file_reports_load_failed_at_once(qtbot, panel, tmp_path):
    with qtbot.waitSignal(panel.loadFailed, timeout=100) as sig:
        panel.load_call(str(tmp_path / "gone.ogg"))
    assert "gone.ogg" in sig.args[0] and "cannot be found" in sig.args[0]


def test_zoom_and_scroll(qtbot, panel, call):
    open_call(qtbot, panel, call)
    wf = panel.waveform
    assert wf.view() == (0, 20000)
    assert not panel.scrollbar.isVisible()
    qtbot.keyClick(panel, Qt.Key.Key_Plus)
    assert wf.view()[1] == 10000
    assert panel.scrollbar.isVisible()
    # Ctrl+wheel zooms around the cursor: the time under the mouse stays put
    x = 600
    before = wf.ms_at(x)
    ev = QWheelEvent(
        QPointF(x, 60),
        QPointF(wf.mapToGlobal(QPoint(x, 60))),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(wf, ev)
    assert wf.view()[1] == 8000
    assert abs(wf.ms_at(x) - before) < 30
    # a click still seeks to the time under the mouse
    target = wf.ms_at(300)
    qtbot.mouseClick(wf, Qt.MouseButton.LeftButton, pos=QPoint(300, lane_y(panel)))
    assert abs(panel.position() - target) < 30
    panel.scrollbar.setValue(0)
    assert wf.view()[0] == 0
    qtbot.keyClick(panel, Qt.Key.Key_Minus)
    qtbot.keyClick(panel, Qt.Key.Key_Minus)
    assert wf.view() == (0, 20000)
    assert not panel.scrollbar.isVisible()


def test_solo_switches_to_one_channel_and_back(qtbot, panel, call):
    open_call(qtbot, panel, call, agent_channel=1)
    panel.seek(6000)
    with qtbot.waitSignal(panel.player.soloPreparing, timeout=1000):
        panel.transport.solo.setCurrentIndex(1)
        panel.transport.solo.activated.emit(1)  # "Agent" = channel 1 here
    mp = panel.player.media_player()
    qtbot.waitUntil(lambda: mp.source().toLocalFile().endswith("-ch1.wav"), timeout=5000)
    solo_file = mp.source().toLocalFile()
    data, rate = sf.read(solo_file)
    assert rate == RATE and data.ndim == 1
    assert np.abs(data[6 * RATE : 7 * RATE]).max() > 0.3  # channel 1 (the 500 Hz tone) is there
    assert np.abs(data[15 * RATE : 16 * RATE]).max() < 0.01
    qtbot.waitUntil(lambda: abs(mp.position() - 6000) < 200, timeout=3000)
    panel.player.set_solo("both")
    qtbot.waitUntil(lambda: mp.source().toLocalFile().endswith("call.wav"), timeout=2000)
    qtbot.waitUntil(lambda: abs(mp.position() - 6000) < 200, timeout=3000)


def test_mono_call_has_one_lane_and_no_solo(qtbot, panel, tmp_path):
    path = tmp_path / "mono.wav"
    sf.write(path, tone(6), RATE, subtype="PCM_16")
    open_call(qtbot, panel, path, agent_channel=None)
    assert panel.waveform.overview().channels == 1
    assert not panel.transport.solo.isEnabled()


def test_shortcut_sheet_lists_the_keys(qapp):
    panel = PlayerPanel()
    keys = dict(panel.shortcuts())
    for key in (
        "Space",
        "Left",
        "Right",
        "Shift+Left",
        "Shift+Right",
        "[",
        "]",
        "N",
        "H",
        "T",
        "L",
    ):
        assert key in keys and keys[key]
    panel.deleteLater()


def test_format_time():
    assert format_time(0) == "00:00:00"
    assert format_time(3_725_400) == "01:02:05"
    assert format_time(65_000, with_hours=False) == "01:05"
    assert format_time(-5) == "00:00:00"


def test_switching_calls_drops_the_old_calls_results(qtbot, panel, tmp_path, monkeypatch):
    long = tmp_path / "long.wav"
    with sf.SoundFile(long, "w", RATE, 2, subtype="PCM_16") as f:
        for _ in range(4):
            f.write(np.full((60 * RATE, 2), 0.5, dtype=np.float32))
    short = tmp_path / "mono.wav"
    sf.write(short, speech(6, 400), RATE, subtype="PCM_16")
    monkeypatch.setattr(WaveformJob, "progress_interval", 0.0)
    panel.load_call(str(long), duration_ms=240_000)
    panel.load_call(str(short), agent_channel=None)
    qtbot.waitUntil(
        lambda: panel.waveform.overview() is not None and panel.waveform.overview().complete,
        timeout=5000,
    )
    qtbot.wait(300)  # give the first call's job time to report, if it were not dropped
    ov = panel.waveform.overview()
    assert ov.channels == 1
    assert ov.duration_ms == pytest.approx(6000, abs=5)
    assert ov.maxs.max() < 0.45  # not the constant 0.5 of the long call


def test_closing_the_panel_while_analysing_is_harmless(qtbot, tmp_path, call):
    import shiboken6
    from PySide6.QtCore import QThreadPool

    pool = QThreadPool()
    w = PlayerPanel(pool=pool)
    late: list[str] = []
    with qtbot.captureExceptions() as exceptions:
        w.load_call(str(call))
        # a listener that outlives the panel: proves the jobs really report after it is gone
        w._signals.overviewDone.connect(lambda *_: late.append("waveform"))
        w._signals.segmentsReady.connect(lambda *_: late.append("segments"))
        w.deleteLater()
        qtbot.waitUntil(lambda: not shiboken6.isValid(w), timeout=2000)
        assert pool.waitForDone(20_000)
        qtbot.waitUntil(lambda: {"waveform", "segments"} <= set(late), timeout=5000)
        qtbot.wait(50)  # queued deliveries to the deleted panel run (and must reach nobody)
    assert exceptions == []


def test_volume_slider_sets_the_output_volume(qtbot, panel, call):
    open_call(qtbot, panel, call)
    panel.transport.volume.setValue(40)
    assert panel.player.audio_output().volume() == pytest.approx(0.4, abs=0.01)


def test_band_tooltips_say_who_interrupted(qapp):
    from ui.player.waveform_widget import WaveformWidget

    w = WaveformWidget()
    assert "agent interrupted" in w._band_text(Band(BandKind.TALKOVER, 0, 1500, by="agent"))
    assert "over 2 minutes" in w._band_text(Band(BandKind.HOLD, 0, 130_000, flagged=True))
    assert "02:10" in w._band_text(Band(BandKind.HOLD, 0, 130_000, flagged=True))


def test_skip_lengths_from_the_settings(qtbot, panel, call):
    open_call(qtbot, panel, call)
    panel.set_skip_lengths(2000, 10000)
    panel.seek(5000)
    qtbot.keyClick(panel, Qt.Key.Key_Right)
    assert panel.position() == pytest.approx(7000, abs=100)
    qtbot.keyClick(panel, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert panel.position() == 0
    panel.transport.fwd_long.click()
    assert panel.position() == pytest.approx(10000, abs=100)
    assert (
        "10" in panel.transport.fwd_long.toolTip()
        and "Shift+→" in panel.transport.fwd_long.toolTip()
    )
    assert dict(panel.shortcuts())["Right"].endswith("2 seconds")


def test_unknown_output_device_keeps_the_current_one(qtbot, panel):
    assert not panel.set_output_device("no-such-device")
    assert panel.set_output_device("")  # the system default


def test_solo_while_playing_keeps_playing_from_the_same_place(qtbot, panel, call):
    open_call(qtbot, panel, call)
    panel.seek(4000)
    panel.play()
    qtbot.waitUntil(lambda: panel.position() > 4100, timeout=2000)
    panel.player.set_solo("customer")  # channel 1
    mp = panel.player.media_player()
    qtbot.waitUntil(lambda: mp.source().toLocalFile().endswith("-ch1.wav"), timeout=5000)
    qtbot.waitUntil(panel.player.is_playing, timeout=3000)
    assert panel.transport.play_button.toolTip().startswith("Pause")
    pos = panel.position()
    assert 4000 < pos < 6500
    qtbot.waitUntil(lambda: panel.position() > pos + 200, timeout=3000)


def test_loop_at_the_very_end_of_the_call_wraps(qtbot, panel, call):
    open_call(qtbot, panel, call)
    end = panel.duration()
    panel.set_selection(end - 700, end)
    panel.toggle_loop()
    assert panel.player.loop_range() == (end - 700, end)
    panel.play()
    qtbot.wait(1800)
    assert panel.player.is_playing()
    assert end - 800 <= panel.position() <= end


def test_double_click_in_a_band_selects_it(qtbot, panel, call):
    bands = [Band(BandKind.TALKOVER, 12000, 13000, by="agent")]
    open_call(qtbot, panel, call, segments=bands)
    qtbot.mouseDClick(
        panel.waveform, Qt.MouseButton.LeftButton, pos=QPoint(x_for(panel, 12500), lane_y(panel))
    )
    assert panel.selection() == (12000, 13000)
    qtbot.keyClick(panel, Qt.Key.Key_L)
    assert panel.player.loop_range() == (12000, 13000)
    qtbot.keyClick(panel, Qt.Key.Key_Escape)
    assert panel.selection() is None and panel.player.loop_range() is None


def test_zooming_in_computes_a_detailed_view(qtbot, panel, call):
    open_call(qtbot, panel, call, duration_ms=20000)
    wf = panel.waveform
    coarse = wf.overview().ms_per_column()
    assert coarse == pytest.approx(10, abs=0.5)  # 2,000 columns over 20 s (the minimum count)
    wf.set_view(11000, 2000)  # 2 s across 900 px: ~2.2 ms per pixel
    qtbot.waitUntil(lambda: wf.detail() is not None, timeout=3000)
    d = wf.detail()
    assert d.ms_per_column() < 3 and d.start_ms <= 11000 and d.end_ms >= 13000
    # the agent's lane (ch 0) is silent before 12 s and speaks after; the detail sees the edge
    col = lambda ms: int((ms - d.start_ms) / d.ms_per_column())  # noqa: E731
    assert d.maxs[0, col(11500) : col(11900)].max() < 0.01
    assert d.maxs[0, col(12100) : col(12500)].max() > 0.2
    assert wf._source_for_view() is d
    wf.set_view(0, 0)  # whole call again: back to the overview
    assert wf._source_for_view() is wf.overview()
