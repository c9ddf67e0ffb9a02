"""A non-blocking message strip that floats over the top of the workspace.

Errors a user can meet (audio file missing, unreadable audio, rubric version missing, a
save that failed) are shown here instead of modal dialogs or tracebacks, so the inspector
keeps working.  The bar never moves the layout: it is an overlay over an anchor widget
(the player column in the main window) and shows ONE message at a time — the newest —
with "‹ 1/3 ›" to read the others (at most four are kept).  Each can be closed;
information closes itself.  Messages about the open call carry ``scope="call"`` and are
cleared when another call is opened.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

Action = tuple[str, Callable[[], None]]

_STYLES = {
    "info": ("#e8f1fb", "#1f5fa8", "#9cc1ea"),
    "warning": ("#fff6e0", "#8a5a00", "#f0c96a"),
    "error": ("#fdecea", "#a12622", "#f0a19d"),
}


class Message(QFrame):
    closed = Signal()

    def __init__(
        self,
        text: str,
        level: str,
        parent: QWidget | None = None,
        scope: str | None = None,
        action: Action | None = None,
    ):
        super().__init__(parent)
        bg, fg, border = _STYLES.get(level, _STYLES["info"])
        self.level = level
        self.scope = scope
        self._dismissed = False
        self.setObjectName("message")
        self.setStyleSheet(
            f"#message {{ background: {bg}; border: 1px solid {border}; border-radius: 4px; }}"
            f"QLabel, QToolButton {{ color: {fg}; }}"
        )
        lay = QHBoxLayout(self)
        lay.setContentsMargins(10, 4, 4, 4)
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.label, 1)
        self.action_button: QPushButton | None = None
        if action is not None:
            title, callback = action
            self.action_button = QPushButton(title)
            self.action_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.action_button.clicked.connect(self.dismiss)
            self.action_button.clicked.connect(callback)
            lay.addWidget(self.action_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.pager = QLabel()
        lay.addWidget(self.pager, 0, Qt.AlignmentFlag.AlignTop)
        self.prev_button = QToolButton()
        self.prev_button.setText("‹")
        self.prev_button.setAutoRaise(True)
        self.prev_button.setToolTip(self.tr("Previous message"))
        lay.addWidget(self.prev_button, 0, Qt.AlignmentFlag.AlignTop)
        self.next_button = QToolButton()
        self.next_button.setText("›")
        self.next_button.setAutoRaise(True)
        self.next_button.setToolTip(self.tr("Next message"))
        lay.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignTop)
        close = QToolButton()
        close.setText("×")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Close this message"))
        close.clicked.connect(self.dismiss)
        lay.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.set_page(1, 1)

    def text(self) -> str:
        return self.label.text()

    def set_page(self, index: int, count: int) -> None:
        many = count > 1
        self.pager.setText(f"{index}/{count}" if many else "")
        for w in (self.pager, self.prev_button, self.next_button):
            w.setVisible(many)

    def dismiss(self) -> None:
        if self._dismissed:
            return
        self._dismissed = True
        self.hide()
        self.closed.emit()
        self.deleteLater()


class MessageBar(QWidget):
    """The newest of up to four :class:`Message` strips, floating over its anchor."""

    MAX = 4

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._lay = QVBoxLayout(self)
        self._lay.setContentsMargins(6, 4, 6, 0)
        self._lay.setSpacing(3)
        self._messages: list[Message] = []
        self._current: Message | None = None
        self._anchor: QWidget | None = None
        self.hide()

    # ---------------------------------------------------------------- overlay
    def float_over(self, anchor: QWidget) -> None:
        """Float over the top of *anchor* (a descendant of this bar's parent) and follow
        its geometry; the layout under the bar never moves."""
        self._anchor = anchor
        anchor.installEventFilter(self)
        if self.parentWidget() is not None:
            self.parentWidget().installEventFilter(self)
        self._place()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if (
            event.type() in (QEvent.Type.Resize, QEvent.Type.Move, QEvent.Type.Show)
            and self._current is not None
        ):
            QTimer.singleShot(0, self._place)
        return False

    def _place(self) -> None:
        anchor, parent = self._anchor, self.parentWidget()
        if (
            anchor is None
            or parent is None
            or self._current is None
            or not parent.isAncestorOf(anchor)
        ):
            return
        try:
            top_left = anchor.mapTo(parent, anchor.rect().topLeft())
        except RuntimeError:
            return
        width = anchor.width()
        height = self._lay.totalHeightForWidth(width) if self._current else 0
        height = min(max(height, self.sizeHint().height()), max(60, anchor.height() // 2))
        self.setGeometry(top_left.x(), top_left.y(), width, height)
        self.raise_()

    # ---------------------------------------------------------------- messages
    def show_message(
        self,
        text: str,
        level: str = "info",
        timeout_ms: int | None = None,
        *,
        scope: str | None = None,
        action: Action | None = None,
    ) -> Message:
        # the same text twice (e.g. an error repeating on every keystroke) is shown once
        for m in self._messages:
            if m.text() == text:
                self._show(m)
                return m
        msg = Message(text, level, self, scope, action)
        msg.closed.connect(lambda m=msg: self._forget(m))
        msg.prev_button.clicked.connect(lambda: self._step(-1))
        msg.next_button.clicked.connect(lambda: self._step(1))
        self._messages.append(msg)
        self._lay.addWidget(msg)
        while len(self._messages) > self.MAX:
            self._messages[0].dismiss()
        self._show(msg)
        if timeout_ms is None and level == "info":
            timeout_ms = 6000
        if timeout_ms:
            QTimer.singleShot(timeout_ms, lambda m=msg: self._timed_out(m))
        return msg

    def info(self, text: str, *, scope: str | None = None) -> Message:
        return self.show_message(text, "info", scope=scope)

    def warning(
        self, text: str, *, scope: str | None = None, action: Action | None = None
    ) -> Message:
        return self.show_message(text, "warning", scope=scope, action=action)

    def error(self, text: str, *, scope: str | None = None) -> Message:
        return self.show_message(text, "error", scope=scope)

    def messages(self) -> list[str]:
        return [m.text() for m in self._messages]

    def shown(self) -> str:
        """The text on screen ("" when the bar is hidden)."""
        return self._current.text() if self._current is not None and self.isVisible() else ""

    def clear(self, scope: str | None = None) -> None:
        """Close every message, or only those of *scope* (e.g. "call" on opening another)."""
        for m in list(self._messages):
            if scope is None or m.scope == scope:
                m.dismiss()

    def _show(self, msg: Message) -> None:
        self._current = msg
        n = len(self._messages)
        for i, m in enumerate(self._messages):
            m.setVisible(m is msg)
            m.set_page(i + 1, n)
        self.show()
        self._place()

    def _step(self, delta: int) -> None:
        if self._current in self._messages:
            i = (self._messages.index(self._current) + delta) % len(self._messages)
            self._show(self._messages[i])

    def _timed_out(self, msg: Message) -> None:
        if msg not in self._messages:
            return
        try:
            msg.dismiss()
        except RuntimeError:
            # the window (and the message with it) was closed before the timeout: forget it
            self._messages.remove(msg)

    def _forget(self, msg: Message) -> None:
        if msg in self._messages:
            self._messages.remove(msg)
        if not self._messages:
            self._current = None
            self.hide()
        elif self._current is msg or self._current not in self._messages:
            self._show(self._messages[-1])
        else:
            self._show(self._current)
