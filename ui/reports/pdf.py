"""Reports to PDF with Qt's own PDF writer (QPdfWriter + QTextDocument).

Called by the desktop views and, imported by name, by ``qaclient report … --format pdf``
(the core never imports Qt).  Text is laid out as HTML in a CJK-capable font (Noto Sans
CJK when installed), so Chinese rubric labels render; pass/fail cells are coloured like
the on-screen report.  Works without a display: a QGuiApplication is created on the
offscreen platform when none exists.
"""

from __future__ import annotations

import functools
import html
import os
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QMarginsF, QSizeF
from PySide6.QtGui import (
    QFontDatabase,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)

PASS_BG = "#d8f0dc"
FAIL_BG = "#f8d7d5"
_app: Any = None  # keeps the app created here alive


def ensure_app() -> None:
    """Text layout needs a QGuiApplication; make one (offscreen when headless) if missing.

    A full QApplication, so that widgets created later in the same process (the desktop
    app, pytest-qt) still work."""
    global _app
    if QCoreApplication.instance() is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication

        _app = QApplication([])


def font_family() -> str:
    families = set(QFontDatabase.families())
    for fam in (
        "Noto Sans CJK SC",
        "Noto Sans SC",
        "Source Han Sans SC",
        "WenQuanYi Micro Hei",
        "Noto Sans",
        "DejaVu Sans",
    ):
        if fam in families:
            return fam
    return "sans-serif"


def in_language(fn: Callable[..., Path]) -> Callable[..., Path]:
    """Write the document in its *lang*: headings (Qt) and the core's messages alike."""

    @functools.wraps(fn)
    def wrapper(report: Any, path: str | Path, lang: str = "en", **kw: Any) -> Path:
        ensure_app()
        from ui.i18n import translated

        with translated(lang):
            return fn(report, path, lang, **kw)

    return wrapper


class ReportPdf:
    """Translation context of these strings: lupdate files ``ReportPdf.tr("…")`` under ReportPdf."""

    @staticmethod
    def tr(text: str) -> str:
        return QCoreApplication.translate("ReportPdf", text)


def h2(text: str) -> str:
    return f"<h2>{html.escape(text)}</h2>"


def fmt(v: Any) -> str:
    if v is None:
        return "—"
    if isinstance(v, bool):
        return ReportPdf.tr("pass") if v else ReportPdf.tr("fail")
    if isinstance(v, Decimal):
        return (
            f"{v:,.2f}"
            if v != v.to_integral_value() or abs(v) >= 1000
            else f"{v:.2f}".rstrip("0").rstrip(".")
        )
    if isinstance(v, float):
        return f"{v:.2f}"
    return html.escape(str(v))


def change(v: Any) -> str:
    if v is None:
        return "—"
    arrow = "▲" if v > 0 else "▼" if v < 0 else "="
    return f"{arrow} {abs(v):.1f} %"


def table(
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    styles: Iterable[Sequence[str]] | None = None,
    widths: Sequence[int] | None = None,
) -> str:
    out = ["<table class='grid' cellspacing='0' cellpadding='3' width='100%'>", "<tr>"]
    for i, h in enumerate(headers):
        w = f" width='{widths[i]}%'" if widths else ""
        out.append(f"<th{w}>{html.escape(h)}</th>")
    out.append("</tr>")
    style_rows = list(styles) if styles is not None else None
    for r, row in enumerate(rows):
        out.append("<tr>")
        for c, cell in enumerate(row):
            st = (
                style_rows[r][c]
                if style_rows and c < len(style_rows[r]) and style_rows[r][c]
                else ""
            )
            out.append(f"<td{(' style=' + repr(st)) if st else ''}>{cell}</td>")
        out.append("</tr>")
    out.append("</table>")
    return "".join(out)


def page(title: str, subtitle: str, body: str) -> str:
    fam = font_family()
    return f"""<html><head><style>
body {{ font-family: 'DejaVu Sans', '{fam}'; font-size: 9pt; color: #1d2530; }}
h1 {{ font-size: 16pt; margin: 0; color: #17324d; }}
h2 {{ font-size: 11.5pt; margin-top: 14px; margin-bottom: 4px; color: #17324d; }}
p.sub {{ color: #5b6672; margin-top: 2px; }}
table.grid {{ border-collapse: collapse; }}
table.grid th {{ background: #e8edf3; border: 1px solid #b7c2cd; text-align: left; font-weight: bold; }}
table.grid td {{ border: 1px solid #ccd5de; }}
.note {{ color: #5b6672; font-size: 8pt; }}
</style></head><body><h1>{html.escape(title)}</h1><p class='sub'>{html.escape(subtitle)}</p>{body}</body></html>"""


