"""Every text a person can read in a window: labels, buttons, tabs, headers, combo items,
table cells, group boxes, window titles, menus, the message bar, chart titles and axes.

Used by the language tests: ``latin_words(texts, allowed)`` lists the Latin-script words
that are not ids, units or proper nouns on the allow-list.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QTabBar,
    QTextEdit,
    QTreeView,
    QWidget,
)

WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏ][A-Za-zÀ-ÖØ-öø-ɏ'’]*")

#: Words that stay Latin in a Chinese UI: product and technology names, units, key names,
#: grade letters and the like.
ALLOWED = {
    "qaclient",
    "QA",
    "KPI",
    "PDF",
    "CSV",
    "XLSX",
    "JSON",
    "URL",
    "PostgreSQL",
    "SQLite",
    "ID",
    "N",  # N/A
    "A",
    "B",
    "C",
    "D",
    "E",
    "v",  # rubric version "v1"
    "n",  # a count column
    "ms",
    "s",
    "min",
    "h",
    "kHz",
    "KB",
    "MB",
    "GB",
    "postgresql",  # the example server URL of the sync settings
    "dbhost",
    "records",  # … and the example host name of the recordings server
    "example",
    "com",
    "CA",  # certificate authority
    "TLS",
    "SSL",
    "Hz",
    "dB",
    "Ctrl",
    "Shift",
    "Alt",
    "Esc",
    "Delete",
    "Del",
    "Backspace",
    "Enter",
    "Tab",
    "Home",
    "End",
    "PgUp",
    "PgDown",
    "F",
    "M",
    "L",
    "R",
    "U",
    "T",
    "Y",
    "Q",
    "S",
    "K",
    "J",
    "P",
    "O",
    "I",
    "G",
    "H",
    "W",
    "X",
    "Z",
    "WAV",
    "FLAC",
    "MP",
    "OGG",
    "Opus",
    "CTR",
    "CDR",
    "Asterisk",
    "FreeSWITCH",
    "Genesys",
    "AWS",
    "Connect",
    "English",
    "Español",
    "x",
}


def _plain(text: str) -> str:
    if "<" in text and ">" in text:
        doc = QTextDocument()
        doc.setHtml(text)
        return doc.toPlainText()
    return text


def _model_texts(view: QAbstractItemView, max_rows: int = 300) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    header = getattr(view, "horizontalHeader", None)
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list model
        columns = 1
    hidden = set()
    if callable(getattr(view, "isColumnHidden", None)):
        hidden = {c for c in range(columns) if view.isColumnHidden(c)}
    if header is not None and header() is not None and header().isVisible():
        for c in range(columns):
            if c not in hidden:
                yield str(model.headerData(c, Qt.Orientation.Horizontal) or "")
    header_fn = getattr(view, "header", None)  # tree views
    if header_fn is not None and header_fn() is not None and header_fn().isVisible():
        for c in range(columns):
            if c not in hidden:
                yield str(model.headerData(c, Qt.Orientation.Horizontal) or "")

    tree = isinstance(view, QTreeView)

    def walk(parent: QModelIndex, depth: int) -> Iterator[str]:
        rows = min(model.rowCount(parent), max_rows)
        if not tree and depth:
            return
        for r in range(rows):
            if callable(getattr(view, "isRowHidden", None)):
                try:
                    if view.isRowHidden(r, parent) if depth else view.isRowHidden(r):
                        continue
                except TypeError:
                    pass
            for c in range(columns):
                if c in hidden:
                    continue
                idx = model.index(r, c, parent)
                value = idx.data(Qt.ItemDataRole.DisplayRole)
                if value is not None:
                    yield str(value)
                if c == 0 and tree and depth < 3 and model.rowCount(idx) > 0:
                    yield from walk(idx, depth + 1)

    yield from walk(QModelIndex(), 0)


def _menu_texts(menu: QMenu) -> Iterator[str]:
    for act in menu.actions():
        if act.isVisible() and act.text():
            yield act.text()
        if act.menu() is not None:
            yield from _menu_texts(act.menu())


def _chart_texts(widget: QWidget) -> Iterator[str]:
    chart = widget.chart() if callable(getattr(widget, "chart", None)) else None
    if chart is None:
        return
    yield chart.title()
    for axis in chart.axes():
        yield axis.titleText()
        cats = getattr(axis, "categories", None)
        if callable(cats):
            yield from cats()
    for series in chart.series():
        yield series.name()


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """``(widget class, text)`` of everything readable in *root* and its visible children."""
    out: list[tuple[str, str]] = []

    def add(w: QWidget, texts: Iterable[str]) -> None:
        for t in texts:
            if t:
                out.append(
                    (type(w).__name__ + (f"#{w.objectName()}" if w.objectName() else ""), _plain(t))
                )

    add(root, [root.windowTitle()])
    for w in [root, *root.findChildren(QWidget)]:
        if w is not root and not w.isVisibleTo(root):
            continue
        if isinstance(w, QLabel):
            add(w, [w.text()])
        elif isinstance(w, QAbstractButton):
            add(w, [w.text()])
        elif isinstance(w, QGroupBox):
            add(w, [w.title()])
        elif isinstance(w, QTabBar):
            add(w, [w.tabText(i) for i in range(w.count()) if w.isTabVisible(i)])
        elif isinstance(w, QComboBox):
            add(w, [w.itemText(i) for i in range(w.count())])
        elif isinstance(w, QLineEdit):
            add(w, [w.text() or w.placeholderText()])
        elif isinstance(w, QAbstractSpinBox):
            add(w, [w.text(), getattr(w, "specialValueText", lambda: "")()])
        elif isinstance(w, QTextEdit | QPlainTextEdit):
            add(w, [w.toPlainText() or w.placeholderText()])
        elif isinstance(w, QProgressBar):
            if w.isTextVisible():
                add(w, [w.text()])
        elif isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView):
            add(w, list(_model_texts(w)))
        add(w, list(_chart_texts(w)))
    if isinstance(root, QMainWindow):
        for act in root.menuBar().actions():
            add(root.menuBar(), [act.text()])
            if act.menu() is not None:
                add(root.menuBar(), list(_menu_texts(act.menu())))
    return out


def latin_words(
    texts: Iterable[tuple[str, str]], allowed: Iterable[str] = ()
) -> list[tuple[str, str, str]]:
    """``(where, word, text)`` for every Latin-script word not on the allow-list."""
    ok = {w.lower() for w in ALLOWED} | {w.lower() for w in allowed}
    bad = []
    for where, text in texts:
        for word in WORD.findall(text):
            if word.lower().strip("'’") not in ok:
                bad.append((where, word, text))
    return bad


def data_words(col) -> set[str]:
    """Latin words that come from the user's data (ids, names, queues, comments, file paths):
    they stay as they were entered."""
    from sqlalchemy import text

    words: set[str] = set()
    queries = [
        "SELECT call_id, agent, team, queue, file_uri, notes FROM calls",
        "SELECT login, display_name, team FROM users",
        "SELECT text FROM evaluation_comments",
        "SELECT note FROM evaluations",
        "SELECT name FROM sample_batches",
        "SELECT title, observed_behaviour, effect_on_customer, agreed_target, outcome_notes,"
        " follow_up_notes FROM coaching_sessions",
        "SELECT reason FROM scorecard_events",
    ]
    with col.engine.connect() as conn:
        for q in queries:
            try:
                for row in conn.execute(text(q)):
                    for v in row:
                        if v:
                            words |= set(WORD.findall(str(v)))
            except Exception:
                conn.rollback()
    words |= set(WORD.findall(str(col.engine.url)))
    return words
