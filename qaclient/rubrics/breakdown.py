"""How a score was computed: every figure behind an evaluation's total, for a person.

An agent who disputes a score, a supervisor resolving the dispute and an inspector at a
calibration all ask the same question: *why this number?*  :func:`breakdown` answers it
from the scoring engine's own result (``scoring.score``) — nothing is recomputed by a
second set of rules — and lays out each item's answer, points and maximum (and weight),
each section's score, share of the total and N/A renormalisation, the base, cap and floor,
auto-fail, and the grade band that applied, plus the steps in words.

The result is the ``breakdown`` key of ``qaclient evaluation show ID --json``; the app's
"How this score was computed" panel and the exported PDFs show the same data.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from qaclient.messages import Message, msg, text
from qaclient.rubrics import scoring
from qaclient.rubrics.model import (
    Answer,
    CriticalScope,
    GradeBasis,
    Labels,
    Rubric,
    ScoreResult,
    ScoringMode,
)


def _num(d: Decimal | None) -> int | float | None:
    if d is None or not d.is_finite():
        return None  # e.g. the lowest grade band, which has no lower bound
    return int(d) if d == d.to_integral_value() else float(d)


def _q(d: Decimal, places: str = "0.0001") -> Decimal:
    return d.quantize(Decimal(places), rounding=ROUND_HALF_UP)


def _label(labels: Labels, lang: str | None) -> str:
    for key in (lang, "en", "zh_CN", "es"):
        if key and labels.get(key):
            return labels[key]
    return next(iter(labels.values()), "")


def breakdown(
    rubric: Rubric,
    answers: Mapping[str, Answer],
    result: ScoreResult | None = None,
    *,
    lang: str | None = None,
) -> dict[str, Any]:
    """Every figure behind the score of *answers* on *rubric* (a JSON-ready dict)."""
    result = result or scoring.score(rubric, answers)
    section_weighted = any(sec.weight is not None for sec in rubric.sections)
    scores = {s.id: s for s in result.sections}
    applicable = [sec for sec in rubric.sections if sec.id in scores and not scores[sec.id].na]
    weight_sum = sum((sec.weight or Decimal(0)) for sec in applicable) if section_weighted else None
    failed = {af.item_id for af in result.auto_fails}
    steps: list[Message] = []
    sections_out = []
    raw = Decimal(0)
    for sec in rubric.sections:
        sc = scores.get(sec.id)
        if sc is None:
            continue
        items_out = []
        for item in sec.items:
            isc = result.items.get(item.id)
            ans = answers.get(item.id)
            entry: dict[str, Any] = {
                "id": item.id,
                "label": _label(item.labels, lang),
                "kind": item.kind.value,
                "answer": ans.to_json() if ans is not None else None,
                "points": _num(isc.score) if isc else None,
                "max": _num(isc.max) if isc else None,
                "na": bool(isc.na) if isc else False,
                "answered": bool(isc.answered) if isc else False,
                "visible": bool(isc.visible) if isc else False,
                "applicable": bool(isc and isc.visible and not isc.na and not sc.na),
                "category": item.category,
                "errors": isc.errors if isc else 0,
                "critical": item.critical.value if item.critical else None,
                "auto_failed": item.id in failed,
            }
            if sec.weighted_items and item.weighted:
                entry["weight"] = _num(item.weight)
                if isc and isc.max:
                    entry["contribution"] = _num(_q(item.weight * isc.score / isc.max))
            items_out.append(entry)
        entry_sec: dict[str, Any] = {
            "id": sec.id,
            "label": _label(sec.labels, lang),
            "score": _num(sc.score),
            "max": _num(sc.max),
            "na": sc.na,
            "auto_failed": sc.auto_failed,
            "items": items_out,
        }
        if sc.na:
            steps.append(msg("breakdown-section-na", section=entry_sec["label"]))
        elif section_weighted:
            weight = sec.weight or Decimal(0)
            share = _q(weight / weight_sum * 100, "0.01") if weight_sum else Decimal(0)
            contribution = _q(weight * sc.score / sc.max) if sc.max else Decimal(0)
            raw += contribution
            entry_sec.update(
                weight=_num(weight), share_percent=_num(share), contribution=_num(contribution)
            )
        else:
            raw += sc.score
        if sc.auto_failed:
            steps.append(msg("breakdown-section-auto-failed", section=entry_sec["label"]))
        sections_out.append(entry_sec)

    mode = rubric.mode
    if mode is ScoringMode.BASE:
        raw = (rubric.base or Decimal(0)) + sum(
            (s.score for s in result.sections if not s.na), Decimal(0)
        )
        steps.insert(0, msg("breakdown-base", base=_num(rubric.base or Decimal(0))))
        steps.append(msg("breakdown-base-total", raw=_num(raw)))
    elif section_weighted:
        all_weights = sum((sec.weight or Decimal(0)) for sec in rubric.sections)
        steps.append(msg("breakdown-weighted-total", raw=_num(raw), weights=_num(weight_sum)))
        if weight_sum is not None and weight_sum != all_weights:
            steps.append(
                msg(
                    "breakdown-renormalised",
                    weights=_num(weight_sum),
                    all=_num(all_weights),
                )
            )
    else:
        steps.append(msg("breakdown-points-total", raw=_num(raw), max=_num(result.max)))
    if result.auto_fail is not None and result.auto_fail.scope is CriticalScope.EVALUATION:
        steps.append(msg("breakdown-auto-fail", item=result.auto_fail.item_id))
    elif result.total != raw:
        if rubric.cap is not None and result.total == rubric.cap and raw > rubric.cap:
            steps.append(msg("breakdown-capped", cap=_num(rubric.cap)))
        elif result.total == rubric.floor and raw < rubric.floor:
            steps.append(msg("breakdown-floored", floor=_num(rubric.floor)))
    steps.append(
        msg(
            "breakdown-percent",
            total=_num(result.total),
            max=_num(result.max),
            percent=_num(result.percent),
        )
    )
    band = None
    if result.grade is not None:
        for b in rubric.grades:
            if b.grade == result.grade:
                band = {
                    "grade": b.grade,
                    "min": _num(b.min),
                    "min_inclusive": b.min_inclusive,
                    "label": _label(b.labels, lang) if b.labels else b.grade,
                }
                break
        basis = "total" if rubric.grade_basis is GradeBasis.TOTAL else "percent"
        if band is not None and band["min"] is None:
            steps.append(msg("breakdown-grade-lowest", grade=band["label"]))
        elif band is not None:
            steps.append(
                msg(
                    "breakdown-grade",
                    grade=band["label"],
                    basis=basis,
                    min=band["min"],
                    inclusive="yes" if band["min_inclusive"] else "no",
                )
            )
    return {
        "mode": mode.value,
        "base": _num(rubric.base),
        "cap": _num(rubric.cap),
        "floor": _num(rubric.floor),
        "section_weighted": section_weighted,
        "raw_total": _num(_q(raw)),
        "total": _num(result.total),
        "max": _num(result.max),
        "percent": _num(result.percent),
        "grade": result.grade,
        "grade_basis": rubric.grade_basis.value,
        "grade_band": band,
        "auto_fail": (
            None
            if result.auto_fail is None
            else {
                "item": result.auto_fail.item_id,
                "scope": result.auto_fail.scope.value,
                "section": result.auto_fail.section_id,
            }
        ),
        "sections": sections_out,
        "steps": [text(m, lang) for m in steps],
    }
