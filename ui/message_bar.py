"""A non-blocking message strip at the top of the main window.

Errors a user can meet (audio file missing, unreadable audio, rubric version missing, a
save that failed) are shown here instead of modal dialogs or tracebacks, so the inspector
keeps working.  Several messages stack; each can be closed, information closes itself.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

_STYLES = {
    "info": ("#e8f1fb", "#1f5fa8", "#9cc1ea"),
    "warning": ("#fff6e0", "#8a5a00", "#f0c96a"),
    "error": ("#fdecea", "#a12622", "#f0a19d"),
}


class Message(QFrame):
    closed = Signal()

    def __init__(self, text: str, level: str, parent: QWidget | None = None):
        super().__init__(parent)
        bg, fg, border = _STYLES.get(level, _STYLES["info"])
        self.level = level
        self._dismissed = False
        self.setObjectName("message")
        self.setStyleSheet(
            f"#message {{ background: {bg}; border: 1px solid {border}; border-radius: 4px; }}"
            f"QLabel {{ color: {fg}; }}"
        )
        lay = QHBoxLayout(self)
        lay.setContentsMargins(10, 4, 4, 4)
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.label, 1)
        close = QToolButton()
        close.setText("×")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Close this message"))
        close.clicked.connect(self.dismiss)
        lay.addWidget(close)

    def text(self) -> str:
        return self.label.text()

    def dismiss(self) -> None:
        if self._dismissed:
            return
        self._dismissed = True
        self.hide()
        self.closed.emit()
        self.deleteLater()


class MessageBar(QWidget):
    """Stack of :class:`Message` strips; hidden while empty."""

    MAX = 4

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._lay = QVBoxLayout(self)
        self._lay.setContentsMargins(6, 4, 6, 0)
        self._lay.setSpacing(3)
        self._messages: list[Message] = []
        self.hide()

    def show_message(
        self, text: str, level: str = "info", timeout_ms: int | None = None
    ) -> Message:
        # the same text twice (e.g. an error repeating on every keystroke) is shown once
        for m in self._messages:
            if m.text() == text:
                return m
        msg = Message(text, level, self)
        msg.closed.connect(lambda m=msg: self._forget(m))
        self._messages.append(msg)
        self._lay.addWidget(msg)
        while len(self._messages) > self.MAX:
            self._messages[0].dismiss()
        self.show()
        if timeout_ms is None and level == "info":
            timeout_ms = 6000
        if timeout_ms:
            QTimer.singleShot(timeout_ms, lambda m=msg: self._timed_out(m))
        return msg

    def info(self, text: str) -> Message:
        return self.show_message(text, "info")

    def warning(self, text: str) -> Message:
        return self.show_message(text, "warning")

    def error(self, text: str) -> Message:
        return self.show_message(text, "error")

    def messages(self) -> list[str]:
        return [m.text() for m in self._messages]

    def clear(self) -> None:
        for m in list(self._messages):
            m.dismiss()

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
            self.hide()
