"""Sync figures against a real PostgreSQL (a throwaway cluster started here).

1. Push 10,000 evaluations of 40 answers and 3 comments each from a fresh client, against a
   bare bulk insert (psycopg COPY) of the same rows into the same server (ratio; goal ≤ 3×).
2. A sync with nothing to do, with 10k and with 1M evaluations on the server (goal < 50 ms,
   independent of size).  The 1M rows are generated server-side (INSERT … SELECT
   generate_series); the client's cursor is set to the top as if it had pulled them, and its
   local store is padded with 1M clean rows so the local side is large too.
3. Pull cost against the number of changes (10 … 10,000 changed rows) on the 10k and the 1M
   database: it follows the changes, not the size.

    python bench/sync.py [--evaluations 10000] [--big 1000000] [--quick]
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import json
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

import psycopg
from sqlalchemy import insert

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from qaclient.collection import Collection  # noqa: E402
from qaclient.rubrics.loader import canonical_json, dump_document, load_document, load_file  # noqa: E402
from qaclient.storage import db  # noqa: E402
from qaclient.storage.models import Evaluation, EvaluationComment, RubricVersion  # noqa: E402
from qaclient.storage.types import utcnow  # noqa: E402
from qaclient.sync import server as server_mod  # noqa: E402
from qaclient.sync import state as state_mod  # noqa: E402
from qaclient.sync.engine import SyncEngine, server_engine  # noqa: E402
from qaclient.sync.localserver import LocalCluster  # noqa: E402
from qaclient.sync.records import spec_for  # noqa: E402


def rubric_40() -> str:
    """A valid 40-item rubric (canonical JSON), built from the shipped inbound-call one."""
    doc = dump_document(load_file(ROOT / "resources" / "rubrics" / "inbound-call.yaml"))
    template = next(i for s in doc["sections"] for i in s["items"] if i["id"] == "ask_name")
    section = copy.deepcopy(doc["sections"][0])
    section["items"] = []
    for k in range(40):
        item = copy.deepcopy(template)
        item["id"] = f"q{k:02d}"
        section["items"].append(item)
    doc["id"] = "bench-40"
    doc["sections"] = [section]
    text = canonical_json(doc)
    load_document(json.loads(text))
    return text


ANSWERS = json.dumps(
    {f"q{k:02d}": {"level": "excellent" if k % 3 else "poor"} for k in range(40)}, sort_keys=True
)


def dsn(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://")


def fresh_db(cluster: LocalCluster, name: str) -> str:
    with psycopg.connect(dsn(cluster.url()), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE bench_template')
    return cluster.url(name)


def make_client(path: Path, content: str, n: int, rv_id: uuid.UUID) -> Collection:
    col = Collection.open(db.sqlite_url(path), actor="bench")
    now = utcnow()
    with col.Session.begin() as s:
        s.add(
            RubricVersion(
                id=rv_id,
                rubric_id="bench-40",
                version=1,
                status="active",
                content=content,
                content_hash=hashlib.sha256(content.encode()).hexdigest(),
            )
        )
    evs = [
        dict(
            id=uuid.uuid4(),
            call_id=f"call-{i:06d}",
            agent=f"agent-{i % 50}",
            evaluator="bench",
            rubric_version_id=rv_id,
            answers=ANSWERS,
            status="submitted",
            coaching_note="",
            created_at=now,
            updated_at=now,
            created_by="bench",
            updated_by="bench",
            scored_at=now,
        )
        for i in range(n)
    ]
    coms = [
        dict(
            id=uuid.uuid4(),
            evaluation_id=e["id"],
            position_ms=1000 * k,
            text=f"comment {k} on {e['call_id']}",
            author="bench",
            created_at=now,
            updated_at=now,
            created_by="bench",
            updated_by="bench",
        )
        for e in evs
        for k in range(3)
    ]
    with col.Session.begin() as s:
        for i in range(0, n, 5000):
            s.execute(insert(Evaluation), evs[i : i + 5000])
        for i in range(0, len(coms), 15000):
            s.execute(insert(EvaluationComment), coms[i : i + 15000])
    return col


def baseline_copy(url: str, col: Collection) -> float:
    """COPY the same rows (the local store's raw values) into the same server's tables."""
    specs = [
        spec_for(t)
        for t in server_mod.synced_tables()
        if t.name in ("rubric_versions", "evaluations", "evaluation_comments")
    ]
    t0 = time.perf_counter()
    seq = 0
    with psycopg.connect(dsn(url), options="-c TimeZone=UTC") as conn, col.engine.connect() as lc:
        with conn.cursor() as cur:
            for spec in specs:
                cols = list(spec.push_columns)
                rows = lc.exec_driver_sql(f"SELECT {', '.join(cols)} FROM {spec.name}").all()
                with cur.copy(
                    f"COPY {spec.name} ({', '.join(cols)}, server_seq, dirty) FROM STDIN"
                ) as cp:
                    for r in rows:
                        seq += 1
                        cp.write_row((*r, seq, False))
        conn.commit()
    return time.perf_counter() - t0


def noop_ms(engine: SyncEngine, runs: int = 25) -> float:
    engine.sync()
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        r = engine.sync()
        times.append((time.perf_counter() - t0) * 1000)
        assert r.pushed == r.pulled == 0, r
    return statistics.median(times)


def change_rows(url: str, k: int, offset: int) -> None:
    """k server-side edits (another writer: the stamp trigger gives them sequence numbers)."""
    with psycopg.connect(dsn(url)) as conn:
        conn.execute(
            "UPDATE evaluations SET coaching_note = 'changed ' || now()::text, "
            "answers = CASE WHEN answers LIKE '%%\"excellent\"%%' THEN replace(answers, '\"excellent\"', '\"poor\"') "
            "ELSE replace(answers, '\"poor\"', '\"excellent\"') END "
            "WHERE id IN (SELECT id FROM evaluations ORDER BY call_id OFFSET %s LIMIT %s)",
            (offset, k),
        )


def pull_ms(engine: SyncEngine, url: str, k: int, offset: int) -> float:
    change_rows(url, k, offset)
    t0 = time.perf_counter()
    r = engine.sync()
    ms = (time.perf_counter() - t0) * 1000
    assert r.pulled == k, (r, k)
    return ms


def pad_local(col: Collection, n: int, rv_id: uuid.UUID) -> None:
    """n clean evaluations in the local store (random ids; only size matters here)."""
    with col.engine.begin() as c:
        c.exec_driver_sql(
            f"""WITH RECURSIVE g(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM g WHERE i < {n})
            INSERT INTO evaluations (id, call_id, agent, evaluator, rubric_version_id, status, answers,
                coaching_note, playhead_ms, auto_fail, rev, base_rev, server_seq, dirty, deleted,
                created_at, created_by, updated_at, updated_by)
            SELECT lower(hex(randomblob(16))), 'pad-' || i, 'a', 'e', '{rv_id.hex}', 'final', '{{}}', '', 0, 0,
                1, 1, 0, 0, 0, '2026-01-01 00:00:00.000000', 'pad', '2026-01-01 00:00:00.000000', 'pad'
            FROM g"""
        )


def generate_big(url: str, n: int, rv_id: uuid.UUID) -> None:
    with psycopg.connect(dsn(url)) as conn:
        conn.execute(
            f"""INSERT INTO evaluations (id, call_id, agent, evaluator, rubric_version_id, status, answers,
                   coaching_note, playhead_ms, auto_fail, rev, base_rev, server_seq, dirty, deleted,
                   created_at, created_by, updated_at, updated_by, scored_at)
               SELECT gen_random_uuid(), 'gen-' || lpad(i::text, 8, '0'), 'agent-' || (i %% 50), 'gen',
                   %s, 'submitted', CASE WHEN i <= 10000 THEN %s ELSE '{{"q00": {{"level": "excellent"}}}}' END,
                   '', 0, false, 1, 0,
                   nextval('{server_mod.SEQUENCE}'), false, false, now(), 'gen', now(), 'gen', now()
               FROM generate_series(1, %s) AS i""",
            (rv_id, ANSWERS, n),
        )
        conn.execute("ANALYZE evaluations")


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--evaluations", type=int, default=10_000)
    ap.add_argument("--big", type=int, default=1_000_000)
    ap.add_argument(
        "--quick", action="store_true", help="1,000 evaluations and 50,000 rows for the big case"
    )
    args = ap.parse_args()
    if args.quick:
        args.evaluations, args.big = 1000, 50_000
    content = rubric_40()
    tmp = Path(tempfile.mkdtemp(prefix="qaclient-bench-"))
    print(f"starting a throwaway PostgreSQL cluster in {tmp} …", flush=True)
    with LocalCluster(ssl=True) as cluster:  # TLS as the app speaks it (sslmode=require)
        with psycopg.connect(dsn(cluster.url()), autocommit=True) as conn:
            conn.execute("CREATE DATABASE bench_template")
        e = server_engine(cluster.url("bench_template"))
        server_mod.install(e)
        e.dispose()

        # 1. push vs COPY -------------------------------------------------------------------
        n = args.evaluations
        rv_id = uuid.uuid4()
        pristine = tmp / "pristine.sqlite3"
        make_client(pristine, content, n, rv_id).close()
        rows = 1 + n + 3 * n

        def fresh_client(name: str) -> Collection:
            shutil.copyfile(pristine, tmp / name)
            return Collection.open(db.sqlite_url(tmp / name), actor="bench")

        copies, pushes = [], []
        for i in range(3):  # interleaved, best of 3 each: the machine may be busy
            base_col = fresh_client(f"baseline-{i}.sqlite3")
            copies.append(baseline_copy(fresh_db(cluster, f"bench_copy_{i}"), base_col))
            base_col.close()
            push_col = fresh_client(f"client-{i}.sqlite3")
            url10k = fresh_db(cluster, f"bench_10k_{i}")
            engine = SyncEngine(push_col, url10k)
            with push_col.engine.begin() as lc:
                client_id = state_mod.load(lc, engine.server_id()).client_id
            t0 = time.perf_counter()
            pushed = engine.push(client_id)
            pushes.append(time.perf_counter() - t0)
            assert pushed.pushed == rows and pushed.conflicts == 0, pushed
            if i < 2:
                engine.close()
                push_col.close()
        copy_s, push_s = min(copies), min(pushes)
        t1 = time.perf_counter()
        engine.sync()  # the pull of our own echo, so the next syncs are no-ops
        echo_s = time.perf_counter() - t1
        print(
            f"\n1. push of {n:,} evaluations × 40 answers + {3 * n:,} comments ({rows:,} rows), best of 3"
        )
        print(
            f"   baseline psycopg COPY of the same rows : {copy_s * 1000:8.0f} ms  (all: {', '.join(f'{x * 1000:.0f}' for x in copies)})"
        )
        print(
            f"   qaclient push (fresh client)           : {push_s * 1000:8.0f} ms  (all: {', '.join(f'{x * 1000:.0f}' for x in pushes)})"
        )
        print(f"   ratio {push_s / copy_s:.2f}× (goal ≤ 3×)")
        print(f"   (then the first pull, echo of our own rows: {echo_s * 1000:.0f} ms)")

        # 2. no-op sync ---------------------------------------------------------------------
        small = noop_ms(engine)
        big_url = fresh_db(cluster, "bench_big")
        big_col = Collection.open(db.sqlite_url(tmp / "big-client.sqlite3"), actor="bench")
        big_engine = SyncEngine(big_col, big_url)
        with big_col.Session.begin() as s:
            s.add(
                RubricVersion(
                    id=rv_id,
                    rubric_id="bench-40",
                    version=1,
                    status="active",
                    content=content,
                    content_hash=hashlib.sha256(content.encode()).hexdigest(),
                )
            )
        big_engine.sync()
        t0 = time.perf_counter()
        generate_big(big_url, args.big, rv_id)
        pad_local(big_col, args.big, rv_id)
        gen_s = time.perf_counter() - t0
        with psycopg.connect(dsn(big_url)) as conn:
            top = conn.execute(f"SELECT last_value FROM {server_mod.SEQUENCE}").fetchone()[0]
        with big_col.engine.begin() as lc:
            lc.exec_driver_sql("UPDATE sync_state SET cursor = ?", (top,))
        big = noop_ms(big_engine)
        print(
            f"\n2. sync with nothing to do (median of 25; {args.big:,} rows generated in {gen_s:.0f} s)"
        )
        print(f"   {n:>9,} evaluations on the server : {small:6.1f} ms (goal < 50 ms)")
        print(
            f"   {args.big + 0:>9,} evaluations on the server : {big:6.1f} ms   ratio to the small one {big / small:.2f}×"
        )

        # 3. pull cost vs number of changes ---------------------------------------------------
        print("\n3. pull cost vs number of changes (another writer edits a note and an answer of k")
        print("   evaluations server-side; the pull applies them and rescores each one locally)")
        print(
            f"   {'changes':>8} | {n:>9,} rows: ms  µs/change | {args.big:>9,} rows: ms  µs/change"
        )
        for k in (10, 100, 1000, min(5000, n)):
            a = pull_ms(engine, url10k, k, 0)
            b = pull_ms(big_engine, big_url, k, 0)
            print(f"   {k:>8,} | {a:14.1f} {a * 1000 / k:10.0f} | {b:14.1f} {b * 1000 / k:10.0f}")
        engine.close()
        big_engine.close()
        for c in (push_col, big_col):
            c.close()


if __name__ == "__main__":
    main()
