"""Find text a user cannot read whole: labels, buttons, check boxes, combo boxes, table
headers and tab titles whose words are wider than the room they were given.

Compares ``fontMetrics().horizontalAdvance(text)`` with the width the widget has for its
text (word-wrapped labels: the height they need for their width).  Only what is on
screen counts: hidden widgets, widgets scrolled out of view and zero-width (folded)
panes are skipped.  Used by ``tests/ui/test_clipping.py`` and ``tools/render_views.py``.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTabBar,
    QToolButton,
    QWidget,
)

#: Slack for anti-aliasing and style rounding, in pixels.
SLACK = 2


def _on_screen(w: QWidget, top: QWidget) -> bool:
    if not w.isVisibleTo(top) or w.width() <= 4 or w.height() <= 4:
        return False
    # inside every scroll area's viewport it lives in (a row scrolled away is not clipped)
    r = QRect(w.mapTo(top, QPoint(0, 0)), w.size())
    p = w.parentWidget()
    while p is not None and p is not top:
        if isinstance(p, QAbstractScrollArea) and p.viewport().isAncestorOf(w):
            vp = p.viewport()
            vr = QRect(vp.mapTo(top, QPoint(0, 0)), vp.size())
            if not vr.intersects(r):
                return False
        p = p.parentWidget()
    return True


def _rich(text: str) -> bool:
    from PySide6.QtGui import Qt as GuiQt

    might = getattr(GuiQt, "mightBeRichText", None)
    if might is not None:
        return bool(might(text))
    return "<" in text and ">" in text


def _name(w: QWidget) -> str:
    return w.objectName() or type(w).__name__


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _label(w: QLabel) -> str | None:
    text = w.text()
    if (
        not text
        or w.textFormat() == Qt.TextFormat.RichText
        or (w.textFormat() == Qt.TextFormat.AutoText and _rich(text))
    ):
        return None
    if w.pixmap() is not None and not w.pixmap().isNull():
        return None
    room = w.contentsRect().adjusted(w.margin(), w.margin(), -w.margin(), -w.margin())
    fm = w.fontMetrics()
    if w.wordWrap():
        need = w.heightForWidth(w.width())
        if need > w.height() + SLACK and need > 0:
            return f"label {_name(w)} {text!r}: needs {need} px of height, has {w.height()}"
        return None
    widest = max(fm.horizontalAdvance(line) for line in text.split("\n"))
    if widest > room.width() + SLACK:
        return f"label {_name(w)} {text!r}: {widest} px of text in {room.width()} px"
    return None


def _button(w: QAbstractButton) -> str | None:
    text = _plain(w.text())
    if not text:
        return None
    if isinstance(w, QToolButton) and w.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
        return None
    fm = w.fontMetrics()
    widest = max(fm.horizontalAdvance(line) for line in text.split("\n"))
    extra = 0
    if not w.icon().isNull() and not (
        isinstance(w, QToolButton) and w.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextOnly
    ):
        extra += w.iconSize().width() + 4
    if isinstance(w, QCheckBox | QRadioButton):
        extra += 20  # the indicator
    elif isinstance(w, QPushButton):
        extra += 6  # the frame
    if isinstance(w, QToolButton) and w.arrowType() != Qt.ArrowType.NoArrow:
        extra += 14
    if widest + extra > w.width() + SLACK:
        return f"button {_name(w)} {text!r}: {widest + extra} px in {w.width()} px"
    return None


def _combo(w: QComboBox) -> str | None:
    text = w.currentText()
    if not text or w.isEditable():
        return None
    need = w.fontMetrics().horizontalAdvance(text) + 26  # the frame and the arrow
    if not w.itemIcon(w.currentIndex()).isNull():
        need += w.iconSize().width() + 4
    if need > w.width() + SLACK:
        return f"combo {_name(w)} {text!r}: {need} px in {w.width()} px"
    return None


def _header(w: QHeaderView) -> list[str]:
    out = []
    model = w.model()
    if model is None or w.orientation() != Qt.Orientation.Horizontal:
        return out
    fm = w.fontMetrics()
    from PySide6.QtWidgets import QStyle

    margin = 2 * w.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, w)
    view_width = w.viewport().width()
    for i in range(w.count()):
        if w.isSectionHidden(i):
            continue
        x = w.sectionViewportPosition(i)
        if x >= view_width:
            continue  # scrolled out of view
        text = model.headerData(i, Qt.Orientation.Horizontal)
        if not text:
            continue
        need = max(fm.horizontalAdvance(line) for line in str(text).split("\n")) + margin
        if need > w.sectionSize(i) + SLACK:
            out.append(f"header {str(text)!r}: {need} px in a {w.sectionSize(i)} px column")
    return out


def _tabs(w: QTabBar) -> list[str]:
    out = []
    fm = w.fontMetrics()
    for i in range(w.count()):
        if not w.isTabVisible(i):
            continue
        r = w.tabRect(i)
        text = _plain(w.tabText(i))
        if not w.rect().contains(r.adjusted(SLACK, 0, -SLACK, 0)):
            out.append(f"tab {text!r}: outside the tab bar")
            continue
        need = fm.horizontalAdvance(text) + 8
        if not w.tabIcon(i).isNull():
            need += w.iconSize().width()
        if need > r.width() + SLACK:
            out.append(f"tab {text!r}: {need} px in {r.width()} px")
    return out


def clipped_texts(top: QWidget) -> list[str]:
    """What *top* shows cut off (one line each; empty when every text fits)."""
    out: list[str] = []
    for w in [top, *top.findChildren(QWidget)]:
        if not _on_screen(w, top):
            continue
        problem: str | None = None
        if isinstance(w, QLabel):
            problem = _label(w)
        elif isinstance(w, QAbstractButton):
            problem = _button(w)
        elif isinstance(w, QComboBox):
            problem = _combo(w)
        elif isinstance(w, QHeaderView):
            out += _header(w)
        elif isinstance(w, QTabBar):
            out += _tabs(w)
        if isinstance(w, QGroupBox) and w.title():
            need = w.fontMetrics().horizontalAdvance(_plain(w.title())) + 24
            if need > w.width() + SLACK:
                problem = f"group {w.title()!r}: {need} px in {w.width()} px"
        if problem:
            out.append(problem)
    return out


def clipped_in_every_tab(top: QWidget, on_page=None) -> list[str]:
    """:func:`clipped_texts` of *top* with each page of each of its tab widgets shown in
    turn (pages hidden behind another tab are checked too); *on_page(name)* is called
    with each page shown (to save a picture of it)."""
    from PySide6.QtWidgets import QApplication, QTabWidget

    out = [f"{t}" for t in clipped_texts(top)]
    if on_page is not None:
        on_page("")
    for tabs in top.findChildren(QTabWidget):
        if not tabs.isVisibleTo(top):
            continue
        current = tabs.currentIndex()
        for i in range(QTabWidget.count(tabs)):  # (a subclass may hide count())
            if i == current or not tabs.isTabEnabled(i):
                continue
            tabs.setCurrentIndex(i)
            QApplication.processEvents()
            name = _plain(tabs.tabText(i))
            out += [f"[{name}] {t}" for t in clipped_texts(top)]
            if on_page is not None:
                on_page(name)
        tabs.setCurrentIndex(current)
        QApplication.processEvents()
    return sorted(set(out))
