"""The coaching pack PDF, drawn with Qt's own PDF writer.

``qaclient coaching export-pack`` and the trainer's view call :func:`write_pack_pdf` with
the :class:`qaclient.coaching.pack.CoachingPack` the core assembled; the clips are cut by
the core beside the PDF and listed in it by file name.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

from ui.reports.pdf import (
    ensure_app,
    fmt,
    font_family,
    h2,
    in_language,
    page,
    table,
    write_html_pdf,
)


class CoachingPack:
    """Translation context of these strings: lupdate files ``CoachingPack.tr("…")`` under CoachingPack."""

    @staticmethod
    def tr(text: str) -> str:
        return QCoreApplication.translate("CoachingPack", text)


def verdict_name(verdict: str) -> str:
    names = {
        "improved": CoachingPack.tr("improved"),
        "same": CoachingPack.tr("same"),
        "worse": CoachingPack.tr("worse"),
        "no data": CoachingPack.tr("no data yet"),
    }
    return names.get(verdict, verdict)


def clock(ms: int) -> str:
    s = ms // 1000
    return f"{s // 60:02d}:{s % 60:02d}"


def trend_image(months, width: int = 900, height: int = 260) -> QImage:
    """Bars of the monthly average percent, labelled - the agent's trend at a glance."""
    img = QImage(width, height, QImage.Format.Format_ARGB32)
    img.fill(QColor("white"))
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont(font_family())
    font.setPixelSize(18)
    p.setFont(font)
    left, bottom, top = 60, height - 40, 20
    p.setPen(QPen(QColor("#9aa7b4"), 1))
    for pct in (0, 50, 100):
        y = bottom - (bottom - top) * pct / 100
        p.drawLine(left, int(y), width - 10, int(y))
        p.drawText(
            QRectF(0, y - 12, left - 8, 24),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            f"{pct}%",
        )
    n = max(1, len(months))
    slot = (width - left - 10) / n
    for i, m in enumerate(months):
        value = float(m.average_percent or 0)
        h = (bottom - top) * max(0.0, min(100.0, value)) / 100
        x = left + i * slot + slot * 0.2
        colour = (
            QColor("#2e7d4f")
            if value >= 80
            else QColor("#c9822b")
            if value >= 60
            else QColor("#b3261e")
        )
        p.fillRect(QRectF(x, bottom - h, slot * 0.6, h), colour)
        p.setPen(QColor("#1d2530"))
        p.drawText(
            QRectF(x - 20, bottom - h - 26, slot * 0.6 + 40, 24),
            Qt.AlignmentFlag.AlignCenter,
            f"{value:.1f}" if m.average_percent is not None else "—",
        )
        p.drawText(
            QRectF(left + i * slot, bottom + 6, slot, 30), Qt.AlignmentFlag.AlignCenter, m.month
        )
    p.end()
    return img


