"""Cold start of the desktop app to an interactive main window, offscreen.

    python bench/ui_startup.py [--runs 7]

Both started as fresh subprocesses in the same run (interleaved), median of --runs; the
time is from spawning the process until it reports that its window is shown and the
event loop runs (process exit is not counted):
- baseline: a bare PySide6 ``QApplication`` + ``QMainWindow`` shown, event loop entered;
- qaclient: ``python -m qaclient`` on an existing store (the library holding the ten demo
  calls when the demo data is installed), window shown and the event loop entered
  (``QACLIENT_STARTUP_PROBE`` makes the app quit from its first event-loop turn).
Prints both and the difference (target: at most 0.5 s above the baseline).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1600, 1000); w.show()
def ready():
    print("ready", flush=True)
    app.quit()
QTimer.singleShot(0, ready)
app.exec()
"""


def run(cmd: list[str], env: dict[str, str]) -> float:
    """Seconds from spawning *cmd* until it prints its ready line (first event-loop turn
    with the window shown); the process is then left to exit on its own (not timed)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        cmd, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - t0
    _out, err = proc.communicate()
    if proc.returncode != 0 or not (line.startswith("ready") or line.startswith("startup")):
        raise SystemExit(f"{cmd}: exit {proc.returncode}, first line {line!r}\n{err[-2000:]}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="qaclient-bench-"))
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "QACLIENT_HOME": str(home),
        "QT_LOGGING_RULES": "qt.multimedia.*=false",
        "QACLIENT_STARTUP_PROBE": "1",
    }
    # prepare the store once (migrations, demo data when available): not part of a start
    prep = (
        "from qaclient.collection import Collection\n"
        "col = Collection.open()\n"
        "try:\n    import qaclient.demo as d; d.install(col)\nexcept ImportError:\n    pass\n"
    )
    subprocess.run([sys.executable, "-c", prep], env=env, cwd=ROOT, check=True, capture_output=True)
    bare, app = [], []
    for _ in range(args.runs):  # interleaved, so load from other jobs hits both alike
        bare.append(run([sys.executable, "-c", BARE], env))
        app.append(run([sys.executable, "-m", "qaclient"], env))
    b, a = statistics.median(bare), statistics.median(app)
    print(f"bare QApplication + QMainWindow: {b:.3f} s (median of {args.runs})")
    print(f"qaclient main window:           {a:.3f} s")
    print(f"difference: {a - b:+.3f} s (target <= +0.500 s); ratio {a / b:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
