"""Choosing a level updates the total: key press on an item card to the summary repainted.

    python bench/ui_scoring.py [--presses 300]

Offscreen, the shipped inbound rubric (19 items) in the real ``ScoringPanel``: each
press is a key event (1–5) sent to an item card, then the event loop runs once so Qt
paints every region that changed (the card, the summary, the descriptor pane, the
scroll to the next item) — what the user sees.  The answer's save is not in the
figure (it runs on the autosave thread).  Baseline in the same run: a click on a bare
checkable ``QPushButton`` whose handler sets a ``QLabel`` and repaints the same area.
Target: under 16 ms (one frame).  Each figure is given as wall time and as the GUI
thread's CPU time (``time.thread_time``): on a machine shared with other work the wall
time includes waiting for a core, the CPU time is what the press costs.  A third figure:
the deduction checklist (its sections confirmed), ``+`` / ``-`` on a deduction item.
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

    cpu: dict[str, list[float]] = {"level": [], "walk": [], "count": []}

    def press(card, n: int, kind: str = "level", key=None, text: str = "") -> float:
        if key is None:
            key = keys[n % max(1, len(card.item.levels))]
            text = str(keys.index(key) + 1)
        c0 = time.thread_time()
        t0 = time.perf_counter()
        app.sendEvent(
            card, QKeyEvent(QKeyEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, text)
        )
        app.processEvents()  # deliver the update requests: Qt paints what changed
        wall = time.perf_counter() - t0
        cpu[kind].append(time.thread_time() - c0)
        return wall

    # 1. the level is chosen and the total repainted; the focus stays (as with a click)
    panel.form.move_focus = lambda item_id, delta: None  # type: ignore[method-assign]
    first = panel.form.cards[ids[0]]
    panel.form.focus_item(ids[0])
    app.processEvents()
    times = [press(first, n) for n in range(args.presses)]
    assert panel.result is not None and panel.summary.total.text()
    # 2. the keyboard flow: choose, then move on (and scroll) to the next item
    del panel.form.move_focus
    walk = [press(panel.form.cards[ids[n % len(ids)]], n, "walk") for n in range(args.presses)]

    # 3. the deduction checklist, every section confirmed: + / - on one deduction item
    checklist = load_file(rubrics_dir() / "insurance-hotline-deductions.yaml")
    panel.load(checklist, {}, "en", "bench")
    app.processEvents()
    for box in panel.form.sections:
        if hasattr(panel, "set_section_checked"):  # (an older tree, for a comparison)
            panel.set_section_checked(box.section.id, True)
    card = panel.form.cards[checklist.items[0].id]
    panel.form.focus_item(card.item.id)
    app.processEvents()
    plus_minus = [(Qt.Key.Key_Plus, "+"), (Qt.Key.Key_Minus, "-")]
    counts = [press(card, n, "count", *plus_minus[n % 2]) for n in range(args.presses)]
    assert panel.summary.total.text().endswith("/ 100")

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

    def cpu_text(kind: str) -> str:
        v = sorted(cpu[kind])
        return f"CPU median {statistics.median(v) * 1000:.2f} ms, p95 {v[int(0.95 * len(v))] * 1000:.2f} ms"

    cmed, cp95 = statistics.median(counts), sorted(counts)[int(0.95 * len(counts))]
    print(
        f"level chosen -> total repainted: median {med * 1000:.2f} ms, p95 {p95 * 1000:.2f} ms (target < 16 ms); {cpu_text('level')}"
    )
    print(
        f"key 1-5 incl. moving on to the next item (scrolling): median {wmed * 1000:.2f} ms, p95 {wp95 * 1000:.2f} ms; {cpu_text('walk')}"
    )
    print(
        f"deduction + / - -> total repainted: median {cmed * 1000:.2f} ms, p95 {cp95 * 1000:.2f} ms; {cpu_text('count')}"
    )
    print(
        f"baseline button click -> label repainted: median {bmed * 1000:.2f} ms; ratio {med / bmed:.1f}x"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
