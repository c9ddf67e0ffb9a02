#!/usr/bin/env python3
"""Render the lifecycle views (agent's view, disputes queue, calibration) with demo data.

    python tools/lifecycle_screenshots.py OUT_DIR [--lang zh_CN] [--size 1366x768]

Writes ``agent-view-<lang>.png``, ``disputes-<lang>.png`` and ``calibration-<lang>.png``
into OUT_DIR, rendered offscreen from a throwaway store with the demo data, a few
evaluations, a dispute and a revealed calibration session (for docs/ and for checking
the layouts by eye).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--lang", default="zh_CN", choices=["zh_CN", "en", "es"])
    ap.add_argument("--size", default="1366x768")
    args = ap.parse_args()
    os.environ["QACLIENT_HOME"] = tempfile.mkdtemp(prefix="qaclient-shots-")
    w, h = (int(x) for x in args.size.split("x"))

    from PySide6.QtWidgets import QApplication

    from qaclient import demo
    from qaclient.collection import Collection
    from ui import i18n

    app = QApplication.instance() or QApplication([])
    i18n.install(app, args.lang)
    col = Collection.open(actor="qa.li")
    demo.install(col)
    rubric = "inbound-call"
    items = [i.id for i in col.rubrics.get(rubric).items]

    def answers(**levels):
        out = {i: {"level": "excellent"} for i in items}
        out.update({k: {"level": v} for k, v in levels.items()})
        return out

    calls = ["DEMO-ZH-01", "DEMO-ZH-02", "DEMO-EN-10"]
    evs = []
    for call, lv in zip(calls, ("poor", "good", "excellent"), strict=True):
        view = col.evaluations.create(
            call_id=call,
            rubric=rubric,
            answers=answers(greeting=lv, warmth="pass"),
            comments=[(3200, "开场白没有报工号", "greeting"), (21000, "等待前说明了原因", None)],
        )
        evs.append(col.evaluations.submit(view.id))
    agent = evs[0].agent
    col.actor = agent
    col.disputes.open(evs[0].id, [("greeting", "00:02 我说了“您好，工号 1001”")])

    col.actor = "lead.sun"
    cal = col.calibrations.create(
        rubric=rubric,
        calls=calls[:2],
        inspectors=["qa.li", "qa.garcia"],
        benchmark="lead.sun",
        title="十一月校准 / November",
    )
    for login, lv in (("qa.li", "poor"), ("qa.garcia", "pass"), ("lead.sun", "weak")):
        for call in calls[:2]:
            col.calibrations.evaluate(
                cal.id,
                call,
                evaluator=login,
                answers=answers(greeting=lv),
                comments=[(2500, f"{login}: 开场白", "greeting")],
            )
    col.calibrations.reveal(cal.id)

    from ui.agent.view import AgentView
    from ui.calibration.view import CalibrationWindow
    from ui.disputes.queue import DisputesView

    args.out.mkdir(parents=True, exist_ok=True)
    col.actor = agent
    views = [
        ("agent-view", AgentView(col, lang=args.lang)),
    ]
    col.actor = "lead.sun"
    views.append(("disputes", DisputesView(col, lang=args.lang)))
    views.append(("calibration", CalibrationWindow(col, lang=args.lang)))
    for name, widget in views:
        widget.resize(w, h)
        widget.show()
        for _ in range(20):
            app.processEvents()
        path = args.out / f"{name}-{args.lang}.png"
        widget.grab().save(str(path))
        print(path)
        widget.close()
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(10000)  # waveform jobs end before Python does
    for _name, widget in views:
        widget.deleteLater()
    app.processEvents()
    col.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
