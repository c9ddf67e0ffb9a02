"""The evaluation's status where everybody sees it: status, who changed it and when, and
an open or resolved dispute with its items, reasons and outcome.

Shown above the form in the workspace, and in the agent's view and the disputes queue.
It keeps its height (one or two lines, elided) so it never pushes the layout around.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy

from qaclient import evaluations

STATUS_COLOURS = {
    "draft": ("#eef1f5", "#3d4450"),
    "submitted": ("#e3f0fb", "#0b4f8a"),
    "acknowledged": ("#e5f4e8", "#1f6b32"),
    "disputed": ("#fdecea", "#a12d22"),
    "revised": ("#fff4e0", "#8a5300"),
    "final": ("#eceff3", "#2b2f36"),
}


def status_name(status: str) -> str:
    """An evaluation status as the reader's language names it (the core's words, which
    follow the UI language)."""
    try:
        return str(evaluations.status_name(status))
    except ValueError:  # not a status (a newer client's): shown as it is
        return str(status)


def dispute_outcome_name(status: str) -> str:
    names = {
        "open": QCoreApplication.translate("DisputeStatus", "open"),
        "upheld": QCoreApplication.translate("DisputeStatus", "upheld"),
        "rejected": QCoreApplication.translate("DisputeStatus", "rejected"),
    }
    return names.get(str(status), str(status))


def when(dt: Any) -> str:
    if dt is None:
        return ""
    return QLocale().toString(dt.astimezone(), QLocale.FormatType.ShortFormat)


class StatusBanner(QLabel):
    """One evaluation's status line; :meth:`show_status` fills it, ``None`` hides it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("statusBanner")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setContentsMargins(8, 4, 8, 4)
        self.hide()

    def show_status(self, view: Any, disputes: list[Any] | None = None, names=None) -> None:
        """*view*: an EvaluationView (None hides the banner); *names*: login → display name."""
        if view is None:
            self.hide()
            return
        names = names or {}
        status = str(view.status)
        parts = [
            QCoreApplication.translate("StatusBanner", "Status: %1").replace(
                "%1", status_name(status)
            )
        ]
        if view.submitted_at is not None:
            parts.append(
                QCoreApplication.translate("StatusBanner", "submitted by %1 on %2")
                .replace("%1", names.get(view.evaluator, view.evaluator))
                .replace("%2", when(view.submitted_at))
            )
        latest = disputes[-1] if disputes else None
        if latest is not None:
            items = "; ".join(f"{i.item}: {i.reason}" for i in latest.items)
            if str(latest.status) == "open":
                parts.append(
                    QCoreApplication.translate("StatusBanner", "disputed by %1 on %2 — %3")
                    .replace("%1", names.get(latest.agent, latest.agent))
                    .replace("%2", when(latest.created_at))
                    .replace("%3", items)
                )
            else:
                parts.append(
                    QCoreApplication.translate("StatusBanner", "dispute %1 by %2: %3")
                    .replace("%1", dispute_outcome_name(str(latest.status)))
                    .replace("%2", names.get(latest.resolved_by or "", latest.resolved_by or ""))
                    .replace("%3", latest.resolution)
                )
        if view.calibration_id is not None:
            parts.append(
                QCoreApplication.translate(
                    "StatusBanner", "calibration session — never counts in KPIs"
                )
            )
        bg, fg = STATUS_COLOURS.get(status, STATUS_COLOURS["draft"])
        self.setStyleSheet(
            f"QLabel#statusBanner {{ background: {bg}; color: {fg}; border-radius: 4px; }}"
        )
        text = " · ".join(parts)
        self.setText(text)
        self.setToolTip(text)
        self.show()
