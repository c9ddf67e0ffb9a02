"""The app entry point end to end: --demo --screenshot renders a scored demo call and exits 0."""

from __future__ import annotations

from argparse import Namespace

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication


def test_demo_screenshot_end_to_end(qtbot, tmp_path, qaclient_home):
    from qaclient.collection import Collection
    from ui import app, i18n

    target = tmp_path / "shot.png"
    try:
        code = app.main(Namespace(demo=True, screenshot=str(target), lang="zh_CN", size="1280x800"))
    finally:
        i18n.install(QApplication.instance(), "en")
    assert code == 0
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1280, 800)
    # the demo call is open with about half of its form answered, and that is stored
    with Collection.open() as col:
        evals = col.evaluations.list(call_id="DEMO-ZH-01")
        assert len(evals) == 1
        view = col.evaluations.get(evals[0].id)
        answered = len(view.answers)
        assert 0 < answered < len(view.rubric.items)
        assert view.comments and view.comments[0].position_ms == 12_000
