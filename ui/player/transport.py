"""The transport bar under the waveform: buttons, speed, time, solo, volume.

It only shows state and emits requests; ``PlayerPanel`` wires it to the ``Player``.  Every
button's tooltip names its keyboard shortcut, because inspectors work from the keyboard.

The bar is three groups: the playback buttons (skip, play, jump, loop), the time, and the
listening options (speed, solo, volume).  Where the bar is wide enough they share one row;
on a narrower player (a 1280 or 1366 px laptop screen with the call list and the form
beside it) the options move to a second row under the time, and narrower still the time
joins them there, so every control stays visible at its full size.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QIcon,
    QPainter,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QSlider,
    QStyle,
    QToolButton,
    QWidget,
)

from ui.player.model import BandKind, format_time
from ui.player.player import SPEEDS, SoloMode
from ui.player.waveform_widget import BAND_COLOURS, HOLD_HATCH, MARKER_COLOUR, SELECTION_EDGE


def _jump_icon(kind: str) -> QIcon:
    """A legend swatch with a 'next' arrow: the button looks like what it jumps to."""
    pm = QPixmap(40, 40)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    box = QRectF(2, 6, 22, 28)
    if kind == "comment":
        p.setPen(QPen(MARKER_COLOUR, 2))
        p.drawLine(QPointF(6, 6), QPointF(6, 34))
        p.setBrush(MARKER_COLOUR)
        p.drawPolygon(QPolygonF([QPointF(6, 6), QPointF(6, 22), QPointF(22, 14)]))
    elif kind == "loop":
        p.setPen(QPen(SELECTION_EDGE, 3))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawArc(QRectF(4, 8, 30, 24), 30 * 16, 300 * 16)
        p.setBrush(SELECTION_EDGE)
        p.setPen(Qt.PenStyle.NoPen)
        p.drawPolygon(QPolygonF([QPointF(28, 4), QPointF(38, 12), QPointF(27, 16)]))
        p.end()
        return QIcon(pm)
    else:
        band = BandKind.HOLD if kind == "hold" else BandKind.TALKOVER
        colour = QColor(BAND_COLOURS[band])
        colour.setAlpha(255 if band == BandKind.HOLD else 200)
        p.setPen(QPen(QColor(0, 0, 0, 120), 1))
        p.setBrush(colour)
        p.drawRoundedRect(box, 3, 3)
        if band == BandKind.HOLD:
            p.fillRect(box, QBrush(HOLD_HATCH.darker(150), Qt.BrushStyle.BDiagPattern))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#202020"))
    p.drawPolygon(QPolygonF([QPointF(27, 10), QPointF(39, 20), QPointF(27, 30)]))
    p.end()
    return QIcon(pm)


class _WrapLayout(QLayout):
    """Widgets in a row while they fit at their preferred widths, wrapping onto further
    rows when they do not.  The first widget is left-aligned and takes the spare width of
    the first row; every other widget is packed to the right of its row.  The height follows the width
    (``heightForWidth``), so the parent layout gives the bar the rows it needs."""

    ROW_GAP = 2

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []

    # QLayout's item protocol
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt API
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt API
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt API
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt API
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt API
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def _h_margins(self) -> int:
        m = self.contentsMargins()
        return m.left() + m.right()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """One row."""
        m = self.contentsMargins()
        hints = [i.sizeHint() for i in self._visible()]
        w = sum(h.width() for h in hints) + self.spacing() * max(0, len(hints) - 1)
        h = max((h.height() for h in hints), default=0)
        return QSize(w + m.left() + m.right(), h + m.top() + m.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt API
        """One widget per row: the widest one decides."""
        m = self.contentsMargins()
        items = self._visible()
        w = max((i.sizeHint().width() for i in items[1:]), default=0)
        if items:
            w = max(w, items[0].minimumSize().width())
        h = max((i.sizeHint().height() for i in items), default=0)
        return QSize(w + m.left() + m.right(), h + m.top() + m.bottom())

    def rows_at(self, width: int) -> list[list[QLayoutItem]]:
        """The widgets of each row at *width* (margins included)."""
        inner = width - self._h_margins()
        rows: list[list[QLayoutItem]] = []
        used = 0
        for item in self._visible():
            w = item.sizeHint().width()
            if rows and used + self.spacing() + w <= inner:
                rows[-1].append(item)
                used += self.spacing() + w
            else:
                rows.append([item])
                used = w
        return rows

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        m = self.contentsMargins()
        inner = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        y = inner.y()
        for n, row in enumerate(self.rows_at(rect.width())):
            if n:
                y += self.ROW_GAP
            row_h = max(i.sizeHint().height() for i in row)
            if apply:
                x_end = inner.right() + 1
                packed = row[1:] if n == 0 else row
                for item in reversed(packed):
                    hint = item.sizeHint()
                    w = min(hint.width(), inner.width())
                    x_end -= w
                    item.setGeometry(
                        QRect(x_end, y + (row_h - hint.height()) // 2, w, hint.height())
                    )
                    x_end -= self.spacing()
                if n == 0:
                    h = row[0].sizeHint().height()
                    row[0].setGeometry(
                        QRect(inner.x(), y + (row_h - h) // 2, max(0, x_end - inner.x()), h)
                    )
            y += row_h
        return y - inner.y() + m.top() + m.bottom()


class TransportBar(QWidget):
    playPauseRequested = Signal()
    skipRequested = Signal(int)  # milliseconds, negative = back
    nextRequested = Signal(str)  # "comment" | "hold" | "talkover"
    loopToggled = Signal(bool)
    rateRequested = Signal(float)
    soloRequested = Signal(str)
    volumeRequested = Signal(int)

    def __init__(
        self, parent: QWidget | None = None, *, short_skip_ms: int = 5000, long_skip_ms: int = 15000
    ):
        super().__init__(parent)
        self.short_skip_ms = short_skip_ms
        self.long_skip_ms = long_skip_ms
        style = self.style()
        outer = _WrapLayout(self)
        outer.setContentsMargins(4, 2, 4, 2)
        outer.setSpacing(6)
        self._wrap = outer
        # the bar is three groups in a wrapping row: playback buttons, the time, and
        # the listening options; narrow, the options and then the time move to a second row
        # playback: skip / play / jump / loop buttons
        self.playback_group = QWidget(self)
        lay = QHBoxLayout(self.playback_group)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        # listening options: speed, solo, volume
        self.options_group = QWidget(self)
        opt = QHBoxLayout(self.options_group)
        opt.setContentsMargins(0, 0, 0, 0)
        opt.setSpacing(2)

        def button(icon: QIcon | None, text: str, tip: str, key: str) -> QToolButton:
            b = QToolButton(self.playback_group)
            if icon is not None and not icon.isNull():
                b.setIcon(icon)
                b.setIconSize(QSize(20, 20))
            else:
                b.setText(text)
            b.setToolTip(f"{tip} ({key})" if key else tip)
            b.setAutoRaise(True)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.setAccessibleName(tip)
            lay.addWidget(b)
            return b

        sp = QStyle.StandardPixmap
        self.back_long = button(None, "«15", "", "")
        self.back_short = button(style.standardIcon(sp.SP_MediaSeekBackward), "", "", "")
        self.play_button = button(
            style.standardIcon(sp.SP_MediaPlay), "", self.tr("Play"), self.tr("Space")
        )
        self.play_button.setIconSize(QSize(26, 26))
        self.fwd_short = button(style.standardIcon(sp.SP_MediaSeekForward), "", "", "")
        self.fwd_long = button(None, "15»", "", "")
        self.set_skip_lengths(short_skip_ms, long_skip_ms)
        lay.addSpacing(8)
        self.next_comment = button(
            _jump_icon("comment"), "", self.tr("Jump to the next comment"), "N"
        )
        self.next_hold = button(
            _jump_icon("hold"), "", self.tr("Jump to the next hold or silence"), "H"
        )
        self.next_talkover = button(
            _jump_icon("talkover"), "", self.tr("Jump to the next talk-over"), "T"
        )
        self.loop_button = button(
            _jump_icon("loop"),
            "",
            self.tr("Loop the selected range (Shift+drag on the waveform to select)"),
            "L",
        )
        self.loop_button.setCheckable(True)
        self.loop_button.setAutoRaise(False)
        lay.addStretch(1)

        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(max(9.0, self.font().pointSizeF()))
        mono.setWeight(QFont.Weight.DemiBold)
        self.time_label = QLabel(self)
        self.time_label.setFont(mono)
        self.time_label.setToolTip(self.tr("Position / length of the call"))
        self.time_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.speed = QComboBox(self.options_group)
        for s in SPEEDS:
            self.speed.addItem(f"{s:g}×", s)
        self.speed.setCurrentIndex(SPEEDS.index(1.0))
        self.speed.setToolTip(self.tr("Playback speed (slower [, faster ])"))
        self.speed.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.speed.setAccessibleName(self.tr("Playback speed"))
        opt.addWidget(self.speed)

        self.solo = QComboBox(self.options_group)
        self.solo.addItem(self.tr("Both"), SoloMode.BOTH)
        self.solo.addItem(self.tr("Agent"), SoloMode.AGENT)
        self.solo.addItem(self.tr("Customer"), SoloMode.CUSTOMER)
        self.solo.setToolTip(
            self.tr("Listen to both parties or one of them alone (stereo recordings)")
        )
        self.solo.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.solo.setAccessibleName(self.tr("Listen to"))
        opt.addWidget(self.solo)

        self.volume_icon = QLabel(self.options_group)
        self.volume_icon.setPixmap(style.standardIcon(sp.SP_MediaVolume).pixmap(16, 16))
        opt.addSpacing(6)
        opt.addWidget(self.volume_icon)
        self.volume = QSlider(Qt.Orientation.Horizontal, self.options_group)
        self.volume.setRange(0, 100)
        self.volume.setValue(100)
        self.volume.setFixedWidth(70)
        self.volume.setToolTip(self.tr("Volume"))
        self.volume.setAccessibleName(self.tr("Volume"))
        self.volume.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        opt.addWidget(self.volume)
        outer.addWidget(self.playback_group)
        outer.addWidget(self.time_label)
        outer.addWidget(self.options_group)

        self.back_long.clicked.connect(lambda: self.skipRequested.emit(-self.long_skip_ms))
        self.back_short.clicked.connect(lambda: self.skipRequested.emit(-self.short_skip_ms))
        self.fwd_short.clicked.connect(lambda: self.skipRequested.emit(self.short_skip_ms))
        self.fwd_long.clicked.connect(lambda: self.skipRequested.emit(self.long_skip_ms))
        self.play_button.clicked.connect(lambda: self.playPauseRequested.emit())
        self.next_comment.clicked.connect(lambda: self.nextRequested.emit("comment"))
        self.next_hold.clicked.connect(lambda: self.nextRequested.emit("hold"))
        self.next_talkover.clicked.connect(lambda: self.nextRequested.emit("talkover"))
        self.loop_button.toggled.connect(lambda on: self.loopToggled.emit(bool(on)))
        self.speed.activated.connect(
            lambda i: self.rateRequested.emit(float(self.speed.itemData(i)))
        )
        self.solo.activated.connect(lambda i: self.soloRequested.emit(str(self.solo.itemData(i))))
        self.volume.valueChanged.connect(self.volumeRequested)
        self._duration = 0
        self.set_time(0, 0)

    # ------------------------------------------------------------------ layout
    def one_row_width(self) -> int:
        """The width the bar needs to keep every control on one row."""
        return self._wrap.sizeHint().width()

    def is_wrapped(self) -> bool:
        """True while the bar takes two rows (it is too narrow for one)."""
        return len(self._wrap.rows_at(self.width())) > 1

    # ------------------------------------------------------------------ state in
    def set_skip_lengths(self, short_ms: int, long_ms: int) -> None:
        """Skip lengths from the settings; button labels and tooltips follow."""
        self.short_skip_ms, self.long_skip_ms = int(short_ms), int(long_ms)
        short_s, long_s = str(round(short_ms / 1000)), str(round(long_ms / 1000))
        # the same words as the shortcut sheet (PlayerPanel), so they share translations
        back = QCoreApplication.translate("PlayerPanel", "Back %1 seconds")
        fwd = QCoreApplication.translate("PlayerPanel", "Forward %1 seconds")
        for b, text, key in (
            (self.back_long, back.replace("%1", long_s), "Shift+←"),
            (self.back_short, back.replace("%1", short_s), "←"),
            (self.fwd_short, fwd.replace("%1", short_s), "→"),
            (self.fwd_long, fwd.replace("%1", long_s), "Shift+→"),
        ):
            b.setToolTip(f"{text} ({key})")
            b.setAccessibleName(text)
        self.back_long.setText(f"«{long_s}")
        self.fwd_long.setText(f"{long_s}»")

    def set_playing(self, playing: bool) -> None:
        sp = QStyle.StandardPixmap
        self.play_button.setIcon(
            self.style().standardIcon(sp.SP_MediaPause if playing else sp.SP_MediaPlay)
        )
        tip = self.tr("Pause") if playing else self.tr("Play")
        space = self.tr("Space")
        self.play_button.setToolTip(f"{tip} ({space})")
        self.play_button.setAccessibleName(tip)

    def set_time(self, position_ms: int, duration_ms: int | None = None) -> None:
        if duration_ms is not None:
            self._duration = duration_ms
        total = format_time(self._duration) if self._duration else "--:--:--"
        self.time_label.setText(f"{format_time(position_ms)} / {total}")

    def set_rate(self, rate: float, pitch_preserved: bool = True) -> None:
        i = self.speed.findData(rate)
        if i < 0:
            self.speed.addItem(f"{rate:g}×", rate)
            i = self.speed.count() - 1
        self.speed.setCurrentIndex(i)
        tip = self.tr("Playback speed (slower [, faster ])")
        if not pitch_preserved:
            tip += "\n" + self.tr(
                "This audio backend cannot keep the pitch: voices sound higher when faster."
            )
        self.speed.setToolTip(tip)

    def set_solo(self, mode: str, available: bool = True) -> None:
        i = self.solo.findData(mode)
        if i >= 0:
            self.solo.setCurrentIndex(i)
        self.solo.setEnabled(available)
        if not available:
            self.solo.setToolTip(
                self.tr("Solo needs a stereo recording with the agent on one channel")
            )

    def set_loop(self, on: bool) -> None:
        self.loop_button.blockSignals(True)
        self.loop_button.setChecked(on)
        self.loop_button.blockSignals(False)

    def set_volume(self, percent: int) -> None:
        self.volume.blockSignals(True)
        self.volume.setValue(percent)
        self.volume.blockSignals(False)
