#!/usr/bin/env python3
"""Opening a 60-minute call in the player panel (offscreen).

    python bench/ui_open_call.py [--minutes 60] [--format wav|flac] [--runs 3]

Figures (issue "listening and scoring workspace"):

- *playable*: from ``PlayerPanel.load_call()`` to the QMediaPlayer reporting the media
  loaded (target < 100 ms).  Baseline in the same run: a bare ``QMediaPlayer.setSource``
  of the same file to ``LoadedMedia``.
- *load_call returns*: time spent on the GUI thread inside ``load_call`` itself.
- *GUI stall*: the longest gap between 5 ms timer ticks while the call opens and the
  waveform streams in (no operation over 100 ms may run on the GUI thread).
- *waveform first columns / complete*: progressive overview in the widget.  Baseline in
  the same run: the core's ``qaclient.audio.waveform.overview()`` of the same file
  without Qt and without the cache.
- *cached re-open*: ``load_call`` of the same call again, with the library's content
  hash, until the complete overview is in the widget and painted (target < 20 ms).

The test recording (8 kHz stereo, speech-like bursts on alternating channels) is written
once to a temporary folder and reused by later runs.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np  # noqa: E402
import soundfile as sf  # noqa: E402

RATE = 8000


def make_call(minutes: int, fmt: str) -> Path:
    path = Path(tempfile.gettempdir()) / f"qaclient-bench-call-{minutes}min.{fmt}"
    if path.exists():
        return path
    rng = np.random.default_rng(7)
    tmp = path.with_suffix(".part")
    with sf.SoundFile(tmp, "w", RATE, 2, format=fmt.upper(), subtype="PCM_16") as f:
        for m in range(minutes):
            block = np.zeros((60 * RATE, 2), dtype=np.float32)
            t = np.arange(60 * RATE) / RATE
            syll = (np.sin(2 * np.pi * 3 * t) > -0.3) * (0.6 + 0.4 * np.sin(2 * np.pi * 7 * t))
            for s in range(0, 60, 10):
                ch = (s // 10 + m) % 2
                seg = slice(s * RATE, (s + 8) * RATE)
                block[seg, ch] = (0.3 * syll[seg] * rng.standard_normal(8 * RATE)).astype(
                    np.float32
                )
            f.write(block)
    tmp.rename(path)
    return path


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--minutes", type=int, default=60)
    ap.add_argument("--format", choices=["wav", "flac"], default="wav")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()

    home = tempfile.mkdtemp(prefix="qaclient-bench-home-")
    os.environ["QACLIENT_HOME"] = home
    call = make_call(args.minutes, args.format)
    duration_ms = args.minutes * 60_000

    from PySide6.QtCore import QElapsedTimer, QTimer, QUrl
    from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    import ui  # noqa: F401 - the PySide6 work-arounds
    from qaclient.audio.waveform import overview
    from qaclient.recordings.hashing import hash_file
    from ui.player import PlayerPanel

    def spin_until(cond, timeout_s: float = 60.0) -> None:
        end = time.perf_counter() + timeout_s
        while not cond():
            app.processEvents()
            if time.perf_counter() > end:
                raise TimeoutError("benchmark step timed out")
            time.sleep(0.0005)

    # baseline 1: bare QMediaPlayer to LoadedMedia
    bare = []
    for _ in range(args.runs):
        p = QMediaPlayer()
        out = QAudioOutput()
        p.setAudioOutput(out)
        t0 = time.perf_counter()
        p.setSource(QUrl.fromLocalFile(str(call)))
        spin_until(lambda p=p: p.mediaStatus() == QMediaPlayer.MediaStatus.LoadedMedia)
        bare.append((time.perf_counter() - t0) * 1000)
        p.setSource(QUrl())
        p.deleteLater()
    # baseline 2: the core's overview, no Qt, no cache (best of runs, file in the page cache)
    core = []
    for _ in range(args.runs):
        t0 = time.perf_counter()
        overview(call, 32768, use_cache=False)
        core.append((time.perf_counter() - t0) * 1000)
    core_ms = min(core)

    content_hash = hash_file(call)
    panel = PlayerPanel()
    panel.resize(1000, 300)
    panel.show()
    app.processEvents()

    ticks: list[float] = []
    clock = QElapsedTimer()
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(clock.elapsed()))

    playable, returns, first_cols, complete, stalls = [], [], [], [], []
    progress: list[tuple[float, float]] = []
    panel.waveformProgress.connect(lambda frac: progress.append((time.perf_counter(), frac)))
    for run in range(args.runs):
        # a fresh waveform cache each run, so the overview is computed
        for f in Path(home, "cache", "waveforms").glob("*"):
            f.unlink()
        progress.clear()
        panel.unload()  # the same source again would be a no-op in QMediaPlayer
        app.processEvents()
        ticks.clear()
        clock.start()
        timer.start()
        t0 = time.perf_counter()
        panel.load_call(
            str(call), duration_ms=duration_ms, content_hash=f"{content_hash}-{run}", segments=[]
        )
        returns.append((time.perf_counter() - t0) * 1000)
        spin_until(panel.player.is_loaded)
        playable.append((time.perf_counter() - t0) * 1000)
        spin_until(lambda: bool(progress) and progress[-1][1] == 1.0)
        app.processEvents()
        timer.stop()
        first_cols.append((progress[0][0] - t0) * 1000)
        complete.append((progress[-1][0] - t0) * 1000)
        gaps = np.diff([0.0, *ticks]) if ticks else np.array([0.0])
        stalls.append(float(gaps.max()))

    # cached re-open: overview from the cache, drawn
    cached = []
    last = f"{content_hash}-{args.runs - 1}"  # the cache the last run left
    for _ in range(args.runs):
        panel.unload()
        app.processEvents()
        t0 = time.perf_counter()
        panel.load_call(str(call), duration_ms=duration_ms, content_hash=last, segments=[])
        assert panel.waveform.overview() is not None and panel.waveform.overview().complete
        panel.waveform.repaint()
        cached.append((time.perf_counter() - t0) * 1000)
    panel.unload()

    med = statistics.median
    print(
        f"call: {args.minutes} min, 8 kHz stereo {args.format.upper()}, {call.stat().st_size / 1e6:.0f} MB; "
        f"median of {args.runs} runs"
    )
    print(
        f"playable after load_call        {med(playable):8.1f} ms   bare QMediaPlayer {med(bare):6.1f} ms   "
        f"ratio {med(playable) / med(bare):.2f}   (target < 100 ms)"
    )
    print(f"load_call returns after         {med(returns):8.1f} ms")
    print(f"longest GUI-thread stall        {max(stalls):8.1f} ms   (5 ms timer; target < 100 ms)")
    print(f"waveform first columns drawn    {med(first_cols):8.1f} ms")
    print(
        f"waveform complete in widget     {med(complete):8.1f} ms   core overview alone {core_ms:6.1f} ms   "
        f"ratio {med(complete) / core_ms:.2f}"
    )
    print(f"cached re-open, drawn           {med(cached):8.1f} ms   (target < 20 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
