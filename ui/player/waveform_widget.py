"""The two-channel waveform: where an inspector sees, finds and replays moments of a call.

Painting is split in two layers so that a moving playhead costs almost nothing: the
waveform, bands and ruler are rendered into a cached pixmap that is rebuilt only when the
data, the view (zoom/scroll) or the size change; the playhead, the selection and the hover
line are drawn on top every frame.

Colours come from the Okabe–Ito palette, which stays distinguishable for the common forms
of colour blindness: agent blue, customer orange; bands use hatched yellow (hold, with a
vermillion edge when over 2 minutes), grey (silence) and reddish purple (talk-over); the
loop selection bluish green.  Every coloured
thing also has a text label (lane names, legend, tooltips), so colour is never the only cue.

Mouse: click or drag to seek; Shift+drag selects a range (for looping); click a comment
flag to jump to it; Ctrl+wheel zooms around the cursor; the wheel scrolls.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QEvent, QLineF, QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
    QPolygonF,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ui.player.model import Band, BandKind, Marker, Overview, format_time

# Okabe–Ito palette
AGENT_COLOUR = QColor("#0072B2")  # blue
CUSTOMER_COLOUR = QColor("#E69F00")  # orange
MONO_COLOUR = QColor("#555555")
BAND_COLOURS = {
    BandKind.HOLD: QColor(240, 228, 66, 110),  # yellow (hatched, so not by colour alone)
    BandKind.SILENCE: QColor(120, 120, 120, 38),  # grey
    BandKind.TALKOVER: QColor(204, 121, 167, 95),  # reddish purple
}
HOLD_HATCH = QColor(150, 130, 0, 90)
LONG_HOLD_EDGE = QColor("#D55E00")  # vermillion: a hold over the 2-minute limit
SELECTION_COLOUR = QColor(0, 158, 115, 55)  # bluish green
SELECTION_EDGE = QColor("#009E73")
MARKER_COLOUR = QColor("#1F1F1F")
PLAYHEAD_COLOUR = QColor("#000000")
BACKGROUND = QColor("#FFFFFF")
LANE_BACKGROUND = QColor("#F6F7F9")
GRID_COLOUR = QColor("#DADDE2")
TEXT_COLOUR = QColor("#303030")

RULER_H = 20
LEGEND_H = 20
MIN_SPAN_MS = 1000  # zoomed in at most to one second across the widget
MARKER_HIT_PX = 6


class WaveformWidget(QWidget):
    """Paints the overview of one call and turns mouse gestures into seek/select requests."""

    seekRequested = Signal(int)
    #: (start_ms, end_ms); (-1, -1) when the selection is cleared
    selectionChanged = Signal(int, int)
    markerClicked = Signal(object)
    #: the visible window changed (zoom or scroll): (start_ms, span_ms)
    viewChanged = Signal(int, int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setMinimumHeight(150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._duration = 0
        self._overview: Overview | None = None
        self._detail: Overview | None = None
        self._lane_names: list[str] = []
        self._lane_colours: list[QColor] = []
        self._bands: list[Band] = []
        self._markers: list[Marker] = []
        self._position = 0
        self._selection: tuple[int, int] | None = None
        self._view_start = 0
        self._view_span = 0  # 0 = whole call
        self._cache: QPixmap | None = None
        self._drag: str | None = None  # "seek" | "select"
        self._drag_anchor = 0
        self._hover_x: int | None = None
        self._message = ""
        self.set_channels(2, agent_channel=0)

    # ------------------------------------------------------------------ data in
    def clear(self) -> None:
        self._duration = 0
        self._overview = None
        self._detail = None
        self._bands = []
        self._markers = []
        self._position = 0
        self._selection = None
        self._view_start = 0
        self._view_span = 0
        self._message = ""
        self._invalidate()

    def set_channels(self, channels: int, agent_channel: int | None = 0) -> None:
        """Name the lanes: stereo with the agent on *agent_channel*, or one mono lane."""
        if channels >= 2 and agent_channel in (0, 1):
            names = [self.tr("Customer"), self.tr("Customer")]
            colours = [CUSTOMER_COLOUR, CUSTOMER_COLOUR]
            names[agent_channel] = self.tr("Agent")
            colours[agent_channel] = AGENT_COLOUR
            self._lane_names = names[:2] + [
                self.tr("Channel %1").replace("%1", str(i + 1)) for i in range(2, channels)
            ]
            self._lane_colours = colours[:2] + [MONO_COLOUR] * (channels - 2)
        elif channels >= 2:
            self._lane_names = [
                self.tr("Channel %1").replace("%1", str(i + 1)) for i in range(channels)
            ]
            self._lane_colours = [MONO_COLOUR] * channels
        else:
            self._lane_names = [self.tr("Both parties (mono)")]
            self._lane_colours = [MONO_COLOUR]
        self._invalidate()

    def set_duration(self, ms: int) -> None:
        if ms > 0 and ms != self._duration:
            self._duration = int(ms)
            self._clamp_view()
            self._invalidate()

    def duration(self) -> int:
        return self._duration

    def set_overview(self, overview: Overview | None) -> None:
        """Show (a part of) the overview; call again as more columns arrive."""
        self._overview = overview
        if overview is not None:
            if overview.channels != len(self._lane_names):
                self.set_channels(overview.channels, 0 if overview.channels >= 2 else None)
            if overview.duration_ms and not self._duration:
                self.set_duration(overview.duration_ms)
        self._invalidate()

    def overview(self) -> Overview | None:
        return self._overview

    def set_bands(self, bands: list[Band]) -> None:
        self._bands = sorted(bands, key=lambda b: b.start_ms)
        self._invalidate()

    def bands(self) -> list[Band]:
        return list(self._bands)

    def set_markers(self, markers: list[Marker]) -> None:
        self._markers = sorted(markers, key=lambda m: m.ms)
        self._invalidate()

    def markers(self) -> list[Marker]:
        return list(self._markers)

    def set_message(self, text: str) -> None:
        """A line of status text shown over the waveform (e.g. analysis progress)."""
        if text != self._message:
            self._message = text
            self._invalidate()

    def set_position(self, ms: int) -> None:
        ms = max(0, int(ms))
        if ms == self._position:
            return
        old_x = self.x_of(self._position)
        self._position = ms
        new_x = self.x_of(ms)
        if (
            self._view_span
            and self._duration
            and not (self._view_start <= ms <= self._view_start + self._view_span)
        ):
            # follow the playhead page by page when zoomed in
            self.set_view(ms - self._view_span // 10, self._view_span)
            return
        for x in (old_x, new_x):
            self.update(QRect(int(x) - 8, 0, 16, self.height()))

    def position(self) -> int:
        return self._position

    # ------------------------------------------------------------------ selection
    def selection(self) -> tuple[int, int] | None:
        return self._selection

    def set_selection(self, start_ms: int, end_ms: int) -> None:
        a, b = sorted((max(0, int(start_ms)), max(0, int(end_ms))))
        if self._duration:
            b = min(b, self._duration)
        self._selection = (a, b) if b - a >= 50 else None
        sel = self._selection or (-1, -1)
        self.selectionChanged.emit(sel[0], sel[1])
        self.update()

    def clear_selection(self) -> None:
        if self._selection is not None:
            self._selection = None
            self.selectionChanged.emit(-1, -1)
            self.update()

    # ------------------------------------------------------------------ view (zoom/scroll)
    def view(self) -> tuple[int, int]:
        """The visible window as (start_ms, span_ms)."""
        return self._view_start, self._span()

    def set_view(self, start_ms: int, span_ms: int) -> None:
        self._view_span = int(span_ms)
        self._view_start = int(start_ms)
        self._clamp_view()
        self._invalidate()
        self.viewChanged.emit(self._view_start, self._span())

    def zoom(self, factor: float, anchor_ms: int | None = None) -> None:
        """Zoom in (factor > 1) or out around *anchor_ms* (default: the playhead)."""
        if not self._duration:
            return
        span = self._span()
        anchor = self._position if anchor_ms is None else anchor_ms
        new_span = int(min(self._duration, max(MIN_SPAN_MS, span / factor)))
        rel = (anchor - self._view_start) / span if span else 0.5
        rel = min(1.0, max(0.0, rel))
        self.set_view(int(anchor - rel * new_span), 0 if new_span >= self._duration else new_span)

    def zoom_in(self) -> None:
        self.zoom(2.0)

    def zoom_out(self) -> None:
        self.zoom(0.5)

    def zoom_factor(self) -> float:
        return self._duration / self._span() if self._duration else 1.0

    def scroll_by(self, ms: int) -> None:
        if self._view_span:
            self.set_view(self._view_start + int(ms), self._view_span)

    def _span(self) -> int:
        if self._view_span and self._duration:
            return min(self._view_span, self._duration)
        return max(1, self._duration)

    def _clamp_view(self) -> None:
        if not self._duration or not self._view_span or self._view_span >= self._duration:
            self._view_span = 0
            self._view_start = 0
            return
        self._view_span = max(MIN_SPAN_MS, self._view_span)
        self._view_start = max(0, min(self._view_start, self._duration - self._view_span))

    # ------------------------------------------------------------------ geometry
    def _plot_rect(self) -> QRect:
        return QRect(0, RULER_H, self.width(), max(10, self.height() - RULER_H - LEGEND_H))

    def x_of(self, ms: int) -> float:
        """Widget x coordinate of a time (may fall outside the widget)."""
        span = self._span()
        return (ms - self._view_start) * self.width() / span if span else 0.0

    def ms_at(self, x: float) -> int:
        """The time under widget x coordinate *x*, clamped to the call."""
        span = self._span()
        ms = self._view_start + x * span / max(1, self.width())
        return int(min(max(0, ms), self._duration or 0))

    def sizeHint(self) -> QSize:
        return QSize(800, 200)

    # ------------------------------------------------------------------ painting
    def _invalidate(self) -> None:
        self._cache = None
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._cache = None
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._cache is None or self._cache.size() != self.size() * self.devicePixelRatioF():
            self._cache = self._render_static()
        p = QPainter(self)
        p.drawPixmap(0, 0, self._cache)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        plot = self._plot_rect()
        if self._selection and self._duration:
            x0, x1 = self.x_of(self._selection[0]), self.x_of(self._selection[1])
            r = QRectF(x0, plot.top(), max(1.0, x1 - x0), plot.height())
            p.fillRect(r, SELECTION_COLOUR)
            p.setPen(QPen(SELECTION_EDGE, 1.5))
            p.drawLine(QLineF(x0, plot.top(), x0, plot.bottom()))
            p.drawLine(QLineF(x1, plot.top(), x1, plot.bottom()))
        if self._hover_x is not None and self._duration and self._drag is None:
            p.setPen(QPen(QColor(0, 0, 0, 70), 1, Qt.PenStyle.DashLine))
            p.drawLine(QLineF(self._hover_x, plot.top(), self._hover_x, plot.bottom()))
            # the time under the mouse, in the ruler: inspectors note times while listening
            label = format_time(self.ms_at(self._hover_x), with_hours=self._duration >= 3600_000)
            fm = QFontMetrics(self.font())
            w = fm.horizontalAdvance(label) + 8
            bx = min(max(0, self._hover_x - w / 2), self.width() - w)
            box = QRectF(bx, 0, w, RULER_H - 2)
            p.fillRect(box, QColor("#303030"))
            p.setPen(QColor("#FFFFFF"))
            p.drawText(box, Qt.AlignmentFlag.AlignCenter, label)
        if self._duration:
            x = self.x_of(self._position)
            if -2 <= x <= self.width() + 2:
                p.setPen(QPen(PLAYHEAD_COLOUR, 2))
                p.drawLine(QLineF(x, RULER_H - 4, x, plot.bottom()))
                tri = QPolygonF([QPointF(x - 6, 2), QPointF(x + 6, 2), QPointF(x, RULER_H - 3)])
                p.setBrush(PLAYHEAD_COLOUR)
                p.setPen(Qt.PenStyle.NoPen)
                p.drawPolygon(tri)
        p.end()

    def _render_static(self) -> QPixmap:
        dpr = self.devicePixelRatioF()
        pm = QPixmap(self.size() * dpr)
        pm.setDevicePixelRatio(dpr)
        pm.fill(BACKGROUND)
        p = QPainter(pm)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        plot = self._plot_rect()
        lanes = max(1, len(self._lane_names))
        lane_h = plot.height() / lanes
        # lane backgrounds and centre lines
        for i in range(lanes):
            top = plot.top() + i * lane_h
            p.fillRect(QRectF(0, top + 1, self.width(), lane_h - 2), LANE_BACKGROUND)
            p.setPen(QPen(GRID_COLOUR, 1))
            p.drawLine(QLineF(0, top + lane_h / 2, self.width(), top + lane_h / 2))
        if self._duration:
            self._paint_bands(p, plot)
            self._paint_waves(p, plot, lane_h)
        self._paint_ruler(p)
        if self._duration:
            self._paint_markers(p, plot)
        self._paint_lane_labels(p, plot, lane_h)
        self._paint_legend(p)
        if self._message:
            self._paint_message(p, plot)
        p.end()
        return pm

    # ------------------------------------------------------------------ detail when zoomed
    def set_detail(self, detail: Overview | None) -> None:
        """A finer overview of part of the call, used while it covers the zoomed view."""
        self._detail = detail
        self._invalidate()

    def detail(self) -> Overview | None:
        return self._detail

    def needs_detail(self) -> tuple[int, int, int] | None:
        """(start_ms, end_ms, columns) to compute for the view, or None if the overview suffices.

        The whole-call overview has a fixed resolution (25–110 ms per column); zoomed in
        further, a detail overview of the view (with half a view of margin on each side,
        for small scrolls) gives one column per pixel.
        """
        ov = self._overview
        if ov is None or not self._duration or not self._view_span:
            return None
        start, span = self._view_start, self._span()
        px_ms = span / max(1, self.width())
        if ov.ms_per_column() <= px_ms * 1.5:
            return None
        d = self._detail
        if (
            d is not None
            and d.start_ms <= start
            and start + span <= d.end_ms
            and d.ms_per_column() <= px_ms * 1.5
        ):
            return None
        a = max(0, start - span // 2)
        b = min(self._duration, start + span + span // 2)
        return int(a), int(b), max(1, int((b - a) / px_ms))

    def _source_for_view(self) -> Overview | None:
        d = self._detail
        if d is not None and d.done > 0 and self._view_span:
            start, span = self._view_start, self._span()
            if (
                d.start_ms <= start
                and start + span <= d.end_ms
                and (self._overview is None or d.ms_per_column() < self._overview.ms_per_column())
            ):
                return d
        return self._overview

    def _paint_waves(self, p: QPainter, plot: QRect, lane_h: float) -> None:
        ov = self._source_for_view()
        if ov is None or ov.done <= 0 or ov.columns <= 0:
            return
        width = self.width()
        span = self._span()
        # column index for the left edge of every pixel (plus one past the right edge)
        edges_ms = self._view_start + np.arange(width + 1, dtype=np.float64) * span / width
        col_per_ms = 1.0 / ov.ms_per_column()
        rel = np.floor((edges_ms - ov.start_ms) * col_per_ms)
        edges = np.clip(rel, 0, ov.columns).astype(np.int64)
        starts = edges[:-1]
        ends = np.maximum(edges[1:], starts + 1)
        valid = (starts < ov.done) & (starts < ov.columns) & (rel[:-1] >= 0)
        if not valid.any():
            return
        xs = np.flatnonzero(valid)
        starts = starts[xs]
        ends = np.minimum(ends[xs], ov.done)
        for ch in range(min(ov.channels, len(self._lane_names))):
            mins = ov.mins[ch]
            maxs = ov.maxs[ch]
            rms = ov.rms[ch]
            if np.all(ends - starts == 1):
                lo, hi, rm = mins[starts], maxs[starts], rms[starts]
            else:
                # one reduction per pixel over its columns; slicing to the last pixel's
                # end keeps not-yet-computed columns out of the last pixel
                stop = int(ends[-1])
                lo = np.minimum.reduceat(mins[:stop], starts)
                hi = np.maximum.reduceat(maxs[:stop], starts)
                rm = np.maximum.reduceat(rms[:stop], starts)
            top = int(plot.top() + ch * lane_h)
            height = max(4, int(lane_h))
            p.drawImage(
                QPoint(0, top),
                self._lane_image(xs, lo, hi, rm, width, height, self._lane_colours[ch]),
            )

    @staticmethod
    def _lane_image(xs, lo, hi, rm, width: int, height: int, colour: QColor) -> QImage:
        """Rasterise one lane with numpy: the min/max envelope, RMS core darker.

        Drawing ~1,000 one-pixel lines per lane with QPainter costs 10+ ms; filling a mask
        of a few hundred thousand pixels in numpy costs about one.
        """
        mid = height / 2
        half = height / 2 - 3
        y_hi = np.full(width, np.inf)
        y_lo = np.full(width, -np.inf)
        r = np.zeros(width)
        y_hi[xs] = np.floor(mid - np.clip(hi, -1, 1) * half)
        y_lo[xs] = np.maximum(
            np.ceil(mid - np.clip(lo, -1, 1) * half), y_hi[xs]
        )  # >= 1 px: silence shows a line
        rr = np.clip(rm, 0, 1) * half
        r[xs] = np.where(rr >= 0.75, rr, -1)
        rows = np.arange(height, dtype=np.float32)[:, None]
        envelope = (rows >= y_hi.astype(np.float32)) & (rows <= y_lo.astype(np.float32))
        core = np.abs(rows - np.float32(mid)) <= r.astype(np.float32)
        a = 150  # the envelope is the lane colour at 60 %, the RMS core fully opaque
        light = (
            (a << 24)
            | ((colour.red() * a // 255) << 16)
            | ((colour.green() * a // 255) << 8)
            | (colour.blue() * a // 255)
        )
        strong = (255 << 24) | (colour.red() << 16) | (colour.green() << 8) | colour.blue()
        img = np.where(
            envelope, np.where(core, np.uint32(strong), np.uint32(light)), np.uint32(0)
        ).astype(np.uint32)
        image = QImage(
            img.data, width, height, width * 4, QImage.Format.Format_ARGB32_Premultiplied
        )
        return image.copy()  # detach from the numpy buffer

    def _paint_bands(self, p: QPainter, plot: QRect) -> None:
        for band in self._bands:
            x0, x1 = self.x_of(band.start_ms), self.x_of(band.end_ms)
            if x1 < 0 or x0 > self.width():
                continue
            colour = BAND_COLOURS.get(band.kind, QColor(0, 0, 0, 30))
            rect = QRectF(x0, plot.top(), max(2.0, x1 - x0), plot.height())
            p.fillRect(rect, colour)
            if band.kind == BandKind.HOLD:
                p.fillRect(rect, QBrush(HOLD_HATCH, Qt.BrushStyle.BDiagPattern))
                if band.flagged:
                    p.fillRect(QRectF(x0, plot.top(), rect.width(), 3), LONG_HOLD_EDGE)
                self._paint_band_label(p, rect, band)

    def _paint_band_label(self, p: QPainter, rect: QRectF, band: Band) -> None:
        """Write 'Hold 2:13 (over 2 minutes)' into a hold band wide enough to hold it."""
        text = self._band_text(band)
        fm = QFontMetrics(self.font())
        w = fm.horizontalAdvance(text) + 12
        visible = rect.intersected(QRectF(0, rect.top(), self.width(), rect.height()))
        if visible.width() < w:
            return
        box = QRectF(visible.center().x() - w / 2, rect.top() + 8, w, fm.height() + 4)
        p.fillRect(box, QColor(255, 255, 255, 215))
        p.setPen(LONG_HOLD_EDGE if band.flagged else TEXT_COLOUR)
        p.setFont(self.font())
        p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    def _tick_step(self) -> int:
        """A 'nice' tick interval giving labels about 90 px apart."""
        span = self._span()
        target = span * 90 / max(1, self.width())
        for step in (
            1000,
            2000,
            5000,
            10000,
            15000,
            30000,
            60000,
            120000,
            300000,
            600000,
            900000,
            1800000,
            3600000,
        ):
            if step >= target:
                return step
        return 3600000

    def _paint_ruler(self, p: QPainter) -> None:
        p.fillRect(QRect(0, 0, self.width(), RULER_H), BACKGROUND)
        p.setPen(QPen(GRID_COLOUR, 1))
        p.drawLine(0, RULER_H - 1, self.width(), RULER_H - 1)
        if not self._duration:
            return
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        p.setFont(font)
        step = self._tick_step()
        first = math.ceil(self._view_start / step) * step
        end = self._view_start + self._span()
        with_hours = self._duration >= 3600_000
        t = first
        while t <= end:
            x = self.x_of(t)
            p.setPen(QPen(QColor("#8A8F98"), 1))
            p.drawLine(QLineF(x, RULER_H - 6, x, RULER_H - 1))
            label = format_time(t, with_hours=with_hours)
            fm = QFontMetrics(font)
            w = fm.horizontalAdvance(label)
            tx = min(max(x + 3, 2), self.width() - w - 2)
            p.setPen(TEXT_COLOUR)
            p.drawText(QPointF(tx, RULER_H - 7), label)
            t += step

    def _paint_lane_labels(self, p: QPainter, plot: QRect, lane_h: float) -> None:
        font = QFont(self.font())
        font.setBold(True)
        p.setFont(font)
        fm = QFontMetrics(font)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for i, (name, colour) in enumerate(zip(self._lane_names, self._lane_colours, strict=False)):
            top = plot.top() + i * lane_h
            w = fm.horizontalAdvance(name) + 22
            box = QRectF(6, top + 5, w, fm.height() + 4)
            bg = QColor(255, 255, 255, 225)
            path = QPainterPath()
            path.addRoundedRect(box, 4, 4)
            p.fillPath(path, bg)
            p.setPen(QPen(colour, 1))
            p.drawPath(path)
            p.fillRect(QRectF(box.left() + 6, box.center().y() - 4, 8, 8), colour)
            p.setPen(TEXT_COLOUR)
            p.drawText(
                box.adjusted(18, 0, 0, 0),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                name,
            )
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)

    def _paint_markers(self, p: QPainter, plot: QRect) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for m in self._markers:
            x = self.x_of(m.ms)
            if x < -MARKER_HIT_PX or x > self.width() + MARKER_HIT_PX:
                continue
            p.setPen(QPen(MARKER_COLOUR, 1, Qt.PenStyle.DotLine))
            p.drawLine(QLineF(x, RULER_H, x, plot.bottom()))
            flag = QPolygonF(
                [QPointF(x, RULER_H), QPointF(x, RULER_H + 14), QPointF(x + 11, RULER_H + 7)]
            )
            p.setPen(QPen(QColor("#FFFFFF"), 1))
            p.setBrush(MARKER_COLOUR)
            p.drawPolygon(flag)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)

    def _legend_items(self) -> list[tuple[QColor, str]]:
        return [
            (BAND_COLOURS[BandKind.HOLD], self.tr("Hold")),
            (BAND_COLOURS[BandKind.SILENCE], self.tr("Silence")),
            (BAND_COLOURS[BandKind.TALKOVER], self.tr("Talk-over")),
            (MARKER_COLOUR, self.tr("Comment")),
            (SELECTION_COLOUR, self.tr("Loop range")),
        ]

    def _paint_legend(self, p: QPainter) -> None:
        y = self.height() - LEGEND_H
        p.fillRect(QRect(0, y, self.width(), LEGEND_H), BACKGROUND)
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        p.setFont(font)
        fm = QFontMetrics(font)
        x = 8
        for colour, text in self._legend_items():
            swatch = QColor(colour)
            if swatch.alpha() < 255:
                swatch.setAlpha(min(255, swatch.alpha() * 2 + 30))
            p.fillRect(QRect(x, y + 5, 12, 10), QBrush(swatch))
            if colour == BAND_COLOURS[BandKind.HOLD]:
                p.fillRect(QRect(x, y + 5, 12, 10), QBrush(HOLD_HATCH, Qt.BrushStyle.BDiagPattern))
            p.setPen(QPen(QColor(0, 0, 0, 60), 1))
            p.drawRect(QRect(x, y + 5, 12, 10))
            p.setPen(TEXT_COLOUR)
            p.drawText(QPointF(x + 16, y + 5 + fm.ascent() - 1), text)
            x += 16 + fm.horizontalAdvance(text) + 14
        if self._duration and self._view_span:
            zoom = self.tr("Zoom %1×").replace("%1", f"{self.zoom_factor():.1f}")
            w = fm.horizontalAdvance(zoom)
            if self.width() - w - 8 > x:
                p.drawText(QPointF(self.width() - w - 8, y + 5 + fm.ascent() - 1), zoom)

    def _paint_message(self, p: QPainter, plot: QRect) -> None:
        """Progress in the corner while drawing; with nothing to draw, centred and wrapped."""
        font = QFont(self.font())
        p.setFont(font)
        fm = QFontMetrics(font)
        if self._overview is None or self._overview.done == 0:
            box = QRectF(plot).adjusted(40, 20, -40, -20)
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            text_rect = QRectF(fm.boundingRect(box.toRect(), int(flags), self._message)).adjusted(
                -12, -8, 12, 8
            )
            p.fillRect(text_rect, QColor(255, 255, 255, 240))
            p.setPen(QPen(QColor("#8A8F98"), 1))
            p.drawRect(text_rect)
            p.setPen(TEXT_COLOUR)
            p.drawText(box, int(flags), self._message)
            return
        w = fm.horizontalAdvance(self._message) + 20
        box = QRectF(self.width() - w - 8, plot.bottom() - fm.height() - 10, w, fm.height() + 6)
        p.fillRect(box, QColor(255, 255, 255, 230))
        p.setPen(TEXT_COLOUR)
        p.drawText(box, Qt.AlignmentFlag.AlignCenter, self._message)

    # ------------------------------------------------------------------ mouse
    def _marker_at(self, x: float, y: float) -> Marker | None:
        if y > RULER_H + 18:
            return None
        best = None
        best_d = MARKER_HIT_PX + 1.0
        for m in self._markers:
            d = abs(self.x_of(m.ms) + 4 - x)
            if d < best_d:
                best, best_d = m, d
        return best

    def _bands_at(self, ms: int) -> list[Band]:
        return [b for b in self._bands if b.start_ms <= ms <= b.end_ms]

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or not self._duration:
            return super().mousePressEvent(event)
        pos = event.position()
        marker = self._marker_at(pos.x(), pos.y())
        if marker is not None:
            self.seekRequested.emit(marker.ms)
            self.markerClicked.emit(marker.key)
            return
        ms = self.ms_at(pos.x())
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self._drag = "select"
            self._drag_anchor = ms
            self._selection = None
        else:
            self._drag = "seek"
            self.seekRequested.emit(ms)
        self.update()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """Double-click in a talk-over, hold or silence selects it (then L loops it)."""
        if event.button() != Qt.MouseButton.LeftButton or not self._duration:
            return super().mouseDoubleClickEvent(event)
        ms = self.ms_at(event.position().x())
        bands = self._bands_at(ms)
        if bands:
            band = min(bands, key=lambda b: b.end_ms - b.start_ms)  # the innermost one
            self.set_selection(band.start_ms, band.end_ms)
        self._drag = None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        x = event.position().x()
        if self._drag == "seek":
            self.seekRequested.emit(self.ms_at(x))
        elif self._drag == "select":
            a, b = sorted((self._drag_anchor, self.ms_at(x)))
            self._selection = (a, b) if b > a else None
            self.update()
        old = self._hover_x
        self._hover_x = int(x)
        if old != self._hover_x:
            self.update()  # whole widget: the time label in the ruler moves too
        marker = self._marker_at(x, event.position().y())
        self.setCursor(Qt.CursorShape.PointingHandCursor if marker else Qt.CursorShape.IBeamCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag == "select":
            a, b = sorted((self._drag_anchor, self.ms_at(event.position().x())))
            self._drag = None
            if b - a < 50:
                self.clear_selection()
            else:
                self.set_selection(a, b)
        self._drag = None

    def leaveEvent(self, event: QEvent) -> None:
        self._hover_x = None
        self.update()
        super().leaveEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if not self._duration:
            return
        delta = event.angleDelta()
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = delta.y() / 120
            if steps:
                self.zoom(1.25**steps, self.ms_at(event.position().x()))
            event.accept()
            return
        amount = delta.x() or delta.y()
        if amount and self._view_span:
            self.scroll_by(int(-amount / 120 * self._span() / 8))
            event.accept()
            return
        event.ignore()

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif event.key() in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_out()
        elif event.key() == Qt.Key.Key_Escape:
            self.clear_selection()
        else:
            super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            self._show_tooltip(event)
            return True
        return super().event(event)

    def _show_tooltip(self, event: QHelpEvent) -> None:
        if not self._duration:
            QToolTip.hideText()
            return
        x, y = event.pos().x(), event.pos().y()
        ms = self.ms_at(x)
        lines = [format_time(ms)]
        marker = self._marker_at(x, y)
        if marker is not None:
            lines = [f"{format_time(marker.ms)} — {marker.label}"]
        for band in self._bands_at(ms):
            lines.append(self._band_text(band))
        QToolTip.showText(event.globalPos(), "\n".join(lines), self)

    def _band_text(self, band: Band) -> str:
        length = format_time(band.end_ms - band.start_ms, with_hours=False)
        if band.kind == BandKind.HOLD:
            text = self.tr("Hold, %1").replace("%1", length)
            if band.flagged:
                text += " " + self.tr("(over 2 minutes)")
            return text
        if band.kind == BandKind.SILENCE:
            return self.tr("Silence, %1").replace("%1", length)
        if band.by == "agent":
            return self.tr("Talk-over, %1: the agent interrupted").replace("%1", length)
        if band.by == "customer":
            return self.tr("Talk-over, %1: the customer interrupted").replace("%1", length)
        return self.tr("Talk-over, %1").replace("%1", length)
