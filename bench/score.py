"""Figures: scoring a 40-item rubric (target < 1 ms per evaluation) and loading + validating
all shipped rubrics.

1. Builds a 40-item rubric (5 sections x 8 items: five-level and two-level items, yes/no,
   deductions with a KPI category, a critical item, an N/A-able section and a visibility
   condition) and scores one realistic set of answers 10,000 times.  Baseline measured in
   the same run: a plain Python ``sum`` over 40 Decimals (the least any exact scorer must
   do), printed as a ratio.  Also times ``parse_answers`` + ``score`` from the JSON form.
2. Loads and validates every file in ``resources/rubrics`` (YAML parse + validation +
   building the model); baseline: ``yaml.load`` of the same files with PyYAML's C loader
   (parsing only), and ``json.loads`` of their canonical JSON.

    python bench/score.py [--runs 10000]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import yaml  # noqa: E402

from qaclient import paths  # noqa: E402
from qaclient.rubrics.loader import (  # noqa: E402
    FORMAT,
    canonical_json,
    dump_document,
    load_document,
    load_file,
)
from qaclient.rubrics.scoring import parse_answers, score  # noqa: E402

LANGS = ("zh_CN", "en", "es")


def labels(text: str) -> dict[str, str]:
    return {"zh_CN": f"{text}（中）", "en": text, "es": f"{text} (es)"}


def forty_item_rubric():
    sections = []
    n = 0
    for s in range(5):
        items = []
        for k in range(8):
            iid = f"s{s}i{k}"
            kind = k % 4
            if kind == 0:
                it = {"id": iid, "kind": "levels", "max": 4 + k, "labels": labels(iid)}
            elif kind == 1:
                it = {
                    "id": iid,
                    "kind": "levels",
                    "max": 2,
                    "levels": ["excellent", "poor"],
                    "labels": labels(iid),
                }
            elif kind == 2:
                it = {
                    "id": iid,
                    "kind": "yesno",
                    "max": 3,
                    "labels": labels(iid),
                    "na_allowed": True,
                }
            else:
                it = {
                    "id": iid,
                    "kind": "deduction",
                    "points": 1,
                    "category": "P",
                    "labels": labels(iid),
                }
            items.append(it)
            n += 1
        sections.append({"id": f"s{s}", "labels": labels(f"s{s}"), "items": items})
    sections[0]["items"][2]["critical"] = "evaluation"
    sections[1]["items"][4]["visible_when"] = {"item": "s1i2", "is": "yes"}
    sections[4]["na_allowed"] = True
    doc = {
        "format": FORMAT,
        "id": "bench-40",
        "labels": labels("bench"),
        "categories": {"P": labels("phrase")},
        "grades": {
            "bands": [{"grade": "A", "above": 90}, {"grade": "B", "from": 80}, {"grade": "F"}]
        },
        "sections": sections,
    }
    rubric = load_document(doc, "bench")
    assert len(rubric.items) == 40, len(rubric.items)
    raw = {}
    for i, item in enumerate(rubric.items):
        if item.kind.value == "levels":
            raw[item.id] = {"level": item.levels[i % len(item.levels)].name}
        elif item.kind.value == "yesno":
            raw[item.id] = {"yes": True} if i % 3 else {"na": True}
        else:
            raw[item.id] = {"count": i % 2}
    raw["s0i2"] = {"yes": True}  # the critical item passes
    return rubric, raw


def timed(fn, runs: int) -> float:
    """Seconds for *runs* calls of *fn* (best of 3 batches)."""
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        for _ in range(runs):
            fn()
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--runs", type=int, default=10_000)
    args = ap.parse_args()
    runs = args.runs

    rubric, raw = forty_item_rubric()
    answers = parse_answers(rubric, raw)
    result = score(rubric, answers)  # also builds the per-rubric table once
    print(
        f"40-item rubric: total {result.total} / {result.max} = {result.percent} %, grade {result.grade}"
    )

    t_score = timed(lambda: score(rubric, answers), runs)
    t_parse_score = timed(lambda: score(rubric, parse_answers(rubric, raw)), runs)
    decimals = [Decimal(i) / 2 for i in range(40)]
    t_sum = timed(lambda: sum(decimals, Decimal(0)), runs)
    per_eval_us = t_score / runs * 1e6
    print(
        f"score x{runs}: {t_score * 1000:.1f} ms total, {per_eval_us:.1f} µs per evaluation (target < 1000 µs)"
    )
    print(
        f"parse_answers + score x{runs}: {t_parse_score * 1000:.1f} ms, {t_parse_score / runs * 1e6:.1f} µs each"
    )
    print(
        f"baseline sum of 40 Decimals x{runs}: {t_sum * 1000:.1f} ms, {t_sum / runs * 1e6:.2f} µs each; "
        f"ratio score/baseline = {t_score / t_sum:.1f}x"
    )
    verdict = "OK" if per_eval_us < 1000 else "TOO SLOW"
    print(f"per-evaluation figure: {per_eval_us:.1f} µs -> {verdict}")

    files = sorted(
        p for p in paths.rubrics_dir().iterdir() if p.suffix in (".yaml", ".yml", ".json")
    )
    texts = [p.read_text(encoding="utf-8") for p in files]
    canon = [canonical_json(dump_document(load_file(p))) for p in files]
    reps = 20
    t_load = timed(lambda: [load_file(p) for p in files], reps) / reps
    c_loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    t_yaml = timed(lambda: [yaml.load(t, Loader=c_loader) for t in texts], reps) / reps  # noqa: S506
    t_json = timed(lambda: [json.loads(c) for c in canon], reps) / reps
    t_from_json = (
        timed(lambda: [load_document(json.loads(c, parse_float=Decimal)) for c in canon], reps)
        / reps
    )
    print(
        f"load + validate {len(files)} shipped rubrics ({sum(len(t) for t in texts) // 1024} KiB): "
        f"{t_load * 1000:.1f} ms; baseline yaml.load ({c_loader.__name__}, parse only) {t_yaml * 1000:.1f} ms, "
        f"ratio {t_load / t_yaml:.2f}x"
    )
    print(
        f"from canonical JSON (as stored in the catalogue): {t_from_json * 1000:.1f} ms; "
        f"baseline json.loads {t_json * 1000:.2f} ms, ratio {t_from_json / t_json:.1f}x"
    )
    samples = []
    for _ in range(200):
        t0 = time.perf_counter()
        score(rubric, answers)
        samples.append(time.perf_counter() - t0)
    print(
        f"score latency: median {statistics.median(samples) * 1e6:.1f} µs, max {max(samples) * 1e6:.1f} µs"
    )


if __name__ == "__main__":
    main()
