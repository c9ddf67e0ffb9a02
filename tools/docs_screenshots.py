"""Refresh the screenshots in ``docs/`` (zh_CN, en, es) from the demo data.

    QT_QPA_PLATFORM=offscreen python tools/docs_screenshots.py [--out docs]

Works in a throw-away ``QACLIENT_HOME``: loads the demo data, lets a second inspector
(``qa.li``) submit evaluations of the demo calls that are not in my queue (so the
reports of November 2026 have figures), then renders the workspace (a call half scored),
the deduction checklist with its problem list, the trainer's view and the reports.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _spin(app, seconds: float, until=None) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        if until is not None and until():
            return
        time.sleep(0.01)


def _other_inspector_scores(col) -> None:
    """Submitted evaluations by qa.li of the calls not assigned to me (varied answers)."""
    from qaclient.collection import Collection
    from qaclient.rubrics.model import ItemKind
    from ui.main_window import rubric_candidates

    mine = {a.call_id for a in col.library.assignments()}
    other = Collection(col.engine, actor="qa.li")
    for n, call in enumerate(col.library.search(None, 0, 50).rows):
        if call.call_id in mine:
            continue
        name = rubric_candidates(call)[0]
        rubric = other.rubrics.resolve(name)[1]
        answers = {}
        for i, item in enumerate(rubric.items):
            if item.kind is ItemKind.LEVELS:
                answers[item.id] = {"level": item.levels[(i + n) % 3 % len(item.levels)].name}
            elif item.kind is ItemKind.YESNO:
                answers[item.id] = {"yes": (i + n) % 4 != 0}
            elif item.kind is ItemKind.DEDUCTION and (i + n) % 5 == 0:
                answers[item.id] = {"count": 1, "comment": "demo"}
        view = other.evaluations.create(
            call_id=call.call_id, rubric=name, answers=answers, check_sections=True
        )
        try:
            other.evaluations.submit(view.id)
        except Exception as exc:  # a required reason the pattern missed: keep it a draft
            print(f"{call.call_id}: left as a draft ({exc})", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--out", default=str(ROOT / "docs"))
    args = p.parse_args(argv)
    out = Path(args.out)
    home = tempfile.mkdtemp(prefix="qaclient-docs-")
    os.environ["QACLIENT_HOME"] = home

    from PySide6.QtWidgets import QApplication

    from qaclient import settings as settings_mod
    from qaclient.collection import Collection
    from qaclient.demo import install
    from ui import i18n
    from ui.app import take_screenshot
    from ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(["docs"])
    col = Collection.open()
    install(col)
    _other_inspector_scores(col)
    settings = settings_mod.Settings()

    def workspace(lang: str, size: tuple[int, int], name: str) -> None:
        i18n.install(app, lang)
        win = MainWindow(col, settings, lang)
        win.library.refresh()
        take_screenshot(app, win, str(out / name), size)
        win.close_call()
        win.close()

    # Chinese first: the half-scored call's comment is written in the language of the
    # first picture (it is data, and stays as written in the others)
    workspace("zh_CN", (1600, 1000), "screenshot-zh_CN.png")
    workspace("en", (1600, 1000), "screenshot-en.png")
    workspace("zh_CN", (1280, 800), "screenshot-zh_CN-1280x800.png")
    workspace("zh_CN", (1366, 768), "screenshot-zh_CN-1366x768.png")
    workspace("es", (1366, 768), "screenshot-es-1366x768.png")

    # the deduction checklist: one section checked, Ctrl+S lists what is left
    for lang in ("zh_CN", "en"):
        i18n.install(app, lang)
        win = MainWindow(col, settings, lang)
        win.resize(1366, 768)
        win.show()
        win.library.refresh()
        win.apply_proportions()
        win.library.setCurrentIndex(1)
        win.open_call("DEMO-ZH-09")
        _spin(app, 6.0, lambda win=win: getattr(win, "waveform_done", False))
        panel = win.scoring
        first = panel.form.sections[0]
        card = first.cards[1]
        panel.form.focus_item(card.item.id)
        card.step(1)
        panel._confirm_section_of(card.item.id)
        win.submit(unheard_ok=True)
        panel.go_to(panel.problems.ids()[0])
        _spin(app, 0.5)
        win.grab().save(str(out / f"screenshot-checklist-{lang}.png"))
        print(out / f"screenshot-checklist-{lang}.png")
        win.close_call()
        win.close()

    from qaclient.reports.period import Month
    from ui.coaching.view import CoachingView
    from ui.reports.view import ReportsView

    for lang, suffix in (("en", ""), ("zh_CN", "-zh_CN")):
        i18n.install(app, lang)
        rv = ReportsView(col, lang=lang, month=Month.parse("2026-11"))
        rv.resize(1366, 768)
        rv.show()
        _spin(app, 20.0, lambda rv=rv: rv.report is not None)
        rv.tabs.setCurrentIndex(1)
        _spin(app, 0.5)
        rv.grab().save(str(out / f"reports-view-charts{suffix}.png"))
        print(out / f"reports-view-charts{suffix}.png")
        rv.close()
        cv = CoachingView(col, lang=lang, until=Month.parse("2026-11"))
        index = cv.agent.findData("2002")
        if index >= 0:
            cv.agent.setCurrentIndex(index)
        cv.resize(1366, 768)
        cv.show()
        _spin(app, 0.8)
        cv.grab().save(str(out / f"coaching-view{suffix}.png"))
        print(out / f"coaching-view{suffix}.png")
        cv.close()
    col.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
