"""Agreement between raters: how far do inspectors score the same calls alike?

Ratings are a *reliability matrix*: one row per rater (inspector, or the benchmark scorer),
one column per unit (a call's item, or a call's percent score); ``None`` is a missing value
(N/A, unanswered, or a rater who did not score that call).  Every figure ignores missing
values and returns ``None`` where it is undefined (fewer than two ratings in every unit,
or no variation at all for the chance-corrected coefficients).

- :func:`percent_agreement` — pairwise: of all pairs of ratings given to the same unit, the
  fraction that are equal (pooled over the units; with every unit rated by the same
  number of raters it is the mean of the per-unit fractions, Fleiss' P̄).
- :func:`krippendorff_alpha` — Krippendorff's alpha at the nominal, ordinal or interval
  level, computed by the ``krippendorff`` package (the field's reference implementation,
  checked against Krippendorff's own worked example in the tests).
- :func:`fleiss_kappa` — Fleiss (1971) kappa for nominal categories; units with different
  numbers of ratings use each unit's own count (equal to Fleiss' formula when constant).
- :func:`mean_abs_deviation` — a rater's mean absolute difference from a reference rater
  over the units both scored (percentage points when the units are percent scores).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Hashable, Sequence
from enum import StrEnum

import krippendorff
import numpy as np

Rating = Hashable | None
Matrix = Sequence[Sequence[Rating]]


class Level(StrEnum):
    NOMINAL = "nominal"
    ORDINAL = "ordinal"
    INTERVAL = "interval"


def _units(matrix: Matrix) -> list[list[Hashable]]:
    """Each unit's non-missing ratings (columns of the rater × unit matrix)."""
    if not matrix:
        return []
    width = len(matrix[0])
    if any(len(row) != width for row in matrix):
        raise ValueError("every rater needs one rating (or None) per unit")
    return [[row[u] for row in matrix if row[u] is not None] for u in range(width)]


def _finite(value: float) -> float | None:
    return None if value is None or math.isnan(value) or math.isinf(value) else float(value)


def percent_agreement(matrix: Matrix) -> float | None:
    """Fraction of equal pairs among all pairs of ratings of the same unit."""
    agree = pairs = 0
    for ratings in _units(matrix):
        m = len(ratings)
        if m < 2:
            continue
        pairs += m * (m - 1) // 2
        agree += sum(c * (c - 1) // 2 for c in Counter(ratings).values())
    return agree / pairs if pairs else None


def krippendorff_alpha(
    matrix: Matrix, level: Level | str, order: Sequence[Hashable] | None = None
) -> float | None:
    """Krippendorff's alpha of a rater × unit matrix at *level*.

    Nominal ratings may be any hashable values (they are coded as categories); ordinal
    ones are ranked by *order* (lowest first; default: the values' own sort order, e.g.
    a level's points); interval ones must be numbers.
    """
    level = Level(level)
    units = _units(matrix)
    if sum(1 for u in units if len(u) >= 2) == 0:
        return None
    values = {v for u in units for v in u}
    if len(values) < 2:
        return None  # no variation: alpha is undefined (0/0), not "perfect"
    if level is Level.INTERVAL:
        code = {v: float(v) for v in values}  # type: ignore[arg-type]
        domain = None
    else:
        ranked = list(order) if order is not None else sorted(values)  # type: ignore[type-var]
        missing = values - set(ranked)
        if missing:
            raise ValueError(f"ratings not in the given order: {sorted(map(str, missing))}")
        code = {v: float(i) for i, v in enumerate(ranked)}
        domain = [float(i) for i in range(len(ranked))]
    data = np.array(
        [[np.nan if v is None else code[v] for v in row] for row in matrix], dtype=float
    )
    try:
        value = krippendorff.alpha(
            reliability_data=data,
            level_of_measurement=level.value,
            value_domain=domain,
        )
    except (ValueError, ZeroDivisionError):
        return None
    return _finite(value)


def fleiss_kappa(matrix: Matrix) -> float | None:
    """Fleiss' kappa of nominal ratings (rater × unit matrix, None = missing)."""
    units = [u for u in _units(matrix) if len(u) >= 2]
    if not units:
        return None
    total = sum(len(u) for u in units)
    share: Counter[Hashable] = Counter()
    p_bar = 0.0
    for ratings in units:
        m = len(ratings)
        counts = Counter(ratings)
        share.update(counts)
        p_bar += (sum(c * c for c in counts.values()) - m) / (m * (m - 1))
    p_bar /= len(units)
    p_e = sum((n / total) ** 2 for n in share.values())
    if p_e >= 1.0:
        return None  # every rating in one category: kappa undefined
    return (p_bar - p_e) / (1.0 - p_e)


def mean_abs_deviation(
    rater: Sequence[float | None], reference: Sequence[float | None]
) -> float | None:
    """Mean |rater − reference| over the units both rated (None if there are none)."""
    if len(rater) != len(reference):
        raise ValueError("the rater and the reference need the same units")
    diffs = [
        abs(float(a) - float(b))
        for a, b in zip(rater, reference, strict=True)
        if a is not None and b is not None
    ]
    return sum(diffs) / len(diffs) if diffs else None
