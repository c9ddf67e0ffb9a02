"""Choosing a level updates the total: key press on an item card to the summary repainted.

    python bench/ui_scoring.py [--presses 300]

Offscreen, the shipped inbound rubric (19 items) in the real ``ScoringPanel``: each
press is a key event (1–5) sent to an item card, then the event loop runs once so Qt
paints every region that changed (the card, the summary, the descriptor pane, the
scroll to the next item) — what the user sees.  The answer's save is not in the
figure (it runs on the autosave thread).  Baseline in the same run: a click on a bare
checkable ``QPushButton`` whose handler sets a ``QLabel`` and repaints the same area.
Target: under 16 ms (one frame).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--presses", type=int, default=300)
    args = parser.parse_args()

    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget

    from qaclient.paths import rubrics_dir
    from qaclient.rubrics.loader import load_file
    from ui.scoring.form import ScoringPanel

    app = QApplication.instance() or QApplication([])
    rubric = load_file(rubrics_dir() / "inbound-call.yaml")
    panel = ScoringPanel()
    panel.resize(520, 1000)
    panel.load(rubric, {}, "en", "bench")
    panel.show()
    app.processEvents()
    ids = [i.id for i in rubric.items]
    keys = [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5]

    def press(card, n: int) -> float:
        key = keys[n % max(1, len(card.item.levels))]
        text = str(keys.index(key) + 1)
        t0 = time.perf_counter()
        app.sendEvent(
            card, QKeyEvent(QKeyEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, text)
        )
        app.processEvents()  # deliver the update requests: Qt paints what changed
        return time.perf_counter() - t0

    # 1. the level is chosen and the total repainted; the focus stays (as with a click)
    panel.form.move_focus = lambda item_id, delta: None  # type: ignore[method-assign]
    first = panel.form.cards[ids[0]]
    panel.form.focus_item(ids[0])
    app.processEvents()
    times = [press(first, n) for n in range(args.presses)]
    assert panel.result is not None and panel.summary.total.text()
    # 2. the keyboard flow: choose, then move on (and scroll) to the next item
    del panel.form.move_focus
    walk = [press(panel.form.cards[ids[n % len(ids)]], n) for n in range(args.presses)]

    host = QWidget()
    lay = QVBoxLayout(host)
    button, label = QPushButton("1 · Excellent\n3 pts"), QLabel("0 / 100")
    button.setCheckable(True)
    lay.addWidget(label)
    lay.addWidget(button)
    button.clicked.connect(lambda: label.setText(f"{time.perf_counter():.3f} / 100"))
    host.resize(520, 1000)
    host.show()
    app.processEvents()
    base = []
    for _ in range(args.presses):
        t0 = time.perf_counter()
        button.click()
        app.processEvents()
        base.append(time.perf_counter() - t0)
    med, p95 = statistics.median(times), sorted(times)[int(0.95 * len(times))]
    wmed, wp95 = statistics.median(walk), sorted(walk)[int(0.95 * len(walk))]
    bmed = statistics.median(base)
    print(
        f"level chosen -> total repainted: median {med * 1000:.2f} ms, p95 {p95 * 1000:.2f} ms (target < 16 ms)"
    )
    print(
        f"key 1-5 incl. moving on to the next item (scrolling): median {wmed * 1000:.2f} ms, p95 {wp95 * 1000:.2f} ms"
    )
    print(
        f"baseline button click -> label repainted: median {bmed * 1000:.2f} ms; ratio {med / bmed:.1f}x"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
