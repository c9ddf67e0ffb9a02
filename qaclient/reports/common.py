"""What every report shares: which evaluations count, exact arithmetic, labels, tables.

* Only evaluations that left the inspector's desk count: status other than ``draft``,
  not deleted, with a ``scored_at`` date.  A disputed evaluation still counts (the score
  stands until it is revised); a revised one counts with its revised figures.
* Sums run in SQL on the raw DecimalE4 integers (ten-thousandths) and are divided here in
  :class:`~decimal.Decimal`, so an average shown to a manager is exact to the cent -
  ``SUM(total)/COUNT(*)`` rather than a float ``AVG``.
* Every report can present itself as :class:`Table` rows, which the exporters (CSV, XLSX)
  and the UI share.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import BigInteger, select, type_coerce
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from qaclient.storage.models import Evaluation, RubricVersion
from qaclient.storage.types import SCALE

#: Statuses of evaluations that count in reports (everything but an unfinished draft).
REPORTABLE = ("submitted", "acknowledged", "disputed", "revised", "final")

TWO = Decimal("0.01")


def raw(column) -> ColumnElement[int]:
    """The stored integer (ten-thousandths) of a DecimalE4 column, for SUM in SQL."""
    return type_coerce(column, BigInteger)


def counted(start, end) -> list[ColumnElement[bool]]:
    """WHERE clauses: reportable evaluations scored in [start, end)."""
    return [
        Evaluation.status.in_(REPORTABLE),
        Evaluation.deleted.is_(False),
        Evaluation.scored_at >= start,
        Evaluation.scored_at < end,
    ]


def dec(raw_sum: int | None) -> Decimal:
    """A raw DecimalE4 sum back to points."""
    return Decimal(int(raw_sum or 0)) / SCALE


def q2(value: Decimal | None) -> Decimal | None:
    return None if value is None else value.quantize(TWO, rounding=ROUND_HALF_UP)


def ratio(part: Decimal | int, whole: Decimal | int) -> Decimal | None:
    """``part / whole`` or None when there is nothing to divide by."""
    if not whole:
        return None
    return Decimal(part) / Decimal(whole)


def pct(part: Decimal | int, whole: Decimal | int) -> Decimal | None:
    """A percentage rounded to 0.01, or None when *whole* is zero (no data, not 0 %)."""
    r = ratio(part, whole)
    return None if r is None else q2(r * 100)


def change_pct(current: Decimal | int | None, previous: Decimal | int | None) -> Decimal | None:
    """Month-over-month change in percent of last month's figure (None if not defined)."""
    if current is None or previous is None or Decimal(previous) == 0:
        return None
    return q2((Decimal(current) - Decimal(previous)) / abs(Decimal(previous)) * 100)


def delta(current: Decimal | int | None, previous: Decimal | int | None) -> Decimal | None:
    if current is None or previous is None:
        return None
    return Decimal(current) - Decimal(previous)


@dataclass
class Table:
    """A flat table (name, column headers, rows) - what CSV/XLSX export and list views take."""

    name: str
    columns: Sequence[str]
    rows: list[list[Any]] = field(default_factory=list)


# ---------------------------------------------------------------------- rubric labels


@dataclass
class RubricLabels:
    """Section and item titles of rubrics, by ``(rubric_id, id)``, from stored versions."""

    sections: dict[tuple[str, str], dict[str, str]] = field(default_factory=dict)
    items: dict[tuple[str, str], dict[str, str]] = field(default_factory=dict)
    item_max: dict[tuple[str, str], Decimal] = field(default_factory=dict)
    titles: dict[str, dict[str, str]] = field(default_factory=dict)

    def section(self, rubric_id: str, section_id: str, lang: str = "en") -> str:
        return _pick(self.sections.get((rubric_id, section_id)), lang) or section_id

    def item(self, rubric_id: str, item_id: str, lang: str = "en") -> str:
        return _pick(self.items.get((rubric_id, item_id)), lang) or item_id

    def title(self, rubric_id: str, lang: str = "en") -> str:
        return _pick(self.titles.get(rubric_id), lang) or rubric_id

    def item_any(self, item_id: str, lang: str = "en") -> str:
        """An item's title whatever rubric it is in (coaching views show one agent's items)."""
        for (_rid, iid), labels in self.items.items():
            if iid == item_id:
                return _pick(labels, lang) or item_id
        return item_id


def _pick(labels: dict[str, str] | None, lang: str) -> str:
    if not labels:
        return ""
    for key in (lang, "en", "zh_CN", "es"):
        if labels.get(key):
            return labels[key]
    return next(iter(labels.values()), "")


def _labels_of(node: dict[str, Any]) -> dict[str, str]:
    for key in ("labels", "label", "title", "name"):
        value = node.get(key)
        if isinstance(value, dict):
            return {str(k): str(v) for k, v in value.items()}
        if isinstance(value, str) and value:
            return {"en": value}
    return {}


def load_labels(session: Session, rubric_version_ids: Iterable | None = None) -> RubricLabels:
    """Titles of sections and items from the stored rubric documents (newest version wins)."""
    out = RubricLabels()
    q = select(RubricVersion.rubric_id, RubricVersion.content).order_by(RubricVersion.version)
    if rubric_version_ids is not None:
        ids = list(rubric_version_ids)
        if not ids:
            return out
        q = q.where(RubricVersion.id.in_(ids))
    for rubric_id, content in session.execute(q):
        try:
            doc = json.loads(content)
        except (TypeError, ValueError):
            continue
        if not isinstance(doc, dict):
            continue
        out.titles[rubric_id] = _labels_of(doc)
        for sec in doc.get("sections") or []:
            if not isinstance(sec, dict) or "id" not in sec:
                continue
            out.sections[(rubric_id, str(sec["id"]))] = _labels_of(sec)
            for item in sec.get("items") or []:
                if isinstance(item, dict) and "id" in item:
                    out.items[(rubric_id, str(item["id"]))] = _labels_of(item)
    return out
