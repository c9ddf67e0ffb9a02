"""'How this score was computed': the core's breakdown (``qaclient.rubrics.breakdown``)
as a tree — sections with their score, share and contribution, items with the answer,
points, maximum and weight — and the steps in words underneath."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qaclient.rubrics.breakdown import breakdown
from qaclient.rubrics.model import Rubric, label


def _num(x: Any) -> str:
    if x is None:
        return ""
    if isinstance(x, float):
        return f"{x:g}"
    return str(x)


def answer_text(rubric: Rubric, item_id: str, answer: dict[str, Any] | None, lang: str) -> str:
    """An answer (JSON form) as a person reads it: the level's label, yes/no, ×count…"""
    if not answer:
        return QCoreApplication.translate("ScoreBreakdown", "not answered")
    if answer.get("na"):
        return QCoreApplication.translate("ScoreBreakdown", "N/A")
    item = rubric.item(item_id)
    if "level" in answer:
        if item is not None:
            for lv in item.levels:
                if lv.name == answer["level"]:
                    return label(lv.labels, lang) or lv.name
        return str(answer["level"])
    if "yes" in answer:
        return (
            QCoreApplication.translate("ScoreBreakdown", "yes")
            if answer["yes"]
            else QCoreApplication.translate("ScoreBreakdown", "no")
        )
    if "count" in answer:
        return "×" + str(answer["count"])
    if "value" in answer:
        return _num(answer["value"])
    return str(answer.get("text", ""))


class BreakdownView(QWidget):
    """The breakdown of one evaluation; :meth:`show_evaluation` fills it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(5)
        self.tree.setHeaderLabels(
            [
                QCoreApplication.translate("ScoreBreakdown", "Section / item"),
                QCoreApplication.translate("ScoreBreakdown", "Answer"),
                QCoreApplication.translate("ScoreBreakdown", "Points"),
                QCoreApplication.translate("ScoreBreakdown", "Of"),
                QCoreApplication.translate("ScoreBreakdown", "Weight"),
            ]
        )
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, 5):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setAlternatingRowColors(True)
        self.steps = QLabel()
        self.steps.setWordWrap(True)
        self.steps.setTextFormat(Qt.TextFormat.PlainText)
        self.steps.setObjectName("breakdownSteps")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.steps)
        self.data: dict[str, Any] | None = None

    def clear(self) -> None:
        self.tree.clear()
        self.steps.clear()
        self.data = None

    def show_evaluation(self, view: Any, lang: str) -> dict[str, Any]:
        """Fill from an ``EvaluationView``; returns the breakdown shown."""
        data = breakdown(view.rubric, view.answers, view.result, lang=lang)
        self.data = data
        self.tree.clear()
        grey = QBrush(QColor("#8a8f98"))
        red = QBrush(QColor("#c62828"))
        for sec in data["sections"]:
            weight = ""
            if "weight" in sec:
                weight = QCoreApplication.translate("ScoreBreakdown", "%1 (share %2 %)").replace(
                    "%1", _num(sec["weight"])
                )
                weight = weight.replace("%2", _num(sec.get("share_percent")))
            top = QTreeWidgetItem(
                [
                    sec["label"],
                    QCoreApplication.translate("ScoreBreakdown", "N/A") if sec["na"] else "",
                    _num(sec["score"]),
                    _num(sec["max"]),
                    weight,
                ]
            )
            font = top.font(0)
            font.setBold(True)
            for c in range(5):
                top.setFont(c, font)
            if sec["na"]:
                for c in range(5):
                    top.setForeground(c, grey)
            if sec["auto_failed"]:
                top.setForeground(2, red)
            self.tree.addTopLevelItem(top)
            for it in sec["items"]:
                child = QTreeWidgetItem(
                    [
                        it["label"],
                        answer_text(view.rubric, it["id"], it["answer"], lang),
                        _num(it["points"]),
                        _num(it["max"]),
                        _num(it.get("weight")),
                    ]
                )
                child.setData(0, Qt.ItemDataRole.UserRole, it["id"])
                child.setToolTip(0, f"{it['label']} ({it['id']})")
                if not it["applicable"]:
                    for c in range(5):
                        child.setForeground(c, grey)
                if it["auto_failed"]:
                    for c in range(5):
                        child.setForeground(c, red)
                top.addChild(child)
            top.setExpanded(True)
        self.steps.setText("\n".join("• " + s for s in data["steps"]))
        return data
