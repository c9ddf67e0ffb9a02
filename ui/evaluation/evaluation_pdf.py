"""One evaluation as a PDF: the score and *how it was computed* (every section and item
with the answer, points, maximum and weight, and the steps in words), the inspector's
comments and coaching note, and any dispute with its outcome — what an agent keeps, signs
or takes to a review.  Written in the chosen language (``--lang``), as the reports are.

    qaclient evaluation export ID -o evaluation.pdf [--force]
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from qaclient.rubrics.breakdown import breakdown
from qaclient.rubrics.model import label
from ui.evaluation.breakdown import answer_text
from ui.evaluation.panel import format_ms
from ui.evaluation.status_banner import dispute_outcome_name, status_name
from ui.reports.pdf import ensure_app, in_language, page, table, write_html_pdf


class EvaluationPdf:
    """Translation context: lupdate files ``EvaluationPdf.tr("…")`` under EvaluationPdf."""

    @staticmethod
    def tr(text: str) -> str:
        return QCoreApplication.translate("EvaluationPdf", text)


def _num(x: Any) -> str:
    if x is None:
        return ""
    return f"{x:g}" if isinstance(x, float) else str(x)


def evaluation_html(view: Any, disputes: list[Any], names: dict[str, str], lang: str) -> str:
    esc = html.escape
    b = breakdown(view.rubric, view.answers, view.result, lang=lang)
    person = names.get
    title = EvaluationPdf.tr("Evaluation of call %1").replace("%1", view.call_id)
    subtitle = " · ".join(
        [
            label(view.rubric.labels, lang) + f" v{view.rubric.version}",
            EvaluationPdf.tr("agent %1").replace("%1", person(view.agent, view.agent)),
            EvaluationPdf.tr("inspector %1").replace("%1", person(view.evaluator, view.evaluator)),
            status_name(str(view.status)),
        ]
    )
    heads = {
        "score": EvaluationPdf.tr("Score"),
        "how": EvaluationPdf.tr("How this score was computed"),
        "comments": EvaluationPdf.tr("Comments"),
        "note": EvaluationPdf.tr("Coaching note"),
        "dispute": EvaluationPdf.tr("Dispute"),
    }
    body = [
        f"<h2>{esc(heads['score'])}</h2>",
        "<p><b>"
        + esc(
            EvaluationPdf.tr("%1 of %2 points, %3 %, grade %4")
            .replace("%1", _num(b["total"]))
            .replace("%2", _num(b["max"]))
            .replace("%3", _num(b["percent"]))
            .replace("%4", (b["grade_band"] or {}).get("label") or b["grade"] or "—")
        )
        + "</b></p>",
        f"<h2>{esc(heads['how'])}</h2>",
        "<ul>" + "".join(f"<li>{esc(s)}</li>" for s in b["steps"]) + "</ul>",
    ]
    rows, styles = [], []
    for sec in b["sections"]:
        weight = ""
        if "weight" in sec:
            weight = EvaluationPdf.tr("%1 (share %2 %)").replace("%1", _num(sec["weight"]))
            weight = weight.replace("%2", _num(sec.get("share_percent")))
        rows.append(
            [
                f"<b>{esc(sec['label'])}</b>",
                esc(EvaluationPdf.tr("N/A")) if sec["na"] else "",
                f"<b>{_num(sec['score'])}</b>",
                f"<b>{_num(sec['max'])}</b>",
                esc(weight),
            ]
        )
        styles.append(["background:#f1f4f8"] * 5)
        for it in sec["items"]:
            grey = "" if it["applicable"] else "color:#8a8f98"
            if it["auto_failed"]:
                grey = "color:#c62828"
            rows.append(
                [
                    "&nbsp;&nbsp;" + esc(it["label"]),
                    esc(answer_text(view.rubric, it["id"], it["answer"], lang)),
                    _num(it["points"]),
                    _num(it["max"]),
                    _num(it.get("weight")),
                ]
            )
            styles.append([grey] * 5)
    body.append(
        table(
            [
                EvaluationPdf.tr("Section / item"),
                EvaluationPdf.tr("Answer"),
                EvaluationPdf.tr("Points"),
                EvaluationPdf.tr("Of"),
                EvaluationPdf.tr("Weight"),
            ],
            rows,
            styles=styles,
            widths=[52, 16, 9, 9, 14],
        )
    )
    if view.comments:
        body.append(f"<h2>{esc(heads['comments'])}</h2>")
        body.append(
            table(
                [EvaluationPdf.tr("Time"), EvaluationPdf.tr("Item"), EvaluationPdf.tr("Comment")],
                [
                    [
                        format_ms(c.position_ms),
                        esc(label(view.rubric.item(c.item_id).labels, lang))
                        if c.item_id and view.rubric.item(c.item_id)
                        else "",
                        esc(c.text),
                    ]
                    for c in view.comments
                ],
                widths=[10, 30, 60],
            )
        )
    if view.note:
        body.append(f"<h2>{esc(heads['note'])}</h2><p>{esc(view.note)}</p>")
    for d in disputes:
        body.append(f"<h2>{esc(heads['dispute'])}</h2>")
        items = "".join(
            "<li>"
            + esc(
                label(view.rubric.item(i.item).labels, lang) if view.rubric.item(i.item) else i.item
            )
            + ": "
            + esc(i.reason)
            + "</li>"
            for i in d.items
        )
        body.append(f"<ul>{items}</ul>")
        if str(d.status) != "open":
            body.append(
                "<p>"
                + esc(
                    EvaluationPdf.tr("%1 by %2: %3")
                    .replace("%1", dispute_outcome_name(str(d.status)))
                    .replace("%2", person(d.resolved_by or "", d.resolved_by or ""))
                    .replace("%3", d.resolution)
                )
                + "</p>"
            )
    return page(title, subtitle, "".join(body))


@in_language
def write_evaluation_pdf(
    view: Any, path: str | Path, lang: str = "en", *, disputes=(), names=None
) -> Path:
    ensure_app()
    return write_html_pdf(evaluation_html(view, list(disputes), names or {}, lang), path)
