"""Agreement statistics against published worked examples."""

from __future__ import annotations

import pytest

from qaclient.calibration.agreement import (
    Level,
    fleiss_kappa,
    krippendorff_alpha,
    mean_abs_deviation,
    percent_agreement,
)

N = None
# Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: four
# observers, twelve units, missing values.  Published: nominal .743, ordinal .815,
# interval .849.
KRIPPENDORFF_C = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, N, N, N],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, N, 3],
    [N, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, N],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, N],
]
# Krippendorff (2011), section A: two observers, binary data, ten units: alpha = .095.
KRIPPENDORFF_A = [
    [0, 1, 0, 0, 0, 0, 0, 0, 1, 0],
    [1, 1, 1, 0, 0, 1, 0, 0, 0, 0],
]

# Fleiss (1971), Table 1: 30 patients, 6 psychiatric diagnoses each (1 depression,
# 2 personality disorder, 3 schizophrenia, 4 neurosis, 5 other); published kappa .430
# (R irr::kappam.fleiss gives 0.4302445).  Rows are patients here.
FLEISS_1971 = [
    [4, 4, 4, 4, 4, 4],
    [2, 2, 2, 5, 5, 5],
    [2, 3, 3, 3, 3, 5],
    [5, 5, 5, 5, 5, 5],
    [2, 2, 2, 4, 4, 4],
    [1, 1, 3, 3, 3, 3],
    [3, 3, 3, 3, 5, 5],
    [1, 1, 3, 3, 3, 4],
    [1, 1, 4, 4, 4, 4],
    [5, 5, 5, 5, 5, 5],
    [1, 4, 4, 4, 4, 4],
    [1, 2, 4, 4, 4, 4],
    [2, 2, 2, 3, 3, 3],
    [1, 4, 4, 4, 4, 4],
    [2, 2, 4, 4, 4, 5],
    [3, 3, 3, 3, 3, 5],
    [1, 1, 1, 4, 5, 5],
    [1, 1, 1, 1, 1, 2],
    [2, 2, 4, 4, 4, 4],
    [1, 3, 3, 5, 5, 5],
    [5, 5, 5, 5, 5, 5],
    [2, 4, 4, 4, 4, 4],
    [2, 2, 4, 5, 5, 5],
    [1, 1, 4, 4, 4, 4],
    [1, 4, 4, 4, 4, 5],
    [2, 2, 2, 2, 2, 4],
    [1, 1, 1, 1, 5, 5],
    [2, 2, 4, 4, 4, 4],
    [1, 3, 3, 3, 3, 3],
    [5, 5, 5, 5, 5, 5],
]


def _transpose(rows):
    return [list(col) for col in zip(*rows, strict=True)]


def test_krippendorff_worked_example_with_missing_values():
    assert krippendorff_alpha(KRIPPENDORFF_C, Level.NOMINAL) == pytest.approx(0.743, abs=5e-4)
    assert krippendorff_alpha(KRIPPENDORFF_C, Level.ORDINAL) == pytest.approx(0.815, abs=5e-4)
    assert krippendorff_alpha(KRIPPENDORFF_C, Level.INTERVAL) == pytest.approx(0.849, abs=5e-4)


def test_krippendorff_binary_two_observers():
    assert krippendorff_alpha(KRIPPENDORFF_A, "nominal") == pytest.approx(0.095, abs=5e-4)


def test_ordinal_uses_the_given_order_not_the_labels():
    labels = {1: "poor", 2: "weak", 3: "pass", 4: "good", 5: "excellent"}
    named = [[labels.get(v) if v is not None else None for v in row] for row in KRIPPENDORFF_C]
    order = ["poor", "weak", "pass", "good", "excellent"]
    assert krippendorff_alpha(named, Level.ORDINAL, order) == pytest.approx(0.815, abs=5e-4)
    # sorted alphabetically the order would be wrong and so would the figure
    assert krippendorff_alpha(named, Level.ORDINAL) != pytest.approx(0.815, abs=5e-3)


def test_fleiss_1971():
    matrix = _transpose(FLEISS_1971)  # raters × patients
    assert fleiss_kappa(matrix) == pytest.approx(0.4302445, abs=1e-7)


def test_fleiss_wikipedia_table_of_counts():
    # the widely reproduced example: 10 subjects, 14 raters, 5 categories; kappa .210
    counts = [
        [0, 0, 0, 0, 14],
        [0, 2, 6, 4, 2],
        [0, 0, 3, 5, 6],
        [0, 3, 9, 2, 0],
        [2, 2, 8, 1, 1],
        [7, 7, 0, 0, 0],
        [3, 2, 6, 3, 0],
        [2, 5, 3, 2, 2],
        [6, 5, 2, 1, 0],
        [0, 2, 2, 3, 7],
    ]
    units = [[cat for cat, n in enumerate(row) for _ in range(n)] for row in counts]
    assert fleiss_kappa(_transpose(units)) == pytest.approx(0.210, abs=5e-4)
    # percent agreement equals Fleiss' P-bar (0.378) when every unit has 14 ratings
    assert percent_agreement(_transpose(units)) == pytest.approx(0.378, abs=5e-4)


def test_missing_and_undefined_values():
    assert percent_agreement([[1, N], [1, 2]]) == 1.0  # the second unit has one rating
    assert percent_agreement([[1], [N]]) is None
    assert krippendorff_alpha([[3, 3], [3, 3]], Level.NOMINAL) is None  # no variation
    assert fleiss_kappa([[3, 3], [3, 3]]) is None
    assert fleiss_kappa([[1, N], [N, 2]]) is None
    assert mean_abs_deviation([90.0, N, 70.0], [80.0, 50.0, 75.0]) == pytest.approx(7.5)
    assert mean_abs_deviation([N], [80.0]) is None
    with pytest.raises(ValueError):
        percent_agreement([[1, 2], [1]])
