"""Figure: a calibration report of 20 calls x 8 inspectors x 40 items (target <= 200 ms).

Builds a fresh store in a temp folder with the 40-item rubric of ``bench/score.py``, a
calibration session of 20 calls and 8 inspectors (one of them the benchmark scorer), and
160 evaluations whose answers agree partly (seeded random: each rater copies a "true"
answer with probability 0.7).  Times ``col.calibrations.report(id)`` — loading the 160
evaluations, re-scoring each, and per item pairwise agreement, Krippendorff's alpha
(nominal and ordinal), Fleiss' kappa, plus alpha (interval) over the call percents and
each inspector's deviation from the benchmark.  Baseline measured in the same run: the
statistics alone on the same answer matrices already in memory (the floor any
implementation pays), printed as a ratio.

    python bench/calibration.py [--calls 20] [--raters 8] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from score import forty_item_rubric  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--calls", type=int, default=20)
    ap.add_argument("--raters", type=int, default=8)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    os.environ["QACLIENT_HOME"] = tempfile.mkdtemp(prefix="qaclient-bench-cal-")

    from qaclient.calibration import agreement
    from qaclient.calibration.service import _order, _token
    from qaclient.collection import Collection

    rubric, raw = forty_item_rubric()
    rng = random.Random(7)
    with Collection.open(actor="sup") as col:
        version_id = col.rubrics.add(rubric)
        calls = [f"CAL-{n:03d}" for n in range(args.calls)]
        raters = [f"insp{n}" for n in range(args.raters)]
        cal = col.calibrations.create(
            rubric=version_id, calls=calls, inspectors=raters[:-1], benchmark=raters[-1]
        )
        t0 = time.perf_counter()
        for call in calls:
            truth = dict(raw)
            for login in raters:
                answers = {}
                for item in rubric.items:
                    if item.id not in truth:
                        continue
                    answers[item.id] = truth[item.id]
                    if rng.random() > 0.7 and item.kind.value == "levels":
                        answers[item.id] = {"level": rng.choice(item.levels).name}
                col.calibrations.evaluate(cal.id, call, evaluator=login, answers=answers)
        setup = time.perf_counter() - t0
        col.calibrations.reveal(cal.id)

        best = float("inf")
        for _ in range(args.runs):
            t = time.perf_counter()
            report = col.calibrations.report(cal.id)
            best = min(best, time.perf_counter() - t)

        # baseline: the statistics alone on matrices already in memory
        ratings = col.calibrations.ratings(cal.id)
        matrices = []
        for item in rubric.items:
            if not item.scored:
                continue
            m = [[_token(item, ratings.raw(c, r, item.id)) for c in calls] for r in raters]
            matrices.append((item, m))
        base = float("inf")
        for _ in range(args.runs):
            t = time.perf_counter()
            for item, m in matrices:
                agreement.percent_agreement(m)
                agreement.krippendorff_alpha(m, "nominal")
                order = _order(item, [v for row in m for v in row])
                if order:
                    agreement.krippendorff_alpha(m, "ordinal", order)
                agreement.fleiss_kappa(m)
            base = min(base, time.perf_counter() - t)

    n_items = len(report["items"])
    print(
        f"calibration report, {args.calls} calls x {args.raters} raters x {n_items} items: "
        f"{best * 1000:.1f} ms (target <= 200 ms)"
    )
    print(f"baseline (statistics alone, in memory): {base * 1000:.1f} ms; ratio {best / base:.2f}x")
    print(f"(setup: {args.calls * args.raters} evaluations stored in {setup:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
