"""Render every view of the app offscreen, in each language and screen size, to PNGs.

    QT_QPA_PLATFORM=offscreen python tools/render_views.py OUT_DIR [--lang zh_CN,en,es]
        [--size 1280x800,1366x768,1920x1080] [--views main,library,coaching,reports,settings]

Runs on the store of ``QACLIENT_HOME`` (load the demo data first: ``qaclient --demo
--screenshot /tmp/x.png``).  How the screenshots in ``docs/`` are made, and how a change
to a view is looked at in every language before it is committed.  Also prints the texts
``tests/ui/clipping.py`` finds clipped, view by view.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

VIEWS = ("main", "library", "coaching", "reports", "settings")


def _spin(app, seconds: float, until=None) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        if until is not None and until():
            return
        time.sleep(0.01)


def build_view(name: str, col, settings, lang: str, size: tuple[int, int], app):
    """The widget of view *name*, shown at *size* with realistic content."""
    from ui.main_window import MainWindow

    if name in ("main", "library"):
        win = MainWindow(col, settings, lang)
        win.resize(*size)
        win.show()
        win.library.refresh()
        _spin(app, 0.2)
        win.apply_proportions()
        calls = col.library.search(None, 0, 50).rows
        pick = next((c for c in calls if c.call_id == "DEMO-ZH-01"), calls[0] if calls else None)
        if pick is not None:
            win.open_call(pick.call_id)
            _spin(app, 6.0, lambda: getattr(win, "waveform_done", False))
        if name == "library":
            win.library.setCurrentIndex(1)
        _spin(app, 0.4)
        return win
    if name == "coaching":
        from ui.coaching.view import CoachingView

        w = CoachingView(col, lang=lang)
    elif name == "reports":
        from ui.reports.view import ReportsView

        w = ReportsView(col, lang=lang)
        w.resize(*size)
        w.show()
        _spin(app, 20.0, lambda: w.report is not None)
    else:
        from ui.settings_dialog import SettingsDialog

        w = SettingsDialog(settings)
        w.show()
        _spin(app, 0.3)
        return w
    w.resize(*size)
    w.show()
    _spin(app, 0.5)
    return w


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser()
    p.add_argument("out")
    p.add_argument("--lang", default="zh_CN,en,es")
    p.add_argument("--size", default="1366x768")
    p.add_argument("--views", default=",".join(VIEWS))
    p.add_argument("--pages", action="store_true", help="also a picture of every tab page")
    args = p.parse_args(argv)
    from PySide6.QtWidgets import QApplication

    from qaclient import settings as settings_mod
    from qaclient.collection import Collection
    from tests.ui.clipping import clipped_in_every_tab
    from ui import i18n

    app = QApplication.instance() or QApplication(["render"])
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    settings, _err = settings_mod.load_or_default()
    col = Collection.open()
    found = 0
    try:
        for lang in args.lang.split(","):
            i18n.install(app, lang)
            for size_text in args.size.split(","):
                size = tuple(int(v) for v in size_text.split("x"))
                for view in args.views.split(","):
                    w = build_view(view, col, settings, lang, size, app)  # type: ignore[arg-type]
                    target = out / f"{view}-{lang}-{size_text}.png"

                    def save(page: str, w=w, view=view, lang=lang, size_text=size_text) -> None:
                        tail = f"-{page}" if page and args.pages else ""
                        if page and not args.pages:
                            return
                        safe = "".join(ch if ch.isalnum() else "_" for ch in tail)
                        w.grab().save(str(out / f"{view}-{lang}-{size_text}{safe}.png"))

                    clipped = clipped_in_every_tab(w, save)
                    found += len(clipped)
                    print(target, f"{len(clipped)} clipped", *clipped, sep="\n  ")
                    if hasattr(w, "close_call"):
                        w.close_call()
                    w.close()
                    w.deleteLater()
                    _spin(app, 0.05)
    finally:
        col.close()
    return 0 if not found else 1


if __name__ == "__main__":
    raise SystemExit(main())
