"""Spreadsheet headings of the report tables in the reader's language.

``tables()`` of every report names its columns with machine keys (``average_percent``,
``error_rate_previous`` …): the JSON output and scripts keep those.  A person exporting a
report to CSV or XLSX reads headings in the language they chose: :func:`localize` turns
the keys into the core's Fluent messages (``resources/translations/core/<lang>/reports.ftl``,
ids ``report-header-…``).  Keys with no heading (grade letters, dates, score buckets)
stay as they are — they read the same in every language.
"""

from __future__ import annotations

from collections.abc import Sequence

from qaclient.messages import Message, render
from qaclient.reports.common import Table

#: Column key -> message id.
HEADERS: dict[str, str] = {
    "level": "report-header-level",
    "key": "report-header-key",
    "team": "report-header-team",
    "evaluations": "report-header-evaluations",
    "average_score": "report-header-average-score",
    "average_percent": "report-header-average-percent",
    "phrase_rate": "report-header-phrase-rate",
    "answer_accuracy": "report-header-answer-accuracy",
    "error_rate": "report-header-error-rate",
    "error_occurrences": "report-header-error-occurrences",
    "coverage": "report-header-coverage",
    "month": "report-header-month",
    "agent": "report-header-agent",
    "working_days": "report-header-working-days",
    "sampled_days": "report-header-sampled-days",
    "coverage_pct": "report-header-coverage-pct",
    "missed_days": "report-header-missed-days",
    "rubric": "report-header-rubric",
    "id": "report-header-id",
    "label": "report-header-label",
    "section": "report-header-section",
    "category": "report-header-category",
    "n": "report-header-n",
    "na": "report-header-na",
    "average": "report-header-average",
    "percent": "report-header-percent",
    "times_lost": "report-header-times-lost",
    "previous_n": "report-header-previous-n",
    "previous_percent": "report-header-previous-percent",
    "change_pct": "report-header-change-pct",
    "base": "report-header-base",
    "bonus": "report-header-bonus",
    "infractions": "report-header-infractions",
    "spot_checks": "report-header-spot-checks",
    "adjustment": "report-header-adjustment",
    "uncapped": "report-header-uncapped",
    "score": "report-header-score",
    "grade": "report-header-grade",
    "rank": "report-header-rank",
    "last_place": "report-header-last-place",
    "pay_float": "report-header-pay-float",
    "flags": "report-header-flags",
    "warnings": "report-header-warnings",
    "kind": "report-header-kind",
    "item": "report-header-item",
    "points": "report-header-points",
    "count": "report-header-count",
    "total": "report-header-total",
    "reason": "report-header-reason",
    "occurred_on": "report-header-occurred-on",
    "evaluation": "report-header-evaluation",
    "inspector": "report-header-inspector",
    "active_days": "report-header-active-days",
    "per_day": "report-header-per-day",
    "handling_seconds": "report-header-handling-seconds",
    "mean_percent": "report-header-mean-percent",
    "stddev_percent": "report-header-stddev-percent",
    "min_percent": "report-header-min-percent",
    "max_percent": "report-header-max-percent",
    "vs_mean": "report-header-vs-mean",
    "flag": "report-header-flag",
    "dispute_rate": "report-header-dispute-rate",
    "uphold_rate": "report-header-uphold-rate",
}
#: Table name -> message id (the XLSX sheet, the "# name" line of a CSV).
TABLES: dict[str, str] = {
    "kpi": "report-header-table-kpi",
    "grades": "report-header-table-grades",
    "coverage": "report-header-table-coverage",
    "sections": "report-header-table-sections",
    "items": "report-header-table-items",
    "scorecard": "report-header-table-scorecard",
    "scorecard_events": "report-header-table-scorecard-events",
    "inspectors": "report-header-table-inspectors",
    "inspector_days": "report-header-table-inspector-days",
}
#: Suffixes of the KPI metric columns -> message id with ``$name`` (the metric's heading).
SUFFIXES: tuple[tuple[str, str], ...] = (
    ("_previous", "report-header-suffix-previous"),
    ("_change_pct", "report-header-suffix-change"),
    ("_pass", "report-header-suffix-pass"),
)
#: What a sheet name may not hold (Excel).
_SHEET_FORBIDDEN = str.maketrans({c: " " for c in "[]:*?/\\"})


def heading(key: str, lang: str) -> str:
    """The heading of column *key* in *lang* (the key itself when it has none)."""
    mid = HEADERS.get(key)
    if mid is not None:
        return render(Message(mid), lang)
    for suffix, suffix_id in SUFFIXES:
        base = key[: -len(suffix)]
        if key.endswith(suffix) and base in HEADERS:
            return render(Message(suffix_id, {"name": heading(base, lang)}), lang)
    return key


def table_name(name: str, lang: str) -> str:
    mid = TABLES.get(name)
    text = render(Message(mid), lang) if mid is not None else name
    return text.translate(_SHEET_FORBIDDEN)[:31]


def localize(tables: Sequence[Table], lang: str | None) -> list[Table]:
    """*tables* with headings (and table names) in *lang*; None keeps the machine keys."""
    if lang is None:
        return list(tables)
    return [
        Table(table_name(t.name, lang), [heading(c, lang) for c in t.columns], t.rows)
        for t in tables
    ]
