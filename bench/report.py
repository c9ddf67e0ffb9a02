"""Figure: the monthly KPI report over 200,000 evaluations on the local store, < 2 s.

Generates a store with N evaluations (default 200,000) spread over ``--months`` months
(default 12, ending with the reported month; a 400-agent centre's year) - or, with
``--months 2``, all of them in the reported month and the one before (worst case) - each with
its derived item scores (19 items) and section scores, plus the library's calls (one per
evaluated call and half as many unsampled ones, for the coverage figure).  Rows go in
with fast Core ``executemany`` on raw values.

Prints the report time (best of 3, cold first run shown too) and the ratio to a baseline
measured in the same run: the naive approach of fetching the month's evaluation and
error rows into Python and summing them in a loop (centre figures only).

    python bench/report.py [--evaluations 200000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qaclient.collection import Collection  # noqa: E402
from qaclient.storage import db  # noqa: E402

MONTH = "2026-10"
N_AGENTS, N_TEAMS, N_INSPECTORS = 400, 20, 16
SECTIONS = [("open", 4), ("hold", 4), ("skills", 3), ("close", 2), ("knowledge", 2), ("overall", 4)]
LEVELS = [1.0, 0.8, 0.6, 0.4, 0.0]


def ts(d: datetime) -> str:
    return d.strftime("%Y-%m-%d %H:%M:%S.%f")


def generate(path: Path, n: int, months: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    engine = db.open_engine(db.sqlite_url(path))
    now = ts(datetime.now(UTC))
    rv_ids = {}
    with engine.begin() as c:
        for rid in ("inbound", "checklist"):
            rv_ids[rid] = uuid.uuid4().hex
            c.exec_driver_sql(
                "INSERT INTO rubric_versions (id, rubric_id, version, status, title, content, content_hash, rev,"
                " base_rev, dirty, deleted, created_at, created_by, updated_at, updated_by)"
                " VALUES (?, ?, 1, 'active', ?, '{}', ?, 1, 0, 0, 0, ?, 'bench', ?, 'bench')",
                (rv_ids[rid], rid, rid, uuid.uuid4().hex, now, now),
            )
        c.exec_driver_sql(
            "INSERT INTO users (id, login, display_name, role, team, active, rev, base_rev, dirty, deleted,"
            " created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, 'agent', ?, 1, 1, 0, 0, 0, ?, 'b', ?, 'b')",
            [
                (uuid.uuid4().hex, f"a{i:04d}", f"Agent {i}", f"team{i % N_TEAMS:02d}", now, now)
                for i in range(N_AGENTS)
            ],
        )
    start = datetime(2026, 11, 1, tzinfo=UTC) - timedelta(days=round(30.44 * months))
    span = int((datetime(2026, 11, 1, tzinfo=UTC) - start).total_seconds())
    ev_sql = (
        "INSERT INTO evaluations (id, call_id, agent, evaluator, rubric_version_id, status, answers, coaching_note,"
        " playhead_ms, total, max_score, percent, grade, auto_fail, started_at, submitted_at, scored_at, rev,"
        " base_rev, dirty, deleted, created_at, created_by, updated_at, updated_by)"
        " VALUES (?, ?, ?, ?, ?, 'submitted', '{}', '', 0, ?, ?, ?, ?, 0, ?, ?, ?, 1, 0, 1, 0, ?, 'b', ?, 'b')"
    )
    it_sql = (
        "INSERT INTO evaluation_item_scores (evaluation_id, item_id, section_id, score, max, na, category,"
        " errors) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
    )
    se_sql = "INSERT INTO evaluation_section_scores (evaluation_id, section_id, score, max, na) VALUES (?, ?, ?, ?, ?)"
    call_sql = (
        "INSERT INTO calls (id, call_id, agent, team, start_at, duration_ms, complaint, file_uri, file_size,"
        " content_hash, samplerate, channels, frames, format, subtype, notes, metadata_source, scored,"
        " evaluation_count, rev, base_rev, dirty, deleted, created_at, created_by, updated_at, updated_by)"
        " VALUES (?, ?, ?, ?, ?, 180000, 0, '', 0, '', 8000, 2, 0, 'WAV', 'PCM_16', '', 'bench', ?, ?, 1, 0, 0, 0,"
        " ?, 'b', ?, 'b')"
    )
    batch = 20_000
    with engine.begin() as c:
        for lo in range(0, n, batch):
            evs, items, secs, calls = [], [], [], []
            for k in range(lo, min(n, lo + batch)):
                eid = uuid.uuid4().hex
                agent = rng.randrange(N_AGENTS)
                when = start + timedelta(seconds=rng.randrange(span))
                checklist = k % 2 == 1
                total = 0
                if checklist:
                    total = 1_000_000
                    for si, (sec, nitems) in enumerate(SECTIONS):
                        ssum = 0
                        for j in range(nitems):
                            cnt = 1 if rng.random() < 0.03 else 0
                            pts = 10_000 * (1 + (j % 2))
                            cat = "P" if (si + j) % 3 == 0 else "A" if (si + j) % 3 == 1 else None
                            items.append((eid, f"{sec}{j}", sec, -pts * cnt, 0, 0, cat, cnt))
                            ssum -= pts * cnt
                        secs.append((eid, sec, ssum, 0, 0))
                        total += ssum
                    mx = 1_000_000
                else:
                    mx = 0
                    for sec, nitems in SECTIONS:
                        ssum = smax = 0
                        for j in range(nitems):
                            imax = 50_000 if j % 2 else 30_000
                            na = rng.random() < 0.05
                            score = 0 if na else int(imax * rng.choice(LEVELS))
                            items.append((eid, f"{sec}{j}", sec, score, imax, int(na), None, 0))
                            if not na:
                                ssum += score
                                smax += imax
                        secs.append((eid, sec, ssum, smax, int(smax == 0)))
                        total += ssum
                        mx += smax
                percent = total * 1_000_000 // mx if mx else 0
                p = percent / 10_000
                grade = (
                    "A"
                    if p > 90
                    else "B"
                    if p >= 80
                    else "C"
                    if p >= 70
                    else "D"
                    if p >= 60
                    else "F"
                )
                call_id = f"c{k:07d}"
                evs.append(
                    (
                        eid,
                        call_id,
                        f"a{agent:04d}",
                        f"i{rng.randrange(N_INSPECTORS):02d}",
                        rv_ids["checklist" if checklist else "inbound"],
                        total,
                        mx,
                        percent,
                        grade,
                        ts(when + timedelta(hours=2)),
                        ts(when + timedelta(hours=2, minutes=rng.randrange(4, 30))),
                        ts(when),
                        now,
                        now,
                    )
                )
                calls.append(
                    (
                        uuid.uuid4().hex,
                        call_id,
                        f"a{agent:04d}",
                        f"team{agent % N_TEAMS:02d}",
                        ts(when),
                        1,
                        1,
                        now,
                        now,
                    )
                )
                if k % 2 == 0:  # unsampled calls the agents also took
                    w2 = start + timedelta(seconds=rng.randrange(span))
                    calls.append(
                        (
                            uuid.uuid4().hex,
                            f"u{k:07d}",
                            f"a{agent:04d}",
                            f"team{agent % N_TEAMS:02d}",
                            ts(w2),
                            0,
                            0,
                            now,
                            now,
                        )
                    )
            c.exec_driver_sql(ev_sql, evs)
            c.exec_driver_sql(it_sql, items)
            c.exec_driver_sql(se_sql, secs)
            c.exec_driver_sql(call_sql, calls)
    with engine.begin() as c:
        c.exec_driver_sql("ANALYZE")
    engine.dispose()


def baseline(col: Collection) -> float:
    """The naive way: fetch the rows of both months and sum in a Python loop."""
    from sqlalchemy import select

    from qaclient.reports.period import Month
    from qaclient.storage.models import Evaluation, EvaluationItemScore

    m = Month.parse(MONTH)
    start, _ = m.previous().bounds()
    _, end = m.bounds()
    t0 = time.perf_counter()
    with col.Session() as s:
        sums: dict[str, list] = {}
        for agent, total, _scored in s.execute(
            select(Evaluation.agent, Evaluation.total, Evaluation.scored_at).where(
                Evaluation.scored_at >= start, Evaluation.scored_at < end
            )
        ):
            acc = sums.setdefault(agent, [0, 0])
            acc[0] += 1
            acc[1] += total or 0
        errs = set()
        for eid, cat in s.execute(
            select(EvaluationItemScore.evaluation_id, EvaluationItemScore.category)
            .join(Evaluation, Evaluation.id == EvaluationItemScore.evaluation_id)
            .where(
                Evaluation.scored_at >= start,
                Evaluation.scored_at < end,
                EvaluationItemScore.errors > 0,
            )
        ):
            errs.add((eid, cat))
    return time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--evaluations", type=int, default=200_000)
    ap.add_argument("--months", type=int, default=12)
    ap.add_argument("--keep", type=Path, help="keep (and reuse) the generated store in this folder")
    args = ap.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="qaclient-bench-report-"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"report-{args.evaluations}-{args.months}m.sqlite3"
    if not path.exists():
        t0 = time.perf_counter()
        generate(path, args.evaluations, args.months)
        print(
            f"generated {args.evaluations:,} evaluations in {time.perf_counter() - t0:.1f} s ({path})"
        )
    col = Collection.open(db.sqlite_url(path), actor="bench")
    from qaclient.reports import cache

    cache.clear(col)  # the first run must compute from the rows
    try:
        times = []
        for _ in range(3):
            t0 = time.perf_counter()
            report = col.reports.kpi(MONTH)
            times.append(time.perf_counter() - t0)
        # the everyday case: an inspector has just submitted an evaluation of this month, so
        # this month's partial sums are recomputed while last month's come from the cache
        with col.engine.begin() as c:
            c.exec_driver_sql(
                "UPDATE evaluations SET rev = rev + 1 WHERE id = (SELECT id FROM evaluations"
                " WHERE scored_at >= '2026-10-01' ORDER BY scored_at LIMIT 1)"
            )
        t0 = time.perf_counter()
        col.reports.kpi(MONTH)
        fresh = time.perf_counter() - t0
        centre = report.centre
        n = centre.current.evaluations + centre.previous.evaluations
        base = baseline(col)
        best = min(times)
        print(f"store: {args.evaluations:,} evaluations over {args.months} months")
        print(
            f"kpi report {MONTH} (reads {n:,} evaluations of {MONTH} and the month before): best {best:.3f} s (first {times[0]:.3f} s), "
            f"{len(report.agents)} agents, {len(report.items)} items"
        )
        print("  (first = both months computed from the rows; best = both months' sums cached)")
        t0 = time.perf_counter()
        col.reports.scorecard(MONTH)
        sc = time.perf_counter() - t0
        t0 = time.perf_counter()
        col.reports.inspectors(MONTH)
        ins = time.perf_counter() - t0
        print(f"after a new evaluation this month (last month cached): {fresh:.3f} s")
        print(f"scorecard {sc:.3f} s, inspector statistics {ins:.3f} s")
        print(f"baseline (fetch rows, sum in Python; centre only): {base:.3f} s")
        print(
            f"ratio report / baseline: {best / base:.2f}  (target: report < 2 s -> "
            f"{'PASS' if best < 2 else 'FAIL'})"
        )
    finally:
        col.close()
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