def pack_html(pack, lang: str = "en") -> str:
    s = pack.session
    body: list[str] = []
    when = (s.held_at or s.scheduled_at or s.created_at).strftime("%Y-%m-%d")
    body.append(
        table(
            [
                CoachingPack.tr("Agent"),
                CoachingPack.tr("Trainer"),
                CoachingPack.tr("Session"),
                CoachingPack.tr("Date"),
                CoachingPack.tr("Follow-up"),
            ],
            [
                [
                    html.escape(f"{pack.agent_name} ({pack.agent})"),
                    html.escape(pack.trainer_name or s.trainer),
                    html.escape(s.title or "—"),
                    when,
                    fmt(s.follow_up_on),
                ]
            ],
        )
    )
    if pack.profile.months:
        body.append(h2(CoachingPack.tr("Score trend (average % per month)")))
        body.append("<p><img src='trend.png' width='620'></p>")
    if pack.profile.weakest:
        body.append(h2(CoachingPack.tr("Items most often lost")))
        body.append(
            table(
                [
                    CoachingPack.tr("Item"),
                    CoachingPack.tr("Lost / evaluated"),
                    CoachingPack.tr("Points lost"),
                    CoachingPack.tr("Per evaluation"),
                ],
                [
                    [
                        html.escape(w.label),
                        f"{w.times_lost} / {w.evaluations}",
                        fmt(w.points_lost),
                        fmt(w.impact),
                    ]
                    for w in pack.profile.weakest[:6]
                ],
                widths=[55, 15, 15, 15],
            )
        )
    if pack.focus_labels:
        body.append(h2(CoachingPack.tr("Focus of this session")) + "<ul>")
        body.extend(f"<li>{html.escape(label)}</li>" for label in pack.focus_labels.values())
        body.append("</ul>")
    body.append(h2(CoachingPack.tr("Plan")))
    body.append(
        table(
            [
                CoachingPack.tr("Observed behaviour"),
                CoachingPack.tr("Effect on the customer"),
                CoachingPack.tr("Agreed target"),
            ],
            [
                [
                    html.escape(s.observed_behaviour or "—").replace("\n", "<br>"),
                    html.escape(s.effect_on_customer or "—").replace("\n", "<br>"),
                    html.escape(s.agreed_target or "—").replace("\n", "<br>"),
                ]
            ],
            widths=[34, 33, 33],
        )
    )
    open_prompts = [p for p in pack.prompts if p.blocking]
    if open_prompts:
        body.append(
            "<p class='note'>"
            + CoachingPack.tr("Plan not finished:")
            + " "
            + " ".join(html.escape(str(p.message)) for p in open_prompts)
            + "</p>"
        )
    if pack.clips:
        body.append(h2(CoachingPack.tr("Moments to listen to")))
        body.append(
            table(
                [
                    CoachingPack.tr("#"),
                    CoachingPack.tr("Call"),
                    CoachingPack.tr("Time"),
                    CoachingPack.tr("Item"),
                    CoachingPack.tr("Comment"),
                    CoachingPack.tr("Clip file"),
                ],
                [
                    [
                        str(c.number),
                        html.escape(f"{c.clip.call_id}  {c.scored_at}"),
                        f"{clock(c.clip.start_ms)}–{clock(c.clip.end_ms)}",
                        html.escape(c.item_label or "—"),
                        html.escape(c.clip.note or ""),
                        html.escape(
                            pack.clip_files.get(c.file_stem, CoachingPack.tr("(no audio)"))
                        ),
                    ]
                    for c in pack.clips
                ],
                widths=[4, 20, 12, 20, 30, 14],
            )
        )
    if pack.comparison:
        body.append(h2(CoachingPack.tr("Before and after the session")))
        body.append(
            table(
                [
                    CoachingPack.tr("Item"),
                    CoachingPack.tr("Before"),
                    CoachingPack.tr("After"),
                    CoachingPack.tr("Change"),
                    CoachingPack.tr("Result"),
                ],
                [
                    [
                        html.escape(c.label),
                        f"{fmt(c.before_percent if c.before_percent is not None else c.before_average)}"
                        f" <span class='note'>(n={c.before_n})</span>",
                        f"{fmt(c.after_percent if c.after_percent is not None else c.after_average)}"
                        f" <span class='note'>(n={c.after_n})</span>",
                        fmt(c.change),
                        verdict_name(c.verdict),
                    ]
                    for c in pack.comparison
                ],
            )
        )
    if s.outcome_notes:
        body.append(h2(CoachingPack.tr("Outcome")) + f"<p>{html.escape(s.outcome_notes)}</p>")
    ack = (
        CoachingPack.tr("Acknowledged by {who} on {when}").format(
            who=pack.agent_name if s.acknowledged_by == pack.agent else s.acknowledged_by,
            when=s.acknowledged_at.date(),
        )
        if s.acknowledged_at
        else CoachingPack.tr("Agent's signature: ____________________   Date: __________")
    )
    body.append(f"<p style='margin-top:18px'>{html.escape(ack)}</p>")
    return page(CoachingPack.tr("Coaching pack"), f"{pack.agent_name} · {when}", "".join(body))


@in_language
def write_pack_pdf(pack, path: str | Path, lang: str = "en") -> Path:
    ensure_app()
    resources = {"trend.png": trend_image(pack.profile.months)} if pack.profile.months else {}
    return write_html_pdf(pack_html(pack, lang), path, resources=resources)