def write_html_pdf(
    doc_html: str,
    path: str | Path,
    *,
    landscape: bool = False,
    resources: dict[str, Any] | None = None,
) -> Path:
    """Lay out *doc_html* on A4 pages (numbered) and write the PDF to *path*."""
    ensure_app()
    path = Path(path)
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageOrientation(
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    writer.setPageMargins(QMarginsF(14, 14, 14, 14), QPageLayout.Unit.Millimeter)
    writer.setResolution(144)
    writer.setTitle(path.stem)
    writer.setCreator("qaclient")
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    for name, image in (resources or {}).items():
        from PySide6.QtCore import QUrl

        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    doc.setHtml(doc_html)
    layout = writer.pageLayout()
    rect = layout.paintRectPixels(writer.resolution())
    doc.setPageSize(QSizeF(rect.width(), rect.height()))
    doc.print_(writer)
    del writer  # flushes the file
    if not path.exists() or path.stat().st_size == 0:
        raise OSError(f"{path}: the PDF writer produced no file")
    return path


# ============================================================================ KPI report

METRIC_NAMES = {
    "evaluations": QT_TRANSLATE_NOOP("ReportPdf", "Evaluations done"),
    "average_score": QT_TRANSLATE_NOOP("ReportPdf", "Average score"),
    "average_percent": QT_TRANSLATE_NOOP("ReportPdf", "Average %"),
    "phrase_rate": QT_TRANSLATE_NOOP("ReportPdf", "Standard-phrase use rate %"),
    "answer_accuracy": QT_TRANSLATE_NOOP("ReportPdf", "Answer accuracy %"),
    "error_rate": QT_TRANSLATE_NOOP("ReportPdf", "Error rate %"),
    "error_occurrences": QT_TRANSLATE_NOOP("ReportPdf", "Error occurrences"),
    "coverage": QT_TRANSLATE_NOOP("ReportPdf", "Sample coverage %"),
}


def _metric_cells(m: dict[str, Any]) -> tuple[list[str], list[str]]:
    target = m.get("target", "").replace(">=", "≥").replace("<=", "≤")
    cells = [fmt(m["current"]), fmt(m["previous"]), change(m["change_pct"]), html.escape(target)]
    colour = ""
    if m.get("pass") is True:
        colour = f"background-color: {PASS_BG}"
    elif m.get("pass") is False:
        colour = f"background-color: {FAIL_BG}"
    return cells, [colour, "", "", ""]


def grade_name(grade: str) -> str:
    """A grade band in words where it is a word (pass / fail); letters stay letters."""
    return {"pass": ReportPdf.tr("pass"), "fail": ReportPdf.tr("fail")}.get(grade, grade)


def category_name(code: str | None) -> str:
    """The KPI error category of an item in words (P: standard phrase, A: answer)."""
    names = {"P": ReportPdf.tr("phrase"), "A": ReportPdf.tr("answer")}
    return html.escape(names.get(code or "", code or "—"))


def kpi_html(report, lang: str = "en") -> str:
    j = report.to_json()
    month, prev = j["month"], j["previous_month"]
    heading = ReportPdf.tr("Centre")
    if j["team"]:
        heading = ReportPdf.tr("Centre — team %1").replace("%1", j["team"])
    body = [h2(heading)]
    rows, styles = [], []
    for key, name in METRIC_NAMES.items():
        cells, st = _metric_cells(j["centre"]["metrics"][key])
        rows.append([ReportPdf.tr(name), *cells])
        styles.append(["", *st])
    body.append(
        table(
            [ReportPdf.tr("Figure"), month, prev, ReportPdf.tr("Change"), ReportPdf.tr("Target")],
            rows,
            styles=styles,
            widths=[40, 15, 15, 15, 15],
        )
    )
    grades = j["centre"]["grades"]
    names = sorted(set(grades["current"]) | set(grades["previous"]))
    if names:
        body.append(h2(ReportPdf.tr("Grade distribution")))
        body.append(
            table(
                [ReportPdf.tr("Month"), *[grade_name(g) for g in names]],
                [
                    [month, *[fmt(grades["current"].get(g, 0)) for g in names]],
                    [prev, *[fmt(grades["previous"].get(g, 0)) for g in names]],
                ],
            )
        )
    for level, rows_src in (
        (ReportPdf.tr("Teams"), j["teams"]),
        (ReportPdf.tr("Agents"), j["agents"]),
    ):
        if not rows_src:
            continue
        body.append(h2(level))
        keys = [
            "evaluations",
            "average_percent",
            "phrase_rate",
            "answer_accuracy",
            "error_rate",
            "coverage",
        ]
        rows, styles = [], []
        for r in rows_src:
            name = r.get("name") or r["key"] or "—"
            if r["level"] == "team" and not r["team"]:
                name = ReportPdf.tr("(no team)")
            line, st = [html.escape(name)], [""]
            for k in keys:
                m = r["metrics"][k]
                line.append(
                    f"{fmt(m['current'])} <span class='note'>({change(m['change_pct'])})</span>"
                )
                st.append(_metric_cells(m)[1][0])
            rows.append(line)
            styles.append(st)
        body.append(
            table(
                [
                    ReportPdf.tr("Name"),
                    ReportPdf.tr("Evaluations"),
                    ReportPdf.tr("Average %"),
                    ReportPdf.tr("Phrase use %"),
                    ReportPdf.tr("Accuracy %"),
                    ReportPdf.tr("Error rate %"),
                    ReportPdf.tr("Coverage %"),
                ],
                rows,
                styles=styles,
            )
        )
    missed = [
        (a.get("name") or a["key"], a["coverage"]["missed_days"])
        for a in j["agents"]
        if a["coverage"]["missed_days"]
    ]
    if missed:
        body.append(h2(ReportPdf.tr("Working days without an evaluation")))
        body.append(
            table(
                [ReportPdf.tr("Agent"), ReportPdf.tr("Days")],
                [[html.escape(a), ", ".join(d)] for a, d in missed],
                widths=[20, 80],
            )
        )
    if j["sections"]:
        body.append(h2(ReportPdf.tr("Section averages")))
        body.append(
            table(
                [
                    ReportPdf.tr("Rubric"),
                    ReportPdf.tr("Section"),
                    "n",
                    "N/A",
                    ReportPdf.tr("Average"),
                    "%",
                    prev + " %",
                    ReportPdf.tr("Change"),
                ],
                [
                    [
                        html.escape(s.get("rubric_title") or s["rubric"]),
                        html.escape(s["label"]),
                        fmt(s["n"]),
                        fmt(s["na"]),
                        fmt(s["average"]),
                        fmt(s["percent"]),
                        fmt(s["previous_percent"]),
                        change(s["change_pct"]),
                    ]
                    for s in j["sections"]
                ],
            )
        )
    if j["items"]:
        body.append(h2(ReportPdf.tr("Item averages")))
        body.append(
            table(
                [
                    ReportPdf.tr("Rubric"),
                    ReportPdf.tr("Item"),
                    ReportPdf.tr("Cat."),
                    "n",
                    "N/A",
                    ReportPdf.tr("Average"),
                    "%",
                    ReportPdf.tr("Lost"),
                ],
                [
                    [
                        html.escape(i.get("rubric_title") or i["rubric"]),
                        html.escape(i["label"]),
                        category_name(i["category"]),
                        fmt(i["n"]),
                        fmt(i["na"]),
                        fmt(i["average"]),
                        fmt(i["percent"]),
                        fmt(i["times_lost"]),
                    ]
                    for i in j["items"]
                ],
                widths=[12, 46, 6, 6, 6, 9, 8, 7],
            )
        )
    note = ReportPdf.tr(
        "Rates count calls sampled: a call with an error of a category counts once for that "
        "category. Error rate = (calls with a standard-phrase error + calls with an answer "
        "error) / calls sampled."
    )
    body.append(f"<p class='note'>{html.escape(note)}</p>")
    subtitle = ReportPdf.tr(
        "Monthly KPI report {month}, compared with {prev}; time zone {tz}"
    ).format(month=month, prev=prev, tz=j["time_zone"])
    return page(ReportPdf.tr("QA monthly report"), subtitle, "".join(body))


@in_language
def write_kpi_pdf(report, path: str | Path, lang: str = "en") -> Path:
    ensure_app()
    return write_html_pdf(kpi_html(report, lang), path)


# ============================================================================ scorecard, inspectors


@in_language
def write_scorecard_pdf(report, path: str | Path, lang: str = "en") -> Path:
    from qaclient.reports.scorecard import Policy, scorecard_rubric

    ensure_app()
    policy = Policy.from_rubric(scorecard_rubric())
    j = report.to_json()
    rows, styles = [], []
    for c in j["agents"]:
        bad = c["grade"] == "fail" or c["warnings"]
        rows.append(
            [
                fmt(c["rank"]),
                html.escape(c.get("name") or c["agent"]),
                html.escape(c["team"] or "—"),
                fmt(c["bonus"]),
                fmt(c["infractions"]),
                fmt(c["spot_checks"]),
                fmt(c["adjustment"]),
                fmt(c["score"]),
                html.escape(policy.grade_label(c["grade"], lang)),
                fmt(c["pay_float"]),
                html.escape("; ".join(c["warnings"])),
            ]
        )
        styles.append([""] * 8 + [f"background-color: {FAIL_BG}" if bad else ""] + ["", ""])
    body = table(
        [
            ReportPdf.tr("Rank"),
            ReportPdf.tr("Agent"),
            ReportPdf.tr("Team"),
            ReportPdf.tr("Bonus"),
            ReportPdf.tr("Infractions"),
            ReportPdf.tr("Spot checks"),
            ReportPdf.tr("Adjustment"),
            ReportPdf.tr("Score"),
            ReportPdf.tr("Grade"),
            ReportPdf.tr("Pay float"),
            ReportPdf.tr("Warnings"),
        ],
        rows,
        styles=styles,
    )
    kinds = {
        "bonus": ReportPdf.tr("bonus"),
        "minor": ReportPdf.tr("minor"),
        "moderate": ReportPdf.tr("moderate"),
        "severe": ReportPdf.tr("severe"),
        "adjustment": ReportPdf.tr("adjustment"),
        "flag": ReportPdf.tr("dismissal act"),
        "spot_check": ReportPdf.tr("spot check"),
        "escalation": ReportPdf.tr("escalation"),
    }
    events = [
        [
            html.escape(c.get("name") or c["agent"]),
            kinds.get(e["kind"], e["kind"]),
            html.escape(policy.item_label(e["item"], lang) if e["item"] else "—"),
            f"{fmt(e['points'])} × {e['count']}",
            fmt(e["total"]),
            html.escape(e["reason"]),
            fmt(e["occurred_on"]),
        ]
        for c in j["agents"]
        for e in c["events"]
    ]
    if events:
        body += h2(ReportPdf.tr("Events")) + table(
            [
                ReportPdf.tr("Agent"),
                ReportPdf.tr("Kind"),
                ReportPdf.tr("Item"),
                ReportPdf.tr("Points"),
                ReportPdf.tr("Total"),
                ReportPdf.tr("Reason"),
                ReportPdf.tr("Date"),
            ],
            events,
            widths=[8, 9, 25, 8, 6, 34, 10],
        )
    return write_html_pdf(
        page(ReportPdf.tr("Monthly agent scorecards"), j["month"], body), path, landscape=True
    )


@in_language
def write_inspectors_pdf(report, path: str | Path, lang: str = "en") -> Path:
    ensure_app()
    j = report.to_json()
    rows, styles = [], []
    for i in j["inspectors"]:
        rows.append(
            [
                html.escape(i.get("name") or i["inspector"]),
                fmt(i["evaluations"]),
                fmt(i["per_day"]),
                fmt(i["handling_seconds"]),
                fmt(i["mean_percent"]),
                fmt(i["stddev_percent"]),
                fmt(i["vs_mean"]),
                {"lenient": ReportPdf.tr("lenient"), "harsh": ReportPdf.tr("harsh")}.get(
                    i["flag"], i["flag"] or ""
                ),
            ]
        )
        styles.append([""] * 7 + [f"background-color: {FAIL_BG}" if i["flag"] else ""])
    body = table(
        [
            ReportPdf.tr("Inspector"),
            ReportPdf.tr("Evaluations"),
            ReportPdf.tr("Per day"),
            ReportPdf.tr("Handling s"),
            ReportPdf.tr("Mean %"),
            ReportPdf.tr("SD"),
            ReportPdf.tr("vs mean"),
            ReportPdf.tr("Flag"),
        ],
        rows,
        styles=styles,
    )
    sub = ReportPdf.tr("{month}; everyone's mean {mean} %").format(
        month=j["month"], mean=fmt(j["mean_percent"])
    )
    return write_html_pdf(page(ReportPdf.tr("Inspector statistics"), sub, body), path)
